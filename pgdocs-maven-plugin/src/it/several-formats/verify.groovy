// Both formats, each in its own directory below outputDirectory, from one check; the rule
// set off in the pom is not reported, so warningsAsErrors passes; the PDF is US letter.
// The build runs in a JVM of its own (because of the PDF), given every parameter: the
// rule levels, warningsAsErrors, the paper and the directory reach it.
def log = new File(basedir, 'build.log').text
assert log =~ /pgdocs: running in a JVM of its own: .*-XX:\+UseParallelGC/
def site = new File(basedir, 'target/manual')
assert new File(site, 'html/index.html').isFile()
assert new File(site, 'html/usage.html').isFile()
def pdf = new File(site, 'pdf/manual.pdf')
assert pdf.isFile() && pdf.length() > 1000
assert new String(pdf.bytes, 'ISO-8859-1').contains('/MediaBox [0 0 612 792]')
assert log =~ /pgdocs: wrote \d+ pages to \S*target\/manual\/html/
assert log =~ /pgdocs: wrote \S*target\/manual\/pdf\/manual\.pdf \(\d+ pages/
assert log =~ /manual\.sgml: 1 file, 0 errors, 0 warnings/
assert !log.contains('[id.missing]')
assert log.contains('BUILD SUCCESS')
