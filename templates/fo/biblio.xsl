<?xml version="1.0" encoding="UTF-8"?>
<!--
  Bibliographies in the PDF: biblioentry and bibliomixed (a hanging block "[label] " and
  its parts), and copyright outside an entry. What an entry shows, and the other
  bibliographic elements outside one, are common/biblio.xsl's, as in HTML; here a part is its text, a title
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
      <xsl:call-template name="t:biblio-entry-content"/>
    </fo:block>
  </xsl:template>

  <!-- A part of an entry (common/biblio.xsl): its content alone. -->
  <xsl:template match="*" mode="m:biblio-part">
    <xsl:param name="content" as="item()*"/>
    <xsl:sequence select="$content"/>
  </xsl:template>

  <xsl:template match="*" mode="m:biblio-emphasis">
    <xsl:param name="content" as="item()*"/>
    <fo:inline font-style="italic"><xsl:sequence select="$content"/></fo:inline>
  </xsl:template>

  <xsl:template match="copyright"><xsl:call-template name="t:anchor"/><xsl:value-of select="f:copyright-text(.)"/></xsl:template>

</xsl:stylesheet>
