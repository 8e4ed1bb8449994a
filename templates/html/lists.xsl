<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists: itemizedlist, orderedlist, listitem, variablelist, varlistentry, term,
  simplelist, member, segmentedlist, segtitle, seglistitem, seg, calloutlist,
  callout, glosslist. A varlistentry with an id gets a "#" self-link on its term.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:m="urn:pgdocs:modes"
    exclude-result-prefixes="#all">

  <xsl:template match="itemizedlist | orderedlist">
    <xsl:if test="title">
      <p class="list-title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
    </xsl:if>
    <xsl:element name="{if (self::orderedlist) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="f:id"/>
      <xsl:if test="self::orderedlist/@numeration">
        <xsl:attribute name="type" select="map {'arabic': '1', 'loweralpha': 'a', 'upperalpha': 'A',
            'lowerroman': 'i', 'upperroman': 'I'}(@numeration)"/>
      </xsl:if>
      <xsl:apply-templates select="node() except title"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="listitem">
    <li>
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <xsl:template match="variablelist">
    <xsl:if test="title">
      <p class="list-title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
    </xsl:if>
    <dl class="variablelist">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates select="varlistentry"/>
    </dl>
    <xsl:apply-templates select="node() except (title | varlistentry)"/>
  </xsl:template>

  <xsl:template match="varlistentry">
    <dt>
      <xsl:call-template name="f:id"/>
      <xsl:for-each select="term">
        <xsl:if test="position() gt 1"><br/></xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
      <xsl:call-template name="m:self-link"/>
    </dt>
    <dd>
      <xsl:apply-templates select="listitem/node()"/>
    </dd>
  </xsl:template>

  <xsl:template match="term">
    <!-- a term's own id is an anchor (xrefs to a term land on it) -->
    <span class="term"><xsl:call-template name="f:id"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="simplelist[@type = 'inline']">
    <span class="simplelist">
      <xsl:call-template name="f:id"/>
      <xsl:for-each select="member">
        <xsl:if test="position() gt 1">, </xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="simplelist">
    <ul class="simplelist">
      <xsl:call-template name="f:id"/>
      <xsl:for-each select="member">
        <li><xsl:apply-templates/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="segmentedlist">
    <table class="segmentedlist">
      <xsl:call-template name="f:id"/>
      <thead><tr><xsl:for-each select="segtitle"><th><xsl:apply-templates/></th></xsl:for-each></tr></thead>
      <tbody>
        <xsl:for-each select="seglistitem">
          <tr><xsl:for-each select="seg"><td><xsl:apply-templates/></td></xsl:for-each></tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="calloutlist">
    <xsl:if test="title">
      <p class="list-title"><strong><xsl:apply-templates select="title/node()"/></strong></p>
    </xsl:if>
    <dl class="calloutlist">
      <xsl:call-template name="f:id"/>
      <xsl:for-each select="callout">
        <dt>
          <xsl:call-template name="f:id"/>
          <xsl:variable name="doc" select="root(.)"/>
          <xsl:for-each select="tokenize(@arearefs)">
            <xsl:variable name="co" select="key('id', ., $doc)"/>
            <a class="callout-ref" href="{if ($co) then f:link($co) else '#'}">(<xsl:value-of
                select="if ($co) then f:callout-number($co) else '?'"/>)</a>
            <xsl:text> </xsl:text>
          </xsl:for-each>
        </dt>
        <dd><xsl:apply-templates/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:template match="glosslist">
    <dl class="glosslist">
      <xsl:call-template name="f:id"/>
      <xsl:apply-templates select="glossentry"/>
    </dl>
  </xsl:template>

</xsl:stylesheet>
