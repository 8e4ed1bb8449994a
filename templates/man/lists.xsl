<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: itemizedlist, orderedlist, listitem, variablelist, varlistentry, term,
  simplelist, member, calloutlist, callout, glosslist, segmentedlist.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="itemizedlist | orderedlist | calloutlist | glosslist">
    <xsl:if test="title">
      <xsl:text>&#10;.PP&#10;</xsl:text>
      <xsl:value-of select="f:bold(f:inline-text(title))"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:apply-templates select="node() except (title | titleabbrev)"/>
  </xsl:template>

  <!-- A bullet hanging in the margin: on terminals drawn with \h, elsewhere with .IP -->
  <xsl:template match="itemizedlist/listitem">
    <xsl:text>&#10;.sp&#10;.RS 4&#10;.ie n \{\&#10;\h'-04'\(bu\h'+03'\c&#10;.\}&#10;</xsl:text>
    <xsl:text>.el \{\&#10;.sp -1&#10;.IP \(bu 2.3&#10;.\}&#10;</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="orderedlist/listitem">
    <xsl:call-template name="t:numbered-item">
      <!-- DocBook XSL's manpages number items and steps 1., 2., ... whatever the nesting -->
      <xsl:with-param name="label" select="count(preceding-sibling::listitem) + 1 || '.'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="callout">
    <xsl:call-template name="t:numbered-item">
      <xsl:with-param name="label" select="'(' || count(preceding-sibling::callout) + 1 || ')'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An item with a number (" 1.", " b.") hanging in the margin -->
  <xsl:template name="t:numbered-item">
    <xsl:param name="label" as="xs:string"/>
    <xsl:variable name="padded" select="substring('    ', 1, max((0, 3 - string-length($label)))) || $label"/>
    <xsl:text>&#10;.sp&#10;.RS 4&#10;.ie n \{\&#10;</xsl:text>
    <xsl:value-of select="'\h''-04''' || f:roff-escape($padded) || '\h''+01''\c'"/>
    <xsl:text>&#10;.\}&#10;.el \{\&#10;.sp -1&#10;</xsl:text>
    <xsl:value-of select="'.IP &quot;' || f:roff-escape(' ' || $padded) || '&quot; 4.2'"/>
    <xsl:text>&#10;.\}&#10;</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="variablelist">
    <xsl:if test="title">
      <xsl:text>&#10;.PP&#10;</xsl:text>
      <xsl:value-of select="f:bold(f:inline-text(title))"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:apply-templates select="varlistentry"/>
  </xsl:template>

  <!-- the terms, one a line, then the item indented under them -->
  <xsl:template match="varlistentry | glossentry">
    <xsl:text>&#10;.PP&#10;</xsl:text>
    <xsl:for-each select="term | glossterm">
      <xsl:if test="position() > 1">
        <xsl:text>&#10;.br&#10;</xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
    <xsl:text>&#10;.RS 4&#10;</xsl:text>
    <xsl:apply-templates select="listitem | glossdef"/>
    <xsl:text>&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="varlistentry/listitem | glossdef">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- inline: "a, b, c"; otherwise one member a line -->
  <xsl:template match="simplelist[@type = 'inline']">
    <xsl:for-each select="member">
      <xsl:if test="position() > 1">, </xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="simplelist">
    <xsl:for-each select="member">
      <xsl:text>&#10;.RS 4&#10;</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>&#10;.RE&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="segmentedlist">
    <xsl:for-each select="seglistitem">
      <xsl:text>&#10;.PP&#10;</xsl:text>
      <xsl:for-each select="seg">
        <xsl:variable name="i" select="position()"/>
        <xsl:if test="$i > 1"><xsl:text>&#10;.br&#10;</xsl:text></xsl:if>
        <xsl:value-of select="f:bold(f:inline-text(ancestor::segmentedlist/segtitle[$i]) || ':')"/>
        <xsl:text> </xsl:text>
        <xsl:apply-templates/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
