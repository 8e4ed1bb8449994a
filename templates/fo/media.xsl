<?xml version="1.0" encoding="UTF-8"?>
<!--
  Images in the PDF: mediaobject, inlinemediaobject (the SVG image object first, its
  text object as the alternative text), imageobject, imagedata, textobject, caption,
  graphic, inlinegraphic; video and audio objects are left out.
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

  <xsl:template match="caption"><fo:block font-size="9pt"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:block></xsl:template>
  <xsl:template match="graphic | inlinegraphic">
    <fo:external-graphic src="url('{resolve-uri(@fileref, base-uri(.))}')"
        fox:alt-text="image" xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"><xsl:call-template name="t:id"/></fo:external-graphic>
  </xsl:template>
  <xsl:template match="imageobject | imagedata | textobject | videoobject | audioobject"/>

</xsl:stylesheet>
