//! Secrets stay secret in every output: values of `sensitive = true` variables and outputs (and
//! strings derived from them) and credentials recognised by their content are masked in the
//! messages of every format, in the source excerpts of the terminal report and in the
//! language server's diagnostics.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

const FIXTURE: &str = "tests/data/redaction";

/// Raw secrets of the fixture that no output may contain. (`public-read-write`,
/// `authenticated-read` and `public-read` are sensitive there too, but check descriptions name
/// those ACLs: they are checked in quotes.)
const RAW: &[&str] = &[
    "Corr3ct-Horse-Battery",
    "AKIA2E0A8F3B244C9986",
    "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
];

fn report(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", FIXTURE, "--format", format, "--no-progress"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run posture");
    assert_eq!(out.status.code(), Some(1), "{format}");
    String::from_utf8(out.stdout).expect("utf-8")
}

const MESSAGES: &[(&str, u64, &str)] = &[
    (
        "AWS-S3-001",
        15,
        "bucket ACL \"pu****te\" grants access to everyone",
    ),
    (
        "AWS-EC2-012",
        21,
        "user data contains what looks like an AWS access key id (AK****86); contains what looks like a connection string with a password (po****pp)",
    ),
    (
        "AWS-S3-001",
        36,
        "bucket ACL \"au****ad\" grants access to everyone",
    ),
    (
        "AWS-LAMBDA-001",
        39,
        "function has no `tracing_config`, so X-Ray traces only requests its callers sampled",
    ),
    (
        "AWS-LAMBDA-004",
        46,
        "environment variable \"OWNER\" holds what looks like a GitHub token (gh****89) instead of a reference to Secrets Manager or Parameter Store",
    ),
    // Derived through a function: `lower(var.shouted_acl)`.
    (
        "AWS-S3-001",
        59,
        "bucket ACL \"pu****ad\" grants access to everyone",
    ),
];

#[test]
fn no_format_contains_a_raw_secret() {
    for format in [
        "cli", "json", "sarif", "junit", "github", "gitlab", "markdown", "compact",
    ] {
        let mut out = report(format);
        if format == "sarif" {
            // The rules carry each check's documentation, whose examples are its fixtures.
            let mut doc: Value = serde_json::from_str(&out).expect("sarif");
            doc["runs"][0]["tool"] = Value::Null;
            out = doc.to_string();
        }
        for raw in RAW {
            assert!(!out.contains(raw), "{format} shows {raw}:\n{out}");
        }
        assert!(!out.contains("\"public-read-write\""), "{format}:\n{out}");
        assert!(!out.contains("\"authenticated-read\""), "{format}:\n{out}");
        assert!(!out.contains("\"public-read\""), "{format}:\n{out}");
    }
}

#[test]
fn json_messages_are_masked() {
    let doc: Value = serde_json::from_str(&report("json")).expect("json");
    let got: Vec<(String, u64, String)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["check_id"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want: Vec<(String, u64, String)> = MESSAGES
        .iter()
        .map(|(id, line, m)| (id.to_string(), *line, m.to_string()))
        .collect();
    assert_eq!(got, want);
    // The related location of a sensitive variable's default names it, not its value.
    assert_eq!(
        doc["findings"][0]["related"][0]["message"],
        "default value of var.bucket_acl"
    );
}

#[test]
fn sarif_messages_are_masked() {
    let doc: Value = serde_json::from_str(&report("sarif")).expect("sarif");
    let got: Vec<String> = doc["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["message"]["text"].as_str().unwrap_or("").to_string())
        .collect();
    let want: Vec<String> = MESSAGES.iter().map(|(_, _, m)| format!("{m}.")).collect();
    assert_eq!(got, want);
}

#[test]
fn terminal_excerpts_are_masked() {
    let out = report("cli");
    let frames: Vec<&str> = out
        .lines()
        .filter(|l| l.contains('│') && l.trim() != "│")
        .collect();
    let stars = |n: usize| "*".repeat(n);
    let want = vec![
        format!(" 3 │   default   = \"{}\"", stars(17)),
        "   │   ------------------------------- default value of var.bucket_acl".to_string(),
        "15 │   acl    = var.bucket_acl".to_string(),
        "   │   ^^^^^^^^^^^^^^^^^^^^^^^ high severity: s3-bucket-public-acl".to_string(),
        format!(" 9 │   default   = \"{}\"", stars(21)),
        "   │   ----------------------------------- default value of var.db_password".to_string(),
        format!(
            "21 │   user_data     = \"#!/bin/sh\\nexport AWS_ACCESS_KEY_ID={}\\nDATABASE_URL=postgres://app:${{var.db_password}}@db/app\\n\"",
            stars(20)
        ),
        format!(
            "   │   {} high severity: ec2-user-data-contains-secret",
            "^".repeat(131)
        ),
        "36 │   acl    = module.cfg.acl".to_string(),
        "   │   ^^^^^^^^^^^^^^^^^^^^^^^ high severity: s3-bucket-public-acl".to_string(),
        "39 │ resource \"aws_lambda_function\" \"api\" {".to_string(),
        "   │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ low severity: lambda-xray-tracing-disabled"
            .to_string(),
        format!("46 │       OWNER = \"{}\"", stars(40)),
        format!(
            "   │               {} high severity: lambda-plaintext-secret-in-environment",
            "^".repeat(42)
        ),
        format!("53 │   default   = \"{}\"", stars(11)),
        "   │   ------------------------- default value of var.shouted_acl".to_string(),
        "59 │   acl    = lower(var.shouted_acl)".to_string(),
        "   │   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ high severity: s3-bucket-public-acl".to_string(),
    ];
    assert_eq!(frames, want, "{out}");
}

#[test]
fn masking_by_content() {
    use posture::redact::content_secrets;
    assert_eq!(
        content_secrets(
            "export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986\nDB_PASSWORD='s3cr3t-pass'\nHOME=/root"
        ),
        vec!["AKIA2E0A8F3B244C9986", "s3cr3t-pass"]
    );
    assert_eq!(
        content_secrets("url: mysql://app:pa55word-x@db:3306/x"),
        vec!["pa55word-x"]
    );
    let key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----";
    assert_eq!(content_secrets(&format!("key: |\n{key}\n")), vec![key]);
    assert_eq!(
        content_secrets("PASSWORD_FILE=/run/secrets/db TOKEN=$TOKEN"),
        Vec::<&str>::new()
    );
}

/// The language server's diagnostics carry the same masked messages.
#[test]
fn language_server_diagnostics_are_masked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let path = dir.join("main.tf");
    let text = std::fs::read_to_string(&path).expect("fixture");
    let uri = posture::lsp::uri::from_path(&path)
        .expect("uri")
        .as_str()
        .to_string();
    let (server_conn, conn) = Connection::memory();
    let server = std::thread::spawn(move || {
        posture::lsp::run(server_conn, posture::lsp::Options::default())
    });
    let send = |m: Message| conn.sender.send(m).expect("send");
    send(
        Request::new(
            RequestId::from(1),
            "initialize".into(),
            json!({"processId": null, "capabilities": {}}),
        )
        .into(),
    );
    send(Notification::new("initialized".into(), json!({})).into());
    send(
        Notification::new(
            "textDocument/didOpen".into(),
            json!({"textDocument": {"uri": uri, "languageId": "terraform", "version": 1, "text": text}}),
        )
        .into(),
    );
    let diagnostics = loop {
        let m = conn
            .receiver
            .recv_timeout(Duration::from_secs(60))
            .expect("diagnostics");
        if let Message::Notification(n) = m
            && n.method == "textDocument/publishDiagnostics"
            && n.params["uri"] == uri.as_str()
        {
            break n.params["diagnostics"].clone();
        }
    };
    let mut got: Vec<(String, String)> = diagnostics
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String)> = MESSAGES
        .iter()
        .map(|(id, _, m)| (id.to_string(), m.to_string()))
        .collect();
    want.sort();
    // The server may word messages differently; each must at least contain the masked text.
    assert_eq!(got.len(), want.len(), "{diagnostics:#}");
    for ((gid, gm), (wid, wm)) in got.iter().zip(&want) {
        assert_eq!(gid, wid);
        assert!(gm.contains(wm.as_str()), "{gm}");
    }
    let all = diagnostics.to_string();
    for raw in RAW {
        assert!(!all.contains(raw), "{all}");
    }
    send(Request::new(RequestId::from(2), "shutdown".into(), json!(null)).into());
    send(Notification::new("exit".into(), json!(null)).into());
    while conn.receiver.recv_timeout(Duration::from_secs(5)).is_ok() {}
    assert_eq!(server.join().expect("server thread"), 0);
}
