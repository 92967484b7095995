#!/usr/bin/env bash
# Serves search from a benchmark index with a small heap and times the JSON API: starts target/punkt.jar (built
# beforehand) with -Xmx1g (or $HEAP) against the data directory SearchBenchIT left (SEARCH_BENCH_DIR), without the
# start-up consistency check (the benchmark's documents have no database rows), runs each query $RUNS times through
# GET /api/v1/search, prints p50/p95 per query (HTTP round trip: query, snippets, facets, JSON), the heap after the
# queries (jcmd GC.heap_info) and the GC log's pauses. Usage: bench/search/serve-check.sh <bench data dir> [runs=50]
set -euo pipefail

dir="${1:?bench data directory (SEARCH_BENCH_DIR of SearchBenchIT)}"
runs="${2:-50}"
heap="${HEAP:-1g}"
jar="${PUNKT_JAR:-target/punkt.jar}"
port="${PORT:-18187}"
log="$(mktemp -t punkt-serve-XXXXXX.log)"
gclog="$(mktemp -t punkt-gc-XXXXXX.log)"

java -Xmx"$heap" -Xlog:gc:file="$gclog" -jar "$jar" --punkt.data-dir="$dir" --punkt.search.startup-reindex=false \
    --server.port="$port" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://localhost:$port/api/v1/search?q=budget"; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see $log" >&2; exit 1; fi
    sleep 1
done
echo "started; uptime: $(uptime)"

percentiles() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.1f ms  p95 %.1f ms", a[int(NR*0.5)+1]*1000, a[int(NR*0.95)]*1000}'; }

for q in budget medarbejdere forslag registrering '"til efterretning"' 'budget seminar'; do
    enc=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$q")
    for _ in $(seq 1 10); do curl -s -o /dev/null "http://localhost:$port/api/v1/search?q=$enc"; done
    times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/search?q=$enc"; done)
    total=$(curl -s "http://localhost:$port/api/v1/search?q=$enc" | python3 -c 'import json,sys;print(json.load(sys.stdin)["total"])')
    echo "q=$q total=$total $(echo "$times" | percentiles)"
done
enc=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("budget"))')
times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/search?q=$enc&year=2019"; done)
echo "q=budget&year=2019 $(echo "$times" | percentiles)"
echo "uptime: $(uptime)"
jcmd "$pid" GC.heap_info | sed -n 2,4p
echo "GC pauses: $(grep -c 'Pause' "$gclog"), longest: $(grep 'Pause' "$gclog" | grep -o '[0-9.]*ms$' | sort -n | tail -1)"
echo "full GCs: $(grep -c 'Pause Full' "$gclog" || true); application log: $log"
