<?xml version="1.0" encoding="UTF-8"?>
<!--
  Links: xref (text from f:xref-parts, shared with HTML and the checker, and the
  page number for numbered targets), link, ulink, olink; ids of other books
  through the inventory become external links to their URLs.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
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
    <xsl:variable name="target" select="key('id', @linkend)[1]"/>
    <xsl:variable name="external" select="$inventory(@linkend)"/>
    <xsl:choose>
      <xsl:when test="$target">
        <fo:basic-link internal-destination="{@linkend}" color="{$v:link-color}">
          <xsl:call-template name="m:xref-content">
            <xsl:with-param name="parts" select="
                if (@endterm and key('id', @endterm)) then key('id', @endterm)[1]/node()
                else f:xref-parts($target)"/>
          </xsl:call-template>
        </fo:basic-link>
        <xsl:if test="local-name($target) = $v:cite-page and ($target &lt;&lt; . or f:page-sequence($target) is f:page-sequence(.))">
          <xsl:text> (page </xsl:text>
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
        <fo:inline color="#b03a2e">[broken link: <xsl:value-of select="@linkend"/>]</fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The element whose fo:page-sequence holds a node (see m:sequence in fo.xsl). -->
  <xsl:function name="f:page-sequence" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[local-name() = ($v:sequence-elements, 'part')][1]"/>
  </xsl:function>

  <xsl:template match="link">
    <xsl:variable name="external" select="$inventory(@linkend)"/>
    <xsl:choose>
      <xsl:when test="key('id', @linkend)">
        <fo:basic-link internal-destination="{@linkend}" color="{$v:link-color}"><xsl:apply-templates/></fo:basic-link>
      </xsl:when>
      <xsl:when test="exists($external)">
        <fo:basic-link external-destination="url('{$external?url}')" color="{$v:link-color}"><xsl:apply-templates/></fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="ulink">
    <fo:basic-link external-destination="url('{replace(@url, '''', '%27')}')" color="{$v:link-color}">
      <xsl:apply-templates/>
      <xsl:if test="not(node())"><xsl:value-of select="@url"/></xsl:if>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="olink"><xsl:apply-templates/></xsl:template>

</xsl:stylesheet>
