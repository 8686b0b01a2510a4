//! Inputs found by the fuzz targets in `fuzz/` (minimized with `cargo fuzz tmin`), replayed
//! through the same entry points so the bugs they found stay fixed.
//!
//! `tests/fuzz_regressions/<target>/<name>` is an input of fuzz target `<target>`; each test
//! below replays every input of one target and reports all failures at once. A panic, an
//! "internal error" problem, a span outside its file or a run longer than a minute fails.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use posture::discover::FileKind;
use posture::scan::Input;
use posture::source::FileId;

const LIMIT: Duration = Duration::from_secs(60);

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(target);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Runs `f` on every input of a target, each on its own thread with a time limit; fails with
/// the list of inputs that panicked or hung.
fn replay(target: &str, f: fn(&[u8])) {
    let mut failures = Vec::new();
    for path in inputs(target) {
        let data = std::fs::read(&path).expect("read input");
        let (tx, rx) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&data)));
                let _ = tx.send(outcome.is_ok());
            })
            .expect("spawn");
        match rx.recv_timeout(LIMIT) {
            Ok(true) => {
                let _ = worker.join();
            }
            Ok(false) => failures.push(format!("{}: panicked", path.display())),
            Err(_) => failures.push(format!("{}: still running after {LIMIT:?}", path.display())),
        }
    }
    assert!(failures.is_empty(), "{target}:\n{}", failures.join("\n"));
}

fn scan(name: &str, kind: FileKind, data: &[u8]) {
    let input = Input {
        path: PathBuf::from(name),
        display: name.to_string(),
        kind,
        text: Some(String::from_utf8_lossy(data).into_owned()),
        context: false,
    };
    let result = posture::scan::scan_inputs(vec![input], None);
    let internal: Vec<&str> = result
        .problems
        .iter()
        .filter(|p| p.message.starts_with("internal error"))
        .map(|p| p.message.as_str())
        .collect();
    assert!(internal.is_empty(), "internal errors: {internal:?}");
    let spans = result
        .findings
        .iter()
        .flat_map(|f| std::iter::once(f.span).chain(f.related.iter().map(|(s, _)| *s)))
        .chain(result.problems.iter().map(|p| p.span));
    for span in spans {
        assert!((span.file.0 as usize) < result.sources.len().max(1));
        if !result.sources.is_empty() {
            let len = result.sources.get(span.file).text.len();
            assert!(
                span.start <= span.end && span.end as usize <= len,
                "span {span:?}"
            );
        }
    }
    let _ = posture::report::cli::render(&result, false);
    let _ = posture::report::json::render(&result);
}

#[test]
fn scan_tf() {
    replay("scan_tf", |d| scan("main.tf", FileKind::TerraformHcl, d));
}

#[test]
fn scan_tf_json() {
    replay("scan_tf_json", |d| {
        scan("main.tf.json", FileKind::TerraformJson, d)
    });
}

#[test]
fn scan_yaml() {
    replay("scan_yaml", |d| scan("template.yaml", FileKind::Yaml, d));
}

#[test]
fn scan_json() {
    replay("scan_json", |d| scan("input.json", FileKind::Json, d));
}

#[test]
fn suppress_directives() {
    replay("suppress_directives", |d| {
        let text = String::from_utf8_lossy(d);
        for foreign in [false, true] {
            for dir in posture::suppress::directives(FileId(0), &text, foreign) {
                let r = dir.span.range();
                assert!(r.end <= text.len() && text.is_char_boundary(r.start));
                assert!(text.is_char_boundary(r.end));
            }
        }
    });
}

#[test]
fn config_parse() {
    replay("config_parse", |d| {
        let text = String::from_utf8_lossy(d);
        if let Ok(loaded) = posture::config::parse(".posture.toml", &text, PathBuf::from(".")) {
            let rules = posture::config::Rules::from_config(&loaded.config);
            for check in posture::registry::checks() {
                let _ = rules.enabled(check);
                let _ = rules.severity_of(check);
            }
        }
    });
}
