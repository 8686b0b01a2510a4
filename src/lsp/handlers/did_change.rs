//! `textDocument/didChange`: apply full or incremental changes in the negotiated position
//! encoding, then re-lint the module (and the modules that call it).

use lsp_types::{DidChangeTextDocumentParams, MessageType};

use crate::lsp::documents::ModuleKey;
use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, p: DidChangeTextDocumentParams) {
    let enc = server.encoding;
    let uri = p.text_document.uri;
    let Some(doc) = server.docs.get_mut(&uri) else {
        server.log(
            MessageType::WARNING,
            format!(
                "posture: didChange for a document that is not open: {}",
                uri.as_str()
            ),
        );
        return;
    };
    doc.change(p.text_document.version, p.content_changes, enc);
    match doc.module() {
        Some(ModuleKey::Dir(dir)) => server.touch_dir(&dir),
        Some(key) => server.touch(&key),
        None => {}
    }
}
