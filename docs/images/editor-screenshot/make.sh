#!/usr/bin/env bash
# Makes docs/images/editor-neovim.png: Neovim 0.7 (Debian's) in tmux with nkcontentlint lsp attached to a
# sample article, the screen captured with `tmux capture-pane -e`, turned into HTML and photographed by
# headless Chromium. Needs nvim, tmux, chromium and a built CLI:
#   dotnet build src/NkContentLint.Cli && bash docs/images/editor-screenshot/make.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cli="$root/src/NkContentLint.Cli/bin/Debug/net10.0/nkcontentlint.dll"
article="${1:-samples/mobile-networks-draft.md}"
line="${2:-18}"
session="nkcontentlint-shot-$$"
work="$(mktemp -d)"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

cd "$root"
tmux -f /dev/null new-session -d -s "$session" -x 150 -y 40 \
  "env TERM=xterm-256color NKLSP_CMD='[\"dotnet\",\"$cli\",\"lsp\"]' NKLSP_LINE=$line nvim --clean -u '$here/init.lua' '$article'"
sleep "${NKLSP_WAIT:-12}"
tmux capture-pane -e -p -t "$session" > "$work/screen.ansi"
python3 "$here/ansi2html.py" < "$work/screen.ansi" > "$work/screen.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1380,776 \
  --screenshot="$root/docs/images/editor-neovim.png" "file://$work/screen.html" 2>/dev/null
echo "wrote docs/images/editor-neovim.png"
