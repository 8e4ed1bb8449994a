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
    xmlns:m="urn:pgdocs:modes"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- Blocks HTML does not allow inside <p>: a para holding one is a div. -->
  <xsl:variable name="block-children" as="xs:string+" select="('itemizedlist', 'orderedlist',
      'variablelist', 'simplelist', 'segmentedlist', 'calloutlist', 'glosslist', 'bibliolist',
      'programlisting', 'screen', 'synopsis', 'literallayout', 'cmdsynopsis', 'funcsynopsis',
      'table', 'informaltable', 'example', 'informalexample', 'figure', 'informalfigure',
      'equation', 'informalequation', 'note', 'tip', 'warning', 'caution', 'important',
      'blockquote', 'mediaobject', 'procedure', 'address', 'sidebar', 'programlistingco',
      'screenco', 'graphic', 'classsynopsis', 'fieldsynopsis', 'methodsynopsis')"/>

  <xsl:template match="para | simpara">
    <xsl:element name="{if (*[local-name() = $block-children]) then 'div' else 'p'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="formalpara">
    <div class="formalpara">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates select="para"/>
    </div>
  </xsl:template>

  <xsl:template match="formalpara/para" priority="2">
    <xsl:element name="{if (*[local-name() = $block-children]) then 'div' else 'p'}">
      <xsl:attribute name="class" select="'para'"/>
      <strong class="formalpara-title"><xsl:apply-templates select="../title/node()"/>
        <xsl:if test="not(matches(normalize-space(../title), '[.:?!]$'))">.</xsl:if></strong>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="blockquote | epigraph">
    <blockquote class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates select="node() except (title | attribution)"/>
      <xsl:apply-templates select="attribution"/>
    </blockquote>
  </xsl:template>

  <xsl:template match="attribution">
    <p class="attribution">— <xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="sidebar | abstract | highlights">
    <aside class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:if test="title">
        <p class="title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
      </xsl:if>
      <xsl:apply-templates select="node() except title"/>
    </aside>
  </xsl:template>

  <xsl:template match="address">
    <div class="address">
      <xsl:call-template name="f:id"/>
      <pre class="address"><xsl:apply-templates/></pre>
    </div>
  </xsl:template>

  <!-- Formal objects: numbered caption above (tables, examples) or below (figures). -->
  <xsl:template match="example | figure | equation">
    <figure class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:if test="not(self::figure)">
        <xsl:call-template name="m:caption"/>
      </xsl:if>
      <div class="{local-name()}-contents">
        <xsl:apply-templates select="node() except (title | titleabbrev)"/>
      </div>
      <xsl:if test="self::figure">
        <xsl:call-template name="m:caption"/>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template name="m:caption">
    <figcaption>
      <strong><xsl:value-of select="f:gentext(local-name())"/><xsl:text> </xsl:text>
        <xsl:value-of select="f:number(.)"/>. </strong>
      <xsl:apply-templates select="title/node()"/>
      <xsl:call-template name="m:self-link"/>
    </figcaption>
  </xsl:template>

  <xsl:template match="informalexample | informalfigure | informalequation">
    <div class="{local-name()}">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="procedure">
    <div class="procedure">
      <xsl:call-template name="f:id"/>
      <xsl:if test="title">
        <p class="title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
      </xsl:if>
      <xsl:apply-templates select="node() except (title | step)"/>
      <ol class="procedure">
        <xsl:apply-templates select="step"/>
      </ol>
    </div>
  </xsl:template>

  <xsl:template match="step">
    <li class="step">
      <xsl:call-template name="f:id"/>
      <xsl:if test="title">
        <p class="step-title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
      </xsl:if>
      <xsl:apply-templates select="node() except title"/>
    </li>
  </xsl:template>

  <xsl:template match="substeps">
    <ol class="substeps" type="a">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </ol>
  </xsl:template>

  <xsl:template match="stepalternatives">
    <ul class="stepalternatives">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </ul>
  </xsl:template>

  <xsl:template match="bridgehead">
    <p class="bridgehead">
      <xsl:call-template name="f:id"/>
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
    <span class="anchor">
      <xsl:call-template name="f:id"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
