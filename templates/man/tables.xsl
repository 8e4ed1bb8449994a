<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tables for tbl(1): table, informaltable, tgroup, thead, tbody, tfoot, row, entry,
  colspec, spanspec, and the footnotes of a table after it. Each row gets a format line
  of its own ("lB" in the head, "l" in the body, "s" for columns an entry spans, "^" for
  those an entry from a row above still covers); each entry is a text block, T{ T}.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="table | informaltable">
    <xsl:if test="title">
      <!-- DocBook XSL sets an input trap (.it 1 an-trap) here; mandoc then warns of a
           paragraph macro after the table, so the title is a plain bold line -->
      <xsl:text>&#10;.sp&#10;</xsl:text>
      <xsl:variable name="number" select="f:number(.)"/>
      <xsl:value-of select="'.B ' || f:roff-escape((if ($number != '') then f:gentext('table') || '&#xA0;'
          || $number || '.&#xA0;' else '')) || f:inline-text(title) || '&#10;'"/>
    </xsl:if>
    <xsl:apply-templates select="tgroup"/>
    <xsl:call-template name="t:footnotes">
      <xsl:with-param name="scope" select="."/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tgroup">
    <xsl:variable name="cols" select="xs:integer((@cols[. castable as xs:integer], max(.//row ! count(entry)))[1])"/>
    <xsl:variable name="rows" select="(thead/row, tbody/row, tfoot/row)"/>
    <xsl:variable name="cells" as="array(map(*))*">
      <xsl:iterate select="$rows">
        <xsl:param name="covered" as="map(xs:integer, xs:integer)" select="map {}"/>
        <xsl:variable name="row" select="f:tbl-row(., $cols, $covered)"/>
        <xsl:sequence select="$row"/>
        <xsl:next-iteration>
          <xsl:with-param name="covered" select="map:merge((
              map:keys($covered)[$covered(.) gt 1] ! map { .: $covered(.) - 1 },
              array:flatten($row)[?rows gt 0] ! (for $c in ?from to ?to return map { $c: ?rows })))"
              xmlns:map="http://www.w3.org/2005/xpath-functions/map"
              xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:text>&#10;.TS&#10;allbox tab(:);&#10;</xsl:text>
    <xsl:for-each select="$cells">
      <xsl:variable name="i" select="position()"/>
      <xsl:value-of select="string-join(array:flatten(.) ! (
          (if (?kind = 'entry') then 'l' || (if ($rows[$i]/parent::thead) then 'B' else '') else ?kind),
          (1 to ?to - ?from) ! 's'), ' ')
          || (if ($i = count($cells)) then '.' else '') || '&#10;'"
          xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    </xsl:for-each>
    <xsl:for-each select="$cells">
      <xsl:value-of select="string-join(array:flatten(.) ! ('T{&#10;' || ?text || '&#10;T}'), ':') || '&#10;'"
          xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    </xsl:for-each>
    <!-- no .sp after the table: what follows brings its own space (a .br in the last cell
         followed by .sp is a paragraph macro mandoc warns of) -->
    <xsl:text>.TE&#10;</xsl:text>
  </xsl:template>

  <!-- The cells of a row, left to right, as maps: kind ('entry', or '^' under an entry
       of a row above, 'l' for a missing one), the columns from and to, the rows it
       reaches down (morerows) and its text. $covered maps each column an entry above
       still covers to the rows it still covers. -->
  <xsl:function name="f:tbl-row" as="array(map(*))">
    <xsl:param name="row" as="element(row)"/>
    <xsl:param name="cols" as="xs:integer"/>
    <xsl:param name="covered" as="map(xs:integer, xs:integer)"/>
    <xsl:variable name="group" select="$row/ancestor::tgroup[1]"/>
    <xsl:variable name="placed" as="map(*)*">
      <xsl:iterate select="$row/entry">
        <xsl:param name="next" as="xs:integer" select="1"/>
        <xsl:on-completion>
          <xsl:sequence select="f:tbl-gap($next, $cols, $covered)"/>
        </xsl:on-completion>
        <xsl:variable name="spec" select="if (@spanname) then $group/spanspec[@spanname = current()/@spanname] else ."/>
        <xsl:variable name="free" select="f:tbl-free($next, $covered)"/>
        <xsl:variable name="from" select="if ($spec/@namest) then f:column($group, $spec/@namest)
            else if (@colname) then f:column($group, @colname) else $free"/>
        <xsl:variable name="to" select="if ($spec/@nameend) then max(($from, f:column($group, $spec/@nameend))) else $from"/>
        <xsl:sequence select="f:tbl-gap($next, $from - 1, $covered)"/>
        <xsl:variable name="text"><xsl:apply-templates select="node()"/></xsl:variable>
        <xsl:sequence select="map { 'kind': 'entry', 'from': $from, 'to': $to,
            'rows': if (@morerows castable as xs:integer) then xs:integer(@morerows) else 0,
            'text': replace(replace($text, '^\s+', ''), '\s+$', '') }"/>
        <xsl:next-iteration>
          <xsl:with-param name="next" select="$to + 1"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="array { $placed }"/>
  </xsl:function>

  <!-- The first column from $col on that no entry above covers. -->
  <xsl:function name="f:tbl-free" as="xs:integer">
    <xsl:param name="col" as="xs:integer"/>
    <xsl:param name="covered" as="map(xs:integer, xs:integer)"/>
    <xsl:sequence select="if (map:contains($covered, $col)) then f:tbl-free($col + 1, $covered) else $col"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- Empty cells for columns $from to $to: "^" under an entry above, else empty. -->
  <xsl:function name="f:tbl-gap" as="map(*)*">
    <xsl:param name="from" as="xs:integer"/>
    <xsl:param name="to" as="xs:integer"/>
    <xsl:param name="covered" as="map(xs:integer, xs:integer)"/>
    <xsl:sequence select="($from to $to) ! map { 'kind': if (map:contains($covered, .)) then '^' else 'l',
        'from': ., 'to': ., 'rows': 0, 'text': '' }"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

</xsl:stylesheet>
