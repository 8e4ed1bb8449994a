<?xml version="1.0" encoding="UTF-8"?>
<!--
  Where a link goes, the same in every output: the element of this book a linkend names,
  else the entry of another book's inventory, else nowhere (a broken link, which a build
  with keep-going marks visibly in every output, with f:broken-link-text). Handles no
  DocBook elements itself: html/xref.xsl and fo/xref.xsl write xref and link with these.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <!-- The element of this book that a link's linkend names, or (). -->
  <xsl:function name="f:link-target" as="element()?">
    <xsl:param name="link" as="element()"/>
    <xsl:sequence select="key('id', $link/@linkend, root($link))[1]"/>
  </xsl:function>

  <!-- The inventory entry (map{'url','text'}) of another book for a link's linkend, or (). -->
  <xsl:function name="f:link-external" as="map(xs:string, xs:string)?">
    <xsl:param name="link" as="element()"/>
    <xsl:sequence select="$inventory(string($link/@linkend))"/>
  </xsl:function>

  <!-- What an xref to $target reads: its endterm's content when that names an element,
       else the target's cross-reference text (f:xref-parts, the checker's rule too). -->
  <xsl:function name="f:xref-content" as="item()*">
    <xsl:param name="xref" as="element()"/>
    <xsl:param name="target" as="element()"/>
    <xsl:variable name="endterm" select="key('id', $xref/@endterm, root($xref))[1]"/>
    <xsl:sequence select="if ($endterm) then $endterm/node() else f:xref-parts($target)"/>
  </xsl:function>

  <!-- The mark of a link to an id that is nowhere: "[broken link: ID]". -->
  <xsl:function name="f:broken-link-text" as="xs:string">
    <xsl:param name="link" as="element()"/>
    <xsl:sequence select="'[' || f:gentext('broken-link') || ': ' || $link/@linkend || ']'"/>
  </xsl:function>

</xsl:stylesheet>
