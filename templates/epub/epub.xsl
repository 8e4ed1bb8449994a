<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of an EPUB's content: the HTML site's pages (html/html.xsl, imported
  whole, so that an EPUB says what the site says, with the same page names and anchors)
  in the page an EPUB content document needs, and the navigation document.
  pgdocs runs it with style 'epub' (render/HtmlStyle.EPUB); write/epub/EpubPackage packs
  what it writes, with the stylesheet and the images, into the EPUB file.

  What differs from the site:
  - each page is XHTML5 in the XML syntax (the XML declaration, the XHTML namespace,
    xml:lang), as EPUB 3 requires of a content document;
  - no navigation header or footer and no search box: the reading system turns the
    pages, and its table of contents is nav.xhtml;
  - an SVG figure is an <img>, which every reading system shows; many show no <object>;
  - nav.xhtml: the table of contents of every page, nested as the book is, and
    landmarks (title page, index). It is written beside the book's own page (the
    root's), so once. It is not a page of the spine, so nothing may link to it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    xmlns:epub="http://www.idpf.org/2007/ops"
    exclude-result-prefixes="#all">

  <xsl:import href="../html/html.xsl"/>

  <!-- The serialization of every page ($style 'epub' names it, as html.xsl chooses
       by style). -->
  <xsl:output name="epub" method="xhtml" html-version="5" encoding="UTF-8" indent="no"
      omit-xml-declaration="no" include-content-type="no"/>

  <xsl:mode name="m:nav" on-no-match="fail"/>

  <!-- The navigation document's name, which the package's manifest marks as such. -->
  <xsl:variable name="v:nav-document" as="xs:string" select="'nav.xhtml'"/>

  <!-- The pages below each page in the table of contents: map(generate-id of a page
       element, the page elements whose nearest page element above is it), computed
       once. The legal notice is reached from the title page, as in the site. -->
  <xsl:variable name="v:nav-children" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="$v:chunks[parent::*][not(self::legalnotice)]"
          group-by="generate-id(ancestor::*[f:is-chunk(.)][1])">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The page around a chunk's content (html/chunk.xsl calls it with what the site's
       navigation needs, which an EPUB leaves out). -->
  <xsl:template name="t:html-page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="prev" as="element()?" select="()"/>
    <xsl:param name="next" as="element()?" select="()"/>
    <xsl:param name="up" as="element()?" select="()"/>
    <xsl:param name="navigable" as="xs:boolean" select="false()"/>
    <xsl:param name="whole-book" as="xs:boolean" select="false()"/>
    <xsl:call-template name="t:xhtml">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="body">
        <xsl:call-template name="t:page-content">
          <xsl:with-param name="whole-book" select="$whole-book"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An XHTML document: the markup built in no namespace, put into XHTML's (m:xhtml,
       html/chunk.xsl). -->
  <xsl:template name="t:xhtml">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="body" as="node()*"/>
    <xsl:variable name="page" as="element()">
      <html lang="{$language}" xml:lang="{$language}">
        <head>
          <meta charset="utf-8"/>
          <title><xsl:value-of select="$title"/></title>
          <link rel="stylesheet" type="text/css" href="pgdocs.css"/>
          <link rel="stylesheet" type="text/css" href="epub.css"/>
        </head>
        <body>
          <!-- main: pgdocs.css's margins and measure, as in the site -->
          <main>
            <xsl:sequence select="$body"/>
          </main>
        </body>
      </html>
    </xsl:variable>
    <xsl:apply-templates select="$page" mode="m:xhtml"/>
  </xsl:template>

  <xsl:template match="/*" mode="m:page">
    <xsl:next-match/>
    <xsl:result-document href="{$v:nav-document}" format="epub">
      <xsl:call-template name="t:xhtml">
        <xsl:with-param name="title" select="$v:book-title"/>
        <xsl:with-param name="body" as="element()*">
          <nav epub:type="toc" id="toc">
            <h1><xsl:value-of select="f:gentext('contents')"/></h1>
            <ol>
              <xsl:apply-templates select="$v:nav-children(generate-id())" mode="m:nav"/>
            </ol>
          </nav>
          <nav epub:type="landmarks" hidden="hidden">
            <ol>
              <li><a epub:type="titlepage" href="{f:page-name(.)}"><xsl:value-of select="$v:book-title"/></a></li>
              <xsl:for-each select="$v:chunks[self::index][1]">
                <li><a epub:type="index" href="{f:page-name(.)}"><xsl:value-of select="f:nav-title(.)"/></a></li>
              </xsl:for-each>
            </ol>
          </nav>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- One page in the table of contents, and the pages below it. -->
  <xsl:template match="*" mode="m:nav">
    <xsl:variable name="below" select="$v:nav-children(generate-id())"/>
    <li>
      <a href="{f:page-name(.)}"><xsl:value-of select="f:nav-title(.)"/></a>
      <xsl:if test="exists($below)">
        <ol>
          <xsl:apply-templates select="$below" mode="m:nav"/>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A page's entry as plain text, as the site's tables of contents word it
       (common/toc.xsl): "48.1. Introduction", a reference page by its title, the
       generated word for an untitled index. -->
  <xsl:function name="f:nav-title" as="xs:string">
    <xsl:param name="chunk" as="element()"/>
    <xsl:variable name="title" select="f:toc-title-element($chunk)"/>
    <xsl:sequence select="f:toc-label($chunk) || (if ($title)
        then normalize-space(string-join($title//text()[not(ancestor::indexterm or ancestor::footnote)]))
        else f:gentext(local-name($chunk)))"/>
  </xsl:function>

  <!-- One image file, as <img> whatever its type (see above). -->
  <xsl:template name="t:image">
    <xsl:param name="data" as="element()"/>
    <xsl:param name="alt" as="xs:string"/>
    <img src="{f:image-file($data)}" alt="{$alt}">
      <xsl:if test="string($data/@width)">
        <xsl:attribute name="style" select="'max-width: ' || $data/@width"/>
      </xsl:if>
    </img>
  </xsl:template>

</xsl:stylesheet>
