#!/usr/bin/env bash
# `pgdocs check` of the PostgreSQL 14 and 18 manuals, side by side with PostgreSQL's own
# validation (`xmllint --noout --valid`) of the same masters in the same run: median wall
# time and peak RSS of cold runs, elements per second, and pgdocs' time over xmllint's.
# PostgreSQL 18 must cost no more per element than 14.
# Usage: bench/check.sh [runs] (default 5). Needs `mvn package` first, ../shared/corpus
# beside the repository, and for the xmllint columns and element counts xmllint with the
# DocBook 4.5 DTD in the system catalog (Debian: apt-get install libxml2-utils docbook-xml).
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-5}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

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

# Runs "$@" $runs times, cold; prints the median wall seconds and the largest peak RSS in MB.
measure() {
    local walls=() peak=0 wall kb
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$scratch/time" "$@" >/dev/null 2>&1 || true
        read -r wall kb < <(tail -1 "$scratch/time")
        walls+=("$wall")
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    printf '%s %d\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" $((peak / 1024))
}

echo "pgdocs check, $runs cold runs each (median wall, largest peak RSS), beside xmllint --noout --valid"
printf '%-6s %9s | %8s %7s %10s | %8s %7s %10s | %s\n' manual elements \
    "pgdocs" "RSS" "elements/s" "xmllint" "RSS" "elements/s" "pgdocs/xmllint"
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
    read -r pw pm < <(measure "$here/bin/pgdocs" check "$master" $args)
    if [ "$xmllint_ok" = yes ]; then
        elements=$(xmllint --nonet --noent --loaddtd "${xpath[@]}" --xpath 'count(//*)' "$master" 2>/dev/null || true)
        [[ "$elements" =~ ^[0-9]+$ ]] && [ "$elements" -gt 0 ] || { echo "$name: xmllint could not count the elements"; exit 1; }
        read -r xw xm < <(measure xmllint --noout --valid --nonet "${xpath[@]}" "$master")
        per_element[$name]=$(awk -v w="$pw" -v e="$elements" 'BEGIN { printf "%.3f", w / e * 1e6 }')
        printf '%-6s %9d | %7.2fs %4d MB %10.0f | %7.2fs %4d MB %10.0f | %.1f\n' "$name" "$elements" \
            "$pw" "$pm" "$(awk -v w="$pw" -v e="$elements" 'BEGIN { print e / w }')" \
            "$xw" "$xm" "$(awk -v w="$xw" -v e="$elements" 'BEGIN { print e / w }')" \
            "$(awk -v a="$pw" -v b="$xw" 'BEGIN { print a / b }')"
    else
        printf '%-6s %9s | %7.2fs %4d MB %10s | %8s %7s %10s | %s\n' "$name" - "$pw" "$pm" - - - - -
    fi
done
if [ -n "${per_element[14]:-}" ] && [ -n "${per_element[18]:-}" ]; then
    awk -v a="${per_element[18]}" -v b="${per_element[14]}" 'BEGIN {
        printf "pgdocs per element: PostgreSQL 18 %.2f us, 14 %.2f us (18/14 = %.2f)\n", a, b, a / b }'
fi
