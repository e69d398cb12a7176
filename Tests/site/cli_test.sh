#!/usr/bin/env bash
# Usage errors exit with 2 and say what is wrong: a path given on the command line that does not
# exist is never replaced by a default, and a bad --base-url is refused before anything is built;
# `init ""` (an unset variable) does not overwrite the current folder; `check --strict` fails on
# facts that need review; a content error exits 1 with file and line; help names every command and
# option and exits 0.
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
# Help names every command and option the README documents, and exits 0.
"$BIN" --help > out.txt 2>&1 || { echo "cli test: --help did not exit 0"; exit 1; }
for word in build check facts render serve init; do
  grep -q "$word" out.txt || { echo "cli test: --help does not name '$word'"; cat out.txt; exit 1; }
done
"$BIN" build --help > out.txt 2>&1 || { echo "cli test: build --help did not exit 0"; exit 1; }
for option in --content --templates --output --base-url --config --keep-going --quiet --no-cache --editor; do
  grep -q -- "$option" out.txt || { echo "cli test: build --help does not name '$option'"; cat out.txt; exit 1; }
done
# A content error exits 1, names the file and line, and keeps the site already published.
printf -- '---\ndate: 2024-02-30\n---\nGunmen attacked a police post in Karachi on Friday.\n' > content/bad.md
status=0
"$BIN" build --quiet > out.txt 2>&1 || status=$?
[ "$status" = 1 ] || { echo "cli test: a content error exited with $status, expected 1"; cat out.txt; exit 1; }
grep -q "content/bad.md:2" out.txt || { echo "cli test: the content error does not name file and line"; cat out.txt; exit 1; }
[ -f public/index.html ] || { echo "cli test: a content error cost the published site"; exit 1; }
echo "cli test: usage errors exit with 2 and name the problem; content errors exit 1 with file and line; help exits 0"
