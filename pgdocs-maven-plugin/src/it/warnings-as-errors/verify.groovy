// The warning stays a warning in the log, and fails the check because it was asked to;
// the check ran in a JVM of its own (fork=always), which says so and relays both.
def log = new File(basedir, 'build.log').text
assert log =~ /pgdocs: running in a JVM of its own: -XX:\+UseSerialGC -XX:TieredStopAtLevel=1/
assert log =~ /\[WARNING\] src\/docs\/book\.sgml:7:\d+: sect1 has no id.* \[id\.missing\]/
assert log =~ /pgdocs: \S*book\.sgml: 0 errors and 1 warning \(warningsAsErrors\)/
assert log.contains('BUILD FAILURE')
