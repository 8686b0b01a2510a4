//! `textDocument/hover`: on a flagged range, the documentation of the check(s) that flagged
//! it.

use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

use super::{Reply, contains, ok};
use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, p: HoverParams) -> Reply {
    let at = p.text_document_position_params;
    let Some(published) = server.published.get(at.text_document.uri.as_str()) else {
        return Ok(serde_json::Value::Null);
    };
    let mut hits: Vec<&crate::lsp::lint::Flagged> = published
        .flagged
        .iter()
        .filter(|f| contains(&f.range, at.position))
        .collect();
    // The most specific (narrowest) finding first.
    hits.sort_by_key(|f| {
        let r = f.range;
        (
            r.end.line - r.start.line,
            r.end.character.wrapping_sub(r.start.character),
        )
    });
    let Some(first) = hits.first() else {
        return Ok(serde_json::Value::Null);
    };
    let mut ids = Vec::new();
    let mut parts = Vec::new();
    for f in &hits {
        if !ids.contains(&f.check.id) {
            ids.push(f.check.id);
            parts.push(crate::docs::markdown(f.check));
        }
    }
    ok(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n---\n\n"),
        }),
        range: Some(first.range),
    })
}
