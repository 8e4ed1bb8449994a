<?xml version="1.0" encoding="UTF-8"?>
<!--
  Images: mediaobject, inlinemediaobject, imageobject, imagedata, textobject,
  caption, graphic, inlinegraphic. The first imageobject is shown (SVG
  preferred), with the textobject's text as alt text; the image files are
  copied into the site by pgdocs.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="mediaobject | inlinemediaobject">
    <xsl:variable name="image" select="(imageobject[imagedata[@format = 'SVG']], imageobject)[1]/imagedata"/>
    <!-- alt text: the textobject's, else the title of the figure around it -->
    <xsl:variable name="alt" select="(normalize-space(string-join(textobject//text(), ' '))[. != ''],
        f:title((ancestor::figure | ancestor::informalfigure)[last()])[. != ''], '')[1]"/>
    <xsl:element name="{if (self::inlinemediaobject) then 'span' else 'div'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="f:id"/>
      <xsl:choose>
        <xsl:when test="$image/@fileref">
          <img src="{$image/@fileref}" alt="{$alt}">
            <xsl:if test="$image/@width"><xsl:attribute name="style" select="'max-width: ' || $image/@width"/></xsl:if>
          </img>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="textobject/node()"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="caption"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="caption">
    <div class="caption"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="graphic | inlinegraphic">
    <img class="{local-name()}" src="{@fileref}" alt=""/>
  </xsl:template>

  <xsl:template match="imageobject | imagedata | textobject | videoobject | audioobject"/>

</xsl:stylesheet>
