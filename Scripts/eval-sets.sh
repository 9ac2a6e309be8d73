#!/usr/bin/env bash
# Scores every milestone engine on our own held-out sets (Eval/SET/truth.json) whose texts
# are in .eval-texts/SET/ (third-party texts, never committed: Eval/SET/sources.tsv says where
# each came from). Checks each truth against its checksum first: truth is fixed before any run.
set -euo pipefail
bin=${1:?usage: Scripts/eval-sets.sh DEBRIEF}
[ -x "$bin" ] || { echo "$(basename "$0"): no debrief binary at $bin" >&2; exit 2; }
cd "$(dirname "$0")/.."
eval_py=../shared/corpus/eval.py
[ -f "$eval_py" ] || { echo "eval: skipped: ../shared/corpus/eval.py is absent"; exit 0; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
abs="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
for engine in rules decoder consensus; do
  printf '#!/bin/sh\nexec "%s" "$@" --engine %s\n' "$abs" "$engine" > "$dir/$engine"; chmod +x "$dir/$engine"
done
for truth in Eval/*/truth.json; do
  set_dir=$(dirname "$truth"); name=$(basename "$set_dir")
  (cd "$set_dir" && sha256sum --quiet -c truth.sha256) || { echo "eval: $name: truth.json does not match truth.sha256"; exit 1; }
  texts=.eval-texts/$name
  if [ ! -d "$texts" ]; then echo "eval: $name: skipped: $texts is absent (fetch the files in $set_dir/sources.tsv)"; continue; fi
  for engine in rules decoder consensus; do
    echo "$name, $engine: $(python3 "$eval_py" "$truth" "$texts" "$dir/$engine" | tail -n 1)"
  done
done
