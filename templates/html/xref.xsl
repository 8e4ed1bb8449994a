<?xml version="1.0" encoding="UTF-8"?>
<!--
  Links: xref, link, ulink, olink. Where a link goes and what an xref reads come from
  common/links.xsl (shared with the PDF and the checker); links into other books
  become external links with the inventory's text, and a link whose target is nowhere
  (built with keep-going) is marked visibly.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="xref">
    <xsl:variable name="target" select="f:link-target(.)"/>
    <xsl:variable name="external" select="f:link-external(.)"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a class="xref" href="{f:link($target)}">
          <xsl:if test="f:xref-title($target) != ''">
            <xsl:attribute name="title" select="f:xref-title($target)"/>
          </xsl:if>
          <xsl:call-template name="t:xref-content">
            <xsl:with-param name="parts" select="f:xref-content(., $target)"/>
          </xsl:call-template>
        </a>
      </xsl:when>
      <xsl:when test="exists($external)">
        <a class="xref external" href="{$external?url}"><xsl:value-of select="$external?text"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:broken-link"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="link">
    <xsl:variable name="target" select="f:link-target(.)"/>
    <xsl:variable name="external" select="f:link-external(.)"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a class="link" href="{f:link($target)}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:when test="exists($external)">
        <a class="link external" href="{$external?url}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:broken-link">
          <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:broken-link">
    <xsl:param name="content" as="node()*" select="()"/>
    <span class="broken-link" title="{f:gentext('broken-link-title')} {@linkend}">
      <xsl:sequence select="$content"/>
      <xsl:value-of select="f:broken-link-text(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="ulink">
    <a class="ulink" href="{@url}">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
      <xsl:if test="not(node())"><xsl:value-of select="@url"/></xsl:if>
    </a>
  </xsl:template>

  <xsl:template match="olink">
    <span class="olink"><xsl:apply-templates/></span>
  </xsl:template>

</xsl:stylesheet>
