<?xml version="1.0" encoding="UTF-8"?>
<!--
  Bibliographies in the PDF: biblioentry and bibliomixed (a hanging block "[label] " and
  its parts), and copyright and the bibliographic elements outside an entry. What an
  entry shows is common/biblio.xsl's, as in HTML; here a part is its text, a title
  italic. bibliography and bibliodiv are divisions (sections.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="biblioentry | bibliomixed">
    <fo:block space-after="4pt" start-indent="8mm" text-indent="-8mm" text-align="start"><xsl:call-template name="t:id"/>
      <xsl:text>[</xsl:text><xsl:value-of select="f:biblio-label(.)"/><xsl:text>] </xsl:text>
      <xsl:apply-templates select="f:biblio-parts(.)" mode="m:biblio"/>
    </fo:block>
  </xsl:template>

  <!-- A part of an entry (common/biblio.xsl): its content alone. -->
  <xsl:template name="t:biblio-part">
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="$content"/>
  </xsl:template>

  <xsl:template name="t:biblio-emphasis">
    <xsl:param name="content" as="item()*"/>
    <fo:inline font-style="italic"><xsl:sequence select="$content"/></fo:inline>
  </xsl:template>

  <xsl:template match="publishername | pubdate | edition | releaseinfo | conftitle | confdates | confnum
      | confsponsor | bibliomisc | pubsnumber | contractnum | contractsponsor | printhistory | date
      | seriesvolnums | artpagenums | issuenum">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="copyright"><xsl:value-of select="f:copyright-text(.)"/></xsl:template>

</xsl:stylesheet>
