#!/usr/bin/env bash
# Save to seen: starts `pgdocs serve` on a copy of the book, opens a chapter's page in
# headless Chromium (Debian's chromium, driven over the DevTools protocol), then saves a
# new paragraph into that chapter several times and prints when each shows on the page.
# Chromium shares the 2 cores with pgdocs. Needs `mvn package` (and test classes:
# `mvn test-compile`), chromium, and ../shared/corpus for the corpus.
# Usage: bench/serve-browser.sh [corpus|pg18|docs-src] [edits] (default: corpus, the
# PostgreSQL 14 manual; 8). Targets: pg18 <= 0.5 s, corpus <= 1 s, docs-src <= 300 ms.
set -euo pipefail
source "$(dirname "$0")/common.sh"
which=${1:-corpus}
edits=${2:-8}
command -v chromium > /dev/null || { echo "no chromium (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
args=()
if [ "$which" = corpus ]; then
    cp -r "$(dirname "$master")" "$work/src"; book="$work/src/postgres.sgml"
elif [ "$which" = pg18 ]; then
    cp -r "$corpus/pg18-docs" "$work/src"; book="$work/src/postgres.sgml"; args=(--pg-version 18.3)
else
    cp -r "$here/docs-src" "$work/src"; book="$work/src/book.sgml"
fi
port=$((20000 + RANDOM % 10000))
"$here/bin/pgdocs" serve "$book" "${args[@]}" --port $port -o "$work/site" > /dev/null 2> "$work/serve.log" &
server=$!
until grep -q "serving http" "$work/serve.log" 2>/dev/null; do sleep 0.2; done
(cd "$here/pgdocs-core" && mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp" > /dev/null)
machine_load
echo "pgdocs serve, $which: from save to the change on the page in Chromium ($edits edits of bgworker.sgml)"
java -cp "$here/pgdocs-core/target/test-classes:$here/pgdocs-core/target/classes:$(cat "$work/cp")" dev.pgdocs.serve.ReloadTimer \
    "http://127.0.0.1:$port/bgworker.html" "$work/src/bgworker.sgml" "$edits"
