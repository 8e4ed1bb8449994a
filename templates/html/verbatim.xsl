<?xml version="1.0" encoding="UTF-8"?>
<!--
  Verbatim text, whitespace kept exactly: programlisting, screen, synopsis,
  literallayout, programlistingco, screenco, areaspec, area, areaset, co
  (callout marks, numbered within their listing), lineannotation.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="programlisting | screen | synopsis | literallayout">
    <pre class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </pre>
  </xsl:template>

  <xsl:template match="literallayout[@class = 'normal']" priority="2">
    <div class="literallayout">
      <xsl:call-template name="f:id"/>
      <p class="literallayout"><xsl:apply-templates/></p>
    </div>
  </xsl:template>

  <xsl:template match="programlistingco | screenco">
    <div class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates select="node() except areaspec"/>
    </div>
  </xsl:template>

  <xsl:template match="areaspec | area | areaset"/>

  <xsl:template match="co">
    <span class="co" id="{@id}">(<xsl:value-of select="f:callout-number(.)"/>)</span>
  </xsl:template>

  <xsl:template match="lineannotation">
    <em class="lineannotation"><xsl:apply-templates/></em>
  </xsl:template>

</xsl:stylesheet>
