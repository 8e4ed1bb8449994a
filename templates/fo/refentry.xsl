<?xml version="1.0" encoding="UTF-8"?>
<!--
  Reference pages: refentry (a new page, its title in the running header, heading
  its name line), refmeta, refmiscinfo, refnamediv, refname, refpurpose, refclass,
  refdescriptor.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="refentry">
    <fo:block id="{f:fo-id(.)}">
      <xsl:call-template name="t:heading-text">
        <xsl:with-param name="level" select="1"/>
        <xsl:with-param name="text"><xsl:value-of select="f:title(.)"/></xsl:with-param>
      </xsl:call-template>
      <xsl:apply-templates select="node() except refmeta">
        <xsl:with-param name="level" select="2" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="refmeta | refmiscinfo | refclass | refdescriptor"/>

  <xsl:template match="refnamediv">
    <!-- No "Name" heading: with PostgreSQL's refentry.generate.name 0 and
         refentry.generate.title 1 the name block is headed by the page's title, which
         the refentry's heading above already shows (as in the HTML). -->
    <fo:block id="{f:fo-id(.)}">
      <fo:block space-after="6pt">
        <xsl:for-each select="refname">
          <xsl:if test="position() gt 1">, </xsl:if>
          <xsl:apply-templates/>
        </xsl:for-each>
        <xsl:text> — </xsl:text>
        <xsl:apply-templates select="refpurpose/node()"/>
      </fo:block>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
