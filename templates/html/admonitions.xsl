<?xml version="1.0" encoding="UTF-8"?>
<!-- Admonitions: note, tip, warning, caution, important; a box with its kind as title. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:pgdocs:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="note | tip | warning | caution | important">
    <aside class="admonition {local-name()}" role="note">
      <xsl:call-template name="f:id"/>
      <p class="admonition-title">
        <xsl:choose>
          <xsl:when test="title"><xsl:apply-templates select="title/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext(local-name())"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:apply-templates select="node() except title"/>
    </aside>
  </xsl:template>

</xsl:stylesheet>
