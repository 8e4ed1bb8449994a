<?xml version="1.0" encoding="UTF-8"?>
<!--
  Paragraph-level blocks: para, simpara, formalpara, blockquote, epigraph,
  attribution, sidebar, abstract, highlights, address, example, informalexample,
  figure, informalfigure, equation, informalequation, procedure, step, substeps,
  stepalternatives, bridgehead, anchor, remark, beginpage. Admonitions, footnotes,
  images, glossaries and bibliographies have modules of their own, as in html/.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <xsl:template match="para | simpara">
    <fo:block space-after="5pt" role="P" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="formalpara">
    <fo:block space-after="5pt"><xsl:call-template name="t:id"/>
      <fo:inline font-weight="bold"><xsl:apply-templates select="title/node()"/>
        <xsl:if test="not(matches(normalize-space(title), '[.:?!]$'))">.</xsl:if></fo:inline>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="para/node()"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="blockquote | epigraph">
    <fo:block margin-left="8mm" margin-right="8mm" space-after="6pt" font-style="italic"><xsl:call-template name="t:id"/>
      <xsl:apply-templates select="node() except (title | attribution)"/>
      <xsl:for-each select="attribution">
        <fo:block text-align="end">— <xsl:apply-templates/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="sidebar | abstract | highlights">
    <fo:block border="0.5pt solid #999999" padding="4pt" space-after="6pt"><xsl:call-template name="t:id"/>
      <xsl:if test="title">
        <fo:block font-weight="bold"><xsl:apply-templates select="title/node()"/></fo:block>
      </xsl:if>
      <xsl:apply-templates select="node() except title"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="address">
    <fo:block linefeed-treatment="preserve" white-space-collapse="false" white-space-treatment="preserve"
        space-after="5pt"><xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="example | figure | equation">
    <fo:block space-before="4pt" space-after="8pt" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <xsl:if test="not(self::figure)"><xsl:call-template name="t:caption"/></xsl:if>
      <xsl:apply-templates select="node() except (title | titleabbrev)"/>
      <xsl:if test="self::figure"><xsl:call-template name="t:caption"/></xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template name="t:caption">
    <fo:block font-family="{$v:heading-font}" font-size="9pt" font-weight="bold" space-after="3pt"
        keep-with-next.within-page="{if (self::figure) then 'auto' else 'always'}">
      <xsl:value-of select="f:gentext(local-name()) || ' ' || f:number(.) || '. '"/>
      <xsl:apply-templates select="title/node()"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="informalexample | informalfigure | informalequation">
    <fo:block space-after="6pt"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="procedure">
    <fo:block space-after="6pt"><xsl:call-template name="t:id"/>
      <xsl:if test="title">
        <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:apply-templates select="title/node()"/></fo:block>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | step)"/>
      <fo:list-block provisional-distance-between-starts="{f:label-width(step[last()])}" provisional-label-separation="2mm">
        <xsl:apply-templates select="step"/>
      </fo:list-block>
    </fo:block>
  </xsl:template>

  <xsl:template match="step">
    <fo:list-item space-after="3pt" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="f:step-number(.)"/>.</fo:block></fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block>
          <xsl:if test="title">
            <fo:block font-weight="bold"><xsl:apply-templates select="title/node()"/></fo:block>
          </xsl:if>
          <xsl:apply-templates select="node() except title"/>
        </fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="substeps | stepalternatives">
    <fo:list-block provisional-distance-between-starts="{f:label-width(step[last()])}" provisional-label-separation="2mm"><xsl:call-template name="t:id"/>
      <xsl:apply-templates select="step"/>
    </fo:list-block>
  </xsl:template>

  <!-- Room for the widest step label ("12.", "3.b."): its characters plus the full stop and a gap. -->
  <xsl:function name="f:label-width" as="xs:string">
    <xsl:param name="last-step" as="element()?"/>
    <xsl:sequence select="(0.65 * (string-length(if ($last-step) then f:step-number($last-step) else '9') + 1) + 0.8) || 'em'"/>
  </xsl:function>

  <xsl:template match="bridgehead">
    <fo:block font-family="{$v:heading-font}" font-weight="bold" keep-with-next.within-page="always"
        space-before="6pt"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="beginpage"/>

  <!-- Shown, in italics, in development snapshots only ($v:show-remarks, see common/version.xsl). -->
  <xsl:template match="remark">
    <xsl:if test="$v:show-remarks">
      <xsl:choose>
        <xsl:when test="../text()[normalize-space()]">
          <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
        </xsl:when>
        <xsl:otherwise>
          <fo:block font-style="italic" space-before="6pt"><xsl:apply-templates/></fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template match="anchor">
    <fo:inline id="{f:fo-id(.)}"/>
  </xsl:template>

</xsl:stylesheet>
