<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes: footnote (a numbered mark in the text, the note at the end of its
  page) and footnoteref (the mark of a footnote already given). Numbers count
  from 1 on each page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:function name="f:footnote-number" as="xs:integer">
    <xsl:param name="footnote" as="element()"/>
    <xsl:variable name="page" select="if ($single-page) then root($footnote)/* else f:chunk($footnote)"/>
    <xsl:sequence select="count($footnote/preceding::footnote[$single-page or f:chunk(.) is $page]) + 1"/>
  </xsl:function>

  <xsl:function name="f:footnote-anchor" as="xs:string">
    <xsl:param name="footnote" as="element()"/>
    <xsl:sequence select="f:auto-anchor($footnote)"/>
  </xsl:function>

  <xsl:template match="footnote">
    <xsl:variable name="n" select="f:footnote-number(.)"/>
    <sup class="footnote"><a id="REF-{f:footnote-anchor(.)}" href="#{f:footnote-anchor(.)}">[<xsl:value-of select="$n"/>]</a></sup>
  </xsl:template>

  <xsl:template match="footnoteref">
    <xsl:variable name="note" select="key('id', @linkend)[1]"/>
    <sup class="footnote"><a href="#{if ($note) then f:footnote-anchor($note) else ''}">[<xsl:value-of
        select="if ($note) then f:footnote-number($note) else '?'"/>]</a></sup>
  </xsl:template>

  <xsl:template name="m:footnotes">
    <xsl:param name="page" as="element()"/>
    <xsl:variable name="notes" select="$page/descendant::footnote[$single-page or f:chunk(.) is $page]"/>
    <xsl:if test="$notes">
      <section class="footnotes" aria-label="Footnotes">
        <xsl:for-each select="$notes">
          <div class="footnote" id="{f:footnote-anchor(.)}">
            <a class="footnote-back" href="#REF-{f:footnote-anchor(.)}">[<xsl:value-of select="position()"/>]</a>
            <xsl:apply-templates/>
          </div>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
