<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tables of contents on book, part, reference, preface, chapter, appendix and
  article pages: two levels of the divisions below the page, each a link.
  Also handles the toc element (an empty placeholder in DocBook 4), which is
  replaced by the generated table.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:variable name="v:toc-pages" as="xs:string+"
      select="('book', 'part', 'reference', 'preface', 'chapter', 'appendix', 'article', 'set')"/>
  <xsl:variable name="v:divisions" as="xs:string+"
      select="('part', 'reference', 'preface', 'chapter', 'appendix', 'article', 'refentry',
               'sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'section', 'glossary',
               'bibliography', 'index', 'colophon', 'legalnotice')"/>

  <xsl:template match="toc"/>

  <xsl:template name="m:toc">
    <xsl:param name="of" as="element()" select="."/>
    <xsl:variable name="entries" select="$of/*[local-name() = $v:divisions]"/>
    <xsl:if test="local-name($of) = $v:toc-pages and $entries">
      <nav class="toc" aria-label="Table of contents">
        <h2><xsl:value-of select="f:gentext('contents')"/></h2>
        <xsl:call-template name="m:toc-list">
          <xsl:with-param name="entries" select="$entries"/>
          <xsl:with-param name="depth" select="2"/>
        </xsl:call-template>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template name="m:toc-list">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="depth" as="xs:integer"/>
    <ul>
      <xsl:for-each select="$entries">
        <li class="toc-{local-name()}">
          <a href="{f:link(.)}"><xsl:value-of select="f:numbered-title(.)"/></a>
          <xsl:if test="self::refentry and refnamediv/refpurpose">
            <span class="refpurpose"> — <xsl:value-of select="normalize-space(refnamediv/refpurpose)"/></span>
          </xsl:if>
          <xsl:variable name="children" select="*[local-name() = $v:divisions]"/>
          <xsl:if test="$depth gt 1 and $children">
            <xsl:call-template name="m:toc-list">
              <xsl:with-param name="entries" select="$children"/>
              <xsl:with-param name="depth" select="$depth - 1"/>
            </xsl:call-template>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

</xsl:stylesheet>
