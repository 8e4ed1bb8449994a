<?xml version="1.0" encoding="UTF-8"?>
<!--
  Numbering, as in the PostgreSQL manual: part and reference (I, II, ...), chapter
  (1, 2, ... through the whole book), appendix (A, B, ...), sect1-sect5 and section
  (48.1, 48.1.2), table, figure, example, equation and procedure (9.1, within their
  chapter or appendix; elsewhere through the whole book: 281). Preface sections are
  numbered without a chapter part.
  Book-wide counts are computed once, into maps, not per lookup.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:variable name="v:formal" as="xs:string+" select="('table', 'figure', 'example', 'equation')"/>

  <!-- Position of every part, reference, chapter and appendix in the book, by kind. -->
  <xsl:variable name="v:ordinals" as="map(xs:string, xs:integer)">
    <xsl:map>
      <xsl:for-each-group select="pgdocs:elements(., ('part', 'reference', 'chapter', 'appendix', 'preface', 'refentry'))"
          group-by="local-name()">
        <xsl:for-each select="current-group()">
          <xsl:map-entry key="generate-id()" select="position()"/>
        </xsl:for-each>
      </xsl:for-each-group>
      <!-- formal objects in a chapter or appendix count within it (DocBook XSL's
           label.markup: xsl:number level="any" from="chapter|appendix"), all others
           through the whole book (from="book|article"): the tables of reference pages
           and prefaces are "Table 281", not numbered per page -->
      <xsl:variable name="formal" select="pgdocs:elements(., ('table', 'figure', 'example', 'equation', 'procedure'))[title]"/>
      <xsl:for-each-group select="$formal" group-by="local-name()">
        <xsl:for-each select="current-group()">
          <xsl:if test="not(f:formal-scope(.)/(self::chapter | self::appendix | self::article[ancestor::book]))">
            <xsl:map-entry key="generate-id()" select="position()"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each-group>
      <xsl:for-each-group select="$formal[f:formal-scope(.)/(self::chapter | self::appendix | self::article[ancestor::book])]"
          group-by="local-name() || ' ' || generate-id(f:formal-scope(.))">
        <xsl:for-each select="current-group()">
          <xsl:map-entry key="generate-id()" select="position()"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The element a formal object is numbered within: its chapter or appendix (or an
       article in a book), else the book (or article) itself. -->
  <xsl:function name="f:formal-scope" visibility="public" as="element()">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="($node/ancestor::*[self::chapter or self::appendix
        or self::article[ancestor::book]][1], $node/ancestor::*[self::book or self::article][1],
        root($node)/*)[1]"/>
  </xsl:function>

  <!-- The mark of a footnote, as DocBook XSL numbers them (html/footnote.xsl): its
       label; in a table, a letter counting the table's footnotes (a, b, ...); else a
       number counting the book's footnotes before it, those without a label and not in
       a table (through the whole book: "[17]" on a chapter's first footnote). -->
  <xsl:function name="f:footnote-mark" visibility="public" as="xs:string">
    <xsl:param name="footnote" as="element()"/>
    <xsl:variable name="table" select="$footnote/ancestor::*[self::table or self::informaltable][1]"/>
    <xsl:sequence select="
        if (normalize-space($footnote/@label) != '') then normalize-space($footnote/@label)
        else if ($table) then format-integer(
          count($table//footnote[. &lt;&lt; $footnote]) + 1, 'a')
        else if ($footnote/ancestor::footnote) then string(count($footnote/preceding::footnote[not(@label)])
          - count($footnote/preceding::*[self::table or self::informaltable]//footnote) + 1)
        else string($v:footnote-numbers(generate-id($footnote)))"/>
  </xsl:function>

  <!-- The number of every footnote outside tables, by generate-id(), counted in one pass
       through the book's footnotes rather than per footnote: the footnotes before it
       without a label, less those in tables (labelled or not), plus one, as DocBook XSL
       counts preceding::footnote[not(@label)] and preceding::table//footnote. (A footnote
       inside another counts the one around it here, not in preceding::, so
       f:footnote-mark counts those few itself.) -->
  <xsl:variable name="v:footnote-numbers" as="map(xs:string, xs:integer)">
    <xsl:map>
      <xsl:iterate select="//footnote">
        <xsl:param name="unlabelled" as="xs:integer" select="0"/>
        <xsl:param name="in-tables" as="xs:integer" select="0"/>
        <xsl:variable name="in-table" as="xs:boolean" select="exists(ancestor::*[self::table or self::informaltable])"/>
        <xsl:if test="not($in-table)">
          <xsl:map-entry key="generate-id()" select="$unlabelled - $in-tables + 1"/>
        </xsl:if>
        <xsl:next-iteration>
          <xsl:with-param name="unlabelled" select="$unlabelled + (if (@label) then 0 else 1)"/>
          <xsl:with-param name="in-tables" select="$in-tables + (if ($in-table) then 1 else 0)"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:map>
  </xsl:variable>

  <!-- The position of an element among the book's elements of its kind (1-based). -->
  <xsl:function name="f:ordinal" visibility="public" as="xs:integer">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="($v:ordinals(generate-id($node)), 0)[1]"/>
  </xsl:function>

  <!-- The number of an element ("48", "48.1", "A.2", "VI", "9.3"), or "" if unnumbered.
       Cached: a section's number is built from its parent's, and headings, links and
       tables of contents ask for the same ones again and again. -->
  <xsl:function name="f:number" visibility="public" as="xs:string" cache="yes">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:choose>
      <xsl:when test="$name = ('part', 'reference')">
        <xsl:number value="f:ordinal($node)" format="I"/>
      </xsl:when>
      <xsl:when test="$name = 'chapter'">
        <xsl:sequence select="string(f:ordinal($node))"/>
      </xsl:when>
      <xsl:when test="$name = 'appendix'">
        <xsl:number value="f:ordinal($node)" format="A"/>
      </xsl:when>
      <xsl:when test="$name = $v:sections">
        <xsl:variable name="parent" select="$node/parent::*"/>
        <xsl:variable name="position" as="xs:integer"
            select="count($node/preceding-sibling::*[local-name() = $name]) + 1"/>
        <xsl:variable name="prefix" select="if ($parent) then f:number($parent) else ''"/>
        <xsl:sequence select="if ($prefix = '') then
            (if (local-name($parent) = 'preface') then string($position) else '')
            else $prefix || '.' || $position"/>
      </xsl:when>
      <xsl:when test="$name = ($v:formal, 'procedure') and $node/title">
        <xsl:variable name="scope" select="f:formal-scope($node)"/>
        <xsl:variable name="prefix" select="if ($scope/(self::chapter | self::appendix | self::article))
            then f:number($scope) else ''"/>
        <xsl:sequence select="if ($prefix = '') then string(f:ordinal($node))
            else $prefix || '.' || f:ordinal($node)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="''"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
