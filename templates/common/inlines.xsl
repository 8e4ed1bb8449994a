<?xml version="1.0" encoding="UTF-8"?>
<!--
  What inline elements are, the same in every output: the code-like ones
  ($v:code-inlines), the names of things shown as plain text ($v:plain-inlines), the
  labels of a user interface ($v:gui-inlines), and the text generated around and
  between them (PostgreSQL's stylesheet-common.xsl and DocBook XSL): "→ " before
  returnvalue, brackets around optional ("?" for role="tcl"), curly quotes around quote
  (single ones when nested in an odd number of quotes), the mark after trademark, the
  joins of keycombo and menuchoice. Handles no DocBook elements itself: the output
  modules put f:inline-open and f:inline-close around their own markup.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- The code-like inlines: names of things in programs and systems, set in the
       monospaced font in the PDF and as code in HTML (where DocBook XSL's markup for
       some of them, kept for PostgreSQL's pages, has templates of its own). The three
       lists are static: templates make their match patterns from them when compiled. -->
  <xsl:variable name="v:code-inlines" static="yes" as="xs:string+" select="('literal', 'code', 'constant', 'varname',
      'structfield', 'structname', 'type', 'function', 'parameter', 'option', 'command', 'filename',
      'envar', 'symbol', 'token', 'sgmltag', 'systemitem', 'userinput', 'computeroutput', 'returnvalue',
      'prompt', 'classname', 'methodname', 'interfacename', 'exceptionname', 'property', 'markup',
      'errorcode', 'errorname', 'errortype', 'errortext', 'database', 'uri', 'tag', 'package',
      'interface', 'ooclass', 'oointerface', 'ooexception', 'keycode', 'keysym', 'msgtext', 'hardware',
      'medialabel', 'action')"/>

  <!-- Names of products, organisations and people, their parts, and address parts:
       plain text in every output (HTML keeps DocBook XSL's span named after each). -->
  <xsl:variable name="v:plain-inlines" static="yes" as="xs:string+" select="('productname', 'application', 'orgname',
      'corpname', 'citation', 'firstname', 'surname', 'othername', 'honorific', 'lineage', 'corpauthor',
      'collab', 'collabname', 'affiliation', 'jobtitle', 'orgdiv', 'contrib', 'street', 'city', 'state',
      'postcode', 'country', 'pob', 'fax', 'phone', 'otheraddr', 'refentrytitle')"/>

  <!-- The labels of a user interface: keys, buttons, menus. -->
  <xsl:variable name="v:gui-inlines" static="yes" as="xs:string+" select="('keycap', 'shortcut', 'guibutton', 'guiicon',
      'guilabel', 'guimenu', 'guimenuitem', 'guisubmenu', 'mousebutton', 'accel')"/>

  <!-- What joins the keys of a keycombo, by its action (DocBook XSL's gentext). -->
  <xsl:function name="f:keycombo-join" visibility="public" as="xs:string">
    <xsl:param name="keycombo" as="element()"/>
    <xsl:sequence select="(map {'seq': ' ', 'simul': '+', 'press': '-', 'click': '-', 'double-click': '-',
        'other': ''}(string($keycombo/@action)), '+')[1]"/>
  </xsl:function>

  <!-- What comes before an item of a menuchoice that is not the first: an arrow before
       a menu item or submenu, else "+". -->
  <xsl:function name="f:menuchoice-join" visibility="public" as="xs:string">
    <xsl:param name="item" as="element()"/>
    <xsl:sequence select="if ($item/self::guimenuitem or $item/self::guisubmenu) then ' → ' else '+'"/>
  </xsl:function>

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
        else if ($element/self::trademark) then
          (map {'registered': '®', 'copyright': '©', 'service': '℠'}(string($element/@class)), '™')[1]
        else ''"/>
  </xsl:function>

</xsl:stylesheet>
