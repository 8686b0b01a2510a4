//! Shared helpers for Posture's fuzz targets (see `fuzz/README.md`).
//!
//! What counts as a crash:
//! - any panic, on any thread (the scan's rayon workers, the language server's threads),
//!   including panics the library catches and turns into "internal error" problems (a check
//!   that panics, a lint job that panics): those are bugs too;
//! - a scan result whose spans point outside their file, or at a file that does not exist;
//! - a hang (libFuzzer's `-timeout`) or runaway memory (`-rss_limit_mb`, `-malloc_limit_mb`).
//!
//! The one exception: a panic raised inside the `saphyr` YAML crates is caught on purpose by
//! `syntax::yaml::parse` ("internal error in the YAML parser; document skipped"), so it is
//! not a crash here unless `POSTURE_FUZZ_STRICT_SAPHYR=1` is set.

use std::path::PathBuf;
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

use posture::discover::FileKind;
use posture::scan::{Input, ScanResult};

/// Panics raised inside saphyr and caught by the YAML front end (for the record).
pub static SAPHYR_PANICS: AtomicUsize = AtomicUsize::new(0);

/// Installs the panic policy once: abort on every panic (so libFuzzer records a crash with
/// the panicking thread's stack) except panics inside saphyr, which the YAML front end
/// catches by design.
pub fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let strict = std::env::var_os("POSTURE_FUZZ_STRICT_SAPHYR").is_some_and(|v| v == "1");
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_saphyr = info.location().is_some_and(|l| l.file().contains("saphyr"));
            if in_saphyr && !strict {
                SAPHYR_PANICS.fetch_add(1, Ordering::Relaxed);
                return;
            }
            default_hook(info);
            std::process::abort();
        }));
    });
}

/// The fuzz input as text: valid UTF-8 as is, anything else lossily (the scan reads files as
/// UTF-8 and reports other bytes as a problem, which is not worth fuzzing).
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Scans one in-memory file through the whole pipeline (parse, lower, evaluate, checks,
/// suppressions), renders it, and checks the result's invariants.
pub fn scan_one(name: &str, kind: FileKind, data: &[u8]) -> ScanResult {
    init();
    let input = Input {
        path: PathBuf::from(name),
        display: name.to_string(),
        kind,
        text: Some(text(data)),
        context: false,
    };
    let result = posture::scan::scan_inputs(vec![input], None);
    check_result(&result);
    result
}

/// Invariants of a scan result; a violation panics (a crash for libFuzzer).
pub fn check_result(result: &ScanResult) {
    assert!(
        !posture::scan::has_internal_error(result),
        "internal error in the scan: {:?}",
        result
            .problems
            .iter()
            .filter(|p| p.message.starts_with("internal error"))
            .map(|p| &p.message)
            .collect::<Vec<_>>()
    );
    let n = result.sources.len();
    let spans = result
        .findings
        .iter()
        .flat_map(|f| {
            std::iter::once((f.span, "finding"))
                .chain(std::iter::once((f.resource_span, "resource span")))
                .chain(f.related.iter().map(|(s, _)| (*s, "related")))
        })
        .chain(result.problems.iter().map(|p| (p.span, "problem")));
    for (span, what) in spans {
        if n == 0 {
            // No file was read (an empty input list): only default spans can exist.
            continue;
        }
        assert!(
            (span.file.0 as usize) < n,
            "{what} span in file {} of {n}",
            span.file.0
        );
        let len = result.sources.get(span.file).text.len();
        assert!(
            span.start <= span.end && span.end as usize <= len,
            "{what} span {}..{} outside its file (len {len})",
            span.start,
            span.end
        );
    }
    // Reporters read every span: render the two that do the most with them.
    let _ = posture::report::cli::render(result, false);
    let _ = posture::report::json::render(result);
}
