<?xml version="1.0" encoding="UTF-8"?>
<!--
  Numbering, as in the PostgreSQL manual: part and reference (I, II, ...), chapter
  (1, 2, ... through the whole book), appendix (A, B, ...), sect1-sect5 and section
  (48.1, 48.1.2), table, figure, example and equation (9.1, within their chapter or
  appendix). Preface sections are numbered without a chapter part.
  Book-wide counts are computed once, into maps, not per lookup.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:variable name="v:components" as="xs:string+"
      select="('chapter', 'appendix', 'preface', 'article')"/>
  <xsl:variable name="v:formal" as="xs:string+" select="('table', 'figure', 'example', 'equation')"/>
  <xsl:variable name="v:sections" as="xs:string+"
      select="('sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'section')"/>

  <!-- Position of every part, reference, chapter and appendix in the book, by kind. -->
  <xsl:variable name="v:ordinals" as="map(xs:string, xs:integer)">
    <xsl:map>
      <xsl:for-each-group select="//(part | reference | chapter | appendix | preface | refentry)"
          group-by="local-name()">
        <xsl:for-each select="current-group()">
          <xsl:map-entry key="generate-id()" select="position()"/>
        </xsl:for-each>
      </xsl:for-each-group>
      <!-- formal objects count within their component -->
      <xsl:for-each select="//*[local-name() = $v:components]">
        <xsl:for-each-group select="descendant::*[local-name() = $v:formal][title]"
            group-by="local-name()">
          <xsl:for-each select="current-group()">
            <xsl:map-entry key="generate-id()" select="position()"/>
          </xsl:for-each>
        </xsl:for-each-group>
      </xsl:for-each>
    </xsl:map>
  </xsl:variable>

  <!-- The position of an element among the book's elements of its kind (1-based). -->
  <xsl:function name="f:ordinal" visibility="public" as="xs:integer">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="($v:ordinals(generate-id($node)), 0)[1]"/>
  </xsl:function>

  <!-- The number of an element ("48", "48.1", "A.2", "VI", "9.3"), or "" if unnumbered. -->
  <xsl:function name="f:number" visibility="public" as="xs:string">
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
      <xsl:when test="$name = $v:formal and $node/title">
        <xsl:variable name="component" select="$node/ancestor::*[local-name() = $v:components][1]"/>
        <xsl:variable name="prefix" select="if ($component) then f:number($component) else ''"/>
        <xsl:sequence select="if ($prefix = '') then string(f:ordinal($node))
            else $prefix || '.' || f:ordinal($node)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="''"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
