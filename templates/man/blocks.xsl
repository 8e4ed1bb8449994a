<?xml version="1.0" encoding="UTF-8"?>
<!--
  Blocks: para, simpara, formalpara, programlisting, screen, literallayout, synopsis,
  note, tip, important, caution, warning, blockquote, procedure, step, substeps,
  example, informalexample, figure, mediaobject, bridgehead, sidebar, remark, anchor,
  indexterm (nothing: PostgreSQL's stylesheet drops index terms in man pages), beginpage.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- The containers in which a paragraph is set without the space of .PP: the first
       paragraph runs on from the item's label, later ones are separated by .sp. -->
  <xsl:variable name="v:tight-containers" as="xs:string+" select="('listitem', 'step', 'entry',
      'note', 'tip', 'important', 'caution', 'warning', 'blockquote', 'footnote', 'callout',
      'glossdef', 'question', 'answer', 'member')"/>

  <xsl:template match="para | simpara">
    <xsl:variable name="container" select="local-name(..)"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:choose>
      <!-- in a table cell: a line break (DocBook XSL writes .PP, which resets tbl's indent) -->
      <xsl:when test="ancestor::entry and not(preceding-sibling::*)"/>
      <xsl:when test="ancestor::entry">.br</xsl:when>
      <xsl:when test="$container = $v:tight-containers and not(preceding-sibling::*[not(self::title)])"/>
      <xsl:when test="$container = $v:tight-containers">.sp</xsl:when>
      <xsl:otherwise>.PP</xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="formalpara">
    <xsl:text>&#10;.PP&#10;</xsl:text>
    <xsl:value-of select="f:bold(f:inline-text(title))"/>
    <xsl:text>&#10;.RS 4&#10;</xsl:text>
    <xsl:apply-templates select="* except title"/>
    <xsl:text>&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <!-- Verbatim text, indented on terminals, as DocBook XSL sets it -->
  <xsl:template match="programlisting | screen | literallayout | synopsis">
    <xsl:variable name="text"><xsl:apply-templates/></xsl:variable>
    <!-- at the start of a paragraph, the paragraph's .PP is the space above -->
    <xsl:if test="not(parent::para and empty(preceding-sibling::node()[not(self::text()[normalize-space() = '']
        or self::indexterm)]))">&#10;.sp</xsl:if>
    <xsl:text>&#10;.if n \{\&#10;.RS 4&#10;.\}&#10;.nf&#10;</xsl:text>
    <xsl:value-of select="replace(replace($text, '^&#xE000;+', ''), '[&#xE000;&#xE001;\s]+$', '')"/>
    <xsl:text>&#10;.fi&#10;.if n \{\&#10;.RE&#10;.\}&#10;</xsl:text>
  </xsl:template>

  <!-- a synopsis in the SYNOPSIS section starts at the margin -->
  <xsl:template match="refsynopsisdiv/synopsis" priority="1">
    <xsl:variable name="text"><xsl:apply-templates/></xsl:variable>
    <xsl:text>&#10;.sp&#10;.nf&#10;</xsl:text>
    <xsl:value-of select="replace(replace($text, '^&#xE000;+', ''), '[&#xE000;&#xE001;\s]+$', '')"/>
    <xsl:text>&#10;.fi&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="text()[ancestor::*[self::programlisting or self::screen or self::literallayout
      or self::synopsis or self::address]]">
    <xsl:value-of select="f:roff-verbatim(.)"/>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:value-of select="f:roff-text(.)"/>
  </xsl:template>

  <!-- Admonitions: an indented block under the bold title ("Note" when it has none) -->
  <xsl:template match="note | tip | important | caution | warning">
    <xsl:text>&#10;.if n \{\&#10;.sp&#10;.\}&#10;.RS 4&#10;</xsl:text>
    <xsl:text>.it 1 an-trap&#10;.nr an-no-space-flag 1&#10;.nr an-break-flag 1&#10;.br&#10;</xsl:text>
    <xsl:text>.ps +1&#10;</xsl:text>
    <xsl:value-of select="f:bold(if (title) then f:inline-text(title) else f:gentext(local-name()))"/>
    <xsl:text>&#10;.ps -1&#10;.br&#10;</xsl:text>
    <xsl:apply-templates select="node() except title"/>
    <xsl:text>&#10;.sp .5v&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="blockquote">
    <xsl:text>&#10;.sp&#10;.RS 4&#10;</xsl:text>
    <xsl:apply-templates select="node() except attribution"/>
    <xsl:if test="attribution">
      <xsl:text>&#10;.sp&#10;\(em&#10;</xsl:text>
      <xsl:apply-templates select="attribution/node()"/>
    </xsl:if>
    <xsl:text>&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <!-- Formal objects: the bold title with its number, then the content -->
  <xsl:template match="example | figure">
    <xsl:call-template name="t:formal-title"/>
    <xsl:text>&#10;.RS 4&#10;</xsl:text>
    <xsl:apply-templates select="node() except (title | titleabbrev)"/>
    <xsl:text>&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <!-- "Example 1. Title" in bold, as DocBook XSL heads formal objects -->
  <xsl:template name="t:formal-title">
    <xsl:text>&#10;.PP&#10;</xsl:text>
    <xsl:variable name="number" select="f:number(.)"/>
    <xsl:value-of select="f:bold(f:roff-escape(
        if ($number != '') then f:gentext(local-name()) || '&#xA0;' || $number || '.&#xA0;' else '')
        || f:inline-text(title))"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="informalexample | informalfigure | mediaobject | sidebar | textobject">
    <xsl:apply-templates select="node() except (title | imageobject | imageobjectco)"/>
  </xsl:template>

  <xsl:template match="procedure">
    <xsl:if test="title">
      <xsl:text>&#10;.PP&#10;</xsl:text>
      <xsl:value-of select="f:bold(f:inline-text(title))"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:apply-templates select="node() except title"/>
  </xsl:template>

  <xsl:template match="step">
    <xsl:call-template name="t:numbered-item">
      <xsl:with-param name="label" select="count(preceding-sibling::step) + 1 || '.'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- PostgreSQL's stylesheet-man.xsl: a step's title runs into its text, with ": " -->
  <xsl:template match="step/title">
    <xsl:apply-templates/>
    <xsl:text>: </xsl:text>
  </xsl:template>

  <xsl:template match="substeps">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="bridgehead">
    <xsl:text>&#10;.PP&#10;</xsl:text>
    <xsl:value-of select="f:bold(f:inline-text(.))"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="remark">
    <xsl:if test="$v:show-remarks">
      <xsl:value-of select="f:italic(f:inline-text(.))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="indexterm | anchor | beginpage | imageobject | imageobjectco | alt"/>

</xsl:stylesheet>
