#!/usr/bin/env bash
# Measures start-up to first served page: launches target/punkt.jar (built beforehand; this script builds nothing)
# on a free port with a fresh data directory and demo data, and times until GET /offentlig answers 200, and until
# that page shows the demo data (the server answers before the demo data is loaded: Spring runs the loader after
# Tomcat has started).
# Usage: bench/startup.sh [runs=3]   env: PUNKT_JAR (default target/punkt.jar), JAVA (default java),
#        BENCH_PATH (default /offentlig), BENCH_EXPECT (text of the loaded page, default Chefforum)
set -euo pipefail

runs="${1:-3}"
jar="${PUNKT_JAR:-target/punkt.jar}"
java_cmd="${JAVA:-java}"
timeout_s=120
path="${BENCH_PATH:-/offentlig}"
expect="${BENCH_EXPECT:-Chefforum}"

if [ ! -f "$jar" ]; then
    echo "No $jar: build it first (./mvnw -B package -DskipTests)" >&2
    exit 1
fi

work="$(mktemp -d -t punkt-bench-XXXXXX)"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

now_ns() { date +%s%N; }

results=()
ready_results=()
for run in $(seq 1 "$runs"); do
    port="$(free_port)"
    data="$work/data-$run"
    mkdir -p "$data"
    start="$(now_ns)"
    PUNKT_DATA_DIR="$data" PUNKT_ADMIN_PASSWORD="bench-$RANDOM$RANDOM" \
        "$java_cmd" -jar "$jar" --server.port="$port" --punkt.data-dir="$data" --punkt.demo=true \
        >"$work/app-$run.log" 2>&1 &
    pid=$!
    ms=""
    while :; do
        code="$(curl -s -o "$work/page-$run.html" -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port$path" || true)"
        if [ "$code" = "200" ]; then
            [ -z "$ms" ] && ms=$(( ($(now_ns) - start) / 1000000 ))
            grep -q -- "$expect" "$work/page-$run.html" && break
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "run $run: Punkt exited before serving $path; last log lines:" >&2
            tail -20 "$work/app-$run.log" >&2
            exit 1
        fi
        if [ $(( ($(now_ns) - start) / 1000000000 )) -ge "$timeout_s" ]; then
            echo "run $run: no 200 from $path showing '$expect' within ${timeout_s}s" >&2
            tail -20 "$work/app-$run.log" >&2
            exit 1
        fi
        sleep 0.05
    done
    ready_ms=$(( ($(now_ns) - start) / 1000000 ))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=""
    secs="$(awk -v ms="$ms" 'BEGIN { printf "%.2f", ms / 1000 }')"
    ready="$(awk -v ms="$ready_ms" 'BEGIN { printf "%.2f", ms / 1000 }')"
    results+=("$secs")
    ready_results+=("$ready")
    echo "run $run: ${secs} s to first served page ($path), ${ready} s until it shows '$expect'"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) printf "%.2f", a[(NR + 1) / 2]; else printf "%.2f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "median of $runs: $(median "${results[@]}") s to first served page, $(median "${ready_results[@]}") s until it shows the demo data"
