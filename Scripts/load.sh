#!/usr/bin/env bash
# make load (issue 13): `debrief serve` on 127.0.0.1 under wrk, 100 connections for
# 10 s against the index, while the site is rebuilt and swapped in about once a
# second. Prints requests/s and errors; fails on any error or non-2xx response.
# Loopback only, bounded in time. Needs wrk (Debian package `wrk`).
set -euo pipefail
debrief=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
connections=${CONNECTIONS:-100}
seconds=${SECONDS_LOAD:-10}
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || true
  fi
  command -v wrk >/dev/null || { echo "load: skipped: wrk is not installed (apt-get install -y wrk)"; exit 0; }
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/debrief-load.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cp -R "$root/Content" "$work/Content"
"$debrief" serve --site "$work" --host 127.0.0.1 --port 0 2>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -n 1 | sed 's/.*://') || true
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "load: debrief serve did not start:"; cat "$work/serve.log"; exit 1; }
echo "load: wrk -t2 -c$connections -d${seconds}s http://127.0.0.1:$port/ while the site is rebuilt every second"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency "http://127.0.0.1:$port/" >"$work/wrk.txt" &
load=$!
page=$(ls "$work/Content"/*.md | head -n 1)
for i in $(seq 1 "$seconds"); do
  sleep 1
  printf '\n<!-- edit %s -->\n' "$i" >>"$page"
done
wait "$load"
sed -n '1,20p' "$work/wrk.txt"
rebuilds=$(grep -c '^rebuilt' "$work/serve.log" || true)
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
rate=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
bad=$(awk '/Non-2xx or 3xx responses/ { print $NF }' "$work/wrk.txt")
errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$work/wrk.txt")
echo "load: ${requests:-0} requests, ${rate:-0} requests/s, ${rebuilds} rebuilds swapped in, ${bad:-0} non-2xx, ${errors:-0} socket errors"
if grep -q ': error:' "$work/serve.log"; then echo "load: the server reported errors:"; grep ': error:' "$work/serve.log" | head -n 5; exit 1; fi
[ "${bad:-0}" = 0 ] && [ "${errors:-0}" = 0 ] && [ "${rebuilds:-0}" -gt 0 ]
