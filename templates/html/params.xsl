<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parameters of the HTML build, set by pgdocs from the command line, and the
  book-wide lookups computed once (chunks in order, inventory links).
  Handles no DocBook elements.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- One page for the whole book instead of chunks. -->
  <xsl:param name="single-page" as="xs:boolean" select="false()"/>
  <!-- Ids of other books: map(id, map{'url','text'}), from the inventories. -->
  <xsl:param name="inventory" as="map(xs:string, map(xs:string, xs:string))" select="map{}"/>
  <!-- Language of the pages. -->
  <xsl:param name="language" as="xs:string" select="'en'"/>

  <!-- Every page's element, in reading order. -->
  <xsl:variable name="v:chunks" as="element()*" select="//*[f:is-chunk(.)]"/>

  <!-- Position of each page element in $v:chunks, for prev/next. -->
  <xsl:variable name="v:chunk-index" as="map(xs:string, xs:integer)">
    <xsl:map>
      <xsl:for-each select="$v:chunks">
        <xsl:map-entry key="generate-id()" select="position()"/>
      </xsl:for-each>
    </xsl:map>
  </xsl:variable>

  <xsl:key name="id" match="*[@id]" use="@id"/>

  <!-- The link from the page of $from to $to (relative: all pages share one directory). -->
  <xsl:function name="f:link" as="xs:string">
    <xsl:param name="to" as="element()"/>
    <xsl:sequence select="if ($single-page)
        then '#' || (if ($to/@id) then f:anchor($to) else 'x' || generate-id($to))
        else f:href($to)"/>
  </xsl:function>

  <!-- The id attribute an element with an id carries in HTML. -->
  <xsl:template name="f:id">
    <xsl:param name="node" select="." as="element()"/>
    <xsl:if test="$node/@id">
      <xsl:attribute name="id" select="f:anchor($node)"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
