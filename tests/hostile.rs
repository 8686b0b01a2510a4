//! Hostile inputs: nothing crashes or hangs, every problem is located, the scan goes on.

use std::path::PathBuf;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

fn scan(dir: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["scan".to_string(), dir.to_string_lossy().into_owned()];
    args.extend(["--format", "json", "--exit-zero"].map(String::from));
    args.extend(extra.iter().map(|s| s.to_string()));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let out = Command::new(env!("CARGO_BIN_EXE_posture"))
            .args(&args)
            .output()
            .expect("run");
        let _ = tx.send(out);
    });
    // A guard against hangs, not a speed target.
    let out = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("posture hung");
    assert!(
        out.status.code().is_some(),
        "posture was killed by a signal: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("a JSON report")
}

fn messages(doc: &serde_json::Value, section: &str) -> Vec<(String, u64, String)> {
    doc[section]
        .as_array()
        .expect(section)
        .iter()
        .map(|e| {
            (
                e["file"]
                    .as_str()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .to_string(),
                e["line"].as_u64().unwrap_or(0),
                e["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn committed_hostile_files() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let doc = scan(&dir, &[]);
    let errors = messages(&doc, "errors");
    let notices = messages(&doc, "notices");
    let has = |list: &[(String, u64, String)], file: &str, line: u64, text: &str| {
        list.iter()
            .any(|(f, l, m)| f == file && *l == line && m.contains(text))
    };
    assert!(
        has(&errors, "invalid_utf8.tf", 2, "not valid UTF-8"),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|(f, _, _)| f == "binary.tf.json"),
        "{errors:?}"
    );
    assert!(has(&errors, "counts.tf", 7, "cycle"), "{errors:?}");
    assert!(
        has(&notices, "counts.tf", 1, "only the first 10000"),
        "{notices:?}"
    );
    assert!(
        has(&errors, "laughs.yaml", 11, "alias expansion exceeds"),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|(f, _, m)| f == "conditions.yaml" && m.contains("refers to itself")),
        "{errors:?}"
    );
    // CRLF and BOM files keep exact positions.
    let findings: Vec<(String, u64, u64)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["resource"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["start"]["column"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert!(
        findings.contains(&("aws_ebs_volume.crlf".into(), 3, 3)),
        "{findings:?}"
    );
    assert!(
        findings.contains(&("aws_ebs_volume.bom".into(), 2, 3)),
        "{findings:?}"
    );
}

#[test]
fn generated_hostile_inputs() {
    let dir = std::env::temp_dir().join(format!("posture-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    let n = 20_000;
    let deep = format!("locals {{\n  x = {}{}\n}}\n", "[".repeat(n), "]".repeat(n));
    std::fs::write(dir.join("deep.tf"), deep).expect("write");
    let deep_json = format!(
        "{{\"locals\": {{\"x\": {}{}}}}}\n",
        "[".repeat(n),
        "]".repeat(n)
    );
    std::fs::write(dir.join("deep.tf.json"), deep_json).expect("write");
    let mut block = String::from("apiVersion: v1\nkind: ConfigMap\ndata:\n");
    for i in 0..n {
        block.push_str(&" ".repeat(2 + i.min(3000)));
        block.push_str("- \n");
    }
    std::fs::write(dir.join("deep.yaml"), block).expect("write");
    let flow = format!(
        "apiVersion: v1\nkind: Pod\nspec: {}{}\n",
        "[".repeat(n),
        "]".repeat(n)
    );
    std::fs::write(dir.join("flow.yaml"), flow).expect("write");
    let long = format!("locals {{\n  x = \"{}\"\n}}\n", "a".repeat(2_000_000));
    std::fs::write(dir.join("long_line.tf"), long).expect("write");
    let doc = scan(&dir, &[]);
    let errors = messages(&doc, "errors");
    for f in ["deep.tf", "deep.tf.json", "flow.yaml"] {
        assert!(
            errors.iter().any(|(file, l, _)| file == f && *l > 0),
            "{f}: {errors:?}"
        );
    }
    // The 2 MB line is read and evaluated.
    assert!(
        errors.iter().all(|(f, _, _)| f != "long_line.tf"),
        "{errors:?}"
    );
    let big = dir.join("big");
    std::fs::create_dir_all(&big).expect("mkdir");
    std::fs::write(big.join("big.tf"), vec![b'#'; 2048]).expect("write");
    let doc = scan(&big, &["--max-file-size", "1024"]);
    let notices = messages(&doc, "notices");
    assert!(
        notices
            .iter()
            .any(|(f, _, m)| f == "big.tf" && m.contains("larger than the limit")),
        "{notices:?}"
    );
    #[cfg(unix)]
    {
        let loop_dir = dir.join("links");
        std::fs::create_dir_all(&loop_dir).expect("mkdir");
        let _ = std::os::unix::fs::symlink("..", loop_dir.join("up"));
        let _ = std::os::unix::fs::symlink("nowhere.tf", loop_dir.join("dangling.tf"));
        let doc = scan(&loop_dir, &[]);
        assert!(doc["errors"].as_array().map(Vec::len).unwrap_or(0) >= 1);
    }
    let _ = std::fs::remove_dir_all(dir);
}
