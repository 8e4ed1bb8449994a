<?xml version="1.0" encoding="UTF-8"?>
<!--
  Glossaries: glossary (a division, see sections.xsl, with its entries in a dl),
  glossentry, glossterm (in an entry), acronym (in an entry), glossdef,
  glosssee, glossseealso.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <!-- A glossary: div.glossary with its title page and the entries in a dl; glossdiv
       (sections.xsl) the same within. -->
  <xsl:template match="glossary">
    <div class="glossary" id="{f:object-id(.)}">
      <xsl:call-template name="m:titlepage"/>
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

  <xsl:template match="glossentry">
    <dt>
      <xsl:call-template name="f:id"/>
      <dfn class="glossterm"><xsl:apply-templates select="glossterm/node()"/></dfn>
      <xsl:if test="acronym | abbrev">
        <xsl:text> (</xsl:text><xsl:apply-templates select="(acronym | abbrev)[1]"/><xsl:text>)</xsl:text>
      </xsl:if>
      <xsl:call-template name="m:self-link"/>
    </dt>
    <dd>
      <xsl:apply-templates select="glossdef | glosssee"/>
    </dd>
  </xsl:template>

  <xsl:template match="glossdef">
    <xsl:apply-templates select="node() except glossseealso"/>
    <xsl:if test="glossseealso">
      <p class="glossseealso">See also
        <xsl:for-each select="glossseealso">
          <xsl:if test="position() gt 1">, </xsl:if>
          <xsl:apply-templates select="."/>
        </xsl:for-each>.</p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="glosssee | glossseealso">
    <xsl:variable name="target" select="key('id', @otherterm)[1]"/>
    <xsl:if test="self::glosssee">See </xsl:if>
    <xsl:choose>
      <xsl:when test="$target">
        <a href="{f:link($target)}"><xsl:value-of select="f:title($target)"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="self::glosssee">.</xsl:if>
  </xsl:template>

</xsl:stylesheet>
