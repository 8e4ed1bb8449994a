#!/usr/bin/env bash
# How pgdocs grows with the manual: the PostgreSQL 14 manual made 1, 5 and 10 times its
# size by ../shared/tools/scale-corpus.py (every chapter N times, ids renamed), then
# `pgdocs check` and `pgdocs build --format html` of each, cold. Prints wall and CPU
# seconds and peak RSS, and each over the 1x book's: at N times the book, pgdocs should
# cost at most N times the time and memory (JVM start-up and the DTD count once, so
# below N is expected).
# Usage: bench/growth.sh [runs] [sizes] [commands] (default 3, "5 10", "check html").
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-3}
sizes=${2:-5 10}
commands=${3:-check html}
scale=${PGDOCS_SCALE_CORPUS:-$here/../shared/tools/scale-corpus.py}
[ -f "$scale" ] || { echo "no $scale" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
machine_load
echo "growth, PostgreSQL 14 manual made 1x, ${sizes// /x, }x its size ($runs cold runs each: median wall and CPU, largest RSS)"
echo "target: at N times the manual, at most N times the time and memory of 1x"
for n in 1 $sizes; do
    python3 "$scale" "$(dirname "$master")" "$n" "$scratch/x$n" > /dev/null
done
for command in $commands; do
    case $command in
        check) args=(check) ;;
        html) args=(build --format html -o "$scratch/out") ;;
        pdf) args=(build --format pdf -o "$scratch/out") ;;
        *) echo "unknown command $command (check, html, pdf)" >&2; exit 1 ;;
    esac
    for n in 1 $sizes; do
        read -r w c m < <(measure "$here/bin/pgdocs" "${args[@]}" "$scratch/x$n/postgres.sgml")
        rm -rf "$scratch/out"
        if [ "$n" = 1 ]; then
            w1=$w c1=$c m1=$m
            printf '%-6s %3sx %7.1fs wall %7.1fs CPU %5d MB\n' "$command" "$n" "$w" "$c" "$m"
        else
            printf '%-6s %3sx %7.1fs wall %7.1fs CPU %5d MB   over 1x: time %sx (CPU %sx), memory %sx (at most %s)\n' \
                "$command" "$n" "$w" "$c" "$m" "$(ratio "$w" "$w1")" "$(ratio "$c" "$c1")" "$(ratio "$m" "$m1")" "$n"
        fi
    done
done
