#!/usr/bin/env bash
# Chunked HTML of the full PostgreSQL 14 manual: `pgdocs build --format html` (load, check,
# render, write, Jsoup verification, publish) beside PostgreSQL's own build of the same
# sources in the same run (its Makefile's html target: `xmllint --noout --valid`, then
# xsltproc with DocBook XSL 1.79 and PostgreSQL 14's stylesheets). Cold processes; median
# wall and CPU seconds, largest peak RSS, and how many times faster pgdocs is.
# Usage: bench/build-html.sh [runs] [reference runs] (default 3 and 1: the reference takes
# over a minute). Needs `mvn package`, ../shared/corpus, and for the reference side
# xsltproc, xmllint, docbook-xsl and docbook-xml (it says what to install if not).
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-3}
ref_runs=${2:-1}
scratch=$(mktemp -d)
# a script that stops early leaves no resident JVM behind
trap 'pkill -f -- "-Dpgdocs.daemon=$scratch/" || true; rm -rf "$scratch"' EXIT
machine_load
echo "chunked HTML, PostgreSQL 14 manual; target: pgdocs at least 10x faster than PostgreSQL's xsltproc build"
read -r pw pc pm < <(measure "$here/bin/pgdocs" build "$master" --format html -o "$scratch/pgdocs")
printf '%-28s %7.1fs wall %7.1fs CPU %5d MB  (%d runs; %d pages)\n' "pgdocs build --format html" "$pw" "$pc" "$pm" \
    "$runs" "$(ls "$scratch/pgdocs" | grep -c '\.html$')"
# the same build through a warm resident JVM (PGDOCS_DAEMON=on): the run's wall time, the
# CPU of the run and of the resident JVM's work for it, the resident JVM's RSS
resident_start "$scratch/resident" "$here/bin/pgdocs" build "$master" --format html -o "$scratch/pgdocs"
before=$(resident_cpu "$scratch/resident")
read -r rw rc _ < <(measure env PGDOCS_DAEMON=on XDG_RUNTIME_DIR="$scratch/resident" "$here/bin/pgdocs" build "$master" --format html -o "$scratch/pgdocs")
rc=$(awk -v c="$rc" -v a="$(resident_cpu "$scratch/resident")" -v b="$before" -v n="$runs" 'BEGIN { print c + (a - b) / n }')
rm_=$(resident_stop "$scratch/resident")
printf '%-28s %7.1fs wall %7.1fs CPU %5d MB  (%d runs, after it warmed up)\n' "  with PGDOCS_DAEMON=on" "$rw" "$rc" "$rm_" "$runs"
have_toolchain || exit 0
tree=$(pg14_tree "$scratch/src")
# the Makefile's html-stamp recipe: validate, then transform into html/ of the doc directory
cat > "$scratch/postgres-html" <<SCRIPT
#!/bin/sh
set -e
cd "$tree"
rm -rf html
xmllint --nonet --path . --noout --valid postgres.sgml
xsltproc --nonet --path . --stringparam pg.version 14beta1 stylesheet.xsl postgres.sgml
SCRIPT
chmod +x "$scratch/postgres-html"
read -r xw xc xm < <(runs=$ref_runs measure "$scratch/postgres-html")
printf '%-28s %7.1fs wall %7.1fs CPU %5d MB  (%d runs; %d pages)\n' "PostgreSQL (xsltproc)" "$xw" "$xc" "$xm" \
    "$ref_runs" "$(ls "$tree/html" 2> /dev/null | grep -c '\.html$')"
echo "pgdocs is $(ratio "$xw" "$pw")x faster in wall time, $(ratio "$xc" "$pc")x in CPU time, in $(ratio "$pm" "$xm")x the memory"
echo "with PGDOCS_DAEMON=on, $(ratio "$xw" "$rw")x faster in wall time, $(ratio "$xc" "$rc")x in CPU time, in $(ratio "$rm_" "$xm")x the memory"
