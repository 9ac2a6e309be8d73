#!/usr/bin/env bash
# make bench: Debrief against Hugo and cmark-gfm on the synthetic corpora of
# ../shared/bench (1k and 10k postmortems; BENCH_SIZES="1000" for a quick run),
# in the same peers.sh run so the conditions match, then Debrief's no-change and
# one-file rebuilds and one postmortem with a long timeline. Prints one table
# (seconds, files/s, peak RSS, ratios to Hugo and to one cmark-gfm process over
# all files); raw rows go to .bench/bench.tsv. Corpora are kept in .bench/ (ignored).
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
work=${BENCH_DIR:-$root/.bench}
sizes=${BENCH_SIZES:-"1000 10000"}
long_entries=${BENCH_LONG:-"4000 40000"}
mkdir -p "$work"
tsv="$work/bench.tsv"
printf 'case\tfiles\tseconds\tpeak_rss_mb\thugo_s\tcmark_gfm_s\n' > "$tsv"

# One timed command: prints "seconds peak_rss_mb".
timed() {
  local t0 t1 kb rc=0
  t0=$(date +%s%N)
  # Exit 1 means the postmortems have errors, which is still a finished build.
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/last.log" || rc=$?
  [ "$rc" -le 1 ] || { tail -n 20 "$work/last.log" >&2; return 1; }
  t1=$(date +%s%N)
  kb=$(tail -n1 "$work/rss")
  awk -v a="$t0" -v b="$t1" -v k="$kb" 'BEGIN{printf "%.3f %.1f\n", (b-a)/1e9, k/1024}'
}
column_of() { awk -F'\t' -v tool="$2" '$5 ~ tool {print $7; exit}' "$1"; }
rss_of() { awk -F'\t' -v tool="$2" '$5 ~ tool {print $12; exit}' "$1"; }

for n in $sizes; do
  corpus="$work/corpus-$n"
  [ -d "$corpus" ] || python3 "$shared/gen_corpus.py" --count "$n" --out "$corpus" --seed 42 >/dev/null
  echo "== corpus of $n files: peers.sh (Hugo, cmark-gfm) and a cold Debrief build, RUNS=${RUNS:-1}"
  peers="$work/peers-$n.tsv"; rm -f "$peers"
  SELF_CMD="'$debrief' build --content \"\$1\" --output \"\$2\"" RUNS=${RUNS:-1} \
    PEERS_TSV="$peers" bash "$shared/peers.sh" "$corpus" > "$work/peers-$n.log"
  hugo=$(column_of "$peers" "^hugo"); gfm=$(column_of "$peers" "cmark-gfm, 1 process, concatenated")
  printf 'Hugo\t%s\t%s\t%s\t%s\t%s\n' "$n" "$hugo" "$(rss_of "$peers" "^hugo")" "$hugo" "$gfm" >> "$tsv"
  printf 'cmark-gfm, 1 process/file\t%s\t%s\t-\t%s\t%s\n' "$n" "$(column_of "$peers" "process/file")" "$hugo" "$gfm" >> "$tsv"
  printf 'cmark-gfm, 1 process, all files\t%s\t%s\t-\t%s\t%s\n' "$n" "$gfm" "$hugo" "$gfm" >> "$tsv"
  printf 'Debrief cold build\t%s\t%s\t%s\t%s\t%s\n' "$n" "$(column_of "$peers" "SELF_CMD")" "$(rss_of "$peers" "SELF_CMD")" "$hugo" "$gfm" >> "$tsv"
  # Rebuilds of a site of its own: one untimed build, then nothing changed, then one file changed.
  site="$work/site-$n"; rm -rf "$site"; mkdir -p "$site"; cp -r "$corpus" "$site/Content"
  "$debrief" build --site "$site" >/dev/null 2>&1 || true
  read -r s m < <(timed "$debrief" build --site "$site")
  printf 'Debrief no-change rebuild\t%s\t%s\t%s\t%s\t%s\n' "$n" "$s" "$m" "$hugo" "$gfm" >> "$tsv"
  first=$(find "$site/Content" -name "*.md" | LC_ALL=C sort | sed -n 1p)
  printf '\nA line added by the bench.\n' >> "$first"
  read -r s m < <(timed "$debrief" build --site "$site")
  printf 'Debrief one file changed\t%s\t%s\t%s\t%s\t%s\n' "$n" "$s" "$m" "$hugo" "$gfm" >> "$tsv"
done

for entries in $long_entries; do
  site="$work/long-$entries"; mkdir -p "$site/Content"
  python3 "$root/Scripts/long-timeline.py" "$entries" "$site/Content/long.md"
  read -r s m < <(timed "$debrief" build --site "$site")
  printf 'Debrief, one postmortem of %s timeline entries\t1\t%s\t%s\t-\t-\n' "$entries" "$s" "$m" >> "$tsv"
done

echo
echo "== $(nproc) cores; $(date -u +%Y-%m-%d); commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
awk -F'\t' 'NR == 1 { next } {
  fps = ($3 > 0 && $2 > 1) ? sprintf("%.0f", $2 / $3) : "-"
  xh = ($5 != "-" && $5 > 0) ? sprintf("%.2f", $3 / $5) : "-"
  xg = ($6 != "-" && $6 > 0) ? sprintf("%.2f", $3 / $6) : "-"
  printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, fps, $4, xh, xg
}' "$tsv" | { echo "| case | files | seconds | files/s | peak RSS MB | × Hugo | × cmark-gfm (1 process) |"; echo "|---|---|---|---|---|---|---|"; cat; }
