<?xml version="1.0" encoding="UTF-8"?>
<!--
  Links: xref (text from f:xref-parts, the one rule shared with the checker and
  the PDF), link, ulink, olink, and links into other books through the
  inventory, which become external links with the inventory's text. A link
  whose target is nowhere (built with keep-going) is marked visibly.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="xref">
    <xsl:variable name="target" select="key('id', @linkend)[1]"/>
    <xsl:variable name="external" select="$inventory(@linkend)"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a class="xref" href="{f:link($target)}">
          <xsl:if test="f:xref-title($target) != '' and not(@endterm or $target/@xreflabel)">
            <xsl:attribute name="title" select="f:xref-title($target)"/>
          </xsl:if>
          <xsl:call-template name="m:xref-content">
            <xsl:with-param name="parts" select="
                if (@endterm and key('id', @endterm)) then key('id', @endterm)[1]/node()
                else f:xref-parts($target)"/>
          </xsl:call-template>
        </a>
      </xsl:when>
      <xsl:when test="exists($external)">
        <a class="xref external" href="{$external?url}"><xsl:value-of select="$external?text"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="m:broken-link"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The text of a link from f:xref-parts: generated strings as text, source nodes
       rendered as inline markup from a copy without index terms, footnotes and ids
       (a link's text has no anchors of its own: DocBook XSL's no.anchor.mode).
       "???" when there is nothing to say, as DocBook XSL prints. -->
  <xsl:template name="m:xref-content">
    <xsl:param name="parts" as="item()*"/>
    <xsl:for-each select="$parts">
      <xsl:choose>
        <xsl:when test=". instance of node()">
          <xsl:variable name="copy" as="document-node()">
            <xsl:document><xsl:apply-templates select="." mode="m:xref-copy"/></xsl:document>
          </xsl:variable>
          <xsl:apply-templates select="$copy/node()"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="empty($parts) or normalize-space(string-join($parts ! (if (. instance of node()) then f:plain-text(.) else string(.)))) = ''">???</xsl:if>
  </xsl:template>

  <xsl:mode name="m:xref-copy" on-no-match="shallow-copy"/>
  <xsl:template match="indexterm | footnote | remark | @id" mode="m:xref-copy"/>

  <xsl:template match="link">
    <xsl:variable name="target" select="key('id', @linkend)[1]"/>
    <xsl:variable name="external" select="$inventory(@linkend)"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a class="link" href="{f:link($target)}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:when test="exists($external)">
        <a class="link external" href="{$external?url}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="m:broken-link">
          <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="m:broken-link">
    <xsl:param name="content" as="node()*" select="()"/>
    <span class="broken-link" title="broken link: no id {@linkend}">
      <xsl:sequence select="$content"/>
      <xsl:text>[broken link: </xsl:text><xsl:value-of select="@linkend"/><xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="ulink">
    <a class="ulink" href="{@url}">
      <xsl:apply-templates/>
      <xsl:if test="not(node())"><xsl:value-of select="@url"/></xsl:if>
    </a>
  </xsl:template>

  <xsl:template match="olink">
    <span class="olink"><xsl:apply-templates/></span>
  </xsl:template>

</xsl:stylesheet>
