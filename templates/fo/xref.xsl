<?xml version="1.0" encoding="UTF-8"?>
<!--
  Links: xref (with the page number for numbered targets), link, ulink, olink. Where a
  link goes and what an xref reads come from common/links.xsl (shared with HTML and the
  checker); ids of other books become external links to their URLs, and a link whose
  target is nowhere (built with keep-going) is marked, as in HTML.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:variable name="v:link-color" select="'#0b57a4'"/>
  <!-- Targets a printed reference also gives the page of: those before it, and later ones
       in the same page sequence (chapter, reference page). FOP cannot write a page that
       cites a later page until that page is laid out, nor (to keep a tagged PDF's reading
       order) the pages after it in the sequence: a citation of a page chapters ahead would
       keep those chapters in memory. In print the reader finds a later chapter by its
       number, which the xref text gives, and the contents. -->
  <xsl:variable name="v:cite-page" as="xs:string+"
      select="('sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'section', 'table', 'figure', 'example',
               'equation', 'varlistentry', 'refsect1', 'refsect2', 'step', 'listitem')"/>

  <xsl:template match="xref">
    <xsl:variable name="target" select="f:link-target(.)"/>
    <xsl:variable name="external" select="f:link-external(.)"/>
    <xsl:call-template name="t:anchor"/>
    <xsl:choose>
      <xsl:when test="$target">
        <fo:basic-link internal-destination="{@linkend}" color="{$v:link-color}">
          <xsl:call-template name="t:xref-content">
            <xsl:with-param name="parts" select="f:xref-content(., $target)"/>
          </xsl:call-template>
        </fo:basic-link>
        <xsl:if test="local-name($target) = $v:cite-page and ($target &lt;&lt; . or f:page-sequence($target) is f:page-sequence(.))">
          <xsl:value-of select="' (' || f:gentext('page') || ' '"/>
          <fo:page-number-citation ref-id="{@linkend}"/>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:when>
      <xsl:when test="exists($external)">
        <fo:basic-link external-destination="url('{$external?url}')" color="{$v:link-color}">
          <xsl:value-of select="$external?text"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:broken-link"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The element whose fo:page-sequence holds a node (see m:sequence in fo.xsl). -->
  <xsl:function name="f:page-sequence" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[local-name() = ($v:sequence-elements, 'part')][1]"/>
  </xsl:function>

  <xsl:template match="link">
    <xsl:variable name="external" select="f:link-external(.)"/>
    <xsl:call-template name="t:anchor"/>
    <xsl:choose>
      <xsl:when test="f:link-target(.)">
        <fo:basic-link internal-destination="{@linkend}" color="{$v:link-color}"><xsl:apply-templates/></fo:basic-link>
      </xsl:when>
      <xsl:when test="exists($external)">
        <fo:basic-link external-destination="url('{$external?url}')" color="{$v:link-color}"><xsl:apply-templates/></fo:basic-link>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
        <xsl:call-template name="t:broken-link"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The mark of a link whose target is nowhere (built with keep-going), as in HTML. -->
  <xsl:template name="t:broken-link">
    <fo:inline color="#b03a2e"><xsl:value-of select="f:broken-link-text(.)"/></fo:inline>
  </xsl:template>

  <xsl:template match="ulink">
    <xsl:call-template name="t:anchor"/>
    <fo:basic-link external-destination="url('{replace(@url, '''', '%27')}')" color="{$v:link-color}">
      <xsl:apply-templates/>
      <xsl:if test="not(node())"><xsl:value-of select="@url"/></xsl:if>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="olink"><xsl:call-template name="t:anchor"/><xsl:apply-templates/></xsl:template>

</xsl:stylesheet>
