<?xml version="1.0" encoding="UTF-8"?>
<!--
  Bibliographies in HTML: bibliography (a division), bibliodiv (sections.xsl),
  biblioentry and bibliomixed (div.biblioentry > p "[label] " and its parts), and
  copyright outside an entry. What an entry shows, and the other bibliographic elements
  outside one, are common/biblio.xsl's; here each part is a span named after its element, a title an em,
  as DocBook XSL (xhtml/biblio.xsl, bibliography mode) writes them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:template match="bibliography">
    <div class="bibliography" id="{f:object-id(.)}">
      <xsl:call-template name="t:titlepage"/>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | bibliographyinfo | info)"/>
    </div>
  </xsl:template>

  <!-- An entry: div.biblioentry#ID > p with the entry's line (common/biblio.xsl), each
       part a span named after its element (DocBook XSL's bibliography.mode). -->
  <xsl:template match="biblioentry | bibliomixed">
    <div class="biblioentry" id="{f:object-id(.)}">
      <p>
        <xsl:call-template name="t:biblio-entry-content"/>
      </p>
    </div>
  </xsl:template>

  <!-- A part of an entry (common/biblio.xsl): span.NAME, named after its element. -->
  <xsl:template match="*" mode="m:biblio-part">
    <xsl:param name="content" as="item()*"/>
    <span class="{local-name()}"><xsl:sequence select="$content"/></span>
  </xsl:template>

  <xsl:template match="*" mode="m:biblio-emphasis">
    <xsl:param name="content" as="item()*"/>
    <em><xsl:sequence select="$content"/></em>
  </xsl:template>

  <xsl:template match="copyright">
    <span class="copyright"><xsl:value-of select="f:copyright-text(.)"/></span>
  </xsl:template>

</xsl:stylesheet>
