<?xml version="1.0" encoding="UTF-8"?>
<!--
  Titles and cross-reference text: the one place that decides what a link to an
  element says. Reads title, bookinfo/title, info/title, refmeta/refentrytitle,
  refnamediv/refname, varlistentry/term, glossentry/glossterm and @xreflabel.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- Elements whose cross-reference text is "<Word> <number>", e.g. "Section 48.2". -->
  <xsl:variable name="v:numbered-xref" as="xs:string+"
      select="('part', 'chapter', 'appendix', 'sect1', 'sect2', 'sect3', 'sect4', 'sect5',
               'section', 'table', 'figure', 'example', 'equation')"/>

  <!-- The title element of an element, wherever DocBook 4 lets it be written. -->
  <xsl:function name="f:title-element" visibility="public" as="element()?">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="(
        $node/title,
        $node/*[ends-with(local-name(), 'info')]/title,
        $node/refmeta/refentrytitle,
        $node/refnamediv/refname,
        $node/self::varlistentry/term,
        $node/self::glossentry/glossterm
      )[1]"/>
  </xsl:function>

  <!-- The plain text of an element's title, whitespace normalized; "" when it has none. -->
  <xsl:function name="f:title" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="normalize-space(string(f:title-element($node)))"/>
  </xsl:function>

  <!-- What goes before a title in headings and tables of contents: "Chapter 48. ",
       "Part II. ", "Appendix A. ", "48.1. ", "I. " (references), "" for the rest. -->
  <xsl:function name="f:title-prefix" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:variable name="number" select="f:number($node)"/>
    <xsl:sequence select="
        if ($number = '') then ''
        else if ($name = ('chapter', 'appendix', 'part')) then f:gentext($name) || ' ' || $number || '. '
        else $number || '. '"/>
  </xsl:function>

  <!-- The text a link to the element gets: its xreflabel; else the kind and number of
       numbered elements; [abbrev] for bibliography entries; the number of a step or
       an ordered list item; else its title. "" means DocBook tools would print "???". -->
  <xsl:function name="f:xref-text" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="label" select="normalize-space($node/@xreflabel)"/>
    <xsl:variable name="number" select="if (local-name($node) = $v:numbered-xref) then f:number($node) else ''"/>
    <xsl:variable name="word" select="f:gentext(
        if (local-name($node) = ('sect1', 'sect2', 'sect3', 'sect4', 'sect5')) then 'section'
        else local-name($node))"/>
    <xsl:sequence select="
        if ($label != '') then $label
        else if ($number != '' and $word != '') then $word || ' ' || $number
        else if ($node/self::biblioentry or $node/self::bibliomixed)
          then '[' || ($node/*[1]/self::abbrev, $node/@id)[1] || ']'
        else if ($node/self::step) then 'step ' || f:step-number($node)
        else if ($node/self::listitem/parent::orderedlist)
          then string(count($node/preceding-sibling::listitem) + 1)
        else f:title($node)"/>
  </xsl:function>

  <!-- A step's number in its procedure: 3, or 3.b for a substep. -->
  <xsl:function name="f:step-number" visibility="public" as="xs:string">
    <xsl:param name="step" as="element(step)"/>
    <xsl:variable name="position" select="count($step/preceding-sibling::step) + 1"/>
    <xsl:variable name="parent" select="$step/parent::substeps/parent::step"/>
    <xsl:sequence select="if ($parent)
        then f:step-number($parent) || '.' || format-integer($position, 'a')
        else string($position)"/>
  </xsl:function>

</xsl:stylesheet>
