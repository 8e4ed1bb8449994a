<?xml version="1.0" encoding="UTF-8"?>
<!--
  Bibliography entries as every output writes them, after DocBook XSL's bibliography
  mode and PostgreSQL's layer (confgroup, isbn): each entry "[label] " and its parts,
  each part ending with ". ". Handles, in mode m:biblio, the parts of biblioentry and
  bibliomixed (biblioset, bibliomset, title, citetitle, subtitle, author, authorgroup,
  editor, othercredit, corpauthor, publisher, publishername, address, pubdate, isbn,
  issn, volumenum, issuenum, pagenums, edition, confgroup, copyright, releaseinfo,
  productname, productnumber, bibliomisc, ...; an entry's abstract and other block
  content are not shown, as in DocBook XSL), and the bibliographic elements that stand
  outside an entry (their content alone). The markup is the output's: each output has
  templates in mode m:biblio-part (a part, named after its element) and
  m:biblio-emphasis (a title), given the part's content as $content. Modes rather than
  named templates, because the checker's targets.xsl includes this module too and
  writes no bibliography.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- the parts of a bibliography entry; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:biblio" on-no-match="text-only-copy"/>

  <!-- the content of an entry's title; text is copied, as in every mode not declared otherwise -->
  <xsl:mode name="m:biblio-title" on-no-match="text-only-copy"/>

  <!-- how an output writes one part of an entry, given as $content; an output without
       it is a defect, never silently dropped text -->
  <xsl:mode name="m:biblio-part" on-no-match="fail"/>

  <!-- how an output writes an entry's title, given as $content -->
  <xsl:mode name="m:biblio-emphasis" on-no-match="fail"/>

  <!-- The separator DocBook XSL puts after each part (biblioentry.item.separator). -->
  <xsl:variable name="v:biblio-sep" as="xs:string" select="'. '"/>

  <!-- An entry's label: its leading abbrev, else its xreflabel, else its id, else its
       number among the entries. -->
  <xsl:function name="f:biblio-label" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="($entry/*[1]/self::abbrev/normalize-space(), $entry/@xreflabel, $entry/@id,
        string(count($entry/(preceding::biblioentry | preceding::bibliomixed)) + 1))[1]"/>
  </xsl:function>

  <!-- An entry's line, as every output writes it inside its own wrapper: "[label] " and
       the entry's parts. -->
  <xsl:template name="t:biblio-entry-content">
    <xsl:text>[</xsl:text>
    <xsl:value-of select="f:biblio-label(.)"/>
    <xsl:text>] </xsl:text>
    <xsl:apply-templates select="f:biblio-parts(.)" mode="m:biblio"/>
  </xsl:template>

  <!-- The parts an entry shows after its label, in the m:biblio mode. -->
  <xsl:function name="f:biblio-parts" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/(* except *[1]/self::abbrev)"/>
  </xsl:function>

  <xsl:template match="title | citetitle" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates select="." mode="m:biblio-emphasis">
          <xsl:with-param name="content" as="item()*"><xsl:apply-templates mode="m:biblio-title"/></xsl:with-param>
        </xsl:apply-templates>
        <xsl:value-of select="$v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <!-- A title inside a biblioset: quoted for an article, emphasized otherwise. -->
  <xsl:template match="biblioset/title | biblioset/citetitle | bibliomset/title" mode="m:biblio">
    <xsl:choose>
      <xsl:when test="../@relation = 'article'">
        <xsl:text>“</xsl:text><xsl:apply-templates mode="m:biblio-title"/><xsl:text>”</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="." mode="m:biblio-emphasis">
          <xsl:with-param name="content" as="item()*"><xsl:apply-templates mode="m:biblio-title"/></xsl:with-param>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$v:biblio-sep"/>
  </xsl:template>

  <!-- Inside a title, bibliographic elements keep their bibliography form (DocBook XSL
       applies its bibliography mode to the title's children: a productname gets its
       part and separator there); anything else renders as in the text. -->
  <xsl:template match="node()" mode="m:biblio-title">
    <xsl:apply-templates select="."/>
  </xsl:template>
  <xsl:template match="productname | productnumber" mode="m:biblio-title">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates/><xsl:value-of select="$v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="biblioset | bibliomset | publisher" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*"><xsl:apply-templates select="*" mode="m:biblio"/></xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <!-- Names: "First Last", "A and B", "A, B, and C". -->
  <xsl:template match="authorgroup" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:for-each select="*">
          <xsl:if test="position() gt 1">
            <xsl:value-of select="if (position() lt last()) then ', '
                else (if (last() gt 2) then ', ' else ' ') || f:gentext('and') || ' '"/>
          </xsl:if>
          <xsl:call-template name="t:biblio-person"/>
        </xsl:for-each>
        <xsl:value-of select="$v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="author | editor | othercredit | corpauthor" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="t:biblio-person"/>
        <xsl:value-of select="$v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <!-- A person: the parts of the name, each a part of its own, separated by spaces. -->
  <xsl:template name="t:biblio-person">
    <xsl:variable name="parts" select="(personname, .)[1]/(honorific | firstname | othername | surname | lineage)"/>
    <xsl:choose>
      <xsl:when test="$parts">
        <xsl:for-each select="$parts">
          <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates select="." mode="m:biblio-part">
            <xsl:with-param name="content" as="item()*"><xsl:apply-templates/></xsl:with-param>
          </xsl:apply-templates>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- PostgreSQL's layer: a conference is "title, dates. " (its address is not shown). -->
  <xsl:template match="confgroup" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:value-of select="string-join(conftitle/text(), '') || ', ' || string-join(confdates/text(), '')
            || $v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <!-- PostgreSQL's layer: "ISBN 0-201-70309-2. " -->
  <xsl:template match="isbn" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:value-of select="f:gentext('isbn') || ' '"/>
        <xsl:apply-templates/>
        <xsl:value-of select="$v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="copyright" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:value-of select="f:copyright-text(.) || $v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <!-- "Copyright © 2004, 2005 Holder": a copyright, in an entry or not. -->
  <xsl:function name="f:copyright-text" as="xs:string">
    <xsl:param name="copyright" as="element()"/>
    <xsl:sequence select="f:gentext('copyright') || ' © ' || string-join($copyright/year ! normalize-space(), ', ')
        || ' ' || string-join($copyright/holder ! normalize-space(), ', ')"/>
  </xsl:function>

  <!-- An entry's abstract, and other block content, is not part of the entry's line:
       DocBook XSL's bibliography mode shows none of it, so neither do we. -->
  <xsl:template match="abstract | para | simpara | note | itemizedlist | variablelist" mode="m:biblio"/>

  <!-- Every other part: its text, the separator. -->
  <xsl:template match="*" mode="m:biblio">
    <xsl:apply-templates select="." mode="m:biblio-part">
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates/><xsl:value-of select="$v:biblio-sep"/>
      </xsl:with-param>
    </xsl:apply-templates>
  </xsl:template>

  <!-- Bibliographic elements outside an entry: their content alone, in every output. -->
  <xsl:template match="publishername | pubdate | edition | releaseinfo | conftitle | confdates | confnum
      | confsponsor | bibliomisc | pubsnumber | contractnum | contractsponsor | printhistory | date
      | seriesvolnums | artpagenums | issuenum | productnumber">
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
