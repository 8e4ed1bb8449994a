<?xml version="1.0" encoding="UTF-8"?>
<!--
  Admonitions in the PDF: note, tip, warning, caution, important, in a box with a
  coloured rule, headed by their title or their word (common/gentext.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:template match="note | tip | warning | caution | important">
    <fo:block space-before="4pt" space-after="6pt" padding="4pt 6pt" border-left="2pt solid
        {if (self::warning or self::caution) then '#b03a2e' else if (self::important) then '#b8860b' else '#336791'}"
        background-color="{if (self::warning or self::caution) then '#fbeeec' else if (self::important) then '#fff8e1' else '#eef3f8'}"
        keep-together.within-page="auto"><xsl:call-template name="t:id"/>
      <fo:block font-family="{$v:heading-font}" font-weight="bold" font-size="9pt" keep-with-next.within-page="always">
        <xsl:choose>
          <xsl:when test="title"><xsl:apply-templates select="title/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext(local-name())"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
      <xsl:apply-templates select="node() except title"/>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
