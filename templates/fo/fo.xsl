<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of the PDF: the book as one XSL-FO document for Apache FOP.
  Includes the shared functions (common/) and one module per concern; handles the
  document node: title page, table of contents, the body in one page sequence
  with running headers, the bookmarks (PDF outline).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- what gets a page sequence of its own; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:sequence" on-no-match="text-only-copy"/>

  <!-- the PDF outline; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:bookmark" on-no-match="text-only-copy"/>

  <xsl:include href="../common/common.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="sections.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="admonitions.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="tables.xsl"/>
  <xsl:include href="verbatim.xsl"/>
  <xsl:include href="synopsis.xsl"/>
  <xsl:include href="inlines.xsl"/>
  <xsl:include href="xref.xsl"/>
  <xsl:include href="footnotes.xsl"/>
  <xsl:include href="media.xsl"/>
  <xsl:include href="refentry.xsl"/>
  <xsl:include href="glossary.xsl"/>
  <xsl:include href="biblio.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="fallback.xsl"/>

  <xsl:output method="xml" indent="no"/>
  <xsl:mode on-no-match="text-only-copy"/>


  <xsl:template match="/">
    <fo:root xml:lang="{$language}" font-family="{$v:body-font}" font-size="{$v:body-size}"
        line-height="1.35" text-align="justify" hyphenate="false">
      <xsl:call-template name="t:layout-master-set"/>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title><xsl:value-of select="$v:book-title"/></dc:title>
              <xsl:if test="$v:book-author">
                <dc:creator><xsl:value-of select="$v:book-author"/></dc:creator>
              </xsl:if>
              <dc:language><xsl:value-of select="$language"/></dc:language>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:bookmark-tree>
        <xsl:apply-templates select="/*/*" mode="m:bookmark"/>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="front" format="i">
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="t:titlepage"/>
          <xsl:call-template name="t:toc"/>
        </fo:flow>
      </fo:page-sequence>
      <xsl:apply-templates select="/*/* except (/*/title | /*/subtitle | /*/bookinfo | /*/toc)" mode="m:sequence"/>
    </fo:root>
  </xsl:template>

  <!-- One page sequence per part, component and reference page: FOP lays out and frees
       each when it ends, so memory stays flat however long the book is. -->
  <xsl:template match="part | reference" mode="m:sequence">
    <xsl:call-template name="t:page-sequence"/>
    <xsl:apply-templates select="*[local-name() = $v:sequence-elements]" mode="m:sequence"/>
  </xsl:template>

  <xsl:template match="*[local-name() = ($v:components, 'refentry')]" mode="m:sequence" priority="0">
    <xsl:call-template name="t:page-sequence"/>
  </xsl:template>

  <!-- Anything else directly in the book or a part (rare): a sequence of its own. -->
  <xsl:template match="*" mode="m:sequence">
    <xsl:call-template name="t:page-sequence"/>
  </xsl:template>

  <xsl:variable name="v:first-sequence" as="element()?"
      select="(/*/* except (/*/title | /*/subtitle | /*/bookinfo | /*/toc))[1]"/>

  <!-- What gets a page sequence of its own inside a part (the part has one too). -->
  <xsl:variable name="v:sequence-elements" as="xs:string+" select="($v:components, 'refentry', 'reference')"/>

  <xsl:template name="t:page-sequence">
    <fo:page-sequence master-reference="{if (self::index or self::setindex) then 'index' else 'body'}">
      <xsl:if test=". is $v:first-sequence">
        <xsl:attribute name="initial-page-number" select="1"/>
      </xsl:if>
      <xsl:call-template name="t:running-heads"/>
      <fo:flow flow-name="xsl-region-body">
        <xsl:apply-templates select="."/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- PDF outline: parts, chapters and the like, sections down to sect2, refentries. -->
  <xsl:template match="part | reference | preface | chapter | appendix | article | glossary | bibliography
      | index | sect1 | sect2 | section[count(ancestor::section) lt 2] | refentry" mode="m:bookmark">
    <fo:bookmark internal-destination="{f:fo-id(.)}">
      <fo:bookmark-title><xsl:value-of select="f:outline-title(.)"/></fo:bookmark-title>
      <xsl:apply-templates select="*" mode="m:bookmark"/>
    </fo:bookmark>
  </xsl:template>

  <xsl:template match="*" mode="m:bookmark"/>

  <xsl:function name="f:outline-title" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="normalize-space(f:object-label($node) || (f:title($node)[. != ''], f:gentext(local-name($node)))[1])"/>
  </xsl:function>

</xsl:stylesheet>
