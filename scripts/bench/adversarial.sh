#!/usr/bin/env bash
# make bench-adversarial: extraction must grow linearly with an article's length, whatever the
# text. Times `sitrep facts` on each hostile article at 1 MB and 4 MB and fails when one takes
# more than 6 times as long at four times the size (linear is 4; quadratic would be 16).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath .build/release/sitrep)
WORK=bench-work/adversarial
python3 scripts/bench/adversarial.py 1000000 "$WORK/1mb"
python3 scripts/bench/adversarial.py 4000000 "$WORK/4mb"
status=0
for file in "$WORK"/1mb/*.txt; do
  name=$(basename "$file" .txt)
  /usr/bin/time -f "%e" -o "$WORK/time.txt" "$BIN" facts "$file" > /dev/null 2>&1 || true
  small=$(cat "$WORK/time.txt")
  /usr/bin/time -f "%e" -o "$WORK/time.txt" "$BIN" facts "$WORK/4mb/$name.txt" > /dev/null 2>&1 || true
  large=$(cat "$WORK/time.txt")
  verdict=$(python3 -c "s, l = max($small, 0.05), $large; print(f'{l / s:5.1f}x', 'ok' if l / s <= 6 else 'SUPERLINEAR')")
  printf '%-18s 1 MB %6.2f s   4 MB %6.2f s   %s\n' "$name" "$small" "$large" "$verdict"
  [[ $verdict == *SUPERLINEAR* ]] && status=1
done
exit $status
