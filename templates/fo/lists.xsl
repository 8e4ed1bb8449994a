<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: itemizedlist, orderedlist, listitem, variablelist, varlistentry, term,
  simplelist, member, segmentedlist, segtitle, seglistitem, seg, calloutlist, callout.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:template name="t:list-title">
    <xsl:if test="title">
      <fo:block font-weight="bold" keep-with-next.within-page="always" space-after="2pt">
        <xsl:apply-templates select="title/node()"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="itemizedlist | orderedlist">
    <xsl:call-template name="t:list-title"/>
    <fo:list-block provisional-distance-between-starts="{if (self::orderedlist and count(listitem) gt 9) then '9mm' else '6mm'}"
        provisional-label-separation="2mm" space-after="5pt" role="L"><xsl:call-template name="t:id"/>
      <xsl:apply-templates select="listitem"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="listitem">
    <fo:list-item space-after="2pt" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <fo:list-item-label end-indent="label-end()">
        <fo:block>
          <xsl:choose>
            <xsl:when test="parent::orderedlist">
              <xsl:number value="count(preceding-sibling::listitem) + 1"
                  format="{(map {'loweralpha': 'a', 'upperalpha': 'A', 'lowerroman': 'i', 'upperroman': 'I'}(string(../@numeration)), '1')[1]}"/>
              <xsl:text>.</xsl:text>
            </xsl:when>
            <xsl:otherwise>•</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block><xsl:apply-templates/></fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="variablelist">
    <xsl:call-template name="t:list-title"/>
    <fo:block space-after="5pt"><xsl:call-template name="t:id"/>
      <xsl:apply-templates select="varlistentry"/>
    </fo:block>
    <xsl:apply-templates select="node() except (title | varlistentry)"/>
  </xsl:template>

  <xsl:template match="varlistentry">
    <fo:block space-after="3pt" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <fo:block font-weight="bold" keep-with-next.within-page="always" text-align="start">
        <xsl:for-each select="term">
          <xsl:if test="position() gt 1">, </xsl:if>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
      </fo:block>
      <fo:block margin-left="6mm"><xsl:for-each select="listitem"><xsl:call-template name="t:id"/></xsl:for-each>
        <xsl:apply-templates select="listitem/node()"/></fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template match="term"><xsl:call-template name="t:anchor"/><xsl:apply-templates/></xsl:template>

  <xsl:template match="simplelist[@type = 'inline']">
    <fo:inline><xsl:call-template name="t:id"/>
      <xsl:for-each select="member">
        <xsl:if test="position() gt 1">, </xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each>
    </fo:inline>
  </xsl:template>

  <xsl:template match="simplelist">
    <fo:block space-after="5pt"><xsl:call-template name="t:id"/>
      <xsl:for-each select="member">
        <fo:block margin-left="6mm"><xsl:apply-templates/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="segmentedlist">
    <fo:block space-after="5pt"><xsl:call-template name="t:id"/>
      <xsl:for-each select="seglistitem">
        <fo:block space-after="3pt" pgdocs:src="{pgdocs:location(.)}">
          <xsl:for-each select="seg">
            <xsl:variable name="i" select="position()"/>
            <fo:block><fo:inline font-weight="bold"><xsl:apply-templates select="../../segtitle[$i]/node()"/>: </fo:inline>
              <xsl:apply-templates/></fo:block>
          </xsl:for-each>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="calloutlist">
    <xsl:call-template name="t:list-title"/>
    <fo:list-block provisional-distance-between-starts="8mm" provisional-label-separation="2mm"
        space-after="5pt"><xsl:call-template name="t:id"/>
      <xsl:for-each select="callout">
        <xsl:variable name="doc" select="root(.)"/>
        <fo:list-item space-after="2pt" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
          <fo:list-item-label end-indent="label-end()">
            <fo:block>
              <xsl:for-each select="tokenize(@arearefs)">
                <xsl:variable name="co" select="key('id', ., $doc)[1]"/>
                <xsl:text>(</xsl:text><xsl:value-of select="if ($co) then f:callout-number($co) else '?'"/><xsl:text>)</xsl:text>
              </xsl:for-each>
            </fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates/></fo:block></fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

</xsl:stylesheet>
