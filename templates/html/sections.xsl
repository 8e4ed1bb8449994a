<?xml version="1.0" encoding="UTF-8"?>
<!--
  Divisions with headings: set, book, part, reference, preface, chapter, appendix,
  article, sect1-sect5, section, simplesect, refsect1-3, refsynopsisdiv, bibliodiv,
  glossdiv, colophon, legalnotice, partintro; their title, subtitle, titleabbrev
  and *info children; and the title page of the book (bookinfo).
  Headings are numbered (f:title-prefix) and carry a "#" self-link when the
  division has an id. The heading level follows the depth below the page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:template match="set | book | part | reference | preface | chapter | appendix | article
      | sect1 | sect2 | sect3 | sect4 | sect5 | section | simplesect
      | refsect1 | refsect2 | refsect3 | refsynopsisdiv | bibliodiv | glossdiv | colophon | legalnotice">
    <xsl:param name="level" as="xs:integer" tunnel="yes" select="1"/>
    <section class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:call-template name="m:heading">
        <xsl:with-param name="level" select="$level"/>
      </xsl:call-template>
      <xsl:if test="self::book">
        <xsl:apply-templates select="bookinfo" mode="m:titlepage"/>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')])">
        <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:call-template name="m:toc"/>
    </section>
  </xsl:template>

  <xsl:template match="partintro">
    <div class="partintro">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates select="node() except title"/>
    </div>
  </xsl:template>

  <!-- A heading: number, title (with its inline markup), subtitle, self-link. -->
  <xsl:template name="m:heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="title" select="f:title-element(.)"/>
    <xsl:if test="exists($title) or f:title-prefix(.) != ''">
      <xsl:element name="h{min((6, $level))}">
        <xsl:value-of select="f:title-prefix(.)"/>
        <xsl:apply-templates select="$title/node()"/>
        <xsl:call-template name="m:self-link"/>
      </xsl:element>
      <xsl:for-each select="subtitle">
        <p class="subtitle"><xsl:apply-templates/></p>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="m:self-link">
    <xsl:if test="@id">
      <xsl:text> </xsl:text>
      <a class="self-link" href="#{f:anchor(.)}" aria-label="Link to this section">#</a>
    </xsl:if>
  </xsl:template>

  <!-- Titles are rendered by their parent's heading; wherever else they turn up, once. -->
  <xsl:template match="title | subtitle | titleabbrev"/>
  <xsl:template match="bookinfo | articleinfo | info | refsect1info | refsect2info | refsect3info
      | sect1info | sect2info | sect3info | sect4info | sect5info | sectioninfo | chapterinfo
      | appendixinfo | partinfo | prefaceinfo | referenceinfo | refentryinfo | setinfo | glossaryinfo
      | bibliographyinfo | indexinfo | objectinfo"/>

  <!-- The book's title page: authors, product and the legal notice link. -->
  <xsl:template match="bookinfo" mode="m:titlepage">
    <div class="titlepage">
      <xsl:for-each select="corpauthor | author | authorgroup/*">
        <p class="author"><xsl:value-of select="normalize-space(.)"/></p>
      </xsl:for-each>
      <xsl:for-each select="copyright">
        <p class="copyright">Copyright © <xsl:value-of select="string-join(year, ', ')"/>
          <xsl:text> </xsl:text><xsl:value-of select="string-join(holder, ', ')"/></p>
      </xsl:for-each>
      <xsl:for-each select="legalnotice">
        <p class="legalnotice-link"><a href="{f:link(.)}"><xsl:value-of
            select="(f:title(.)[. != ''], 'Legal Notice')[1]"/></a></p>
      </xsl:for-each>
    </div>
  </xsl:template>

</xsl:stylesheet>
