<?xml version="1.0" encoding="UTF-8"?>
<!--
  Any element without a template of its own (the rule is common/fallback.xsl): its
  content is kept, inline in running text, else as a paragraph, and reported.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:call-template name="t:report-no-template"/>
    <xsl:if test="not(f:in-running-text(.))"><xsl:text>&#10;.PP&#10;</xsl:text></xsl:if>
    <xsl:apply-templates/>
    <xsl:if test="not(f:in-running-text(.))"><xsl:text>&#10;</xsl:text></xsl:if>
  </xsl:template>

</xsl:stylesheet>
