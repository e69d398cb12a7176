#!/usr/bin/env bash
# Usage errors exit with 2 and say what is wrong: a path given on the command line that does not
# exist is never replaced by a default, and a bad --base-url is refused before anything is built;
# `init ""` (an unset variable) does not overwrite the current folder; `check --strict` fails on
# facts that need review.
set -euo pipefail
BIN=$(realpath "${1:-.build/release/sitrep}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir content
printf ' date 2024-01-02 \nA bomb exploded at a market in Kabul on Monday, killing four people.\n' > content/a.txt
expect_usage() {  # message, arguments...
  local status=0
  "$BIN" "${@:2}" > out.txt 2>&1 || status=$?
  [ "$status" = 2 ] || { echo "cli test: '${*:2}' exited with $status, expected 2"; cat out.txt; exit 1; }
  grep -q -- "$1" out.txt || { echo "cli test: '${*:2}' did not say '$1'"; cat out.txt; exit 1; }
  [ ! -e public ] || { echo "cli test: '${*:2}' built a site"; exit 1; }
}
expect_usage "no file 'missing.yml'" build --config missing.yml
expect_usage "no folder 'missing'" build --templates missing
expect_usage "no folder 'missing'" check --templates missing
expect_usage "base-url" build --base-url "javascript:alert(1)"
expect_usage "base-url" build --base-url "$(printf 'https://example.org/\nDisallow: /')"
echo keep > sitrep.yml
"$BIN" init "" > out.txt 2>&1 && { echo "cli test: init '' succeeded"; exit 1; }
grep -q "empty" out.txt || { echo "cli test: init '' did not say the name is empty"; cat out.txt; exit 1; }
[ "$(cat sitrep.yml)" = keep ] || { echo "cli test: init '' overwrote sitrep.yml"; exit 1; }
rm sitrep.yml
"$BIN" build --quiet > out.txt 2>&1 || { echo "cli test: a plain build failed"; cat out.txt; exit 1; }
# A group only suspected needs review: `check` lists it, `check --strict` fails on it.
printf ' date 2024-01-02 \nA bomb exploded at a market in Kabul on Monday, killing four people. Police suspect Taliban militants were behind the blast.\n' > content/a.txt
"$BIN" build --quiet > out.txt 2>&1
"$BIN" check > out.txt 2>&1 || { echo "cli test: check failed on a fact to review"; cat out.txt; exit 1; }
grep -q "perpetrators needs review" out.txt || { echo "cli test: check did not list the fact to review"; cat out.txt; exit 1; }
"$BIN" check --strict > out.txt 2>&1 && { echo "cli test: check --strict passed a fact to review"; exit 1; }
grep -q "need review (--strict)" out.txt || { echo "cli test: check --strict did not say why"; cat out.txt; exit 1; }
echo "cli test: usage errors exit with 2 and name the problem"
