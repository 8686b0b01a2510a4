//! Posture: a static linter for cloud security misconfigurations in infrastructure-as-code.
//!
//! The pipeline, in order: [`discover`] → parse ([`terraform`]) → lower into the [`graph`] →
//! run [`check`]s from the [`registry`] → [`report`]. [`scan`] runs it end to end.

pub mod baseline;
pub mod check;
pub mod cloudformation;
pub mod compliance;
pub mod config;
pub mod diagnostics;
pub mod discover;
pub mod docs;
pub mod facts;
pub mod fix;
pub mod gitdiff;
pub mod graph;
pub mod kubernetes;
pub mod lsp;
pub mod net;
pub mod policy;
pub mod redact;
pub mod registry;
pub mod report;
pub mod scan;
pub mod source;
pub mod suppress;
pub mod syntax;
pub mod terraform;
pub mod value;
