<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lookups into DocBook structures that HTML and PDF read alike: ids (the key "id"),
  CALS column specs (colspec, spanspec names), callout marks (co) and index terms
  (indexterm keys, sort forms and letter groups, which the HTML and the PDF index share;
  the section an index entry cites). Handles no elements itself.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:key name="id" match="*[@id]" use="@id"/>

  <!-- The colspec of column $i of a tgroup: by @colnum, else by position. -->
  <xsl:function name="f:colspec" visibility="public" as="element()?">
    <xsl:param name="specs" as="element()*"/>
    <xsl:param name="i" as="xs:integer"/>
    <xsl:sequence select="($specs[@colnum = $i], $specs[not(@colnum)][position() = $i])[1]"/>
  </xsl:function>

  <!-- The column number a colname stands for in a tgroup or entrytbl. -->
  <xsl:function name="f:column" visibility="public" as="xs:integer">
    <xsl:param name="group" as="element()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="spec" select="$group/colspec[@colname = $name]"/>
    <xsl:sequence select="if ($spec/@colnum) then xs:integer($spec/@colnum)
        else if ($spec) then count($spec/preceding-sibling::colspec) + 1 else 1"/>
  </xsl:function>

  <!-- A callout mark's number: its position among the marks of its listing. -->
  <xsl:function name="f:callout-number" visibility="public" as="xs:integer">
    <xsl:param name="co" as="element()"/>
    <xsl:variable name="listing" select="$co/ancestor::*[self::programlisting or self::screen
        or self::synopsis or self::literallayout][1]"/>
    <xsl:sequence select="count($listing/descendant::co[. &lt;&lt; $co]) + 1"/>
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

</xsl:stylesheet>
