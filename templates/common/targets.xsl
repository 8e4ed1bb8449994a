<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every link target of a book: for each element with an id, its kind, page, anchor, link,
  title, xreflabel and cross-reference text; then every page with its title. pgdocs runs this for the checker and the
  inventory, so that what they say about a link is what the HTML will write.
  Handles every element with an id attribute; output is <targets><target/>...<page/>...</targets>.

  Shared functions for anchors (in chunks.xsl): f:object-id($node as element()) as xs:string
  is THE anchor of any element, id or not (DocBook XSL's generated "id-1.11.7.17.6" for
  elements without an id); f:anchor($node) is the anchor of an element with an id;
  f:href($node) the page#anchor link from the site root.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <!-- Whether the list is complete: every page, and every target's page, link, title and
       cross-reference text (pgdocs serve and diff compare builds by them, an inventory
       publishes them). Else the list holds ids, elements and xreflabels, and a text is
       worked out when asked for (f:xref-text-of), as the check asks for the few that bare
       xrefs show. -->
  <xsl:param name="with-pages" as="xs:boolean" select="false()"/>

  <xsl:variable name="v:targets-book" as="document-node()" select="/"/>

  <xsl:template name="xsl:initial-template">
    <targets title="{f:title(/*)}" author="{$v:book-author}">
      <xsl:if test="$with-pages">
        <xsl:attribute name="pages" select="count($v:chunks)"/>
      </xsl:if>
      <xsl:for-each select="//*[@id]">
        <!-- the check needs only the ids, their elements and xreflabels: a target's page,
             link and title (a third of the stylesheet's time on PostgreSQL's manual) are
             in the complete list only -->
        <target id="{@id}" element="{local-name()}">
          <xsl:if test="$with-pages">
            <xsl:attribute name="page" select="f:page-name(f:chunk(.))"/>
            <xsl:attribute name="href" select="f:href(.)"/>
            <xsl:attribute name="anchor" select="f:anchor(.)"/>
            <xsl:attribute name="title" select="f:title(.)"/>
            <xsl:attribute name="xreftext" select="f:xref-text(.)"/>
          </xsl:if>
          <xsl:if test="@xreflabel">
            <xsl:attribute name="xreflabel" select="@xreflabel"/>
          </xsl:if>
        </target>
      </xsl:for-each>
      <!-- Every page in reading order: a page named by position (no id) moves when
           sections are added before it, which reviewers of a patch need to know. -->
      <xsl:for-each select="$v:chunks[$with-pages]">
        <page name="{f:page-name(.)}" title="{(f:title(.)[. != ''], f:gentext(local-name()))[1]}" element="{local-name()}"
            positional="{exists(parent::*) and not(@id)}"
            summary="{normalize-space(self::refentry/refnamediv/refpurpose)}"/>
      </xsl:for-each>
    </targets>
  </xsl:template>

  <!-- How many pages the chunked HTML of the book has. -->
  <xsl:function name="f:page-count" visibility="public" as="xs:integer">
    <xsl:sequence select="count($v:chunks)"/>
  </xsl:function>

  <!-- The cross-reference text of the (first) element with an id, "" for none. -->
  <xsl:function name="f:xref-text-of" visibility="public" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="string-join(key('id', $id, $v:targets-book)[1] ! f:xref-text(.))"/>
  </xsl:function>

  <!-- The pages that elements from an edited file are on: the page of each element
       that an edited file starts (an entity's top elements), and every page inside it. -->
  <xsl:function name="f:pages-touched" visibility="public" as="xs:string*">
    <xsl:param name="roots" as="element()*"/>
    <xsl:sequence select="distinct-values(($roots ! f:chunk(.), $roots//*[f:is-chunk(.)]) ! f:page-name(.))"/>
  </xsl:function>

  <!-- What pages show of one another beyond the targets, page by page: for each page, the
       link to, generated anchor, number and title of every element on it without an id
       (tables of contents link to those; one more paragraph renumbers the anchors after
       it), the marks of its footnotes (numbered through the whole book) and its index
       terms. Beside it, every index term in order as the index shows it (its text, and
       the link to and title of the division it sends readers to) with the anchors of the
       index's entries, and the names of the index pages. A page whose entry changed must be rendered again, and so must the
       pages with a link whose number or title changed, or that appeared or went (the
       first three fields of an entry). -->
  <xsl:function name="f:page-layout" visibility="public" as="map(xs:string, item()*)">
    <xsl:param name="book" as="document-node()"/>
    <xsl:variable name="terms" as="element()*" select="$book//indexterm"/>
    <xsl:variable name="pages" as="map(xs:string, xs:string)">
      <xsl:map>
        <xsl:for-each-group select="f:auto-anchored($book) | $terms" group-by="f:page-name(f:chunk(.))">
          <xsl:map-entry key="current-grouping-key()"
              select="string-join(current-group() ! f:layout-entry(.), '&#xE001;')"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:sequence select="map{
        'pages': $pages,
        'index-terms': string-join(($terms ! f:index-view(.), f:index-entry-anchors($terms)), '&#xE001;'),
        'index-pages': distinct-values($book//(index | setindex) ! f:page-name(f:chunk(.)))}"/>
  </xsl:function>

  <!-- An element's entry: first what other pages show of it, the link they reach it by
       (none for an index term: the index links to its division), its number and its
       title; then what only its own page shows (its anchor, which the link holds unless
       the element is the page itself, a footnote's mark, an index term's words). -->
  <xsl:function name="f:layout-entry" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-join((if ($e/self::indexterm) then '' else f:href($e), string(f:number($e)),
        string(f:title($e)), f:object-id($e), $e/self::footnote/f:footnote-mark(.),
        $e/self::indexterm/(.//text(), @*)), '&#xE000;')"/>
  </xsl:function>

  <!-- The anchors the index gives its entries and sees link to: each primary entry's first
       term's (of the listed terms, and of all but range ends, as the see links look them up). -->
  <xsl:function name="f:index-entry-anchors" as="xs:string*">
    <xsl:param name="terms" as="element(indexterm)*"/>
    <xsl:for-each-group select="$terms[f:is-index-entry(.)]" group-by="f:index-key(primary)">
      <xsl:sequence select="f:object-id(current-group()[1])"/>
    </xsl:for-each-group>
    <xsl:for-each-group select="$terms[not(@class = 'endofrange')]" group-by="f:index-key(primary)">
      <xsl:sequence select="f:object-id(current-group()[1])"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- An index term as the index pages show it: its words and attributes, and the link to
       and title of the division it is in (f:index-section), not its own anchor, which an
       edit above it moves without changing the index. -->
  <xsl:function name="f:index-view" as="xs:string">
    <xsl:param name="term" as="element(indexterm)"/>
    <xsl:variable name="division" select="f:index-section($term)"/>
    <xsl:sequence select="string-join(($term//text(), $term/@*, f:href($division), local-name($division),
        f:title($division), $division/parent::*/f:title(.)), '&#xE000;')"/>
  </xsl:function>

</xsl:stylesheet>
