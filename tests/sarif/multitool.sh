#!/usr/bin/env bash
# Validates a SARIF log with Microsoft's SARIF multitool: the SARIF rules (SARIF1xxx errors,
# SARIF2xxx warnings) and GitHub code scanning's ingestion rules (GH1xxx), at the tool's default
# levels (errors and warnings). The multitool exits 0 even when it finds problems, so this reads
# its output log and fails when that log has any result.
#
#   tests/sarif/multitool.sh FILE        (needs node/npx and the npm registry)
#
# Notes for maintainers: the npm launcher of @microsoft/sarif-multitool runs the native tool
# through a shell (`child_process.spawnSync(..., {shell: true})`), so every argument is quoted
# here for that second shell (`Gh;Sarif` would otherwise end the command at `;`). Version 5.7
# of the tool no longer knows `--force`; `--log ForceOverwrite` replaces it.
set -euo pipefail

file=${1:?usage: tests/sarif/multitool.sh FILE}
[ -f "$file" ] || { echo "multitool.sh: no such file: $file" >&2; exit 2; }
version=${SARIF_MULTITOOL_VERSION:-5.7.0}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/validation.sarif"

# Quote one argument for a POSIX shell.
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

npx --yes "@microsoft/sarif-multitool@$version" validate "$(q "$file")" \
    --rule-kind "$(q 'Gh;Sarif')" --output "$(q "$out")" --log ForceOverwrite \
    >"$work/console.txt" 2>&1 || true

if [ ! -s "$out" ]; then
    echo "multitool.sh: the multitool wrote no log; its output was:" >&2
    cat "$work/console.txt" >&2
    exit 2
fi

node - "$out" "$file" <<'EOF'
const fs = require('fs');
const [out, file] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(out, 'utf8'));
let problems = 0;
for (const run of log.runs || []) {
  const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
  for (const inv of run.invocations || []) {
    for (const n of [...(inv.toolExecutionNotifications || []), ...(inv.toolConfigurationNotifications || [])]) {
      if (n.level === 'error') {
        problems++;
        console.log(`tool error: ${(n.message && n.message.text) || JSON.stringify(n)}`);
      }
    }
    if (inv.executionSuccessful === false) {
      problems++;
      console.log('the multitool did not complete its analysis');
    }
  }
  for (const r of run.results || []) {
    problems++;
    const rule = rules[r.ruleIndex] || {};
    const id = r.ruleId || rule.id || '?';
    const name = rule.name ? ` ${rule.name}` : '';
    const msgId = r.message && r.message.id;
    const template = msgId && rule.messageStrings && rule.messageStrings[msgId];
    let text = (r.message && r.message.text) || (template && template.text) || msgId || '';
    (r.message && r.message.arguments || []).forEach((a, i) => { text = text.split(`{${i}}`).join(a); });
    console.log(`${r.level || 'warning'} ${id}${name}: ${text}`);
  }
}
if (problems > 0) {
  console.log(`${file}: ${problems} problem(s) found by the SARIF multitool`);
  process.exit(1);
}
console.log(`${file}: valid (SARIF multitool, rule kinds Gh;Sarif: no errors or warnings)`);
EOF
