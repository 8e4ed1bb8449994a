#!/usr/bin/env bash
# Where the floor of pgdocs' load lies: one validating SAX parse of the PostgreSQL 14
# manual, nothing built from it, by the JDK's parser (pgdocs' for a book with problems,
# and serve's) and by Woodstox (pgdocs' first), beside `xmllint --noout --valid` and
# `pgdocs check`, with Woodstox and with the JDK's parser alone (-Dpgdocs.parser=jdk),
# in the same run. Cold processes,
# median wall and CPU seconds; all JVMs with pgdocs' quick options (C1, serial GC).
# Usage: bench/parsers.sh [runs] (default 5). Needs `mvn package`, ../shared/corpus, Maven
# (it fetches woodstox-core into the local repository if it is not there), and xmllint
# with the DocBook 4.5 DTD for its row.
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-5}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
woodstox=com.fasterxml.woodstox:woodstox-core:7.1.1
stax2=org.codehaus.woodstox:stax2-api:4.2.2
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository} # Maven's default local repository
jar_of() { # group:artifact:version -> its jar in the local repository, fetched if missing
    local g a v; IFS=: read -r g a v <<< "$1"
    local jar="$repo/${g//.//}/$a/$v/$a-$v.jar"
    [ -f "$jar" ] || mvn -q -B dependency:get -Dartifact="$1" -Dtransitive=false > /dev/null
    echo "$jar"
}
cp="$scratch/classes:$(jar_of $woodstox):$(jar_of $stax2)"
mkdir -p "$scratch/classes"
javac -d "$scratch/classes" -cp "$cp" "$here/bench/parsers/ParserTimes.java"
# the DTD pgdocs ships, and the manual with the version.sgml its build writes
(cd "$scratch" && unzip -q "$here/target/pgdocs.jar" 'dev/pgdocs/load/docbook/*')
dtd="$scratch/dev/pgdocs/load/docbook"
cp -r "$corpus/pg14-docs" "$scratch/pg14"
[ -f "$scratch/pg14/version.sgml" ] || printf '<!ENTITY version "14">\n<!ENTITY majorversion "14">\n' > "$scratch/pg14/version.sgml"
book="$scratch/pg14/postgres.sgml"
quick=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)

machine_load
echo "validating parse of the PostgreSQL 14 manual, $runs cold runs each (median wall and CPU)"
for parser in jdk woodstox; do
    java "${quick[@]}" -cp "$cp" ParserTimes "$parser" "$book" "$dtd"
done
row() { printf '%-34s %6.2fs wall %6.2fs CPU %5d MB\n' "$@"; }
read -r jw jc jm < <(measure java "${quick[@]}" -cp "$cp" ParserTimes jdk "$book" "$dtd")
row "JDK parser" "$jw" "$jc" "$jm"
read -r ww wc wm < <(measure java "${quick[@]}" -cp "$cp" ParserTimes woodstox "$book" "$dtd")
row "Woodstox" "$ww" "$wc" "$wm"
# pgdocs check as it runs, and with the JDK's parser alone (bin/pgdocs' options and the
# switch), run by turns: the machine's speed drifts more between two blocks of runs than
# the difference between the two
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dpgdocs.parser=jdk"
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && opts="$opts -XX:+UseTransparentHugePages"
[ -f "$here/target/pgdocs.jsa" ] && opts="$opts -XX:SharedArchiveFile=$here/target/pgdocs.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
: > "$scratch/quick"; : > "$scratch/jdk"
for _ in $(seq "$runs"); do
    runs=1 measure "$here/bin/pgdocs" check "$book" >> "$scratch/quick"
    PGDOCS_JAVA_OPTS="$opts" runs=1 measure "$here/bin/pgdocs" check "$book" >> "$scratch/jdk"
done
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
pw=$(cut -d' ' -f1 "$scratch/quick" | median); pc=$(cut -d' ' -f2 "$scratch/quick" | median)
pm=$(cut -d' ' -f3 "$scratch/quick" | sort -n | tail -1)
ow=$(cut -d' ' -f1 "$scratch/jdk" | median); oc=$(cut -d' ' -f2 "$scratch/jdk" | median)
om=$(cut -d' ' -f3 "$scratch/jdk" | sort -n | tail -1)
row "pgdocs check" "$pw" "$pc" "$pm"
row "pgdocs check, JDK parser alone" "$ow" "$oc" "$om"
if command -v xmllint > /dev/null; then
    read -r xw xc xm < <(measure xmllint --noout --valid --nonet "$book")
    row "xmllint --noout --valid" "$xw" "$xc" "$xm"
    echo "against xmllint's wall: JDK parser $(ratio "$jw" "$xw")x, Woodstox $(ratio "$ww" "$xw")x, pgdocs check $(ratio "$pw" "$xw")x (with the JDK parser alone $(ratio "$ow" "$xw")x)"
fi
