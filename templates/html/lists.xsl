<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: itemizedlist, orderedlist, listitem, variablelist, varlistentry, term,
  simplelist, member, segmentedlist, segtitle, seglistitem, seg, calloutlist,
  callout, glosslist, in DocBook XSL's markup. A varlistentry with an id gets a "#"
  self-link after its last term.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <!-- As DocBook XSL: div.itemizedlist (id, title, any leading blocks) > ul.itemizedlist
       (class "compact" added for spacing="compact"), li.listitem. The bullet follows @mark
       or the nesting depth (disc, circle, square); ordered lists number by @numeration or
       depth (1, a, i, A, I). -->
  <xsl:template match="itemizedlist | orderedlist">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:list-title"/>
      <xsl:apply-templates select="* except (title | titleabbrev | listitem)"/>
      <xsl:element name="{if (self::orderedlist) then 'ol' else 'ul'}">
        <xsl:attribute name="class" select="local-name() || (if (@spacing = 'compact') then ' compact' else '')"/>
        <xsl:choose>
          <xsl:when test="self::itemizedlist">
            <xsl:variable name="depth" select="count(ancestor::itemizedlist)"/>
            <xsl:variable name="mark" select="map {'bullet': 'disc', 'opencircle': 'circle', 'box': 'square'}"/>
            <xsl:attribute name="style" select="'list-style-type: '
                || (if (@mark) then ($mark(string(@mark)), string(@mark))[1]
                    else ('disc', 'circle', 'square')[$depth mod 3 + 1]) || '; '"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="depth" select="count(ancestor::orderedlist)"/>
            <xsl:attribute name="type" select="if (@numeration) then map {'arabic': '1', 'loweralpha': 'a',
                'upperalpha': 'A', 'lowerroman': 'i', 'upperroman': 'I'}(string(@numeration))
                else ('1', 'a', 'i', 'A', 'I')[$depth mod 5 + 1]"/>
            <xsl:variable name="start" select="f:list-start(.)"/>
            <xsl:if test="$start != 1">
              <xsl:attribute name="start" select="$start"/>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:apply-templates select="listitem"/>
      </xsl:element>
    </div>
  </xsl:template>

  <!-- The first number of an ordered list: @startingnumber, or after the list it continues. -->
  <xsl:function name="f:list-start" as="xs:integer">
    <xsl:param name="list" as="element()"/>
    <xsl:variable name="previous" select="$list/preceding::orderedlist[1]"/>
    <xsl:sequence select="if ($list/@startingnumber castable as xs:integer) then xs:integer($list/@startingnumber)
        else if ($list/@continuation = 'continues' and $previous)
        then f:list-start($previous) + count($previous/listitem) else 1"/>
  </xsl:function>

  <xsl:template name="t:list-title">
    <xsl:if test="title">
      <p class="title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="listitem">
    <li class="listitem">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- div.variablelist > dl.variablelist > dt > span.term, dd. Several terms: each but the
       last ends with a line break inside its span (variablelist.term.break.after). -->
  <xsl:template match="variablelist">
    <div class="variablelist">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:list-title"/>
      <xsl:apply-templates select="* except (title | titleabbrev | varlistentry)"/>
      <dl class="variablelist">
        <xsl:apply-templates select="varlistentry"/>
      </dl>
    </div>
  </xsl:template>

  <xsl:template match="varlistentry">
    <dt>
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates select="term"/>
      <xsl:call-template name="t:self-link"/>
    </dt>
    <dd>
      <xsl:for-each select="listitem"><xsl:call-template name="t:id"/></xsl:for-each>
      <xsl:apply-templates select="listitem/node()"/>
    </dd>
  </xsl:template>

  <xsl:template match="term">
    <span class="term">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
      <xsl:if test="following-sibling::term"><br/></xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="simplelist[@type = 'inline']">
    <span class="simplelist">
      <xsl:call-template name="t:id"/>
      <xsl:for-each select="member">
        <xsl:if test="position() gt 1">, </xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <!-- simplelist (vert or horiz): table.simplelist, as DocBook XSL. Vertical lists fill
       their columns top to bottom, horizontal ones fill rows left to right. -->
  <xsl:template match="simplelist">
    <xsl:variable name="members" select="member"/>
    <xsl:variable name="cols" as="xs:integer"
        select="if (@columns castable as xs:integer and xs:integer(@columns) gt 0) then xs:integer(@columns) else 1"/>
    <xsl:variable name="rows" as="xs:integer" select="xs:integer(ceiling(count($members) div $cols))"/>
    <table class="simplelist">
      <xsl:call-template name="t:id"/>
      <xsl:for-each select="1 to $rows">
        <xsl:variable name="r" select="."/>
        <tr>
          <xsl:for-each select="1 to $cols">
            <xsl:variable name="i" select="if ($members/../@type = 'horiz') then ($r - 1) * $cols + . else (. - 1) * $rows + $r"/>
            <xsl:if test="$i le count($members) or $cols gt 1">
              <td>
                <xsl:choose>
                  <xsl:when test="$i le count($members)"><xsl:apply-templates select="$members[$i]/node()"/></xsl:when>
                  <xsl:otherwise>&#160;</xsl:otherwise>
                </xsl:choose>
              </td>
            </xsl:if>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="segmentedlist">
    <table class="segmentedlist">
      <xsl:call-template name="t:id"/>
      <thead><tr><xsl:for-each select="segtitle"><th><xsl:apply-templates/></th></xsl:for-each></tr></thead>
      <tbody>
        <xsl:for-each select="seglistitem">
          <tr><xsl:for-each select="seg"><td><xsl:apply-templates/></td></xsl:for-each></tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- div.calloutlist > table: one row per callout, its marks linking back to the listing. -->
  <xsl:template match="calloutlist">
    <div class="calloutlist">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:list-title"/>
      <table>
        <xsl:for-each select="callout">
          <tr>
            <xsl:call-template name="t:id"/>
            <td style="width: 5%; vertical-align: top; text-align: left">
              <p>
                <xsl:variable name="doc" select="root(.)"/>
                <xsl:variable name="page" select="f:chunk(.)"/>
                <xsl:for-each select="tokenize(@arearefs)">
                  <xsl:variable name="co" select="key('id', ., $doc)"/>
                  <a href="{if (not($co)) then '#' else if (f:chunk($co) is $page)
                      then '#' || $co/@id else f:page-name(f:chunk($co)) || '#' || $co/@id}">(<xsl:value-of
                      select="if ($co) then f:callout-number($co) else '?'"/>)</a>
                  <xsl:text> </xsl:text>
                </xsl:for-each>
              </p>
            </td>
            <td style="vertical-align: top; text-align: left"><xsl:apply-templates/></td>
          </tr>
        </xsl:for-each>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="glosslist">
    <dl class="glosslist">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates select="glossentry"/>
    </dl>
  </xsl:template>

</xsl:stylesheet>
