<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tables of contents, as DocBook XSL 1.79 (xhtml/autotoc.xsl) writes them with
  PostgreSQL's parameters (stylesheet-html-common.xsl: generate.toc, toc.max.depth 2,
  generate.section.toc.level 1; stylesheet-common.xsl: toc.section.depth 2; its sect1
  "toc" mode that lists refentries under a sect1):
    div.toc > p > strong "Table of Contents" > dl.toc > dt > span.chapter > a "4. Title"
    with dd > dl > dt ... for the entries below, refentries as
    dt > span.refentrytitle > a, span.refpurpose " — purpose".
  Book, part, reference, preface, chapter, appendix and article pages list two levels;
  a sect1 lists its sect2s (and refentries) without the "Table of Contents" title;
  deeper sections get none. Also handles the toc element (an empty placeholder in
  DocBook 4): the generated table takes its place, so it renders nothing itself.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:toc-entry" on-no-match="deep-skip"/>

  <!-- toc.max.depth of PostgreSQL's stylesheet-html-common.xsl (the entries and their
       depth rules are common/toc.xsl's). -->
  <xsl:variable name="v:toc-max-depth" as="xs:integer" select="2"/>

  <xsl:template match="toc"/>

  <!-- The table of contents of a book, part, reference or component (division.toc,
       component.toc), with its "Table of Contents" title. -->
  <xsl:template name="t:toc">
    <xsl:param name="of" as="element()" select="."/>
    <xsl:call-template name="t:make-toc">
      <xsl:with-param name="context" select="$of"/>
      <xsl:with-param name="entries" select="f:toc-children($of)"/>
      <xsl:with-param name="titled" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The table of contents of a section: only sect1 (and top-level section) pages
       have one (generate.section.toc.level 1), untitled (generate.toc "sect1 toc"). -->
  <xsl:template name="t:section-toc">
    <xsl:if test="self::sect1 or self::section[not(parent::section)]">
      <xsl:call-template name="t:make-toc">
        <xsl:with-param name="context" select="."/>
        <xsl:with-param name="entries" select="f:toc-children(.)"/>
        <xsl:with-param name="titled" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:make-toc">
    <xsl:param name="context" as="element()"/>
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="titled" as="xs:boolean"/>
    <xsl:if test="exists($entries)">
      <div class="toc">
        <xsl:if test="$titled">
          <p><strong><xsl:value-of select="f:gentext('contents')"/></strong></p>
        </xsl:if>
        <dl class="toc">
          <xsl:call-template name="t:dl-content">
            <xsl:with-param name="items" as="element()*">
              <xsl:apply-templates select="$entries" mode="m:toc-entry">
                <xsl:with-param name="context" select="$context"/>
              </xsl:apply-templates>
            </xsl:with-param>
          </xsl:call-template>
        </dl>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- One entry: dt > span.KIND > a "label. title"; its own entries in dd > dl when
       it is within toc.section.depth and toc.max.depth of the table's division. -->
  <xsl:template match="*" mode="m:toc-entry">
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="children" select="f:toc-children(.)"/>

    <dt>
      <span class="{local-name()}">
        <a href="{f:division-link(.)}">
          <xsl:value-of select="f:toc-label(.)"/>
          <xsl:call-template name="t:toc-title"/>
        </a>
      </span>
    </dt>
    <xsl:if test="f:toc-opens(., $context, $v:toc-max-depth)">
      <dd>
        <dl>
          <xsl:call-template name="t:dl-content">
            <xsl:with-param name="items" as="element()*">
              <xsl:apply-templates select="$children" mode="m:toc-entry">
                <xsl:with-param name="context" select="$context"/>
              </xsl:apply-templates>
            </xsl:with-param>
          </xsl:call-template>
        </dl>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- A reference page's entry: its title and purpose. -->
  <xsl:template match="refentry" mode="m:toc-entry">
    <dt>
      <span class="refentrytitle">
        <a href="{f:division-link(.)}">
          <xsl:apply-templates select="(refmeta/refentrytitle, refnamediv/refname)[1]/node()"/>
        </a>
      </span>
      <span class="refpurpose">
        <xsl:for-each select="refnamediv/refpurpose[node()]">
          <xsl:text> — </xsl:text>
          <xsl:apply-templates/>
        </xsl:for-each>
      </span>
    </dt>
  </xsl:template>

  <!-- The title an entry shows: titleabbrev, else the title, with inline markup;
       generated words for untitled indexes, bibliographies and glossaries. -->
  <xsl:template name="t:toc-title">
    <xsl:variable name="title" select="f:toc-title-element(.)"/>
    <xsl:choose>
      <xsl:when test="$title">
        <xsl:apply-templates select="$title/node()[not(self::indexterm or self::footnote)]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="f:gentext(local-name())"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The dt/dd items of a dl, and an empty dd after them when they end with a dt:
       DocBook XSL's XHTML lets dt entries without dd end a list, HTML5 does not (a run of
       dt must be followed by a dd; the Nu checker says so). The empty dd shows nothing. -->
  <xsl:template name="t:dl-content">
    <xsl:param name="items" as="element()*"/>
    <xsl:sequence select="$items"/>
    <xsl:if test="$items[last()]/self::dt">
      <dd></dd>
    </xsl:if>
  </xsl:template>

  <!-- The link to a division from any page: its page, with #anchor when it is shown
       inside another division's page (DocBook XSL's generated id when it has no id). -->
  <xsl:function name="f:division-link" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="chunk" select="f:chunk($node)"/>
    <xsl:sequence select="
        if ($single-page) then '#' || f:object-id($node)
        else f:page-name($chunk) || (if ($node is $chunk) then '' else '#' || f:object-id($node))"/>
  </xsl:function>

</xsl:stylesheet>
