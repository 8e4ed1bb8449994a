<?xml version="1.0" encoding="UTF-8"?>
<!--
  The back-of-book index: index (and setindex), built from every indexterm of
  the book (primary, secondary, tertiary, see, seealso; a range links from its
  startofrange term, its endofrange term adds nothing), in letter groups.
  indexterm itself leaves an invisible anchor where it stands. An index that
  already holds indexdiv/indexentry is rendered as written.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:function name="f:indexterm-anchor" as="xs:string">
    <xsl:param name="term" as="element()"/>
    <xsl:sequence select="f:auto-anchor($term)"/>
  </xsl:function>

  <xsl:template match="indexterm">
    <xsl:if test="not(@class = 'endofrange')">
      <span class="indexterm" id="{f:indexterm-anchor(.)}"></span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="index | setindex">
    <xsl:param name="level" as="xs:integer" tunnel="yes" select="1"/>
    <section class="index">
      <xsl:call-template name="f:id"/>
      <xsl:element name="h{min((6, $level))}">
        <xsl:value-of select="(f:title(.)[. != ''], f:gentext('index'))[1]"/>
        <xsl:call-template name="m:self-link"/>
      </xsl:element>
      <xsl:choose>
        <xsl:when test="indexdiv | indexentry">
          <xsl:apply-templates select="node() except title" mode="m:written-index"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="m:generated-index"/>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="m:generated-index">
    <xsl:variable name="terms" select="//indexterm[primary][not(@class = 'endofrange')]"/>
    <xsl:variable name="groups" as="element()*">
      <xsl:for-each-group select="$terms" group-by="f:index-group(f:index-key(primary))">
        <xsl:sort select="if (current-grouping-key() = 'Symbols') then '' else current-grouping-key()"/>
        <group key="{current-grouping-key()}"/>
      </xsl:for-each-group>
    </xsl:variable>
    <nav class="index-letters" aria-label="Index letters">
      <xsl:for-each select="$groups">
        <a href="#INDEX-{@key}"><xsl:value-of select="@key"/></a>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </nav>
    <xsl:for-each-group select="$terms" group-by="f:index-group(f:index-key(primary))">
      <xsl:sort select="if (current-grouping-key() = 'Symbols') then '' else current-grouping-key()"/>
      <section class="indexdiv" id="INDEX-{current-grouping-key()}">
        <h2><xsl:value-of select="current-grouping-key()"/></h2>
        <ul class="index">
          <xsl:for-each-group select="current-group()" group-by="f:index-key(primary)">
            <xsl:sort select="current-grouping-key()" lang="en"/>
            <xsl:call-template name="m:index-entry">
              <xsl:with-param name="terms" select="current-group()"/>
              <xsl:with-param name="level" select="'primary'"/>
            </xsl:call-template>
          </xsl:for-each-group>
        </ul>
      </section>
    </xsl:for-each-group>
  </xsl:template>

  <!-- One entry: its text, links to where it is used, see/see also, and sub-entries. -->
  <xsl:template name="m:index-entry">
    <xsl:param name="terms" as="element(indexterm)+"/>
    <xsl:param name="level" as="xs:string"/>
    <xsl:variable name="sub" select="map {'primary': 'secondary', 'secondary': 'tertiary'}($level)"/>
    <xsl:variable name="here" select="if ($sub) then $terms[not(*[local-name() = $sub])] else $terms"/>
    <li>
      <xsl:apply-templates select="$terms[1]/*[local-name() = $level]/node()"/>
      <xsl:for-each select="$here[not(see)]">
        <xsl:text>, </xsl:text>
        <a href="{f:index-link(.)}"><xsl:value-of select="f:index-place(.)"/></a>
      </xsl:for-each>
      <xsl:for-each-group select="$here/see" group-by="normalize-space(.)">
        <div class="see">See <xsl:apply-templates select="node()"/>.</div>
      </xsl:for-each-group>
      <xsl:for-each-group select="$here/seealso" group-by="normalize-space(.)">
        <div class="seealso">See also <xsl:apply-templates select="node()"/>.</div>
      </xsl:for-each-group>
      <xsl:if test="$sub and $terms[*[local-name() = $sub]]">
        <ul>
          <xsl:for-each-group select="$terms[*[local-name() = $sub]]" group-by="f:index-key(*[local-name() = $sub])">
            <xsl:sort select="current-grouping-key()" lang="en"/>
            <xsl:call-template name="m:index-entry">
              <xsl:with-param name="terms" select="current-group()"/>
              <xsl:with-param name="level" select="$sub"/>
            </xsl:call-template>
          </xsl:for-each-group>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:function name="f:index-link" as="xs:string">
    <xsl:param name="term" as="element()"/>
    <xsl:sequence select="f:link(f:index-section($term))"/>
  </xsl:function>

  <!-- Where an index term stands: the title of its section (f:index-section). -->
  <xsl:function name="f:index-place" as="xs:string">
    <xsl:param name="term" as="element()"/>
    <xsl:sequence select="f:title(f:index-section($term))"/>
  </xsl:function>

  <xsl:template match="*" mode="m:written-index">
    <div class="{local-name()}">
      <xsl:apply-templates mode="m:written-index"/>
    </div>
  </xsl:template>

</xsl:stylesheet>
