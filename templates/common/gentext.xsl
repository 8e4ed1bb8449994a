<?xml version="1.0" encoding="UTF-8"?>
<!--
  Generated words: the labels put before numbers in headings and cross-reference
  text ("Chapter", "Section", "Table", ...). Handles no DocBook elements itself; the
  other modules look words up here so that one language table serves HTML and PDF.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:variable name="v:gentext" as="map(xs:string, xs:string)" select="map {
      'part': 'Part', 'reference': 'Part', 'chapter': 'Chapter', 'appendix': 'Appendix',
      'preface': 'Preface', 'section': 'Section', 'table': 'Table', 'figure': 'Figure',
      'example': 'Example', 'equation': 'Equation', 'procedure': 'Procedure',
      'step': 'Step', 'note': 'Note', 'tip': 'Tip', 'warning': 'Warning',
      'caution': 'Caution', 'important': 'Important', 'index': 'Index',
      'glossary': 'Glossary', 'bibliography': 'Bibliography', 'contents': 'Table of Contents',
      'broken-link': 'broken link', 'isbn': 'ISBN', 'copyright': 'Copyright'
    }"/>

  <!-- The word for a kind of element, or the empty string when there is none. -->
  <xsl:function name="f:gentext" visibility="public" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($v:gentext($key), '')[1]"/>
  </xsl:function>

</xsl:stylesheet>
