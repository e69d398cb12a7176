#!/usr/bin/env bash
# sitrep serve: serves the site on 127.0.0.1, rebuilds on change (the build number goes up),
# shows build errors in the page, and stops cleanly on Ctrl-C (SIGINT).
set -euo pipefail
BIN=$(cd "$(dirname "${1:-.build/release/sitrep}")" && pwd)/$(basename "${1:-.build/release/sitrep}")
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r content templates "$work/"
cd "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --port "$port" > serve.log 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/__sitrep/version" > /dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/" | grep -q 'data-incident-id' || { echo "serve test: index not served"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/no/such/page/?q=1")" = 404 ] || { echo "serve test: missing page not 404"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/")" = 405 ] || { echo "serve test: POST not refused"; exit 1; }
curl -sfI "http://127.0.0.1:$port/api/incidents.json" | grep -qi '^content-type: application/json' || { echo "serve test: HEAD or type wrong"; exit 1; }
"$BIN" serve --port "$port" > second.log 2>&1 && { echo "serve test: a second server on a busy port did not fail"; exit 1; }
grep -q "cannot serve on 127.0.0.1:$port" second.log || { echo "serve test: busy port not reported"; exit 1; }
before=$(curl -sf "http://127.0.0.1:$port/__sitrep/version")
echo "{{#unclosed}}" >> templates/index.html.mustache
for _ in $(seq 1 60); do [ "$(curl -sf "http://127.0.0.1:$port/__sitrep/version")" != "$before" ] && break; sleep 0.1; done
curl -s "http://127.0.0.1:$port/" | grep -q 'The build failed' || { echo "serve test: build error not shown"; exit 1; }
grep -q "Serving content at http://127.0.0.1:$port/" serve.log || { echo "serve test: URL not printed"; exit 1; }
kill -INT $pid
wait $pid && status=0 || status=$?
[ "$status" = 0 ] || { echo "serve test: Ctrl-C exit status $status"; exit 1; }
echo "serve test: serves (404, 405, HEAD), refuses a busy port, rebuilds on change, shows build errors, stops on Ctrl-C"
