<?xml version="1.0" encoding="UTF-8"?>
<!--
  Cross-references: xref, link, ulink, olink. A reference to a refentry names its man
  page as PostgreSQL's stylesheet-man.xsl does: "\fBpsql\fR(1)", or for a command whose
  name has a space "CREATE DATABASE (\fBCREATE_DATABASE\fR(7))", in the section the page
  is written to (option man-sql-section). Other targets read as their cross-reference text
  (common/titles.xsl: "Chapter 25", "Section 23.3.1"); link and ulink keep their text,
  ulink in blue where the terminal has colour (DocBook XSL's \m[blue]).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="xref">
    <xsl:variable name="target" select="f:link-target(.)"/>
    <xsl:variable name="external" select="if ($target) then () else f:link-external(.)"/>
    <xsl:choose>
      <xsl:when test="$target/self::refentry and not(@endterm)">
        <xsl:call-template name="t:refentry-reference">
          <xsl:with-param name="refentry" select="$target"/>
        </xsl:call-template>
      </xsl:when>
      <!-- a section of a man page is named as its heading reads there, in capitals -->
      <xsl:when test="$target/(self::refsect1 | self::refsynopsisdiv) and not(@endterm or $target/@xreflabel)">
        <xsl:value-of select="f:roff-escape(f:gentext('section-called') || ' &#x201C;'
            || upper-case(f:title($target)) || '&#x201D;')"/>
      </xsl:when>
      <xsl:when test="$target">
        <xsl:call-template name="t:xref-content">
          <!-- the generated words are text for roff too -->
          <xsl:with-param name="parts" select="f:xref-content(., $target)
              ! (if (. instance of node()) then . else f:roff-escape(string(.)))"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="exists($external)">
        <xsl:value-of select="f:roff-text($external?text)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="f:roff-text(f:broken-link-text(.))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:refentry-reference">
    <xsl:param name="refentry" as="element(refentry)"/>
    <xsl:variable name="section" select="if (normalize-space($refentry/refmeta/manvolnum) != '')
        then '(' || f:man-section($refentry) || ')' else ''"/>
    <xsl:variable name="name" select="$refentry/refnamediv/refname[1]"/>
    <xsl:choose>
      <xsl:when test="contains($name, ' ')">
        <xsl:apply-templates select="$name/node()"/>
        <xsl:value-of select="' (' || f:bold(f:roff-escape(translate(normalize-space($name), ' ', '_')))
            || $section || ')'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="f:bold(f:inline-text(($refentry/refmeta/refentrytitle, $name)[1]))
            || $section"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- link: its text, or the target's cross-reference text when it has none -->
  <xsl:template match="link">
    <xsl:choose>
      <xsl:when test="normalize-space(.) != '' or *">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="target" select="f:link-target(.)"/>
        <xsl:call-template name="t:xref-content">
          <xsl:with-param name="parts" select="if ($target) then f:xref-parts($target) else ()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="ulink | olink">
    <xsl:choose>
      <xsl:when test="normalize-space(.) = '' and @url">
        <xsl:value-of select="'\m[blue]' || f:bold(f:roff-text(@url)) || '\m[]'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="'\m[blue]' || f:bold(f:inline-text(.)) || '\m[]'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
