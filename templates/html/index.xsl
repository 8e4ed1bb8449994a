<?xml version="1.0" encoding="UTF-8"?>
<!--
  The back-of-book index: index (and setindex), built from every indexterm of the
  book (primary, secondary, tertiary, see, seealso; @zone; ranges: an endofrange term
  adds " – " and the place where the range ends), as DocBook XSL 1.79 writes it
  (html/autoidx.xsl, index.links.to.section 1) with PostgreSQL's changes
  (stylesheet-html-common.xsl: the quick links "Symbols | A | B ..." on top,
  div.indexdiv ids "indexdiv-A", dt ids "ientry-<id of the entry's first term>" that
  "see" and "see also" link to):
    div.index > p.indexdiv-quicklinks, div.indexdiv#indexdiv-A > h3 "A" > dl >
    dt#ientry-... "term, <a class="indexterm">Section Title</a>, ..." (one link per
    section the term is used in, its title without number),
    dd > dl > dt "(see also X)", dt "secondary, links", ...
  Entries are grouped and sorted as common/index.xsl says (by primary text with its
  sortas, upper-case form, code point order, as xsltproc sorts them); the links to
  the divisions an @zone names are HTML's alone. indexterm itself leaves an empty
  anchor where it stands: a.indexterm#id-1.2.3. An index that already holds
  indexdiv/indexentry is rendered as written.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- an index written out as indexdiv and indexentry; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:written-index" on-no-match="text-only-copy"/>

  <!-- Index terms by the text of their primary, and (ranges' ends left out) by its
       key: the entry a see or see also links to. Range ends by the term they close. -->
  <xsl:key name="indexterm-by-primary" match="indexterm" use="normalize-space(primary)"/>
  <xsl:key name="indexterm-by-primary-key" match="indexterm[not(@class = 'endofrange')]" use="f:index-key(primary)"/>
  <xsl:key name="endofrange" match="indexterm[@class = 'endofrange']" use="@startref"/>

  <!-- The anchor an index term leaves in the text (and an endofrange term too). -->
  <xsl:template match="indexterm">
    <a id="{f:object-id(.)}" class="indexterm"></a>
  </xsl:template>

  <xsl:template match="index | setindex">
    <div class="{local-name()}" id="{f:object-id(.)}">
      <xsl:call-template name="t:titlepage"/>
      <xsl:choose>
        <xsl:when test="indexdiv | indexentry">
          <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | indexinfo | info)"
              mode="m:written-index"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="t:generated-index"/>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- The title a link to a division shows in the index (title.markup: no number). -->
  <xsl:function name="f:index-title" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:sequence select="
        if ($division/self::partintro) then
          (f:title($division)[. != ''], f:title($division/..))[1]
        else (f:title($division)[. != ''], f:gentext(local-name($division)))[1]"/>
  </xsl:function>

  <xsl:template name="t:generated-index">
    <xsl:variable name="groups" select="f:index-letter-groups(f:index-terms(/))"/>
    <div class="index">
      <p class="indexdiv-quicklinks">
        <!-- PostgreSQL's stylesheet links to Symbols whether the index has the group or not,
             which is a broken link in an index without it: here only the groups there are -->
        <xsl:for-each select="$groups?key">
          <xsl:if test="position() gt 1"><xsl:text>&#10;      |&#10;      </xsl:text></xsl:if>
          <a href="#indexdiv-{.}"><xsl:value-of select="f:index-group-title(.)"/></a>
        </xsl:for-each>
      </p>
      <xsl:for-each select="$groups">
        <div class="indexdiv" id="indexdiv-{?key}">
          <h3><xsl:value-of select="f:index-group-title(?key)"/></h3>
          <dl>
            <xsl:variable name="entries" select="f:index-entries(?terms, 'primary')"/>
            <xsl:for-each select="$entries">
              <xsl:call-template name="t:index-entry">
                <xsl:with-param name="terms" select="?terms"/>
                <xsl:with-param name="level" select="'primary'"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:if test="not(f:index-entry-has-dd($entries[last()]?terms, 'primary'))">
              <dd></dd>
            </xsl:if>
          </dl>
        </div>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- One entry at a level ('primary', 'secondary', 'tertiary'): dt with the term, its
       links and see; dd > dl with its see also and sub-entries. -->
  <xsl:template name="t:index-entry">
    <xsl:param name="terms" as="element(indexterm)+"/>
    <xsl:param name="level" as="xs:string"/>
    <xsl:variable name="sub" select="f:index-sublevel($level)"/>
    <xsl:variable name="here" select="f:index-here($terms, $level)"/>
    <dt>
      <xsl:if test="$level = 'primary'">
        <xsl:attribute name="id" select="'ientry-' || f:object-id($terms[1])"/>
      </xsl:if>
      <xsl:value-of select="$terms[1]/*[local-name() = $level]"/>
      <!-- one link per division the term is used in, and every zone -->
      <xsl:variable name="linked" select="f:index-cited($here)"/>
      <xsl:for-each select="$terms[normalize-space(@zone) != '' or . intersect $linked]">
        <xsl:text>, </xsl:text>
        <xsl:call-template name="t:index-reference"/>
      </xsl:for-each>
      <xsl:for-each select="f:index-sees($here)">
        <xsl:value-of select="' (' || f:gentext('index-see') || ' '"/>
        <xsl:call-template name="t:index-see-target">
          <xsl:with-param name="see" select="."/>
        </xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:for-each>
    </dt>
    <xsl:if test="f:index-entry-has-dd($terms, $level)">
      <xsl:variable name="entries" select="if ($sub) then f:index-entries($terms[*[local-name() = $sub]], $sub) else ()"/>
      <dd>
        <dl>
          <xsl:for-each select="f:index-see-alsos($here)">
            <dt>
              <xsl:value-of select="'(' || f:gentext('index-see-also') || ' '"/>
              <xsl:call-template name="t:index-see-target">
                <xsl:with-param name="see" select="."/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </dt>
          </xsl:for-each>
          <xsl:for-each select="$entries">
            <xsl:call-template name="t:index-entry">
              <xsl:with-param name="terms" select="?terms"/>
              <xsl:with-param name="level" select="$sub"/>
            </xsl:call-template>
          </xsl:for-each>
          <!-- the list ends with a dt (a see also, or an entry without dd): t:dl-content's
               empty dd, written here without gathering the items first (copying them took
               a tenth of the index's time) -->
          <xsl:if test="if (exists($entries)) then not(f:index-entry-has-dd($entries[last()]?terms, $sub)) else true()">
            <dd></dd>
          </xsl:if>
        </dl>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- Whether an entry's dt is followed by a dd: when it has sub-entries or a see also. -->
  <xsl:function name="f:index-entry-has-dd" as="xs:boolean">
    <xsl:param name="terms" as="element(indexterm)+"/>
    <xsl:param name="level" as="xs:string"/>
    <xsl:variable name="sub" select="f:index-sublevel($level)"/>
    <xsl:sequence select="exists($sub) and exists($terms[*[local-name() = $sub]])
        or exists(f:index-here($terms, $level)/seealso)"/>
  </xsl:function>

  <!-- A link from the index to where a term is used: the division it stands in, or the
       divisions its zone names; a range adds " – " and where it ends. -->
  <xsl:template name="t:index-reference">
    <xsl:choose>
      <xsl:when test="normalize-space(@zone) != ''">
        <xsl:variable name="term" select="."/>
        <xsl:for-each select="tokenize(normalize-space(@zone), ' ')">
          <xsl:if test="position() gt 1">, </xsl:if>
          <xsl:variable name="target" select="key('id', ., root($term))[1]"/>
          <xsl:if test="$target">
            <a class="indexterm" href="{f:division-link($target)}">
              <xsl:value-of select="f:index-title(f:index-section($target))"/>
            </a>
          </xsl:if>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="division" select="f:index-section(.)"/>
        <a class="indexterm" href="{f:division-link($division)}">
          <xsl:value-of select="f:index-title($division)"/>
        </a>
        <xsl:variable name="end" select="if (@id) then key('endofrange', @id)[last()] else ()"/>
        <xsl:if test="$end">
          <xsl:text>–</xsl:text>
          <a class="indexterm" href="{f:division-link(f:index-section($end))}">
            <xsl:value-of select="f:index-title(f:index-section($end))"/>
          </a>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The text of a see or see also, linked to the entry of its primary term (the part
       before a comma) when the index has one. -->
  <xsl:template name="t:index-see-target">
    <xsl:param name="see" as="element()"/>
    <xsl:variable name="text" select="normalize-space($see)"/>
    <xsl:variable name="primary" select="if (contains($text, ',')) then substring-before($text, ',') else $text"/>
    <xsl:variable name="target" select="key('indexterm-by-primary', $primary, root($see))[1]"/>
    <xsl:choose>
      <xsl:when test="$target">
        <xsl:variable name="entry" select="key('indexterm-by-primary-key', f:index-key($target/primary), root($see))[1]"/>
        <a href="#ientry-{f:object-id($entry)}"><xsl:value-of select="$text"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="m:written-index">
    <div class="{local-name()}">
      <xsl:apply-templates mode="m:written-index"/>
    </div>
  </xsl:template>

</xsl:stylesheet>
