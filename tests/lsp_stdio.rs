//! `posture lsp` as a process over real stdio pipes: initialize → didOpen → diagnostics →
//! shutdown → exit, and the exit codes.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: mpsc::Receiver<Value>,
}

impl Server {
    fn spawn() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_posture"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn posture lsp");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.expect("Content-Length")];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let v: Value = serde_json::from_slice(&body).expect("json");
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        Server {
            child,
            stdin,
            messages: rx,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = serde_json::to_vec(&msg).expect("json");
        let stdin = self.stdin.as_mut().expect("stdin");
        write!(stdin, "Content-Length: {}\r\n\r\n", body.len()).expect("write");
        stdin.write_all(&body).expect("write");
        stdin.flush().expect("flush");
    }

    fn recv(&self, pred: impl Fn(&Value) -> bool) -> Value {
        loop {
            let m = self
                .messages
                .recv_timeout(Duration::from_secs(30))
                .expect("a message from posture lsp");
            if pred(&m) {
                return m;
            }
        }
    }

    fn wait(mut self) -> Option<i32> {
        drop(self.stdin.take());
        for _ in 0..300 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("posture lsp did not exit");
    }
}

#[test]
fn stdio_session_from_initialize_to_exit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("main.tf");
    let text = "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n  encrypted = false\n}\n";
    std::fs::write(&path, text).expect("write");
    let uri = posture::lsp::uri::from_path(&path)
        .expect("uri")
        .as_str()
        .to_string();

    let mut s = Server::spawn();
    s.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": {"processId": null, "capabilities": {}}}));
    let init = s.recv(|m| m["id"] == 1);
    assert_eq!(init["result"]["serverInfo"]["name"], "posture");
    s.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    s.send(
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "terraform", "version": 1, "text": text}}}),
    );
    let diags = s.recv(|m| m["method"] == "textDocument/publishDiagnostics");
    assert_eq!(diags["params"]["uri"], uri);
    let d = &diags["params"]["diagnostics"][0];
    assert_eq!(d["code"], "AWS-EBS-001");
    assert_eq!(
        d["range"],
        json!({"start": {"line": 2, "character": 2}, "end": {"line": 2, "character": 19}})
    );
    s.send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": null}));
    let r = s.recv(|m| m["id"] == 2);
    assert_eq!(r["result"], Value::Null);
    s.send(json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
    assert_eq!(s.wait(), Some(0));
}

#[test]
fn exit_without_shutdown_is_exit_code_1() {
    let mut s = Server::spawn();
    s.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": {"processId": null, "capabilities": {}}}));
    s.recv(|m| m["id"] == 1);
    s.send(json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
    assert_eq!(s.wait(), Some(1));
    // Standard input closing without `exit`: 1 too.
    let s = Server::spawn();
    assert_eq!(s.wait(), Some(1));
}
