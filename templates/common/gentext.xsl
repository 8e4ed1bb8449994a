<?xml version="1.0" encoding="UTF-8"?>
<!--
  Generated words, all of them: the labels put before numbers in headings and
  cross-reference text ("Chapter", "Section", "Table", ...), the headings and phrases
  the outputs add ("Synopsis", "See Also", "(see also ...)", "ISBN", "Copyright"), and
  HTML's navigation and search box. Handles no DocBook elements itself; every module looks words up
  here (f:gentext) so that one language table serves HTML and PDF.
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
      'synopsis-heading': 'Synopsis', 'legal-notice': 'Legal Notice',
      'section-called': 'the section called', 'glosssee': 'See', 'glossseealso': 'See Also',
      'index-see': 'see', 'index-see-also': 'see also', 'index-symbols': 'Symbols', 'page': 'page',
      'and': 'and', 'isbn': 'ISBN', 'copyright': 'Copyright', 'broken-link': 'broken link',
      'broken-link-title': 'broken link: no id',
      'nav-prev': 'Prev', 'nav-next': 'Next', 'nav-up': 'Up', 'nav-home': 'Home',
      'nav-header': 'Navigation header', 'nav-footer': 'Navigation footer',
      'search': 'Search', 'search-label': 'Search the documentation'
    }"/>

  <!-- The word for a kind of element, or the empty string when there is none. -->
  <xsl:function name="f:gentext" visibility="public" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($v:gentext($key), '')[1]"/>
  </xsl:function>

</xsl:stylesheet>
