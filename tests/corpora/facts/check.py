#!/usr/bin/env python3
"""Validate labelled.jsonl (the NK2001/NK2002/NK2003/NK2005 fact-checking corpus) and print counts.

Usage: python3 check.py [--facts PATH] [path/to/labelled.jsonl]

The fact set defaults to /work/shared/research/facts-nk.md (override with
--facts or the NK_FACTS environment variable). Exit status 0 when the file is
valid, 1 when any error is found. Warnings (printed, not fatal) flag spans
that occur more than once in their text.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["contradicting", "consistent", "unrelated", "name-misspelled",
              "name-accepted", "wrong-description", "wrong-date", "negated", "quoted",
              "stale"]
# Which rule a category must carry (at least once); None = no labels allowed.
CATEGORY_RULE = {
    "contradicting": "NK2001",
    "consistent": None,
    "unrelated": None,
    "name-misspelled": "NK2002",
    "name-accepted": None,
    "wrong-description": "NK2003",
    "wrong-date": "NK2003",
    "negated": None,
    "quoted": None,
    "stale": "NK2005",
}
RULES = ["NK2001", "NK2002", "NK2003", "NK2005"]
SPLITS = ["tune", "heldout"]
KEYS = {"id": str, "text": str, "date": (str, type(None)), "expected": list,
        "category": str, "split": str, "note": str}
LABEL_KEYS = {"rule", "span", "fact"}
# Optional on a label: "certainty" ("must" when absent). Stale figures (NK2005) are "should"
# (/work/shared/corpora/LABELLING.md): they excuse a finding but do not count in recall.
OPTIONAL_LABEL_KEYS = {"certainty"}
CERTAINTIES = ["must", "should"]
ID_RE = re.compile(r"^fct-(\d{4})$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEFAULT_FACTS = "/work/shared/research/facts-nk.md"


def expected_split(num):
    """Every 5th item by id number goes to the held-out split."""
    return "heldout" if num % 5 == 0 else "tune"


def load_facts(path):
    """Return (row ids, canonical names) from facts-nk.md.

    Row ids are the first cells of table rows in section 1 ("| <id> |").
    Canonical names are the first cells of the table rows in section 2
    ("Canonical names, ..."), with any parenthesised remark removed, e.g.
    "Kim Jong Un (official DPRK transcription)" -> "Kim Jong Un" and
    "Star Joint Venture Co. (Star JV), AS131279" -> "Star Joint Venture Co.".
    """
    text = Path(path).read_text(encoding="utf-8")
    ids = set(re.findall(r"^\| ([a-z0-9]+(?:-[a-z0-9]+)+) \|", text, re.M))
    names = set()
    m = re.search(r"^## 2\..*?(?=^## 3\.|\Z)", text, re.M | re.S)
    if m:
        for line in m.group(0).splitlines():
            if not line.startswith("| ") or line.startswith("|---"):
                continue
            cell = line.split("|")[1].strip()
            if cell in ("canonical", "canonical (house style)"):
                continue
            cell = re.split(r"\s*\(|,", cell)[0].strip()
            if cell:
                names.add(cell)
    return ids, names


def occurrences(text, span):
    out, i = [], text.find(span)
    while i != -1:
        out.append((i, i + len(span)))
        i = text.find(span, i + 1)
    return out


def check(path, facts_path):
    errors, warnings = [], []
    fact_ids, names = load_facts(facts_path)
    if not fact_ids:
        errors.append("no fact ids found in %s" % facts_path)
    items, seen = [], {}
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for lineno, line in enumerate(lines, 1):
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
        for key, typ in KEYS.items():
            if key not in obj:
                errors.append("%s: missing key %r" % (where, key)); bad = True
            elif not isinstance(obj[key], typ):
                errors.append("%s: key %r has the wrong type" % (where, key)); bad = True
        for key in obj:
            if key not in KEYS:
                errors.append("%s: unknown key %r" % (where, key))
        if bad:
            continue
        iid = obj["id"]
        where = "line %d (%s)" % (lineno, iid)
        m = ID_RE.match(iid)
        if not m:
            errors.append("%s: id must look like fct-0001" % where)
            continue
        if iid in seen:
            errors.append("%s: duplicate id (first on line %d)" % (where, seen[iid]))
        seen[iid] = lineno
        num = int(m.group(1))
        if num != lineno:
            warnings.append("%s: id number differs from line number" % where)
        if not obj["text"].strip():
            errors.append("%s: empty text" % where)
        if obj["date"] is not None:
            if not DATE_RE.match(obj["date"]):
                errors.append("%s: date must be null or YYYY-MM-DD" % where)
            else:
                try:
                    datetime.date.fromisoformat(obj["date"])
                except ValueError:
                    errors.append("%s: date %r is not a calendar date" % (where, obj["date"]))
        cat = obj["category"]
        if cat not in CATEGORIES:
            errors.append("%s: unknown category %r" % (where, cat))
        if obj["split"] not in SPLITS:
            errors.append("%s: unknown split %r" % (where, obj["split"]))
        elif obj["split"] != expected_split(num):
            errors.append("%s: split should be %r" % (where, expected_split(num)))
        ranges = {r: [] for r in RULES}
        labels_ok = True
        for k, lab in enumerate(obj["expected"]):
            lw = "%s: expected[%d]" % (where, k)
            if not isinstance(lab, dict) or not LABEL_KEYS <= set(lab) or set(lab) - LABEL_KEYS - OPTIONAL_LABEL_KEYS:
                errors.append("%s: must be an object with keys rule, span, fact (and optionally certainty)" % lw)
                labels_ok = False
                continue
            if not all(isinstance(lab[x], str) and lab[x] for x in LABEL_KEYS):
                errors.append("%s: rule, span and fact must be non-empty strings" % lw)
                labels_ok = False
                continue
            rule, span, fact = lab["rule"], lab["span"], lab["fact"]
            if lab.get("certainty", "must") not in CERTAINTIES:
                errors.append("%s: certainty must be 'must' or 'should'" % lw)
            elif rule == "NK2005" and lab.get("certainty") != "should":
                errors.append("%s: a stale figure (NK2005) is labelled 'should'" % lw)
            if rule not in RULES:
                errors.append("%s: unknown rule %r" % (lw, rule)); labels_ok = False
                continue
            if span != span.strip():
                errors.append("%s: span %r has surrounding whitespace" % (lw, span))
            occ = occurrences(obj["text"], span)
            if not occ:
                errors.append("%s: span %r is not a substring of text" % (lw, span))
                labels_ok = False
                continue
            if len(occ) > 1:
                warnings.append("%s: span %r occurs %d times; the first is meant" % (lw, span, len(occ)))
            for a, b in ranges[rule]:
                if occ[0][0] < b and a < occ[0][1]:
                    errors.append("%s: span %r overlaps another %s span" % (lw, span, rule))
            ranges[rule].append(occ[0])
            if rule == "NK2002":
                if not fact.startswith("name:"):
                    errors.append("%s: NK2002 fact must be 'name:<canonical name>'" % lw)
                elif fact[5:] not in names:
                    errors.append("%s: %r is not a canonical name in section 2 of the fact set" % (lw, fact[5:]))
            else:
                if fact not in fact_ids:
                    errors.append("%s: fact %r is not a '| <id> |' row of the fact set" % (lw, fact))
        if cat in CATEGORY_RULE and labels_ok:
            want = CATEGORY_RULE[cat]
            rules_here = [lab["rule"] for lab in obj["expected"]]
            if want is None and rules_here:
                errors.append("%s: category %r must have no labels" % (where, cat))
            elif want is not None and want not in rules_here:
                errors.append("%s: category %r needs at least one %s label" % (where, cat, want))
        items.append(obj)
    return items, errors, warnings


def report(items):
    cats = Counter((it["category"], it["split"]) for it in items)
    print("| category | tune | heldout | total |")
    print("|---|---:|---:|---:|")
    for c in CATEGORIES:
        t, h = cats[(c, "tune")], cats[(c, "heldout")]
        print("| %s | %d | %d | %d |" % (c, t, h, t + h))
    t = sum(1 for it in items if it["split"] == "tune")
    h = len(items) - t
    print("| **all** | **%d** | **%d** | **%d** |" % (t, h, len(items)))
    print()
    spans = Counter((lab["rule"], it["split"]) for it in items for lab in it["expected"])
    with_rule = Counter(r for it in items for r in {lab["rule"] for lab in it["expected"]})
    print("| rule | spans (tune) | spans (heldout) | spans (all) | items with >= 1 span |")
    print("|---|---:|---:|---:|---:|")
    for r in RULES:
        a, b = spans[(r, "tune")], spans[(r, "heldout")]
        print("| %s | %d | %d | %d | %d |" % (r, a, b, a + b, with_rule[r]))
    print()
    facts = Counter(lab["fact"] for it in items for lab in it["expected"])
    print("facts used by labels: %d distinct" % len(facts))
    for f, n in sorted(facts.items(), key=lambda x: (-x[1], x[0])):
        print("  %3d  %s" % (n, f))
    print()
    print("items with no label (negatives): %d" % sum(1 for it in items if not it["expected"]))
    print("items with two or more labels: %d" % sum(1 for it in items if len(it["expected"]) > 1))
    print("items with a front-matter date: %d" % sum(1 for it in items if it["date"]))
    print("items of two sentences or more: %d" % sum(
        1 for it in items if re.search(r"[.!?][\"”]? [A-Z]", it["text"].replace("p.m. ", "pm "))))
    print("items whose note starts with DECISION: %d" % sum(1 for it in items if it["note"].startswith("DECISION")))


def main(argv):
    facts = os.environ.get("NK_FACTS", DEFAULT_FACTS)
    args = list(argv)
    if "--facts" in args:
        i = args.index("--facts")
        facts = args[i + 1]
        del args[i:i + 2]
    path = args[0] if args else str(Path(__file__).with_name("labelled.jsonl"))
    items, errors, warnings = check(path, facts)
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    report(items)
    if errors:
        print("\n%d error(s)" % len(errors))
        return 1
    print("\nOK: %d items, no errors" % len(items))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
