<?xml version="1.0" encoding="UTF-8"?>
<!--
  Paragraph-level blocks: para, simpara, formalpara, blockquote, attribution,
  epigraph, sidebar, abstract, highlights, address, example, informalexample,
  figure, informalfigure, equation, informalequation, procedure, step, substeps,
  stepalternatives, remark (shown in devel versions only), beginpage (nothing), anchor, bridgehead.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:t="urn:pgdocs:templates"
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- Blocks HTML does not allow inside <p>: a para is split around them (t:paragraph).
       Name tests, not the local name compared with a list of strings: this runs on every
       child of every paragraph (the list cost 3% of rendering PostgreSQL's manual). -->
  <xsl:function name="f:is-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/(
        self::itemizedlist | self::orderedlist | self::variablelist | self::simplelist
        | self::segmentedlist | self::calloutlist | self::glosslist | self::bibliolist
        | self::programlisting | self::screen | self::synopsis | self::literallayout
        | self::cmdsynopsis | self::funcsynopsis | self::table | self::informaltable
        | self::example | self::informalexample | self::figure | self::informalfigure
        | self::equation | self::informalequation | self::note | self::tip | self::warning
        | self::caution | self::important | self::blockquote | self::mediaobject
        | self::procedure | self::address | self::sidebar | self::programlistingco
        | self::screenco | self::graphic | self::classsynopsis | self::fieldsynopsis
        | self::methodsynopsis))"/>
  </xsl:function>

  <!-- A paragraph is a <p>, classed by its role (DocBook XSL's para.propagates.style), e.g.
       p.func_signature. HTML does not allow blocks inside <p>: as DocBook XSL's html.cleanup
       does, the runs of other nodes around a block become paragraphs of their own (even
       white space alone, as there) and the block stands between them; the id goes to the
       first of them. -->
  <xsl:template match="para | simpara">
    <xsl:call-template name="t:paragraph">
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A listitem holding a single simpara and nothing else: its text goes straight into the
       li, without a p (DocBook XSL). -->
  <xsl:template match="listitem/simpara[not(preceding-sibling::*) and not(following-sibling::*)]" priority="2">
    <xsl:if test="@id">
      <a><xsl:call-template name="t:id"/></a>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template name="t:paragraph">
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="lead" as="item()*" select="()"/>
    <xsl:param name="owner" as="element()" select="."/>
    <xsl:choose>
      <xsl:when test="every $n in $content satisfies not(f:is-block($n))">
        <p>
          <xsl:call-template name="t:id"><xsl:with-param name="node" select="$owner"/></xsl:call-template>
          <xsl:if test="$owner/@role">
            <xsl:attribute name="class" select="$owner/@role"/>
          </xsl:if>
          <xsl:sequence select="$lead"/>
          <xsl:apply-templates select="$content"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each-group select="$content" group-adjacent="f:is-block(.)">
          <xsl:variable name="first" select="position() = 1"/>
          <xsl:choose>
            <xsl:when test="current-grouping-key()">
              <xsl:if test="$first and ($owner/@id or exists($lead))">
                <p>
                  <xsl:call-template name="t:id"><xsl:with-param name="node" select="$owner"/></xsl:call-template>
                  <xsl:sequence select="$lead"/>
                </p>
              </xsl:if>
              <xsl:apply-templates select="current-group()"/>
            </xsl:when>
            <xsl:otherwise>
              <p>
                <xsl:if test="$first">
                  <xsl:call-template name="t:id"><xsl:with-param name="node" select="$owner"/></xsl:call-template>
                </xsl:if>
                <xsl:if test="$owner/@role">
                  <xsl:attribute name="class" select="$owner/@role"/>
                </xsl:if>
                <xsl:if test="$first">
                  <xsl:sequence select="$lead"/>
                </xsl:if>
                <xsl:apply-templates select="current-group()"/>
              </p>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- formalpara: one paragraph led by its title in strong, ended by a full stop unless it has
       its own punctuation, and a no-break space (DocBook XSL's run-in head). -->
  <xsl:template match="formalpara">
    <xsl:variable name="title" as="xs:string" select="normalize-space(title)"/>
    <xsl:call-template name="t:paragraph">
      <xsl:with-param name="content" select="para/node()"/>
      <xsl:with-param name="lead" as="element()">
        <strong><xsl:apply-templates select="title/node()"/>
          <xsl:if test="$title != '' and not(matches($title, '[.!?:]$'))">.</xsl:if>
          <xsl:text>&#160;</xsl:text></strong>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A quotation: div.blockquote > blockquote.blockquote; with an attribution, DocBook
       XSL lays it out as a table, the attribution right-aligned under the quotation after
       two hyphens. -->
  <xsl:template match="blockquote | epigraph">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:choose>
        <xsl:when test="attribution">
          <table class="{local-name()}" style="width: 100%">
            <tr>
              <td style="width: 10%; vertical-align: top">&#160;</td>
              <td style="width: 80%; vertical-align: top">
                <xsl:apply-templates select="node() except (title | attribution)"/>
              </td>
              <td style="width: 10%; vertical-align: top">&#160;</td>
            </tr>
            <tr>
              <td style="width: 10%; vertical-align: top">&#160;</td>
              <td colspan="2" style="text-align: right; vertical-align: top">--<span
                  class="attribution"><xsl:apply-templates select="attribution/node()"/></span></td>
            </tr>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <blockquote class="{local-name()}">
            <xsl:apply-templates select="node() except title"/>
          </blockquote>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template match="sidebar | abstract | highlights">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:if test="title">
        <p class="title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
      </xsl:if>
      <xsl:apply-templates select="node() except title"/>
    </div>
  </xsl:template>

  <xsl:template match="address">
    <div class="address">
      <xsl:call-template name="t:id"/>
      <p><xsl:apply-templates/></p>
    </div>
  </xsl:template>

  <!-- Formal objects, as DocBook XSL: div.example > p.title > strong ("Example 9.1. Title"),
       then div.example-contents, and a br.example-break after the div. PostgreSQL puts every
       title before its object, figures included. -->
  <xsl:template match="example | figure | equation">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:formal-title"/>
      <div class="{local-name()}-contents">
        <xsl:apply-templates select="node() except (title | titleabbrev)"/>
      </div>
    </div>
    <br class="{local-name()}-break"/>
  </xsl:template>

  <!-- The caption of a formal object: its word and number from common (f:gentext, f:number)
       and its title, all in <strong>. -->
  <xsl:template name="t:formal-title">
    <p class="title">
      <strong>
        <xsl:variable name="number" select="f:number(.)"/>
        <xsl:if test="$number != ''">
          <xsl:value-of select="f:gentext(local-name()) || ' ' || $number || '. '"/>
        </xsl:if>
        <xsl:apply-templates select="(title | caption)[1]/node()"/>
      </strong>
    </p>
  </xsl:template>

  <xsl:template match="informalexample | informalfigure | informalequation">
    <div class="{local-name()}">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Procedures are not numbered in PostgreSQL (formal.procedures = 0): the title alone. -->
  <xsl:template match="procedure">
    <div class="procedure">
      <xsl:call-template name="t:id"/>
      <xsl:if test="title">
        <p class="title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | step)"/>
      <ol class="procedure" type="1">
        <xsl:apply-templates select="step"/>
      </ol>
    </div>
  </xsl:template>

  <xsl:template match="step">
    <li class="step">
      <xsl:call-template name="t:id"/>
      <xsl:if test="title">
        <p class="title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
      </xsl:if>
      <xsl:apply-templates select="node() except title"/>
    </li>
  </xsl:template>

  <xsl:template match="substeps">
    <ol type="a" class="substeps">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </ol>
  </xsl:template>

  <xsl:template match="stepalternatives">
    <ul class="stepalternatives">
      <xsl:call-template name="t:id"/>
      <xsl:apply-templates/>
    </ul>
  </xsl:template>

  <xsl:template match="bridgehead">
    <p class="bridgehead">
      <xsl:call-template name="t:id"/>
      <strong><xsl:apply-templates/></strong>
    </p>
  </xsl:template>

  <xsl:template match="beginpage"/>

  <!-- Writers' notes to each other: shown as DocBook XSL shows them (show.comments) in
       development snapshots only, as PostgreSQL's stylesheets decide ($v:show-remarks).
       A remark among blocks is a paragraph of its own, one in running text inline. -->
  <xsl:template match="remark">
    <xsl:if test="$v:show-remarks">
      <xsl:variable name="inline" as="element()">
        <em><span class="remark"><xsl:apply-templates/></span></em>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="../text()[normalize-space()]"><xsl:sequence select="$inline"/></xsl:when>
        <xsl:otherwise><p class="remark"><xsl:sequence select="$inline"/></p></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template match="anchor">
    <a>
      <xsl:call-template name="t:id"/>
    </a>
  </xsl:template>

</xsl:stylesheet>
