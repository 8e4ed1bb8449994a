<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parameters of the HTML build alone, set by pgdocs from the command line (language and
  inventory are common, common/params.xsl), and the book-wide lookups computed once
  (pages in reading order).
  Handles no DocBook elements.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- One page for the whole book instead of chunks. -->
  <xsl:param name="single-page" as="xs:boolean" select="false()"/>
  <!-- Where each image lies in the site: map(URI, site path), the URI being what an
       image element's fileref resolves to against its XML base (render/SiteImages.java
       decides, and copies the files there). -->
  <xsl:param name="images" as="map(xs:string, xs:string)" select="map{}"/>
  <!-- Which of the transformations that share the pages out (one per core) this is:
       part 0 writes the index, and the single page; the other pages go to the part that
       claims them first from $claims (pgdocs:claim; empty: every page is this one's). -->
  <xsl:param name="part" as="xs:integer" select="0"/>
  <xsl:param name="claims" as="item()?" select="()"/>
  <!-- Only the pages of these names; empty for all. `pgdocs serve` renders again only
       the pages an edit can have changed. -->
  <xsl:param name="only" as="xs:string*" select="()"/>
  <!-- 'website': what PostgreSQL's `make html STYLE=website` writes, for postgresql.org
       to import; 'default': pgdocs' reading theme (chunk.xsl). -->
  <xsl:param name="style" as="xs:string" select="'default'"/>


  <!-- The pages in reading order, as the Prev and Next links go: every page but the
       legal notice, which DocBook XSL leaves out of the chain. -->
  <xsl:variable name="v:nav-chunks" as="element()*" select="$v:chunks[not(self::legalnotice)]"/>

  <!-- Position of each page element in $v:nav-chunks, for prev/next. -->
  <xsl:variable name="v:nav-index" as="map(xs:string, xs:integer)">
    <xsl:map>
      <xsl:for-each select="$v:nav-chunks">
        <xsl:map-entry key="generate-id()" select="position()"/>
      </xsl:for-each>
    </xsl:map>
  </xsl:variable>

  <!-- The link from the page of $from to $to (relative: all pages share one directory). -->
  <xsl:function name="f:link" as="xs:string">
    <xsl:param name="to" as="element()"/>
    <xsl:sequence select="if ($single-page)
        then '#' || f:object-id($to)
        else f:href($to)"/>
  </xsl:function>

  <!-- The id attribute an element carries in HTML: its anchor when it has an id; the
       elements DocBook XSL anchors anyway get its generated id (f:gets-anchor). -->
  <xsl:template name="t:id">
    <xsl:param name="node" select="." as="element()"/>
    <xsl:choose>
      <xsl:when test="$node/@id">
        <xsl:attribute name="id" select="f:anchor($node)"/>
      </xsl:when>
      <xsl:when test="f:gets-anchor($node)">
        <xsl:attribute name="id" select="f:object-id($node)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
