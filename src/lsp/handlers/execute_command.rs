//! `workspace/executeCommand`: `posture.explain ID` returns the check's documentation
//! (markdown).

use lsp_server::ErrorCode;
use lsp_types::ExecuteCommandParams;

use super::Reply;
use crate::lsp::server::Server;

pub const EXPLAIN: &str = "posture.explain";

pub(in crate::lsp) fn handle(_server: &mut Server, p: ExecuteCommandParams) -> Reply {
    if p.command != EXPLAIN {
        return Err((
            ErrorCode::InvalidParams,
            format!("unknown command {:?}", p.command),
        ));
    }
    let id = p
        .arguments
        .first()
        .and_then(|a| a.as_str().or_else(|| a.get("id").and_then(|v| v.as_str())))
        .ok_or((
            ErrorCode::InvalidParams,
            format!("{EXPLAIN} takes a check id"),
        ))?;
    match crate::registry::find(id) {
        Some(check) => Ok(serde_json::Value::String(crate::docs::markdown(check))),
        None => Err((ErrorCode::InvalidParams, format!("no check with id {id:?}"))),
    }
}
