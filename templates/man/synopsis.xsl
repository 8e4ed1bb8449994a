<?xml version="1.0" encoding="UTF-8"?>
<!--
  Command and function synopses: cmdsynopsis, arg, group, sbr, synopfragment,
  synopfragmentref, funcsynopsis, funcsynopsisinfo, funcprototype, funcdef, paramdef,
  void, varargs. A command synopsis is a hanging paragraph (.HP) as wide as the command,
  its arguments in brackets as DocBook XSL's synop.xsl writes them: spaces inside an
  argument do not break ("\ "), choices in a group are separated by " | ".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="cmdsynopsis">
    <xsl:variable name="command" select="f:bold(f:inline-text(command[1]))"/>
    <xsl:value-of select="'&#10;.HP \w''' || replace($command, ' ', '\\ ') || '\ ''u&#10;'"/>
    <xsl:apply-templates mode="m:synopsis"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="command" mode="m:synopsis">
    <xsl:if test="preceding-sibling::*"><xsl:text> </xsl:text></xsl:if>
    <xsl:value-of select="f:bold(f:inline-text(.))"/>
  </xsl:template>

  <xsl:template match="arg | group" mode="m:synopsis">
    <xsl:variable name="choice" select="(@choice, 'opt')[1]"/>
    <xsl:if test="preceding-sibling::*[not(self::sbr)] and not(preceding-sibling::*[1][self::sbr])">
      <xsl:value-of select="if (parent::group) then ' | ' else ' '"/>
    </xsl:if>
    <xsl:value-of select="map { 'opt': '[', 'req': '{', 'plain': '' }($choice)"/>
    <xsl:variable name="content"><xsl:apply-templates mode="m:synopsis"/></xsl:variable>
    <!-- the spaces of a top-level argument do not break -->
    <xsl:value-of select="if (self::arg and not(ancestor::arg)) then replace(normalize-space($content), ' ', '\\ ')
        else $content"/>
    <xsl:if test="@rep = 'repeat'">...</xsl:if>
    <xsl:value-of select="map { 'opt': ']', 'req': '}', 'plain': '' }($choice)"/>
  </xsl:template>

  <xsl:template match="sbr" mode="m:synopsis">
    <xsl:text>&#10;.br&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="replaceable" mode="m:synopsis">
    <xsl:value-of select="f:italic(f:inline-text(.))"/>
  </xsl:template>

  <xsl:template match="synopfragment" mode="m:synopsis">
    <xsl:variable name="n" select="count(preceding-sibling::synopfragment) + 1"/>
    <xsl:value-of select="'&#10;.HP \w''(' || $n || ')\ ''u&#10;(' || $n || ')\ '"/>
    <xsl:apply-templates mode="m:synopsis"/>
  </xsl:template>

  <xsl:template match="synopfragmentref" mode="m:synopsis">
    <xsl:variable name="target" select="key('id', @linkend)[1]"/>
    <xsl:value-of select="'(' || count($target/preceding-sibling::synopfragment) + 1 || ') '
        || f:italic(f:inline-text(.))"/>
  </xsl:template>

  <xsl:template match="text()" mode="m:synopsis">
    <xsl:value-of select="f:roff-text(.)"/>
  </xsl:template>

  <!-- anything else inside a synopsis renders as in running text -->
  <xsl:template match="*" mode="m:synopsis">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- A C function synopsis: its info verbatim, then each prototype on lines of its own -->
  <xsl:template match="funcsynopsis">
    <xsl:text>&#10;.sp&#10;.ft B&#10;.nf&#10;</xsl:text>
    <xsl:for-each select="funcsynopsisinfo">
      <xsl:variable name="text"><xsl:apply-templates/></xsl:variable>
      <xsl:value-of select="replace($text, '[&#xE000;&#xE001;\s]+$', '')"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>.fi&#10;.ft&#10;</xsl:text>
    <xsl:for-each select="funcprototype">
      <xsl:variable name="def" select="f:inline-text(funcdef)"/>
      <xsl:value-of select="'&#10;.HP \w''' || replace($def, ' ', '\\ ') || '(''u&#10;' || f:bold($def) || '('"/>
      <xsl:choose>
        <xsl:when test="void">void</xsl:when>
        <xsl:when test="varargs">...</xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="string-join(paramdef ! f:inline-text(.), ', ')"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>);&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="funcsynopsisinfo/text()" priority="1">
    <xsl:value-of select="f:roff-verbatim(.)"/>
  </xsl:template>

</xsl:stylesheet>
