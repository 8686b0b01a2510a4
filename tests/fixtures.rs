//! The fixture harness: one test per fixture file of every check under `checks/`.
//!
//! A fixture marks each expected finding on its line with `# expect: ID` (or `// expect: ID`,
//! several ids separated by commas). The harness scans the fixture alone and compares, exactly,
//! the (id, line) pairs of the check under test and of every other id the fixture marks.

use std::collections::BTreeSet;
use std::path::PathBuf;

use libtest_mimic::{Arguments, Failed, Trial};
use posture::check::Registered;
use posture::discover::FileKind;
use posture::docs::find_marker;
use posture::registry;
use posture::scan::{Input, Settings, scan_with};

fn expectations(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(at) = find_marker(line) {
            let rest = &line[at..];
            let rest = &rest[rest.find(':').map(|c| c + 1).unwrap_or(rest.len())..];
            for id in rest
                .split([',', ' '])
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                out.push((id.to_string(), i + 1));
            }
        }
    }
    out.sort();
    out
}

/// Expectations of a JSON fixture (JSON has no comments): its `NAME.expect` sidecar, one
/// `ID LINE` per line.
fn sidecar(reg: &Registered, name: &str) -> Option<Vec<(String, usize)>> {
    let side = format!("{name}.expect");
    let (_, text) = reg.fixtures.iter().find(|(n, _)| *n == side)?;
    let mut out: Vec<(String, usize)> = text
        .lines()
        .filter_map(|l| {
            let (id, line) = l.trim().split_once(' ')?;
            Some((id.to_string(), line.trim().parse().ok()?))
        })
        .collect();
    out.sort();
    Some(out)
}

fn run_fixture(reg: &Registered, name: &str, text: &str) -> Result<(), Failed> {
    let dir = reg.source.trim_end_matches(".rs");
    let display = format!("{dir}/{name}");
    let kind = FileKind::detect(&PathBuf::from(&display))
        .ok_or_else(|| format!("{display}: fixture of no supported format"))?;
    // `file()` may read files beside the fixture (a committed key file, a policy document).
    let settings = Settings {
        roots: vec![PathBuf::from(dir)],
        ..Settings::default()
    };
    let result = scan_with(
        vec![Input {
            path: PathBuf::from(&display),
            display: display.clone(),
            kind,
            text: Some(text.to_string()),
            context: false,
        }],
        None,
        &settings,
    );
    if let Some(p) = result.problems.first() {
        let (lc, _) = result.sources.line_col(p.span);
        return Err(format!("{display}:{}:{}: {}", lc.line, lc.column, p.message).into());
    }
    // Messages say what is wrong here, without a trailing period.
    if let Some(f) = result
        .findings
        .iter()
        .find(|f| f.message.trim_end().ends_with('.'))
    {
        return Err(format!("{display}: message ends with a period: {:?}", f.message).into());
    }
    let expected = sidecar(reg, name).unwrap_or_else(|| expectations(text));
    let mut ids: BTreeSet<&str> = expected.iter().map(|(i, _)| i.as_str()).collect();
    ids.insert(reg.check.id);
    let mut actual: Vec<(String, usize)> = result
        .findings
        .iter()
        .filter(|f| ids.contains(f.check.id))
        .map(|f| {
            let (lc, _) = result.sources.line_col(f.span);
            (f.check.id.to_string(), lc.line)
        })
        .collect();
    actual.sort();
    let own = expected.iter().filter(|(i, _)| i == reg.check.id).count();
    if name.starts_with("fail") && own == 0 {
        return Err(format!("{display}: a failing fixture must expect {}", reg.check.id).into());
    }
    if name.starts_with("pass") && own > 0 {
        return Err(format!(
            "{display}: a passing fixture must not expect {}",
            reg.check.id
        )
        .into());
    }
    if expected != actual {
        let messages: Vec<String> = result
            .findings
            .iter()
            .filter(|f| ids.contains(f.check.id))
            .map(|f| {
                let (lc, _) = result.sources.line_col(f.span);
                format!("  {}:{}: {} {}", lc.line, lc.column, f.check.id, f.message)
            })
            .collect();
        return Err(format!(
            "{display}: findings differ\n expected: {expected:?}\n   actual: {actual:?}\n{}",
            messages.join("\n")
        )
        .into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for reg in registry::all() {
        let dir = reg
            .source
            .trim_end_matches(".rs")
            .trim_start_matches("checks/");
        let has_fail = reg.fixtures.iter().any(|(n, _)| n.starts_with("fail"));
        let has_pass = reg.fixtures.iter().any(|(n, _)| n.starts_with("pass"));
        trials.push(Trial::test(format!("{dir}/has-fixtures"), move || {
            if has_fail && has_pass {
                Ok(())
            } else {
                Err(format!("{} needs fail* and pass* fixtures", reg.check.id).into())
            }
        }));
        for &(name, text) in reg.fixtures.iter().filter(|(n, _)| !n.ends_with(".expect")) {
            trials.push(Trial::test(format!("{dir}/{name}"), move || {
                run_fixture(reg, name, text)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
