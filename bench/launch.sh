#!/usr/bin/env bash
# The ways of starting pgdocs side by side, in one run: `java -jar target/pgdocs.jar`
# (the jar relaunches itself with its command's JVM options, pipeline/JvmTuning.java),
# bin/pgdocs, and `java -Dpgdocs.relaunch=false -jar` (the JVM's defaults, as java -jar ran
# before the relaunch). Median wall time and the largest peak RSS of any one process
# (GNU time's %M: with a relaunch, the larger of the two JVMs; the launching JVM's own
# peak is printed beside it). Usage: bench/launch.sh [runs] [master] (default: 3, the
# PostgreSQL 14 manual; any book works: bench/launch.sh 3 docs-src/book.sgml).
# The Maven plugin's goals are measured too, in a JVM of their own (fork=always for check;
# a PDF forks by default) and in Maven's (fork=never), when the plugin is in the local
# repository (`mvn -q install -DskipTests` puts it there); Maven's own start is in its figures.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
master=${2:-${PGDOCS_CORPUS:-$here/../shared/corpus}/pg14-docs/postgres.sgml}
[ -f "$here/target/pgdocs.jar" ] || { echo "run 'mvn package' first" >&2; exit 1; }
[ -f "$master" ] || { echo "no book at $master" >&2; exit 1; }
master=$(realpath "$master")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
jar=$here/target/pgdocs.jar

# Runs "$@" $runs times; prints the median wall and CPU (user + system, both JVMs) seconds,
# the largest peak RSS in MB, and the
# launching JVM's own peak RSS (VmHWM, read while it waits) when it started another.
measure() {
    local walls=() cpus=() peak=0 launcher=0 wall cpu kb pid child hwm
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$@" >/dev/null 2>&1 &
        pid=$!
        hwm=0
        while kill -0 "$pid" 2>/dev/null; do
            # the java under time; when it has a java child, it is the launcher
            child=$(pgrep -P "$pid" java | head -1 || true)
            if [ -n "$child" ] && pgrep -P "$child" java >/dev/null 2>&1; then
                hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$child/status" 2>/dev/null || echo "$hwm")
            fi
            sleep 0.2
        done
        wait "$pid" || true
        read -r wall user system kb < <(tail -1 "$scratch/time")
        walls+=("$wall")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')")
        [ "$kb" -gt "$peak" ] && peak=$kb
        [ "${hwm:-0}" -gt "$launcher" ] && launcher=$hwm
    done
    local middle=$(( (runs + 1) / 2 ))
    printf '%6.2f s wall %6.2f s CPU %5d MB %6s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${middle}p")" \
        "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${middle}p")" \
        $((peak / 1024)) "$([ "$launcher" -gt 0 ] && echo "$((launcher / 1024)) MB" || echo "-")"
}

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$here/pom.xml" | head -1)
plugin=""
if [ -d "$HOME/.m2/repository/dev/pgdocs/pgdocs-maven-plugin/$version" ]; then
    plugin="dev.pgdocs:pgdocs-maven-plugin:$version"
    # a project of no sources of its own: the goals are run from the command line
    printf '<project><modelVersion>4.0.0</modelVersion><groupId>b</groupId><artifactId>b</artifactId><version>1</version><packaging>pom</packaging></project>\n' \
        > "$scratch/pom.xml"
else
    echo "note: pgdocs-maven-plugin $version is not in the local repository (mvn -q install -DskipTests): its rows are skipped"
fi
mvn_goal() {
    measure mvn -q -B -o -f "$scratch/pom.xml" "$plugin:$1" "-Dpgdocs.master=$master" "-Dpgdocs.fork=$2" "${@:3}"
}

echo "$master, $runs runs each: median wall and CPU, peak RSS of the largest process, the launching JVM's own peak"
for job in check pdf; do
    case $job in
        check) args=(check "$master") ;;
        pdf) args=(build "$master" --format pdf -o "$scratch/pdf") ;;
    esac
    printf '%-5s bin/pgdocs                        %s\n' "$job" "$(measure "$here/bin/pgdocs" "${args[@]}")"
    printf '%-5s java -jar                          %s\n' "$job" "$(measure java -jar "$jar" "${args[@]}")"
    printf '%-5s java -Dpgdocs.relaunch=false -jar  %s\n' "$job" \
        "$(measure java -Dpgdocs.relaunch=false -jar "$jar" "${args[@]}")"
    if [ -n "$plugin" ]; then
        case $job in
            check) goal=(check) ;;
            pdf) goal=(build -Dpgdocs.formats=pdf "-Dpgdocs.outputDirectory=$scratch/mvn") ;;
        esac
        printf '%-5s mvn pgdocs:%-5s, own JVM (fork)   %s\n' "$job" "${goal[0]}" "$(mvn_goal "${goal[0]}" always "${goal[@]:1}")"
        printf '%-5s mvn pgdocs:%-5s, Maven'"'"'s JVM       %s\n' "$job" "${goal[0]}" "$(mvn_goal "${goal[0]}" never "${goal[@]:1}")"
    fi
done
