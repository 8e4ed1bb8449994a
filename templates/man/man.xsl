<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of the man pages. Includes the shared functions (common/) and one
  module per concern; handles no DocBook element itself. Run with the book's document
  node as global context item and the initial template: every refentry with a manvolnum
  comes out as an xsl:result-document manS/NAME.S (roff text), and each of its other
  refnames as a ".so" stub, as PostgreSQL's stylesheet-man.xsl writes them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/common.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="roff.xsl"/>
  <xsl:include href="refentry.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="tables.xsl"/>
  <xsl:include href="synopsis.xsl"/>
  <xsl:include href="inlines.xsl"/>
  <xsl:include href="xref.xsl"/>
  <xsl:include href="fallback.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode on-no-match="text-only-copy"/>

  <xsl:template name="xsl:initial-template">
    <xsl:for-each select="$v:man-pages">
      <xsl:variable name="file" select="f:man-file(.)"/>
      <xsl:variable name="page" select="."/>
      <xsl:result-document href="{$file}" method="text" encoding="UTF-8">
        <xsl:apply-templates select="." mode="m:page"/>
      </xsl:result-document>
      <xsl:for-each select="distinct-values(refnamediv/refname ! f:man-name(.))[. != f:man-name($page)]">
        <xsl:result-document href="{f:man-dir($page) || '/' || . || '.' || f:man-section($page)}"
            method="text" encoding="UTF-8">
          <xsl:value-of select="'.so ' || $file || '&#10;'"/>
        </xsl:result-document>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
