<?xml version="1.0" encoding="UTF-8"?>
<!--
  Any element without a template of its own (the rule is common/fallback.xsl): its
  content is rendered in a <span> or <div> named after it, never dropped, and reported.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:call-template name="t:report-no-template"/>
    <xsl:element name="{if (f:in-running-text(.)) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'unknown-element ' || local-name()"/>
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
