<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lookups into DocBook structures that HTML and PDF read alike: ids (the key "id"),
  CALS column specs (colspec, spanspec names) and callout marks (co). Handles no
  elements itself; index terms are in index.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:key name="id" match="*[@id]" use="@id"/>

  <!-- The colspec of column $i of a tgroup: by @colnum, else by position. -->
  <xsl:function name="f:colspec" visibility="public" as="element()?">
    <xsl:param name="specs" as="element()*"/>
    <xsl:param name="i" as="xs:integer"/>
    <xsl:sequence select="($specs[@colnum = $i], $specs[not(@colnum)][position() = $i])[1]"/>
  </xsl:function>

  <!-- The column number a colname stands for in a tgroup or entrytbl. -->
  <xsl:function name="f:column" visibility="public" as="xs:integer">
    <xsl:param name="group" as="element()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="spec" select="$group/colspec[@colname = $name]"/>
    <xsl:sequence select="if ($spec/@colnum) then xs:integer($spec/@colnum)
        else if ($spec) then count($spec/preceding-sibling::colspec) + 1 else 1"/>
  </xsl:function>

  <!-- A callout mark's number: its position among the marks of its listing. -->
  <xsl:function name="f:callout-number" visibility="public" as="xs:integer">
    <xsl:param name="co" as="element()"/>
    <xsl:variable name="listing" select="$co/ancestor::*[self::programlisting or self::screen
        or self::synopsis or self::literallayout][1]"/>
    <xsl:sequence select="count($listing/descendant::co[. &lt;&lt; $co]) + 1"/>
  </xsl:function>

</xsl:stylesheet>
