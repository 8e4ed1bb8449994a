// docs-src builds with the defaults: its warning in Maven's log at file:line:col, the
// summary, and the formats its pgdocs.json asks for (html, pdf and epub) in target/site.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] \S*bgworker\.sgml:\d+:\d+: sect1 has no id.* \[id\.missing\]/
assert log =~ /book\.sgml: 4 files, 0 errors, 1 warning/
assert log =~ /pgdocs: wrote \d+ pages to \S*target\/site\/html \(search index: \d+ entries\)/
def site = new File(basedir, 'target/site/html')
assert new File(site, 'index.html').isFile()
assert new File(site, 'bgworker.html').isFile()
assert new File(site, 'search-index.json').isFile()
assert new File(basedir, 'target/site/pdf/book.pdf').isFile()
assert log =~ /pgdocs: wrote \S*target\/site\/pdf\/book\.pdf \(\d+ pages/
assert new File(basedir, 'target/site/epub/book.epub').isFile()
assert log =~ /pgdocs: wrote \S*target\/site\/epub\/book\.epub \(\d+ pages/
assert log.contains('BUILD SUCCESS')
