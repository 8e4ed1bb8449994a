#!/usr/bin/env bash
# Wall time and peak memory of `pgdocs build --format pdf` on the full PostgreSQL manual
# (about 2,600 A4 pages), cold JVM each run, and FOP's glyph and overflow warnings.
# Usage: bench/build-pdf.sh [runs] (default 1). Needs `mvn package` and ../shared/corpus.
set -euo pipefail
source "$(dirname "$0")/common.sh"
out=$(mktemp -d)/pdf
runs=${1:-1}
echo "pgdocs build --format pdf $master ($runs cold runs; target: <= 20 s wall, <= 1.5 GB peak;"
echo "PostgreSQL's toolchain: 42 s, 2.8 GB, ~140 overflow warnings)"
for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o /tmp/pgdocs-bench.$$ "$here/bin/pgdocs" build "$master" --format pdf -o "$out" \
        > /dev/null 2> /tmp/pgdocs-bench-err.$$ || true
    read -r wall kb < /tmp/pgdocs-bench.$$
    printf 'run %d: %5.1f s wall, %4d MB peak RSS; %s; glyph warnings: %d, overflow warnings: %d\n' "$i" "$wall" \
        $((kb / 1024)) "$(grep -o '[0-9]* pages' /tmp/pgdocs-bench-err.$$ | tail -1)" \
        "$(grep -c '\[pdf.glyph\]' /tmp/pgdocs-bench-err.$$ || true)" "$(grep -c '\[pdf.overflow\]' /tmp/pgdocs-bench-err.$$ || true)"
done
rm -rf "$(dirname "$out")" /tmp/pgdocs-bench.$$ /tmp/pgdocs-bench-err.$$
