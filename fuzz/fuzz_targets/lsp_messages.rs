//! The language server, in process: `posture::lsp::run` over `lsp_server::Connection::memory()`
//! with the real scan on one lint worker, driven by the fuzz input read as a sequence of
//! JSON-RPC messages.
//!
//! Input format (one item per line, lines split on `\n`; JSON strings cannot hold a raw
//! newline, so document texts use `\n` escapes):
//! - line 1: the `initialize` params (an object; anything that is not valid
//!   `InitializeParams` is replaced by `{"capabilities": {}}`);
//! - each further line: a JSON-RPC message (request: `method` + `id`; notification: `method`
//!   without `id`; response: `id` + `result`/`error`, answering the server's own requests such
//!   as `workspace/configuration`). Lines that are not a message are skipped;
//! - a line `sync`: wait until pending lint jobs are done and their diagnostics published (so
//!   hover and code actions see them).
//!
//! At the end the harness waits for the lint jobs, sends `shutdown` and `exit`, and joins the
//! server. To keep runs deterministic and off the real file system, every string value that
//! is a `file:` URI is rewritten into a fixed scratch workspace (keeping the file name, and a
//! `mod/` directory for a local module), and `varFiles` entries are reduced to file names.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use posture::lsp::Options;
use serde_json::{Value, json};

/// Scans started and finished by the lint worker.
static STARTED: AtomicUsize = AtomicUsize::new(0);
static FINISHED: AtomicUsize = AtomicUsize::new(0);

const TIMEOUT: Duration = Duration::from_secs(20);

/// The scratch workspace: a Terraform module calling a local module, and a variables file.
fn workspace() -> &'static Path {
    static WS: OnceLock<PathBuf> = OnceLock::new();
    WS.get_or_init(|| {
        let ws = std::env::temp_dir().join(format!("posture-fuzz-lsp-{}", std::process::id()));
        let _ = std::fs::create_dir_all(ws.join("mod"));
        let files = [
            (
                "main.tf",
                "module \"m\" {\n  source = \"./mod\"\n  public = var.public\n}\n\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n",
            ),
            ("variables.tf", "variable \"public\" {\n  default = true\n}\n"),
            ("terraform.tfvars", "public = true\n"),
            (
                "mod/main.tf",
                "variable \"public\" {}\n\nresource \"aws_db_instance\" \"db\" {\n  engine              = \"postgres\"\n  publicly_accessible = var.public\n  storage_encrypted   = false\n}\n",
            ),
        ];
        for (name, text) in files {
            let _ = std::fs::write(ws.join(name), text);
        }
        ws.canonicalize().unwrap_or(ws)
    })
}

fn sanitize(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    match s.as_str() {
        "" | "." | ".." => "main.tf".to_string(),
        _ => s,
    }
}

/// The scratch path a `file:` URI (or any path) stands for.
fn scratch_path(s: &str) -> PathBuf {
    let path = s.split(['?', '#']).next().unwrap_or(s);
    let mut parts = path.rsplit('/').filter(|p| !p.is_empty());
    let last = parts.next().unwrap_or("");
    let ws = workspace();
    if last == "mod" {
        // The local module's directory.
        ws.join("mod")
    } else if !last.contains('.') {
        // A directory (a workspace folder, a root URI): the workspace.
        ws.to_path_buf()
    } else if parts.next() == Some("mod") {
        ws.join("mod").join(sanitize(last))
    } else {
        ws.join(sanitize(last))
    }
}

fn rewrite(v: &mut Value, key: Option<&str>) {
    match v {
        Value::String(s) => {
            if s.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("file:")) {
                if let Some(uri) = posture::lsp::uri::from_path(&scratch_path(s)) {
                    *s = uri.as_str().to_string();
                }
            } else if matches!(key, Some("varFiles" | "var-files")) {
                *s = sanitize(s.rsplit('/').next().unwrap_or(""));
            }
        }
        Value::Array(items) => {
            for i in items {
                rewrite(i, key);
            }
        }
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                rewrite(item, Some(k.as_str()));
            }
        }
        _ => {}
    }
}

struct Client {
    conn: Connection,
    pings: i32,
    gone: bool,
}

impl Client {
    fn send(&mut self, msg: Message) {
        if self.conn.sender.send(msg).is_err() {
            self.gone = true;
        }
    }

    /// Waits for the response with this id, dropping everything else the server sends.
    fn wait_for(&mut self, id: &RequestId) {
        while !self.gone {
            match self.conn.receiver.recv_timeout(TIMEOUT) {
                Ok(Message::Response(r)) if &r.id == id => return,
                Ok(_) => {}
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => self.gone = true,
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => {
                    panic!("the server did not answer within {TIMEOUT:?}")
                }
            }
        }
    }

    /// A round trip: every message sent before it has been handled.
    fn ping(&mut self) {
        self.pings += 1;
        let id = RequestId::from(format!("fuzz-ping-{}", self.pings));
        self.send(Request::new(id.clone(), "posture/fuzzPing".into(), Value::Null).into());
        self.wait_for(&id);
    }

    /// Waits until the lint worker is idle and its results were handled (two quiet round
    /// trips in a row).
    fn sync(&mut self) {
        let mut quiet = 0;
        for _ in 0..200 {
            if self.gone {
                return;
            }
            let before = STARTED.load(Ordering::SeqCst);
            self.ping();
            std::thread::sleep(Duration::from_micros(50));
            let idle = STARTED.load(Ordering::SeqCst) == before
                && FINISHED.load(Ordering::SeqCst) == before;
            quiet = if idle { quiet + 1 } else { 0 };
            if quiet >= 2 {
                return;
            }
        }
    }
}

fn to_message(v: Value) -> Option<Message> {
    let obj = v.as_object()?;
    if obj.contains_key("method") {
        let method = obj.get("method")?.as_str()?.to_string();
        let params = obj.get("params").cloned().unwrap_or(Value::Null);
        match obj.get("id") {
            Some(id) => {
                let id: RequestId = serde_json::from_value(id.clone()).ok()?;
                Some(Request::new(id, method, params).into())
            }
            None => Some(Notification::new(method, params).into()),
        }
    } else {
        serde_json::from_value::<Message>(v).ok()
    }
}

fuzz_target!(|data: &[u8]| {
    posture_fuzz::init();
    let text = posture_fuzz::text(data);
    let mut lines = text.split('\n');

    let mut init: Value = lines
        .next()
        .and_then(|l| serde_json::from_str(l).ok())
        .filter(|v: &Value| {
            serde_json::from_value::<lsp_types::InitializeParams>(v.clone()).is_ok()
        })
        .unwrap_or_else(|| json!({"capabilities": {}}));
    rewrite(&mut init, None);

    let scan: posture::lsp::ScanFn = Arc::new(|inputs, settings| {
        STARTED.fetch_add(1, Ordering::SeqCst);
        let result = posture::scan::scan_with(inputs, None, settings);
        posture_fuzz::check_result(&result);
        FINISHED.fetch_add(1, Ordering::SeqCst);
        result
    });
    // The counters are global: line them up before this run.
    let base = STARTED.load(Ordering::SeqCst);
    FINISHED.store(base, Ordering::SeqCst);

    let (server_conn, conn) = Connection::memory();
    let server =
        std::thread::spawn(move || posture::lsp::run(server_conn, Options { scan, workers: 1 }));
    let mut client = Client {
        conn,
        pings: 0,
        gone: false,
    };
    let init_id = RequestId::from("fuzz-init".to_string());
    client.send(Request::new(init_id.clone(), "initialize".into(), init).into());
    client.wait_for(&init_id);
    client.send(Notification::new("initialized".into(), json!({})).into());

    for line in lines.take(64) {
        if client.gone {
            break;
        }
        if line.trim() == "sync" {
            client.sync();
            continue;
        }
        let Ok(mut v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        rewrite(&mut v, None);
        if let Some(msg) = to_message(v) {
            client.send(msg);
        }
    }

    client.sync();
    let id = RequestId::from("fuzz-shutdown".to_string());
    client.send(Request::new(id.clone(), "shutdown".into(), Value::Null).into());
    client.wait_for(&id);
    client.send(Notification::new("exit".into(), Value::Null).into());
    drop(client);
    let _ = server.join();
});
