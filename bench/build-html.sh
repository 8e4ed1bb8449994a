#!/usr/bin/env bash
# Wall time and peak memory of `pgdocs build --format html` on the full PostgreSQL manual
# (load, check, render, write, Jsoup verification, publish), cold JVM each run.
# Usage: bench/build-html.sh [runs] (default 3). Needs `mvn package` and ../shared/corpus.
set -euo pipefail
source "$(dirname "$0")/common.sh"
out=$(mktemp -d)/html
runs=${1:-3}
echo "pgdocs build --format html $master ($runs cold runs; target: <= 4 s wall, <= 1 GB peak;"
echo "PostgreSQL's xsltproc toolchain: 23.1 s, 370 MB)"
for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o /tmp/pgdocs-bench.$$ "$here/bin/pgdocs" build "$master" -o "$out" >/dev/null 2>&1 || true
    read -r wall kb < /tmp/pgdocs-bench.$$
    printf 'run %d: %5.2f s wall, %4d MB peak RSS, %d pages\n' "$i" "$wall" $((kb / 1024)) "$(ls "$out" | grep -c '\.html$')"
done
rm -rf "$(dirname "$out")" /tmp/pgdocs-bench.$$
