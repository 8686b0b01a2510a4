//! `textDocument/didOpen`: track the document and lint its module.

use lsp_types::DidOpenTextDocumentParams;

use crate::lsp::documents::Document;
use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, p: DidOpenTextDocumentParams) {
    let d = p.text_document;
    let doc = Document::new(d.uri, &d.language_id, d.version, d.text);
    let module = doc.module();
    server.docs.open(doc);
    match module {
        Some(crate::lsp::documents::ModuleKey::Dir(dir)) => server.touch_dir(&dir),
        Some(key) => server.touch(&key),
        None => {}
    }
}
