<?xml version="1.0" encoding="UTF-8"?>
<!--
  The logic HTML and PDF share. Handles no DocBook elements by itself: it gathers the
  function modules (chunk names, numbering, titles and xref text, table-of-contents entries, generated words, lookups into
  tables, callouts and index terms, the version being built, text generated around inlines).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="params.xsl"/>
  <xsl:include href="divisions.xsl"/>
  <xsl:include href="gentext.xsl"/>
  <xsl:include href="numbering.xsl"/>
  <xsl:include href="titles.xsl"/>
  <xsl:include href="chunks.xsl"/>
  <xsl:include href="structures.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="version.xsl"/>
  <xsl:include href="inlines.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="links.xsl"/>
</xsl:stylesheet>
