<?xml version="1.0" encoding="UTF-8"?>
<!--
  Synopses in the PDF: cmdsynopsis (command, arg and group with [ ] { } | ..., sbr),
  synopfragment, synopfragmentref, funcsynopsis, funcsynopsisinfo, funcprototype,
  funcdef, paramdef, void, varargs.
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

  <xsl:template match="cmdsynopsis">
    <fo:block font-family="{$v:mono-font}" font-size="8.5pt" text-align="start" space-after="5pt"
        start-indent="6mm" text-indent="-6mm"><xsl:call-template name="t:id"/>
      <xsl:apply-templates select="node() except synopfragment"/>
    </fo:block>
    <xsl:apply-templates select="synopfragment"/>
  </xsl:template>

  <xsl:template match="cmdsynopsis/command">
    <xsl:if test="preceding-sibling::*"><fo:block/></xsl:if>
    <xsl:call-template name="t:anchor"/><xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="arg | group">
    <xsl:variable name="choice" select="(@choice, 'opt')[1]"/>
    <xsl:if test="preceding-sibling::*[not(self::sbr)] and not(parent::group)"><xsl:text> </xsl:text></xsl:if>
    <xsl:if test="parent::group and preceding-sibling::arg | preceding-sibling::group"> | </xsl:if>
    <xsl:choose>
      <xsl:when test="$choice = 'opt'">[ </xsl:when>
      <xsl:when test="$choice = 'req'">{ </xsl:when>
    </xsl:choose>
    <xsl:call-template name="t:anchor"/><xsl:apply-templates/>
    <xsl:choose>
      <xsl:when test="$choice = 'opt'"> ]</xsl:when>
      <xsl:when test="$choice = 'req'"> }</xsl:when>
    </xsl:choose>
    <xsl:if test="@rep = 'repeat'"> ...</xsl:if>
  </xsl:template>

  <xsl:template match="sbr"><fo:block/></xsl:template>
  <xsl:template match="synopfragment">
    <fo:block font-family="{$v:mono-font}" font-size="8.5pt"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="synopfragmentref">
    <xsl:call-template name="t:anchor"/><fo:basic-link internal-destination="{@linkend}"><xsl:apply-templates/></fo:basic-link>
  </xsl:template>

  <xsl:template match="funcsynopsis"><fo:block space-after="5pt"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:block></xsl:template>
  <xsl:template match="funcsynopsisinfo">
    <fo:block font-family="{$v:mono-font}" font-size="8.5pt" linefeed-treatment="preserve"
        white-space-collapse="false"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="funcprototype">
    <fo:block font-family="{$v:mono-font}" font-size="8.5pt"><xsl:call-template name="t:id"/>
      <xsl:apply-templates select="funcdef"/>(<xsl:for-each select="paramdef | void | varargs">
        <xsl:if test="position() gt 1">, </xsl:if><xsl:apply-templates select="."/></xsl:for-each>);</fo:block>
  </xsl:template>
  <xsl:template match="funcdef | paramdef"><xsl:call-template name="t:anchor"/><xsl:apply-templates/></xsl:template>
  <xsl:template match="void">void</xsl:template>
  <xsl:template match="varargs">...</xsl:template>

</xsl:stylesheet>
