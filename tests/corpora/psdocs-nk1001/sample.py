#!/usr/bin/env python3
"""Draw a fixed-seed random sample of NK1001 findings from a SARIF log of a PowerShell-Docs run,
with the line each finding is on, for labelling by LABELLING.md (stdlib only).

  python3 sample.py RUN.sarif PSDOCS_DIR OUT.jsonl [--seed 9] [--n 100]
"""
import argparse
import json
import os
import random

ap = argparse.ArgumentParser()
ap.add_argument("sarif")
ap.add_argument("root")
ap.add_argument("out")
ap.add_argument("--seed", type=int, default=9)
ap.add_argument("--n", type=int, default=100)
ap.add_argument("--rule", default="NK1001")
a = ap.parse_args()

results = json.load(open(a.sarif, encoding="utf-8"))["runs"][0]["results"]
found = []
for r in results:
    if r["ruleId"] != a.rule:
        continue
    loc = r["locations"][0]["physicalLocation"]
    reg = loc["region"]
    found.append((loc["artifactLocation"]["uri"], reg["startLine"], reg["startColumn"], reg.get("endLine", reg["startLine"]), reg.get("endColumn", reg["startColumn"] + 1)))
found.sort()
rng = random.Random(a.seed)
sample = rng.sample(found, min(a.n, len(found)))
with open(a.out, "w", encoding="utf-8") as out:
    for i, (uri, line, col, end_line, end) in enumerate(sample, 1):
        lines = open(os.path.join(a.root, uri), encoding="utf-8", errors="replace").read().split("\n")
        text = lines[line - 1]
        # A finding may run onto the next line(s): join them as the reader sees the sentence.
        span = "\n".join(lines[line - 1:end_line])[col - 1:][: (end - 1) - (col - 1) if end_line == line else None]
        if end_line > line:
            span = span[: len(span) - len(lines[end_line - 1]) + end - 1]
            text = " ".join(lines[line - 1:end_line])
        out.write(json.dumps({"id": i, "file": uri, "line": line, "span": span, "line_text": text[:600], "label": None, "why": None}, ensure_ascii=False) + "\n")
print(f"{len(found)} {a.rule} findings; sampled {len(sample)} with seed {a.seed} into {a.out}")
