<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page around each chunk: head, site header with the search box, navigation
  header and footer (prev, up, next, home, with titles), the content and its
  footnotes. Handles every page element (f:is-chunk) in mode m:page, and the
  rule that a page element met inside another page renders nothing there.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:page" on-no-match="fail"/>

  <xsl:variable name="v:book-title" as="xs:string" select="f:title(/*)"/>

  <xsl:template match="*" mode="m:page">
    <xsl:variable name="i" as="xs:integer" select="$v:chunk-index(generate-id())"/>
    <xsl:variable name="prev" select="$v:chunks[$i - 1]"/>
    <xsl:variable name="next" select="$v:chunks[$i + 1]"/>
    <xsl:variable name="up" select="ancestor::*[f:is-chunk(.)][1]"/>
    <xsl:call-template name="m:html-page">
      <xsl:with-param name="title" select="f:page-title(.)"/>
      <xsl:with-param name="nav">
        <xsl:call-template name="m:navigation">
          <xsl:with-param name="prev" select="$prev"/>
          <xsl:with-param name="up" select="$up"/>
          <xsl:with-param name="next" select="$next"/>
          <xsl:with-param name="where" select="'header'"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="footer">
        <xsl:call-template name="m:navigation">
          <xsl:with-param name="prev" select="$prev"/>
          <xsl:with-param name="up" select="$up"/>
          <xsl:with-param name="next" select="$next"/>
          <xsl:with-param name="where" select="'footer'"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="content">
        <xsl:apply-templates select=".">
          <xsl:with-param name="page" select="." tunnel="yes"/>
          <xsl:with-param name="level" select="1" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:call-template name="m:footnotes">
          <xsl:with-param name="page" select="."/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The whole book on one page (single-page output). -->
  <xsl:template name="m:single-page">
    <xsl:call-template name="m:html-page">
      <xsl:with-param name="title" select="$v:book-title"/>
      <xsl:with-param name="content">
        <xsl:apply-templates select="/*">
          <xsl:with-param name="page" select="/*" tunnel="yes"/>
          <xsl:with-param name="level" select="1" tunnel="yes"/>
          <xsl:with-param name="whole-book" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:call-template name="m:footnotes">
          <xsl:with-param name="page" select="/*"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="m:html-page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="nav" as="node()*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="footer" as="node()*" select="()"/>
    <html lang="{$language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="pgdocs"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="pgdocs.css"/>
        <script src="search.js" defer="defer"></script>
      </head>
      <body>
        <header class="site-header">
          <a class="site-title" href="index.html"><xsl:value-of select="$v:book-title"/></a>
          <form class="search" role="search" action="#">
            <input type="search" name="q" placeholder="Search" autocomplete="off"
                aria-label="Search the documentation"/>
            <ol class="search-results" hidden="hidden"></ol>
          </form>
        </header>
        <xsl:sequence select="$nav"/>
        <main id="content">
          <xsl:sequence select="$content"/>
        </main>
        <xsl:sequence select="$footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="m:navigation">
    <xsl:param name="prev" as="element()?"/>
    <xsl:param name="up" as="element()?"/>
    <xsl:param name="next" as="element()?"/>
    <xsl:param name="where" as="xs:string"/>
    <nav class="nav{$where}" aria-label="{if ($where = 'header') then 'Pages' else 'Pages (bottom)'}">
      <xsl:if test="$prev">
        <a class="prev" rel="prev" href="{f:link($prev)}">
          <span class="nav-label">Prev</span>
          <span class="nav-title"><xsl:value-of select="f:numbered-title($prev)"/></span>
        </a>
      </xsl:if>
      <xsl:if test="$up">
        <a class="up" href="{f:link($up)}">
          <span class="nav-label">Up</span>
          <span class="nav-title"><xsl:value-of select="f:numbered-title($up)"/></span>
        </a>
      </xsl:if>
      <xsl:if test="$where = 'footer'">
        <a class="home" href="index.html">
          <span class="nav-label">Home</span>
          <span class="nav-title"><xsl:value-of select="$v:book-title"/></span>
        </a>
      </xsl:if>
      <xsl:if test="$next">
        <a class="next" rel="next" href="{f:link($next)}">
          <span class="nav-label">Next</span>
          <span class="nav-title"><xsl:value-of select="f:numbered-title($next)"/></span>
        </a>
      </xsl:if>
    </nav>
  </xsl:template>

  <!-- "48.1. Introduction", "Chapter 48. Background Worker Processes", plain text. -->
  <xsl:function name="f:numbered-title" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="f:object-title($node)"/>
  </xsl:function>

  <xsl:function name="f:page-title" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node is root($node)/*) then $v:book-title
        else f:numbered-title($node) || ' — ' || $v:book-title"/>
  </xsl:function>

  <!-- A page element met inside another page: it has a page of its own. (The names
       listed only spare the other elements the f:is-chunk test; f:is-chunk decides.) -->
  <xsl:template match="(set|book|part|reference|preface|chapter|appendix|article|refentry|colophon|sect1|legalnotice|section|glossary|bibliography|index)[f:is-chunk(.)]" priority="20">
    <xsl:param name="page" as="element()" tunnel="yes"/>
    <xsl:param name="whole-book" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test=". is $page or $whole-book">
      <xsl:next-match/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
