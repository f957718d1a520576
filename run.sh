#!/usr/bin/env bash
# One entry point for people and CI.
#   ./run.sh serve   install what is missing, then serve the app on http://127.0.0.1:8080/ (PORT overrides)
#   ./run.sh test    install what is missing, then run every test layer; last line "N passed, N failed"
#   ./run.sh bench   print sizes, Lighthouse, load and input timings, evaluate() time, against targets
#   ./run.sh fuzz    run each cargo-fuzz target for FUZZ_SECONDS (default 300) on the nightly toolchain
# Installs are idempotent and version-checked: a second run installs nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
WASM_TARGET="wasm32-unknown-unknown"
export PATH="$HOME/.cargo/bin:$ROOT/e2e/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

say() { printf '\n==> %s\n' "$*" >&2; }

# The wasm-bindgen CLI must match the crate version resolved in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_tools() {
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "adding the $WASM_TARGET target (about 30 s)"
    rustup target add "$WASM_TARGET"
  fi
  if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION with cargo (about 11 minutes on 2 cores, once)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  local wbv
  wbv="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbv"; then
    # Not --locked: one of its locked dependencies is missing from the registry reachable here.
    say "installing wasm-bindgen-cli $wbv with cargo (about 3 minutes, once)"
    cargo install --force "wasm-bindgen-cli@$wbv"
  fi
  # A CJK font too, so that the e2e screenshots show Chinese text rather than empty boxes; and
  # nginx, so that the README's nginx recipe is tried (the e2e suite serves dist/ with it).
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/truetype/wqy ] \
    || ! command -v nginx >/dev/null; then
    say "installing Debian chromium, chromium-driver, fonts-wqy-microhei and nginx-light with apt-get (about 1 minute, once)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei nginx-light >/dev/null
  fi
  # npm ci only when the lock file changed since the last install (it wipes node_modules).
  local stamp="e2e/node_modules/.package-lock.sha"
  local want
  want="$(sha256sum e2e/package-lock.json | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing e2e packages from e2e/package-lock.json with npm ci (about 1 minute, once)"
    (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
}

# ---- test bookkeeping: every layer adds its counts; the last line sums them ----
PASSED=0
FAILED=0
LOG_DIR="$ROOT/target/test-logs"

# Counters read a layer's log; awk (not grep) so that "no match" is a zero, not a failure.
count_cargo() { # sums "test result: ok. N passed; M failed" lines (cargo test and wasm-bindgen-test)
  PASSED=$((PASSED + $(awk '/^test result:/ { for (i = 1; i < NF; i++) if ($(i + 1) ~ /^passed/) s += $i } END { print s + 0 }' "$1")))
  FAILED=$((FAILED + $(awk '/^test result:/ { for (i = 1; i < NF; i++) if ($(i + 1) ~ /^failed/) s += $i } END { print s + 0 }' "$1")))
}

count_playwright() { # "  12 passed (3.4s)" and "  1 failed"
  PASSED=$((PASSED + $(awk '/^ +[0-9]+ passed/ { s += $1 } END { print s + 0 }' "$1")))
  FAILED=$((FAILED + $(awk '/^ +[0-9]+ failed/ { s += $1 } END { print s + 0 }' "$1")))
}

finish() {
  echo "$PASSED passed, $FAILED failed"
}

fail_layer() {
  say "FAILED: $1 (full output: $2)"
  FAILED=$((FAILED > 0 ? FAILED : 1))
  finish
  exit 1
}

# run_layer NAME COUNTER COMMAND... : runs a layer, tees its output to a log, counts its tests.
run_layer() {
  local name="$1" counter="$2"
  shift 2
  local log="$LOG_DIR/${name// /-}.log"
  say "$name"
  set +e
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  [ "$counter" = none ] || "$counter" "$log"
  [ "$rc" -eq 0 ] || fail_layer "$name" "$log"
}

STATIC_PIDS=()
stop_static() { for p in "${STATIC_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }

# start_nginx PORT PREFIX: Debian's nginx (when installed) serving dist/ under PREFIX with the
# snippet of docs/nginx.conf, its paths made this checkout's; config, logs and pid in target/nginx/.
start_nginx() {
  local dir="$ROOT/target/nginx"
  mkdir -p "$dir"
  local snippet
  snippet="$(sed -e "s#/tools/refund/#$2#g" -e "s#/srv/refund/dist/#$ROOT/dist/#g" docs/nginx.conf)"
  cat >"$dir/nginx.conf" <<CONF
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log $dir/access.log;
  client_body_temp_path $dir; proxy_temp_path $dir; fastcgi_temp_path $dir; uwsgi_temp_path $dir; scgi_temp_path $dir;
  server {
    listen 127.0.0.1:$1;
$snippet
  }
}
CONF
  nginx -c "$dir/nginx.conf" -p "$dir" -g 'daemon off;' >"$LOG_DIR/nginx.log" 2>&1 &
  STATIC_PIDS+=($!)
  wait_served "http://127.0.0.1:$1$2" "starting nginx on port $1" "$LOG_DIR/nginx.log"
}

# wait_served URL WHAT LOG: waits up to 5 s for URL to answer; else fails the layer WHAT.
wait_served() {
  for _ in $(seq 1 50); do
    if curl -fsS "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  fail_layer "$2" "$3"
}

# start_static DIR PORT [PREFIX]: a loopback static server for dist/ (no trunk, no network),
# at the root of the host or under the folder PREFIX (/a/b/refund/)
start_static() {
  local prefix="${3:-/}"
  node e2e/static-server.mjs "$1" "$2" 127.0.0.1 "$prefix" >"$LOG_DIR/static-$2.log" 2>&1 &
  STATIC_PIDS+=($!)
  wait_served "http://127.0.0.1:$2$prefix" "starting the static server on port $2" "$LOG_DIR/static-$2.log"
}

build_release() {
  trunk build --release
}

cmd_test() {
  ensure_tools
  mkdir -p "$LOG_DIR"
  run_layer "cargo fmt --check" none cargo fmt --all --check
  run_layer "clippy native" none cargo clippy --workspace --all-targets --features ssr -- -D warnings
  run_layer "clippy wasm32" none cargo clippy -p cloud-refund-calculator --all-targets --target "$WASM_TARGET" --features hydration -- -D warnings
  run_layer "native tests" count_cargo cargo test --workspace --features ssr
  run_layer "guides (python3 guides/check.py)" none python3 guides/check.py
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    run_layer "browser tests (wasm-bindgen-test, headless Chromium)" count_cargo \
    cargo test --target "$WASM_TARGET" --features hydration --test web
  run_layer "trunk build --release" none build_release
  trap stop_static EXIT
  # E2E_PORT (default 4510) and the next three ports: two test runs on one machine need
  # different ones. The first two serve dist/ at the root of the host, the next two under a
  # folder, as a GitHub Pages project site or a folder of a blog would.
  local port="${E2E_PORT:-4510}" sub=/a/b/refund/
  start_static dist "$port"
  start_static dist "$((port + 1))"
  start_static dist "$((port + 2))" "$sub"
  start_static dist "$((port + 3))" "$sub"
  # nginx, when Debian's is installed (apt-get install nginx-light), on the port after those.
  local nginx_url=""
  if command -v nginx >/dev/null; then
    start_nginx "$((port + 4))" "$sub"
    nginx_url="http://127.0.0.1:$((port + 4))$sub"
  else
    say "nginx is not installed: the nginx recipe is not tried (apt-get install nginx-light)"
  fi
  E2E_BASE_URL="http://127.0.0.1:$port" E2E_OTHER_ORIGIN="http://localhost:$((port + 1))" \
    E2E_SUBPATH_URL="http://127.0.0.1:$((port + 2))$sub" \
    E2E_OTHER_SUBPATH_URL="http://localhost:$((port + 3))$sub" E2E_NGINX_URL="$nginx_url" \
    run_layer "e2e (Playwright, headless Chromium)" count_playwright \
    bash -c 'cd e2e && npx playwright test'
  finish
}

cmd_serve() {
  ensure_tools
  local port="${PORT:-8080}"
  say "serving on http://127.0.0.1:$port/ (Ctrl-C stops)"
  exec trunk serve --address 127.0.0.1 --port "$port"
}

# Not a test: prints figures against their targets (docs/benchmark.md) and says by how much a miss misses.
# Serves dist/ on 127.0.0.1:BENCH_PORT (default 4520); e2e/bench.mjs serves the script-free floor
# on the next port.
cmd_bench() {
  local port="${BENCH_PORT:-4520}"
  ensure_tools
  mkdir -p "$LOG_DIR"
  # Always the release build: `trunk serve` leaves a debug build in dist/. Quick when up to date.
  say "trunk build --release"
  build_release
  say "evaluate() per call (cargo bench --bench evaluate)"
  local evaluate
  evaluate="$(cargo bench -p refund-rules --bench evaluate | grep '^evaluate():')"
  echo "$evaluate"
  trap stop_static EXIT
  start_static dist "$port"
  say "sizes, Lighthouse, page timings (node e2e/bench.mjs, about 3 minutes)"
  node e2e/bench.mjs "http://127.0.0.1:$port" --dist dist --floor-port "$((port + 1))" --evaluate "$evaluate"
}

cmd_fuzz() {
  local secs="${FUZZ_SECONDS:-300}"
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz with cargo (about 2 minutes, once)"
    cargo +nightly install cargo-fuzz
  fi
  for target in $(cd fuzz && cargo +nightly fuzz list); do
    say "fuzzing $target for $secs s"
    (cd fuzz && cargo +nightly fuzz run "$target" -- -max_total_time="$secs" 2>&1 | tail -n 5)
  done
}

case "${1:-}" in
  test) cmd_test ;;
  serve) cmd_serve ;;
  bench) cmd_bench ;;
  fuzz) cmd_fuzz ;;
  *)
    echo "usage: ./run.sh serve | test | bench | fuzz" >&2
    exit 2
    ;;
esac
