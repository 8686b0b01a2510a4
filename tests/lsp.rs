//! The language server end to end, in process: a test client drives `posture::lsp::run` over
//! `lsp_server::Connection::memory()` and checks what comes back.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId, ResponseError};
use posture::lsp::{Options, uri};
use serde_json::{Value, json};

const TIMEOUT: Duration = Duration::from_secs(30);

const MAIN_TF: &str = r#"resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  encrypted         = false
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web tier"
  ingress = [{ description = "é😀 ssh", cidr_blocks = ["0.0.0.0/0"], from_port = 22, to_port = 22, protocol = "tcp", ipv6_cidr_blocks = [], prefix_list_ids = [], security_groups = [], self = false }]
}

resource "aws_db_instance" "orders" {
  engine                              = "postgres"
  publicly_accessible                 = var.db_public
  storage_encrypted                   = true
  deletion_protection                 = true
  iam_database_authentication_enabled = true
}
"#;

const VARIABLES_TF: &str = r#"variable "db_public" {
  default = true
}
"#;

/// A response: its result or its error.
struct Reply {
    result: Option<Value>,
    error: Option<ResponseError>,
}

struct Client {
    conn: Connection,
    server: Option<JoinHandle<i32>>,
    next_id: i32,
    backlog: VecDeque<Message>,
    dir: tempfile::TempDir,
    /// Open documents and their versions.
    open: HashMap<String, i32>,
    init: Value,
}

impl Client {
    fn start(init_params: Value) -> Client {
        Client::with_options(init_params, Options::default())
    }

    fn with_options(init_params: Value, options: Options) -> Client {
        let (server_conn, conn) = Connection::memory();
        let server = std::thread::spawn(move || posture::lsp::run(server_conn, options));
        let mut c = Client {
            conn,
            server: Some(server),
            next_id: 0,
            backlog: VecDeque::new(),
            dir: tempfile::tempdir().expect("tempdir"),
            open: HashMap::new(),
            init: Value::Null,
        };
        let mut params = json!({"processId": null, "capabilities": {}});
        if let (Value::Object(p), Value::Object(extra)) = (&mut params, init_params) {
            p.extend(extra);
        }
        let r = c.request("initialize", params);
        c.init = r.result.expect("initialize result");
        c.notify("initialized", json!({}));
        c
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn uri(&self, name: &str) -> String {
        uri::from_path(&self.path(name))
            .expect("uri")
            .as_str()
            .to_string()
    }

    fn write(&self, name: &str, text: &str) {
        let p = self.path(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).expect("mkdir");
        }
        std::fs::write(p, text).expect("write");
    }

    fn recv(&mut self) -> Message {
        if let Some(m) = self.backlog.pop_front() {
            return m;
        }
        self.conn
            .receiver
            .recv_timeout(TIMEOUT)
            .expect("a message from the server")
    }

    fn request(&mut self, method: &str, params: Value) -> Reply {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.conn
            .sender
            .send(Request::new(id.clone(), method.to_string(), params).into())
            .expect("send");
        let mut skipped = VecDeque::new();
        loop {
            let m = self
                .conn
                .receiver
                .recv_timeout(TIMEOUT)
                .expect("a response");
            match m {
                Message::Response(r) if r.id == id => {
                    self.backlog.extend(skipped);
                    return match r.response_result {
                        Ok(v) => Reply {
                            result: Some(v),
                            error: None,
                        },
                        Err(e) => Reply {
                            result: None,
                            error: Some(e),
                        },
                    };
                }
                other => skipped.push_back(other),
            }
        }
    }

    /// The next request from the server with this method (other messages are kept).
    fn server_request(&mut self, method: &str) -> Request {
        let mut kept = VecDeque::new();
        loop {
            match self.recv() {
                Message::Request(r) if r.method == method => {
                    kept.extend(self.backlog.drain(..));
                    self.backlog = kept;
                    return r;
                }
                other => kept.push_back(other),
            }
        }
    }

    fn respond(&self, id: RequestId, result: Value) {
        self.conn
            .sender
            .send(lsp_server::Response::new_ok(id, result).into())
            .expect("send");
    }

    fn notify(&self, method: &str, params: Value) {
        self.conn
            .sender
            .send(Notification::new(method.to_string(), params).into())
            .expect("send");
    }

    /// The next notification with this method (others are kept for later).
    fn notification(&mut self, method: &str) -> Value {
        let mut kept = VecDeque::new();
        loop {
            match self.recv() {
                Message::Notification(n) if n.method == method => {
                    kept.extend(self.backlog.drain(..));
                    self.backlog = kept;
                    return n.params;
                }
                other => kept.push_back(other),
            }
        }
    }

    /// Waits until every open document of the directory of `name` has been published at its
    /// current version (one batch: the server publishes a module's documents together), and
    /// returns the diagnostics by file name.
    fn batch(&mut self, name: &str) -> BTreeMap<String, Value> {
        let dir = self.path(name).parent().expect("dir").to_path_buf();
        let mut want: HashMap<String, i32> = self
            .open
            .iter()
            .filter(|(u, _)| {
                uri::to_path(&u.parse().expect("uri"))
                    .and_then(|p| p.parent().map(Path::to_path_buf))
                    == Some(dir.clone())
            })
            .map(|(u, v)| (u.clone(), *v))
            .collect();
        let mut got = BTreeMap::new();
        let mut kept = VecDeque::new();
        while !want.is_empty() {
            match self.recv() {
                Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => {
                    let u = n.params["uri"].as_str().unwrap_or("").to_string();
                    let v = n.params["version"].as_i64().map(|v| v as i32);
                    if want.get(&u).is_some_and(|w| Some(*w) == v) {
                        want.remove(&u);
                        let file = u.rsplit('/').next().unwrap_or("").to_string();
                        got.insert(file, n.params);
                    }
                }
                other => kept.push_back(other),
            }
        }
        kept.extend(self.backlog.drain(..));
        self.backlog = kept;
        got
    }

    fn open(&mut self, name: &str, text: &str) -> BTreeMap<String, Value> {
        let u = self.uri(name);
        self.open.insert(u.clone(), 1);
        let language = if name.ends_with(".json") {
            "json"
        } else {
            "terraform"
        };
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": u, "languageId": language, "version": 1, "text": text}}),
        );
        self.batch(name)
    }

    fn change(&mut self, name: &str, changes: Value) -> BTreeMap<String, Value> {
        let u = self.uri(name);
        let version = self.open.get(&u).copied().unwrap_or(0) + 1;
        self.open.insert(u.clone(), version);
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": u, "version": version}, "contentChanges": changes}),
        );
        self.batch(name)
    }

    /// Replaces the text in the range with `text` (positions in the negotiated encoding).
    fn edit(&mut self, name: &str, range: [u32; 4], text: &str) -> BTreeMap<String, Value> {
        self.change(name, json!([{"range": range_json(range), "text": text}]))
    }

    /// Replaces any of the test directory's paths and URIs with `[DIR]`.
    fn redact(&self, v: &Value) -> Value {
        let s = serde_json::to_string(v).expect("json");
        let dir_uri = uri::from_path(self.dir.path()).expect("uri");
        let s = s
            .replace(dir_uri.as_str(), "file://[DIR]")
            .replace(&self.dir.path().to_string_lossy().to_string(), "[DIR]");
        serde_json::from_str(&s).expect("json")
    }

    fn shutdown(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r.result, Some(Value::Null));
        self.notify("exit", Value::Null);
        self.server
            .take()
            .expect("server")
            .join()
            .expect("server thread")
    }
}

fn range_json(r: [u32; 4]) -> Value {
    json!({"start": {"line": r[0], "character": r[1]}, "end": {"line": r[2], "character": r[3]}})
}

fn codes(diags: &Value) -> Vec<String> {
    diags["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("-").to_string())
        .collect()
}

fn find<'a>(diags: &'a Value, code: &str) -> &'a Value {
    diags["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {diags:#}"))
}

fn range_of(d: &Value) -> [u64; 4] {
    let r = &d["range"];
    [
        r["start"]["line"].as_u64().expect("line"),
        r["start"]["character"].as_u64().expect("character"),
        r["end"]["line"].as_u64().expect("line"),
        r["end"]["character"].as_u64().expect("character"),
    ]
}

/// A module of two files, both on disk and open.
fn module(init: Value) -> Client {
    let mut c = Client::start(init);
    c.write("main.tf", MAIN_TF);
    c.write("variables.tf", VARIABLES_TF);
    c.open("main.tf", MAIN_TF);
    c
}

#[test]
fn initialize_announces_capabilities() {
    let c = Client::start(json!({}));
    let mut init = c.init.clone();
    assert_eq!(init["serverInfo"]["version"], env!("CARGO_PKG_VERSION"));
    init["serverInfo"]["version"] = json!("[VERSION]");
    insta::assert_json_snapshot!("initialize_result", init);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn utf8_is_used_when_offered() {
    let mut c =
        module(json!({"capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}));
    assert_eq!(c.init["capabilities"]["positionEncoding"], "utf-8");
    let diags = c.open("variables.tf", VARIABLES_TF);
    // The ingress rule comes after "é😀 ssh" on its line: é is 2 bytes, 😀 4.
    assert_eq!(
        range_of(find(&diags["main.tf"], "AWS-EC2-001")),
        [8, 58, 8, 69]
    );
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn diagnostics_on_open_with_exact_ranges_and_related_locations() {
    let mut c = module(json!({}));
    let diags = c.open("variables.tf", VARIABLES_TF);
    let main = &diags["main.tf"];
    // UTF-16: é is 1 unit, 😀 2.
    assert_eq!(range_of(find(main, "AWS-EC2-001")), [8, 55, 8, 66]);
    assert_eq!(
        codes(main),
        vec!["AWS-EBS-001", "AWS-EC2-001", "AWS-RDS-001"]
    );
    insta::assert_json_snapshot!("main_tf_diagnostics", c.redact(main));
    assert_eq!(codes(&diags["variables.tf"]), Vec::<String>::new());
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn incremental_changes_update_diagnostics() {
    let mut c = module(json!({}));
    // `encrypted = false` → `encrypted = true` (line 2, characters 22..27).
    let after = c.edit("main.tf", [2, 22, 2, 27], "true");
    assert_eq!(codes(&after["main.tf"]), vec!["AWS-EC2-001", "AWS-RDS-001"]);
    // On the line with non-ASCII text: 0.0.0.0/0 is at UTF-16 characters 56..65.
    let after = c.edit("main.tf", [8, 56, 8, 65], "10.0.0.0/8");
    assert_eq!(codes(&after["main.tf"]), vec!["AWS-RDS-001"]);
    // Several changes in one notification apply in order; a whole-text change works too.
    let after = c.change(
        "main.tf",
        json!([
            {"range": range_json([2, 22, 2, 26]), "text": "fals"},
            {"range": range_json([2, 26, 2, 26]), "text": "e"},
        ]),
    );
    assert_eq!(codes(&after["main.tf"]), vec!["AWS-EBS-001", "AWS-RDS-001"]);
    let after = c.change("main.tf", json!([{"text": MAIN_TF}]));
    assert_eq!(
        codes(&after["main.tf"]),
        vec!["AWS-EBS-001", "AWS-EC2-001", "AWS-RDS-001"]
    );
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn a_variable_default_changed_in_another_open_file_updates_the_module() {
    let mut c = module(json!({}));
    let before = c.open("variables.tf", VARIABLES_TF);
    assert!(codes(&before["main.tf"]).contains(&"AWS-RDS-001".to_string()));
    // Unsaved: the buffer wins over the file on disk.
    let after = c.edit("variables.tf", [1, 12, 1, 16], "false");
    insta::assert_json_snapshot!("sibling_change", c.redact(&json!(after)));
    assert!(!codes(&after["main.tf"]).contains(&"AWS-RDS-001".to_string()));
    // Closing the unsaved buffer falls back to the disk (default = true) again.
    let uri = c.uri("variables.tf");
    c.open.remove(&uri);
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    let cleared = c.notification("textDocument/publishDiagnostics");
    assert_eq!(cleared["uri"], uri);
    assert_eq!(cleared["diagnostics"], json!([]));
    let after = c.batch("main.tf");
    assert!(codes(&after["main.tf"]).contains(&"AWS-RDS-001".to_string()));
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn code_action_ignores_a_finding_for_its_resource() {
    let mut c = Client::start(json!({
        "capabilities": {"workspace": {"workspaceEdit": {"documentChanges": true}}}
    }));
    let text = MAIN_TF.replace(
        "resource \"aws_ebs_volume\" \"data\" {",
        "  resource \"aws_ebs_volume\" \"data\" {",
    );
    c.write("main.tf", &text);
    c.write("variables.tf", VARIABLES_TF);
    let diags = c.open("main.tf", &text);
    let ebs = find(&diags["main.tf"], "AWS-EBS-001").clone();
    let r = c.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": c.uri("main.tf")},
            "range": ebs["range"],
            "context": {"diagnostics": [ebs]}
        }),
    );
    let actions = r.result.expect("actions");
    insta::assert_json_snapshot!("ignore_action", c.redact(&actions));
    // The quick fix comes first: it sets the attribute in place.
    assert_eq!(actions[0]["title"], "Fix AWS-EBS-001: set encrypted = true");
    assert_eq!(actions[0]["isPreferred"], true);
    let fix = &actions[0]["edit"]["documentChanges"][0]["edits"][0];
    assert_eq!(fix["newText"], "true");
    // Apply the ignore edit as a client would.
    let ignore = actions
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["title"].as_str().is_some_and(|t| t.starts_with("Ignore")))
        .expect("ignore action");
    let edit = &ignore["edit"]["documentChanges"][0]["edits"][0];
    assert_eq!(edit["range"], range_json([0, 0, 0, 0]));
    let new_text = format!("{}{text}", edit["newText"].as_str().expect("text"));
    assert!(new_text.starts_with("  # posture:ignore AWS-EBS-001 <reason>\n  resource"));
    let after = c.change("main.tf", json!([{"text": new_text}]));
    assert_eq!(codes(&after["main.tf"]), vec!["AWS-EC2-001", "AWS-RDS-001"]);
    // Without versioned edits, `changes` is used.
    assert_eq!(c.shutdown(), 0);

    let mut c = Client::start(json!({}));
    c.write("main.tf", MAIN_TF);
    c.open("main.tf", MAIN_TF);
    let r = c.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": c.uri("main.tf")},
            "range": range_json([8, 60, 8, 60]),
            "context": {"diagnostics": []}
        }),
    );
    let actions = r.result.expect("actions");
    assert_eq!(actions.as_array().map(Vec::len), Some(1));
    assert_eq!(actions[0]["title"], "Ignore AWS-EC2-001 for this resource");
    let edits = &actions[0]["edit"]["changes"][c.uri("main.tf")];
    assert_eq!(edits[0]["range"], range_json([5, 0, 5, 0]));
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn no_ignore_comment_is_offered_in_json() {
    let mut c = Client::start(json!({}));
    let text = r#"{"resource": {"aws_ebs_volume": {"data": {"availability_zone": "a", "encrypted": false}}}}"#;
    c.write("main.tf.json", text);
    let diags = c.open("main.tf.json", text);
    assert_eq!(codes(&diags["main.tf.json"]), vec!["AWS-EBS-001"]);
    let r = c.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": c.uri("main.tf.json")},
            "range": find(&diags["main.tf.json"], "AWS-EBS-001")["range"],
            "context": {"diagnostics": []}
        }),
    );
    assert_eq!(r.result, Some(json!([])));
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn hover_shows_the_check_documentation() {
    let mut c = module(json!({}));
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": c.uri("main.tf")}, "position": {"line": 2, "character": 5}}),
    );
    let hover = r.result.expect("hover");
    let check = posture::registry::find("AWS-EBS-001").expect("check");
    assert_eq!(hover["contents"]["kind"], "markdown");
    assert_eq!(hover["contents"]["value"], posture::docs::markdown(check));
    assert_eq!(hover["range"], range_json([2, 2, 2, 27]));
    // Nothing flagged there.
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": c.uri("main.tf")}, "position": {"line": 1, "character": 5}}),
    );
    assert_eq!(r.result, Some(Value::Null));
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn explain_command_returns_markdown() {
    let mut c = Client::start(json!({}));
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "posture.explain", "arguments": ["CKV_AWS_3"]}),
    );
    let check = posture::registry::find("AWS-EBS-001").expect("check");
    assert_eq!(
        r.result,
        Some(Value::String(posture::docs::markdown(check)))
    );
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "posture.explain", "arguments": ["NOPE-1"]}),
    );
    insta::assert_json_snapshot!("explain_unknown", r.error);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn protocol_errors_and_exit_codes() {
    // Requests before `initialize`: ServerNotInitialized; then a normal start.
    let (server_conn, conn) = Connection::memory();
    let server = std::thread::spawn(move || posture::lsp::run(server_conn, Options::default()));
    conn.sender
        .send(Request::new(1.into(), "textDocument/hover".into(), json!({})).into())
        .expect("send");
    match conn.receiver.recv_timeout(TIMEOUT).expect("response") {
        Message::Response(r) => {
            assert_eq!(r.id, 1.into());
            assert_eq!(r.response_result.expect_err("error").code, -32002);
        }
        m => panic!("unexpected {m:?}"),
    }
    // `exit` without `shutdown`: exit code 1.
    conn.sender
        .send(Notification::new("exit".into(), Value::Null).into())
        .expect("send");
    assert_eq!(server.join().expect("join"), 1);

    let mut c = Client::start(json!({}));
    let r = c.request("textDocument/unknownThing", json!({}));
    assert_eq!(r.error.as_ref().map(|e| e.code), Some(-32601));
    let r = c.request("initialize", json!({"capabilities": {}}));
    assert_eq!(r.error.as_ref().map(|e| e.code), Some(-32600));
    let r = c.request("textDocument/hover", json!({"bad": true}));
    assert_eq!(r.error.as_ref().map(|e| e.code), Some(-32602));
    // Notifications about unknown documents and unknown notifications are ignored.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nowhere/x.tf", "version": 2}, "contentChanges": []}),
    );
    c.notify("$/unknown", json!({}));
    let r = c.request("shutdown", Value::Null);
    assert_eq!(r.result, Some(Value::Null));
    let r = c.request("textDocument/hover", json!({}));
    assert_eq!(r.error.as_ref().map(|e| e.code), Some(-32600));
    c.notify("exit", Value::Null);
    assert_eq!(c.server.take().expect("server").join().expect("join"), 0);

    // The client going away without `exit`: 1.
    let c = Client::start(json!({}));
    let Client { conn, server, .. } = c;
    drop(conn);
    assert_eq!(server.expect("server").join().expect("join"), 1);
}

#[test]
fn a_panicking_lint_job_is_logged_and_the_server_goes_on() {
    let scan: posture::lsp::ScanFn = Arc::new(|inputs, settings| {
        if inputs
            .iter()
            .any(|i| i.text.as_deref().is_some_and(|t| t.contains("PANIC")))
        {
            panic!("boom");
        }
        posture::scan::scan_with(inputs, None, settings)
    });
    let mut c = Client::with_options(
        json!({}),
        Options {
            scan,
            ..Options::default()
        },
    );
    let u = c.uri("main.tf");
    c.open.insert(u.clone(), 1);
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": u, "languageId": "terraform", "version": 1, "text": "# PANIC\n"}}),
    );
    let log = c.notification("window/logMessage");
    assert_eq!(log["type"], 1);
    let msg = log["message"].as_str().expect("message");
    assert!(
        msg.contains("internal error") && msg.contains("boom"),
        "{msg}"
    );
    let after = c.change("main.tf", json!([{"text": MAIN_TF}]));
    assert!(codes(&after["main.tf"]).contains(&"AWS-EBS-001".to_string()));
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn the_latest_version_wins() {
    // A slow scan, so edits arrive while jobs run.
    let scan: posture::lsp::ScanFn = Arc::new(|inputs, settings| {
        std::thread::sleep(Duration::from_millis(30));
        posture::scan::scan_with(inputs, None, settings)
    });
    let mut c = Client::with_options(
        json!({}),
        Options {
            scan,
            ..Options::default()
        },
    );
    c.write("main.tf", MAIN_TF);
    c.open("main.tf", MAIN_TF);
    let u = c.uri("main.tf");
    // Twenty edits without waiting: toggle `encrypted`, ending with `true`.
    for v in 2..=21 {
        let text = if v % 2 == 1 { "true " } else { "false" };
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": u, "version": v},
                   "contentChanges": [{"range": range_json([2, 22, 2, 27]), "text": text}]}),
        );
    }
    let mut seen = Vec::new();
    loop {
        let p = c.notification("textDocument/publishDiagnostics");
        let v = p["version"].as_i64().expect("version");
        seen.push(v);
        if v == 21 {
            assert_eq!(codes(&p), vec!["AWS-EC2-001"]);
            break;
        }
    }
    // Only results of versions that were current when published; never one older than a
    // version already published.
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    assert!(seen.len() < 20, "{seen:?}");
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn configuration_file_and_client_settings() {
    let mut c = Client::start(json!({"initializationOptions": {"ignore": ["AWS-RDS-001"]}}));
    c.write(".posture.toml", "ignore = [\"AWS-EBS-001\"]\n");
    c.write("main.tf", MAIN_TF);
    c.write("variables.tf", VARIABLES_TF);
    let diags = c.open("main.tf", MAIN_TF);
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EC2-001"]);
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"posture": {"select": ["AWS-RDS", "AWS-EBS"], "strictUnknowns": false}}}),
    );
    let diags = c.batch("main.tf");
    // select replaces the file's; ignore adds to it (the file still ignores AWS-EBS-001).
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-RDS-001"]);
    // A variable file from the settings, relative to the workspace (here: the module).
    c.write("prod.tfvars", "db_public = false\n");
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"posture": {"varFiles": [c.path("prod.tfvars")]}}}),
    );
    let diags = c.batch("main.tf");
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EC2-001"]);
    // A broken .posture.toml: a warning, and the client's settings alone.
    c.write(".posture.toml", "ignore = [\"NOPE-1\"]\n");
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"posture": {}}}),
    );
    let shown = c.notification("window/showMessage");
    assert!(
        shown["message"]
            .as_str()
            .is_some_and(|m| m.contains("no check matches \"NOPE-1\"")),
        "{shown}"
    );
    let diags = c.batch("main.tf");
    assert_eq!(
        codes(&diags["main.tf"]),
        vec!["AWS-EBS-001", "AWS-EC2-001", "AWS-RDS-001"]
    );
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn settings_are_pulled_when_the_client_supports_it() {
    let mut c = Client::start(json!({"capabilities": {"workspace": {"configuration": true}}}));
    let req = c.server_request("workspace/configuration");
    assert_eq!(req.params, json!({"items": [{"section": "posture"}]}));
    c.respond(req.id, json!([{"select": ["AWS-RDS"]}]));
    c.write("main.tf", MAIN_TF);
    c.write("variables.tf", VARIABLES_TF);
    let diags = c.open("main.tf", MAIN_TF);
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-RDS-001"]);
    // A notification without settings: pulled again.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": null}),
    );
    let req = c.server_request("workspace/configuration");
    c.respond(req.id, json!([{"ignore": ["AWS-RDS-001"]}]));
    let diags = c.batch("main.tf");
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EBS-001", "AWS-EC2-001"]);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn files_excluded_by_the_configuration_get_no_diagnostics() {
    let mut c = Client::start(json!({}));
    c.write(".posture.toml", "exclude = [\"generated/**\"]\n");
    c.write("generated/main.tf", MAIN_TF);
    let diags = c.open("generated/main.tf", MAIN_TF);
    assert_eq!(diags["main.tf"]["diagnostics"], json!([]));
    c.write("main.tf", MAIN_TF);
    let diags = c.open("main.tf", MAIN_TF);
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EBS-001", "AWS-EC2-001"]);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn suppressed_findings_and_syntax_errors() {
    let mut c = Client::start(json!({}));
    let text = MAIN_TF.replace(
        "  encrypted         = false",
        "  encrypted         = false # posture:ignore AWS-EBS-001 scratch data",
    );
    c.write("main.tf", &text);
    let diags = c.open("main.tf", &text);
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EC2-001"]);
    let broken = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n";
    c.write("broken.tf", broken);
    let diags = c.open("broken.tf", broken);
    insta::assert_json_snapshot!("syntax_error", c.redact(&diags["broken.tf"]));
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EC2-001"]);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn a_local_module_call_is_evaluated_with_the_called_module() {
    let mut c = Client::start(json!({}));
    c.write(
        "modules/disk/main.tf",
        "variable \"encrypted\" {}\nresource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n  encrypted = var.encrypted\n}\noutput \"id\" { value = \"x\" }\n",
    );
    let root = "module \"disk\" {\n  source    = \"./modules/disk\"\n  encrypted = false\n}\n";
    c.write("main.tf", root);
    let diags = c.open("main.tf", root);
    // No "no Terraform files found" notice: the called module was read.
    assert_eq!(diags["main.tf"]["diagnostics"], json!([]));
    // Half-typed below the call: the call is still read (only the syntax error, no notice).
    let broken = c.edit(
        "main.tf",
        [4, 0, 4, 0],
        "resource \"aws_s3_bucket\" \"b\" {\n  acl = ",
    );
    assert_eq!(codes(&broken["main.tf"]), vec!["-"]);
    assert_eq!(range_of(&broken["main.tf"]["diagnostics"][0]), [5, 2, 5, 2]);
    // The called module's file open alone: its variable is unknown there, so no finding.
    let d = c.open("modules/disk/main.tf", "variable \"encrypted\" {}\nresource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n  encrypted = false\n}\n");
    assert_eq!(codes(&d["main.tf"]), vec!["AWS-EBS-001"]);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn out_of_range_edits_and_huge_documents() {
    let mut c = module(json!({}));
    // Positions past the end are clamped: this appends.
    let after = c.edit("main.tf", [100_000, 5, 200_000, 0], "\n# trailing\n");
    assert_eq!(
        codes(&after["main.tf"]),
        vec!["AWS-EBS-001", "AWS-EC2-001", "AWS-RDS-001"]
    );
    // A 200,000-line document.
    let mut big = String::from(MAIN_TF);
    for i in 0..200_000 {
        big.push_str(&format!("# filler line {i} ééé 😀\n"));
    }
    big.push_str("resource \"aws_ebs_volume\" \"last\" {\n  availability_zone = \"a\"\n  encrypted = false\n}\n");
    let after = c.change("main.tf", json!([{"text": big}]));
    let last = after["main.tf"]["diagnostics"]
        .as_array()
        .and_then(|a| a.last())
        .expect("last");
    assert_eq!(range_of(last), [200_020, 2, 200_020, 19]);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn lint_timings_are_traced_when_asked() {
    let mut c = Client::start(json!({"trace": "verbose"}));
    c.write("main.tf", MAIN_TF);
    c.open("main.tf", MAIN_TF);
    let t = c.notification("$/logTrace");
    assert!(
        t["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("linted ")),
        "{t}"
    );
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn closing_a_document_clears_its_diagnostics() {
    let mut c = module(json!({}));
    let u = c.uri("main.tf");
    c.open.remove(&u);
    c.notify("textDocument/didClose", json!({"textDocument": {"uri": u}}));
    let p = c.notification("textDocument/publishDiagnostics");
    assert_eq!(p, json!({"uri": u, "diagnostics": []}));
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn a_half_typed_block_keeps_the_diagnostics_of_the_intact_ones() {
    let mut c = module(json!({}));
    let whole = c.edit("main.tf", [0, 0, 0, 0], "");
    let before = range_of(find(&whole["main.tf"], "AWS-EC2-001"));
    // A block typed between the volume and the security group, not finished yet.
    let after = c.edit(
        "main.tf",
        [5, 0, 5, 0],
        "resource \"aws_s3_bucket\" \"x\" {\n  acl = \n\n",
    );
    let diags = &after["main.tf"];
    assert_eq!(
        codes(diags),
        vec!["AWS-EBS-001", "-", "AWS-EC2-001", "AWS-RDS-001"]
    );
    let error = &diags["diagnostics"][1];
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("HCL syntax error")),
        "{error:#}"
    );
    assert_eq!(range_of(error), [6, 8, 6, 8]);
    assert_eq!(range_of(find(diags, "AWS-EBS-001")), [2, 2, 2, 27]);
    // The security group moved three lines down, at the same columns.
    assert_eq!(
        range_of(find(diags, "AWS-EC2-001")),
        [before[0] + 3, before[1], before[2] + 3, before[3]]
    );
    // The quick fix of a finding in an intact block edits it in place.
    let ebs = find(diags, "AWS-EBS-001").clone();
    let r = c.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": c.uri("main.tf")},
            "range": ebs["range"],
            "context": {"diagnostics": [ebs]}
        }),
    );
    let actions = r.result.expect("actions");
    assert_eq!(actions[0]["title"], "Fix AWS-EBS-001: set encrypted = true");
    let fix = &actions[0]["edit"]["changes"][c.uri("main.tf")][0];
    assert_eq!(fix["range"], range_json([2, 22, 2, 27]));
    assert_eq!(fix["newText"], "true");
    // Finishing the block: the parse error goes, the bucket is checked.
    let done = c.edit("main.tf", [6, 8, 6, 8], "\"private\"\n}");
    let codes = codes(&done["main.tf"]);
    assert!(!codes.contains(&"-".to_string()), "{codes:?}");
    assert!(codes.contains(&"AWS-EC2-001".to_string()));
    assert!(codes.iter().any(|c| c.starts_with("AWS-S3-")), "{codes:?}");
    assert_eq!(c.shutdown(), 0);
}

impl Client {
    /// Opens a document without waiting for pushed diagnostics (pull mode).
    fn open_quietly(&mut self, name: &str, text: &str) {
        let u = self.uri(name);
        self.open.insert(u.clone(), 1);
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": u, "languageId": "terraform", "version": 1, "text": text}}),
        );
    }

    fn pull(&mut self, name: &str, previous: Option<&str>) -> Value {
        let mut params = json!({"textDocument": {"uri": self.uri(name)}});
        if let Some(p) = previous {
            params["previousResultId"] = json!(p);
        }
        let r = self.request("textDocument/diagnostic", params);
        assert!(r.error.is_none(), "{:?}", r.error.map(|e| e.message));
        r.result.expect("a report")
    }
}

#[test]
fn pull_diagnostics_return_what_push_publishes() {
    // What a client without pull support gets pushed.
    let mut push = module(json!({}));
    assert!(
        push.init["capabilities"]
            .get("diagnosticProvider")
            .is_none()
    );
    let pushed = push.open("variables.tf", VARIABLES_TF);
    let pushed_main = push.redact(&pushed["main.tf"]["diagnostics"]);
    assert_eq!(push.shutdown(), 0);

    let mut c = Client::start(json!({"capabilities": {
        "textDocument": {"diagnostic": {"dynamicRegistration": false}},
        "workspace": {"diagnostics": {"refreshSupport": true}}
    }}));
    assert_eq!(
        c.init["capabilities"]["diagnosticProvider"],
        json!({"identifier": "posture", "interFileDependencies": true, "workspaceDiagnostics": false})
    );
    c.write("main.tf", MAIN_TF);
    c.write("variables.tf", VARIABLES_TF);
    c.open_quietly("main.tf", MAIN_TF);
    c.open_quietly("variables.tf", VARIABLES_TF);
    let report = c.pull("main.tf", None);
    assert_eq!(report["kind"], "full");
    assert_eq!(c.redact(&report["items"]), pushed_main);
    let id = report["resultId"]
        .as_str()
        .expect("a result id")
        .to_string();
    // Asked again with that id: unchanged.
    let again = c.pull("main.tf", Some(&id));
    assert_eq!(again, json!({"kind": "unchanged", "resultId": id}));
    let pull_variables = c.pull("variables.tf", None);
    assert_eq!(pull_variables["items"], json!([]));
    // Nothing asks for a refresh yet (the client pulls documents it opens by itself).
    while let Ok(m) = c.conn.receiver.recv_timeout(Duration::from_millis(200)) {
        c.backlog.push_back(m);
    }
    assert!(c.backlog.is_empty(), "{:?}", c.backlog);
    // An edit of the sibling changes main.tf's diagnostics: the server asks for a refresh,
    // and the next pull has the new diagnostics.
    let u = c.uri("variables.tf");
    c.open.insert(u.clone(), 2);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": u, "version": 2},
               "contentChanges": [{"range": range_json([1, 12, 1, 16]), "text": "false"}]}),
    );
    let refresh = c.server_request("workspace/diagnostic/refresh");
    c.respond(refresh.id, Value::Null);
    let changed = c.pull("main.tf", Some(&id));
    assert_eq!(changed["kind"], "full");
    assert_ne!(changed["resultId"], json!(id));
    assert_eq!(
        codes(&json!({"diagnostics": changed["items"]})),
        vec!["AWS-EBS-001", "AWS-EC2-001"]
    );
    // A document that is not open has no diagnostics.
    let closed = c.pull("other.tf", None);
    assert_eq!(closed, json!({"kind": "full", "items": []}));
    // Nothing was pushed.
    while let Ok(m) = c.conn.receiver.recv_timeout(Duration::from_millis(200)) {
        c.backlog.push_back(m);
    }
    assert!(
        !c.backlog.iter().any(|m| matches!(m, Message::Notification(n) if n.method == "textDocument/publishDiagnostics")),
        "{:?}",
        c.backlog
    );
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn unsaved_var_files_are_evaluated() {
    let mut c = Client::start(json!({}));
    c.write("main.tf", MAIN_TF);
    c.write("variables.tf", VARIABLES_TF);
    c.write("terraform.tfvars", "db_public = true\n");
    let diags = c.open("main.tf", MAIN_TF);
    assert!(codes(&diags["main.tf"]).contains(&"AWS-RDS-001".to_string()));
    // terraform.tfvars of the module, open with unsaved changes: its buffer is evaluated.
    let diags = c.open("terraform.tfvars", "db_public = false\n");
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EBS-001", "AWS-EC2-001"]);
    assert_eq!(diags["terraform.tfvars"]["diagnostics"], json!([]));
    let diags = c.edit("terraform.tfvars", [0, 12, 0, 17], "true");
    assert_eq!(
        codes(&diags["main.tf"]),
        vec!["AWS-EBS-001", "AWS-EC2-001", "AWS-RDS-001"]
    );
    // A half-typed var file: its error, and the values that still parse are used.
    let diags = c.change(
        "terraform.tfvars",
        json!([{"text": "other = \ndb_public = false\n"}]),
    );
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EBS-001", "AWS-EC2-001"]);
    assert_eq!(codes(&diags["terraform.tfvars"]), vec!["-"]);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn unsaved_var_files_named_by_the_settings_are_evaluated() {
    let mut c = Client::start(json!({}));
    c.write("main.tf", MAIN_TF);
    c.write("variables.tf", VARIABLES_TF);
    c.write("envs/prod.tfvars", "db_public = true\n");
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"posture": {"varFiles": [c.path("envs/prod.tfvars")]}}}),
    );
    let diags = c.open("main.tf", MAIN_TF);
    assert!(codes(&diags["main.tf"]).contains(&"AWS-RDS-001".to_string()));
    // Opening the var file (another directory) with unsaved text lints the module again.
    c.open_quietly("envs/prod.tfvars", "db_public = false\n");
    let diags = c.batch("main.tf");
    assert_eq!(codes(&diags["main.tf"]), vec!["AWS-EBS-001", "AWS-EC2-001"]);
    let u = c.uri("envs/prod.tfvars");
    c.open.insert(u.clone(), 2);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": u, "version": 2},
               "contentChanges": [{"range": range_json([0, 12, 0, 17]), "text": "true"}]}),
    );
    let diags = c.batch("main.tf");
    assert_eq!(
        codes(&diags["main.tf"]),
        vec!["AWS-EBS-001", "AWS-EC2-001", "AWS-RDS-001"]
    );
    assert_eq!(c.shutdown(), 0);
}

/// Byte offset of a line and UTF-16 character.
fn offset16(text: &str, line: u32, character: u32) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line as usize)
        .map(str::len)
        .sum();
    let mut units = 0;
    for (i, ch) in text[start..].char_indices() {
        if units >= character || ch == '\n' {
            return start + i;
        }
        units += ch.len_utf16() as u32;
    }
    text.len()
}

/// The diagnostics as compared between two servers: code, range and message.
fn summary(diags: &Value) -> Vec<(String, [u64; 4], String)> {
    diags["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("-").to_string(),
                range_of(d),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn incremental_edits_of_a_broken_file_match_a_fresh_open() {
    let mut text = MAIN_TF.replace(
        "resource \"aws_security_group\"",
        "resource \"aws_s3_bucket\" \"x\" {\n  acl = \n\nresource \"aws_security_group\"",
    );
    let mut c = module(json!({}));
    c.change("main.tf", json!([{"text": text}]));
    let edits: [([u32; 4], &str); 6] = [
        // The volume: encrypted = true.
        ([2, 22, 2, 27], "true"),
        // The security group's line with é😀 (UTF-16 characters).
        ([11, 56, 11, 65], "10.0.0.0/8"),
        // More typing in the half-typed block, over several lines.
        ([6, 8, 6, 8], "\"a\"\n  b = [\n    \"ü\","),
        // The volume's block removed, across lines.
        ([0, 0, 4, 0], ""),
        // The half-typed block's attribute finished but the block still open.
        ([4, 0, 4, 0], "]\n"),
        // The security group wide open again.
        ([9, 56, 9, 66], "0.0.0.0/0"),
    ];
    for (range, new) in edits {
        let a = offset16(&text, range[0], range[1]);
        let b = offset16(&text, range[2], range[3]);
        text.replace_range(a..b, new);
        let got = c.edit("main.tf", range, new);
        // A second server opening the same text from scratch.
        let mut fresh = Client::start(json!({}));
        fresh.write("main.tf", &text);
        fresh.write("variables.tf", VARIABLES_TF);
        let want = fresh.open("main.tf", &text);
        assert_eq!(
            summary(&got["main.tf"]),
            summary(&want["main.tf"]),
            "after {range:?} {new:?}:\n{text}"
        );
        assert!(
            codes(&got["main.tf"]).contains(&"-".to_string()),
            "still broken:\n{text}"
        );
        assert_eq!(fresh.shutdown(), 0);
    }
    assert_eq!(c.shutdown(), 0);
}
