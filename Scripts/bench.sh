#!/usr/bin/env bash
# make bench: times `debrief build` against Hugo and cmark-gfm on the synthetic
# corpora of ../shared/bench (1k and, with BENCH_10K=1, 10k postmortems), in the
# same peers.sh run so the conditions match. Results go to artifacts/bench.tsv.
set -euo pipefail
debrief=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared/bench"
if [ ! -d "$shared" ]; then
  echo "bench: skipped: $shared is absent (the corpus generator and peer script live there)"
  exit 0
fi
missing=""
for tool in hugo cmark-gfm; do command -v "$tool" >/dev/null || missing="$missing $tool"; done
[ -x /usr/bin/time ] || missing="$missing time"
if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo cmark-gfm cmark time >/dev/null
  else
    echo "bench: needs$missing (apt-get install -y hugo cmark-gfm cmark time)" >&2; exit 1
  fi
fi
work=${BENCH_DIR:-${TMPDIR:-/tmp}/debrief-bench}
mkdir -p "$work" "$root/artifacts"
sizes="1000"
[ "${BENCH_10K:-0}" = 1 ] && sizes="1000 10000"
for n in $sizes; do
  corpus="$work/corpus-$n"
  [ -d "$corpus" ] || python3 "$shared/gen_corpus.py" --count "$n" --out "$corpus" --seed 42 >/dev/null
  echo "== corpus of $n files"
  SELF_CMD="'$debrief' build --content \"\$1\" --output \"\$2\"" RUNS=${RUNS:-3} \
    PEERS_TSV="$root/artifacts/bench.tsv" bash "$shared/peers.sh" "$corpus"
done
