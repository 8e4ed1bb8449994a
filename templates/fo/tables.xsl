<?xml version="1.0" encoding="UTF-8"?>
<!--
  CALS tables: table, informaltable, tgroup, colspec, spanspec, thead, tbody, tfoot,
  row, entry, entrytbl; and HTML-style tr, th, td. Columns are fixed-layout, from
  colwidth: proportional (2*) or absolute (10em); spans from namest/nameend,
  spanname and morerows. The header row repeats on every page. Paragraphs in entries of
  function and catalog tables hang as PostgreSQL's PDF sets them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <!-- a table inside an entry; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:entrytbl" on-no-match="text-only-copy"/>

  <xsl:template match="table | informaltable">
    <fo:block space-before="4pt" space-after="8pt"><xsl:call-template name="t:id"/>
      <xsl:if test="self::table">
        <fo:block font-family="{$v:heading-font}" font-size="9pt" font-weight="bold" space-after="3pt"
            keep-with-next.within-page="always">
          <xsl:if test="f:number(.) != ''"> <!-- an HTML-style table (a caption, no title) has none -->
            <xsl:value-of select="f:gentext('table') || ' ' || f:number(.) || '. '"/>
          </xsl:if>
          <xsl:apply-templates select="(title, caption)[1]/node()"/> <!-- an HTML-style table's caption is its title -->
        </fo:block>
      </xsl:if>
      <xsl:apply-templates select="tgroup"/>
      <xsl:if test="not(tgroup)">
        <xsl:call-template name="t:html-table"/>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- An HTML-style table (DocBook 4.5's other table model: tr, td, th, in thead, tbody,
       tfoot or straight in the table): as many equal columns as its widest row spans. -->
  <xsl:template name="t:html-table">
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="8.5pt"
        text-align="start" hyphenate="false">
      <xsl:variable name="columns" select="max((1, .//tr ! sum((td | th) ! xs:integer((@colspan[. castable as xs:integer], 1)[1]))))"/>
      <xsl:for-each select="1 to $columns">
        <fo:table-column column-number="{.}" column-width="proportional-column-width(1)"/>
      </xsl:for-each>
      <xsl:apply-templates select="thead"/>
      <xsl:apply-templates select="tfoot"/>
      <xsl:apply-templates select="tbody"/>
      <xsl:if test="tr">
        <fo:table-body><xsl:apply-templates select="tr"/></fo:table-body>
      </xsl:if>
    </fo:table>
  </xsl:template>

  <xsl:template match="tgroup | entrytbl" mode="#default m:entrytbl">
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="8.5pt"
        text-align="start" hyphenate="false">
      <xsl:variable name="specs" select="colspec"/>
      <xsl:for-each select="1 to xs:integer(@cols)">
        <xsl:variable name="w" select="normalize-space(f:colspec($specs, .)/@colwidth)"/>
        <fo:table-column column-number="{.}" column-width="{
            if ($w = '' or $w = '*') then 'proportional-column-width(1)'
            else if (matches($w, '^[0-9.]+\*$')) then 'proportional-column-width(' || substring-before($w, '*') || ')'
            else if (matches($w, '^[0-9.]+$')) then 'proportional-column-width(' || $w || ')'
            else $w}"/>
      </xsl:for-each>
      <xsl:apply-templates select="thead"/>
      <xsl:apply-templates select="tfoot"/>
      <xsl:apply-templates select="tbody"/>
    </fo:table>
  </xsl:template>

  <xsl:template match="thead">
    <fo:table-header font-weight="bold" background-color="#eef1f4"><xsl:apply-templates select="row | tr"/></fo:table-header>
  </xsl:template>
  <xsl:template match="tfoot">
    <fo:table-footer><xsl:apply-templates select="row | tr"/></fo:table-footer>
  </xsl:template>
  <xsl:template match="tbody">
    <fo:table-body><xsl:apply-templates select="row | tr"/></fo:table-body>
  </xsl:template>

  <xsl:template match="row">
    <fo:table-row keep-together.within-page="auto"><xsl:apply-templates select="entry | entrytbl"/></fo:table-row>
  </xsl:template>

  <xsl:template match="entry | entrytbl">
    <xsl:variable name="group" select="(ancestor::entrytbl[not(. is current())][1], ancestor::tgroup[1])[1]"/>
    <xsl:variable name="span" select="if (@spanname) then $group/spanspec[@spanname = current()/@spanname] else ."/>
    <xsl:variable name="colspan" select="if ($span/@namest and $span/@nameend)
        then f:column($group, $span/@nameend) - f:column($group, $span/@namest) + 1 else 1"/>
    <fo:table-cell border="0.5pt solid #999999" padding="2pt 3pt" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <xsl:if test="$colspan gt 1">
        <xsl:attribute name="number-columns-spanned" select="$colspan"/>
      </xsl:if>
      <xsl:if test="@morerows and xs:integer(@morerows) gt 0">
        <xsl:attribute name="number-rows-spanned" select="xs:integer(@morerows) + 1"/>
      </xsl:if>
      <xsl:variable name="align" select="(@align, $span/@align)[1]"/>
      <fo:block>
        <xsl:if test="$align = ('left', 'right', 'center', 'justify')">
          <xsl:attribute name="text-align" select="if ($align = 'left') then 'start' else if ($align = 'right') then 'end' else $align"/>
        </xsl:if>
        <!-- FOP places no id of a table's body or row: theirs go on the text of its first cell -->
        <xsl:if test="not(preceding-sibling::*)">
          <xsl:for-each select="parent::row[not(preceding-sibling::row)]/parent::*, parent::row">
            <xsl:call-template name="t:anchor"/>
          </xsl:for-each>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="self::entrytbl"><xsl:apply-templates select="." mode="m:entrytbl"/></xsl:when>
          <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template match="colspec | spanspec"/>

  <!-- Entries of PostgreSQL's function and catalog tables (role func_table_entry,
       catalog_table_entry), as its stylesheet-fo.xsl sets them: each paragraph indented,
       the signature or column definition hanging out of it. -->
  <xsl:template match="entry[@role = ('func_table_entry', 'catalog_table_entry')]/para" priority="2">
    <fo:block margin-left="4em" text-align="left" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <xsl:if test="@role = ('func_signature', 'column_definition')">
        <xsl:attribute name="text-indent">-3.5em</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>


  <xsl:template match="tr"><fo:table-row><xsl:apply-templates select="td | th"/></fo:table-row></xsl:template>
  <xsl:template match="td | th">
    <fo:table-cell border="0.5pt solid #999999" padding="2pt 3pt" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <xsl:if test="xs:integer((@colspan[. castable as xs:integer], 1)[1]) gt 1">
        <xsl:attribute name="number-columns-spanned" select="xs:integer(@colspan)"/>
      </xsl:if>
      <xsl:if test="xs:integer((@rowspan[. castable as xs:integer], 1)[1]) gt 1">
        <xsl:attribute name="number-rows-spanned" select="xs:integer(@rowspan)"/>
      </xsl:if>
      <xsl:if test="self::th"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <fo:block><xsl:for-each select="parent::tr[not(current()/preceding-sibling::*)]"><xsl:call-template name="t:anchor"/></xsl:for-each><xsl:apply-templates/></fo:block>
    </fo:table-cell>
  </xsl:template>

</xsl:stylesheet>
