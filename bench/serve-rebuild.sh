#!/usr/bin/env bash
# How long after a save `pgdocs serve` tells open pages to reload: starts serve on a
# copy of the book, listens to its reload events as a browser would, then edits one
# paragraph of one chapter several times and prints, for each save, the time to the
# signal for the edited page and to the last signal (every page done), plus the
# server's peak memory. A browser then reloads one page (tens of ms on top).
# Usage: bench/serve-rebuild.sh [corpus|pg18|docs-src] [edits] (default: corpus, the
# PostgreSQL 14 manual; 5). Targets: pg18 <= 0.5 s, corpus <= 1 s, docs-src <= 300 ms from
# save to the page showing the change.
set -euo pipefail
source "$(dirname "$0")/common.sh"
which=${1:-corpus}
edits=${2:-5}
work=$(mktemp -d)
trap 'kill $server $listener 2>/dev/null || true; pkill -P $$ curl 2>/dev/null || true; rm -rf "$work"' EXIT
args=()
if [ "$which" = corpus ]; then
    cp -r "$(dirname "$master")" "$work/src"; book="$work/src/postgres.sgml"; chapter="$work/src/bgworker.sgml"
elif [ "$which" = pg18 ]; then
    cp -r "$corpus/pg18-docs" "$work/src"; book="$work/src/postgres.sgml"; chapter="$work/src/bgworker.sgml"
    args=(--pg-version 18.3)
else
    cp -r "$here/docs-src" "$work/src"; book="$work/src/book.sgml"; chapter="$work/src/bgworker.sgml"
fi
port=$((20000 + RANDOM % 10000))
/usr/bin/time -f "%M" -o "$work/rss" "$here/bin/pgdocs" serve "$book" "${args[@]}" --port $port -o "$work/site" \
    > /dev/null 2> "$work/serve.log" &
server=$!
until grep -q "serving http" "$work/serve.log" 2>/dev/null; do sleep 0.2; done
# the listener stamps each build event as it arrives, so that waiting for one can poll
# slowly: a tight polling loop of its own takes CPU from the server it measures
: > "$work/stamps"
curl -sN "http://127.0.0.1:$port/_pgdocs/events" | while IFS= read -r line; do
    if [[ $line == "event: build"* ]]; then date +%s%N >> "$work/stamps"; fi
done &
listener=$!
sleep 5 # serve warms its rebuild path up for a couple of seconds after it starts
machine_load
echo "pgdocs serve, $which: save to reload signal ($edits edits of $(basename "$chapter"))"
# Each save sends two events: the edited chapter's page in place (serve's first look),
# then the build done, the other pages it reached too (here the index, whose entries'
# anchors the new paragraph moves). A page reloads on the event that concerns it.
for i in $(seq "$edits"); do
    before=$(wc -l < "$work/stamps")
    builds=$(grep -c 'rebuilt\|built\|failed' "$work/serve.log" || true)
    start=$(date +%s%N)
    sed -i "0,/<\/title>/s//<\/title><para>Edit number $i.<\/para>/" "$chapter"
    until [ "$(grep -c 'rebuilt\|built\|failed' "$work/serve.log" || true)" -gt "$builds" ] \
        && [ "$(wc -l < "$work/stamps")" -gt "$before" ]; do sleep 0.05; done
    sleep 0.1 # the last event is sent just after the line is printed
    first=$(sed -n "$((before + 1))p" "$work/stamps")
    last=$(tail -1 "$work/stamps")
    printf 'edit %d: edited page %4d ms, every page %4d ms  (%s)\n' "$i" $(((first - start) / 1000000)) \
        $(((last - start) / 1000000)) "$(grep -o 'rebuilt [0-9]* pages\? in [0-9]* ms' "$work/serve.log" | tail -1)"
    sleep 0.5
done
pkill -TERM -P $server; wait $server 2>/dev/null || true
echo "peak RSS of the server: $(( $(tail -1 "$work/rss") / 1024 )) MB"
