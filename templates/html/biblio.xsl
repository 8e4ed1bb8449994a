<?xml version="1.0" encoding="UTF-8"?>
<!--
  Bibliographies: bibliography (a division), bibliodiv (sections.xsl),
  biblioentry, bibliomixed, biblioset, bibliomset, and what they hold (title,
  subtitle, author, authorgroup, editor, publisher, publishername, pubdate,
  isbn, issn, volumenum, issuenum, pagenums, edition, confgroup, conftitle,
  confdates, address, abbrev, releaseinfo, copyright, bibliomisc). Each entry
  is one paragraph, its parts separated by full stops.
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

  <!-- Parts of an entry that are blocks of text of their own, shown after its line. -->
  <xsl:variable name="v:biblio-blocks" as="xs:string+"
      select="('abstract', 'para', 'simpara', 'note', 'itemizedlist', 'variablelist')"/>

  <xsl:template match="biblioentry | bibliomixed">
    <div class="biblioentry">
      <xsl:call-template name="f:id"/>
      <p>
        <span class="bibliolabel">[<xsl:value-of select="(abbrev, @xreflabel, @id)[1]"/>] </span>
        <xsl:apply-templates select="* except (abbrev | .//*[local-name() = $v:biblio-blocks])" mode="m:biblio"/>
      </p>
      <xsl:apply-templates select=".//*[local-name() = $v:biblio-blocks]
          [not(ancestor::*[local-name() = $v:biblio-blocks])]"/>
    </div>
  </xsl:template>

  <xsl:template match="biblioset | bibliomset" mode="m:biblio">
    <xsl:apply-templates select="*[not(local-name() = $v:biblio-blocks)]" mode="m:biblio"/>
  </xsl:template>

  <xsl:template match="title | citetitle" mode="m:biblio">
    <cite class="title"><xsl:apply-templates/></cite><xsl:text>. </xsl:text>
  </xsl:template>

  <xsl:template match="authorgroup" mode="m:biblio">
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1">
        <xsl:value-of select="if (position() = last()) then ' and ' else ', '"/>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:text>. </xsl:text>
  </xsl:template>

  <xsl:template match="confgroup | publisher" mode="m:biblio">
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="m:biblio-part"/>
    </xsl:for-each>
    <xsl:text>. </xsl:text>
  </xsl:template>

  <xsl:template match="*" mode="m:biblio-part">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="isbn" mode="m:biblio">ISBN <xsl:apply-templates/>. </xsl:template>
  <xsl:template match="issn" mode="m:biblio">ISSN <xsl:apply-templates/>. </xsl:template>
  <xsl:template match="pagenums" mode="m:biblio">Pages <xsl:apply-templates/>. </xsl:template>
  <xsl:template match="volumenum" mode="m:biblio">Volume <xsl:apply-templates/>. </xsl:template>
  <xsl:template match="issuenum" mode="m:biblio">Issue <xsl:apply-templates/>. </xsl:template>

  <xsl:template match="*" mode="m:biblio">
    <span class="{local-name()}"><xsl:apply-templates select="."/></span><xsl:text>. </xsl:text>
  </xsl:template>

  <xsl:template match="publishername | pubdate | edition | releaseinfo | conftitle | confdates
      | confnum | confsponsor | bibliomisc | pubsnumber | contractnum | contractsponsor
      | printhistory | date | seriesvolnums | artpagenums | productnumber">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="copyright">
    <span class="copyright">© <xsl:value-of select="string-join(year, ', ')"/>
      <xsl:text> </xsl:text><xsl:value-of select="string-join(holder, ', ')"/></span>
  </xsl:template>

</xsl:stylesheet>
