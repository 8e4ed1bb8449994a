<?xml version="1.0" encoding="UTF-8"?>
<!--
  A man page: refentry (in mode m:page: the header and .TH line, then the content),
  refmeta, refnamediv (the NAME section), refsynopsisdiv (SYNOPSIS), refsect1 (.SH,
  in capitals), refsect2 (.SS), refsect3 and refsection (a bold heading).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- What the .TH line says of every page, from the book's info: the source
       (productname and productnumber: "PostgreSQL 18.3"), the manual (the book's
       title) and the date (the info's date or pubdate, as written there). -->
  <xsl:variable name="v:book-info" as="element()?" select="/*/(bookinfo | info | setinfo)[1]"/>
  <xsl:variable name="v:man-source" as="xs:string"
      select="normalize-space(string-join(($v:book-info/productname, $v:book-info/productnumber), ' '))"/>
  <xsl:variable name="v:man-manual" as="xs:string" select="normalize-space($v:book-title)"/>
  <xsl:variable name="v:man-date" as="xs:string"
      select="normalize-space(($v:book-info/(date | pubdate), $v:book-info//date)[1])"/>
  <xsl:variable name="v:man-author" as="xs:string"
      select="normalize-space(($v:book-info/corpauthor, $v:book-info//corpauthor)[1])"/>

  <xsl:template match="refentry" mode="m:page">
    <xsl:variable name="body" as="xs:string">
      <xsl:value-of>
        <xsl:apply-templates select="refnamediv | refsynopsisdiv | refsect1 | refsection"/>
      </xsl:value-of>
    </xsl:variable>
    <xsl:variable name="title" select="normalize-space(string-join(
        (refmeta/refentrytitle, refnamediv/refname)[1]//text(), ''))"/>
    <!-- the first line asks man(1) to run tbl, for pages with tables -->
    <xsl:text>'\" t&#10;</xsl:text>
    <xsl:value-of select="'.\&quot;     Title: ' || $title || '&#10;'
        || '.\&quot;    Author: ' || $v:man-author || '&#10;'
        || '.\&quot; Generator: pgdocs&#10;'
        || '.\&quot;      Date: ' || $v:man-date || '&#10;'
        || '.\&quot;    Manual: ' || $v:man-manual || '&#10;'
        || '.\&quot;    Source: ' || $v:man-source || '&#10;'
        || '.\&quot;  Language: English&#10;.\&quot;&#10;'
        || '.TH ' || string-join((upper-case($title), f:man-section(.), $v:man-date, $v:man-source,
            $v:man-manual) ! f:roff-quoted(f:roff-escape(.)), ' ') || '&#10;'"/>
    <!-- \*(Aq: an apostrophe that groff prints as one (it would make a quote of ') -->
    <xsl:text>.ie \n(.g .ds Aq \(aq&#10;</xsl:text>
    <xsl:text>.el       .ds Aq '&#10;</xsl:text>
    <!-- no hyphenation, no justification: PostgreSQL's pages are read in terminals -->
    <xsl:text>.nh&#10;.ad l&#10;</xsl:text>
    <xsl:value-of select="f:roff-page($body)"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="refnamediv">
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="if (preceding-sibling::refnamediv) then '.br' else '.SH &quot;NAME&quot;'"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="string-join(refname ! f:roff-escape(f:man-name(.)), ', ')"/>
    <xsl:if test="refpurpose/node()">
      <xsl:variable name="purpose"><xsl:apply-templates select="refpurpose/node()"/></xsl:variable>
      <xsl:value-of select="' \- ' || normalize-space($purpose)"/>
    </xsl:if>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="refsynopsisdiv">
    <xsl:call-template name="t:section-heading">
      <xsl:with-param name="title" select="if (title) then f:inline-text(title) else 'Synopsis'"/>
    </xsl:call-template>
    <xsl:apply-templates select="node() except title"/>
  </xsl:template>

  <xsl:template match="refsect1 | refentry/refsection">
    <xsl:call-template name="t:section-heading">
      <xsl:with-param name="title" select="f:inline-text(f:title-element(.))"/>
    </xsl:call-template>
    <xsl:apply-templates select="node() except (title | subtitle | titleabbrev)"/>
  </xsl:template>

  <!-- .SH "TITLE": DocBook XSL's make.subheading puts the heading in capitals -->
  <xsl:template name="t:section-heading">
    <xsl:param name="title" as="xs:string"/>
    <xsl:value-of select="'&#10;.SH ' || f:roff-quoted(upper-case($title)) || '&#10;'"/>
  </xsl:template>

  <xsl:template match="refsect2 | refentry/refsection/refsection">
    <xsl:value-of select="'&#10;.SS ' || f:roff-quoted(f:inline-text(f:title-element(.))) || '&#10;'"/>
    <xsl:apply-templates select="node() except (title | subtitle | titleabbrev)"/>
  </xsl:template>

  <!-- deeper sections: a bold heading over their content, indented -->
  <xsl:template match="refsect3 | refsection">
    <xsl:text>&#10;.sp&#10;</xsl:text>
    <xsl:value-of select="f:bold(f:inline-text(f:title-element(.)))"/>
    <xsl:text>&#10;.RS 4&#10;</xsl:text>
    <xsl:apply-templates select="node() except (title | subtitle | titleabbrev)"/>
    <xsl:text>&#10;.RE&#10;</xsl:text>
  </xsl:template>

  <!-- The content of inline markup (a title, a term) as one line of escaped roff. -->
  <xsl:function name="f:inline-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text"><xsl:apply-templates select="$nodes/node()"/></xsl:variable>
    <xsl:sequence select="normalize-space($text)"/>
  </xsl:function>

  <xsl:template match="refmeta | refentryinfo | refsectioninfo | refsect1info | refsect2info | refsect3info"/>

</xsl:stylesheet>
