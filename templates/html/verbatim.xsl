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
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:literal-layout" on-no-match="text-only-copy"/>

  <xsl:template match="programlisting | screen | synopsis | literallayout">
    <pre class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </pre>
  </xsl:template>

  <!-- A literallayout not in a monospaced font (DocBook's default class, "normal"):
       div.literallayout > p, its line ends as <br/> and its spaces as no-break spaces, as
       DocBook XSL writes it. -->
  <xsl:template match="literallayout[not(@class = 'monospaced')]" priority="2">
    <div class="literallayout">
      <xsl:call-template name="t:id"/>
      <p><xsl:apply-templates mode="m:literal-layout"/></p>
    </div>
  </xsl:template>

  <xsl:template match="text()" mode="m:literal-layout">
    <xsl:analyze-string select="translate(., ' ', '&#160;')" regex="\n">
      <xsl:matching-substring><br/><xsl:text>&#10;</xsl:text></xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <xsl:template match="*" mode="m:literal-layout">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="programlistingco | screenco">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates select="node() except areaspec"/>
    </div>
  </xsl:template>

  <xsl:template match="areaspec | area | areaset"/>

  <xsl:template match="co">
    <!-- DocBook XSL keeps the id of a callout mark as written (not upper-cased). -->
    <span id="{@id}"/>(<xsl:value-of select="f:callout-number(.)"/>)
  </xsl:template>

  <xsl:template match="lineannotation">
    <em class="lineannotation"><span class="lineannotation"><xsl:apply-templates/></span></em>
  </xsl:template>

</xsl:stylesheet>
