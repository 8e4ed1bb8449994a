<?xml version="1.0" encoding="UTF-8"?>
<!--
  The man pages' own parameters and the naming of their files. Handles no DocBook
  elements: refentry.xsl and xref.xsl name pages and sections with these functions.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:pgdocs:functions"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- The section SQL command pages (manvolnum 7) go to: PostgreSQL's sqlmansect. -->
  <xsl:param name="man-sql-section" as="xs:string" select="'7'"/>

  <!-- The pages: PostgreSQL leaves out manvolnum for refentries that are not to be man
       pages (its get.refentry.section gives 0, and write.man.file skips section 0). -->
  <xsl:variable name="v:man-pages" as="element(refentry)*"
      select="//refentry[normalize-space(refmeta/manvolnum) != '']"/>

  <!-- The section a refentry's page is in: its manvolnum, the SQL section for 7. -->
  <xsl:function name="f:man-section" as="xs:string">
    <xsl:param name="refentry" as="element(refentry)"/>
    <xsl:variable name="volume" select="normalize-space($refentry/refmeta/manvolnum)"/>
    <xsl:sequence select="if ($volume = '7') then $man-sql-section else $volume"/>
  </xsl:function>

  <!-- A page's name: the refentrytitle (else the first refname) as text, spaces turned
       into underscores (DocBook XSL's make.adjusted.man.filename): CREATE_TABLE. -->
  <xsl:function name="f:man-name" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="name" select="if ($node/self::refentry)
        then ($node/refmeta/refentrytitle, $node/refnamediv/refname)[1] else $node"/>
    <xsl:sequence select="translate(normalize-space($name), ' /', '__')"/>
  </xsl:function>

  <!-- The directory of a refentry's page: man7. -->
  <xsl:function name="f:man-dir" as="xs:string">
    <xsl:param name="refentry" as="element(refentry)"/>
    <xsl:sequence select="'man' || f:man-section($refentry)"/>
  </xsl:function>

  <!-- The page's path under the output directory: man7/CREATE_TABLE.7. -->
  <xsl:function name="f:man-file" as="xs:string">
    <xsl:param name="refentry" as="element(refentry)"/>
    <xsl:sequence select="f:man-dir($refentry) || '/' || f:man-name($refentry) || '.' || f:man-section($refentry)"/>
  </xsl:function>

</xsl:stylesheet>
