<?xml version="1.0" encoding="UTF-8"?>
<!--
  Command and function synopses: cmdsynopsis, arg, group, sbr, synopfragment,
  synopfragmentref, funcsynopsis, funcsynopsisinfo, funcprototype, funcdef,
  paramdef, void, varargs. Optional arguments in [ ], required choices in { },
  alternatives separated by |, repeatable ones followed by "...".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="cmdsynopsis">
    <div class="cmdsynopsis">
      <xsl:call-template name="f:id"/>
      <p><xsl:apply-templates select="node() except synopfragment"/></p>
      <xsl:apply-templates select="synopfragment"/>
    </div>
  </xsl:template>

  <xsl:template match="cmdsynopsis/command">
    <xsl:if test="preceding-sibling::*"><br/></xsl:if>
    <code class="command"><xsl:apply-templates/></code>
  </xsl:template>

  <xsl:template match="arg | group">
    <xsl:variable name="choice" select="(@choice, if (self::group) then 'opt' else 'opt')[1]"/>
    <xsl:if test="preceding-sibling::*[not(self::sbr)] and not(parent::group)">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:if test="parent::group and preceding-sibling::arg | preceding-sibling::group">
      <xsl:text> | </xsl:text>
    </xsl:if>
    <span class="{local-name()}">
      <xsl:choose>
        <xsl:when test="$choice = 'opt'">[ </xsl:when>
        <xsl:when test="$choice = 'req'">{ </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
      <xsl:choose>
        <xsl:when test="$choice = 'opt'"> ]</xsl:when>
        <xsl:when test="$choice = 'req'"> }</xsl:when>
      </xsl:choose>
      <xsl:if test="@rep = 'repeat'"> ...</xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="sbr"><br/></xsl:template>

  <xsl:template match="synopfragment">
    <p class="synopfragment">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="synopfragmentref">
    <a href="{f:link(key('id', @linkend)[1])}"><xsl:apply-templates/></a>
  </xsl:template>

  <xsl:template match="funcsynopsis">
    <div class="funcsynopsis">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="funcsynopsisinfo">
    <pre class="funcsynopsisinfo"><xsl:apply-templates/></pre>
  </xsl:template>

  <xsl:template match="funcprototype">
    <p class="funcprototype"><code>
      <xsl:apply-templates select="funcdef"/>(<xsl:for-each select="paramdef | void | varargs">
        <xsl:if test="position() gt 1">, </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>);</code></p>
  </xsl:template>

  <xsl:template match="funcdef | paramdef"><xsl:apply-templates/></xsl:template>
  <xsl:template match="void">void</xsl:template>
  <xsl:template match="varargs">...</xsl:template>

</xsl:stylesheet>
