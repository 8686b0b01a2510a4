#!/usr/bin/env bash
# Runtime proof of "no network, no execution, no writes but the outputs": traces a scan of
# examples/ (and ../shared/corpus when it is there) with strace and fails on any socket call,
# any program executed (beyond posture itself) and any file opened for writing, created,
# renamed or removed other than the named reports.
#
#   bench/no_network.sh [POSTURE_BINARY]     # default target/release/posture (built if missing)
#
# Skips (exit 0) with a message when strace is not installed or cannot trace here.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/posture}"
if ! command -v strace >/dev/null 2>&1; then
  echo "no_network: strace is not installed; skipped"; exit 0
fi
if [ ! -x "$bin" ]; then
  cargo build --release --locked -q
fi
if ! strace -f -o /dev/null true >/dev/null 2>&1; then
  echo "no_network: strace cannot trace here (ptrace not permitted); skipped"; exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
roots=(examples)
[ -d ../shared/corpus ] && roots+=(../shared/corpus)

failed=0
for root in "${roots[@]}"; do
  log="$out/trace.txt"
  set +e
  strace -f -qq -o "$log" \
    -e trace=%network,execve,execveat,fork,vfork,open,openat,openat2,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,rmdir,symlink,symlinkat,link,linkat,truncate,chmod,fchmodat,chown,fchownat \
    "$bin" scan "$root" --no-progress --exit-zero \
      --format json -o "$out/r.json" \
      --output-format "sarif:$out/r.sarif" \
      --output-format "junit:$out/r.xml" >/dev/null 2>"$out/stderr.txt"
  code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    echo "no_network: the scan of $root failed (exit $code)"; cat "$out/stderr.txt"; exit 1
  fi
  # The first execve is posture itself.
  execs=$(grep -E '(^|[[:space:]])execve(at)?\(' "$log" | tail -n +2 || true)
  net=$(grep -E '(^|[[:space:]])(socket|connect|bind|listen|accept4?|sendto|sendmsg|recvfrom|recvmsg|socketpair)\(' "$log" || true)
  forks=$(grep -E '(^|[[:space:]])v?fork\(' "$log" || true)
  writes=$(grep -E '(open|openat|openat2|creat)\(' "$log" | grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|creat\(' \
    | grep -vF -e "\"$out/r.json\"" -e "\"$out/r.sarif\"" -e "\"$out/r.xml\"" || true)
  changes=$(grep -E '(^|[[:space:]])(rename|renameat2?|unlink|unlinkat|mkdir|mkdirat|rmdir|symlink|symlinkat|link|linkat|truncate|chmod|fchmodat|chown|fchownat)\(' "$log" || true)
  calls=$(wc -l < "$log")
  bad=0
  for what in execs net forks writes changes; do
    if [ -n "${!what}" ]; then
      echo "no_network: $what during the scan of $root:"; echo "${!what}" | head -n 20
      bad=1
    fi
  done
  for f in r.json r.sarif r.xml; do
    [ -s "$out/$f" ] || { echo "no_network: $f was not written"; bad=1; }
  done
  if [ "$bad" -eq 0 ]; then
    echo "no_network: $root: $calls traced calls; no socket, no exec, writes only to the 3 reports"
  fi
  failed=$((failed | bad))
  rm -f "$out"/r.*
done
exit "$failed"
