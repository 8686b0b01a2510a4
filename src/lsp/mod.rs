//! The language server (`posture lsp`): LSP 3.17 over stdio, a thin front end over
//! [`crate::scan`].
//!
//! The main loop ([`server`]) owns the state and handles one message at a time, one file per
//! LSP method under [`handlers`]. Edits start lint jobs on a worker pool ([`lint`]): a job
//! builds `scan::Input`s from a Terraform module's open buffers (unsaved text wins) and the
//! module's other files on disk, calls `scan::scan_with`, and maps findings and problems to
//! diagnostics. A job's result is published only if its module did not change meanwhile, so
//! the latest document version always wins. **Invariant:** the server never parses,
//! evaluates, checks or suppresses anything itself.

pub mod documents;
pub mod fixes;
mod handlers;
pub mod lint;
pub mod position;
mod server;
pub mod settings;
pub mod syntax;
pub mod uri;

use lsp_server::Connection;
use lsp_types::InitializeParams;

pub use lint::ScanFn;

/// How to run the server.
pub struct Options {
    /// The scan to run (tests replace it to exercise failures).
    pub scan: ScanFn,
    /// Lint worker threads.
    pub workers: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            scan: lint::default_scan(),
            workers: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .clamp(1, 4),
        }
    }
}

/// Serves one client over a connection until `exit`. Returns the process exit code: 0 when
/// `exit` followed `shutdown`, 1 otherwise (including a client that disappears).
pub fn run(connection: Connection, options: Options) -> i32 {
    // Before `initialize`, lsp-server answers requests with ServerNotInitialized and drops
    // notifications; `exit` (or a closed connection) ends the server here.
    let (id, params, refresh) = loop {
        let (id, raw) = match connection.initialize_start() {
            Ok(x) => x,
            Err(_) => return 1,
        };
        // The specification spells it `workspace.diagnostics`, lsp-types `diagnostic`.
        let refresh = raw
            .pointer("/capabilities/workspace/diagnostics/refreshSupport")
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false);
        match serde_json::from_value::<InitializeParams>(raw) {
            Ok(p) => break (id, p, refresh),
            Err(e) => {
                let resp = lsp_server::Response::new_err(
                    id,
                    lsp_server::ErrorCode::InvalidParams as i32,
                    format!("invalid initialize params: {e}"),
                );
                let _ = connection.sender.send(resp.into());
            }
        }
    };
    let (jobs, outcomes) = server::workers(options.workers, options.scan);
    let mut server = handlers::initialize::handle(&connection, id, params, refresh, jobs);
    let code = server.main_loop(&connection.receiver, &outcomes);
    server.stop_workers();
    code
}

/// `posture lsp`: serves over stdin/stdout.
pub fn run_stdio() -> std::process::ExitCode {
    let (connection, io_threads) = Connection::stdio();
    let code = run(connection, Options::default());
    // The writer thread flushes what is queued once every sender is gone.
    let _ = io_threads.join();
    std::process::ExitCode::from(code as u8)
}
