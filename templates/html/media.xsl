<?xml version="1.0" encoding="UTF-8"?>
<!--
  Images: mediaobject, inlinemediaobject, imageobject, imagedata, textobject,
  caption, graphic, inlinegraphic; videoobject and audioobject are never shown. The
  first imageobject is shown (SVG preferred), as DocBook XSL and PostgreSQL's
  stylesheet.xsl show it: an SVG is embedded with <object type="image/svg+xml">,
  anything else with <img>. Image files lie flat beside the pages, named by the last
  segment of their fileref (images/gin.svg is gin.svg): postgresql.org imports the
  files of the html directory by their base names, and pgdocs copies each source file
  there under the same rule (render/SiteImages.java).
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
          <xsl:call-template name="f:image">
            <xsl:with-param name="data" select="$image"/>
            <xsl:with-param name="alt" select="$alt"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="textobject/node()"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="caption"/>
    </xsl:element>
  </xsl:template>

  <!-- One image file: <object> for SVG, <img> otherwise. The website style keeps
       DocBook XSL's width attribute ("100%"); HTML5 wants a number of pixels there,
       so the default style says it in CSS, and names the SVG for screen readers
       (an <object> has no alt). -->
  <xsl:template name="f:image">
    <xsl:param name="data" as="element()"/>
    <xsl:param name="alt" as="xs:string"/>
    <xsl:variable name="src" select="f:image-file($data/@fileref)"/>
    <xsl:variable name="width" select="string($data/@width)"/>
    <xsl:choose>
      <xsl:when test="upper-case($data/@format) = 'SVG' or ends-with(lower-case($src), '.svg')">
        <object type="image/svg+xml" data="{$src}">
          <xsl:choose>
            <xsl:when test="$style = 'website'">
              <xsl:if test="$width"><xsl:attribute name="width" select="$width"/></xsl:if>
            </xsl:when>
            <xsl:otherwise>
              <xsl:if test="$width"><xsl:attribute name="style" select="'width: ' || $width"/></xsl:if>
              <xsl:if test="$alt">
                <xsl:attribute name="role" select="'img'"/>
                <xsl:attribute name="aria-label" select="$alt"/>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </object>
      </xsl:when>
      <xsl:otherwise>
        <img src="{$src}" alt="{$alt}">
          <xsl:if test="$width"><xsl:attribute name="style" select="'max-width: ' || $width"/></xsl:if>
        </img>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The name of an image in the site: the last segment of its fileref. URLs stay. -->
  <xsl:function name="f:image-file" as="xs:string">
    <xsl:param name="fileref" as="xs:string"/>
    <xsl:sequence select="if (contains($fileref, ':')) then $fileref else tokenize($fileref, '/')[last()]"/>
  </xsl:function>

  <xsl:template match="caption">
    <div class="caption"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="graphic | inlinegraphic">
    <img class="{local-name()}" src="{f:image-file(@fileref)}" alt=""/>
  </xsl:template>

  <xsl:template match="imageobject | imagedata | textobject | videoobject | audioobject"/>

</xsl:stylesheet>
