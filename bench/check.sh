#!/usr/bin/env bash
# `pgdocs check` of the PostgreSQL 14 and 18 manuals, side by side with PostgreSQL's own
# validation (`xmllint --noout --valid`) of the same masters in the same run: median wall
# and CPU time and peak RSS of cold runs, elements per second, and pgdocs' time over xmllint's.
# PostgreSQL 18 must cost no more per element than 14.
# Usage: bench/check.sh [runs] (default 5). Needs `mvn package` first, ../shared/corpus
# beside the repository, and for the xmllint columns and element counts xmllint with the
# DocBook 4.5 DTD in the system catalog (Debian: apt-get install libxml2-utils docbook-xml).
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-5}
scratch=$(mktemp -d)
# a script that stops early leaves no resident JVM behind
trap 'pkill -f -- "-Dpgdocs.daemon=$scratch/" || true; rm -rf "$scratch"' EXIT

# manual name, master, pgdocs' arguments, the version for a missing version.sgml
manuals=(
    "14|$corpus/pg14-docs/postgres.sgml||14"
    "18|$corpus/pg18-docs/postgres.sgml|--pg-version 18.3|18.3"
)

xmllint_ok=yes
if ! command -v xmllint >/dev/null; then
    xmllint_ok="xmllint is not installed"
elif ! xmlcatalog /etc/xml/catalog "-//OASIS//DTD DocBook XML V4.5//EN" 2>/dev/null | grep -q '^file:'; then
    xmllint_ok="the DocBook 4.5 DTD is not in the system catalog"
fi
if [ "$xmllint_ok" != yes ]; then
    echo "note: $xmllint_ok (apt-get install libxml2-utils docbook-xml): skipping xmllint and elements/s"
fi

machine_load
echo "pgdocs check, $runs cold runs each (median wall and CPU, largest peak RSS), beside xmllint --noout --valid"
echo "target: pgdocs wall <= 2x xmllint's"
printf '%-6s %9s | %8s %7s %7s %10s | %8s %7s %7s %10s | %s\n' manual elements \
    "pgdocs" "CPU" "RSS" "elements/s" "xmllint" "CPU" "RSS" "elements/s" "pgdocs/xmllint wall, CPU"
declare -A per_element
for row in "${manuals[@]}"; do
    IFS='|' read -r name master args version <<< "$row"
    [ -f "$master" ] || { echo "$name: no manual at $master, skipped"; continue; }
    # a manual as it stands in git has no version.sgml (its build writes one, as pgdocs
    # does from --pg-version): give xmllint one on its search path, so both read the same
    xpath=()
    if [ ! -f "$(dirname "$master")/version.sgml" ]; then
        mkdir -p "$scratch/v$name"
        printf '<!ENTITY version "%s">\n<!ENTITY majorversion "%s">\n' "$version" "${version%%.*}" \
            > "$scratch/v$name/version.sgml"
        xpath=(--path "$scratch/v$name")
    fi
    # shellcheck disable=SC2086 # $args is a list of words
    read -r pw pc pm < <(measure "$here/bin/pgdocs" check "$master" $args)
    if [ "$xmllint_ok" = yes ]; then
        elements=$(xmllint --nonet --noent --loaddtd "${xpath[@]}" --xpath 'count(//*)' "$master" 2>/dev/null || true)
        [[ "$elements" =~ ^[0-9]+$ ]] && [ "$elements" -gt 0 ] || { echo "$name: xmllint could not count the elements"; exit 1; }
        read -r xw xc xm < <(measure xmllint --noout --valid --nonet "${xpath[@]}" "$master")
        per_element[$name]=$(awk -v w="$pw" -v e="$elements" 'BEGIN { printf "%.3f", w / e * 1e6 }')
        printf '%-6s %9d | %7.2fs %6.2fs %4d MB %10.0f | %7.2fs %6.2fs %4d MB %10.0f | %s, %s\n' "$name" \
            "$elements" "$pw" "$pc" "$pm" "$(awk -v w="$pw" -v e="$elements" 'BEGIN { print e / w }')" \
            "$xw" "$xc" "$xm" "$(awk -v w="$xw" -v e="$elements" 'BEGIN { print e / w }')" \
            "$(ratio "$pw" "$xw")" "$(ratio "$pc" "$xc")"
    else
        printf '%-6s %9s | %7.2fs %6.2fs %4d MB %10s | %8s %7s %7s %10s | %s\n' "$name" - "$pw" "$pc" "$pm" - - - - - -
    fi
    # the same check through a warm resident JVM (PGDOCS_DAEMON=on): wall time of the run;
    # CPU of the run and of the resident JVM's work for it; RSS of the resident JVM
    # shellcheck disable=SC2086
    resident_start "$scratch/resident$name" "$here/bin/pgdocs" check "$master" $args
    before=$(resident_cpu "$scratch/resident$name")
    # shellcheck disable=SC2086
    read -r rw rc _ < <(measure env PGDOCS_DAEMON=on XDG_RUNTIME_DIR="$scratch/resident$name" "$here/bin/pgdocs" check "$master" $args)
    rc=$(awk -v c="$rc" -v a="$(resident_cpu "$scratch/resident$name")" -v b="$before" -v n="$runs" \
        'BEGIN { print c + (a - b) / n }')
    rm_=$(resident_stop "$scratch/resident$name")
    if [ "$xmllint_ok" = yes ]; then
        printf '%-6s %9s | %7.2fs %6.2fs %4d MB %10.0f | %8s %7s %7s %10s | %s, %s\n' "$name res." "" \
            "$rw" "$rc" "$rm_" "$(awk -v w="$rw" -v e="$elements" 'BEGIN { print e / w }')" "" "" "" "" \
            "$(ratio "$rw" "$xw")" "$(ratio "$rc" "$xc")"
    else
        printf '%-6s %9s | %7.2fs %6.2fs %4d MB\n' "$name res." "" "$rw" "$rc" "$rm_"
    fi
done
echo "(NN res.: the same check with PGDOCS_DAEMON=on, through a resident JVM that has warmed up on it)"
if [ -n "${per_element[14]:-}" ] && [ -n "${per_element[18]:-}" ]; then
    awk -v a="${per_element[18]}" -v b="${per_element[14]}" 'BEGIN {
        printf "pgdocs per element: PostgreSQL 18 %.2f us, 14 %.2f us (18/14 = %.2f)\n", a, b, a / b }'
fi
