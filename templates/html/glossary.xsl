<?xml version="1.0" encoding="UTF-8"?>
<!--
  Glossaries as DocBook XSL writes them (xhtml/glossary.xsl): glossary (a division
  with its entries in a dl), glossdiv, glossentry (dt > span.glossterm, " (acronym)"
  as glossentry.show.acronym "yes" shows it; PostgreSQL 14's entries have no acronyms),
  glossterm and acronym (in an entry), glossdef (dd.glossdef, "See Also X, Y."),
  glosssee (dd > p "See X."), glossseealso; glosslist is in lists.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <!-- A glossary: div.glossary with its title page and the entries in a dl; glossdiv
       (sections.xsl) the same within. -->
  <xsl:template match="glossary">
    <div class="glossary" id="{f:object-id(.)}">
      <xsl:call-template name="t:titlepage"/>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | glossentry | glossaryinfo | info)"/>
      <xsl:if test="glossentry">
        <dl><xsl:apply-templates select="glossentry"/></dl>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template match="glossdiv" priority="2">
    <div class="glossdiv" id="{f:object-id(.)}">
      <xsl:if test="title">
        <h3 class="title"><xsl:apply-templates select="title/node()"/></h3>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | glossentry)"/>
      <dl><xsl:apply-templates select="glossentry"/></dl>
    </div>
  </xsl:template>

  <!-- An entry: dt with the term (span.glossterm), its acronym in parentheses, its
       index terms; then a dd.glossdef per definition, or a dd with "See X." -->
  <xsl:template match="glossentry">
    <dt>
      <xsl:if test="@id">
        <xsl:attribute name="id" select="f:object-id(.)"/>
      </xsl:if>
      <xsl:for-each select="glossterm">
        <span class="glossterm"><xsl:apply-templates/></span>
        <xsl:if test="following-sibling::glossterm">, </xsl:if>
      </xsl:for-each>
      <xsl:if test="acronym | abbrev">
        <xsl:text> (</xsl:text>
        <xsl:apply-templates select="acronym | abbrev"/>
        <xsl:text>)</xsl:text>
      </xsl:if>
      <xsl:apply-templates select="indexterm"/>
    </dt>
    <xsl:apply-templates select="glosssee | glossdef"/>
  </xsl:template>

  <xsl:template match="glossdef">
    <dd class="glossdef">
      <xsl:if test="@id">
        <xsl:attribute name="id" select="f:object-id(.)"/>
      </xsl:if>
      <xsl:apply-templates select="* except glossseealso"/>
      <xsl:if test="glossseealso">
        <p>
          <xsl:value-of select="f:gentext('glossseealso') || ' '"/>
          <xsl:for-each select="glossseealso">
            <xsl:if test="position() gt 1">, </xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
    </dd>
  </xsl:template>

  <xsl:template match="glosssee">
    <dd>
      <p>
        <xsl:value-of select="f:gentext('glosssee') || ' '"/>
        <xsl:call-template name="t:gloss-reference"/>
        <xsl:text>.</xsl:text>
      </p>
    </dd>
  </xsl:template>

  <xsl:template match="glossseealso">
    <xsl:call-template name="t:gloss-reference"/>
  </xsl:template>

  <!-- The term a glosssee or glossseealso points to (@otherterm): a link with the
       target's term, class glosssee or glossseealso; its own text when it names none. -->
  <xsl:template name="t:gloss-reference">
    <xsl:variable name="target" select="key('id', @otherterm)[1]"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a class="{local-name()}" href="{f:division-link($target)}">
          <xsl:if test="@id">
            <xsl:attribute name="id" select="f:object-id(.)"/>
          </xsl:if>
          <xsl:value-of select="f:xref-text($target)"/>
        </a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
