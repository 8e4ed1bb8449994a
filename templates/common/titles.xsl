<?xml version="1.0" encoding="UTF-8"?>
<!--
  Titles and cross-reference text: the one place that decides what a link to an
  element says. Reads title, bookinfo/title, info/title, refmeta/refentrytitle,
  refnamediv/refname, varlistentry/term, glossentry/glossterm and @xreflabel. Mode
  m:xref-copy copies an xref's text without index terms, footnotes, remarks and ids.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:v="urn:pgdocs:variables"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <!-- Elements whose cross-reference text is "<Word> <number>" when they are numbered,
       e.g. "Section 48.2" (DocBook XSL's xref-number context; a reference is not one). -->
  <xsl:variable name="v:numbered-xref" as="xs:string+"
      select="('part', 'chapter', 'appendix', 'sect1', 'sect2', 'sect3', 'sect4', 'sect5',
               'section', 'table', 'figure', 'example', 'equation', 'procedure')"/>

  <!-- Elements a link to a paragraph, phrase, anchor or quote stands for: the nearest of
       these around it (DocBook XSL's xref-to for para|phrase|simpara|anchor|quote). -->
  <xsl:variable name="v:xref-context" as="xs:string+"
      select="('simplesect', 'section', 'sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'topic',
               'refsection', 'refsect1', 'refsect2', 'refsect3', 'chapter', 'appendix', 'preface',
               'partintro', 'dedication', 'acknowledgements', 'colophon', 'bibliography', 'index',
               'glossary', 'glossentry', 'listitem', 'varlistentry')"/>

  <!-- The book's title (page titles, the PDF's metadata and running header). -->
  <xsl:variable name="v:book-title" as="xs:string" select="f:title(/*)"/>

  <!-- Who wrote the book, for the PDF's and EPUB's metadata: its info's corpauthor (as
       PostgreSQL's manuals name their group), else its authors' names, joined; empty when
       the book names nobody. -->
  <xsl:variable name="v:book-author" as="xs:string" select="
      let $info := /*/*[local-name() = ('bookinfo', 'setinfo', 'articleinfo', 'info')],
          $corp := normalize-space(($info/corpauthor, $info/authorgroup/corpauthor)[1])
      return if ($corp) then $corp
             else string-join(($info/author, $info/authorgroup/author)
                 ! normalize-space(string-join((personname/*, firstname, othername, surname, lineage), ' ')) ! .[. != ''], ', ')"/>

  <!-- The title element of an element, wherever DocBook 4 lets it be written. -->
  <xsl:function name="f:title-element" visibility="public" as="element()?">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="(
        $node/title,
        $node/*[ends-with(local-name(), 'info')]/title,
        $node/refmeta/refentrytitle,
        $node/refnamediv/refname,
        $node/self::varlistentry/term,
        $node/self::glossentry/glossterm
      )[1]"/>
  </xsl:function>

  <!-- The plain text of an element's title, whitespace normalized; "" when it has none. -->
  <xsl:function name="f:title" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="normalize-space(f:plain-text(f:title-element($node)))"/>
  </xsl:function>

  <!-- The text inline markup shows, as a string: what a title or term reads as in a
       page's <title>, a link's title attribute and the checker's messages. Index terms,
       footnotes and remarks show nothing in the running text; quote adds its curly quotes. -->
  <xsl:function name="f:plain-text" visibility="public" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="string-join($nodes ! (
        if (. instance of text()) then string(.)
        else if (self::indexterm or self::footnote or self::remark or self::comment()
          or self::processing-instruction()) then ''
        else if (self::quote) then '&#x201C;' || f:plain-text(node()) || '&#x201D;'
        else f:plain-text(node())), '')"/>
  </xsl:function>

  <!-- What goes before a title in headings and tables of contents: "Chapter 48. ",
       "Part II. ", "Appendix A. ", "48.1. ", "I. " (references), "" for the rest. -->
  <xsl:function name="f:title-prefix" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:variable name="number" select="f:number($node)"/>
    <xsl:sequence select="
        if ($number = '') then ''
        else if ($name = ('chapter', 'appendix', 'part')) then f:gentext($name) || ' ' || $number || '. '
        else $number || '. '"/>
  </xsl:function>

  <!-- What object.title.markup puts before a division's title: f:title-prefix, except
       for references, whose titles DocBook XSL writes without their numeral everywhere
       but in tables of contents. Headings of both formats and the PDF's outline. -->
  <xsl:function name="f:object-label" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node/self::reference) then '' else f:title-prefix($node)"/>
  </xsl:function>

  <!-- What a link (xref) to an element says, as DocBook XSL's xref-to mode with
       PostgreSQL's settings prints it (xref.with.number.and.title = 0): a sequence of
       strings (generated text) and source nodes to be rendered as inline markup (with
       no anchors: index terms and footnotes inside them show nothing). Empty when
       DocBook XSL has no text for it (it prints "???"; the checker's xref.no-text).
       - an xreflabel, as written;
       - numbered parts, chapters, appendixes, sections, tables, figures, examples,
         equations and procedures: "Chapter 48", "Section 48.2", "Table 281";
       - step: "Step 2", "Step 3.b"; listitem of an orderedlist: its number;
       - varlistentry: its first term; term, glossterm, firstterm, refname: themselves
         (content); glossentry: its glossterm; indexterm: its primary, as plain text;
       - refentry: its refentrytitle, else its first refname (no manual section);
       - biblioentry: [abbrev] or [id]; co: (n); cmdsynopsis/funcsynopsis: the first
         command/function; command and function themselves (PostgreSQL's layer);
       - para, simpara, phrase, anchor, quote: the text of the section, list item, entry
         ... they are in;
       - reference page sections, simplesect, bridgehead and unnumbered sections:
         the section called “title”;
       - everything else with a title (reference, preface, note, variablelist, ...):
         the title; index, glossary, bibliography, note, etc. without
         one: the generated word. -->
  <xsl:function name="f:xref-parts" visibility="public" as="item()*">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:variable name="number" select="if ($name = $v:numbered-xref) then f:number($node) else ''"/>
    <xsl:variable name="title" select="f:title-element($node)"/>
    <xsl:choose>
      <xsl:when test="normalize-space($node/@xreflabel) != ''">
        <xsl:sequence select="normalize-space($node/@xreflabel)"/>
      </xsl:when>
      <xsl:when test="$number != ''">
        <xsl:sequence select="f:gentext(if (starts-with($name, 'sect')) then 'section' else $name)
            || ' ' || $number"/>
      </xsl:when>
      <xsl:when test="$node/self::step">
        <xsl:sequence select="f:gentext('step') || ' ' || f:step-number($node)"/>
      </xsl:when>
      <xsl:when test="$node/self::listitem">
        <xsl:sequence select="if ($node/parent::orderedlist) then f:listitem-number($node) else ()"/>
      </xsl:when>
      <xsl:when test="$node/self::varlistentry">
        <xsl:sequence select="$node/term[1]/node()"/>
      </xsl:when>
      <xsl:when test="$node/(self::term | self::glossterm | self::firstterm | self::refname)">
        <xsl:sequence select="$node/node()"/>
      </xsl:when>
      <xsl:when test="$node/self::glossentry">
        <xsl:sequence select="$node/glossterm[1]/node()"/>
      </xsl:when>
      <xsl:when test="$node/self::indexterm">
        <xsl:sequence select="normalize-space($node/primary)"/>
      </xsl:when>
      <xsl:when test="$node/(self::primary | self::secondary | self::tertiary)">
        <xsl:sequence select="normalize-space($node)"/>
      </xsl:when>
      <xsl:when test="$node/self::refentry">
        <!-- the refentrytitle element itself: it shows as span.refentrytitle -->
        <xsl:sequence select="if ($node/refmeta/refentrytitle) then $node/refmeta/refentrytitle[1]
            else $node/refnamediv/refname[1]/node()"/>
      </xsl:when>
      <xsl:when test="$node/self::refnamediv">
        <xsl:sequence select="$node/refname[1]/node()"/>
      </xsl:when>
      <xsl:when test="$node/(self::biblioentry | self::bibliomixed)">
        <xsl:sequence select="'[', ($node/*[1]/self::abbrev/node(), string($node/@id))[1], ']'"/>
      </xsl:when>
      <xsl:when test="$node/self::co">
        <xsl:sequence select="'(' || f:callout-number($node) || ')'"/>
      </xsl:when>
      <xsl:when test="$node/self::cmdsynopsis">
        <xsl:sequence select="($node//command)[1]"/>
      </xsl:when>
      <xsl:when test="$node/self::funcsynopsis">
        <xsl:sequence select="($node//function)[1]"/>
      </xsl:when>
      <xsl:when test="$node/(self::command | self::function)">
        <xsl:sequence select="$node"/>
      </xsl:when>
      <xsl:when test="$node/(self::para | self::simpara | self::phrase | self::anchor | self::quote)">
        <xsl:variable name="context" select="$node/ancestor::*[local-name() = $v:xref-context][1]"/>
        <xsl:sequence select="if ($context) then f:xref-parts($context) else ()"/>
      </xsl:when>
      <xsl:when test="$title and $name = ('refsect1', 'refsect2', 'refsect3', 'refsection',
          'simplesect', 'bridgehead', 'sect1', 'sect2', 'sect3', 'sect4', 'sect5', 'section')">
        <xsl:sequence select="f:gentext('section-called') || ' &#x201C;', $title/node(), '&#x201D;'"/>
      </xsl:when>
      <xsl:when test="$title">
        <xsl:sequence select="$title/node()"/>
      </xsl:when>
      <xsl:when test="$name = ('index', 'setindex', 'glossary', 'bibliography', 'note', 'tip',
          'warning', 'caution', 'important')">
        <xsl:sequence select="f:gentext(if ($name = 'setindex') then 'index' else $name)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The text of a link to the element as a string (f:xref-parts, markup read as
       f:plain-text). "" means DocBook tools would print "???". The checker, the
       inventory and the HTML and PDF links all read this one rule. -->
  <xsl:function name="f:xref-text" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(f:xref-parts($node)
        ! (if (. instance of node()) then f:plain-text(.) else string(.)), ''))"/>
  </xsl:function>

  <!-- The title a link to the element shows on hover (DocBook XSL's title attribute of
       an xref: the target's title as its heading shows it, with no-break spaces after
       the word and the number): "Table 9.34. Enum Support Functions", "66.4.3. “All-the-Same”
       Inner Tuples", "Part VI. Reference", "CREATE TABLE"; "" for elements without a title. -->
  <xsl:function name="f:xref-title" visibility="public" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="local-name($node)"/>
    <xsl:variable name="number" select="if ($name = 'procedure') then '' else f:number($node)"/>
    <xsl:sequence select="
        if ($node/self::refentry) then f:title($node)
        else if (not($node/(title | *[ends-with(local-name(), 'info')]/title))) then ''
        else if ($number = '') then f:title($node)
        else (if ($name = ('part', 'reference', 'chapter', 'appendix', $v:formal))
              then f:gentext($name) || '&#xA0;' else '')
          || $number || '.&#xA0;' || f:title($node)"/>
  </xsl:function>

  <!-- The number of an item of an ordered list, in the list's numeration (or the one
       its nesting gives: 1, a, i, A, I), counting from its override or the list's
       continuation. -->
  <xsl:function name="f:listitem-number" visibility="public" as="xs:string">
    <xsl:param name="item" as="element(listitem)"/>
    <xsl:variable name="list" select="$item/parent::orderedlist"/>
    <xsl:variable name="depth" select="count($list/ancestor::orderedlist)"/>
    <xsl:variable name="numeration" select="($list/@numeration,
        ('arabic', 'loweralpha', 'lowerroman', 'upperalpha', 'upperroman')[$depth mod 5 + 1])[1]"/>
    <xsl:variable name="start" as="xs:integer" select="
        if ($list/@continuation = 'continues' and $list/preceding::orderedlist[1])
        then count($list/preceding::orderedlist[1]/listitem) + 1
        else if ($list/@startingnumber castable as xs:integer) then xs:integer($list/@startingnumber)
        else 1"/>
    <xsl:variable name="n" select="$start + count($item/preceding-sibling::listitem)"/>
    <xsl:sequence select="format-integer($n, (map { 'loweralpha': 'a', 'upperalpha': 'A',
        'lowerroman': 'i', 'upperroman': 'I' }($numeration), '1')[1])"/>
  </xsl:function>

  <!-- The text of a link from f:xref-parts, for HTML and PDF alike: generated strings
       as text, source nodes rendered by the format's own inline templates from a copy
       without index terms, footnotes, remarks and ids (a link's text has no anchors of
       its own: DocBook XSL's no.anchor.mode). "???" when there is nothing to say, as
       DocBook XSL prints. -->
  <xsl:template name="t:xref-content">
    <xsl:param name="parts" as="item()*"/>
    <xsl:for-each select="$parts">
      <xsl:choose>
        <xsl:when test=". instance of node()">
          <xsl:variable name="copy" as="document-node()">
            <xsl:document><xsl:apply-templates select="." mode="m:xref-copy"/></xsl:document>
          </xsl:variable>
          <xsl:apply-templates select="$copy/node()"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="empty($parts) or normalize-space(string-join($parts ! (if (. instance of node()) then f:plain-text(.) else string(.)))) = ''">???</xsl:if>
  </xsl:template>

  <xsl:mode name="m:xref-copy" on-no-match="shallow-copy"/>
  <xsl:template match="indexterm | footnote | remark | @id" mode="m:xref-copy"/>

  <!-- A step's number in its procedure: 3, or 3.b for a substep. -->
  <xsl:function name="f:step-number" visibility="public" as="xs:string">
    <xsl:param name="step" as="element(step)"/>
    <xsl:variable name="position" select="count($step/preceding-sibling::step) + 1"/>
    <xsl:variable name="parent" select="$step/parent::substeps/parent::step"/>
    <xsl:sequence select="if ($parent)
        then f:step-number($parent) || '.' || format-integer($position, 'a')
        else string($position)"/>
  </xsl:function>

</xsl:stylesheet>
