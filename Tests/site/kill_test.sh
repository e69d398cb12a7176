#!/usr/bin/env bash
# A build killed with SIGKILL leaves the previous site exactly as it was, and the next build
# removes the killed build's leftovers.
set -euo pipefail
BIN=${1:-.build/release/sitrep}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/bench/generate.py 3000 "$work/content" > /dev/null
"$BIN" build --content "$work/content" --output "$work/public" --config /nonexistent --quiet
cp -r "$work/public" "$work/before"
echo " date 2024-01-01 " > "$work/content/2024-01-01-extra.txt"
echo "A bomb exploded at a market in Kabul on Monday, killing four people." >> "$work/content/2024-01-01-extra.txt"
"$BIN" build --content "$work/content" --output "$work/public" --config /nonexistent --quiet &
pid=$!
# Kill it while it writes its staging folder, the moment a half-written site exists.
for _ in $(seq 1 400); do
  if ls -a "$work" | grep -q '^\.public\.staging-'; then break; fi
  sleep 0.05
done
sleep 0.1
kill -9 "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
ls -a "$work" | grep -q '^\.public\.staging-' || echo "kill test: note: the build was killed before staging"
diff -r "$work/before" "$work/public" > /dev/null || { echo "kill test: the previous site changed"; exit 1; }
"$BIN" build --content "$work/content" --output "$work/public" --config /nonexistent --quiet
if ls -a "$work" | grep -q '^\.public\.\(staging\|old\)-'; then echo "kill test: leftovers remain"; exit 1; fi
[ -f "$work/public/index.html" ] || { echo "kill test: no site after rebuild"; exit 1; }
echo "kill test: previous site intact after kill -9; leftovers cleaned"
