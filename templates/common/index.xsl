<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index as every output builds it: which index terms it lists (f:index-terms, one
  notion of a term for all outputs), their grouping keys, sort forms and letter groups,
  and the division an entry cites (where a term stands). Handles no DocBook elements
  itself: html/index.xsl and fo/index.xsl write the index and the terms' anchors.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- Whether the index lists a term: one with a primary, not the end of a range (its
       start stands for the range) and not inside an index itself. -->
  <xsl:function name="f:is-index-entry" visibility="public" as="xs:boolean">
    <xsl:param name="term" as="element(indexterm)"/>
    <xsl:sequence select="exists($term/primary) and not($term/@class = 'endofrange')
        and empty($term/(ancestor::index | ancestor::setindex))"/>
  </xsl:function>

  <!-- Every term the index lists, in document order. -->
  <xsl:function name="f:index-terms" visibility="public" as="element(indexterm)*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="$root//indexterm[f:is-index-entry(.)]"/>
  </xsl:function>

  <!-- The index's grouping key of a term (primary, secondary or tertiary), as DocBook XSL
       keys entries (&primary; etc. in autoidx.xsl): sortas, a space, the text, normalized.
       Terms with equal keys are one entry. -->
  <xsl:function name="f:index-key" visibility="public" as="xs:string">
    <xsl:param name="term" as="element()?"/>
    <xsl:sequence select="normalize-space(concat($term/@sortas, ' ', string($term)))"/>
  </xsl:function>

  <!-- The sort form of an index key: upper case without accents (DocBook XSL translates
       its list of Latin letters to their plain capitals); entries sort by it in code point
       order ($v:codepoint), as xsltproc sorts them. -->
  <xsl:function name="f:index-sort" visibility="public" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="upper-case(replace(normalize-unicode($key, 'NFD'), '\p{Mn}', ''))"/>
  </xsl:function>

  <xsl:variable name="v:codepoint" as="xs:string"
      select="'http://www.w3.org/2005/xpath-functions/collation/codepoint'"/>

  <!-- Where the index sends a reader for an index term: the division or section it is
       in (DocBook XSL's &section; with index.links.to.section = 1); the index links to
       it (f:href) and names it by its title (f:title), not to the term itself. -->
  <xsl:function name="f:index-section" visibility="public" as="element()">
    <xsl:param name="term" as="element()"/>
    <xsl:sequence select="$term/ancestor-or-self::*[self::set or self::book or self::part
        or self::reference or self::partintro or self::chapter or self::appendix or self::preface
        or self::article or self::section or self::sect1 or self::sect2 or self::sect3
        or self::sect4 or self::sect5 or self::refentry or self::refsect1 or self::refsect2
        or self::refsect3 or self::simplesect or self::bibliography or self::glossary
        or self::index or self::topic][1]"/>
  </xsl:function>

  <!-- The letter group of a primary key: A-Z (of its sort form), else "Symbols", which
       comes first. -->
  <xsl:function name="f:index-group" visibility="public" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="first" select="f:index-sort(substring($key, 1, 1))"/>
    <xsl:sequence select="if (matches($first, '^[A-Z]$')) then $first else 'Symbols'"/>
  </xsl:function>

  <!-- The heading of a letter group: the letter, or the word for symbols (the key
       'Symbols' stays the same in every language: HTML's anchors use it). -->
  <xsl:function name="f:index-group-title" visibility="public" as="xs:string">
    <xsl:param name="group" as="xs:string"/>
    <xsl:sequence select="if ($group = 'Symbols') then f:gentext('index-symbols') else $group"/>
  </xsl:function>

</xsl:stylesheet>
