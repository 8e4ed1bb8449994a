<?xml version="1.0" encoding="UTF-8"?>
<!--
  Divisions with headings: set, book, part, reference, preface, chapter, appendix,
  article, colophon, sect1-sect5, section, simplesect, bibliodiv, glossdiv,
  legalnotice, partintro; their title, subtitle, titleabbrev and *info children; and
  the title page of the book (bookinfo: title, corpauthor, author, authorgroup,
  copyright, legalnotice). refentry and refsect* are in refentry.xsl, the index in
  index.xsl, bibliography in biblio.xsl, glossary in glossary.xsl; they use the
  named templates of this module.

  Markup as DocBook XSL 1.79 writes it (xhtml/component.xsl, division.xsl,
  sections.xsl, titlepage.templates.xsl): div.chapter#ID > div.titlepage > div > div >
  h2.title "Chapter 48. Title", the table of contents right after the title page
  (toc.xsl), then the content. Every division div carries its anchor (f:object-id:
  the id in upper case, or DocBook XSL's generated id-1.2.3). Heading levels follow
  DocBook XSL: h1 for the book, parts, references and components that are children of
  the book; h2 for other components; sections h(level + 1) (sect1 h2, sect2 h3, ...),
  whatever page they are shown on.

  PostgreSQL 17 and later put a "#" link (a.id_link, pg.id.link in their
  stylesheet-html-common.xsl) after the heading of every section; their stylesheet
  stops with an error when a section has no id, which is why every section of those
  manuals has one. $v:id-links follows pg.version (17 and later); when the version is
  not known ("0", "devel"), the sources decide: on when every section of the book has
  an id, off otherwise (PostgreSQL 14's manual has sections without ids).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    xmlns:pgdocs="urn:pgdocs:extensions"
    exclude-result-prefixes="#all">

  <!-- Whether headings of sections (and varlistentry terms with ids) get PostgreSQL 17's
       "#" id links; see the comment at the top. -->
  <xsl:variable name="v:id-links" as="xs:boolean" select="
      if (matches($pg.version, '^[0-9]+')) then xs:integer(replace($pg.version, '^([0-9]+).*$', '$1')) ge 17
      else exists(pgdocs:elements(., ('sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'section', 'simplesect')))
          and empty(pgdocs:elements(., ('sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'section', 'simplesect'))[not(@id)])"/>

  <xsl:template match="set | book | part | reference | preface | chapter | appendix | article | colophon">
    <div class="{local-name()}" id="{f:object-id(.)}">
      <xsl:call-template name="t:titlepage"/>
      <xsl:if test="not(partintro)">
        <xsl:call-template name="t:toc"/>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')])"/>
    </div>
  </xsl:template>

  <xsl:template match="sect1 | sect2 | sect3 | sect4 | sect5 | section | simplesect">
    <div class="{local-name()}" id="{f:object-id(.)}">
      <xsl:call-template name="t:titlepage"/>
      <xsl:call-template name="t:section-toc"/>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')])"/>
    </div>
  </xsl:template>

  <!-- A part's or reference's introduction; the division's table of contents ends it. -->
  <xsl:template match="partintro">
    <div class="partintro" id="{f:object-id(.)}">
      <div>
        <xsl:if test="title">
          <xsl:call-template name="t:titlepage-title">
            <xsl:with-param name="level" select="1"/>
          </xsl:call-template>
        </xsl:if>
      </div>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev)"/>
      <xsl:call-template name="t:toc">
        <xsl:with-param name="of" select=".."/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- bibliodiv and glossdiv: a div with an h3 title, no title page (DocBook XSL's
       bibliodiv and glossdiv templates). -->
  <xsl:template match="bibliodiv | glossdiv">
    <div class="{local-name()}" id="{f:object-id(.)}">
      <xsl:if test="title">
        <h3 class="title"><xsl:apply-templates select="title/node()"/></h3>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | *[ends-with(local-name(), 'info')])"/>
    </div>
  </xsl:template>

  <!-- The legal notice, on a page of its own: its title as a bold paragraph
       (DocBook XSL's legalnotice in titlepage mode), no heading. -->
  <xsl:template match="legalnotice">
    <div class="legalnotice" id="{f:object-id(.)}">
      <p class="legalnotice-title"><strong><xsl:value-of
          select="(f:title(.)[. != ''], f:gentext('legal-notice'))[1]"/></strong></p>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev)"/>
    </div>
  </xsl:template>

  <!-- The HTML heading level of a division's title (DocBook XSL: component.title,
       division.title, section.level + 1). -->
  <xsl:function name="f:heading-level" as="xs:integer">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:choose>
      <xsl:when test="$name = $v:divisions">
        <xsl:sequence select="1"/>
      </xsl:when>
      <!-- components: h1 as children of the book, h2 elsewhere (component.title) -->
      <xsl:when test="$name = $v:components">
        <xsl:sequence select="
            if ($node/parent::book) then 1
            else if ($node/ancestor::section) then count($node/ancestor::section) + 2
            else if ($node/ancestor::sect5) then 7
            else if ($node/ancestor::sect4) then 6
            else if ($node/ancestor::sect3) then 5
            else if ($node/ancestor::sect2) then 4
            else if ($node/ancestor::sect1) then 3
            else 2"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:section-level($node) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- DocBook XSL's section.level: sect1 = 1 ... sect5 = 5, section by nesting,
       simplesect by what its grandparent holds (as DocBook XSL counts it). -->
  <xsl:function name="f:section-level" as="xs:integer">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:choose>
      <xsl:when test="matches($name, '^sect[1-5]$')">
        <xsl:sequence select="xs:integer(substring($name, 5))"/>
      </xsl:when>
      <xsl:when test="$name = 'section'">
        <xsl:sequence select="min((6, count($node/ancestor::section) + 1))"/>
      </xsl:when>
      <xsl:when test="$name = 'simplesect'">
        <xsl:variable name="gp" select="$node/../.."/>
        <xsl:sequence select="
            if ($gp/sect1) then 2 else if ($gp/sect2) then 3 else if ($gp/sect3) then 4
            else if ($gp/sect4 or $gp/sect5) then 5
            else if ($gp/section) then min((5, count($node/ancestor::section) + 1))
            else 1"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The title page of a division: div.titlepage > div > div > hN.title, subtitle,
       the book's authors, copyright and legal notice link; a rule under the book's and
       the references' title pages (their titlepage.separator). -->
  <xsl:template name="t:titlepage">
    <xsl:variable name="info" select="*[ends-with(local-name(), 'info')]"/>
    <div class="titlepage">
      <div>
        <div>
          <xsl:call-template name="t:titlepage-title">
            <xsl:with-param name="level" select="f:heading-level(.)"/>
          </xsl:call-template>
        </div>
        <xsl:for-each select="(subtitle, $info/subtitle)[1]">
          <div><h3 class="subtitle"><em><xsl:apply-templates/></em></h3></div>
        </xsl:for-each>
        <xsl:for-each select="$info/corpauthor">
          <div><h3 class="corpauthor"><xsl:apply-templates/></h3></div>
        </xsl:for-each>
        <xsl:for-each select="$info/(author | authorgroup/author)">
          <div><h3 class="author"><xsl:value-of select="normalize-space(.)"/></h3></div>
        </xsl:for-each>
        <xsl:for-each select="$info/copyright">
          <div><p class="copyright"><xsl:value-of select="f:copyright-text(.)"/></p></div>
        </xsl:for-each>
        <xsl:for-each select="$info/legalnotice">
          <div><a href="{f:division-link(.)}"><xsl:value-of
              select="(f:title(.)[. != ''], f:gentext('legal-notice'))[1]"/></a></div>
        </xsl:for-each>
      </div>
      <xsl:if test="self::book or self::set or self::reference or self::article">
        <hr/>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- The hN.title of a division: its label and title as object.title.markup writes
       them, inline markup kept; PostgreSQL 17+'s id link after section titles. -->
  <xsl:template name="t:titlepage-title">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="section" select="exists(self::sect1 | self::sect2 | self::sect3 | self::sect4
        | self::sect5 | self::section | self::simplesect)"/>
    <xsl:element name="h{min((6, $level))}">
      <xsl:attribute name="class" select="'title'"/>
      <xsl:if test="$section and $level lt 3">
        <xsl:attribute name="style" select="'clear: both'"/>
      </xsl:if>
      <xsl:call-template name="t:object-title-markup"/>
      <xsl:if test="$section">
        <xsl:call-template name="t:self-link"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Label and title of a division with the title's inline markup ("Chapter 48. ",
       "48.1. ", "Part V. "; a reference's title without its numeral; generated titles
       for untitled indexes, bibliographies, glossaries). Index terms and footnotes in
       a title are left to where the title is written in the text. -->
  <xsl:template name="t:object-title-markup">
    <xsl:param name="node" as="element()" select="."/>
    <xsl:value-of select="f:object-label($node)"/>
    <xsl:variable name="title" select="f:title-element($node)"/>
    <xsl:choose>
      <xsl:when test="$title">
        <xsl:apply-templates select="$title/node()"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="f:gentext(local-name($node))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- PostgreSQL 17+'s id link (pg.id.link): " #" linking to the element's anchor. -->
  <xsl:template name="t:self-link">
    <xsl:param name="object" as="element()" select="."/>
    <xsl:if test="$v:id-links and $object/@id">
      <xsl:text> </xsl:text>
      <a href="#{f:object-id($object)}" class="id_link">#</a>
    </xsl:if>
  </xsl:template>

  <!-- Titles are rendered by their parent's heading; wherever else they turn up, once. -->
  <xsl:template match="title | subtitle | titleabbrev"/>
  <xsl:template match="bookinfo | articleinfo | info | refsect1info | refsect2info | refsect3info
      | sect1info | sect2info | sect3info | sect4info | sect5info | sectioninfo | chapterinfo
      | appendixinfo | partinfo | prefaceinfo | referenceinfo | refentryinfo | setinfo | glossaryinfo
      | bibliographyinfo | indexinfo | objectinfo"/>

</xsl:stylesheet>
