//! `textDocument/codeAction`: the fixes every provider offers for the findings in the range.

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, DocumentChanges, OneOf,
    OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, WorkspaceEdit,
};

use super::{Reply, ok, overlaps};
use crate::lsp::fixes::{FixContext, providers};
use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, p: CodeActionParams) -> Reply {
    let uri = p.text_document.uri;
    if let Some(only) = &p.context.only
        && !only
            .iter()
            .any(|k| CodeActionKind::QUICKFIX.as_str().starts_with(k.as_str()))
    {
        return ok(Vec::<CodeActionOrCommand>::new());
    }
    let (Some(published), Some(doc)) = (server.published.get(uri.as_str()), server.docs.get(&uri))
    else {
        return ok(Vec::<CodeActionOrCommand>::new());
    };
    // Without versioned edits a stale position could land anywhere: offer nothing until the
    // document's current version is linted.
    if !server.caps.document_changes && doc.version != published.version {
        return ok(Vec::<CodeActionOrCommand>::new());
    }
    let asked: Vec<_> = p
        .context
        .diagnostics
        .iter()
        .map(|d| (&d.code, d.range))
        .collect();
    let mut actions = Vec::new();
    let mut seen = Vec::new();
    for flagged in &published.flagged {
        let named = asked
            .iter()
            .any(|(code, range)| *code == &flagged.diagnostic.code && *range == flagged.range);
        if !(named || overlaps(&flagged.range, &p.range)) {
            continue;
        }
        let ctx = FixContext {
            kind: published.kind,
            eol: published.eol,
            flagged,
        };
        for provider in providers() {
            for fix in provider.fixes(&ctx) {
                let key = (fix.title.clone(), fix.edits.clone());
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let edit = if server.caps.document_changes {
                    WorkspaceEdit {
                        document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                            text_document: OptionalVersionedTextDocumentIdentifier {
                                uri: uri.clone(),
                                version: Some(published.version),
                            },
                            edits: fix.edits.into_iter().map(OneOf::Left).collect(),
                        }])),
                        ..Default::default()
                    }
                } else {
                    WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), fix.edits)])),
                        ..Default::default()
                    }
                };
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![flagged.diagnostic.clone()]),
                    edit: Some(edit),
                    is_preferred: fix.preferred.then_some(true),
                    ..Default::default()
                }));
            }
        }
    }
    ok(actions)
}
