#!/usr/bin/env bash
# make bench: builds synthetic corpora and times Sitrep (extraction alone, full build) beside
# Hugo when it is installed. Sizes from BENCH_SIZES (default "1000 10000").
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.build/release/sitrep
WORK=bench-work
SIZES=${BENCH_SIZES:-1000 10000}
mkdir -p "$WORK"
measure() {  # label, articles, command...
  local label=$1 n=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || { tail -3 "$WORK/stderr.txt"; }
  read -r wall user sys rss < "$WORK/time.txt"
  python3 - "$label" "$n" "$wall" "$user" "$sys" "$rss" <<'PY'
import sys
label, n, wall, user, sys_, rss = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
cpu = user + sys_
print(f"{label:34s} {n:7d} articles  {wall:7.2f} s wall  {cpu:7.2f} s CPU  cpu/wall {cpu / max(wall, 1e-9):4.2f}  "
      f"{n / max(wall, 1e-9):9.0f} articles/s  peak {rss / 1024:7.0f} MB")
PY
}
for n in $SIZES; do
  dir="$WORK/corpus-$n"
  if [ ! -d "$dir" ]; then python3 scripts/bench/generate.py "$n" "$dir" --markdown "$WORK/hugo-$n"; fi
  measure "sitrep facts (extraction only)" "$n" bash -c "ls $dir/*.txt | xargs $BIN facts --json"
  rm -rf "$WORK/out-$n"
  measure "sitrep build" "$n" "$BIN" build --content "$dir" --output "$WORK/out-$n" --quiet
  if command -v hugo > /dev/null; then
    printf 'baseURL = "http://example.org/"\ntitle = "bench"\n[taxonomies]\n  group = "groups"\n  country = "countries"\n' > "$WORK/hugo-$n/hugo.toml"
    rm -rf "$WORK/hugo-$n/public"
    measure "hugo (same articles)" "$n" hugo --source "$WORK/hugo-$n" --quiet
  fi
done
