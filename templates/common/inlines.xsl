<?xml version="1.0" encoding="UTF-8"?>
<!--
  What inline elements are, the same in HTML and PDF: the code-like ones
  ($v:code-inlines), and the text generated around them (PostgreSQL's
  stylesheet-common.xsl and DocBook XSL): "→ " before returnvalue, brackets around
  optional ("?" for role="tcl"), curly quotes around quote (single ones when nested in
  an odd number of quotes). Handles no DocBook elements itself: the output modules put
  f:inline-open and f:inline-close around their own markup.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- The code-like inlines: names of things in programs and systems, set in the
       monospaced font in the PDF and as code in HTML (where DocBook XSL's markup for
       some of them, kept for PostgreSQL's pages, has templates of its own). -->
  <xsl:variable name="v:code-inlines" as="xs:string+" select="('literal', 'code', 'constant', 'varname',
      'structfield', 'structname', 'type', 'function', 'parameter', 'option', 'command', 'filename',
      'envar', 'symbol', 'token', 'sgmltag', 'systemitem', 'userinput', 'computeroutput', 'returnvalue',
      'prompt', 'classname', 'methodname', 'interfacename', 'exceptionname', 'property', 'markup',
      'errorcode', 'errorname', 'errortype', 'errortext', 'database', 'uri', 'tag', 'package',
      'interface', 'ooclass', 'oointerface', 'ooexception', 'keycode', 'keysym', 'msgtext', 'hardware',
      'medialabel', 'action')"/>

  <!-- The text generated before an inline element, or "". -->
  <xsl:function name="f:inline-open" visibility="public" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
        if ($element/self::returnvalue) then '&#x2192; '
        else if ($element/self::optional[@role = 'tcl']) then '?'
        else if ($element/self::optional) then '['
        else if ($element/self::quote) then (if (count($element/ancestor::quote) mod 2 = 0) then '“' else '‘')
        else ''"/>
  </xsl:function>

  <!-- The text generated after an inline element, or "". -->
  <xsl:function name="f:inline-close" visibility="public" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
        if ($element/self::optional[@role = 'tcl']) then '?'
        else if ($element/self::optional) then ']'
        else if ($element/self::quote) then (if (count($element/ancestor::quote) mod 2 = 0) then '”' else '’')
        else ''"/>
  </xsl:function>

</xsl:stylesheet>
