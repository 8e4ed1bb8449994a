<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every link target of a book: for each element with an id, its kind, page, anchor, link,
  title, xreflabel and cross-reference text. pgdocs runs this for the checker and the
  inventory, so that what they say about a link is what the HTML will write.
  Handles every element with an id attribute; output is <targets><target/>...</targets>.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:template name="xsl:initial-template">
    <targets title="{f:title(/*)}">
      <xsl:for-each select="//*[@id]">
        <target id="{@id}" element="{local-name()}" page="{f:page-name(f:chunk(.))}"
            href="{f:href(.)}" anchor="{f:anchor(.)}" title="{f:title(.)}" xreftext="{f:xref-text(.)}">
          <xsl:if test="@xreflabel">
            <xsl:attribute name="xreflabel" select="@xreflabel"/>
          </xsl:if>
        </target>
      </xsl:for-each>
    </targets>
  </xsl:template>

</xsl:stylesheet>
