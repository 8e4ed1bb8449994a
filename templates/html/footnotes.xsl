<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes: footnote (a numbered mark in the text, the note at the end of its
  page) and footnoteref (the mark of a footnote already given). Marks as DocBook
  XSL gives them (f:footnote-mark): numbers through a chapter, letters in a table.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:footnote-text" on-no-match="fail"/>

  <!-- A footnote's mark, as DocBook XSL numbers it (f:footnote-mark: per chapter or
       reference page, letters in tables). -->
  <xsl:function name="f:footnote-number" as="xs:string">
    <xsl:param name="footnote" as="element()"/>
    <xsl:sequence select="f:footnote-mark($footnote)"/>
  </xsl:function>

  <!-- The mark's anchor (DocBook XSL's generated id, f:object-id); the note's is "ftn." and it. -->
  <xsl:function name="f:footnote-anchor" as="xs:string">
    <xsl:param name="footnote" as="element()"/>
    <xsl:sequence select="f:object-id($footnote)"/>
  </xsl:function>

  <xsl:template match="footnote">
    <a href="#ftn.{f:footnote-anchor(.)}" class="footnote"><sup class="footnote"
        id="{f:footnote-anchor(.)}">[<xsl:value-of select="f:footnote-number(.)"/>]</sup></a>
  </xsl:template>

  <xsl:template match="footnoteref">
    <xsl:variable name="note" select="key('id', @linkend)[1]"/>
    <a href="{if ($note) then f:page-name(f:chunk($note)) || '#ftn.' || f:footnote-anchor($note) else '#'}"
        class="footnoteref"><sup class="footnoteref">[<xsl:value-of
        select="if ($note) then f:footnote-number($note) else '?'"/>]</sup></a>
  </xsl:template>

  <!-- The notes at the end of a page, as DocBook XSL: div.footnotes, a rule, div.footnote each;
       those in tables are shown under their table. -->
  <xsl:template name="m:footnotes">
    <xsl:param name="page" as="element()"/>
    <xsl:variable name="notes" select="$page/descendant::footnote[$single-page or f:chunk(.) is $page]
        [not(ancestor::table or ancestor::informaltable)]"/>
    <xsl:if test="$notes">
      <div class="footnotes">
        <br/>
        <hr style="width: 100px; text-align: left; margin-left: 0"/>
        <xsl:apply-templates select="$notes" mode="m:footnote-text"/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A note: div.footnote, its mark linking back to the text. -->
  <xsl:template match="footnote" mode="m:footnote-text">
    <xsl:variable name="mark" as="element()">
      <a href="#{f:footnote-anchor(.)}" class="para"><sup class="para">[<xsl:value-of select="f:footnote-number(.)"/>] </sup></a>
    </xsl:variable>
    <div class="footnote" id="ftn.{f:footnote-anchor(.)}">
      <xsl:choose>
        <!-- the mark opens the note's first paragraph, as in DocBook XSL -->
        <xsl:when test="*[1][self::para or self::simpara]">
          <xsl:for-each select="*[1]">
            <xsl:call-template name="m:paragraph">
              <xsl:with-param name="content" select="node()"/>
              <xsl:with-param name="lead" select="$mark"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:apply-templates select="*[1]/following-sibling::node()"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$mark"/>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- The notes of a table, after its body, as DocBook XSL: tbody.footnotes > tr > td. -->
  <xsl:template name="m:table-footnotes">
    <xsl:param name="group" as="element()"/>
    <xsl:variable name="notes" select="$group//footnote"/>
    <xsl:if test="$notes">
      <tbody class="footnotes">
        <tr>
          <td colspan="{($group/@cols, 1)[1]}">
            <xsl:apply-templates select="$notes" mode="m:footnote-text"/>
          </td>
        </tr>
      </tbody>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
