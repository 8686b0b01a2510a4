#!/usr/bin/env bash
# Fuzz smoke test: builds every fuzz target and runs each for N seconds (default 30) from the
# seed corpus (seed.sh). Fails if any target crashes, hangs (30 s per input) or runs out of
# memory; the input that did it is left in fuzz/artifacts/<target>/.
#
#   fuzz/smoke.sh [SECONDS]        # or FUZZ_SECONDS=N
#
# Needs a nightly toolchain (FUZZ_TOOLCHAIN, default nightly); installs cargo-fuzz if missing.
# FUZZ_SANITIZER (default none: Posture has no unsafe code, and without ASan every target
# runs about twice as fast) may be set to address.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
secs="${1:-${FUZZ_SECONDS:-30}}"
toolchain="${FUZZ_TOOLCHAIN:-nightly}"
sanitizer="${FUZZ_SANITIZER:-none}"
start=$(date +%s)

if ! cargo "+$toolchain" --version >/dev/null 2>&1; then
  echo "fuzz smoke: no '$toolchain' toolchain (rustup toolchain install $toolchain)"; exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

echo "== building the fuzz targets (sanitizer: $sanitizer)"
cargo "+$toolchain" fuzz build -s "$sanitizer"
built=$(date +%s)
triple=$(rustc "+$toolchain" -vV | sed -n 's/^host: //p')
bin="$here/target/$triple/release"

echo "== seeding the corpora"
./seed.sh

# The language-server target writes a scratch workspace under the temporary directory.
export TMPDIR="$here/target/tmp"
mkdir -p "$TMPDIR" artifacts/logs
export RUST_BACKTRACE=1
failed=()
for t in $(cargo "+$toolchain" fuzz list); do
  mkdir -p "artifacts/$t" "corpus/$t"
  dict=()
  [ -f "dict/$t.dict" ] && dict=("-dict=dict/$t.dict")
  log="artifacts/logs/$t.log"
  echo "== $t (${secs}s)"
  set +e
  "$bin/$t" -max_total_time="$secs" -timeout=30 -rss_limit_mb=4096 -max_len=32768 \
    -print_final_stats=1 "${dict[@]}" -artifact_prefix="artifacts/$t/" "corpus/$t" > "$log" 2>&1
  code=$?
  set -e
  grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || true
  grep -E 'stat::(number_of_executed_units|average_exec_per_sec)' "$log" || true
  if [ "$code" -ne 0 ]; then
    echo "!! $t failed (exit $code):"; tail -n 40 "$log"
    failed+=("$t")
  fi
done
rm -rf "$TMPDIR"

end=$(date +%s)
echo "== fuzz smoke: build $((built - start))s, total $((end - start))s"
if [ "${#failed[@]}" -ne 0 ]; then
  echo "fuzz smoke failed: ${failed[*]} (inputs in fuzz/artifacts/)"; exit 1
fi
echo "fuzz smoke: all targets ran ${secs}s without a crash"
