#!/usr/bin/env bash
# Scripts/reader-identity.sh record|check DEBRIEF DIR [FOLDER...]
# What the reader makes of a fixed set of postmortems, with every milestone engine, as
# `inspect --format json` (and with --explain): `record` writes it into DIR, `check` writes it
# again and compares it with DIR byte for byte. For changes that must not change any result
# (speed work). The sets: a 1k synthetic corpus (seed 42), ../shared/corpus/real,
# ../shared/seed, Training/own, a 4000-entry timeline (Scripts/long-timeline.py), and any
# FOLDER given (for example .eval-texts/*). Not part of `make test`: it needs ../shared.
set -euo pipefail
mode=${1:?usage: Scripts/reader-identity.sh record|check DEBRIEF DIR [FOLDER...]}
bin=${2:?usage: Scripts/reader-identity.sh record|check DEBRIEF DIR [FOLDER...]}
out=${3:?usage: Scripts/reader-identity.sh record|check DEBRIEF DIR [FOLDER...]}
shift 3
[ -x "$bin" ] || { echo "$(basename "$0"): no debrief binary at $bin" >&2; exit 2; }
abs="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sets/synthetic" "$work/sets/long" "$work/site"
python3 "$root/../shared/bench/gen_corpus.py" --count 1000 --out "$work/sets/synthetic" --seed 42 > /dev/null
python3 "$root/Scripts/long-timeline.py" 4000 "$work/sets/long/long.md"
sets=("$work/sets/synthetic" "$work/sets/long" "$root/../shared/corpus/real" "$root/../shared/seed" "$root/Training/own" "$@")
target="$out"
[ "$mode" = check ] && target="$work/now"
mkdir -p "$target"
files=0
for set in "${sets[@]}"; do
  [ -d "$set" ] || { echo "$(basename "$0"): no folder $set" >&2; exit 2; }
  name=$(echo "$set" | sed "s|^$work/sets/||; s|^$root/||; s|[/.]|_|g")
  # Paths relative to the set, so the output does not depend on where the set lies.
  list=$(cd "$set" && find . -name '*.md' | sort)
  files=$((files + $(echo "$list" | wc -l)))
  for engine in rules decoder consensus; do
    for explain in "" --explain; do
      # The site folder is empty: the defaults (UTC, auto date order), whatever folder this runs in.
      (cd "$set" && echo "$list" | xargs "$abs" inspect --site "$work/site" --format json --engine "$engine" $explain 2>/dev/null) \
        > "$target/$name.$engine${explain:+.explain}.json" || true
    done
  done
done
if [ "$mode" = check ]; then
  if diff -rq "$out" "$target"; then
    echo "identical: $files files x 3 engines x (json, json --explain)"
  else
    echo "DIFFERENT (see diff -r $out <new run>)" >&2
    rm -rf "$out.new"; cp -r "$target" "$out.new"
    exit 1
  fi
else
  echo "recorded: $files files x 3 engines x (json, json --explain) in $out"
fi
