<?xml version="1.0" encoding="UTF-8"?>
<!--
  The fallback for elements no output module has a template for, as every output applies
  it: the element is reported with its file:line (through the pgdocs:location extension
  function; render/StylesheetReports turns the message into a warning) and its content
  is kept, inline where its parent holds text, else as a block. Handles no DocBook
  elements itself: html/fallback.xsl and fo/fallback.xsl write the wrapper, each the
  last module its output includes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <!-- Reports the context element as one without a template. The checker's targets.xsl
       (which includes common.xsl and writes no element) is compiled by processors that
       have no pgdocs:location too; only there is the message left out. -->
  <xsl:template name="t:report-no-template">
    <xsl:message use-when="function-available('pgdocs:location', 1)"
        select="'pgdocs:no-template|' || pgdocs:location(.) || '|' || local-name()"/>
  </xsl:template>

  <!-- Whether an unknown element stands in running text (rendered inline) rather than
       among blocks: its parent is one of the elements that hold text. -->
  <xsl:function name="f:in-running-text" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/parent::*[self::para or self::simpara or self::title
        or self::term or self::entry or self::member or self::literal or self::programlisting
        or self::screen or self::synopsis or self::emphasis or self::link or self::ulink])"/>
  </xsl:function>

</xsl:stylesheet>
