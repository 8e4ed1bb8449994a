<?xml version="1.0" encoding="UTF-8"?>
<!--
  CALS tables: table, informaltable, tgroup, colspec, spanspec, thead, tbody,
  tfoot, row, entry, entrytbl; and the HTML-style tables DocBook 4.3+ allows
  (caption, col, colgroup, tr, th, td). Spans come from namest/nameend,
  spanname and morerows; column widths from colwidth, proportional (2*) or
  fixed (10em), become percentages or lengths on <col>.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <!-- a table's colgroup from its colspecs; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:colgroup" on-no-match="text-only-copy"/>

  <!-- HTML table markup written in DocBook; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:html-table" on-no-match="text-only-copy"/>

  <!-- As DocBook XSL: div.table > p.title > strong ("Table 9.1. Title"), then
       div.table-contents holding one table.table per tgroup; informaltable is
       div.informaltable > table.informaltable. The presentational attributes DocBook XSL
       adds (summary, border, align, valign) are obsolete in HTML5: classes and inline
       styles carry the same information. -->
  <xsl:template match="table | informaltable">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:if test="self::table">
        <xsl:call-template name="t:formal-title"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="self::table">
          <div class="table-contents">
            <xsl:call-template name="t:table-body"/>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="t:table-body"/>
        </xsl:otherwise>
      </xsl:choose>
    </div>
    <xsl:if test="self::table">
      <br class="table-break"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:table-body">
    <xsl:choose>
      <xsl:when test="tgroup">
        <xsl:for-each select="tgroup">
          <table class="{local-name(..)}">
            <xsl:apply-templates select="." mode="m:colgroup"/>
            <xsl:apply-templates select="thead, tfoot, tbody"/>
            <xsl:call-template name="t:table-footnotes">
              <xsl:with-param name="group" select="."/>
            </xsl:call-template>
          </table>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <table class="{local-name()}">
          <xsl:apply-templates select="node() except (title | caption)" mode="m:html-table"/>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One col per column, as DocBook XSL: named columns carry their colname as class.
       Proportional widths ("2*") are left to the browser, as DocBook XSL does without its
       table extensions; fixed widths ("10em") are kept. -->
  <xsl:template match="tgroup | entrytbl" mode="m:colgroup">
    <xsl:variable name="cols" as="xs:integer" select="xs:integer(@cols)"/>
    <xsl:variable name="specs" select="colspec"/>
    <colgroup>
      <xsl:for-each select="1 to $cols">
        <xsl:variable name="spec" select="f:colspec($specs, .)"/>
        <xsl:variable name="width" select="normalize-space($spec/@colwidth)"/>
        <col>
          <xsl:if test="$spec/@colname">
            <xsl:attribute name="class" select="$spec/@colname"/>
          </xsl:if>
          <xsl:if test="$width != '' and not(contains($width, '*')) and not(matches($width, '^[0-9.]+$'))">
            <xsl:attribute name="style" select="'width: ' || $width"/>
          </xsl:if>
        </col>
      </xsl:for-each>
    </colgroup>
  </xsl:template>

  <xsl:template match="thead | tbody | tfoot">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates select="row | tr"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="row">
    <tr>
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates select="entry | entrytbl"/>
    </tr>
  </xsl:template>

  <xsl:template match="entry | entrytbl">
    <xsl:variable name="group" select="(ancestor::entrytbl[1], ancestor::tgroup[1])[1]"/>
    <xsl:variable name="span" select="if (@spanname) then $group/spanspec[@spanname = current()/@spanname] else ."/>
    <xsl:variable name="colspan" select="if ($span/@namest and $span/@nameend)
        then f:column($group, $span/@nameend) - f:column($group, $span/@namest) + 1 else 1"/>
    <xsl:element name="{if (ancestor::thead or ancestor::tfoot) then 'th' else 'td'}">
      <xsl:call-template name="t:id"/>
      <xsl:if test="@role">
        <xsl:attribute name="class" select="@role"/>
      </xsl:if>
      <xsl:if test="$colspan gt 1">
        <xsl:attribute name="colspan" select="$colspan"/>
      </xsl:if>
      <xsl:if test="@morerows and xs:integer(@morerows) gt 0">
        <xsl:attribute name="rowspan" select="xs:integer(@morerows) + 1"/>
      </xsl:if>
      <xsl:variable name="spec" select="if (@colname) then $group/colspec[@colname = current()/@colname] else ()"/>
      <xsl:variable name="align" select="(@align, $span/@align, $spec/@align, $group/@align)[1]"/>
      <xsl:variable name="valign" select="(@valign, ancestor::row[1]/@valign)[1]"/>
      <xsl:variable name="style" select="string-join((
          if ($align = ('left', 'right', 'center', 'justify')) then 'text-align: ' || $align else (),
          if ($valign = ('top', 'middle', 'bottom')) then 'vertical-align: ' || $valign else ()), '; ')"/>
      <xsl:if test="$style != ''">
        <xsl:attribute name="style" select="$style"/>
      </xsl:if>
      <!-- An empty cell holds a no-break space, as in DocBook XSL, so that it keeps its borders. -->
      <xsl:if test="self::entry and not(node()[not(self::text()) or normalize-space(.) != ''])">
        <xsl:text>&#160;</xsl:text>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="self::entrytbl">
          <table class="entrytbl">
            <xsl:apply-templates select="." mode="m:colgroup"/>
            <xsl:apply-templates select="thead, tbody"/>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template match="colspec | spanspec"/>

  <!-- HTML tables in DocBook: copied, with their content rendered as DocBook. -->
  <xsl:template match="*" mode="m:html-table">
    <xsl:element name="{local-name()}">
      <xsl:copy-of select="@colspan | @rowspan | @span"/>
      <xsl:call-template name="t:id"/>
      <xsl:choose>
        <xsl:when test="self::td or self::th">
          <xsl:apply-templates/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="m:html-table"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
