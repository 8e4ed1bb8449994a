#!/usr/bin/env bash
# Wall time and peak memory of `pgdocs check` on the full PostgreSQL manual, cold JVM
# each run. Usage: bench/check.sh [runs] (default 5). Needs `mvn package` first and
# ../shared/corpus beside the repository.
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-5}
echo "pgdocs check $master ($runs cold runs; target: <= 2 s wall, <= 500 MB peak)"
for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o /tmp/pgdocs-bench.$$ "$here/bin/pgdocs" check "$master" >/dev/null 2>&1 || true
    read -r wall kb < /tmp/pgdocs-bench.$$
    printf 'run %d: %5.2f s wall, %4d MB peak RSS\n' "$i" "$wall" $((kb / 1024))
done
rm -f /tmp/pgdocs-bench.$$
