#!/usr/bin/env bash
# An article the build cannot read is an error naming the file, not a crash. Root can read any
# file, so under root the build runs as the unprivileged user "nobody".
set -euo pipefail
BIN=$(cd "$(dirname "${1:-.build/release/sitrep}")" && pwd)/$(basename "${1:-.build/release/sitrep}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content"
echo "A bomb exploded at a market in Kabul on Monday, killing four people." > "$work/content/2024-01-02-ok.txt"
echo "Gunmen attacked a police post in Karachi on Friday, killing three officers." > "$work/content/2024-01-03-locked.txt"
chmod 000 "$work/content/2024-01-03-locked.txt"
chmod -R a+rwX "$work" 2> /dev/null || true
chmod 000 "$work/content/2024-01-03-locked.txt"
test_name="unreadable test"
source "$(dirname "$0")/as_unprivileged.sh"
cd "$work"
set +e
"${run[@]}" "$BIN" build --content content --output "$work/public" --keep-going > out.txt 2>&1
status=$?
set -e
grep -q "content/2024-01-03-locked.txt:1:1: error: cannot read file" out.txt || { echo "unreadable test: no diagnostic"; cat out.txt; exit 1; }
[ "$status" = 1 ] || { echo "unreadable test: exit status $status, expected 1"; cat out.txt; exit 1; }
[ -f "$work/public/index.html" ] || { echo "unreadable test: --keep-going built nothing"; cat out.txt; exit 1; }
echo "unreadable test: diagnostic names the file; the rest is built with --keep-going"
