<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline elements, in DocBook XSL's markup with PostgreSQL's customization
  (stylesheet-common.xsl, stylesheet-html-common.xsl):
  - in code.NAME ("monoseq"), the code-like inlines of common/inlines.xsl but those
    listed below: literal, code, constant, varname, option, filename, envar,
    computeroutput, prompt, classname, methodname, interfacename, exceptionname, uri,
    function, command, type, structfield, structname, symbol, token, returnvalue (after
    "→ "), sgmltag/tag, msgtext, ooclass, oointerface, ooexception;
  - in em.NAME > code: parameter, replaceable; in strong.NAME > code: userinput;
  - in span.NAME ("charseq"): the plain inlines of common/inlines.xsl (application,
    productname, citation, orgname, refentrytitle, personal names and address parts
    and the like), the interface labels but keycap and shortcut (accel, mousebutton,
    gui*), manvolnum, and the code-like systemitem, database, errorcode, errorname,
    errortype, errortext, hardware, interface, keycode, keysym, markup, package,
    property, action; optional (brackets outside);
  - in em.NAME: foreignphrase (inside span.foreignphrase), wordasword, citetitle,
    medialabel, firstterm and glossterm (linked when they have a linkend);
  - span.NAME > strong: keycap, shortcut; emphasis as span.emphasis > em (span.bold >
    strong for role="bold", span.ROLE otherwise; strong inside program listings);
  - quote as span.quote with curly quotes; acronym and abbrev as abbr; subscript,
    superscript; trademark, keycombo, menuchoice, citerefentry, email, phrase.
  The text generated around inlines comes from common (f:inline-open, f:inline-close).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- The code-like inlines (common/inlines.xsl) that have no template of their own. The
       match is the list's names joined into a pattern when the stylesheet is compiled:
       Saxon finds a rule for a name at once, while *[local-name() = ...] was tried on
       every element that had no better rule (a tenth of the rendering time of
       PostgreSQL's manual). -->
  <xsl:template _match="{string-join($v:code-inlines, ' | ')}" priority="-0.25">
    <xsl:value-of select="f:inline-open(.)"/>
    <code class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </code>
  </xsl:template>

  <!-- sgmltag: the markup it names, with its delimiters, by class (DocBook XSL). -->
  <xsl:template match="sgmltag | tag">
    <xsl:variable name="class" select="(@class, 'element')[1]"/>
    <code class="sgmltag-{$class}">
      <xsl:call-template name="t:id"/>
      <xsl:choose>
        <xsl:when test="$class = 'starttag'">&lt;<xsl:apply-templates/>&gt;</xsl:when>
        <xsl:when test="$class = 'endtag'">&lt;/<xsl:apply-templates/>&gt;</xsl:when>
        <xsl:when test="$class = 'emptytag'">&lt;<xsl:apply-templates/>/&gt;</xsl:when>
        <xsl:when test="$class = 'genentity'">&amp;<xsl:apply-templates/>;</xsl:when>
        <xsl:when test="$class = 'paramentity'">%<xsl:apply-templates/>;</xsl:when>
        <xsl:when test="$class = 'pi'">&lt;?<xsl:apply-templates/>&gt;</xsl:when>
        <xsl:when test="$class = 'comment'">&lt;!--<xsl:apply-templates/>--&gt;</xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </code>
  </xsl:template>

  <xsl:template match="parameter | replaceable">
    <em class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <code><xsl:apply-templates/></code>
    </em>
  </xsl:template>

  <xsl:template match="userinput">
    <strong class="userinput">
      <xsl:call-template name="t:id"/>
      <code><xsl:apply-templates/></code>
    </strong>
  </xsl:template>

  <xsl:template match="optional">
    <xsl:value-of select="f:inline-open(.)"/>
    <span class="optional">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </span>
    <xsl:value-of select="f:inline-close(.)"/>
  </xsl:template>

  <xsl:template match="emphasis">
    <xsl:variable name="role" select="normalize-space(@role)"/>
    <span class="{if ($role != '') then $role else 'emphasis'}">
      <xsl:call-template name="t:id"/>
      <xsl:choose>
        <!-- PostgreSQL: emphasis in a program listing is bold -->
        <xsl:when test="$role = ('bold', 'strong') or ($role = '' and parent::programlisting)">
          <strong><xsl:apply-templates/></strong>
        </xsl:when>
        <xsl:when test="$role != ''"><xsl:apply-templates/></xsl:when>
        <xsl:otherwise><em><xsl:apply-templates/></em></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- A linked term: DocBook XSL nests the link it makes for the term inside the link of
       its linkend (a.glossterm > em.glossterm > a.glossterm). Nested links are not HTML;
       browsers, reading PostgreSQL's pages, close the outer link before the inner one,
       leaving an empty link before the term: this is that parsed form. -->
  <xsl:template match="firstterm | glossterm">
    <xsl:variable name="target" select="if (@linkend) then key('id', @linkend)[1] else ()"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a class="{local-name()}" href="{f:link($target)}"><em class="{local-name()}"/></a>
        <em class="{local-name()}">
          <xsl:call-template name="t:id"/>
          <a class="{local-name()}" href="{f:link($target)}">
            <xsl:if test="$target/glossterm">
              <xsl:attribute name="title" select="normalize-space($target/glossterm)"/>
            </xsl:if>
            <xsl:apply-templates/>
          </a>
        </em>
      </xsl:when>
      <xsl:otherwise>
        <em class="{local-name()}">
          <xsl:call-template name="t:id"/>
          <xsl:apply-templates/>
        </em>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="wordasword | citetitle | medialabel">
    <em class="{local-name()}"><xsl:call-template name="t:id"/><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="foreignphrase">
    <span class="foreignphrase"><em class="foreignphrase"><xsl:call-template name="t:id"/><xsl:apply-templates/></em></span>
  </xsl:template>

  <xsl:template match="quote">
    <span class="quote">
      <xsl:value-of select="f:inline-open(.)"/>
      <span class="quote">
        <xsl:call-template name="t:id"/>
        <xsl:apply-templates/>
      </span>
      <xsl:value-of select="f:inline-close(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="subscript"><sub><xsl:call-template name="t:id"/><xsl:apply-templates/></sub></xsl:template>
  <xsl:template match="superscript"><sup><xsl:call-template name="t:id"/><xsl:apply-templates/></sup></xsl:template>

  <xsl:template match="trademark">
    <span class="trademark"><xsl:call-template name="t:id"/><xsl:apply-templates/></span>
    <xsl:value-of select="f:inline-close(.)"/>
  </xsl:template>

  <!-- above the other interface labels (span.NAME, below) -->
  <xsl:template match="keycap | shortcut" priority="1">
    <span class="{local-name()}"><xsl:call-template name="t:id"/><strong><xsl:apply-templates/></strong></span>
  </xsl:template>

  <xsl:template match="keycombo">
    <xsl:variable name="join" select="f:keycombo-join(.)"/>
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1"><xsl:value-of select="$join"/></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="menuchoice">
    <xsl:for-each select="* except shortcut">
      <xsl:if test="position() gt 1"><xsl:value-of select="f:menuchoice-join(.)"/></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:if test="shortcut">
      <xsl:text> (</xsl:text><xsl:apply-templates select="shortcut"/><xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- acronym and abbrev: DocBook XSL writes <acronym>, which HTML5 no longer has; <abbr>
       is its HTML5 successor, with the same class. -->
  <xsl:template match="acronym | abbrev">
    <abbr class="{local-name()}"><xsl:call-template name="t:id"/><xsl:apply-templates/></abbr>
  </xsl:template>

  <!-- The plain and interface inlines of common/inlines.xsl, and the code-like ones
       DocBook XSL writes as a span too, with manvolnum (priority 0: as a list of names;
       the lists become names in the pattern, as above). -->
  <xsl:template _match="{string-join(($v:plain-inlines, $v:gui-inlines), ' | ')} | manvolnum | systemitem
      | database | errorcode | errorname | errortype | errortext | hardware | interface | keycode | keysym
      | markup | package | property | action" priority="0">
    <span class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="phrase">
    <span class="{(@role[normalize-space() != ''], 'phrase')[1]}">
      <xsl:call-template name="t:id"/>
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

  <!-- PostgreSQL sets refentry.xref.manvolnum to 0: the title alone. -->
  <xsl:template match="citerefentry">
    <span class="citerefentry">
      <xsl:apply-templates select="refentrytitle"/>
    </span>
  </xsl:template>

  <xsl:template match="email">
    <code class="email">&lt;<a class="email" href="mailto:{normalize-space(.)}"><xsl:apply-templates/></a>&gt;</code>
  </xsl:template>

</xsl:stylesheet>
