#!/usr/bin/env bash
# An output the build cannot write to is an error (exit 1), never "Built ...": the previous site
# stays whole when nothing could be moved, and the message says so when part of it was. Root
# writes anywhere, so under root the builds run as the unprivileged user "nobody".
set -euo pipefail
BIN=$(cd "$(dirname "${1:-.build/release/sitrep}")" && pwd)/$(basename "${1:-.build/release/sitrep}")
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2> /dev/null; rm -rf "$work"' EXIT
chmod 777 "$work"
test_name="unwritable test"
source "$(dirname "$0")/as_unprivileged.sh"
cd "$work"
as_user() { "${run[@]}" "$@"; }
as_user mkdir -p content
article() {  # file, city
  printf ' date 2024-01-02 \nA bomb exploded at a market in %s on Monday, killing four people.\n' "$2" > "content/$1"
  chmod a+rw "content/$1"
}
article 2024-01-02-kabul.txt Kabul
article 2024-01-02-lahore.txt Lahore
build() { as_user "$BIN" build --content content --output "$1" --quiet "${@:2}" > out.txt 2>&1; }
expect_failure() {  # what, message
  local status=0
  build "${@:3}" || status=$?
  [ "$status" = 1 ] || { echo "unwritable test ($1): exit status $status, expected 1"; cat out.txt; exit 1; }
  grep -q "$2" out.txt || { echo "unwritable test ($1): no '$2'"; cat out.txt; exit 1; }
  if grep -q "^Built" out.txt; then echo "unwritable test ($1): claims it built"; cat out.txt; exit 1; fi
}

# Incremental build into a read-only site: nothing changes, and the build says so.
build public
cp -a public before
chmod -R a-w public
article 2024-01-02-kabul.txt Kandahar
expect_failure "read-only site" "cannot write into the output folder" public
grep -q "previous site was left as it was" out.txt || { echo "unwritable test: wrong summary"; cat out.txt; exit 1; }
diff -r before public > /dev/null || { echo "unwritable test: the read-only site changed"; exit 1; }

# A read-only folder inside the site (a new brief goes there): the moves into it fail, and the summary does not
# pretend the previous site was kept.
chmod -R u+w,a+rwX public
chmod a-w public/briefs
article 2024-01-02-lahore.txt Multan
article 2024-01-02-kabul.txt Herat
expect_failure "read-only brief folder" "could not move" public
grep -q "left incomplete" out.txt || { echo "unwritable test: no 'left incomplete'"; cat out.txt; exit 1; }
chmod -R a+rwX public
build public || { echo "unwritable test: the build after fixing permissions failed"; cat out.txt; exit 1; }

# A first build whose folder cannot be created.
mkdir locked
chmod 555 locked
expect_failure "unwritable parent" "error" locked/site --no-cache
[ ! -e locked/site ] || { echo "unwritable test: wrote into the locked folder"; exit 1; }
echo "unwritable test: read-only outputs are errors (exit 1); the site is kept or reported incomplete"
