<?xml version="1.0" encoding="UTF-8"?>
<!--
  The back-of-book index with page numbers: index (and setindex), built from every
  indexterm (primary, secondary, tertiary, see, seealso; a range counts from its
  startofrange term), in letter groups. indexterm leaves an anchor where it
  stands, which the index cites by page. Which terms make which entries, in what order,
  and what an entry cites are the HTML index's (common/index.xsl); here is the layout.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:template match="indexterm">
    <!-- the place the index cites: a listed term that is not only a "see" -->
    <xsl:if test="f:is-index-entry(.) and not(see)">
      <fo:inline id="{f:fo-id(.)}"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="index | setindex">
    <fo:block id="{f:fo-id(.)}">
      <fo:block span="all">
        <xsl:call-template name="t:heading-text">
          <xsl:with-param name="level" select="1"/>
          <xsl:with-param name="text"><xsl:value-of select="(f:title(.)[. != ''], f:gentext('index'))[1]"/></xsl:with-param>
        </xsl:call-template>
      </fo:block>
      <xsl:for-each select="f:index-letter-groups(f:index-terms(/))">
        <fo:block font-family="{$v:heading-font}" font-weight="bold" font-size="12pt" space-before="8pt"
            space-after="3pt" keep-with-next.within-page="always">
          <xsl:value-of select="f:index-group-title(?key)"/>
        </fo:block>
        <xsl:for-each select="f:index-entries(?terms, 'primary')">
          <xsl:call-template name="t:index-entry">
            <xsl:with-param name="terms" select="?terms"/>
            <xsl:with-param name="level" select="'primary'"/>
            <xsl:with-param name="depth" select="0"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- One entry at a level ('primary', 'secondary', 'tertiary'), indented by depth: the
       term, its page citations, see and see also in one block; then its sub-entries. -->
  <xsl:template name="t:index-entry">
    <xsl:param name="terms" as="element(indexterm)+"/>
    <xsl:param name="level" as="xs:string"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="sub" select="f:index-sublevel($level)"/>
    <xsl:variable name="here" select="f:index-here($terms, $level)"/>
    <fo:block start-indent="{$depth * 5 + 5}mm" text-indent="-5mm" text-align="start" font-size="9pt">
      <xsl:apply-templates select="$terms[1]/*[local-name() = $level]/node()"/>
      <!-- FOP has no index-page-citation-list: one page citation per division the term
           is used in (f:index-cited), each a link. A term with a zone cites the page each
           division it names begins on, in the zone's order, not where the term stands:
           DocBook XSL's FO index does the same. -->
      <xsl:variable name="zoned" select="$here[not(see)][normalize-space(@zone) != '']"/>
      <xsl:for-each select="f:index-cited($here except $zoned) | $zoned">
        <xsl:variable name="term" select="."/>
        <xsl:for-each select="if (empty($term intersect $zoned)) then $term
                              else for $id in tokenize(normalize-space(@zone), ' ') return key('id', $id, root($term))[1]">
          <xsl:text>, </xsl:text>
          <fo:basic-link internal-destination="{f:fo-id(.)}">
            <fo:page-number-citation ref-id="{f:fo-id(.)}"/>
          </fo:basic-link>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="f:index-sees($here)">
        <xsl:value-of select="' (' || f:gentext('index-see') || ' '"/><xsl:apply-templates select="node()"/><xsl:text>)</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="f:index-see-alsos($here)">
        <xsl:value-of select="' (' || f:gentext('index-see-also') || ' '"/><xsl:apply-templates select="node()"/><xsl:text>)</xsl:text>
      </xsl:for-each>
    </fo:block>
    <xsl:if test="$sub">
      <xsl:for-each select="f:index-entries($terms[*[local-name() = $sub]], $sub)">
        <xsl:call-template name="t:index-entry">
          <xsl:with-param name="terms" select="?terms"/>
          <xsl:with-param name="level" select="$sub"/>
          <xsl:with-param name="depth" select="$depth + 1"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
