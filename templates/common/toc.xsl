<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a table of contents lists, for HTML and PDF alike (DocBook XSL 1.79's autotoc.xsl,
  html and fo, with PostgreSQL's toc.section.depth 2): which divisions an entry lists
  below itself, how deep a section is, whether an entry opens its own entries, and
  what an entry says ("I. Tutorial", "1. Getting Started", "48.1. Background Worker …":
  the label, ". ", the titleabbrev or title; a reference page by its title). Only
  toc.max.depth differs between the formats (HTML 2, PDF 3): each passes its own.
  Handles no DocBook elements by itself.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- toc.section.depth of PostgreSQL's stylesheet-common.xsl. -->
  <xsl:variable name="v:toc-section-depth" as="xs:integer" select="2"/>

  <!-- The entries a division lists below itself (autotoc.xsl's "toc" mode node sets;
       simplesect and bridgehead are not listed: simplesect.in.toc and
       bridgehead.in.toc are 0). -->
  <xsl:function name="f:toc-children" visibility="public" as="element()*">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:sequence select="
        if ($name = ('set')) then $node/(book | set | setindex | article)
        else if ($name = ('book', 'part', 'reference')) then $node/(part | reference | preface | chapter
            | appendix | article | bibliography | glossary | index | refentry)
        else if ($name = ('preface', 'chapter', 'appendix', 'article')) then $node/(section | sect1
            | refentry | glossary | bibliography | index | article[$name != 'article'] | appendix[$name = 'article'])
        else if ($name = 'sect1') then $node/(sect2 | refentry)
        else if ($name = 'sect2') then $node/sect3
        else if ($name = 'sect3') then $node/sect4
        else if ($name = 'sect4') then $node/sect5
        else if ($name = 'section') then $node/(section | refentry)
        else ()"/>
  </xsl:function>

  <!-- DocBook XSL's depth of a section in subtoc (0 for components and divisions). -->
  <xsl:function name="f:toc-depth" visibility="public" as="xs:integer">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:sequence select="
        if ($name = 'section') then count($node/ancestor::section) + 1
        else if (matches($name, '^sect[1-5]$')) then xs:integer(substring($name, 5))
        else 0"/>
  </xsl:function>

  <!-- Whether an entry of the table of contents of $context lists its own entries
       below it: it has some, it is within toc.section.depth (sets, books and parts
       always are) and within $max-depth (toc.max.depth) levels of $context. -->
  <xsl:function name="f:toc-opens" visibility="public" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="context" as="element()"/>
    <xsl:param name="max-depth" as="xs:integer"/>
    <xsl:sequence select="exists(f:toc-children($node))
        and ($node/(self::set or self::book or self::part) or $v:toc-section-depth gt f:toc-depth($node))
        and $max-depth gt count($node/ancestor::*) - count($context/ancestor::*)"/>
  </xsl:function>

  <!-- What goes before an entry's title: its label and ". " ("I. ", "1. ", "48.1. ",
       "A. "), "" for unnumbered ones (autotoc.label.separator). -->
  <xsl:function name="f:toc-label" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="label" select="f:number($node)"/>
    <xsl:sequence select="if ($label != '') then $label || '. ' else ''"/>
  </xsl:function>

  <!-- The element whose content an entry shows: titleabbrev, else the title (a
       reference page's refentrytitle); empty for untitled indexes, glossaries and
       bibliographies, which show their generated word. -->
  <xsl:function name="f:toc-title-element" visibility="public" as="element()?">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="($node/titleabbrev, $node/*[ends-with(local-name(), 'info')]/titleabbrev,
        $node/refmeta/refentrytitle, f:title-element($node))[1]"/>
  </xsl:function>

</xsl:stylesheet>
