#!/usr/bin/env python3
"""Turns `tmux capture-pane -e -p` output (text with SGR colour codes) into one HTML page."""
import html
import re
import sys

BASIC = ["#1c1c1c", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
         "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"]
DEFAULT_FG, DEFAULT_BG = "#d4d4d4", "#1e1e1e"


def xterm256(n):
    if n < 16:
        return BASIC[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (v, v, v)


def main():
    text = sys.stdin.read()
    state = {"fg": None, "bg": None, "bold": False, "under": False, "reverse": False, "ucolor": None}
    out = []
    for part in re.split(r"(\x1b\[[0-9;:]*m)", text):
        if part.startswith("\x1b["):
            codes = part[2:-1].split(";") if part[2:-1] else ["0"]
            i = 0
            while i < len(codes):
                code = codes[i]
                main_code = code.split(":")[0] or "0"
                c = int(main_code)
                if c == 0:
                    state = {"fg": None, "bg": None, "bold": False, "under": False, "reverse": False, "ucolor": None}
                elif c == 1:
                    state["bold"] = True
                elif c == 22:
                    state["bold"] = False
                elif c == 4:
                    state["under"] = not code.endswith(":0")
                elif c == 24:
                    state["under"] = False
                elif c == 7:
                    state["reverse"] = True
                elif c == 27:
                    state["reverse"] = False
                elif 30 <= c <= 37:
                    state["fg"] = BASIC[c - 30]
                elif 90 <= c <= 97:
                    state["fg"] = BASIC[c - 90 + 8]
                elif 40 <= c <= 47:
                    state["bg"] = BASIC[c - 40]
                elif 100 <= c <= 107:
                    state["bg"] = BASIC[c - 100 + 8]
                elif c == 39:
                    state["fg"] = None
                elif c == 49:
                    state["bg"] = None
                elif c in (38, 48, 58):
                    key = {38: "fg", 48: "bg", 58: "ucolor"}[c]
                    if codes[i + 1] == "2":
                        state[key] = "#%02x%02x%02x" % tuple(int(x) for x in codes[i + 2:i + 5])
                        i += 4
                    elif codes[i + 1] == "5":
                        state[key] = xterm256(int(codes[i + 2]))
                        i += 2
                i += 1
            continue
        if not part:
            continue
        fg, bg = state["fg"] or DEFAULT_FG, state["bg"] or DEFAULT_BG
        if state["reverse"]:
            fg, bg = bg, fg
        style = f"color:{fg};background:{bg};"
        if state["bold"]:
            style += "font-weight:bold;"
        if state["under"]:
            style += f"text-decoration:underline wavy {state['ucolor'] or fg};text-underline-offset:3px;"
        out.append(f'<span style="{style}">{html.escape(part)}</span>')
    body = "".join(out)
    print(f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin:0; background:{DEFAULT_BG}; }}
pre {{ margin:0; padding:12px; font: 15px/1.25 'DejaVu Sans Mono', monospace; color:{DEFAULT_FG}; background:{DEFAULT_BG}; }}
</style></head><body><pre>{body}</pre></body></html>""")


if __name__ == "__main__":
    main()
