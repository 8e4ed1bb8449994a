<?xml version="1.0" encoding="UTF-8"?>
<!--
  Any element without an FO template: its content is rendered in a block or an
  inline, never dropped, and reported with its file:line (pgdocs:location).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:message select="'pgdocs:no-template|' || pgdocs:location(.) || '|' || local-name()"/>
    <xsl:variable name="inline" select="exists(parent::*[self::para or self::simpara or self::title
        or self::term or self::entry or self::member or self::literal or self::programlisting
        or self::screen or self::synopsis or self::emphasis or self::link or self::ulink])"/>
    <xsl:choose>
      <xsl:when test="$inline"><fo:inline id="{f:fo-id(.)}"><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block id="{f:fo-id(.)}"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
