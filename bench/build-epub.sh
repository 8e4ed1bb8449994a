#!/usr/bin/env bash
# Wall time and peak memory of `pgdocs build --format epub` on the PostgreSQL 18 manual
# (load, check, render in the EPUB style, write and verify, pack), cold JVM each run,
# and the size of the EPUB. PostgreSQL's own EPUB comes from dbtoepub, which is not
# packaged for Debian: no comparison here.
# Usage: bench/build-epub.sh [runs] (default 1). Needs `mvn package` and ../shared/corpus.
set -euo pipefail
source "$(dirname "$0")/common.sh"
master=$corpus/pg18-docs/postgres.sgml
[ -f "$master" ] || { echo "no PostgreSQL 18 corpus at $master" >&2; exit 1; }
out=$(mktemp -d)/epub
runs=${1:-1}
echo "pgdocs build --format epub $master --pg-version 18.3 ($runs cold runs)"
for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o /tmp/pgdocs-bench.$$ "$here/bin/pgdocs" build "$master" --pg-version 18.3 \
        --format epub -o "$out" > /dev/null 2> /tmp/pgdocs-bench-err.$$ || true
    read -r wall kb < /tmp/pgdocs-bench.$$
    printf 'run %d: %5.1f s wall, %4d MB peak RSS; %s\n' "$i" "$wall" $((kb / 1024)) \
        "$(grep -o 'postgres.epub (.*)' /tmp/pgdocs-bench-err.$$ || echo 'no EPUB written: see the build')"
done
rm -rf "$(dirname "$out")" /tmp/pgdocs-bench.$$ /tmp/pgdocs-bench-err.$$
