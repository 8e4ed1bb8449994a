<?xml version="1.0" encoding="UTF-8"?>
<!--
  Reference pages: refentry, refmeta, refmiscinfo, refnamediv, refname,
  refpurpose, refclass, refdescriptor. The page heading is the refentrytitle;
  "Name" and "Synopsis" sections follow as in PostgreSQL's manual. refsect1-3
  and refsynopsisdiv are divisions (sections.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="refentry">
    <xsl:param name="level" as="xs:integer" tunnel="yes" select="1"/>
    <section class="refentry">
      <xsl:call-template name="f:id"/>
      <xsl:element name="h{min((6, $level))}">
        <xsl:value-of select="f:title(.)"/>
        <xsl:call-template name="m:self-link"/>
      </xsl:element>
      <xsl:apply-templates select="node() except refmeta">
        <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <xsl:template match="refmeta | refmiscinfo | refclass | refdescriptor"/>

  <xsl:template match="refnamediv">
    <xsl:param name="level" as="xs:integer" tunnel="yes" select="2"/>
    <div class="refnamediv">
      <xsl:call-template name="f:id"/>
      <xsl:element name="h{min((6, $level))}">Name</xsl:element>
      <p>
        <xsl:for-each select="refname">
          <xsl:if test="position() gt 1">, </xsl:if>
          <span class="refname"><xsl:apply-templates/></span>
        </xsl:for-each>
        <xsl:text> — </xsl:text>
        <span class="refpurpose"><xsl:apply-templates select="refpurpose/node()"/></span>
      </p>
    </div>
  </xsl:template>

  <xsl:template match="refsynopsisdiv[not(title)]" priority="2">
    <xsl:param name="level" as="xs:integer" tunnel="yes" select="2"/>
    <section class="refsynopsisdiv">
      <xsl:call-template name="f:id"/>
      <xsl:element name="h{min((6, $level))}">Synopsis</xsl:element>
      <xsl:apply-templates>
        <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

</xsl:stylesheet>
