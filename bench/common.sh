# Shared by the bench scripts: the repository, the corpus master file, the checks that
# both exist, and how a run is measured. Sourced, not run.
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${PGDOCS_CORPUS:-$here/../shared/corpus}
master=$corpus/pg14-docs/postgres.sgml
[ -f "$here/target/pgdocs.jar" ] || { echo "run 'mvn package' first" >&2; exit 1; }
[ -f "$master" ] || { echo "no corpus at $master" >&2; exit 1; }

# The machine is often shared: wall times move with its load, CPU seconds and ratios
# between two sides measured in the same run much less. Every script prints this first.
machine_load() {
    echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
}

# Runs "$@" ${runs:-1} times, each a cold process, output thrown away; prints the median
# wall seconds, the median CPU seconds (user + system, all threads) and the largest peak
# RSS in MB. A run that fails is measured all the same: say so where it matters. With
# $measure_stderr set, the last run's stderr is kept in that file.
measure() {
    local walls=() cpus=() peak=0 wall user sys kb n=${runs:-1} t
    t=$(mktemp)
    for _ in $(seq "$n"); do
        /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" > /dev/null 2> "${measure_stderr:-/dev/null}" || true
        read -r wall user sys kb < <(tail -1 "$t")
        walls+=("$wall")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    rm -f "$t"
    printf '%s %s %d\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")" \
        "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")" $((peak / 1024))
}

# a / b to one decimal
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'
}

# Whether the commands of PostgreSQL's own toolchain are here; if not, what to install.
have_toolchain() {
    local missing=()
    command -v xsltproc > /dev/null || missing+=(xsltproc)
    command -v xmllint > /dev/null || missing+=(libxml2-utils)
    [ -d /usr/share/xml/docbook/stylesheet/docbook-xsl ] || missing+=(docbook-xsl)
    xmlcatalog /etc/xml/catalog "-//OASIS//DTD DocBook XML V4.5//EN" 2> /dev/null | grep -q '^file:' \
        || missing+=(docbook-xml)
    if [ "$*" = fop ]; then command -v fop > /dev/null || missing+=(fop); fi
    if [ ${#missing[@]} -gt 0 ]; then
        echo "note: PostgreSQL's toolchain is incomplete here (apt-get install ${missing[*]}): its side is skipped"
        return 1
    fi
}

# A scratch copy of the PostgreSQL 14 manual with PostgreSQL 14's stylesheets beside it,
# as doc/src/sgml is when its Makefile runs; prints the directory.
pg14_tree() {
    local dir=$1
    cp -r "$corpus/pg14-docs" "$dir"
    cp "$corpus/pg14-reference/xsl/"*.xsl "$dir/"
    echo "$dir"
}

# The resident JVM (PGDOCS_DAEMON=on), in a directory of the script's own (DIR) so that
# the runs measured meet only the JVM the script started. resident_start DIR CMD... starts
# it with a first run of CMD and waits until it has warmed up on that run's work; then
# `measure env PGDOCS_DAEMON=on XDG_RUNTIME_DIR=DIR CMD...` measures CMD through it (the
# wall time is the run's; add the difference of resident_cpu DIR, before and after, to
# its CPU: the work is the resident JVM's); resident_stop DIR ends it and prints its peak
# RSS in MB. A PDF build starts two (the quick one, and the one for PDFs it sends PDF
# builds to): resident_logs=2 resident_start waits for both, and resident=pdf before
# resident_cpu and resident_stop names the one for PDFs (resident_stop then ends both).
resident_start() {
    local dir=$1 logs warm
    shift
    mkdir -p "$dir"
    PGDOCS_DAEMON=on XDG_RUNTIME_DIR=$dir "$@" > /dev/null 2>&1 || true
    for _ in $(seq 2400); do
        logs=$(ls "$dir"/pgdocs/*.log 2> /dev/null | wc -l || true)
        warm=$(grep -l "warmed up" "$dir"/pgdocs/*.log 2> /dev/null | wc -l || true)
        if [ "$logs" -ge "${resident_logs:-1}" ] && [ "$warm" -eq "$logs" ]; then
            return 0
        fi
        sleep 0.25
    done
    echo "the resident JVM in $dir did not warm up within 10 minutes" >&2
    return 1
}
resident_pid() {
    if [ "${resident:-}" = pdf ]; then
        pgrep -f -- "-Dpgdocs.daemon=$1/.*-pdf[.]sock" | head -1
    else
        pgrep -f -- "-Dpgdocs.daemon=$1/pgdocs/[0-9a-f]*[.]sock" | head -1
    fi
}
# CPU seconds the resident JVM has used so far (user + system)
resident_cpu() {
    awk -v t="$(getconf CLK_TCK)" '{ print ($14 + $15) / t }' "/proc/$(resident_pid "$1")/stat"
}
resident_stop() {
    local pid
    pid=$(resident_pid "$1")
    awk '/^VmHWM:/ { printf "%d\n", $2 / 1024 }' "/proc/$pid/status"
    for pid in $(pgrep -f -- "-Dpgdocs.daemon=$1/"); do
        kill "$pid"
        while kill -0 "$pid" 2> /dev/null; do sleep 0.1; done
    done
}
