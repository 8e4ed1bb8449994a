<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page around each chunk, in the markup DocBook XSL's chunker writes (and
  PostgreSQL's stylesheet.xsl customizes): head with rel=prev/next links, body
  whose first element is div.navheader (a table: title row, then Prev, Up, the
  parent's title, Home, Next), the content, its footnotes, and div.navfooter.
  Handles every page element (f:is-chunk) in mode m:page, the single-page
  book, and the rule that a page element met inside another page renders
  nothing there.

  Two styles ($style, params.xsl):
  - website: what `make html STYLE=website` writes for postgresql.org's importer
    (pgweb's tools/docs/docload.py): XHTML, plain <title>, the body holds only
    DocBook XSL's markup, postgresql.org's stylesheet is linked;
  - default: pgdocs' reading theme, HTML5: a site header with the search box
    before the same navigation and content, pgdocs.css and search.js. HTML5 has
    no presentational table attributes, so the navigation tables leave them out
    and pgdocs.css lays them out.
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

  <xsl:mode name="m:page" on-no-match="fail"/>
  <!-- Puts a finished page into the XHTML namespace (website style). The content
       templates write no-namespace elements; the XHTML serializer only treats
       elements of its namespace as HTML (<a></a> is not minimized, etc.). -->
  <xsl:mode name="m:xhtml" on-no-match="shallow-copy"/>

  <xsl:variable name="v:website" as="xs:boolean" select="$style = 'website'"/>
  <!-- pgweb's docs table: file varchar(64), title varchar(256). -->
  <xsl:variable name="v:pgweb-max-file" as="xs:integer" select="64"/>
  <xsl:variable name="v:pgweb-max-title" as="xs:integer" select="256"/>

  <xsl:template match="*" mode="m:page">
    <!-- DocBook XSL writes the legal notice as a page of its own, outside the
         prev/next chain and without navigation. -->
    <xsl:variable name="navigable" as="xs:boolean" select="not(self::legalnotice)"/>
    <xsl:variable name="i" as="xs:integer?" select="$v:nav-index(generate-id())"/>
    <xsl:variable name="prev" select="if ($navigable) then $v:nav-chunks[$i - 1] else ()"/>
    <xsl:variable name="next" select="if ($navigable) then $v:nav-chunks[$i + 1] else ()"/>
    <xsl:variable name="up" select="if ($navigable) then ancestor::*[f:is-chunk(.)][1] else ()"/>
    <xsl:variable name="title" as="xs:string" select="f:numbered-title(.)"/>
    <xsl:if test="$v:website">
      <xsl:call-template name="t:pgweb-limits">
        <xsl:with-param name="title" select="$title"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="t:html-page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="prev" select="$prev"/>
      <xsl:with-param name="next" select="$next"/>
      <xsl:with-param name="up" select="$up"/>
      <xsl:with-param name="navigable" select="$navigable"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The whole book on one page (single-page output). -->
  <xsl:template name="t:single-page">
    <xsl:for-each select="/*">
      <xsl:call-template name="t:html-page">
        <xsl:with-param name="title" select="$v:book-title"/>
        <xsl:with-param name="whole-book" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The page of the context element (the root's, for the whole book on one page): the
       navigation when it is $navigable, the content (t:page-content) and its footnotes.
       The default style writes it straight into the page's output; the website style
       builds it first, to put it into XHTML's namespace. (Handing the content and the
       navigation in as trees, copied into the page's tree and that into the output,
       took a fifth of the rendering time of PostgreSQL's manual.) -->
  <xsl:template name="t:html-page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="prev" as="element()?" select="()"/>
    <xsl:param name="next" as="element()?" select="()"/>
    <xsl:param name="up" as="element()?" select="()"/>
    <xsl:param name="navigable" as="xs:boolean" select="false()"/>
    <xsl:param name="whole-book" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$v:website">
        <xsl:variable name="page" as="element()">
          <xsl:call-template name="t:html">
            <xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="prev" select="$prev"/>
            <xsl:with-param name="next" select="$next"/>
            <xsl:with-param name="up" select="$up"/>
            <xsl:with-param name="navigable" select="$navigable"/>
            <xsl:with-param name="whole-book" select="$whole-book"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:apply-templates select="$page" mode="m:xhtml"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:html">
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="prev" select="$prev"/>
          <xsl:with-param name="next" select="$next"/>
          <xsl:with-param name="up" select="$up"/>
          <xsl:with-param name="navigable" select="$navigable"/>
          <xsl:with-param name="whole-book" select="$whole-book"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A page's content: the context element rendered as the page it is, then the
       footnotes written in it. -->
  <xsl:template name="t:page-content">
    <xsl:param name="whole-book" as="xs:boolean" select="false()"/>
    <xsl:apply-templates select=".">
      <xsl:with-param name="page" select="." tunnel="yes"/>
      <xsl:with-param name="level" select="1" tunnel="yes"/>
      <xsl:with-param name="whole-book" select="$whole-book" tunnel="yes"/>
    </xsl:apply-templates>
    <xsl:call-template name="t:footnotes">
      <xsl:with-param name="page" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- The html element of a page (t:html-page). -->
  <xsl:template name="t:html">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="prev" as="element()?"/>
    <xsl:param name="next" as="element()?"/>
    <xsl:param name="up" as="element()?"/>
    <xsl:param name="navigable" as="xs:boolean"/>
    <xsl:param name="whole-book" as="xs:boolean"/>
    <html lang="{$language}">
      <head>
        <xsl:choose>
          <xsl:when test="$v:website">
            <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
            <!-- pgweb stores the first <title>'s text as it stands: plain text, no suffix -->
            <title><xsl:value-of select="$title"/></title>
            <!-- what PostgreSQL's stylesheet-html-common.xsl links for website.stylesheet=1;
                 the reader's browser loads it, pgdocs never does -->
            <link rel="stylesheet" type="text/css" href="https://www.postgresql.org/media/css/docs-complete.css"/>
            <link rev="made" href="pgsql-docs@lists.postgresql.org"/>
            <meta name="generator" content="pgdocs"/>
          </xsl:when>
          <xsl:otherwise>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="pgdocs"/>
            <title><xsl:value-of select="if ($title = $v:book-title) then $title
                else $title || ' — ' || $v:book-title"/></title>
            <link rel="stylesheet" href="pgdocs.css"/>
            <script src="search.js" defer="defer"></script>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$prev">
          <link rel="prev" href="{f:link($prev)}" title="{f:numbered-title($prev)}"/>
        </xsl:if>
        <xsl:if test="$next">
          <link rel="next" href="{f:link($next)}" title="{f:numbered-title($next)}"/>
        </xsl:if>
      </head>
      <xsl:choose>
        <xsl:when test="$v:website">
          <!-- the body attributes PostgreSQL's stylesheet-html-common.xsl sets for
               postgresql.org's stylesheet; nothing but DocBook XSL's markup inside -->
          <body id="docContent" class="container-fluid col-10">
            <xsl:if test="$navigable">
              <xsl:call-template name="t:navheader">
                <xsl:with-param name="prev" select="$prev"/>
                <xsl:with-param name="up" select="$up"/>
                <xsl:with-param name="next" select="$next"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="t:page-content">
              <xsl:with-param name="whole-book" select="$whole-book"/>
            </xsl:call-template>
            <xsl:if test="$navigable">
              <xsl:call-template name="t:navfooter">
                <xsl:with-param name="prev" select="$prev"/>
                <xsl:with-param name="up" select="$up"/>
                <xsl:with-param name="next" select="$next"/>
              </xsl:call-template>
            </xsl:if>
          </body>
        </xsl:when>
        <xsl:otherwise>
          <body>
            <header class="site-header">
              <a class="site-title" href="index.html"><xsl:value-of select="$v:book-title"/></a>
              <form class="search" role="search" action="#">
                <input type="search" name="q" placeholder="{f:gentext('search')}" autocomplete="off"
                    aria-label="{f:gentext('search-label')}"/>
                <ol class="search-results" hidden="hidden"></ol>
              </form>
            </header>
            <xsl:if test="$navigable">
              <xsl:call-template name="t:navheader">
                <xsl:with-param name="prev" select="$prev"/>
                <xsl:with-param name="up" select="$up"/>
                <xsl:with-param name="next" select="$next"/>
              </xsl:call-template>
            </xsl:if>
            <main id="content">
              <xsl:call-template name="t:page-content">
                <xsl:with-param name="whole-book" select="$whole-book"/>
              </xsl:call-template>
            </main>
            <xsl:if test="$navigable">
              <xsl:call-template name="t:navfooter">
                <xsl:with-param name="prev" select="$prev"/>
                <xsl:with-param name="up" select="$up"/>
                <xsl:with-param name="next" select="$next"/>
              </xsl:call-template>
            </xsl:if>
          </body>
        </xsl:otherwise>
      </xsl:choose>
    </html>
  </xsl:template>

  <xsl:template match="*[namespace-uri() = '']" mode="m:xhtml">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:apply-templates select="@*, node()" mode="m:xhtml"/>
    </xsl:element>
  </xsl:template>

  <!-- The navigation header: the page's title across the top, then Prev, Up, the
       parent's title, Home (except on the home page) and Next. -->
  <xsl:template name="t:navheader" as="element()">
    <xsl:param name="prev" as="element()?"/>
    <xsl:param name="up" as="element()?"/>
    <xsl:param name="next" as="element()?"/>
    <div class="navheader">
      <table>
        <xsl:call-template name="t:layout">
          <xsl:with-param name="attributes" select="map{'width': '100%', 'summary': f:gentext('nav-header')}"/>
        </xsl:call-template>
        <tr>
          <th colspan="5">
            <xsl:call-template name="t:layout">
              <xsl:with-param name="attributes" select="map{'align': 'center'}"/>
            </xsl:call-template>
            <xsl:value-of select="f:numbered-title(.)"/>
          </th>
        </tr>
        <tr>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'10%'"/><xsl:with-param name="align" select="'left'"/></xsl:call-template>
            <xsl:sequence select="f:nav-link($prev, 'p', f:gentext('nav-prev'))"/>
            <xsl:text>&#160;</xsl:text>
          </td>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'10%'"/><xsl:with-param name="align" select="'left'"/></xsl:call-template>
            <xsl:sequence select="(f:nav-link($up, 'u', f:gentext('nav-up')), '&#160;')[1]"/>
          </td>
          <th>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'60%'"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:value-of select="if ($up) then f:numbered-title($up) else '&#160;'"/>
          </th>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'10%'"/><xsl:with-param name="align" select="'right'"/></xsl:call-template>
            <xsl:sequence select="(f:nav-link(/*[not(. is current())], 'h', f:gentext('nav-home')), '&#160;')[1]"/>
          </td>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'10%'"/><xsl:with-param name="align" select="'right'"/></xsl:call-template>
            <xsl:text>&#160;</xsl:text>
            <xsl:sequence select="f:nav-link($next, 'n', f:gentext('nav-next'))"/>
          </td>
        </tr>
      </table>
      <hr/>
    </div>
  </xsl:template>

  <!-- The navigation footer: Prev, Up, Next; under them the titles of the previous
       and next pages, with Home between. -->
  <xsl:template name="t:navfooter" as="element()">
    <xsl:param name="prev" as="element()?"/>
    <xsl:param name="up" as="element()?"/>
    <xsl:param name="next" as="element()?"/>
    <div class="navfooter">
      <hr/>
      <table>
        <xsl:call-template name="t:layout">
          <xsl:with-param name="attributes" select="map{'width': '100%', 'summary': f:gentext('nav-footer')}"/>
        </xsl:call-template>
        <tr>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'40%'"/><xsl:with-param name="align" select="'left'"/></xsl:call-template>
            <xsl:sequence select="f:nav-link($prev, 'p', f:gentext('nav-prev'))"/>
            <xsl:text>&#160;</xsl:text>
          </td>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'20%'"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:sequence select="(f:nav-link($up, 'u', f:gentext('nav-up')), '&#160;')[1]"/>
          </td>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'40%'"/><xsl:with-param name="align" select="'right'"/></xsl:call-template>
            <xsl:text>&#160;</xsl:text>
            <xsl:sequence select="f:nav-link($next, 'n', f:gentext('nav-next'))"/>
          </td>
        </tr>
        <tr>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'40%'"/><xsl:with-param name="align" select="'left'"/><xsl:with-param name="valign" select="'top'"/></xsl:call-template>
            <xsl:value-of select="$prev ! f:numbered-title(.)"/>
            <xsl:text>&#160;</xsl:text>
          </td>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'20%'"/><xsl:with-param name="align" select="'center'"/></xsl:call-template>
            <xsl:sequence select="(f:nav-link(/*[not(. is current())], 'h', f:gentext('nav-home')), '&#160;')[1]"/>
          </td>
          <td>
            <xsl:call-template name="t:cell"><xsl:with-param name="width" select="'40%'"/><xsl:with-param name="align" select="'right'"/><xsl:with-param name="valign" select="'top'"/></xsl:call-template>
            <xsl:text>&#160;</xsl:text>
            <xsl:value-of select="$next ! f:numbered-title(.)"/>
          </td>
        </tr>
      </table>
    </div>
  </xsl:template>

  <!-- DocBook XSL's presentational attributes: written in the website style, which
       must look as postgresql.org expects; HTML5 (the default style) has none, and
       pgdocs.css lays the navigation out instead. -->
  <xsl:template name="t:layout">
    <xsl:param name="attributes" as="map(xs:string, xs:string)"/>
    <xsl:if test="$v:website">
      <xsl:for-each select="map:keys($attributes)" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
        <xsl:sort select="."/>
        <xsl:attribute name="{.}" select="$attributes(.)"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:cell">
    <xsl:param name="width" as="xs:string"/>
    <xsl:param name="align" as="xs:string"/>
    <xsl:param name="valign" as="xs:string?" select="()"/>
    <xsl:if test="$v:website">
      <xsl:attribute name="width" select="$width"/>
      <xsl:attribute name="align" select="$align"/>
      <xsl:if test="$valign">
        <xsl:attribute name="valign" select="$valign"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- <a accesskey="p" href="..." title="47.6. Examples">Prev</a>, or nothing without a target. -->
  <xsl:function name="f:nav-link" as="element()?">
    <xsl:param name="to" as="element()?"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:if test="$to">
      <a accesskey="{$key}" href="{f:link($to)}" title="{f:numbered-title($to)}">
        <xsl:value-of select="$label"/>
      </a>
    </xsl:if>
  </xsl:function>

  <!-- pgweb's importer keeps a page's file name in varchar(64) and its title in
       varchar(256); a page beyond them cannot be imported, so the build says which
       and where. -->
  <xsl:template name="t:pgweb-limits">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="file" select="f:page-name(.)"/>
    <xsl:if test="string-length($file) gt $v:pgweb-max-file">
      <xsl:message select="'pgdocs:error|html.pgweb-limit|' || pgdocs:location(.) || '|page name ' || $file
          || ' has ' || string-length($file) || ' characters; postgresql.org takes at most '
          || $v:pgweb-max-file || '; give the ' || local-name() || ' a shorter id'"/>
    </xsl:if>
    <xsl:if test="string-length($title) gt $v:pgweb-max-title">
      <xsl:message select="'pgdocs:error|html.pgweb-limit|' || pgdocs:location(.) || '|the title of page '
          || $file || ' has ' || string-length($title) || ' characters; postgresql.org takes at most '
          || $v:pgweb-max-title"/>
    </xsl:if>
  </xsl:template>

  <!-- "48.1. Introduction", "Chapter 48. Background Worker Processes", plain text; the
       word for the kind of element when it has no title ("Index"). Cached: a page's
       title is asked for by its own page and by the navigation of the pages around it. -->
  <xsl:function name="f:numbered-title" as="xs:string" cache="yes">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="title" select="f:title($node)"/>
    <!-- f:object-label (common/titles.xsl): a reference's title goes without its numeral -->
    <xsl:sequence select="if ($title != '') then f:object-label($node) || $title
        else if ($node/self::legalnotice) then f:gentext('legal-notice')
        else f:gentext(local-name($node))"/>
  </xsl:function>

  <!-- A page element met inside another page: it has a page of its own. (The names
       listed only spare the other elements the f:is-chunk test; f:is-chunk decides.) -->
  <xsl:template match="(set|book|part|reference|preface|chapter|appendix|article|refentry|colophon|sect1|legalnotice|section|glossary|bibliography|index)[f:is-chunk(.)]" priority="20">
    <xsl:param name="page" as="element()" tunnel="yes"/>
    <xsl:param name="whole-book" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test=". is $page or $whole-book">
      <xsl:next-match/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
