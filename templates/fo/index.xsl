<?xml version="1.0" encoding="UTF-8"?>
<!--
  The back-of-book index with page numbers: index (and setindex), built from every
  indexterm (primary, secondary, tertiary, see, seealso; a range counts from its
  startofrange term), in letter groups. indexterm leaves an anchor where it
  stands, which the index cites by page. Keys, sort order and letter groups are the
  HTML index's (common/index.xsl: f:index-terms, f:index-key, f:index-sort, f:index-group,
  f:index-section).
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
      <xsl:variable name="terms" select="f:index-terms(/)"/>
      <xsl:for-each-group select="$terms" group-by="f:index-group(f:index-key(primary))">
        <xsl:sort select="if (current-grouping-key() = 'Symbols') then '' else current-grouping-key()"
            collation="{$v:codepoint}"/>
        <fo:block font-family="{$v:heading-font}" font-weight="bold" font-size="12pt" space-before="8pt"
            space-after="3pt" keep-with-next.within-page="always">
          <xsl:value-of select="f:index-group-title(current-grouping-key())"/>
        </fo:block>
        <xsl:for-each-group select="current-group()" group-by="f:index-key(primary)">
          <xsl:sort select="f:index-sort(current-grouping-key())" collation="{$v:codepoint}"/>
          <xsl:call-template name="t:index-entry">
            <xsl:with-param name="terms" select="current-group()"/>
            <xsl:with-param name="level" select="'primary'"/>
            <xsl:with-param name="depth" select="0"/>
          </xsl:call-template>
        </xsl:for-each-group>
      </xsl:for-each-group>
    </fo:block>
  </xsl:template>

  <xsl:template name="t:index-entry">
    <xsl:param name="terms" as="element(indexterm)+"/>
    <xsl:param name="level" as="xs:string"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="sub" select="map {'primary': 'secondary', 'secondary': 'tertiary'}($level)"/>
    <xsl:variable name="here" select="if ($sub) then $terms[not(*[local-name() = $sub])] else $terms"/>
    <fo:block start-indent="{$depth * 5 + 5}mm" text-indent="-5mm" text-align="start" font-size="9pt">
      <xsl:apply-templates select="$terms[1]/*[local-name() = $level]/node()"/>
      <!-- FOP has no index-page-citation-list: one page citation per division the term
           is used in, the division the HTML index links to (f:index-section; terms in
           one section are mostly on one page), each a link. -->
      <xsl:for-each-group select="$here[not(see)]" group-by="generate-id(f:index-section(.))">
        <xsl:text>, </xsl:text>
        <fo:basic-link internal-destination="{f:fo-id(.)}">
          <fo:page-number-citation ref-id="{f:fo-id(.)}"/>
        </fo:basic-link>
      </xsl:for-each-group>
      <xsl:for-each-group select="$here/see" group-by="normalize-space(.)">
        <xsl:sort select="f:index-sort(current-grouping-key())" collation="{$v:codepoint}"/>
        <xsl:value-of select="' (' || f:gentext('index-see') || ' '"/><xsl:apply-templates select="node()"/><xsl:text>)</xsl:text>
      </xsl:for-each-group>
      <xsl:for-each-group select="$here/seealso" group-by="normalize-space(.)">
        <xsl:sort select="f:index-sort(current-grouping-key())" collation="{$v:codepoint}"/>
        <xsl:value-of select="' (' || f:gentext('index-see-also') || ' '"/><xsl:apply-templates select="node()"/><xsl:text>)</xsl:text>
      </xsl:for-each-group>
    </fo:block>
    <xsl:if test="$sub">
      <xsl:for-each-group select="$terms[*[local-name() = $sub]]" group-by="f:index-key(*[local-name() = $sub])">
        <xsl:sort select="f:index-sort(current-grouping-key())" collation="{$v:codepoint}"/>
        <xsl:call-template name="t:index-entry">
          <xsl:with-param name="terms" select="current-group()"/>
          <xsl:with-param name="level" select="$sub"/>
          <xsl:with-param name="depth" select="$depth + 1"/>
        </xsl:call-template>
      </xsl:for-each-group>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
