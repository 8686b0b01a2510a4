//! `workspace/didChangeWatchedFiles`: a Terraform file or `.posture.toml` changed on disk.

use lsp_types::DidChangeWatchedFilesParams;

use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, p: DidChangeWatchedFilesParams) {
    let mut dirs = Vec::new();
    for change in p.changes {
        let Some(path) = crate::lsp::uri::to_path(&change.uri) else {
            continue;
        };
        if path
            .file_name()
            .is_some_and(|n| n == crate::config::FILE_NAME)
        {
            server.touch_all();
            return;
        }
        if let Some(dir) = path.parent() {
            dirs.push(dir.to_path_buf());
        }
    }
    dirs.sort();
    dirs.dedup();
    for d in dirs {
        server.touch_dir(&d);
    }
}
