//! The shipped binary end to end: formats, exit codes, stdin, explain and the catalog.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn posture(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run posture")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn json_report_document() {
    let out = posture(&["scan", "tests/data/cli/main.tf", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("json_report", stdout(&out));
}

#[test]
fn terminal_report() {
    let out = posture(&["scan", "tests/data/cli/main.tf", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("cli_report", stdout(&out));
}

#[test]
fn parse_errors_are_reported_with_location_and_the_scan_goes_on() {
    let out = posture(&[
        "scan",
        "tests/data/broken",
        "tests/data/cli",
        "--format",
        "json",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let errors = doc["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], "tests/data/broken/broken.tf");
    assert_eq!(errors[0]["line"], 2);
    // main.tf was still scanned
    assert!(doc["summary"]["findings"].as_u64().unwrap_or(0) >= 2);
}

#[test]
fn fail_on_and_exit_zero() {
    let high = posture(&[
        "scan",
        "tests/data/cli/main.tf",
        "--fail-on",
        "critical",
        "--format",
        "json",
    ]);
    assert_eq!(high.status.code(), Some(1), "SSH open is critical");
    let zero = posture(&[
        "scan",
        "tests/data/cli/main.tf",
        "--exit-zero",
        "--format",
        "json",
    ]);
    assert_eq!(zero.status.code(), Some(0));
    let clean = posture(&["scan", "examples/terraform/secure", "--format", "json"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    let usage = posture(&["scan", "--format", "nope"]);
    assert_eq!(usage.status.code(), Some(2));
    let missing = posture(&["scan", "no/such/dir"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn output_file() {
    let dir = std::env::temp_dir().join(format!("posture-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let file = dir.join("report.json");
    let out = posture(&[
        "scan",
        "tests/data/cli/main.tf",
        "--format",
        "json",
        "-o",
        file.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("report")).expect("json");
    assert_eq!(doc["version"], 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn stdin_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args([
            "scan",
            "-",
            "--stdin-filename",
            "piped.tf",
            "--format",
            "json",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = &doc["findings"][0];
    assert_eq!(f["check_id"], "AWS-EBS-001");
    assert_eq!(f["file"], "piped.tf");
    assert_eq!(f["start"]["line"], 2);
    assert_eq!(f["start"]["column"], 3);
}

#[test]
fn explain_and_catalog() {
    let out = posture(&["explain", "CKV_AWS_3"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("# AWS-EBS-001: EBS volume is not encrypted\n"),
        "{text}"
    );
    assert!(text.contains("## Insecure example"));
    assert!(
        !text.contains("expect:"),
        "markers are stripped from examples"
    );
    assert_eq!(posture(&["explain", "NOPE-1"]).status.code(), Some(2));

    let out = posture(&["checks", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let checks = doc["checks"].as_array().expect("checks");
    let ebs = checks
        .iter()
        .find(|c| c["id"] == "AWS-EBS-001")
        .expect("AWS-EBS-001 listed");
    assert_eq!(
        ebs["frameworks"],
        serde_json::json!(["terraform", "cloudformation"])
    );
    assert_eq!(
        ebs["equivalents"]["checkov"],
        serde_json::json!(["CKV_AWS_3"])
    );
    for c in checks {
        for key in [
            "id",
            "name",
            "severity",
            "title",
            "description",
            "remediation",
            "source",
        ] {
            assert!(
                c[key].as_str().is_some_and(|s| !s.is_empty()),
                "{} lacks {key}",
                c["id"]
            );
        }
    }
}

#[test]
fn terraform_plan_json() {
    let out = posture(&["scan", "tests/data/plan", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let found: Vec<(String, String, u64, u64)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["check_id"].as_str().unwrap_or("").to_string(),
                f["resource"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["start"]["column"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    // `encrypted` known only after apply on `computed`, and true in the module: one finding.
    assert_eq!(
        found,
        vec![(
            "AWS-EBS-001".to_string(),
            "aws_ebs_volume.data".to_string(),
            16,
            13
        )]
    );
    assert_eq!(doc["summary"]["resources"], 3);
    assert_eq!(
        doc["errors"],
        serde_json::json!([]),
        "package.json is not an error"
    );
}

#[test]
fn strict_unknowns_reports_unresolved_findings() {
    let run = |strict: bool| {
        let mut args = vec!["scan", "-", "--stdin-filename", "u.tf", "--format", "json"];
        if strict {
            args.push("--strict-unknowns");
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_posture"))
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"variable \"enc\" {}\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.enc\n}\n")
            .expect("write");
        let out = child.wait_with_output().expect("wait");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        (out.status.code(), doc)
    };
    let (code, doc) = run(false);
    assert_eq!(code, Some(0));
    assert_eq!(doc["findings"], serde_json::json!([]));
    let (code, doc) = run(true);
    assert_eq!(code, Some(1));
    let f = &doc["findings"][0];
    assert_eq!(f["check_id"], "AWS-EBS-001");
    assert_eq!(f["unresolved"], true);
    assert_eq!(f["start"]["line"], 3);
    assert_eq!(doc["findings"].as_array().map(Vec::len), Some(1));
}

#[test]
fn suppressed_findings_are_kept_in_json_and_do_not_fail_the_run() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", "-", "--stdin-filename", "s.tf", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # posture:ignore AWS-EBS-001 scratch\n}\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        doc["findings"][0]["suppressed"],
        serde_json::json!({"kind": "inline", "justification": "scratch"})
    );
    assert_eq!(doc["summary"]["findings"], 0);
    assert_eq!(doc["summary"]["suppressed"], 1);
}

#[test]
fn a_file_argument_is_evaluated_with_its_module_and_only_its_findings_are_reported() {
    let dir = std::env::temp_dir().join(format!("posture-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("variables.tf"),
        "variable \"enc\" {\n  default = false\n}\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("main.tf"),
        "resource \"aws_ebs_volume\" \"a\" {\n  encrypted = var.enc\n}\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("other.tf"),
        "resource \"aws_ebs_volume\" \"b\" {}\n",
    )
    .expect("write");
    let main = dir.join("main.tf");
    let out = posture(&["scan", main.to_str().expect("utf-8"), "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = doc["findings"].as_array().expect("findings");
    // The variable's value comes from variables.tf; other.tf's finding is not reported.
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["resource"], "aws_ebs_volume.a");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn diff_base_reports_only_changed_resources() {
    let dir = std::env::temp_dir().join(format!("posture-diff-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args([
                "-c",
                "user.email=t@example.com",
                "-c",
                "user.name=t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("git")
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    let before = "resource \"aws_ebs_volume\" \"old\" {\n  size = 1\n}\n\nresource \"aws_ebs_volume\" \"touched\" {\n  size = 1\n}\n";
    std::fs::write(dir.join("main.tf"), before).expect("write");
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    std::fs::write(
        dir.join("main.tf"),
        before.replace("\"touched\" {\n  size = 1", "\"touched\" {\n  size = 2"),
    )
    .expect("write");
    std::fs::write(
        dir.join("new.tf"),
        "resource \"aws_ebs_volume\" \"new\" {}\n",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", ".", "--diff-base", "HEAD", "--format", "json"])
        .current_dir(&dir)
        .output()
        .expect("run");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut resources: Vec<&str> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["resource"].as_str())
        .collect();
    resources.sort();
    assert_eq!(
        resources,
        vec!["aws_ebs_volume.new", "aws_ebs_volume.touched"]
    );

    let bad = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args([
            "scan",
            ".",
            "--diff-base",
            "no-such-ref",
            "--format",
            "json",
        ])
        .current_dir(&dir)
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn compliance_selection_and_report() {
    let out = posture(&[
        "scan",
        "examples/terraform/insecure",
        "--compliance",
        "cis-aws",
        "--format",
        "json",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = doc["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    for f in findings {
        let c = posture::registry::find(f["check_id"].as_str().unwrap_or("")).expect("check");
        assert!(
            posture::compliance::maps_to(c, "cis-aws"),
            "{} is not mapped to CIS",
            c.id
        );
    }
    assert!(
        findings.iter().all(|f| f["check_id"] != "AWS-EC2-003"),
        "not a CIS check"
    );

    let out = posture(&[
        "report",
        "--compliance",
        "cis-aws",
        "examples/terraform/insecure",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let s3_acl = doc["controls"]
        .as_array()
        .expect("controls")
        .iter()
        .find(|c| c["control"] == "2.1.5")
        .expect("control 2.1.5");
    assert_eq!(s3_acl["status"], "fail");
    assert_eq!(s3_acl["checks"], serde_json::json!(["AWS-S3-001"]));

    let out = posture(&[
        "report",
        "--compliance",
        "cis-aws",
        "examples/terraform/secure",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains(" 0 fail."));
    assert_eq!(
        posture(&["report", "--compliance", "nope"]).status.code(),
        Some(2)
    );
}

#[test]
fn baseline_reports_only_new_findings_and_survives_line_shifts() {
    let dir = std::env::temp_dir().join(format!("posture-baseline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let main = "resource \"aws_ebs_volume\" \"old\" {\n  encrypted = false\n}\n";
    std::fs::write(dir.join("main.tf"), main).expect("write");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_posture"))
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("run")
    };
    let out = run(&["scan", ".", "--write-baseline", "baseline.json"]);
    assert_eq!(out.status.code(), Some(0));
    let recorded: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("baseline.json")).expect("baseline"),
    )
    .expect("json");
    assert_eq!(recorded["findings"].as_array().map(Vec::len), Some(1));

    // Lines move and a new finding appears.
    let moved = format!(
        "# a comment\n\n{main}\nresource \"aws_ebs_volume\" \"new\" {{\n  encrypted = false\n}}\n"
    );
    std::fs::write(dir.join("main.tf"), moved).expect("write");
    let out = run(&[
        "scan",
        ".",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let kinds: Vec<(String, serde_json::Value)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["resource"].as_str().unwrap_or("").to_string(),
                f["suppressed"]["kind"].clone(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                "aws_ebs_volume.old".to_string(),
                serde_json::json!("baseline")
            ),
            ("aws_ebs_volume.new".to_string(), serde_json::Value::Null),
        ]
    );
    assert_eq!(doc["summary"]["findings"], 1);

    std::fs::write(dir.join("bad.json"), "{").expect("write");
    assert_eq!(
        run(&["scan", ".", "--baseline", "bad.json"]).status.code(),
        Some(2)
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn rendered_helm_output_on_stdin() {
    let stream = "---\n# Source: shop/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: cart\n          image: example/cart:1.0\n          securityContext:\n            privileged: true\n---\n# Source: shop/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: cart\nspec:\n  ports: [{port: 80}]\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stream.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["check_id"] == "K8S-POD-001")
        .expect("privileged finding");
    assert_eq!(f["file"], "stdin.yaml");
    assert_eq!(f["start"]["line"], 15);
    assert_eq!(
        f["resource"],
        "Deployment/shop/cart (shop/templates/deployment.yaml)"
    );
}

#[test]
fn cloudformation_parameter_files_decide_conditions() {
    let volume_messages = |extra: &[&str]| {
        let mut args = vec![
            "scan",
            "examples/cloudformation/insecure/stack.yaml",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        let out = posture(&args);
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        doc["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["resource"] == "DataVolume")
            .map(|f| f["message"].as_str().unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        volume_messages(&[]),
        vec!["volume is not encrypted (`Encrypted: false`) (when condition IsProd is false)"]
    );
    assert!(volume_messages(&["--cfn-parameters", "tests/data/cfn/prod.json"]).is_empty());
    assert_eq!(
        volume_messages(&["--cfn-parameters", "tests/data/cfn/dev.json"]),
        vec!["volume is not encrypted (`Encrypted: false`)"]
    );
    assert_eq!(
        posture(&["scan", "examples", "--cfn-parameters", "no/such.json"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn secrets_are_masked_in_reports() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", "-", "--stdin-filename", "db.tf", "--color", "never"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"resource \"aws_db_instance\" \"db\" { password = \"hunter2-prod-pass\" }\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let text = stdout(&out);
    assert!(text.contains("AWS-RDS-002"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
    assert!(text.contains("password = \"*****************\""), "{text}");
}

#[test]
fn nested_stacks_are_lowered_with_the_parameters_passed() {
    let out = posture(&["scan", "tests/data/nested", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings: Vec<(String, String, u64)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap_or("").to_string(),
                f["resource"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    // The child's default is "true"; the parent passes "false". The child is not scanned alone.
    assert_eq!(
        findings,
        vec![(
            "tests/data/nested/stacks/storage.yaml".to_string(),
            "Storage/Data".to_string(),
            12
        )]
    );
    let notices = doc["notices"].as_array().expect("notices");
    assert_eq!(notices.len(), 1);
    assert!(
        notices[0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("is remote")
    );
}
