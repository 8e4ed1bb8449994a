<?xml version="1.0" encoding="UTF-8"?>
<!--
  Command and function synopses: cmdsynopsis (and its command), arg, group, sbr, synopfragment,
  synopfragmentref, funcsynopsis, funcsynopsisinfo, funcprototype, funcdef,
  paramdef, void, varargs. Optional arguments in [ ], required choices in { },
  alternatives separated by |, repeatable ones followed by "...".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <!-- As DocBook XSL: div.cmdsynopsis > p. Each argument adds its separator (a space, or
       @sepchar) when it follows another element, alternatives in a group " | "; optional
       ones are in [ ], required ones in { }, plain ones between spaces: "[-D datadir]",
       "[ -v | -q ]". White space in the source between the elements of cmdsynopsis and
       group does not count (DocBook XSL strips it too). -->
  <xsl:template match="cmdsynopsis">
    <div class="cmdsynopsis">
      <p>
        <xsl:call-template name="t:id"/>
        <xsl:apply-templates/>
      </p>
    </div>
  </xsl:template>

  <xsl:template match="cmdsynopsis/command">
    <xsl:if test="preceding-sibling::command"><br/></xsl:if>
    <code class="command"><xsl:call-template name="t:id"/><xsl:apply-templates/></code>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="arg | group">
    <xsl:if test="preceding-sibling::*">
      <xsl:if test="parent::group and self::arg"> | </xsl:if>
      <xsl:value-of select="(ancestor-or-self::*/@sepchar, ' ')[1]"/>
    </xsl:if>
    <xsl:variable name="choice" select="string((@choice, 'opt')[1])"/>
    <xsl:value-of select="map {'opt': '[', 'req': '{', 'plain': ' '}($choice)"/>
    <xsl:apply-templates/>
    <xsl:if test="@rep = 'repeat'">...</xsl:if>
    <xsl:value-of select="map {'opt': ']', 'req': '}', 'plain': ' '}($choice)"/>
  </xsl:template>

  <xsl:template match="sbr"><br/></xsl:template>

  <!-- A fragment is numbered within its synopsis; it is a span, already inside the p. -->
  <xsl:template match="synopfragment">
    <span>
      <a><xsl:call-template name="t:id"/>(<xsl:value-of select="count(preceding-sibling::synopfragment) + 1"/>)</a>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="synopfragmentref">
    <a href="{f:link(key('id', @linkend)[1])}"><xsl:apply-templates/></a>
  </xsl:template>

  <xsl:template match="funcsynopsis">
    <div class="funcsynopsis">
      <xsl:call-template name="t:id"/>
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
