<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline elements. Code-like ones (literal, function, type, command, option,
  structfield, filename, varname, ...) become <code class="name">; replaceable
  becomes <var>; optional is bracketed; emphasis, quote, firstterm, citetitle,
  foreignphrase, wordasword, subscript, superscript, trademark, keycap,
  keycombo, menuchoice and the gui* family, acronym, abbrev, productname,
  application, phrase, personal names and email have their own templates.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="literal | code | constant | varname | structfield | structname | type
      | function | parameter | option | command | filename | envar | symbol | token | sgmltag
      | systemitem | userinput | computeroutput | returnvalue | prompt | classname | methodname
      | interfacename | exceptionname | property | markup | errorcode | errorname | errortype
      | errortext | database | uri | tag | package | interface | ooclass | oointerface
      | ooexception | keycode | keysym | msgtext | hardware | medialabel | action" priority="0">
    <code class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </code>
  </xsl:template>

  <xsl:template match="replaceable">
    <var class="replaceable">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </var>
  </xsl:template>

  <xsl:template match="optional">
    <span class="optional">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <xsl:template match="emphasis">
    <xsl:element name="{if (@role = ('bold', 'strong')) then 'strong' else 'em'}">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="firstterm | glossterm">
    <em class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:choose>
        <xsl:when test="@linkend and key('id', @linkend)">
          <a href="{f:link(key('id', @linkend)[1])}"><xsl:apply-templates/></a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </em>
  </xsl:template>

  <xsl:template match="foreignphrase | wordasword">
    <em class="{local-name()}"><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="citetitle">
    <cite><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="quote">
    <xsl:text>“</xsl:text><xsl:apply-templates/><xsl:text>”</xsl:text>
  </xsl:template>

  <xsl:template match="subscript"><sub><xsl:apply-templates/></sub></xsl:template>
  <xsl:template match="superscript"><sup><xsl:apply-templates/></sup></xsl:template>

  <xsl:template match="trademark">
    <xsl:apply-templates/>
    <xsl:value-of select="if (@class = 'registered') then '®' else if (@class = 'copyright') then '©' else '™'"/>
  </xsl:template>

  <xsl:template match="keycap | guibutton | guiicon | guilabel | guimenu | guimenuitem | guisubmenu
      | mousebutton | shortcut | accel">
    <kbd class="{local-name()}"><xsl:apply-templates/></kbd>
  </xsl:template>

  <xsl:template match="keycombo">
    <kbd class="keycombo">
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1">+</xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </kbd>
  </xsl:template>

  <xsl:template match="menuchoice">
    <span class="menuchoice">
      <xsl:for-each select="* except shortcut">
        <xsl:if test="position() gt 1"> → </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="acronym | abbrev">
    <abbr class="{local-name()}"><xsl:apply-templates/></abbr>
  </xsl:template>

  <xsl:template match="productname | application | phrase | orgname | corpname | citation
      | personname | firstname | surname | othername | honorific | lineage | author | editor
      | othercredit | corpauthor | collab | collabname | affiliation | jobtitle | orgdiv
      | contrib | street | city | state | postcode | country | pob | fax | phone | otheraddr
      | productnumber | manvolnum | refentrytitle">
    <span class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="author | editor | othercredit | personname" priority="2">
    <span class="{local-name()}">
      <xsl:for-each select="*[not(self::affiliation or self::contrib)]">
        <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
      <xsl:if test="not(*)"><xsl:apply-templates/></xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="citerefentry">
    <span class="citerefentry">
      <xsl:apply-templates select="refentrytitle"/>
      <xsl:if test="manvolnum">(<xsl:apply-templates select="manvolnum/node()"/>)</xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="email">
    <xsl:text>&lt;</xsl:text><a class="email" href="mailto:{normalize-space(.)}"><xsl:apply-templates/></a><xsl:text>&gt;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
