<?xml version="1.0" encoding="UTF-8"?>
<!--
  Images: mediaobject, inlinemediaobject, imageobject, imagedata, textobject,
  caption, graphic, inlinegraphic; videoobject and audioobject are never shown. The
  first imageobject is shown (SVG preferred), as DocBook XSL and PostgreSQL's
  stylesheet.xsl show it: an SVG is embedded with <object type="image/svg+xml">,
  anything else with <img>. A fileref is relative to the element's XML base (the file
  it was written in); render/SiteImages.java decides where each file lies in the site
  (PostgreSQL's images/gin.svg beside the pages, as gin.svg, where postgresql.org
  imports it), copies it there and hands the stylesheets the site paths ($images).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="mediaobject | inlinemediaobject">
    <xsl:variable name="image" select="(imageobject[imagedata[@format = 'SVG']], imageobject)[1]/imagedata"/>
    <!-- alt text: the textobject's, else the title of the figure around it -->
    <xsl:variable name="alt" select="(normalize-space(string-join(textobject//text(), ' '))[. != ''],
        (ancestor::figure | ancestor::informalfigure)[last()] ! f:title(.)[. != ''], '')[1]"/>
    <xsl:element name="{if (self::inlinemediaobject) then 'span' else 'div'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="t:id"/>
      <xsl:choose>
        <xsl:when test="$image/@fileref">
          <xsl:call-template name="t:image">
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
  <xsl:template name="t:image">
    <xsl:param name="data" as="element()"/>
    <xsl:param name="alt" as="xs:string"/>
    <xsl:variable name="src" select="f:image-file($data)"/>
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

  <!-- Where the file an image element names lies in the site. A fileref SiteImages did
       not place (a URL; a file it refused, and said so) stays as written. -->
  <xsl:function name="f:image-file" as="xs:string">
    <xsl:param name="image" as="element()"/>
    <xsl:variable name="uri" as="xs:string?">
      <xsl:try select="string(resolve-uri($image/@fileref, base-uri($image)))">
        <xsl:catch select="()"/>
      </xsl:try>
    </xsl:variable>
    <xsl:sequence select="($uri ! $images(.), string($image/@fileref))[1]"/>
  </xsl:function>

  <xsl:template match="caption">
    <div class="caption"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="graphic | inlinegraphic">
    <img class="{local-name()}" src="{f:image-file(.)}" alt=""/>
  </xsl:template>

  <xsl:template match="imageobject | imagedata | textobject | videoobject | audioobject"/>

</xsl:stylesheet>
