#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ (git-ignored) with seeds: the committed seeds in fuzz/seeds/,
# the checks' fixtures, examples/, tests/ data, the regression inputs, and a deterministic
# sample of ../shared/corpus when it is there. Safe to run again (files are named by content).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
shared="${POSTURE_SHARED_CORPUS:-$repo/../shared/corpus}"
max_bytes="${SEED_MAX_BYTES:-65536}"
sample="${SEED_SAMPLE:-150}"   # at most this many files per target from the shared corpus

add() { # add TARGET FILE...
  local t="$1"; shift
  mkdir -p "$here/corpus/$t"
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    [ "$(stat -c %s "$f")" -le "$max_bytes" ] || continue
    cp "$f" "$here/corpus/$t/$(sha1sum "$f" | cut -c1-16)"
  done
}
# find ROOT -name PATTERN... ; prints NUL-free paths, one a line, sorted
files() { local root="$1"; shift; [ -d "$root" ] && find "$root" -type f \( "$@" \) | LC_ALL=C sort || true; }
# every Nth line so that at most $sample remain
pick() { awk -v n="$sample" '{a[NR]=$0} END {s=int((NR+n-1)/n); if (s<1) s=1; for (i=1;i<=NR;i+=s) print a[i]}'; }

mapfile -t tf < <(files "$repo/checks" -name '*.tf'; files "$repo/examples" -name '*.tf'; files "$repo/tests" -name '*.tf' -o -name '*.tfvars')
mapfile -t tfs < <(files "$shared" -name '*.tf' | pick)
add scan_tf "${tf[@]}" "${tfs[@]}"

mapfile -t tfjson < <(files "$repo/tests" -name '*.tf.json'; files "$here/seeds/scan_tf_json" -name '*')
mapfile -t cfnjson < <(files "$shared/cloudformation" -name '*.json' | head -20)
add scan_tf_json "${tfjson[@]}" "${cfnjson[@]}"

mapfile -t yaml < <(files "$repo/checks" -name '*.yaml' -o -name '*.yml'; files "$repo/examples" -name '*.yaml' -o -name '*.yml' -o -name '*.template'; files "$repo/tests" -name '*.yaml')
mapfile -t yamls < <(files "$shared" -name '*.yaml' -o -name '*.yml' -o -name '*.template' | pick)
add scan_yaml "${yaml[@]}" "${yamls[@]}"

mapfile -t json < <(files "$repo/checks" -name '*.json'; files "$repo/examples" -name '*.json'; files "$repo/tests/data" -name '*.json')
mapfile -t jsons < <(files "$shared" -name '*.json' | pick)
add scan_json "${json[@]}" "${jsons[@]}"

# Suppression comments: files that have some, and a sample of the rest.
mapfile -t supp < <(grep -rlE 'posture:ignore|checkov:skip|tfsec:ignore|trivy:ignore' "$repo/checks" "$repo/examples" "$repo/tests" 2>/dev/null | LC_ALL=C sort; printf '%s\n' "${tf[@]}" | pick | head -40)
add suppress_directives "${supp[@]}"

mapfile -t toml < <(files "$here/seeds/config_parse" -name '*')
add config_parse "${toml[@]}"

mapfile -t lsp < <(files "$here/seeds/lsp_messages" -name '*')
add lsp_messages "${lsp[@]}"

# lsp_position takes structured (arbitrary) input: libFuzzer starts it from nothing.
mkdir -p "$here/corpus/lsp_position"

# Regression inputs (tests/fuzz_regressions/<target>/...) go back into their corpora.
for d in "$repo"/tests/fuzz_regressions/*/; do
  [ -d "$d" ] || continue
  mapfile -t reg < <(files "$d" -name '*')
  add "$(basename "$d")" "${reg[@]}"
done

for d in "$here"/corpus/*/; do printf '%-22s %5d seeds\n' "$(basename "$d")" "$(ls "$d" | wc -l)"; done
