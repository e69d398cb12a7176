# Sourced by the permission tests. Root reads and writes everything, so under root the build
# runs as the unprivileged user "nobody", from a copy of the binary inside the work folder (so
# "nobody" can run it wherever the checkout is). Sets BIN and the `run` prefix; needs `work`
# and a test name in `test_name`.
run=()
if [ "$(id -u)" = 0 ]; then
  command -v runuser > /dev/null || { echo "$test_name: skipped (no runuser)"; exit 0; }
  cp "$BIN" "$work/sitrep"
  chmod 755 "$work/sitrep"
  chmod 777 "$work"
  BIN="$work/sitrep"
  run=(runuser -u nobody --)
fi
