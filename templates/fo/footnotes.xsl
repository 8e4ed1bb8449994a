<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes in the PDF: footnote (numbered through each chapter or reference page)
  and footnoteref.
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

  <xsl:template match="footnote">
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="7pt"><xsl:value-of select="f:footnote-number(.)"/></fo:inline>
      <fo:footnote-body>
        <fo:block font-size="8pt" start-indent="0" text-indent="0"><xsl:call-template name="t:id"/>
          <fo:inline baseline-shift="super" font-size="6pt"><xsl:value-of select="f:footnote-number(.)"/></fo:inline>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="*[1]/node()"/>
          <xsl:apply-templates select="*[position() gt 1]"/>
        </fo:block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- Footnotes are numbered through each chapter. -->
  <xsl:function name="f:footnote-number" as="xs:integer">
    <xsl:param name="footnote" as="element()"/>
    <xsl:variable name="component" select="$footnote/ancestor::*[local-name() = $v:sectioned-components or self::refentry][1]"
        xmlns:v="urn:pgdocs:variables"/>
    <xsl:sequence select="count($component/descendant::footnote[. &lt;&lt; $footnote]) + 1"/>
  </xsl:function>

  <xsl:template match="footnoteref">
    <xsl:variable name="note" select="key('id', @linkend)[1]"/>
    <xsl:call-template name="t:anchor"/>
    <fo:basic-link internal-destination="{@linkend}">
      <fo:inline baseline-shift="super" font-size="7pt"><xsl:value-of select="if ($note) then f:footnote-number($note) else '?'"/></fo:inline>
    </fo:basic-link>
  </xsl:template>

</xsl:stylesheet>
