#!/usr/bin/env bash
# make bench: builds synthetic corpora and times Sitrep beside Hugo (when installed) on the same
# articles. Sizes from BENCH_SIZES (default "1000 10000"; add 100000 for the large run).
#
# For each size: extraction alone (sitrep facts), Markdown rendering alone (sitrep render beside
# the cmark-gfm command on the same bodies), a full build from nothing (--no-cache), Hugo, and
# with .sitrep-cache: a first cached build, then a rebuild after editing one article. Full builds
# of both tools write to RAM (BENCH_OUT, default /dev/shm/sitrep-bench): writes to disk vary
# by 20-40 % from run to run. At the end, each build stage's time per size and its growth,
# flagged when a stage grows faster than the archive (more than 1.2 times the size ratio).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath .build/release/sitrep)
WORK=bench-work
SIZES=${BENCH_SIZES:-1000 10000}
OUT=${BENCH_OUT:-/dev/shm/sitrep-bench}
mkdir -p "$WORK"
if ! mkdir -p "$OUT" 2>/dev/null; then OUT="$WORK"; fi
# Outputs in RAM go before measuring (tmpfs frees them at once); see below for disk.
rm -rf "$OUT"/out-* "$OUT"/hugo-public-*
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
  SITREP_TIMINGS=1 measure "sitrep build (full, --no-cache)" "$n" \
    "$BIN" build --content "$dir" --output "$OUT/out-$n" --quiet --no-cache
  grep -E '^ +[a-z].* s$' "$WORK/stderr.txt" > "$WORK/stages-$n.txt" || true
  if command -v hugo > /dev/null; then
    printf 'baseURL = "http://example.org/"\ntitle = "bench"\n[taxonomies]\n  group = "groups"\n  country = "countries"\n' > "$WORK/hugo-$n/hugo.toml"
    measure "hugo (same articles)" "$n" hugo --source "$WORK/hugo-$n" --destination "$OUT/hugo-public-$n" --quiet
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
# Each stage of the full builds, per size, and how much it grew against the archive.
python3 - "$WORK" $SIZES <<'PY'
import sys
work, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]
stages = {}
for n in sizes:
    try:
        lines = open(f"{work}/stages-{n}.txt").read().splitlines()
    except OSError:
        continue
    for line in lines:
        # "  extract            2.415 s", "    history links     0.021 s", "  commit (19761 chan  0.001 s"
        label, seconds = line[:20], float(line[20:].split()[0])
        name = ("  " if label.startswith("    ") else "") + label.split("(")[0].strip()
        stages.setdefault(name, {})[n] = seconds
if len(sizes) < 2 or not stages:
    sys.exit(0)
print("\nstage times of the full build (s), growth from one size to the next:")
print(f"{'stage':20s}" + "".join(f"{n:>10d}" for n in sizes) + "   growth")
flagged = False
for name, times in stages.items():
    row = f"{name:20s}" + "".join(f"{times.get(n, float('nan')):10.3f}" for n in sizes)
    growths = []
    for a, b in zip(sizes, sizes[1:]):
        if a in times and b in times and times[a] >= 0.01:
            growth = times[b] / times[a]
            too_fast = growth > 1.2 * b / a
            flagged |= too_fast
            growths.append(f"{growth:.1f}x" + (" FASTER THAN THE ARCHIVE" if too_fast else ""))
    print(row + "   " + ", ".join(growths))
if flagged:
    print("(a stage flagged grows faster than the number of articles)")
PY
