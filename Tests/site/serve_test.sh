#!/usr/bin/env bash
# sitrep serve: serves the site on 127.0.0.1, rebuilds on change (the build number goes up),
# shows build errors in the page, and stops cleanly on Ctrl-C (SIGINT). (It waits up to a minute
# for the first build: CI machines can be slow.)
set -euo pipefail
BIN=$(cd "$(dirname "${1:-.build/release/sitrep}")" && pwd)/$(basename "${1:-.build/release/sitrep}")
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r content templates "$work/"
cd "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --port "$port" > serve.log 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/__sitrep/version" > /dev/null && break; sleep 0.1; done
index=$(curl -sf "http://127.0.0.1:$port/")
grep -q 'data-incident-id' <<< "$index" || { echo "serve test: index not served"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/no/such/page/?q=1")" = 404 ] || { echo "serve test: missing page not 404"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/")" = 405 ] || { echo "serve test: POST not refused"; exit 1; }
curl -sfI "http://127.0.0.1:$port/api/incidents.json" | grep -qi '^content-type: application/json' || { echo "serve test: HEAD or type wrong"; exit 1; }
"$BIN" serve --port "$port" > second.log 2>&1 && { echo "serve test: a second server on a busy port did not fail"; exit 1; }
grep -q "cannot serve on 127.0.0.1:$port" second.log || { echo "serve test: busy port not reported"; exit 1; }
# An article with a bad date is left out, and every page (the 404 of its missing brief too)
# says so at the top, naming the file and line, until it is fixed.
before=$(curl -sf "http://127.0.0.1:$port/__sitrep/version")
printf -- '---\ndate: 2023-02-30\n---\nGunmen attacked a police post in Karachi on Friday, killing three officers.\n' > content/broken-date.md
for _ in $(seq 1 60); do [ "$(curl -sf "http://127.0.0.1:$port/__sitrep/version")" != "$before" ] && break; sleep 0.1; done
# (Pages are read whole before grep: `grep -q` stops reading at a match, and curl cut short
# would fail the pipeline.)
index=$(curl -s "http://127.0.0.1:$port/")
grep -q 'class="sitrep-errors".*broken-date.md:2' <<< "$index" || { echo "serve test: content error not shown on the index"; exit 1; }
grep -q 'data-incident-id' <<< "$index" || { echo "serve test: the rest of the site not served beside a content error"; exit 1; }
missing=$(curl -s "http://127.0.0.1:$port/briefs/no-such-brief/")
grep -q 'class="sitrep-errors".*broken-date.md' <<< "$missing" || { echo "serve test: content error not shown on a missing brief"; exit 1; }
before=$(curl -sf "http://127.0.0.1:$port/__sitrep/version")
rm content/broken-date.md
for _ in $(seq 1 60); do [ "$(curl -sf "http://127.0.0.1:$port/__sitrep/version")" != "$before" ] && break; sleep 0.1; done
index=$(curl -s "http://127.0.0.1:$port/")
grep -q 'sitrep-errors' <<< "$index" && { echo "serve test: the error stayed after the fix"; exit 1; }
before=$(curl -sf "http://127.0.0.1:$port/__sitrep/version")
echo "{{#unclosed}}" >> templates/index.html.mustache
for _ in $(seq 1 60); do [ "$(curl -sf "http://127.0.0.1:$port/__sitrep/version")" != "$before" ] && break; sleep 0.1; done
index=$(curl -s "http://127.0.0.1:$port/")
grep -q 'The build failed' <<< "$index" || { echo "serve test: build error not shown"; exit 1; }
grep -q "Serving content at http://127.0.0.1:$port/" serve.log || { echo "serve test: URL not printed"; exit 1; }
kill -INT $pid
wait $pid && status=0 || status=$?
[ "$status" = 0 ] || { echo "serve test: Ctrl-C exit status $status"; exit 1; }

# Hostile clients: a NUL in the path, idle and trickling connections, many at once; then a
# stop by SIGTERM removes the preview folder.
sed -i '$d' templates/index.html.mustache
"$BIN" serve --port "$port" > serve.log 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/__sitrep/version" > /dev/null && break; sleep 0.1; done
for target in "/robots.txt%00.html" "/index.html%0a" "/%zz"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --path-as-is "http://127.0.0.1:$port$target")
  [ "$code" = 400 ] || { echo "serve test: $target answered $code, expected 400"; exit 1; }
done
python3 - "$port" "$pid" <<'PY' || exit 1
import socket, sys, time
port, pid = int(sys.argv[1]), sys.argv[2]
def threads():
    return int(next(l for l in open(f"/proc/{pid}/status") if l.startswith("Threads:")).split()[1])
idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(200)]
trickle = socket.create_connection(("127.0.0.1", port))
start = time.time()
peak = 0
closed = None
while time.time() - start < 14:
    peak = max(peak, threads())
    try:
        trickle.send(b"G")
    except OSError:
        closed = closed or time.time() - start
    time.sleep(0.5)
if peak > 60:
    sys.exit(f"serve test: {peak} threads for 200 idle connections")
if closed is None or closed > 13:
    sys.exit("serve test: a client sending a byte at a time was not cut off")
for s in idle: s.close()
time.sleep(0.5)
with socket.create_connection(("127.0.0.1", port)) as s:
    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    if not s.recv(64).startswith(b"HTTP/1.1 200"):
        sys.exit("serve test: not serving after the idle clients went")
PY
folder=$(ls -d "${TMPDIR:-/tmp}/sitrep-serve-$pid")
kill -TERM $pid
wait $pid && status=0 || status=$?
[ "$status" = 0 ] || { echo "serve test: SIGTERM exit status $status"; exit 1; }
[ ! -e "$folder" ] || { echo "serve test: SIGTERM left $folder"; exit 1; }
echo "serve test: serves (404, 405, HEAD), refuses a busy port, rebuilds on change, shows content errors on every page"
echo "  and build errors, stops on Ctrl-C;"
echo "  400 for control characters in paths, idle and slow clients cut off with threads bounded, SIGTERM cleans up"
