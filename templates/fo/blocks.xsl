<?xml version="1.0" encoding="UTF-8"?>
<!--
  Paragraph-level blocks: para, simpara, formalpara, blockquote, epigraph,
  attribution, sidebar, abstract, highlights, address, example, informalexample,
  figure, informalfigure, equation, informalequation, procedure, step, substeps,
  stepalternatives, bridgehead, anchor, remark, beginpage; admonitions (note, tip,
  warning, caution, important); footnotes (footnote, footnoteref); images
  (mediaobject, inlinemediaobject, imageobject, imagedata, textobject, caption,
  graphic, inlinegraphic); glossaries (glossentry, glossterm, glossdef, glosssee,
  glossseealso, glosslist); bibliographies are in biblio.xsl.
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

  <xsl:template match="note | tip | warning | caution | important">
    <fo:block space-before="4pt" space-after="6pt" padding="4pt 6pt" border-left="2pt solid
        {if (self::warning or self::caution) then '#b03a2e' else if (self::important) then '#b8860b' else '#336791'}"
        background-color="{if (self::warning or self::caution) then '#fbeeec' else if (self::important) then '#fff8e1' else '#eef3f8'}"
        keep-together.within-page="auto"><xsl:call-template name="t:id"/>
      <fo:block font-family="{$v:heading-font}" font-weight="bold" font-size="9pt" keep-with-next.within-page="always">
        <xsl:choose>
          <xsl:when test="title"><xsl:apply-templates select="title/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext(local-name())"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
      <xsl:apply-templates select="node() except title"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="footnote">
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="7pt"><xsl:value-of select="f:footnote-number(.)"/></fo:inline>
      <fo:footnote-body>
        <fo:block font-size="8pt" start-indent="0" text-indent="0"><xsl:call-template name="t:id"/>
          <fo:inline baseline-shift="super" font-size="6pt"><xsl:value-of select="f:footnote-number(.)"/></fo:inline>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="*[1]/node()"/>
          <xsl:apply-templates select="*[position() gt 1]"/>
        </fo:block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- Footnotes are numbered through each chapter. -->
  <xsl:function name="f:footnote-number" as="xs:integer">
    <xsl:param name="footnote" as="element()"/>
    <xsl:variable name="component" select="$footnote/ancestor::*[local-name() = $v:sectioned-components or self::refentry][1]"
        xmlns:v="urn:pgdocs:variables"/>
    <xsl:sequence select="count($component/descendant::footnote[. &lt;&lt; $footnote]) + 1"/>
  </xsl:function>

  <xsl:template match="footnoteref">
    <xsl:variable name="note" select="key('id', @linkend)[1]"/>
    <fo:basic-link internal-destination="{@linkend}">
      <fo:inline baseline-shift="super" font-size="7pt"><xsl:value-of select="if ($note) then f:footnote-number($note) else '?'"/></fo:inline>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="mediaobject | inlinemediaobject">
    <xsl:variable name="image" select="(imageobject[imagedata[@format = 'SVG']], imageobject)[1]/imagedata"/>
    <xsl:variable name="alt" select="(normalize-space(string-join(textobject//text(), ' '))[. != ''],
        (ancestor::figure | ancestor::informalfigure)[last()] ! f:title(.)[. != ''], 'image')[1]"/>
    <xsl:choose>
      <xsl:when test="$image/@fileref and self::mediaobject">
        <fo:block text-align="center" space-after="4pt"><xsl:call-template name="t:id"/>
          <fo:external-graphic src="url('{resolve-uri($image/@fileref, base-uri($image))}')" fox:alt-text="{$alt}"
              xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
              content-width="scale-down-to-fit" width="100%" content-height="100%" scaling="uniform"/>
        </fo:block>
      </xsl:when>
      <xsl:when test="$image/@fileref">
        <fo:external-graphic src="url('{resolve-uri($image/@fileref, base-uri($image))}')" fox:alt-text="{$alt}"
            xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="textobject/node()"/></xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="caption"/>
  </xsl:template>

  <xsl:template match="caption"><fo:block font-size="9pt"><xsl:apply-templates/></fo:block></xsl:template>
  <xsl:template match="graphic | inlinegraphic">
    <fo:external-graphic src="url('{resolve-uri(@fileref, base-uri(.))}')"
        fox:alt-text="image" xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"/>
  </xsl:template>
  <xsl:template match="imageobject | imagedata | textobject | videoobject | audioobject"/>

  <xsl:template match="glossary/glossentry | glossdiv/glossentry | glosslist/glossentry">
    <fo:block space-after="4pt" keep-together.within-page="auto"><xsl:call-template name="t:id"/>
      <fo:block font-weight="bold" keep-with-next.within-page="always">
        <xsl:apply-templates select="glossterm/node()"/>
        <xsl:if test="acronym | abbrev"> (<xsl:apply-templates select="(acronym | abbrev)[1]"/>)</xsl:if>
      </fo:block>
      <fo:block margin-left="8mm"><xsl:apply-templates select="glossdef | glosssee"/></fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template match="glosslist"><fo:block><xsl:call-template name="t:id"/><xsl:apply-templates select="glossentry"/></fo:block></xsl:template>

  <xsl:template match="glossdef">
    <xsl:apply-templates select="node() except glossseealso"/>
    <xsl:if test="glossseealso">
      <fo:block><xsl:value-of select="f:gentext('glossseealso') || ' '"/><xsl:for-each select="glossseealso">
          <xsl:if test="position() gt 1">, </xsl:if><xsl:apply-templates select="."/></xsl:for-each>.</fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="glosssee | glossseealso">
    <xsl:variable name="target" select="key('id', @otherterm)[1]"/>
    <xsl:if test="self::glosssee"><xsl:value-of select="f:gentext('glosssee') || ' '"/></xsl:if>
    <xsl:choose>
      <xsl:when test="$target">
        <fo:basic-link internal-destination="{@otherterm}" color="#0b57a4"><xsl:value-of select="f:title($target)"/></fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="self::glosssee">.</xsl:if>
  </xsl:template>

</xsl:stylesheet>
