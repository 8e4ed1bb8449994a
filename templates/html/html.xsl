<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of the chunked HTML site. Includes the shared functions
  (common/) and one module per concern; handles no DocBook element itself.
  Run with the book's document node as global context item and the initial
  template: every page comes out as an xsl:result-document named by f:page-name.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/common.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="chunk.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="sections.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="admonitions.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="tables.xsl"/>
  <xsl:include href="verbatim.xsl"/>
  <xsl:include href="synopsis.xsl"/>
  <xsl:include href="inlines.xsl"/>
  <xsl:include href="xref.xsl"/>
  <xsl:include href="footnotes.xsl"/>
  <xsl:include href="media.xsl"/>
  <xsl:include href="refentry.xsl"/>
  <xsl:include href="glossary.xsl"/>
  <xsl:include href="biblio.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="fallback.xsl"/>

  <!-- The two styles' serializations, chosen per page by name ($style). The default
       style is HTML5. The website style is XHTML that starts with the XML declaration:
       pgweb's importer reads a page as UTF-8 only when its first bytes are
       <?xml version="1.0" encoding="UTF-8", and as Latin-1 otherwise. -->
  <xsl:output name="default" method="html" html-version="5" encoding="UTF-8" indent="no"
      include-content-type="no"/>
  <xsl:output name="website" method="xhtml" encoding="UTF-8" indent="no"
      omit-xml-declaration="no" standalone="no" include-content-type="no"
      doctype-public="-//W3C//DTD XHTML 1.0 Transitional//EN"
      doctype-system="http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"/>

  <xsl:mode on-no-match="text-only-copy"/>

  <xsl:template name="xsl:initial-template">
    <xsl:choose>
      <xsl:when test="$single-page and $part != 0"/>
      <xsl:when test="$single-page">
        <xsl:result-document href="index.html" format="{$style}">
          <xsl:call-template name="t:single-page"/>
        </xsl:result-document>
      </xsl:when>
      <xsl:otherwise>
        <!-- The index, the heaviest page by far, is part 0's first page; every other page
             goes to the part that comes to it first (pgdocs:claim), so that the parts
             finish together however the heavy pages fall. -->
        <xsl:variable name="pages" as="element()*" select="$v:chunks[empty($only) or f:page-name(.) = $only]"/>
        <xsl:for-each select="$pages[self::index or self::setindex][$part = 0],
            $pages[not(self::index or self::setindex)][pgdocs:claim($claims, .)]">
          <xsl:result-document href="{f:page-name(.)}" format="{$style}">
            <xsl:apply-templates select="." mode="m:page"/>
          </xsl:result-document>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
