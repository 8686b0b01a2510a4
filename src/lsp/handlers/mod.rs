//! One file per LSP method. Requests return their result (or an error code and message);
//! notifications change the server state and schedule lint jobs.

pub(super) mod code_action;
pub(super) mod diagnostic;
pub(super) mod did_change;
pub(super) mod did_change_configuration;
pub(super) mod did_change_watched_files;
pub(super) mod did_close;
pub(super) mod did_open;
pub(super) mod did_save;
pub(super) mod execute_command;
pub(super) mod hover;
pub(super) mod initialize;

use lsp_server::ErrorCode;

/// What a request handler returns.
pub(super) type Reply = Result<serde_json::Value, (ErrorCode, String)>;

/// Serializes a result (serialization of lsp-types values does not fail).
pub(super) fn ok<T: serde::Serialize>(v: T) -> Reply {
    serde_json::to_value(v).map_err(|e| (ErrorCode::InternalError, e.to_string()))
}

/// Whether a position is inside a range (ends included).
pub(super) fn contains(r: &lsp_types::Range, p: lsp_types::Position) -> bool {
    (r.start.line, r.start.character) <= (p.line, p.character)
        && (p.line, p.character) <= (r.end.line, r.end.character)
}

/// Whether two ranges overlap or touch.
pub(super) fn overlaps(a: &lsp_types::Range, b: &lsp_types::Range) -> bool {
    contains(a, b.start) || contains(a, b.end) || contains(b, a.start)
}
