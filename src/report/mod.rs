//! Reports: the scan result rendered for people (compiler-style diagnostics) and machines
//! (JSON). Reporters only read a [`ScanResult`]; they never re-run a stage.

pub mod cli;
pub mod json;

use crate::check::Severity;
use crate::scan::ScanResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Compiler-style diagnostics with source excerpts.
    Cli,
    /// The versioned JSON document.
    Json,
}

/// Counts of findings per severity.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Counts {
    pub critical: usize,
    pub high: usize,
    pub medium: usize,
    pub low: usize,
    /// Findings silenced by a suppression (not in the counts above).
    pub suppressed: usize,
}

impl Counts {
    pub fn of(result: &ScanResult) -> Counts {
        let mut c = Counts::default();
        for f in result.findings.iter().filter(|f| f.suppressed.is_none()) {
            match f.severity {
                Severity::Critical => c.critical += 1,
                Severity::High => c.high += 1,
                Severity::Medium => c.medium += 1,
                Severity::Low => c.low += 1,
            }
        }
        c.suppressed = result
            .findings
            .iter()
            .filter(|f| f.suppressed.is_some())
            .count();
        c
    }
}
