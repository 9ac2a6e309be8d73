#!/usr/bin/env python3
"""Milestone accuracy of `debrief inspect` on the synthetic corpus (issue 3).

usage: Scripts/accuracy.py [--bin PATH] [--count N] [--seed S] [--corpus DIR --manifest TSV]
                           [--min PERCENT] [--batch N] [--jobs N] [--verbose]

Generates a corpus with ../shared/bench/gen_corpus.py (unless --corpus and
--manifest are given), runs `debrief inspect --format json` over it in batches
of files per process, and reports the share of milestones (started, detected,
acknowledged, mitigated, resolved) that match the manifest within 60 s.
Exits 1 when the share is below --min (default 99). When ../shared is absent
(outside the project's workspace) it prints why and exits 0.
"""
import argparse, csv, json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
KEYS = ["started", "detected", "acknowledged", "mitigated", "resolved"]


def parse(text):
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def inspect(binary, paths):
    out = subprocess.run([binary, "inspect", "--format", "json", *paths], capture_output=True, text=True, timeout=600)
    try:
        return {os.path.basename(item["source"]): item for item in json.loads(out.stdout)}
    except Exception:
        print(f"batch starting {paths[0]}: no JSON (exit {out.returncode}): {out.stderr.strip()[:200]}", file=sys.stderr)
        return {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build-reader", "debug", "debrief"))
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", default="42")
    ap.add_argument("--corpus")
    ap.add_argument("--manifest")
    ap.add_argument("--min", type=float, default=99.0)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    generator = os.path.join(SHARED, "bench", "gen_corpus.py")
    if not (args.corpus and args.manifest) and not os.path.exists(generator):
        print(f"skipped: {generator} is absent (the synthetic corpus lives outside the repository)")
        return 0
    if not os.path.exists(args.bin):
        print(f"error: {args.bin} not found; build it first (swift build --product debrief)", file=sys.stderr)
        return 2
    corpus, manifest = args.corpus, args.manifest
    if not (corpus and manifest):
        corpus = tempfile.mkdtemp(prefix="debrief-synth-")
        manifest = os.path.join(corpus, "truth.tsv")
        subprocess.run([sys.executable, generator, "--count", str(args.count), "--out", corpus,
                        "--seed", args.seed, "--manifest", manifest], check=True, stdout=subprocess.DEVNULL)

    with open(manifest, newline="") as handle:
        truth = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    files = sorted(truth)
    batches = [[os.path.join(corpus, f) for f in files[i:i + args.batch]] for i in range(0, len(files), args.batch)]
    got = {}
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for result in pool.map(lambda batch: inspect(args.bin, batch), batches):
            got.update(result)

    right = total = 0
    per = {k: [0, 0] for k in KEYS}
    for name in files:
        item = got.get(name) or {}
        milestones = item.get("milestones") or {}
        for key in KEYS:
            expected = parse(truth[name].get(key))
            if expected is None:
                continue
            actual = parse(milestones.get(key))
            ok = actual is not None and abs((actual - expected).total_seconds()) <= 60
            total += 1
            right += ok
            per[key][0] += ok
            per[key][1] += 1
            if not ok and args.verbose:
                print(f"  {name} {key}: truth {expected:%Y-%m-%dT%H:%M}Z got {milestones.get(key)}")
    share = 100.0 * right / total if total else 0.0
    for key in KEYS:
        r, n = per[key]
        print(f"{key:<13}{r:>6}/{n:<6}{100.0 * r / n if n else 0:6.2f}%")
    print(f"files {len(files)} milestones {total} matching {right} accuracy {share:.2f}%")
    return 0 if share >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
