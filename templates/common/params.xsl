<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parameters every output takes from pgdocs (render/HtmlRenderer, render/FoRenderer):
  the language of the output and the ids of other books. Handles no DocBook elements.
  The version being built is in version.xsl; each output's own parameters (HTML's
  pages and style, the PDF's paper) are in that output's params or layout module.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Language of the output (html/@lang, fo:root/@xml:lang, the PDF's metadata). -->
  <xsl:param name="language" as="xs:string" select="'en'"/>
  <!-- Ids of other books: map(id, map{'url','text'}), from the inventories. -->
  <xsl:param name="inventory" as="map(xs:string, map(xs:string, xs:string))" select="map{}"/>

</xsl:stylesheet>
