<?xml version="1.0" encoding="UTF-8"?>
<!--
  Reference pages: refentry, refmeta, refmiscinfo, refnamediv, refname,
  refpurpose, refclass, refdescriptor, refsynopsisdiv, refsect1, refsect2, refsect3,
  refsection. As DocBook XSL 1.79 (xhtml/refentry.xsl) writes them with PostgreSQL's
  refentry.generate.name 0 and refentry.generate.title 1:
    div.refentry#ID > div.titlepage (empty: a refentry has no title of its own),
    div.refnamediv > h2 > span.refentrytitle, p "name, name — purpose",
    div.refsynopsisdiv > h2 "Synopsis", div.refsect1#ID > h2, refsect2 h3, refsect3 h4.
  No "Name" heading: PostgreSQL's manual heads the name block with the page's title.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="refentry">
    <div class="refentry" id="{f:object-id(.)}">
      <div class="titlepage"></div>
      <xsl:apply-templates select="node() except (refmeta | refentryinfo | info)"/>
    </div>
  </xsl:template>

  <!-- refmeta only names the page (its refentrytitle heads the refnamediv) and the
       manual section, which PostgreSQL's HTML does not show (refentry.xref.manvolnum 0). -->
  <xsl:template match="refmeta | refmiscinfo"/>
  <!-- A refclass is shown in bold, with its role (refclass.suppress is 0). -->
  <xsl:template match="refclass">
    <strong>
      <xsl:if test="@role"><xsl:value-of select="@role"/>: </xsl:if>
      <xsl:apply-templates/>
    </strong>
  </xsl:template>

  <xsl:template match="refnamediv">
    <div class="refnamediv">
      <xsl:if test="@id">
        <xsl:attribute name="id" select="f:object-id(.)"/>
      </xsl:if>
      <!-- only the first refnamediv gets a title -->
      <xsl:if test="not(preceding-sibling::refnamediv)">
        <h2>
          <xsl:choose>
            <xsl:when test="../refmeta/refentrytitle">
              <span class="refentrytitle"><xsl:apply-templates select="../refmeta/refentrytitle/node()"/></span>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates select="refname[1]/node()"/>
            </xsl:otherwise>
          </xsl:choose>
        </h2>
      </xsl:if>
      <p><xsl:apply-templates/></p>
    </div>
  </xsl:template>

  <!-- The names, separated by commas; a refdescriptor replaces the names after it. -->
  <xsl:template match="refname">
    <xsl:if test="not(preceding-sibling::refdescriptor)">
      <xsl:apply-templates/>
      <xsl:if test="following-sibling::refname">, </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template match="refdescriptor">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="refpurpose">
    <xsl:if test="node()">
      <xsl:text> — </xsl:text>
      <xsl:apply-templates/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="refsynopsisdiv">
    <div class="refsynopsisdiv">
      <xsl:if test="@id">
        <xsl:attribute name="id" select="f:object-id(.)"/>
      </xsl:if>
      <h2>
        <xsl:choose>
          <xsl:when test="title">
            <xsl:apply-templates select="title/node()"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext('synopsis-heading')"/></xsl:otherwise>
        </xsl:choose>
      </h2>
      <xsl:apply-templates select="node() except (title | refsynopsisdivinfo | info)"/>
    </div>
  </xsl:template>

  <!-- refsect1 h2, refsect2 h3, refsect3 h4; refsection by nesting (one more inside
       the synopsis). -->
  <xsl:template match="refsect1 | refsect2 | refsect3 | refsection">
    <xsl:variable name="level" as="xs:integer" select="
        if (self::refsection) then min((6, count(ancestor-or-self::refsection) + 1
            + count(ancestor::refsynopsisdiv)))
        else xs:integer(substring(local-name(), 8)) + 1"/>
    <div class="{local-name()}" id="{f:object-id(.)}">
      <xsl:for-each select="(title, *[ends-with(local-name(), 'info')]/title)[1]">
        <xsl:element name="h{$level}"><xsl:apply-templates/></xsl:element>
      </xsl:for-each>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')])"/>
    </div>
  </xsl:template>

</xsl:stylesheet>
