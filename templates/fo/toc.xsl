<?xml version="1.0" encoding="UTF-8"?>
<!--
  The table of contents: parts, chapters, appendices, references and their first
  level of sections, with dotted leaders and page numbers, each entry a link.
  Handles toc (placeholder; the generated one replaces it).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="toc"/>

  <xsl:template name="m:toc">
    <fo:block font-family="{$heading-font}" font-size="18pt" font-weight="bold" space-after="8mm" role="H1">
      <xsl:value-of select="f:gentext('contents')"/>
    </fo:block>
    <xsl:apply-templates select="/*/*" mode="m:toc"/>
  </xsl:template>

  <xsl:template match="part | reference | preface | chapter | appendix | article | glossary | bibliography
      | index | sect1 | section[parent::chapter or parent::appendix or parent::preface or parent::article]
      | refentry" mode="m:toc">
    <xsl:variable name="depth" select="count(ancestor::*[self::part or self::reference or self::chapter
        or self::appendix or self::preface or self::article])"/>
    <fo:block text-align-last="justify" margin-left="{$depth * 6}mm" text-indent="0"
        space-before="{if (self::part) then '3mm' else if (self::chapter or self::appendix) then '1.2mm' else '0'}"
        font-weight="{if (self::part or self::chapter or self::appendix or self::reference) then 'bold' else 'normal'}"
        keep-with-next.within-page="{if (self::part) then 'always' else 'auto'}">
      <fo:basic-link internal-destination="{f:fo-id(.)}">
        <xsl:value-of select="f:outline-title(.)"/>
        <fo:inline keep-together.within-line="always">
          <fo:leader leader-pattern="dots" leader-pattern-width="3pt"/>
          <fo:page-number-citation ref-id="{f:fo-id(.)}"/>
        </fo:inline>
      </fo:basic-link>
    </fo:block>
    <xsl:if test="not(self::sect1 or self::section or self::refentry)">
      <xsl:apply-templates select="*" mode="m:toc"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="m:toc"/>

</xsl:stylesheet>
