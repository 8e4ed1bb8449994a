#!/usr/bin/env bash
# Wall time and peak memory of `pgdocs build --format man` on the PostgreSQL 18 manual
# (load, check, render, write, publish; cold JVM), and of PostgreSQL's own toolchain in
# the same run: xsltproc with stylesheet-man.xsl over DocBook XSL's manpages, as
# `make man` calls it, in a scratch copy of the sources. Prints the ratio.
# Usage: bench/build-man.sh [runs] (default 3). Needs `mvn package`, ../shared/corpus,
# and xsltproc with docbook-xsl (Debian: apt-get install xsltproc docbook-xsl).
set -euo pipefail
source "$(dirname "$0")/common.sh"
docs=$corpus/pg18-docs
[ -f "$docs/stylesheet-man.xsl" ] || { echo "no PostgreSQL 18 sources at $docs" >&2; exit 1; }
command -v xsltproc >/dev/null || { echo "xsltproc is not installed" >&2; exit 1; }
runs=${1:-3}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
stats=$scratch/time

# one timed command: prints "wall kb"
timed() {
    /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; cat "$stats" >&2; exit 1; }
    cat "$stats"
}

echo "man pages of $docs/postgres.sgml ($runs cold runs each)"
ours_total=0; theirs_total=0
for i in $(seq "$runs"); do
    rm -rf "$scratch/pgdocs"
    read -r wall kb < <(timed "$here/bin/pgdocs" build "$docs/postgres.sgml" --pg-version 18.3 --format man \
        -o "$scratch/pgdocs")
    files=$(find "$scratch/pgdocs" -type f -name '*.[0-9]*' | wc -l)
    printf 'pgdocs   run %d: %6.2f s wall, %5d MB peak RSS, %d files\n' "$i" "$wall" $((kb / 1024)) "$files"
    ours_total=$(echo "$ours_total + $wall" | bc -l)

    # PostgreSQL's make man: xsltproc writes man1/ man3/ man7/ into the current directory
    rm -rf "$scratch/xsltproc"; cp -r "$docs" "$scratch/xsltproc"
    read -r wall kb < <(cd "$scratch/xsltproc" && timed xsltproc --nonet --path . --stringparam pg.version 18.3 \
        stylesheet-man.xsl postgres.sgml)
    files=$(find "$scratch/xsltproc"/man[0-9] -type f | wc -l)
    printf 'xsltproc run %d: %6.2f s wall, %5d MB peak RSS, %d files\n' "$i" "$wall" $((kb / 1024)) "$files"
    theirs_total=$(echo "$theirs_total + $wall" | bc -l)
done
printf 'mean: pgdocs %.2f s, xsltproc %.2f s; pgdocs takes %.2fx the time of xsltproc\n' \
    "$(echo "$ours_total / $runs" | bc -l)" "$(echo "$theirs_total / $runs" | bc -l)" \
    "$(echo "$ours_total / $theirs_total" | bc -l)"
