#!/usr/bin/env bash
# Fuzz smoke test: builds every fuzz target and runs each for N seconds (default 30) from the
# seed corpus (seed.sh). Fails if any target crashes, hangs (30 s per input) or runs out of
# memory; the input that did it is left in fuzz/artifacts/<target>/.
#
#   fuzz/smoke.sh [SECONDS]        # or FUZZ_SECONDS=N
#
# Uses the nightly toolchain when there is one (or FUZZ_TOOLCHAIN), else the default
# toolchain with RUSTC_BOOTSTRAP=1 (enough without a sanitizer); installs cargo-fuzz if
# missing. FUZZ_SANITIZER (default none: Posture has no unsafe code, and without ASan every
# target runs about twice as fast) may be set to address, which needs nightly.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
secs="${1:-${FUZZ_SECONDS:-30}}"
sanitizer="${FUZZ_SANITIZER:-none}"
start=$(date +%s)

toolchain="${FUZZ_TOOLCHAIN:-}"
if [ -z "$toolchain" ] && cargo +nightly --version >/dev/null 2>&1; then
  toolchain=nightly
fi
if [ -n "$toolchain" ]; then
  cargo=(cargo "+$toolchain")
  rustc=(rustc "+$toolchain")
elif [ "$sanitizer" = none ]; then
  echo "fuzz smoke: no nightly toolchain; using $(rustc --version) with RUSTC_BOOTSTRAP=1"
  export RUSTC_BOOTSTRAP=1
  cargo=(cargo)
  rustc=(rustc)
else
  echo "fuzz smoke: sanitizer $sanitizer needs a nightly toolchain"; exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

echo "== building the fuzz targets (sanitizer: $sanitizer)"
"${cargo[@]}" fuzz build -s "$sanitizer"
built=$(date +%s)
triple=$("${rustc[@]}" -vV | sed -n 's/^host: //p')
target_dir="${CARGO_TARGET_DIR:-$here/target}"
bin="$target_dir/$triple/release"

echo "== seeding the corpora"
./seed.sh

# The language-server target writes a scratch workspace under the temporary directory.
export TMPDIR="$target_dir/tmp"
mkdir -p "$TMPDIR" artifacts/logs
export RUST_BACKTRACE=1
failed=()
for t in $("${cargo[@]}" fuzz list); do
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
