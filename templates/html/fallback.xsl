<?xml version="1.0" encoding="UTF-8"?>
<!--
  Any element without a template of its own: its content is rendered in a
  <div> or <span> named after it, never dropped, and pgdocs reports it with
  its file:line (through the pgdocs:location extension function) as a warning.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:message select="'pgdocs:no-template|' || pgdocs:location(.) || '|' || local-name()"/>
    <xsl:variable name="inline" select="exists(parent::*[self::para or self::simpara or self::title
        or self::term or self::entry or self::member or self::literal or self::programlisting
        or self::screen or self::synopsis or self::emphasis or self::link or self::ulink])"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'unknown-element ' || local-name()"/>
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
