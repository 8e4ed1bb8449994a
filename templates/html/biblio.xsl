<?xml version="1.0" encoding="UTF-8"?>
<!--
  Bibliographies: bibliography (a division), bibliodiv (sections.xsl),
  biblioentry, bibliomixed, biblioset, bibliomset, and what they hold (title,
  subtitle, author, authorgroup, editor, publisher, publishername, pubdate,
  isbn, issn, volumenum, issuenum, pagenums, edition, confgroup, conftitle,
  confdates, confnum, confsponsor, address, abbrev, releaseinfo, copyright, bibliomisc,
  othercredit, corpauthor, citetitle, productname, productnumber, pubsnumber, contractnum,
  contractsponsor, printhistory, date, seriesvolnums, artpagenums; an entry's abstract
  and other block content are not shown, as in DocBook XSL), as DocBook XSL
  (xhtml/biblio.xsl, bibliography mode) and PostgreSQL's layer (confgroup, isbn)
  write them: each entry one paragraph "[label] ", each part a span named after its
  element, ending with ". ".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <xsl:template match="bibliography">
    <div class="bibliography" id="{f:object-id(.)}">
      <xsl:call-template name="m:titlepage"/>
      <xsl:apply-templates select="node() except (title | subtitle | titleabbrev | bibliographyinfo | info)"/>
    </div>
  </xsl:template>

  <!-- An entry: div.biblioentry#ID > p "[label] " and its parts, each a span named
       after its element that ends with ". " (DocBook XSL's bibliography.mode). -->
  <xsl:template match="biblioentry | bibliomixed">
    <div class="biblioentry" id="{f:object-id(.)}">
      <p>
        <xsl:text>[</xsl:text>
        <xsl:value-of select="(*[1]/self::abbrev/normalize-space(), @xreflabel, @id,
            string(count(preceding::biblioentry | preceding::bibliomixed) + 1))[1]"/>
        <xsl:text>] </xsl:text>
        <xsl:apply-templates select="* except *[1]/self::abbrev" mode="m:biblio"/>
      </p>
    </div>
  </xsl:template>

  <!-- The separator DocBook XSL puts after each part (biblioentry.item.separator). -->
  <xsl:variable name="v:biblio-sep" as="xs:string" select="'. '"/>

  <xsl:template match="title | citetitle" mode="m:biblio">
    <span class="{local-name()}"><em><xsl:apply-templates mode="m:biblio-title"/></em><xsl:value-of select="$v:biblio-sep"/></span>
  </xsl:template>

  <!-- A title inside a biblioset: quoted for an article, emphasized otherwise. -->
  <xsl:template match="biblioset/title | biblioset/citetitle | bibliomset/title" mode="m:biblio">
    <xsl:choose>
      <xsl:when test="../@relation = 'article'">
        <xsl:text>“</xsl:text><xsl:apply-templates mode="m:biblio-title"/><xsl:text>”</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <em><xsl:apply-templates mode="m:biblio-title"/></em>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$v:biblio-sep"/>
  </xsl:template>

  <!-- Inside a title, bibliographic elements keep their bibliography form (DocBook XSL
       applies its bibliography mode to the title's children: a productname gets its
       span and separator there); anything else renders as in the text. -->
  <xsl:template match="node()" mode="m:biblio-title">
    <xsl:apply-templates select="."/>
  </xsl:template>
  <xsl:template match="productname | productnumber" mode="m:biblio-title">
    <span class="{local-name()}"><xsl:apply-templates/><xsl:value-of select="$v:biblio-sep"/></span>
  </xsl:template>

  <xsl:template match="biblioset | bibliomset" mode="m:biblio">
    <span class="{local-name()}"><xsl:apply-templates select="*" mode="m:biblio"/></span>
  </xsl:template>

  <!-- Names: "First Last", "A and B", "A, B, and C". -->
  <xsl:template match="authorgroup" mode="m:biblio">
    <span class="authorgroup">
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1">
          <xsl:value-of select="if (position() lt last()) then ', '
              else if (last() gt 2) then ', and ' else ' and '"/>
        </xsl:if>
        <xsl:call-template name="m:biblio-person"/>
      </xsl:for-each>
      <xsl:value-of select="$v:biblio-sep"/>
    </span>
  </xsl:template>

  <xsl:template match="author | editor | othercredit | corpauthor" mode="m:biblio">
    <span class="{local-name()}">
      <xsl:call-template name="m:biblio-person"/>
      <xsl:value-of select="$v:biblio-sep"/>
    </span>
  </xsl:template>

  <xsl:template name="m:biblio-person">
    <xsl:variable name="parts" select="(personname, .)[1]/(honorific | firstname | othername | surname | lineage)"/>
    <xsl:choose>
      <xsl:when test="$parts">
        <xsl:for-each select="$parts">
          <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
          <span class="{local-name()}"><xsl:apply-templates/></span>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="publisher" mode="m:biblio">
    <span class="publisher"><xsl:apply-templates select="*" mode="m:biblio"/></span>
  </xsl:template>

  <!-- PostgreSQL's layer: a conference is "title, dates. " (its address is not shown). -->
  <xsl:template match="confgroup" mode="m:biblio">
    <span class="confgroup">
      <xsl:value-of select="string-join(conftitle/text(), '')"/>
      <xsl:text>, </xsl:text>
      <xsl:value-of select="string-join(confdates/text(), '')"/>
      <xsl:value-of select="$v:biblio-sep"/>
    </span>
  </xsl:template>

  <!-- PostgreSQL's layer: "ISBN 0-201-70309-2. " -->
  <xsl:template match="isbn" mode="m:biblio">
    <span class="isbn">ISBN <xsl:apply-templates/><xsl:value-of select="$v:biblio-sep"/></span>
  </xsl:template>

  <xsl:template match="copyright" mode="m:biblio">
    <span class="copyright">Copyright © <xsl:value-of select="string-join(year ! normalize-space(), ', ')"/>
      <xsl:text> </xsl:text><xsl:value-of select="string-join(holder ! normalize-space(), ', ')"/>
      <xsl:value-of select="$v:biblio-sep"/></span>
  </xsl:template>

  <!-- An entry's abstract, and other block content, is not part of the entry's line:
       DocBook XSL's bibliography mode shows none of it, so neither do we. -->
  <xsl:template match="abstract | para | simpara | note | itemizedlist | variablelist" mode="m:biblio"/>

  <!-- Every other part: span.NAME, its text, the separator. -->
  <xsl:template match="*" mode="m:biblio">
    <span class="{local-name()}"><xsl:apply-templates/><xsl:value-of select="$v:biblio-sep"/></span>
  </xsl:template>

  <xsl:template match="publishername | pubdate | edition | releaseinfo | conftitle | confdates
      | confnum | confsponsor | bibliomisc | pubsnumber | contractnum | contractsponsor
      | printhistory | date | seriesvolnums | artpagenums | productnumber">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="copyright">
    <span class="copyright">Copyright © <xsl:value-of select="string-join(year ! normalize-space(), ', ')"/>
      <xsl:text> </xsl:text><xsl:value-of select="string-join(holder ! normalize-space(), ', ')"/></span>
  </xsl:template>

</xsl:stylesheet>
