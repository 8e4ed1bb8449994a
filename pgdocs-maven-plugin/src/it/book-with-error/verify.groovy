// The broken link is reported through Maven's log as an error at its file:line:col, the
// build fails naming the count, and nothing is written: all of it from the JVM the PDF
// build runs in, relayed into Maven's.
def log = new File(basedir, 'build.log').text
assert log =~ /pgdocs: running in a JVM of its own: .*-Xmx800m/
assert log =~ /\[ERROR\] src\/docs\/chapter\.sgml:5:\d+: .*nowhere.* \[xref\.missing\]/
assert log.contains('pgdocs: not building: the check found errors (<keepGoing>true</keepGoing> builds anyway)')
assert log =~ /MojoFailureException|BUILD FAILURE/
assert log =~ /pgdocs: \S*book\.sgml: 1 error; not building/
assert !new File(basedir, 'target/site/html').exists()
assert !new File(basedir, 'target/site/pdf').exists()
