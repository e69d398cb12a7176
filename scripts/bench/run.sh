#!/usr/bin/env bash
# make bench: builds synthetic corpora and times Sitrep beside Hugo (when installed) on the same
# articles. Sizes from BENCH_SIZES (default "1000 10000"; add 100000 for the large run).
#
# For each size: extraction alone (sitrep facts), Markdown rendering alone (sitrep render beside
# the cmark-gfm command on the same bodies), a full build from nothing (--no-cache), Hugo, and
# with .sitrep-cache: a first cached build, then a rebuild after editing one article.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath .build/release/sitrep)
WORK=bench-work
SIZES=${BENCH_SIZES:-1000 10000}
mkdir -p "$WORK"
measure() {  # label, articles, command...
  local label=$1 n=$2; shift 2
  # Files the previous command wrote are flushed first, so that their write-back (hundreds of
  # MB after a full build) is not charged to the next command measured.
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || { tail -3 "$WORK/stderr.txt"; }
  read -r wall user sys rss < "$WORK/time.txt"
  python3 - "$label" "$n" "$wall" "$user" "$sys" "$rss" <<'PY'
import sys
label, n, wall, user, sys_, rss = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
cpu = user + sys_
print(f"{label:38s} {n:7d} articles  {wall:7.2f} s wall  {cpu:7.2f} s CPU  cpu/wall {cpu / max(wall, 1e-9):4.2f}  "
      f"{n / max(wall, 1e-9):9.0f} articles/s  peak {rss / 1024:7.0f} MB", flush=True)
PY
}
# Outputs of earlier runs are deleted at the end, never just before a measurement: ext4 without
# a journal (as on this machine) skips inodes deleted in the last one to six minutes when it
# creates files, which makes writing a site after deleting one several times slower and would
# charge one run's clean-up to the next tool measured.
trash="$WORK/trash-$$"
mkdir -p "$trash"
for old in "$WORK"/out-* "$WORK"/cache-* "$WORK"/hugo-*/public; do
  [ -e "$old" ] && mv "$old" "$trash/$(echo "$old" | tr / _)"
done
trap 'rm -rf "$trash"' EXIT
for n in $SIZES; do
  dir="$WORK/corpus-$n"
  if [ ! -d "$dir" ]; then python3 scripts/bench/generate.py "$n" "$dir" --markdown "$WORK/hugo-$n"; fi
  if [ ! -d "$WORK/markdown-$n" ]; then  # the Markdown bodies alone, for the render-only runs
    python3 - "$WORK/hugo-$n/content/posts" "$WORK/markdown-$n" <<'PY'
import os, sys
src, out = sys.argv[1:]
os.makedirs(out, exist_ok=True)
for name in os.listdir(src):
    text = open(os.path.join(src, name), encoding="utf-8").read()
    open(os.path.join(out, name), "w", encoding="utf-8").write(text.split("\n---\n", 1)[1])
PY
  fi
  measure "sitrep facts (extraction only)" "$n" bash -c "$BIN facts --json $dir"
  measure "sitrep render (Markdown only)" "$n" bash -c "$BIN render $WORK/markdown-$n"
  measure "cmark-gfm command (same Markdown)" "$n" bash -c \
    "find $WORK/markdown-$n -name '*.md' | sort | xargs cmark-gfm -e table -e strikethrough -e autolink -e tagfilter"
  measure "sitrep build (full, --no-cache)" "$n" "$BIN" build --content "$dir" --output "$WORK/out-$n" --quiet --no-cache
  if command -v hugo > /dev/null; then
    printf 'baseURL = "http://example.org/"\ntitle = "bench"\n[taxonomies]\n  group = "groups"\n  country = "countries"\n' > "$WORK/hugo-$n/hugo.toml"
    measure "hugo (same articles)" "$n" hugo --source "$WORK/hugo-$n" --quiet
  fi
  # Cached builds run in their own folder, so .sitrep-cache stays out of the repository.
  mkdir -p "$WORK/cache-$n"
  content=$(realpath "$dir")
  measure "sitrep build (first, filling the cache)" "$n" bash -c "cd $WORK/cache-$n && $BIN build --content $content --output out --quiet"
  edited=$(find "$dir" -name '*.txt' | sort | sed -n "$((n / 2))p")
  cp "$edited" "$WORK/edited.bak"
  echo "Officials said later that four gunmen had taken part in the attack." >> "$edited"
  measure "sitrep build (one article edited)" "$n" bash -c "cd $WORK/cache-$n && $BIN build --content $content --output out --quiet"
  cp "$WORK/edited.bak" "$edited"
done
