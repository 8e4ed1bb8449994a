<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every rule the outputs share, and the one entry to them: html/html.xsl, fo/fo.xsl
  and the checker's targets.xsl include this and no other module of common/. It
  gathers the parameters, the kinds of division, generated words, numbering, titles
  and xref text, chunk names, lookups into tables, callouts and index terms, the index's
  grouping, the version being built, the classification of inlines and the text
  generated around them, table-of-contents entries, links, the bibliography and the
  fallback. Of DocBook elements it handles only those every output renders the same
  (the bibliographic elements outside an entry, in biblio.xsl); the outputs' modules
  write the markup.
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
  <xsl:include href="biblio.xsl"/>
  <xsl:include href="fallback.xsl"/>
</xsl:stylesheet>
