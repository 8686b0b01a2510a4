//! `.posture.toml`: parsing, located errors, rule selection, discovery and the schema.

use std::path::PathBuf;
use std::process::Command;

use posture::config::{self, Rules};
use posture::registry;

fn parse(text: &str) -> Result<config::Loaded, config::ConfigError> {
    config::parse(".posture.toml", text, PathBuf::from("."))
}

#[test]
fn errors_are_located() {
    let e = parse("select = [\"AWS-S3\"]\nfail-on = \"hgh\"\n").expect_err("bad severity");
    assert_eq!((e.line, e.column), (2, 11), "{e}");
    assert!(e.message.contains("hgh"), "{e}");

    let e = parse("selct = []\n").expect_err("unknown key");
    assert_eq!((e.line, e.column), (1, 1), "{e}");
    assert!(e.message.contains("unknown field"), "{e}");

    let e = parse("ignore = [\"AWS-S3-001\", \"NOPE-9\"]\n").expect_err("unknown id");
    assert_eq!((e.line, e.column), (1, 25), "{e}");
    assert_eq!(
        e.to_string(),
        ".posture.toml:1:25: no check matches \"NOPE-9\" (see `posture checks`)"
    );

    let e = parse("exclude = [\"a/[\"]\n").expect_err("bad glob");
    assert_eq!(e.line, 1, "{e}");
}

#[test]
fn selection_by_prefix_alias_and_ignore_with_severity_overrides() {
    let l = parse(
        "select = [\"AWS-S3\", \"CKV_AWS_3\"]\nignore = [\"s3-bucket-public-acl\"]\n[severity]\n\"AWS-EBS-001\" = \"critical\"\n",
    )
    .expect("valid");
    let rules = Rules::from_config(&l.config);
    let s3 = registry::find("AWS-S3-002").expect("check");
    let acl = registry::find("AWS-S3-001").expect("check");
    let ebs = registry::find("AWS-EBS-001").expect("check");
    let ssh = registry::find("AWS-EC2-001").expect("check");
    assert!(rules.enabled(s3));
    assert!(!rules.enabled(acl), "ignored by name");
    assert!(rules.enabled(ebs), "selected by its Checkov id");
    assert!(!rules.enabled(ssh), "not selected");
    assert_eq!(rules.severity_of(ebs).as_str(), "critical");
    assert_eq!(rules.severity_of(s3), s3.severity);
}

fn posture(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn discovered_from_the_scanned_path_and_overridable() {
    let dir = std::env::temp_dir().join(format!("posture-config-{}", std::process::id()));
    let infra = dir.join("infra");
    std::fs::create_dir_all(&infra).expect("mkdir");
    std::fs::write(
        infra.join("main.tf"),
        "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n",
    )
    .expect("write");
    std::fs::write(dir.join(".posture.toml"), "ignore = [\"AWS-EBS\"]\n").expect("write");

    // Found by walking up from infra/.
    let (code, out, _) = posture(&dir, &["scan", "infra", "--format", "json"]);
    assert_eq!(code, Some(0), "{out}");
    // --isolated ignores it.
    let (code, _, _) = posture(&dir, &["scan", "infra", "--isolated", "--format", "json"]);
    assert_eq!(code, Some(1));
    // --config names another file; errors exit 2 with a location.
    std::fs::write(dir.join("bad.toml"), "fail-on = 3\n").expect("write");
    let (code, _, err) = posture(&dir, &["scan", "infra", "--config", "bad.toml"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("error: bad.toml:1:11: "), "{err}");
    // fail-on from the configuration; the command line wins.
    std::fs::write(dir.join("high.toml"), "fail-on = \"critical\"\n").expect("write");
    let (code, _, _) = posture(
        &dir,
        &["scan", "infra", "--config", "high.toml", "--format", "json"],
    );
    assert_eq!(code, Some(0));
    let (code, _, _) = posture(
        &dir,
        &[
            "scan",
            "infra",
            "--config",
            "high.toml",
            "--fail-on",
            "low",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, Some(1));
    // exclude globs
    std::fs::write(dir.join("ex.toml"), "exclude = [\"infra/**\"]\n").expect("write");
    let (code, out, _) = posture(
        &dir,
        &["scan", "infra", "--config", "ex.toml", "--format", "json"],
    );
    assert_eq!(code, Some(0), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn committed_schema_is_fresh() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/posture.schema.json"
    ))
    .expect("docs/posture.schema.json");
    assert_eq!(
        committed.trim_end(),
        config::json_schema().trim_end(),
        "regenerate with `cargo run -- config-schema > docs/posture.schema.json`"
    );
}
