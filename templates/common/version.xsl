<?xml version="1.0" encoding="UTF-8"?>
<!--
  The PostgreSQL version being built, and what follows from it. Handles no DocBook
  elements; remark (shown or not) is rendered by each output's blocks module.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:v="urn:pgdocs:variables"
    exclude-result-prefixes="#all">

  <!-- The version, as PostgreSQL's build passes it to xsltproc (stringparam pg.version):
       pgdocs sets it from the pg-version option, version.sgml or the source tree. -->
  <xsl:param name="pg.version" as="xs:string" select="'0'"/>

  <!-- PostgreSQL's stylesheet-common.xsl shows remarks (show.comments) in development
       snapshots only: a version that contains 'devel'. -->
  <xsl:variable name="v:show-remarks" as="xs:boolean" select="contains($pg.version, 'devel')"/>
</xsl:stylesheet>
