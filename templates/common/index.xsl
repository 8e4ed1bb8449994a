<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index as every output builds it: which index terms it lists (f:index-terms, one
  notion of a term for all outputs), their grouping keys, sort forms and letter groups,
  how they group into entries and sub-entries (f:index-letter-groups, f:index-entries),
  the see and see-also of an entry (f:index-sees, f:index-see-alsos), and the division
  an entry cites (where a term stands, f:index-section and f:index-cited). Handles no
  DocBook elements itself: html/index.xsl and fo/index.xsl write the index and the
  terms' anchors.
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

  <!-- The index's letter groups of $terms, Symbols first, then A-Z: each
       map{'key': the group (f:index-group), 'terms': its terms in document order}. -->
  <xsl:function name="f:index-letter-groups" visibility="public" as="map(xs:string, item()*)*">
    <xsl:param name="terms" as="element(indexterm)*"/>
    <xsl:for-each-group select="$terms" group-by="f:index-group(f:index-key(primary))">
      <xsl:sort select="if (current-grouping-key() = 'Symbols') then '' else current-grouping-key()"
          collation="{$v:codepoint}"/>
      <xsl:sequence select="map {'key': current-grouping-key(), 'terms': current-group()}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The entries $terms make at a level ('primary', 'secondary' or 'tertiary'): the
       terms grouped by their key at that level (f:index-key), sorted by its sort form;
       each map{'key': the key, 'terms': its terms in document order}. -->
  <xsl:function name="f:index-entries" visibility="public" as="map(xs:string, item()*)*">
    <xsl:param name="terms" as="element(indexterm)*"/>
    <xsl:param name="level" as="xs:string"/>
    <xsl:for-each-group select="$terms" group-by="f:index-key(*[local-name() = $level])">
      <xsl:sort select="f:index-sort(current-grouping-key())" collation="{$v:codepoint}"/>
      <xsl:sequence select="map {'key': current-grouping-key(), 'terms': current-group()}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The level below $level ('secondary' below 'primary', 'tertiary' below
       'secondary'), or () below the last. -->
  <xsl:function name="f:index-sublevel" visibility="public" as="xs:string?">
    <xsl:param name="level" as="xs:string"/>
    <xsl:sequence select="map {'primary': 'secondary', 'secondary': 'tertiary'}($level)"/>
  </xsl:function>

  <!-- The terms of an entry that stop at its level (those with a term of the level below
       make sub-entries): they carry the entry's citations, see and see also. -->
  <xsl:function name="f:index-here" visibility="public" as="element(indexterm)*">
    <xsl:param name="terms" as="element(indexterm)*"/>
    <xsl:param name="level" as="xs:string"/>
    <xsl:variable name="sub" select="f:index-sublevel($level)"/>
    <xsl:sequence select="if ($sub) then $terms[not(*[local-name() = $sub])] else $terms"/>
  </xsl:function>

  <!-- The terms an entry cites: of the terms that stop at its level and are not only a
       "see", the first in each division (f:index-section); terms in one section are
       mostly on one page, and the HTML index links to the section. -->
  <xsl:function name="f:index-cited" visibility="public" as="element(indexterm)*">
    <xsl:param name="here" as="element(indexterm)*"/>
    <xsl:for-each-group select="$here[not(see)]" group-by="generate-id(f:index-section(.))">
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The see elements of an entry's terms, one per text, sorted. -->
  <xsl:function name="f:index-sees" visibility="public" as="element(see)*">
    <xsl:param name="here" as="element(indexterm)*"/>
    <xsl:sequence select="f:index-one-per-text($here/see)"/>
  </xsl:function>

  <!-- The seealso elements of an entry's terms, one per text, sorted. -->
  <xsl:function name="f:index-see-alsos" visibility="public" as="element(seealso)*">
    <xsl:param name="here" as="element(indexterm)*"/>
    <xsl:sequence select="f:index-one-per-text($here/seealso)"/>
  </xsl:function>

  <xsl:function name="f:index-one-per-text" as="element()*">
    <xsl:param name="elements" as="element()*"/>
    <xsl:if test="exists($elements)">
      <!-- most entries have no see and no see also, and grouping nothing costs all the same -->
      <xsl:for-each-group select="$elements" group-by="normalize-space(.)">
        <xsl:sort select="f:index-sort(current-grouping-key())" collation="{$v:codepoint}"/>
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
