//! `textDocument/didClose`: clear the document's diagnostics; its module now reads the file
//! from disk, so lint the module's other open documents again.

use lsp_types::DidCloseTextDocumentParams;

use crate::lsp::documents::ModuleKey;
use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, p: DidCloseTextDocumentParams) {
    let uri = p.text_document.uri;
    let Some(doc) = server.docs.close(&uri) else {
        return;
    };
    server.clear(&uri);
    match doc.module() {
        Some(ModuleKey::Dir(dir)) => server.touch_dir(&dir),
        Some(key) => server.touch(&key),
        None => {}
    }
}
