<?xml version="1.0" encoding="UTF-8"?>
<!--
  Chunking: which elements get a page of their own, what each page is called, and
  the anchor of every id. The one place these names are made; HTML pages, inventory
  URLs and the checker's messages all come from here.

  Pages: book, set, part, reference, preface, chapter, appendix, article, refentry,
  colophon, every sect1 (first ones too) and top-level section, and glossary,
  bibliography and index directly in a book, part or article. The root is index.html;
  a page with an id is <id>.html (postgresql.org's URLs); one without an id is named
  by position, as DocBook XSL names it (ch48s01.html), which is why the checker warns.
  Anchors are ids in upper case, as PostgreSQL's SGML-era URLs had them. The legal
  notice has a page of its own, as in PostgreSQL's build.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <!-- Short name prefixes of position-named pages (DocBook XSL's). -->
  <xsl:variable name="v:position-prefix" as="map(xs:string, xs:string)" select="map {
      'set': 'se', 'book': 'bk', 'part': 'pt', 'reference': 'rn', 'preface': 'pr',
      'chapter': 'ch', 'appendix': 'ap', 'article': 'ar', 'refentry': 're',
      'colophon': 'co', 'glossary': 'go', 'bibliography': 'bi', 'index': 'ix',
      'sect1': 's', 'section': 's'
    }"/>

  <!-- Every page's element, in reading order. The candidates come from pgdocs:elements,
       which reads them off the tree in one pass (ElementsFunction says why not XPath). -->
  <xsl:variable name="v:chunks" as="element()*"
      select="pgdocs:elements(., ($v:always-chunks, 'section', 'glossary', 'bibliography', 'index'))[f:is-chunk(.)]"/>

  <!-- Elements DocBook XSL (with PostgreSQL's layer) anchors even when they have no id,
       with the generated id of f:object-id: every division and section, reference
       page sections, formal objects with a title (table, figure, example, equation,
       procedure), partintro, footnotes, index terms (the index links to them) and
       command synopses. Name tests, not names compared as strings: this runs over
       every element. -->
  <xsl:function name="f:gets-anchor" visibility="public" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="exists($node/@id) or exists($node/(self::indexterm | self::footnote
        | self::sect1 | self::sect2 | self::sect3 | self::sect4 | self::sect5 | self::section
        | self::simplesect | self::refsect1 | self::refsect2 | self::refsect3
        | self::chapter | self::appendix | self::preface | self::part | self::reference | self::refentry
        | self::glossary | self::bibliography | self::index | self::article | self::colophon
        | self::legalnotice | self::partintro | self::bibliodiv | self::glossdiv | self::indexdiv
        | self::cmdsynopsis | self::book | self::set
        | (self::table | self::figure | self::example | self::equation | self::procedure)[title]))"/>
  </xsl:function>

  <!-- Elements that get a generated anchor because they have no id (see f:gets-anchor). -->
  <xsl:function name="f:auto-anchored" visibility="public" as="element()*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="$root//*[not(@id)][f:gets-anchor(.)]"/>
  </xsl:function>

  <!-- Does this element get a page of its own? -->
  <xsl:function name="f:is-chunk" visibility="public" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:variable name="parent" select="local-name($node/..)"/>
    <xsl:sequence select="
        not($node/parent::*)
        or $name = $v:always-chunks
        or ($name = 'section' and $parent = $v:sectioned-components)
        or ($name = ('glossary', 'bibliography', 'index') and $parent = ('book', 'part', 'article'))"/>
  </xsl:function>

  <!-- The page element holding a node: the nearest chunk at or above it. -->
  <xsl:function name="f:chunk" visibility="public" as="element()">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[f:is-chunk(.)][1]"/>
  </xsl:function>

  <!-- The file name of a chunk's page. -->
  <xsl:function name="f:page-name" visibility="public" as="xs:string">
    <xsl:param name="chunk" as="element()"/>
    <xsl:sequence select="
        if (not($chunk/parent::*)) then 'index.html'
        else if ($chunk/@id) then $chunk/@id || '.html'
        else f:position-name($chunk) || '.html'"/>
  </xsl:function>

  <!-- A page name from position alone: components by their number in the book
       (ch48, apa, pt02), sections after their component (ch48s01). -->
  <xsl:function name="f:position-name" visibility="public" as="xs:string">
    <xsl:param name="chunk" as="element()"/>
    <xsl:variable name="name" select="local-name($chunk)"/>
    <xsl:variable name="prefix" select="($v:position-prefix($name), $name)[1]"/>
    <xsl:choose>
      <xsl:when test="$name = ('sect1', 'section')">
        <xsl:variable name="parent" select="f:chunk($chunk/..)"/>
        <xsl:variable name="position"
            select="count($chunk/preceding-sibling::*[local-name() = $name]) + 1"/>
        <xsl:sequence select="(if ($parent/parent::*) then f:position-name($parent) else '')
            || $prefix || format-integer($position, '01')"/>
      </xsl:when>
      <xsl:when test="$name = 'appendix'">
        <xsl:sequence select="$prefix || lower-case(f:number($chunk))"/>
      </xsl:when>
      <xsl:when test="$name = ('glossary', 'bibliography', 'index', 'colophon')">
        <xsl:sequence select="$prefix || format-integer(
            count($chunk/preceding::*[local-name() = $name]) + 1, '01')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$prefix || format-integer(f:ordinal($chunk), '01')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The fragment identifier of an element with an id: the id in upper case, as on
       postgresql.org, except for callout marks (co), which DocBook XSL anchors as written. -->
  <xsl:function name="f:anchor" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node/self::co) then string($node/@id) else upper-case($node/@id)"/>
  </xsl:function>

  <!-- THE anchor of any element, as DocBook XSL with PostgreSQL's layer writes it
       (object.id in stylesheet-html-common.xsl, generate.consistent.ids = 1): the id in
       upper case (f:anchor) when it has one, else "id-" and its position path: for the
       element and each element above it up to the root, its 1-based position among its
       parent's child elements (only elements count, of any name; the root is 1), joined
       with dots: id-1.11.7.17.6. Use it wherever an anchor is written or linked to.
       Cached: the anchor is written once and linked to from many places. -->
  <xsl:function name="f:object-id" visibility="public" as="xs:string" cache="yes">
    <xsl:param name="node" as="element()"/>
    <xsl:choose>
      <xsl:when test="$node/@id"><xsl:sequence select="f:anchor($node)"/></xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="'id-' || f:position-path($node)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The position path of f:object-id: "1.11.7.17.6". Built on the parent's path and
       cached, so that the anchors of a page's many elements share the work above them
       (xsl:number level="multiple" walked every level again for each element, and the
       index's terms took a third of a second of PostgreSQL's manual). -->
  <xsl:function name="f:position-path" as="xs:string" cache="yes">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="position" select="string(count($node/preceding-sibling::*) + 1)"/>
    <xsl:sequence select="if ($node/parent::*) then f:position-path($node/parent::*) || '.' || $position
        else $position"/>
  </xsl:function>

  <!-- The link to an element relative to the site root: a page, or page#ANCHOR
       for an element inside a page (DocBook XSL's href.target). -->
  <xsl:function name="f:href" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="chunk" select="f:chunk($node)"/>
    <!-- an element without an anchor of its own is linked to by the nearest one around it -->
    <xsl:variable name="anchored" select="$node/ancestor-or-self::*[f:gets-anchor(.)][1]"/>
    <xsl:sequence select="f:page-name($chunk)
        || (if ($anchored is $chunk or $chunk >> $anchored) then '' else '#' || f:object-id($anchored))"/>
  </xsl:function>

</xsl:stylesheet>
