<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline elements: the code-like ones ($v:code-inlines in common/inlines.xsl: literal,
  function, type, command, option, structfield, filename, varname, ...) in the
  monospaced font, returnvalue after "→ ", parameter in italics too; replaceable in
  italics; optional in brackets (the generated text from common: f:inline-open,
  f:inline-close); emphasis, quote, firstterm, glossterm, citetitle, foreignphrase,
  wordasword, subscript, superscript, trademark, the interface labels (keycap, gui*,
  ...: $v:gui-inlines), keycombo, menuchoice, acronym, abbrev, phrase, the plain
  inlines ($v:plain-inlines: productname, application, personal names, ...), email,
  citerefentry, manvolnum. Synopses are in synopsis.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:template match="*[local-name() = $v:code-inlines]" priority="0">
    <!-- "→ " before returnvalue (f:inline-open, common), in the body font -->
    <xsl:value-of select="f:inline-open(.)"/>
    <fo:inline font-family="{$v:mono-font}" font-size="0.9em"><xsl:call-template name="t:id"/>
      <xsl:if test="self::userinput"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <xsl:if test="self::parameter"><xsl:attribute name="font-style">italic</xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- Text, with two line-breaking rules: "C++" never breaks before its pluses, and in table
       cells, where columns are narrow and identifiers long (pg_stat_get_backend_activity_start,
       src/include/utils/elog.h), lines may also break after _ . / , ( : =. -->
  <xsl:template match="text()">
    <xsl:variable name="joined" select="if (contains(., '++')) then replace(., '(\w)\+\+', '$1&#x2060;+&#x2060;+') else string(.)"/>
    <xsl:value-of select="if (ancestor::entry) then replace($joined, '([_./,(:=])(\S)', '$1&#x200B;$2') else $joined"/>
  </xsl:template>

  <xsl:template match="replaceable">
    <fo:inline font-style="italic"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="optional">
    <xsl:call-template name="t:anchor"/><xsl:value-of select="f:inline-open(.)"/><xsl:apply-templates/><xsl:value-of select="f:inline-close(.)"/>
  </xsl:template>

  <xsl:template match="emphasis">
    <fo:inline><xsl:call-template name="t:id"/>
      <xsl:attribute name="{if (@role = ('bold', 'strong')) then 'font-weight' else 'font-style'}"
          select="if (@role = ('bold', 'strong')) then 'bold' else 'italic'"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="firstterm | glossterm | foreignphrase | wordasword | citetitle">
    <fo:inline font-style="italic"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="quote">
    <xsl:call-template name="t:anchor"/><xsl:value-of select="f:inline-open(.)"/><xsl:apply-templates/><xsl:value-of select="f:inline-close(.)"/>
  </xsl:template>
  <xsl:template match="subscript"><fo:inline baseline-shift="sub" font-size="0.75em"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="superscript"><fo:inline baseline-shift="super" font-size="0.75em"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:inline></xsl:template>

  <xsl:template match="trademark">
    <xsl:call-template name="t:anchor"/><xsl:apply-templates/>
    <xsl:value-of select="f:inline-close(.)"/>
  </xsl:template>

  <!-- the interface labels of common/inlines.xsl (priority 0: as a list of names) -->
  <xsl:template match="*[local-name() = $v:gui-inlines]" priority="0">
    <fo:inline font-family="{$v:heading-font}" font-size="0.9em"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="keycombo">
    <xsl:call-template name="t:anchor"/>
    <xsl:variable name="join" select="f:keycombo-join(.)"/>
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1"><xsl:value-of select="$join"/></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="menuchoice">
    <xsl:call-template name="t:anchor"/>
    <xsl:for-each select="* except shortcut">
      <xsl:if test="position() gt 1"><xsl:value-of select="f:menuchoice-join(.)"/></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:if test="shortcut">
      <xsl:text> (</xsl:text><xsl:apply-templates select="shortcut"/><xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- the plain inlines of common/inlines.xsl, and abbreviations and phrases (priority 0:
       as a list of names) -->
  <xsl:template match="*[local-name() = $v:plain-inlines] | acronym | abbrev | phrase" priority="0">
    <xsl:call-template name="t:anchor"/><xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="author | editor | othercredit | personname">
    <xsl:call-template name="t:anchor"/>
    <xsl:for-each select="*[not(self::affiliation or self::contrib)]">
      <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:if test="not(*)"><xsl:apply-templates/></xsl:if>
  </xsl:template>

  <xsl:template match="manvolnum"><xsl:call-template name="t:anchor"/>(<xsl:apply-templates/>)</xsl:template>
  <xsl:template match="citerefentry"><xsl:call-template name="t:anchor"/><xsl:apply-templates/></xsl:template>

  <xsl:template match="email">
    <xsl:text>&lt;</xsl:text>
    <fo:basic-link external-destination="url('mailto:{normalize-space(.)}')">
      <fo:inline font-family="{$v:mono-font}" font-size="0.9em"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:inline>
    </fo:basic-link>
    <xsl:text>&gt;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
