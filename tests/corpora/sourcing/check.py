#!/usr/bin/env python3
"""Validate labelled.jsonl (the NK1001/NK1002 sourcing corpus) and print counts.

Usage: python3 check.py [path/to/labelled.jsonl]
Exit status 0 when the file is valid, 1 when any error is found.
Warnings (printed, not fatal) flag labels that occur more than once in their text.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["unsourced", "sourced", "not-statistic", "vague", "named", "mixed"]
SPLITS = ["tune", "heldout"]
REQUIRED = {"id": str, "text": str, "nk1001": list, "nk1002": list, "nk1003": list, "category": str, "split": str}
OPTIONAL = {"note": str}
ID_RE = re.compile(r"^src-(\d{4})$")
RULES = ("nk1001", "nk1002", "nk1003")


def expected_split(num):
    """Every 5th item by id number goes to the held-out split."""
    return "heldout" if num % 5 == 0 else "tune"


def spans(text, label):
    """All (start, end) positions of label in text."""
    out, i = [], text.find(label)
    while i != -1:
        out.append((i, i + len(label)))
        i = text.find(label, i + 1)
    return out


def check(path):
    errors, warnings = [], []
    items, seen = [], {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            where = "line %d" % lineno
            if not line.strip():
                errors.append("%s: blank line" % where)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append("%s: not JSON (%s)" % (where, exc))
                continue
            if not isinstance(obj, dict):
                errors.append("%s: not a JSON object" % where)
                continue
            bad = False
            for key, typ in REQUIRED.items():
                if key not in obj:
                    errors.append("%s: missing key %r" % (where, key)); bad = True
                elif not isinstance(obj[key], typ):
                    errors.append("%s: %r must be %s" % (where, key, typ.__name__)); bad = True
            for key in obj:
                if key not in REQUIRED and key not in OPTIONAL:
                    errors.append("%s: unknown key %r" % (where, key))
            if "note" in obj and not isinstance(obj["note"], str):
                errors.append("%s: 'note' must be str" % where)
            if bad:
                continue
            iid = obj["id"]
            where = "line %d (%s)" % (lineno, iid)
            m = ID_RE.match(iid)
            if not m:
                errors.append("%s: id must look like src-0001" % where)
                continue
            if iid in seen:
                errors.append("%s: duplicate id (first on line %d)" % (where, seen[iid]))
            seen[iid] = lineno
            num = int(m.group(1))
            if obj["category"] not in CATEGORIES:
                errors.append("%s: unknown category %r" % (where, obj["category"]))
            if obj["split"] not in SPLITS:
                errors.append("%s: unknown split %r" % (where, obj["split"]))
            elif obj["split"] != expected_split(num):
                errors.append("%s: split is %r but the rule (every 5th id -> heldout) gives %r"
                              % (where, obj["split"], expected_split(num)))
            text = obj["text"]
            if not text.strip():
                errors.append("%s: empty text" % where)
            for rule in RULES:
                labs = obj[rule]
                occupied = []
                for lab in labs:
                    if not isinstance(lab, str) or not lab.strip():
                        errors.append("%s: %s label must be a non-empty string" % (where, rule)); continue
                    if lab != lab.strip():
                        errors.append("%s: %s label %r has leading/trailing space" % (where, rule, lab))
                    pos = spans(text, lab)
                    if not pos:
                        errors.append("%s: %s label %r is not a substring of text" % (where, rule, lab)); continue
                    if len(pos) > 1:
                        warnings.append("%s: %s label %r occurs %d times in text" % (where, rule, lab, len(pos)))
                    s, e = pos[0]
                    for (s2, e2, other) in occupied:
                        if s < e2 and s2 < e:
                            errors.append("%s: %s labels %r and %r overlap" % (where, rule, lab, other))
                    occupied.append((s, e, lab))
                if len(set(labs)) != len(labs):
                    errors.append("%s: %s has duplicate labels" % (where, rule))
            # category consistency
            # A rank or superlative (NK1003) is an unsourced claim too: it counts with NK1001 here.
            c, n1, n2 = obj["category"], len(obj["nk1001"]) + len(obj["nk1003"]), len(obj["nk1002"])
            expect = {
                "unsourced": (n1 > 0 and n2 == 0, "needs NK1001 labels and no NK1002 labels"),
                "sourced": (n1 == 0 and n2 == 0, "must have no labels"),
                "not-statistic": (n1 == 0 and n2 == 0, "must have no labels"),
                "vague": (n1 == 0 and n2 > 0, "needs NK1002 labels and no NK1001 labels"),
                "named": (n1 == 0 and n2 == 0, "must have no labels"),
                "mixed": (True, ""),
            }.get(c)
            if expect and not expect[0]:
                errors.append("%s: category %r %s" % (where, c, expect[1]))
            items.append(obj)

    nums = sorted(int(ID_RE.match(o["id"]).group(1)) for o in items if ID_RE.match(o["id"]))
    if nums and nums != list(range(1, len(nums) + 1)):
        warnings.append("ids are not a gap-free sequence starting at src-0001")
    return items, errors, warnings


def report(items):
    print("items: %d" % len(items))
    width = max(len(c) for c in CATEGORIES)
    print("\n%-*s %6s %8s %6s" % (width, "category", "tune", "heldout", "total"))
    by = Counter((o["category"], o["split"]) for o in items)
    for c in CATEGORIES:
        t, h = by[(c, "tune")], by[(c, "heldout")]
        print("%-*s %6d %8d %6d" % (width, c, t, h, t + h))
    t = sum(1 for o in items if o["split"] == "tune")
    print("%-*s %6d %8d %6d" % (width, "all", t, len(items) - t, len(items)))

    print("\n%-7s %12s %12s %12s %12s" % ("rule", "spans tune", "spans held", "spans all", "items w/ span"))
    for rule in RULES:
        st = sum(len(o[rule]) for o in items if o["split"] == "tune")
        sh = sum(len(o[rule]) for o in items if o["split"] == "heldout")
        ni = sum(1 for o in items if o[rule])
        print("%-7s %12d %12d %12d %12d" % (rule.upper(), st, sh, st + sh, ni))
    clean = sum(1 for o in items if not o["nk1001"] and not o["nk1002"] and not o["nk1003"])
    both = sum(1 for o in items if o["nk1001"] and o["nk1002"])
    scope = sum(1 for o in items if "sentence scope" in o.get("note", ""))
    print("\nitems with no label: %d; items with both labels: %d; sentence-scope items (by note): %d"
          % (clean, both, scope))


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("labelled.jsonl")
    items, errors, warnings = check(path)
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    report(items)
    if errors:
        print("\nFAILED: %d error(s)" % len(errors))
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
