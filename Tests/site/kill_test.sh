#!/usr/bin/env bash
# A build killed with SIGKILL never costs the user their site:
# - a full build (--no-cache) killed while staging leaves the previous site exactly as it was,
#   and the next build removes its leftovers;
# - an incremental build (with .sitrep-cache) killed at any moment leaves either the old site,
#   the new one, or a commit journal that the next build finishes; after that next build the
#   site is byte-identical to a full build.
# The names beside public/ (.public.staging-<pid>, .public.commit) are OutputSiblings'.
set -euo pipefail
BIN=$(realpath "${1:-.build/release/sitrep}")
GENERATE=$(realpath scripts/bench/generate.py)
TESTS=$(realpath "$(dirname "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 "$GENERATE" 2000 content > /dev/null
build() { "$BIN" build --content content --output public --quiet "$@"; }
same() { diff -r "$1" "$2" > /dev/null; }

# Full build killed while staging.
build --no-cache
cp -r public before
{
  echo " date 2024-01-01 "
  echo "A bomb exploded at a market in Kabul on Monday, killing four people."
} > content/2024-01-01-extra.txt
"$BIN" build --content content --output public --quiet --no-cache &
pid=$!
for _ in $(seq 1 400); do
  if ls -a | grep -q '^\.public\.staging-'; then break; fi
  sleep 0.05
done
sleep 0.1
kill -9 "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
ls -a | grep -q '^\.public\.staging-' || echo "kill test: note: the build was killed before staging"
same before public || { echo "kill test: the previous site changed"; exit 1; }
build --no-cache
if ls -a | grep -q '^\.public\.\(staging\|old\)-'; then echo "kill test: leftovers remain"; exit 1; fi
[ -f public/index.html ] || { echo "kill test: no site after rebuild"; exit 1; }
cp -r public expected-after-edit

# Incremental builds killed at several moments.
rm content/2024-01-01-extra.txt
rm -rf public .sitrep-cache
build
cp -a public old-site
cp -a .sitrep-cache old-cache
outcomes=""
restore() {
  rm -rf public .sitrep-cache
  cp -a old-site public
  cp -a old-cache .sitrep-cache
  {
    echo " date 2024-01-01 "
    echo "A bomb exploded at a market in Kabul on Monday, killing four people."
  } > content/2024-01-01-extra.txt
}
recover() {
  build
  same expected-after-edit public || { echo "kill test: site after recovery differs from a full build"; exit 1; }
  if ls -a | grep -q '^\.public\.\(staging\|old\|commit\)'; then echo "kill test: leftovers remain"; exit 1; fi
}
# Killed in the middle of moving changed files into place: the journal is there, and the
# next build finishes the commit. The kill comes from crash_mid_commit.c, preloaded in place of
# the C library's rename(), so the binary tested is the one shipped, with no test hook in it.
CC=${CC:-$(command -v cc || command -v clang)}
"$CC" -shared -fPIC -O1 -o "$work/crash_mid_commit.so" "$TESTS/crash_mid_commit.c" -ldl
for moves in 0 5; do
  restore
  LD_PRELOAD="$work/crash_mid_commit.so" SITREP_CRASH_JOURNAL=.public.commit SITREP_CRASH_AFTER_MOVES=$moves \
    "$BIN" build --content content --output public --quiet 2> /dev/null \
    && { echo "kill test: the crash hook did not fire"; exit 1; }
  [ -e .public.commit ] || { echo "kill test: no journal after a crash mid-commit"; exit 1; }
  outcomes="$outcomes journal"
  if [ "$moves" = 5 ]; then
    # A build that fails on an article after such a kill still finishes the commit first, so
    # "the previous site was left as it was" is true, not a mix of two sites.
    : > content/2024-01-02-empty.txt
    "$BIN" build --content content --output public --quiet 2> /dev/null && { echo "kill test: empty article accepted"; exit 1; }
    rm content/2024-01-02-empty.txt
    same expected-after-edit public || { echo "kill test: a failed build left the killed commit half done"; exit 1; }
  fi
  recover
done
# Killed at an arbitrary moment.
for delay in 0.3 0.8; do
  restore
  # Run directly (not through the function) so $! is the build itself, not a subshell.
  "$BIN" build --content content --output public --quiet &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  if [ -e .public.commit ]; then
    outcomes="$outcomes journal"
  elif same old-site public; then
    outcomes="$outcomes old"
  elif same expected-after-edit public; then
    outcomes="$outcomes new"
  else
    echo "kill test: incremental build killed after ${delay}s left a mixed site without a journal"
    exit 1
  fi
  recover
done
echo "kill test: previous site intact after kill -9; leftovers cleaned; incremental kills recovered (${outcomes# })"
