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

  <!-- Whether to list the pages too (pgdocs serve and diff compare builds by them). -->
  <xsl:param name="with-pages" as="xs:boolean" select="false()"/>

  <xsl:template name="xsl:initial-template">
    <targets title="{f:title(/*)}" pages="{count($v:chunks)}">
      <xsl:for-each select="//*[@id]">
        <target id="{@id}" element="{local-name()}" page="{f:page-name(f:chunk(.))}"
            href="{f:href(.)}" anchor="{f:anchor(.)}" title="{f:title(.)}" xreftext="{f:xref-text(.)}">
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

  <!-- The pages that elements from an edited file are on: the page of each element
       that an edited file starts (an entity's top elements), and every page inside it. -->
  <xsl:function name="f:pages-touched" visibility="public" as="xs:string*">
    <xsl:param name="roots" as="element()*"/>
    <xsl:sequence select="distinct-values(($roots ! f:chunk(.), $roots//*[f:is-chunk(.)]) ! f:page-name(.))"/>
  </xsl:function>

  <!-- What pages show of the whole book beyond the targets: the generated anchor of
       every element without an id (one more paragraph renumbers those after it), and the index terms in order with the page each is on (the index page).
       Two equal strings mean these parts of every page are equal. -->
  <xsl:function name="f:layout-signature" visibility="public" as="xs:string">
    <xsl:param name="book" as="document-node()"/>
    <!-- generated anchors are position paths: any element added before one moves it -->
    <xsl:variable name="counts" as="xs:string*" select="f:auto-anchored($book) ! f:object-id(.)"/>
    <xsl:sequence select="string-join(($counts,
        $book//indexterm ! (string-join((.//text(), @*), '&#xE000;') || '@' || f:page-name(f:chunk(.)))),
        '&#xE001;')"/>
  </xsl:function>

</xsl:stylesheet>
