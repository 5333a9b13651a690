#!/usr/bin/env python3
"""Copy a labelled set, giving each article YAML front matter with its date.

Usage: python3 dated.py SRC_SET OUT_DIR

For every article whose SOURCES.txt row has a usable date (5th column), the
copy starts with

    ---
    date: YYYY-MM-DD
    ---

A full date is used as is; a month and year become the first of the month; a
bare year (also the year in "n.d. (content: YEAR)") becomes YYYY-07-01. Rows
with no usable date ("n.d.", "content: 2020s") are copied unchanged. Every
line number in gold.json and clean-lines.json is shifted by the number of
lines inserted into that file, so the output passes score.py --check-gold.
Standard library only.
"""
import json
import os
import re
import shutil
import sys

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"


def parse_date(field):
    """Return 'YYYY-MM-DD' or None for a SOURCES.txt date column."""
    m = re.search(r"\b(\d{1,2}) " + MON + r" (\d{4})\b", field)
    if m:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.search(r"\b" + MON + r" (\d{4})\b", field)
    if m:
        return "%s-%02d-01" % (m.group(2), MONTHS[m.group(1).lower()])
    m = re.search(r"\b((?:19|20)\d\d)\b(?!s)", field)
    if m:
        return "%s-07-01" % m.group(1)
    return None


def read_dates(sources_path):
    dates = {}
    with open(sources_path, encoding="utf-8") as fh:
        for line in fh:
            cols = [c.strip() for c in line.rstrip("\n").split(" | ")]
            if len(cols) >= 5 and cols[0].endswith(".md"):
                d = parse_date(" | ".join(cols[4:]))
                if d:
                    dates[cols[0]] = d
    return dates


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: dated.py SRC_SET OUT_DIR")
    src, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    dates = read_dates(os.path.join(src, "SOURCES.txt"))
    shift = {}
    for name in sorted(os.listdir(src)):
        path = os.path.join(src, name)
        if not os.path.isfile(path):
            continue
        if name.endswith(".md") and name in dates:
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
            front = "---\ndate: %s\n---\n" % dates[name]
            with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
                fh.write(front + text)
            shift[name] = front.count("\n")
        elif name not in ("gold.json", "clean-lines.json"):
            shutil.copyfile(path, os.path.join(out, name))
    with open(os.path.join(src, "gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    for item in gold:
        item["line"] += shift.get(item["file"], 0)
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(src, "clean-lines.json"), encoding="utf-8") as fh:
        clean = json.load(fh)
    for name, items in clean.items():
        for item in items:
            item["line"] += shift.get(name, 0)
    with open(os.path.join(out, "clean-lines.json"), "w", encoding="utf-8") as fh:
        json.dump(clean, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%s: %d of %d articles dated" % (out, len(shift),
          len([n for n in os.listdir(src) if n.endswith(".md")])))


if __name__ == "__main__":
    main(sys.argv)
