<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tables of contents, as DocBook XSL 1.79's fo/autotoc.xsl writes them with PostgreSQL's
  parameters (stylesheet-fo.xsl: toc.max.depth 3; stylesheet-common.xsl: toc.section.depth
  2): the book's, after the title page (parts, chapters and their sect1s, reference
  pages), and one at the start of each chapter, appendix and preface (its sect1s and
  sect2s). Which entries, how deep, and what an entry says ("I. Tutorial",
  "1. Getting Started", "48.1. Background …") are common/toc.xsl's rules, the HTML's
  too. Entries: dotted leaders, page numbers, each a link. Parts and references get no
  contents of their own (DocBook XSL gives them one): their entries point to later page
  sequences, which FOP would have to keep in memory until laid out; the book's lists them.
  Handles toc (placeholder; the generated one replaces it).
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

  <xsl:mode name="m:toc" on-no-match="deep-skip"/>

  <!-- toc.max.depth of PostgreSQL's stylesheet-fo.xsl. -->
  <xsl:variable name="v:fo-toc-max-depth" as="xs:integer" select="3"/>

  <xsl:template match="toc"/>

  <!-- The book's contents, on the front matter pages. -->
  <xsl:template name="t:toc">
    <fo:block font-family="{$v:heading-font}" font-size="18pt" font-weight="bold" space-after="8mm" role="H1">
      <xsl:value-of select="f:gentext('contents')"/>
    </fo:block>
    <xsl:apply-templates select="f:toc-children(/*)" mode="m:toc">
      <xsl:with-param name="context" select="/*"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- A component's contents, after its heading (generate.toc "/chapter toc,title"). -->
  <xsl:template name="t:component-toc">
    <xsl:variable name="entries" select="f:toc-children(.)"/>
    <xsl:if test="exists($entries)">
      <fo:block space-before="2pt" space-after="12pt" role="TOC">
        <fo:block font-family="{$v:heading-font}" font-weight="bold" space-after="4pt"
            keep-with-next.within-page="always">
          <xsl:value-of select="f:gentext('contents')"/>
        </fo:block>
        <xsl:apply-templates select="$entries" mode="m:toc">
          <xsl:with-param name="context" select="."/>
        </xsl:apply-templates>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- One entry: "label. title", leader, page number; its own entries indented below. -->
  <xsl:template match="*" mode="m:toc">
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="depth" select="count(ancestor::*) - count($context/ancestor::*) - 1"/>
    <fo:block text-align-last="justify" text-align="start" margin-left="{$depth * 6}mm" text-indent="0"
        end-indent="24pt" last-line-end-indent="-24pt"
        space-before="{if (self::part or self::reference) then '3mm' else if ($depth = 0) then '1.2mm' else '0'}"
        font-weight="{if (local-name() = $v:sequence-elements and not(self::refentry)) then 'bold' else 'normal'}"
        keep-with-next.within-page="{if (self::part or self::reference) then 'always' else 'auto'}">
      <fo:basic-link internal-destination="{f:fo-id(.)}">
        <xsl:value-of select="f:toc-label(.)"/>
        <xsl:variable name="title" select="f:toc-title-element(.)"/>
        <xsl:choose>
          <xsl:when test="$title">
            <xsl:call-template name="t:xref-content">
              <xsl:with-param name="parts" select="$title/node()"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext(local-name())"/></xsl:otherwise>
        </xsl:choose>
        <fo:inline keep-together.within-line="always">
          <fo:leader leader-pattern="dots" leader-pattern-width="3pt"/>
          <fo:page-number-citation ref-id="{f:fo-id(.)}"/>
        </fo:inline>
      </fo:basic-link>
    </fo:block>
    <xsl:if test="f:toc-opens(., $context, $v:fo-toc-max-depth)">
      <xsl:apply-templates select="f:toc-children(.)" mode="m:toc">
        <xsl:with-param name="context" select="$context"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
