<?xml version="1.0" encoding="UTF-8"?>
<!--
  Glossaries in the PDF: glossentry, glossterm, glossdef, glosssee, glossseealso,
  glosslist; glossary and glossdiv are divisions (sections.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:template match="glossary/glossentry | glossdiv/glossentry | glosslist/glossentry">
    <fo:block space-after="4pt" keep-together.within-page="auto"><xsl:call-template name="t:id"/>
      <fo:block font-weight="bold" keep-with-next.within-page="always">
        <xsl:apply-templates select="glossterm/node()"/>
        <xsl:if test="acronym | abbrev"> (<xsl:apply-templates select="(acronym | abbrev)[1]"/>)</xsl:if>
        <!-- an index entry of the glossentry itself (not of its term) cites this place -->
        <xsl:apply-templates select="indexterm"/>
      </fo:block>
      <fo:block margin-left="8mm"><xsl:apply-templates select="glossdef | glosssee"/></fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template match="glosslist"><fo:block><xsl:call-template name="t:id"/><xsl:apply-templates select="glossentry"/></fo:block></xsl:template>

  <xsl:template match="glossdef">
    <xsl:if test="@id"><fo:block id="{@id}"/></xsl:if>
    <xsl:apply-templates select="node() except glossseealso"/>
    <xsl:if test="glossseealso">
      <fo:block><xsl:value-of select="f:gentext('glossseealso') || ' '"/><xsl:for-each select="glossseealso">
          <xsl:if test="position() gt 1">, </xsl:if><xsl:apply-templates select="."/></xsl:for-each>.</fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="glosssee | glossseealso">
    <xsl:variable name="target" select="key('id', @otherterm)[1]"/>
    <xsl:if test="self::glosssee"><xsl:value-of select="f:gentext('glosssee') || ' '"/></xsl:if>
    <xsl:choose>
      <xsl:when test="$target">
        <fo:basic-link internal-destination="{@otherterm}" color="{$v:link-color}"><xsl:value-of select="f:title($target)"/></fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="self::glosssee">.</xsl:if>
  </xsl:template>

</xsl:stylesheet>
