<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page layout and typography: paper size (A4 or US letter), margins, fonts, the
  page masters (front matter, body, two-column index), running headers and footers with the chapter
  title (no markers) and page number, and the title page. Handles bookinfo on the title page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- a4 or us-letter -->
  <xsl:param name="paper" as="xs:string" select="'a4'"/>

  <xsl:variable name="v:page-width" select="if ($paper = 'us-letter') then '8.5in' else '210mm'"/>
  <xsl:variable name="v:page-height" select="if ($paper = 'us-letter') then '11in' else '297mm'"/>
  <!-- Text width in points, for fitting verbatim lines: page width less 2 × 20mm. -->
  <xsl:variable name="v:measure-pt" as="xs:double"
      select="if ($paper = 'us-letter') then 612 - 2 * 56.69 else 595.28 - 2 * 56.69"/>

  <xsl:variable name="v:body-font" select="'DejaVu Serif'"/>
  <xsl:variable name="v:heading-font" select="'DejaVu Sans'"/>
  <xsl:variable name="v:mono-font" select="'DejaVu Sans Mono'"/>
  <xsl:variable name="v:body-size" select="'10pt'"/>
  <xsl:variable name="v:mono-size-pt" as="xs:double" select="8.5"/>

  <xsl:template name="t:layout-master-set">
    <fo:layout-master-set>
      <fo:simple-page-master master-name="front" page-width="{$v:page-width}" page-height="{$v:page-height}"
          margin="20mm 20mm 15mm 20mm">
        <fo:region-body margin-bottom="12mm"/>
        <fo:region-after extent="10mm"/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="body" page-width="{$v:page-width}" page-height="{$v:page-height}"
          margin="12mm 20mm 12mm 20mm">
        <fo:region-body margin-top="14mm" margin-bottom="12mm"/>
        <fo:region-before extent="10mm"/>
        <fo:region-after extent="10mm"/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="index" page-width="{$v:page-width}" page-height="{$v:page-height}"
          margin="12mm 20mm 12mm 20mm">
        <fo:region-body margin-top="14mm" margin-bottom="12mm" column-count="2" column-gap="8mm"/>
        <fo:region-before extent="10mm"/>
        <fo:region-after extent="10mm"/>
      </fo:simple-page-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- Running heads: the title of the component the page sequence holds (each part,
       chapter, reference page and index is a sequence of its own), as text in the static
       content rather than an fo:marker. FOP keeps every page's markers to the end of the
       run, and a marker keeps the whole FO and layout tree of its sequence alive through
       its parent: with markers the PDF build's heap grew by about 0.4 MB per page. -->
  <xsl:template name="t:running-heads">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-family="{$v:heading-font}" font-size="8pt" color="#555555" text-align-last="justify"
          border-bottom="0.4pt solid #999999" padding-bottom="2pt">
        <xsl:value-of select="f:running-head(.)"/>
        <fo:leader leader-pattern="space"/>
        <xsl:value-of select="$v:book-title"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-family="{$v:heading-font}" font-size="8pt" text-align="center">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <xsl:function name="f:running-head" as="xs:string">
    <xsl:param name="component" as="element()"/>
    <xsl:sequence select="
        if ($component/self::refentry) then f:title($component)
        else if ($component/(self::index | self::setindex)) then (f:title($component)[. != ''], f:gentext('index'))[1]
        else if (local-name($component) = ('part', 'reference', $v:components)) then f:outline-title($component)
        else ''"/>
  </xsl:function>

  <xsl:template name="t:titlepage">
    <fo:block font-family="{$v:heading-font}" font-size="26pt" font-weight="bold" space-before="60mm"
        text-align="center" id="{f:fo-id(/*)}" role="H1">
      <xsl:apply-templates select="f:title-element(/*)/node()"/>
    </fo:block>
    <xsl:for-each select="/*/bookinfo">
      <fo:block font-size="12pt" text-align="center" space-before="12mm">
        <xsl:value-of select="normalize-space(corpauthor)"/>
      </fo:block>
      <xsl:for-each select="legalnotice">
        <fo:block font-size="8pt" space-before="40mm" text-align="justify" id="{f:fo-id(.)}">
          <xsl:apply-templates select="node() except title"/>
        </fo:block>
      </xsl:for-each>
    </xsl:for-each>
    <fo:block break-after="page"/>
  </xsl:template>

  <!-- The id of an element that links may point at: its own (blocks and inlines). -->
  <xsl:template name="t:id">
    <xsl:if test="@id">
      <xsl:attribute name="id" select="@id"/>
    </xsl:if>
  </xsl:template>

  <!-- The id of an inline element that makes no FO element of its own (phrase, quote,
       term, ...): an empty inline where it starts, for links to land on. -->
  <xsl:template name="t:anchor">
    <xsl:if test="@id">
      <fo:inline id="{@id}"/>
    </xsl:if>
  </xsl:template>

  <!-- The id an element has in the FO: its own, else a generated one (divisions, which
       the bookmarks and the table of contents point at whether they have an id or not). -->
  <xsl:function name="f:fo-id" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node/@id) then string($node/@id) else 'pgdocs-' || generate-id($node)"/>
  </xsl:function>

</xsl:stylesheet>
