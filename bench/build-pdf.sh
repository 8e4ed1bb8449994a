#!/usr/bin/env bash
# The PDF (A4) of the full PostgreSQL 14 manual, about 2,600 pages: `pgdocs build --format
# pdf` beside PostgreSQL's own build of the same sources in the same run (its Makefile's
# postgres-A4.pdf: `xmllint --noout --valid`, xsltproc with DocBook XSL 1.79 and
# PostgreSQL 14's stylesheet-fo.xsl, then Apache FOP). Cold processes; wall and CPU
# seconds, peak RSS (the reference's is its largest step's), FOP's glyph and overflow
# warnings from pgdocs, and how many times faster pgdocs is.
# Also the same build through a warm resident JVM for PDFs (PGDOCS_DAEMON=on), after it
# warmed up on two builds.
# Usage: bench/build-pdf.sh [runs] [reference runs] [resident runs] (default 1, 1 and 3). Needs `mvn
# package`, ../shared/corpus, and for the reference side xsltproc, xmllint, docbook-xsl,
# docbook-xml and fop (it says what to install if not).
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-1}
ref_runs=${2:-1}
resident_runs=${3:-3}
scratch=$(mktemp -d)
# a script that stops early leaves no resident JVM behind
trap 'pkill -f -- "-Dpgdocs.daemon=$scratch/" || true; rm -rf "$scratch"' EXIT
machine_load
echo "PDF (A4), PostgreSQL 14 manual; target: pgdocs at least 4x faster than xsltproc + FOP, in at most 1 GB"
read -r pw pc pm < <(measure_stderr=$scratch/err measure "$here/bin/pgdocs" build "$master" --format pdf \
    -o "$scratch/pgdocs")
printf '%-28s %7.1fs wall %7.1fs CPU %5d MB  (%d runs; %s; glyph warnings %d, overflow warnings %d)\n' \
    "pgdocs build --format pdf" "$pw" "$pc" "$pm" "$runs" "$(grep -o '[0-9]* pages' "$scratch/err" | tail -1)" \
    "$(grep -c '\[pdf.glyph\]' "$scratch/err" || true)" "$(grep -c '\[pdf.overflow\]' "$scratch/err" || true)"
# the same build through the warm resident JVM for PDFs: the run's wall time, the CPU of
# the run and of the resident JVM's work for it, the resident JVM's peak RSS
resident_logs=2 resident_start "$scratch/resident" "$here/bin/pgdocs" build "$master" --format pdf -o "$scratch/pgdocs"
before=$(resident=pdf resident_cpu "$scratch/resident")
read -r rw rc _ < <(runs=$resident_runs measure env PGDOCS_DAEMON=on XDG_RUNTIME_DIR="$scratch/resident" \
    "$here/bin/pgdocs" build "$master" --format pdf -o "$scratch/pgdocs")
rc=$(awk -v c="$rc" -v a="$(resident=pdf resident_cpu "$scratch/resident")" -v b="$before" -v n="$resident_runs" \
    'BEGIN { print c + (a - b) / n }')
rm_=$(resident=pdf resident_stop "$scratch/resident")
printf '%-28s %7.1fs wall %7.1fs CPU %5d MB  (%d runs, after it warmed up)\n' "  with PGDOCS_DAEMON=on" "$rw" "$rc" \
    "$rm_" "$resident_runs"
have_toolchain fop || exit 0
tree=$(pg14_tree "$scratch/src")
# the Makefile's recipes, each step measured: its peak memory is the largest step's
cat > "$scratch/validate" <<SCRIPT
#!/bin/sh
cd "$tree" && xmllint --nonet --path . --noout --valid postgres.sgml
SCRIPT
cat > "$scratch/fo" <<SCRIPT
#!/bin/sh
cd "$tree" && xsltproc --nonet --path . --stringparam pg.version 14beta1 --stringparam paper.type A4 \
    -o postgres-A4.fo stylesheet-fo.xsl postgres.sgml
SCRIPT
cat > "$scratch/fop" <<SCRIPT
#!/bin/sh
cd "$tree" && fop -fo postgres-A4.fo -pdf postgres-A4.pdf
SCRIPT
chmod +x "$scratch/validate" "$scratch/fo" "$scratch/fop"
xw=0 xc=0 xm=0
for step in validate fo fop; do
    read -r w c m < <(runs=$ref_runs measure "$scratch/$step")
    printf '  %-26s %7.1fs wall %7.1fs CPU %5d MB\n' "$step" "$w" "$c" "$m"
    xw=$(awk -v a="$xw" -v b="$w" 'BEGIN { print a + b }')
    xc=$(awk -v a="$xc" -v b="$c" 'BEGIN { print a + b }')
    [ "$m" -gt "$xm" ] && xm=$m
done
pages=$(pdfinfo "$tree/postgres-A4.pdf" 2> /dev/null | awk '/^Pages:/ { print $2 " pages" }' || true)
printf '%-28s %7.1fs wall %7.1fs CPU %5d MB  (%d runs; %s)\n' "PostgreSQL (xsltproc + FOP)" "$xw" "$xc" "$xm" \
    "$ref_runs" "${pages:-no PDF}"
echo "pgdocs is $(ratio "$xw" "$pw")x faster in wall time, $(ratio "$xc" "$pc")x in CPU time, in $(ratio "$pm" "$xm")x the memory"
echo "with PGDOCS_DAEMON=on, after it warmed up: $(ratio "$xw" "$rw")x faster in wall time, in $(ratio "$rm_" "$xm")x the memory"
