<?xml version="1.0" encoding="UTF-8"?>
<!--
  The kinds of structural element, each listed once: divisions (set, book, part,
  reference), components (preface, chapter, ...), the components that hold sections,
  sections, and the elements that always get a page of their own. Handles no DocBook
  elements; the other modules compare local names with these lists. Where a test runs
  over every element of the book (f:gets-anchor, f:index-section) it uses name tests
  instead, for speed, and says so.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- Divisions: what holds components. -->
  <xsl:variable name="v:divisions" as="xs:string+" select="('set', 'book', 'part', 'reference')"/>

  <!-- Components: the units of a book or part, each starting a new page in print. -->
  <xsl:variable name="v:components" as="xs:string+"
      select="('preface', 'chapter', 'appendix', 'article', 'colophon', 'glossary', 'bibliography',
               'index', 'setindex')"/>

  <!-- The components whose body is sections: their formal objects and footnotes are
       numbered through them, and they open with a table of contents. -->
  <xsl:variable name="v:sectioned-components" as="xs:string+"
      select="('chapter', 'appendix', 'preface', 'article')"/>

  <!-- Numbered sections. -->
  <xsl:variable name="v:sections" as="xs:string+"
      select="('sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'section')"/>

  <!-- The elements that always get a page of their own (f:is-chunk adds the others).
       Static: $v:chunks makes its name tests from it when the stylesheet is compiled. -->
  <xsl:variable name="v:always-chunks" static="yes" as="xs:string+"
      select="('set', 'book', 'part', 'reference', 'preface', 'chapter', 'appendix',
               'article', 'refentry', 'colophon', 'sect1', 'legalnotice')"/>

</xsl:stylesheet>
