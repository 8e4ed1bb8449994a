<?xml version="1.0" encoding="UTF-8"?>
<!--
  Divisions: part, reference, preface, chapter, appendix, article, sect1-sect5,
  section, simplesect, refsect1-3, refsynopsisdiv, bibliodiv, glossdiv, colophon,
  partintro, legalnotice (title page); their title, subtitle, titleabbrev and
  *info children. Parts and components start a new page and set the running
  header; headings shrink with depth and are tagged H1-H6.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- A part's own page: its title and introduction; its chapters have their own. -->
  <xsl:template match="part | reference">
    <fo:block id="{f:fo-id(.)}">
      <xsl:call-template name="t:heading">
        <xsl:with-param name="level" select="1"/>
      </xsl:call-template>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')]
          | *[local-name() = $v:sequence-elements])">
        <xsl:with-param name="level" select="2" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="preface | chapter | appendix | article | glossary | bibliography | colophon">
    <fo:block id="{f:fo-id(.)}">
      <xsl:call-template name="t:heading">
        <xsl:with-param name="level" select="1"/>
      </xsl:call-template>
      <xsl:if test="self::preface or self::chapter or self::appendix or self::article">
        <xsl:call-template name="t:component-toc"/>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')])">
        <xsl:with-param name="level" select="2" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="sect1 | sect2 | sect3 | sect4 | sect5 | section | simplesect | refsect1 | refsect2
      | refsect3 | refsynopsisdiv | bibliodiv | glossdiv">
    <xsl:param name="level" as="xs:integer" tunnel="yes" select="2"/>
    <fo:block id="{f:fo-id(.)}">
      <xsl:call-template name="t:heading">
        <xsl:with-param name="level" select="$level"/>
      </xsl:call-template>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')])">
        <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="refsynopsisdiv[not(title)]" priority="2">
    <xsl:param name="level" as="xs:integer" tunnel="yes" select="2"/>
    <fo:block id="{f:fo-id(.)}">
      <xsl:call-template name="t:heading-text">
        <xsl:with-param name="level" select="$level"/>
        <xsl:with-param name="text"><xsl:value-of select="f:gentext('synopsis-heading')"/></xsl:with-param>
      </xsl:call-template>
      <xsl:apply-templates>
        <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="partintro">
    <fo:block id="{f:fo-id(.)}"><xsl:apply-templates select="node() except title"/></fo:block>
  </xsl:template>

  <xsl:template name="t:heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:call-template name="t:heading-text">
      <xsl:with-param name="level" select="$level"/>
      <xsl:with-param name="text">
        <xsl:value-of select="f:object-label(.)"/>
        <xsl:apply-templates select="f:title-element(.)/node()"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="t:heading-text">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="text" as="node()*"/>
    <fo:block font-family="{$v:heading-font}" font-weight="bold" text-align="start" role="H{min((6, $level))}"
        keep-with-next.within-page="always" hyphenate="false"
        font-size="{('20pt', '15pt', '12.5pt', '11pt', '10pt', '10pt')[min((6, $level))]}"
        space-before="{('0pt', '12pt', '10pt', '8pt', '6pt', '6pt')[min((6, $level))]}"
        space-after="{('12pt', '6pt', '5pt', '4pt', '3pt', '3pt')[min((6, $level))]}">
      <xsl:sequence select="$text"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="title | subtitle | titleabbrev"/>
  <xsl:template match="bookinfo | articleinfo | info | refsect1info | refsect2info | refsect3info
      | sect1info | sect2info | sect3info | sect4info | sect5info | sectioninfo | chapterinfo
      | appendixinfo | partinfo | prefaceinfo | referenceinfo | refentryinfo | setinfo | glossaryinfo
      | bibliographyinfo | indexinfo | objectinfo | legalnotice"/>

</xsl:stylesheet>
