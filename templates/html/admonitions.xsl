<?xml version="1.0" encoding="UTF-8"?>
<!--
  Admonitions: note, tip, warning, caution, important. As DocBook XSL (without admonition
  graphics): div.note > h3.title (the title, or the kind's word) and the content.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    exclude-result-prefixes="#all">

  <xsl:template match="note | tip | warning | caution | important">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <h3 class="title">
        <xsl:choose>
          <xsl:when test="title"><xsl:apply-templates select="title/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext(local-name())"/></xsl:otherwise>
        </xsl:choose>
      </h3>
      <xsl:apply-templates select="node() except title"/>
    </div>
  </xsl:template>

</xsl:stylesheet>
