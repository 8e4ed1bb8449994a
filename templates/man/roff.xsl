<?xml version="1.0" encoding="UTF-8"?>
<!--
  Text as roff: escaping of the characters roff reads as markup, the way characters
  outside ASCII are named, and the tidying of a whole page (macros on lines of their
  own, no blank lines, verbatim text kept as it is). Handles no DocBook elements itself.

  Templates write macros as "&#10;.PP&#10;" anywhere and words with their source
  whitespace collapsed; f:roff-page then puts every macro on its own line, as DocBook
  XSL's manpages stylesheets do in their final pass. Verbatim text has to survive that
  pass, so its newlines and spaces travel as two private-use characters until the end.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- A newline and a space of verbatim text, until f:roff-page restores them. -->
  <xsl:variable name="v:kept-newline" as="xs:string" select="'&#xE000;'"/>
  <xsl:variable name="v:kept-space" as="xs:string" select="'&#xE001;'"/>

  <!-- Names groff and mandoc both know for the characters outside ASCII that DocBook
       XSL's charmap names in PostgreSQL's pages; any other one is written \[uXXXX]. -->
  <xsl:variable name="v:roff-names" as="map(xs:string, xs:string)" select="map {
      '&#xA0;': '\ ', '&#x201C;': '\(lq', '&#x201D;': '\(rq', '&#x2018;': '\(oq',
      '&#x2019;': '\(cq', '&#x2014;': '\(em', '&#x2013;': '\(en', '&#x2192;': '\(->',
      '&#x2190;': '\(&lt;-', '&#xD7;': '\(mu', '&#x2264;': '\(&lt;=', '&#x2265;': '\(&gt;=',
      '&#x2260;': '\(!=', '&#xA9;': '\(co', '&#xAE;': '\(rg', '&#x2122;': '\(tm',
      '&#xB0;': '\(de', '&#xB1;': '\(+-', '&#x2026;': '\&amp;.\&amp;.\&amp;.', '&#xA7;': '\(sc',
      '&#x2022;': '\(bu', '&#xB5;': '\(mc', '&#x2200;': '\(fa', '&#x2203;': '\(te',
      '&#x221E;': '\(if', '&#x2248;': '\(~~', '&#xB7;': '\(pc', '&#xF7;': '\(di'
    }"/>

  <!-- Text with roff's markup characters escaped: backslash, hyphen (so that options
       print as ASCII minus signs), dot (which starts a request at the start of a line)
       and apostrophe (which does too, and which groff would turn into a quote), and
       characters outside ASCII named. -->
  <xsl:function name="f:roff-escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="ascii" select="replace(replace(replace(replace($text, '\\', '\\e'),
        '-', '\\-'), '\.', '\\&amp;.'), &quot;'&quot;, '\\*(Aq')"/>
    <xsl:sequence select="if (matches($ascii, '[^&#x9;-&#x7F;]'))
        then string-join(string-to-codepoints($ascii) ! (
            if (. lt 128) then codepoints-to-string(.)
            else ($v:roff-names(codepoints-to-string(.)),
                  '\[u' || f:hex(., 4) || ']')[1]))
        else $ascii"/>
  </xsl:function>

  <!-- $n in upper-case hexadecimal, at least $digits long. -->
  <xsl:function name="f:hex" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="digits" as="xs:integer"/>
    <xsl:variable name="hex" select="if ($n lt 16) then substring('0123456789ABCDEF', $n + 1, 1)
        else f:hex($n idiv 16, 1) || substring('0123456789ABCDEF', $n mod 16 + 1, 1)"/>
    <xsl:sequence select="string-join((1 to $digits - string-length($hex)) ! '0') || $hex"/>
  </xsl:function>

  <!-- Running text: escaped, with its whitespace (newlines included) collapsed. -->
  <xsl:function name="f:roff-text" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="f:roff-escape(replace($text, '\s+', ' '))"/>
  </xsl:function>

  <!-- Verbatim text: escaped, its newlines and spaces protected from f:roff-page. -->
  <xsl:function name="f:roff-verbatim" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="translate(f:roff-escape(replace($text, '\t', '        ')), '&#10; ',
        $v:kept-newline || $v:kept-space)"/>
  </xsl:function>

  <!-- The argument of a macro, in double quotes: "CREATE TABLE". -->
  <xsl:function name="f:roff-quoted" as="xs:string">
    <xsl:param name="escaped" as="xs:string"/>
    <xsl:sequence select="'&quot;' || replace(normalize-space($escaped), '&quot;', '\\(dq') || '&quot;'"/>
  </xsl:function>

  <!-- A whole page as roff: every macro on a line of its own, no line starting or
       ending with spaces, no blank lines (roff reads them as paragraph breaks); then
       verbatim text as it was, without trailing spaces. -->
  <xsl:function name="f:roff-page" as="xs:string">
    <xsl:param name="raw" as="xs:string"/>
    <xsl:variable name="lines" select="replace(replace($raw, '[ \t]*\n[ \t]*', '&#10;'), '\n\n+', '&#10;')"/>
    <xsl:variable name="verbatim" select="replace($lines, '[ &#xE001;]+(&#xE000;|\n)', '$1')"/>
    <xsl:sequence select="replace(translate($verbatim, $v:kept-newline || $v:kept-space, '&#10; '), '^\n+|\n+$', '')"/>
  </xsl:function>

  <!-- Text in bold or italic, as DocBook XSL's bold and italic templates write it. -->
  <xsl:function name="f:bold" as="xs:string">
    <xsl:param name="escaped" as="xs:string"/>
    <xsl:sequence select="'\fB' || $escaped || '\fR'"/>
  </xsl:function>
  <xsl:function name="f:italic" as="xs:string">
    <xsl:param name="escaped" as="xs:string"/>
    <xsl:sequence select="'\fI' || $escaped || '\fR'"/>
  </xsl:function>

</xsl:stylesheet>
