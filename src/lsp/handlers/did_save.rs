//! `textDocument/didSave`: the file on disk changed, which other modules may read; re-lint.

use lsp_types::DidSaveTextDocumentParams;

use crate::lsp::documents::ModuleKey;
use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, p: DidSaveTextDocumentParams) {
    let uri = p.text_document.uri;
    let path = crate::lsp::uri::to_path(&uri);
    if path
        .as_deref()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == crate::config::FILE_NAME)
    {
        server.touch_all();
        return;
    }
    match server.docs.get(&uri).and_then(|d| d.module()) {
        Some(ModuleKey::Dir(dir)) => server.touch_dir(&dir),
        Some(key) => server.touch(&key),
        None => {
            if let Some(dir) = path.as_deref().and_then(|p| p.parent()) {
                server.touch_dir(dir);
            }
        }
    }
}
