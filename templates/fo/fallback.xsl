<?xml version="1.0" encoding="UTF-8"?>
<!--
  Any element without an FO template (the rule is common/fallback.xsl): its content is
  rendered in an inline or a block, never dropped, and reported.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:call-template name="t:report-no-template"/>
    <xsl:choose>
      <xsl:when test="f:in-running-text(.)"><fo:inline id="{f:fo-id(.)}"><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block id="{f:fo-id(.)}"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
