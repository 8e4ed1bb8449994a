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
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="table | informaltable">
    <div class="table-wrap {local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:choose>
        <xsl:when test="tgroup">
          <xsl:for-each select="tgroup">
            <table class="{local-name(..)}">
              <xsl:if test="position() = 1 and ../self::table">
                <caption>
                  <strong>Table <xsl:value-of select="f:number(..)"/>. </strong>
                  <xsl:apply-templates select="../title/node()"/>
                  <xsl:for-each select="..">
                    <xsl:call-template name="m:self-link"/>
                  </xsl:for-each>
                </caption>
              </xsl:if>
              <xsl:apply-templates select="." mode="m:colgroup"/>
              <xsl:apply-templates select="thead, tbody, tfoot"/>
            </table>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <table class="{local-name()}">
            <xsl:if test="self::table">
              <caption>
                <strong>Table <xsl:value-of select="f:number(.)"/>. </strong>
                <xsl:apply-templates select="(title | caption)[1]/node()"/>
              </caption>
            </xsl:if>
            <xsl:apply-templates select="node() except (title | caption)" mode="m:html-table"/>
          </table>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- Column widths: proportional parts become percentages of their sum. -->
  <xsl:template match="tgroup | entrytbl" mode="m:colgroup">
    <xsl:variable name="cols" as="xs:integer" select="xs:integer(@cols)"/>
    <xsl:variable name="specs" select="colspec"/>
    <xsl:if test="$specs/@colwidth">
      <xsl:variable name="stars" as="xs:double*" select="for $i in 1 to $cols return
          f:star(f:colspec($specs, $i)/@colwidth)"/>
      <xsl:variable name="total" select="sum($stars)"/>
      <colgroup>
        <xsl:for-each select="1 to $cols">
          <xsl:variable name="i" select="."/>
          <xsl:variable name="width" select="string(f:colspec($specs, $i)/@colwidth)"/>
          <col>
            <xsl:choose>
              <xsl:when test="$width = '' or $total = 0"/>
              <xsl:when test="contains($width, '*') or matches($width, '^[0-9.]+$')">
                <xsl:attribute name="style"
                    select="'width: ' || format-number(100 * $stars[$i] div $total, '0.#') || '%'"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:attribute name="style" select="'width: ' || $width"/>
              </xsl:otherwise>
            </xsl:choose>
          </col>
        </xsl:for-each>
      </colgroup>
    </xsl:if>
  </xsl:template>

  <!-- The proportion of a colwidth: "2*" is 2, "*" or none is 1, fixed widths count as 1. -->
  <xsl:function name="f:star" as="xs:double">
    <xsl:param name="width" as="attribute()?"/>
    <xsl:variable name="w" select="normalize-space($width)"/>
    <xsl:sequence select="if (matches($w, '^[0-9.]+\*')) then number(substring-before($w, '*'))
        else if (matches($w, '^[0-9.]+$')) then number($w) else 1"/>
  </xsl:function>

  <xsl:template match="thead | tbody | tfoot">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="row"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="row">
    <tr>
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates select="entry | entrytbl"/>
    </tr>
  </xsl:template>

  <xsl:template match="entry | entrytbl">
    <xsl:variable name="group" select="(ancestor::entrytbl[1], ancestor::tgroup[1])[1]"/>
    <xsl:variable name="span" select="if (@spanname) then $group/spanspec[@spanname = current()/@spanname] else ."/>
    <xsl:variable name="colspan" select="if ($span/@namest and $span/@nameend)
        then f:column($group, $span/@nameend) - f:column($group, $span/@namest) + 1 else 1"/>
    <xsl:element name="{if (ancestor::thead) then 'th' else 'td'}">
      <xsl:call-template name="f:id"/>
      <xsl:if test="$colspan gt 1">
        <xsl:attribute name="colspan" select="$colspan"/>
      </xsl:if>
      <xsl:if test="@morerows and xs:integer(@morerows) gt 0">
        <xsl:attribute name="rowspan" select="xs:integer(@morerows) + 1"/>
      </xsl:if>
      <xsl:variable name="align" select="(@align, $span/@align)[1]"/>
      <xsl:if test="$align = ('left', 'right', 'center', 'justify')">
        <xsl:attribute name="style" select="'text-align: ' || $align"/>
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
      <xsl:call-template name="f:id"/>
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
