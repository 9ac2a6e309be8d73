#!/usr/bin/env python3
"""Fit the milestone decoder's weights (`make model`).

usage: Scripts/fit-model.py --bin DEBRIEF [--synthetic N] [--lam L] [--check]

Training data, and only this: the public corpus (../shared/corpus/real, with its
hand-made expected.json, the seed included), our own training postmortems
(Training/own and Training/own2, written in our own words with their truth) and N synthetic documents from
../shared/bench/gen_corpus.py (seed 101; documents with front matter left out,
and each weighted a quarter of a real one). No evaluation set (Eval/) is ever
read here.

For every document and milestone the decoder's choice is modelled as a softmax
over the document's entries plus "none" (score 0), the same reading the decoder
makes: an entry's score is the sum of its signals' weights. The loss is the
negative log-likelihood of the true entry (any entry within 60 s of the truth;
"none" when the truth is null), plus lam * |w - w_hand|^2, which keeps every
weight near its hand-set value unless the data says otherwise.

Writes Sources/DebriefReader/Milestones/MilestoneWeights.swift with the fitted
weights and the hash of the inputs (see `inputs_hash`), which a test compares.
"""
import argparse, csv, json, os, re, subprocess, sys, tempfile
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
MILESTONES = ["started", "detected", "acknowledged", "identified", "mitigated", "resolved"]
OUT = os.path.join(ROOT, "Sources/DebriefReader/Milestones/MilestoneWeights.swift")
# The files the fitted weights depend on; the test hashes the same list.
INPUTS = ["Scripts/fit-model.py", "Sources/DebriefReader/Milestones/MilestoneWeights+Hand.swift",
          "Sources/DebriefReader/Milestones/MilestoneScorer.swift", "Sources/DebriefReader/Milestones/EntryFeatures.swift",
          "Sources/DebriefReader/Milestones/Lexicon.swift", "Sources/DebriefReader/Milestones/MilestoneDecision.swift",
          "Sources/DebriefReader/Milestones/MilestoneLabels.swift", "Sources/DebriefReader/Milestones/EmbeddedClocks.swift",
          "Training/own/truth.json", "Training/own2/truth.json"]


def inputs_hash():
    """FNV-1a (64 bit) over the input files' bytes, in order: cheap, and the same in Swift."""
    h = 0xcbf29ce484222325
    for path in INPUTS:
        for byte in open(os.path.join(ROOT, path), "rb").read():
            h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def parse_z(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def offset(tz):
    if isinstance(tz, str) and len(tz) == 6 and tz[0] in "+-":
        d = timedelta(hours=int(tz[1:3]), minutes=int(tz[4:6]))
        return d if tz[0] == "+" else -d
    return timedelta(0)


def inspect(binary, paths):
    out = subprocess.run([binary, "inspect", "--engine", "decoder", "--explain", "--format", "json", *paths],
                         capture_output=True, text=True, timeout=900)
    return json.loads(out.stdout)


def matches_real(entry_at, truth, local, utc_offset, doc_tz):
    """eval.py's rule: UTC when the truth has an offset, else the local clock (with or without date)."""
    at = parse_z(entry_at)
    if truth is not None and utc_offset is not None:
        return abs((at - parse_z(truth)).total_seconds()) <= 60
    value = local or truth
    tool_local = at + offset(doc_tz)
    if len(value) > 5:
        return tool_local.strftime("%Y-%m-%dT%H:%M") == value[:16]
    return tool_local.strftime("%H:%M") == value[-5:]


def real_examples(binary, real=None, truth_file="expected.json"):
    """Documents with hand-made truth in expected.json's format: the public corpus, or our own training set."""
    real = real or os.path.join(SHARED, "corpus", "real")
    expected = json.load(open(os.path.join(real, truth_file)))
    names = [n for n in sorted(expected) if os.path.exists(os.path.join(real, n))]
    docs = inspect(binary, [os.path.join(real, n) for n in names])
    examples = []
    for name, doc in zip(names, docs):
        truth = expected[name]
        for m in MILESTONES:
            t = (truth.get("milestones") or {}).get(m)
            local = (truth.get("localMilestones") or {}).get(m)
            entries = doc.get("decisionEntries", [])
            if t is None and local is None:
                examples.append((m, [e["signals"] for e in entries], None, 1.0))
                continue
            hits = [i for i, e in enumerate(entries) if matches_real(e["at"], t, local, truth.get("utcOffset"), doc.get("timezone"))]
            if hits:
                examples.append((m, [e["signals"] for e in entries], hits, 1.0))
    return examples


def synthetic_examples(binary, count):
    if count <= 0:
        return []
    folder = tempfile.mkdtemp(prefix="debrief-fit-")
    manifest = os.path.join(folder, "truth.tsv")
    subprocess.run([sys.executable, os.path.join(SHARED, "bench", "gen_corpus.py"), "--count", str(count), "--out", folder,
                    "--seed", "101", "--manifest", manifest], check=True, capture_output=True)
    rows = [r for r in csv.DictReader(open(manifest), delimiter="\t") if r["format"] != "yaml"]
    docs = inspect(binary, [os.path.join(folder, r["file"]) for r in rows])
    examples = []
    for row, doc in zip(rows, docs):
        entries = doc.get("decisionEntries", [])
        for m in MILESTONES:
            if m not in row:
                continue  # the generator's manifest does not time the identification
            truth = parse_z(row[m]) if row[m] else None
            if truth is None:
                examples.append((m, [e["signals"] for e in entries], None, 0.25))
                continue
            hits = [i for i, e in enumerate(entries) if abs((parse_z(e["at"]) - truth).total_seconds()) <= 60]
            if hits:
                examples.append((m, [e["signals"] for e in entries], hits, 0.25))
    return examples


def hand_weights():
    """The hand table, read from MilestoneWeights+Hand.swift."""
    text = open(os.path.join(ROOT, INPUTS[1])).read()
    table = {}
    for m in MILESTONES:
        block = re.search(r"\." + m + r": \[(.*?)\],\n", text, re.S).group(1)
        table[m] = {k: float(v) for k, v in re.findall(r'"([^"]+)": (-?[0-9.]+)', block)}
    return table


def fit(examples, prior, lam, steps=600, rate=0.5):
    import numpy as np
    names = sorted({s for _, entries, _, _ in examples for signals in entries for s in signals} | set(prior))
    index = {n: i for i, n in enumerate(names)}
    w0 = np.array([prior.get(n, 0.0) for n in names])
    w = w0.copy()
    data = []
    for _, entries, hits, weight in examples:
        x = np.zeros((len(entries), len(names)))
        for row, signals in enumerate(entries):
            for s in signals:
                x[row, index[s]] = 1.0
        data.append((x, hits, weight))
    total = sum(weight for _, _, weight in data)
    for _ in range(steps):
        grad = 2 * lam * (w - w0)
        for x, hits, weight in data:
            if len(x) == 0:
                continue
            scores = np.clip(x @ w, -30, 30)
            e = np.exp(scores)
            p = e / (1.0 + e.sum())
            q = np.zeros(len(x))
            if hits is not None:
                q[hits] = e[hits] / e[hits].sum()
            grad += weight / total * ((p - q) @ x)
        w -= rate * grad
    return {n: round(float(v), 2) for n, v in zip(names, w) if abs(v) >= 0.05}


def loss_summary(examples, weights):
    right = given = 0
    for _, entries, hits, _ in examples:
        scores = [sum(weights.get(s, 0) for s in signals) for signals in entries]
        best = max(range(len(scores)), key=lambda i: scores[i]) if scores and max(scores) > 0 else None
        if best is not None:
            given += 1
            right += hits is not None and best in hits
    return right, given, len(examples)


def write(weights, digest):
    lines = [f"// Generated by `make model` (Scripts/fit-model.py); do not edit. Inputs hash: {digest}",
             "import DebriefModel", "",
             "/// The weights the reader uses, per milestone and signal (see `MilestoneScorer`), fitted on the",
             "/// public corpus and synthetic documents with a pull toward the hand-set values.",
             "enum MilestoneWeights {",
             "    /// Hash of the inputs this file was fitted from; a test fails when they change without `make model`.",
             f'    static let inputsHash = "{digest}"',
             "    static let fitted: [Milestone: [String: Double]] = ["]
    for m in MILESTONES:
        items = ", ".join(f'"{k}": {v}' for k, v in sorted(weights[m].items()))
        lines.append(f"        .{m}: [{items}],")
    lines += ["    ]", "}", ""]
    open(OUT, "w").write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--synthetic", type=int, default=400)
    ap.add_argument("--lam", type=float, default=0.02)
    ap.add_argument("--hand", action="store_true", help="write the hand weights unfitted")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "corpus", "real")):
        print("fit-model: ../shared/corpus is absent; the weights were not refitted", file=sys.stderr)
        return 1
    prior = hand_weights()
    if args.hand:
        write(prior, inputs_hash())
        return 0
    examples = real_examples(args.bin) + synthetic_examples(args.bin, args.synthetic)
    for name in ("own", "own2"):
        own = os.path.join(ROOT, "Training", name)
        if os.path.exists(os.path.join(own, "truth.json")):
            examples += real_examples(args.bin, own, "truth.json")
    weights = {}
    for m in MILESTONES:
        mine = [e for e in examples if e[0] == m]
        # Fewer examples, stronger pull toward the hand values (identification has only the real corpus).
        weights[m] = fit(mine, prior[m], args.lam * max(1.0, 200 / max(1, len(mine))))
        before, after = loss_summary(mine, prior[m]), loss_summary(mine, weights[m])
        print(f"{m:13} examples {len(mine):4}  right/given (alone) hand {before[0]}/{before[1]}  fitted {after[0]}/{after[1]}")
    write(weights, inputs_hash())
    print(f"wrote {os.path.relpath(OUT, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
