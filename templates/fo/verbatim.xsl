<?xml version="1.0" encoding="UTF-8"?>
<!--
  Verbatim text: programlisting, screen, synopsis, literallayout, address-like
  layouts, programlistingco, screenco, areaspec, co, lineannotation. Whitespace
  and line breaks are kept. Long lines never run off the page: the block's font
  shrinks to fit its longest line (down to 6pt); lines still too long are broken
  with a visible ↩ at the break (plain-text listings) or wrapped by FOP.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <!-- Advance width of DejaVu Sans Mono, in ems. -->
  <xsl:variable name="v:mono-advance" as="xs:double" select="0.602"/>
  <xsl:variable name="v:min-mono-size" as="xs:double" select="6"/>

  <!-- Width available to a block, in points: the measure less what lists and boxes take. -->
  <xsl:function name="f:available-width" as="xs:double">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="$v:measure-pt - 17 * count($node/ancestor::*[self::listitem or self::varlistentry
        or self::step or self::callout or self::glossentry or self::blockquote])
        - 14 * count($node/ancestor::*[self::note or self::tip or self::warning or self::caution
        or self::important or self::sidebar or self::entry]) - 12"/>
  </xsl:function>

  <xsl:function name="f:longest-line" as="xs:integer">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="max((0, for $l in tokenize(replace(string($node), '&#9;', '        '), '\n')
        return string-length($l)))"/>
  </xsl:function>

  <xsl:template match="programlisting | screen | synopsis | literallayout">
    <xsl:variable name="available" select="f:available-width(.)"/>
    <xsl:variable name="longest" select="f:longest-line(.)"/>
    <xsl:variable name="fit" select="if ($longest = 0) then $v:mono-size-pt
        else min(($v:mono-size-pt, $available div ($v:mono-advance * $longest)))"/>
    <xsl:variable name="size" select="max(($fit, $v:min-mono-size))"/>
    <xsl:variable name="chars" select="xs:integer(floor($available div ($v:mono-advance * $size)))"/>
    <fo:block font-family="{$v:mono-font}" font-size="{format-number($size, '0.##')}pt" line-height="1.2"
        linefeed-treatment="preserve" white-space-collapse="false" white-space-treatment="preserve"
        wrap-option="wrap" text-align="start" hyphenate="false"
        background-color="{if (self::literallayout) then 'transparent' else '#f4f6f8'}"
        padding="3pt" space-after="6pt" keep-together.within-page="auto" pgdocs:src="{pgdocs:location(.)}"><xsl:call-template name="t:id"/>
      <xsl:choose>
        <xsl:when test="not(*) and $longest gt $chars">
          <xsl:value-of select="f:break-long-lines(string(.), $chars)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- Breaks lines longer than $chars, ending each broken part with ↩. -->
  <xsl:function name="f:break-long-lines" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="chars" as="xs:integer"/>
    <xsl:sequence select="string-join(
        for $line in tokenize(replace($text, '&#9;', '        '), '\n')
        return f:break-line($line, max(($chars - 1, 10))), '&#10;')"/>
  </xsl:function>

  <xsl:function name="f:break-line" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:param name="chars" as="xs:integer"/>
    <xsl:sequence select="if (string-length($line) le $chars + 1) then $line
        else substring($line, 1, $chars) || '↩&#10;' || f:break-line(substring($line, $chars + 1), $chars)"/>
  </xsl:function>

  <xsl:template match="programlistingco | screenco">
    <fo:block><xsl:call-template name="t:id"/><xsl:apply-templates select="node() except areaspec"/></fo:block>
  </xsl:template>
  <xsl:template match="areaspec | area | areaset"/>

  <xsl:template match="co">
    <fo:inline font-weight="bold"><xsl:call-template name="t:id"/>(<xsl:value-of select="f:callout-number(.)"/>)</fo:inline>
  </xsl:template>

  <xsl:template match="lineannotation"><fo:inline font-style="italic"><xsl:call-template name="t:id"/><xsl:apply-templates/></fo:inline></xsl:template>

</xsl:stylesheet>
