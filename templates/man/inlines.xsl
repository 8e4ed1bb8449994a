<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline elements, in DocBook XSL's manpages fonts with PostgreSQL's changes: bold for
  command, option, userinput, envar, errorcode, constant, markup, function, keycap,
  strong emphasis and emphasis in program listings; italic for replaceable, varname,
  parameter, emphasis and firstterm; roman for the rest (literal, type, structfield,
  filename, ...), with the text common/inlines.xsl puts around some (returnvalue,
  optional, quote); email in angle brackets and superscript after a caret (PostgreSQL's
  stylesheet-man.xsl); footnote as a bracketed mark.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:template match="command | option | userinput | envar | errorcode | constant | markup | keycap
      | function[not(ancestor::cmdsynopsis or ancestor::funcsynopsis)]
      | emphasis[@role = ('bold', 'strong') or @remap = 'B'] | programlisting//emphasis | screen//emphasis">
    <xsl:call-template name="t:font"><xsl:with-param name="font" select="'B'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="replaceable | varname | emphasis | firstterm | citetitle | foreignphrase | glossterm
      | parameter[not(ancestor::cmdsynopsis or ancestor::funcsynopsis)]">
    <xsl:call-template name="t:font"><xsl:with-param name="font" select="'I'"/></xsl:call-template>
  </xsl:template>

  <!-- \fB...\fR around the content; the text common/inlines.xsl generates goes inside -->
  <xsl:template name="t:font">
    <xsl:param name="font" as="xs:string"/>
    <xsl:value-of select="'\f' || $font"/>
    <xsl:value-of select="f:roff-escape(f:inline-open(.))"/>
    <xsl:apply-templates/>
    <xsl:value-of select="f:roff-escape(f:inline-close(.))"/>
    <xsl:text>\fR</xsl:text>
  </xsl:template>

  <xsl:template match="literal | code | type | structfield | structname | symbol | token | filename
      | systemitem | productname | application | acronym | abbrev | classname | computeroutput | prompt
      | sgmltag | tag | varname[ancestor::cmdsynopsis] | parameter | function | returnvalue | quote
      | optional | phrase | wordasword | trademark | keycombo | keysym | database | uri | property
      | methodname | interfacename | exceptionname | errorname | errortype | errortext | package
      | citation | lineannotation | guimenu | guibutton | guilabel | guisubmenu | guimenuitem | menuchoice
      | mousebutton | hardware | medialabel | msgtext | action | ooclass | oointerface | ooexception
      | personname | firstname | surname | othername | orgname | corpauthor | author | honorific
      | span | subscript | interface | accel | shortcut | attribution">
    <xsl:value-of select="f:roff-escape(f:inline-open(.))"/>
    <xsl:apply-templates/>
    <xsl:value-of select="f:roff-escape(f:inline-close(.))"/>
  </xsl:template>

  <xsl:template match="keycombo/*[position() > 1]" priority="1">
    <xsl:text>+</xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="email">
    <xsl:text>&lt;</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>&gt;</xsl:text>
  </xsl:template>

  <xsl:template match="superscript">
    <xsl:text>^</xsl:text>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="citerefentry">
    <xsl:value-of select="f:bold(f:roff-text(normalize-space(refentrytitle)))
        || (if (manvolnum) then '(' || normalize-space(manvolnum) || ')' else '')"/>
  </xsl:template>

  <!-- A footnote's mark where it stands; the text is written after the table or paragraph
       block holding it (t:footnotes). -->
  <xsl:template match="footnote">
    <xsl:value-of select="'\&amp;[' || f:footnote-mark(.) || ']'"/>
  </xsl:template>

  <xsl:template match="footnoteref">
    <xsl:variable name="note" select="key('id', @linkend)[1]"/>
    <xsl:value-of select="'\&amp;[' || (if ($note) then f:footnote-mark($note) else '?') || ']'"/>
  </xsl:template>

  <!-- The texts of the footnotes in $scope, after it: "[a] text" -->
  <xsl:template name="t:footnotes">
    <xsl:param name="scope" as="element()"/>
    <xsl:for-each select="$scope//footnote">
      <xsl:text>&#10;.sp&#10;</xsl:text>
      <xsl:value-of select="'[' || f:footnote-mark(.) || ']'"/>
      <xsl:text>&#10;.RS 4&#10;</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>&#10;.RE&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
