#!/usr/bin/env python3
"""Builds the real-text encoding corpus for NK4001 (see LABELLING.md and README.md).

Two steps, both deterministic (python3, standard library only):

1. Extraction (only with --tldr and --psdocs, which name the git directories of
   snapshots of github:tldr-pages/tldr and github:MicrosoftDocs/PowerShell-Docs):
   short windows of real text are cut from their Markdown pages and written to
   fragments.jsonl with their source (repo@commit:path). A fresh clone does not need the
   snapshots: fragments.jsonl is committed.
2. Labelling: fragments.jsonl and the strings in found.py become clean items; damaged
   items are made by passing clean strings through one code-page path each (see PATHS);
   a fifth of the source strings (by SHA-256) is held out with everything made from
   them. The result is labelled.jsonl.

    python3 tests/corpora/encoding-real/build.py [--tldr GITDIR --psdocs GITDIR]
"""

import argparse
import hashlib
import html.entities
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from found import FOUND, LEET  # noqa: E402

TLDR_COMMIT = "08e345f42639f67d99282813247ac670dc6e87cb"
PSDOCS_COMMIT = "27138b21b41de3e2b43cfcac4a56861ca419d5eb"
PER_LANGUAGE = 62
HARD_EXTRA = 260
LEET_ITEMS = 80
SPACELESS = {"zh", "zh_TW", "ja", "th", "lo"}
# Characters of the hard classes: Latin-1 symbols used as themselves, capital accented
# letters, letters that begin UTF-8 sequences in Windows-1252 next to punctuation.
HARD = set("×£Å±°¬½¼¾©®™€§¶µ¹²³ÉÈÀÂÊÎÔÛÇØÆÃÕÑÐÞßÖÜÄ÷¿¡«»")


def h(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- extraction

def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def read_files(gitdir, commit, paths):
    """Yields (path, text) through one `git cat-file --batch` process."""
    proc = subprocess.Popen(["git", "--git-dir", gitdir, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for path in paths:
        proc.stdin.write(f"{commit}:{path}\n".encode())
        proc.stdin.flush()
        header = proc.stdout.readline().split()
        size = int(header[2])
        data = proc.stdout.read(size)
        proc.stdout.read(1)
        yield path, data.decode("utf-8", errors="replace")
    proc.stdin.close()
    proc.wait()


def clean_line(line):
    line = re.sub(r"`[^`]*`", "", line)
    line = re.sub(r"<https?://[^>]*>", "", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\{\{[^}]*\}\}", "", line)
    line = re.sub(r"https?://\S+", "", line)
    return re.sub(r"\s+", " ", line).strip()


def windows(line, spaceless):
    """Short windows of a line, each holding at least one non-ASCII character."""
    if not any(ord(c) > 127 for c in line):
        return []
    if spaceless:
        if len(line) <= 36:
            return [line]
        first = next(i for i, c in enumerate(line) if ord(c) > 127)
        start = max(0, first - 6)
        return [line[start:start + 30].strip()]
    words = line.split(" ")
    hits = [i for i, w in enumerate(words) if any(ord(c) > 127 for c in w)]
    out = []
    taken = -1
    for i in hits:
        if i <= taken:
            continue
        start = max(0, i - 2)
        window = words[start:start + 6]
        taken = start + 5
        out.append(" ".join(window))
    return out


def extract(tldr, psdocs):
    fragments = []
    names = git(tldr, "ls-tree", "-r", "--name-only", TLDR_COMMIT).decode().splitlines()
    by_lang = {}
    for path in names:
        top = path.split("/")[0]
        if top.startswith("pages.") and path.endswith(".md"):
            by_lang.setdefault(top[len("pages."):], []).append(path)
    hard_pool = []
    for lang in sorted(by_lang):
        pool = {}
        paths = sorted(by_lang[lang], key=h)[:400]
        for path, text in read_files(tldr, TLDR_COMMIT, paths):
            for raw in text.splitlines():
                if not raw.startswith(("> ", "- ", "# ")):
                    continue
                for window in windows(clean_line(raw[2:]), lang in SPACELESS):
                    if len(window) >= 4:
                        pool.setdefault(window, f"tldr-pages/tldr@{TLDR_COMMIT[:12]}:{path}")
        chosen = sorted(pool, key=h)[:PER_LANGUAGE]
        for window in chosen:
            fragments.append({"text": window, "lang": lang, "source": pool[window], "kind": "text"})
        hard_pool += [(w, lang, pool[w]) for w in pool if w not in chosen and HARD & set(w)]
    names = git(psdocs, "ls-tree", "-r", "--name-only", PSDOCS_COMMIT).decode().splitlines()
    md = sorted((p for p in names if p.endswith(".md")), key=h)
    english = {}
    for path, text in read_files(psdocs, PSDOCS_COMMIT, md):
        fence = False
        for raw in text.splitlines():
            if raw.strip().startswith("```"):
                fence = not fence
                continue
            line = clean_line(raw.lstrip("#>-* "))
            if fence and not any(ord(c) > 0xFFFF for c in line):
                continue
            for window in windows(line, False):
                if len(window) >= 4 and (HARD & set(window) or any(ord(c) > 0xFFFF for c in window)):
                    hard_pool.append((window, "en", f"MicrosoftDocs/PowerShell-Docs@{PSDOCS_COMMIT[:12]}:{path}"))
            words = line.split(" ")
            if not fence and len(words) >= 6 and all(w.isascii() and w.isalpha() for w in words[:5]):
                english.setdefault(" ".join(words[:5]), f"MicrosoftDocs/PowerShell-Docs@{PSDOCS_COMMIT[:12]}:{path}")
    seen = {f["text"] for f in fragments}
    hard = []
    for window, lang, source in sorted(set(hard_pool), key=lambda t: h(t[0])):
        if window not in seen:
            seen.add(window)
            hard.append({"text": window, "lang": lang, "source": source, "kind": "hard"})
    emoji = [f for f in hard if any(ord(c) > 0xFFFF for c in f["text"])]
    # Round-robin over the hard characters, so no one symbol (the PowerShell spec's §) dominates.
    queues = {c: [f for f in hard if c in f["text"] and f not in emoji] for c in sorted(HARD)}
    picked = []
    while len(picked) < HARD_EXTRA and any(queues.values()):
        for c in sorted(queues):
            while queues[c] and queues[c][0] in picked:
                queues[c].pop(0)
            if c == "§" and sum("§" in f["text"] for f in picked) >= 30:
                queues[c] = []
            if queues[c] and len(picked) < HARD_EXTRA:
                picked.append(queues[c].pop(0))
    fragments += emoji + picked
    for phrase in sorted(english, key=h)[:LEET_ITEMS]:
        fragments.append({"text": phrase, "lang": "en", "source": english[phrase], "kind": "leet-source"})
    return fragments


# ---------------------------------------------------------------- damage

def sloppy(data, codec):
    """Decodes bytes with a single-byte code page; undefined bytes become the C1 control or
    character of the same value, as browsers do (WHATWG)."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def dropped(data, codec):
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            pass
    return "".join(out)


def entity(c):
    name = html.entities.codepoint2name.get(ord(c))
    return f"&{name};" if name else f"&#{ord(c)};"


def utf8(s):
    return s.encode("utf-8")


PATHS = {
    "cp1252": lambda s: sloppy(utf8(s), "cp1252"),
    "cp1252-dropped": lambda s: dropped(utf8(s), "cp1252"),
    "latin-1": lambda s: utf8(s).decode("latin-1"),
    "latin-1-c1-dropped": lambda s: re.sub("[\x80-\x9f]", "", utf8(s).decode("latin-1")),
    "latin-1-c1-fffd": lambda s: re.sub("[\x80-\x9f]", "\ufffd", utf8(s).decode("latin-1")),
    "nbsp-lost": lambda s: sloppy(utf8(s), "cp1252").replace("\xa0", " ") if "\xa0" in sloppy(utf8(s), "cp1252") else None,
    "mac_roman": lambda s: sloppy(utf8(s), "mac_roman"),
    "cp437": lambda s: sloppy(utf8(s), "cp437"),
    "cp850": lambda s: sloppy(utf8(s), "cp850"),
    "cp1250": lambda s: sloppy(utf8(s), "cp1250"),
    "iso-8859-2": lambda s: sloppy(utf8(s), "iso8859_2"),
    "cp1251": lambda s: sloppy(utf8(s), "cp1251"),
    "cp1253": lambda s: sloppy(utf8(s), "cp1253"),
    "cp1256": lambda s: sloppy(utf8(s), "cp1256"),
    "cp874": lambda s: sloppy(utf8(s), "cp874"),
    "cp1252x2": lambda s: PATHS["cp1252"](PATHS["cp1252"](s)),
    "cp1252x3": lambda s: PATHS["cp1252"](PATHS["cp1252x2"](s)),
    "entities": lambda s: "".join(entity(c) if ord(c) > 127 else c for c in PATHS["cp1252"](s)),
    "partial": None,  # below
    "cp1251-legacy": lambda s: sloppy(s.encode("cp1251"), "cp1252"),
    "cp1252-fffd": lambda s: "".join(PATHS["cp1252"](s).translate({b: "\ufffd" for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})),
}
LOSSY = {"cp1252-dropped", "cp1252-fffd", "latin-1-c1-dropped", "latin-1-c1-fffd", "nbsp-lost"}
LAYERS = {"cp1252x2": 2, "cp1252x3": 3}

FAMILY_PATHS = {
    "latin": ["cp1252", "latin-1", "mac_roman", "cp437", "cp850", "cp1250", "iso-8859-2", "cp1251",
              "cp1252x2", "cp1252x3", "entities", "partial", "nbsp-lost", "cp1252-dropped", "latin-1-c1-dropped"],
    "cyrillic": ["cp1252", "cp1251", "cp1251-legacy", "latin-1", "cp1252-dropped", "mac_roman", "cp1252x2", "partial", "cp1252-fffd"],
    "greek": ["cp1252", "cp1253", "latin-1", "cp1252x2"],
    "arabic": ["cp1252", "cp1256", "cp1250", "latin-1"],
    "hebrew": ["cp1252", "latin-1"],
    "thai": ["cp1252", "cp874", "cp1252-dropped", "cp1252-fffd"],
    "cjk": ["cp1252", "latin-1", "latin-1-c1-dropped", "cp1252x2"],
    "indic": ["cp1252", "latin-1", "cp1252-dropped"],
    "emoji": ["latin-1", "latin-1-c1-dropped", "latin-1-c1-fffd", "cp1252"],
}


def family(text):
    if any(ord(c) > 0xFFFF and unicodedata.category(c) == "So" for c in text):
        return "emoji"
    counts = {}
    for c in text:
        if ord(c) < 128 or not c.isalpha():
            continue
        name = unicodedata.name(c, "")
        key = ("cyrillic" if "CYRILLIC" in name else "greek" if "GREEK" in name else
               "arabic" if "ARABIC" in name else "hebrew" if "HEBREW" in name else
               "thai" if "THAI" in name or "LAO" in name else
               "cjk" if any(k in name for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")) else
               "latin" if "LATIN" in name else "indic")
        counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else "latin"


def partial(s):
    words = s.split(" ")
    for i, w in enumerate(words):
        if any(ord(c) > 127 for c in w):
            rest = " ".join(words[i + 1:])
            if any(ord(c) > 127 for c in rest):
                return " ".join(words[:i] + [PATHS["cp1252"](w)] + words[i + 1:])
            return None
    return None


def damage(path, s):
    try:
        out = partial(s) if path == "partial" else PATHS[path](s)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return out if out and out != s else None


def leetify(phrase, key):
    out = []
    for i, c in enumerate(phrase):
        pick = int(key[i % len(key)], 16) % 2 == 0
        out.append(LEET.get(c.lower(), c) if pick else c)
    return "".join(out)


# ---------------------------------------------------------------- labelling

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tldr")
    parser.add_argument("--psdocs")
    args = parser.parse_args()
    fragments_path = os.path.join(HERE, "fragments.jsonl")
    if args.tldr and args.psdocs:
        fragments = extract(args.tldr, args.psdocs)
        with open(fragments_path, "w", encoding="utf-8") as f:
            for fragment in fragments:
                f.write(json.dumps(fragment, ensure_ascii=False) + "\n")
    with open(fragments_path, encoding="utf-8") as f:
        fragments = [json.loads(line) for line in f]

    items = []

    def add(text, label, lang, source, origin, kind, path=None, repaired=None, group=None):
        items.append({
            "text": text, "label": label, "lang": lang, "kind": kind, "path": path,
            "layers": LAYERS.get(path, 1) if label == "mojibake" else 0,
            "repaired": repaired, "lossy": path in LOSSY or (label == "mojibake" and repaired is None),
            "origin": origin, "source": source, "group": group or text,
        })

    clean = []
    for fragment in fragments:
        if fragment["kind"] == "leet-source":
            text = leetify(fragment["text"], h(fragment["text"]))
            if text != fragment["text"]:
                add(text, "clean", "en", fragment["source"], "real-stylised", "leet")
            continue
        clean.append((fragment["text"], fragment["lang"], fragment["source"], fragment["kind"]))
    for label, lang, text, repaired, source in FOUND:
        if label == "clean":
            clean.append((text, lang, source, "found"))
        else:
            add(text, "mojibake", lang, source, "found-damaged", "found", path=detect_path(text, repaired), repaired=repaired, group=repaired or text)

    seen = set()
    rotation = {}
    for text, lang, source, kind in sorted(clean, key=lambda t: h(t[0])):
        if text in seen:
            continue
        seen.add(text)
        add(text, "clean", lang, source, "real", kind)
        fam = family(text)
        if int(h(text)[:8], 16) % 3 == 0 and fam == "latin":
            continue  # keep the damaged set from being mostly Latin script
        # The no-break-space loss needs a character whose UTF-8 holds byte A0 (à, Р, Š, ...).
        lost = damage("nbsp-lost", text)
        if lost is not None and int(h(text)[8:16], 16) % 3 == 0 and lost not in seen:
            seen.add(lost)
            add(lost, "mojibake", lang, source, "generated", fam, path="nbsp-lost", repaired=text, group=text)
        paths = FAMILY_PATHS[fam]
        n = 2 if fam == "emoji" else 1
        for _ in range(n):
            for attempt in range(len(paths)):
                k = rotation.get(fam, 0)
                rotation[fam] = k + 1
                path = paths[k % len(paths)]
                damaged = damage(path, text)
                if damaged is not None and damaged not in seen:
                    seen.add(damaged)
                    add(damaged, "mojibake", lang, source, "generated", fam, path=path, repaired=text, group=text)
                    break

    for item in items:
        item["split"] = "heldout" if int(h(item["group"])[:8], 16) % 5 == 0 else "tune"
    items.sort(key=lambda i: (i["label"] != "mojibake", i["path"] or "", h(i["text"])))
    with open(os.path.join(HERE, "labelled.jsonl"), "w", encoding="utf-8") as f:
        for n, item in enumerate(items, 1):
            item = {"id": f"real-{n:04d}", **{k: v for k, v in item.items() if k != "group"}}
            f.write(escape_invisible(json.dumps(item, ensure_ascii=False)) + "\n")
    report(items)


def escape_invisible(line):
    """C1 controls, format characters, non-ASCII spaces and U+FFFD as \\uXXXX, so the file reads
    the same in any editor (a JSON parser reads them back as the same characters)."""
    return "".join(f"\\u{ord(c):04x}" if 0x80 <= ord(c) <= 0x9F or c in "\u00a0\u00ad\ufffd" or unicodedata.category(c) in ("Cf", "Zs") and c != " " else c for c in line)


def detect_path(text, repaired):
    """The path that turns `repaired` into `text` for a found damaged string, if one does."""
    if repaired is None:
        return "lossy"
    for path in PATHS:
        if damage(path, repaired) == text:
            return path
    if text.replace("&Atilde;", "Ã").replace("&copy;", "©").replace("&uml;", "¨") == PATHS["cp1252"](repaired):
        return "entities"
    return "mixed"


def report(items):
    from collections import Counter
    clean = [i for i in items if i["label"] == "clean"]
    bad = [i for i in items if i["label"] == "mojibake"]
    print(f"clean {len(clean)} (held out {sum(i['split'] == 'heldout' for i in clean)}), languages {len({i['lang'] for i in clean})}")
    print(f"damaged {len(bad)} (held out {sum(i['split'] == 'heldout' for i in bad)})")
    for path, n in sorted(Counter(i["path"] for i in bad).items()):
        print(f"  {path:20} {n}")
    print("clean kinds:", dict(sorted(Counter(i["kind"] for i in clean).items())))
    print("clean languages:", dict(sorted(Counter(i["lang"] for i in clean).items())))


if __name__ == "__main__":
    main()
