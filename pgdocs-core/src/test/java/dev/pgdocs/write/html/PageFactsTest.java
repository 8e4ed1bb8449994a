package dev.pgdocs.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search entries of a page in DocBook XSL's markup: the id of a section is on its
 * div (div.sect2#ID > div.titlepage > div > div > h3.title), not on its heading.
 */
class PageFactsTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>9.4. String Functions and Operators — PostgreSQL 18.3</title></head>
            <body><header class="site-header"><h2 id="not-content">Site</h2></header>
            <div class="navheader"><table><tr><th>9.4. String Functions and Operators</th></tr></table></div>
            <main id="content"><div class="sect1" id="FUNCTIONS-STRING">
              <div class="titlepage"><div><div><h2 class="title" style="clear: both">9.4. String Functions
                and Operators <a href="#FUNCTIONS-STRING" class="id_link">#</a></h2></div></div></div>
              <p>Functions for strings.</p>
              <div class="table" id="FUNCTIONS-STRING-SQL"><p class="title"><strong>Table 9.9.</strong></p></div>
              <div class="sect2" id="FUNCTIONS-STRING-FORMAT"><div class="titlepage"><div><div>
                <h3 class="title">9.4.1. <code class="function">format</code>
                <a href="#FUNCTIONS-STRING-FORMAT" class="id_link">#</a></h3></div></div></div>
                <div class="sect3" id="id-1.5.8.10.10.9"><div class="titlepage"><div><div>
                  <h4 class="title">9.4.1.1. Examples</h4></div></div></div><p>x</p></div>
              </div>
              <div class="variablelist"><dl class="variablelist">
                <dt id="GUC-WORK-MEM"><span class="term"><code class="varname">work_mem</code></span>
                <a href="#GUC-WORK-MEM" class="id_link">#</a></dt><dd><p>y</p></dd></dl></div>
            </div></main></body></html>
            """;

    @Test
    void everySectionBelowThePageHasAnEntryWithItsAnchorAndTitle() {
        PageFacts facts = PageFacts.read("functions-string.html", PAGE);
        assertEquals(List.of(
                new SearchEntry("9.4. String Functions and Operators", "functions-string.html", "",
                        "Functions for strings."),
                new SearchEntry("9.4.1. format", "functions-string.html#FUNCTIONS-STRING-FORMAT",
                        "9.4. String Functions and Operators", ""),
                new SearchEntry("9.4.1.1. Examples", "functions-string.html#id-1.5.8.10.10.9",
                        "9.4. String Functions and Operators", ""),
                new SearchEntry("work_mem", "functions-string.html#GUC-WORK-MEM",
                        "9.4. String Functions and Operators", "")), facts.entries());
    }

    @Test
    void referencePageSectionsHaveTheirHeadingDirectlyInside() {
        String page = """
                <!DOCTYPE html><html><head><title>CREATE TABLE</title></head><body><main id="content">
                <div class="refentry" id="SQL-CREATETABLE"><div class="titlepage"></div>
                <div class="refnamediv"><h2><span class="refentrytitle">CREATE TABLE</span></h2><p>define</p></div>
                <div class="refsect1" id="SQL-CREATETABLE-DESCRIPTION"><h2>Description</h2><p>z</p>
                  <div class="refsect2" id="SQL-CREATETABLE-COMPATIBILITY"><h3>Temporary Tables</h3></div></div>
                </div></main></body></html>
                """;
        assertEquals(List.of("CREATE TABLE", "Description", "Temporary Tables"),
                PageFacts.read("sql-createtable.html", page).entries().stream().map(SearchEntry::t).toList());
        assertEquals(List.of("sql-createtable.html", "sql-createtable.html#SQL-CREATETABLE-DESCRIPTION",
                "sql-createtable.html#SQL-CREATETABLE-COMPATIBILITY"),
                PageFacts.read("sql-createtable.html", page).entries().stream().map(SearchEntry::u).toList());
    }

    @Test
    void anIndexEntryIsFoundByItsTermAlone() {
        String page = """
                <!DOCTYPE html><html><head><title>Index</title></head><body><main id="content">
                <div class="index" id="BOOKINDEX"><div class="indexdiv" id="indexdiv-C"><h3>C</h3><dl>
                <dt id="ientry-id-1.7.3.3">C, <a class="indexterm" href="libpq.html">libpq — C Library</a>,
                  <a class="indexterm" href="ecpg.html">ECPG — Embedded SQL in C</a></dt><dd></dd></dl></div></div>
                </main></body></html>
                """;
        assertEquals(new SearchEntry("C", "bookindex.html#ientry-id-1.7.3.3", "Index", ""),
                PageFacts.read("bookindex.html", page).entries().get(1));
        assertEquals(2, PageFacts.read("bookindex.html", page).entries().size(), "the indexdiv is no section");
    }
}
