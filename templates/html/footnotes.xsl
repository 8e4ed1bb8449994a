<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes: footnote (a numbered mark in the text, the note at the end of its
  page, or under its table) and footnoteref (the mark of a footnote already given).
  Marks as DocBook XSL gives them (f:footnote-mark): numbers counted through the
  whole book, letters in a table.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:footnote-text" on-no-match="fail"/>

  <!-- A footnote's mark is f:footnote-mark (common/numbering.xsl); its anchor is
       DocBook XSL's generated id (f:object-id), the note's "ftn." and that. -->

  <xsl:template match="footnote">
    <a href="#ftn.{f:object-id(.)}" class="footnote"><sup class="footnote"
        id="{f:object-id(.)}">[<xsl:value-of select="f:footnote-mark(.)"/>]</sup></a>
  </xsl:template>

  <xsl:template match="footnoteref">
    <xsl:variable name="note" select="key('id', @linkend)[1]"/>
    <a href="{if ($note) then f:page-name(f:chunk($note)) || '#ftn.' || f:object-id($note) else '#'}"
        class="footnoteref"><sup class="footnoteref">[<xsl:value-of
        select="if ($note) then f:footnote-mark($note) else '?'"/>]</sup></a>
  </xsl:template>

  <!-- The notes at the end of a page, as DocBook XSL: div.footnotes, a rule, div.footnote each;
       those in tables are shown under their table. -->
  <xsl:template name="t:footnotes">
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
      <a href="#{f:object-id(.)}" class="para"><sup class="para">[<xsl:value-of select="f:footnote-mark(.)"/>] </sup></a>
    </xsl:variable>
    <div class="footnote" id="ftn.{f:object-id(.)}">
      <xsl:choose>
        <!-- the mark opens the note's first paragraph, as in DocBook XSL -->
        <xsl:when test="*[1][self::para or self::simpara]">
          <xsl:for-each select="*[1]">
            <xsl:call-template name="t:paragraph">
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
  <xsl:template name="t:table-footnotes">
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
