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

/// Runs posture with `input` on its standard input.
fn posture_stdin(args: &[&str], input: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_ref())
        .expect("write");
    child.wait_with_output().expect("wait")
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
    let out = posture_stdin(
        &[
            "scan",
            "-",
            "--stdin-filename",
            "piped.tf",
            "--format",
            "json",
        ],
        b"resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n",
    );
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
    let found: Vec<(String, String, u64, u64)> = findings_at(&doc)
        .into_iter()
        .map(|(id, _, line, column, resource)| (id, resource, line, column))
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
        let out = posture_stdin(
            &args,
            b"variable \"enc\" {}\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.enc\n}\n",
        );
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
    let out = posture_stdin(&["scan", "-", "--stdin-filename", "s.tf", "--format", "json"], b"resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # posture:ignore AWS-EBS-001 scratch\n}\n");
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
    let out = posture_stdin(&["scan", "-", "--format", "json"], stream.as_bytes());
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
    let out = posture_stdin(
        &["scan", "-", "--stdin-filename", "db.tf", "--color", "never"],
        b"resource \"aws_db_instance\" \"db\" { password = \"hunter2-prod-pass\" }\n",
    );
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

/// Writes `files` (relative path, text) under a fresh temporary directory.
fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

/// `scan DIR --format json` run inside DIR: (exit code, findings as (id, file, line,
/// resource), problems as (file, line, message)).
#[allow(clippy::type_complexity)]
fn scan_dir_json(
    dir: &std::path::Path,
    extra: &[&str],
) -> (
    Option<i32>,
    Vec<(String, String, u64, String)>,
    Vec<(String, u64, String)>,
) {
    let out = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", ".", "--format", "json"])
        .args(extra)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run posture");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = findings_at(&doc)
        .into_iter()
        .map(|(id, file, line, _, resource)| (id, file, line, resource))
        .collect();
    let problems = doc["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .chain(doc["notices"].as_array().expect("notices"))
        .map(|p| {
            (
                p["file"].as_str().unwrap_or("").to_string(),
                p["line"].as_u64().unwrap_or(0),
                p["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    (out.status.code(), findings, problems)
}

#[test]
fn modules_installed_by_terraform_init_are_evaluated_with_their_callers() {
    let manifest = r#"{"Modules":[
  {"Key":"","Source":"","Dir":"."},
  {"Key":"bucket","Source":"registry.terraform.io/acme/bucket/aws","Version":"1.2.0","Dir":".terraform/modules/bucket"},
  {"Key":"bucket.inner","Source":"./modules/inner","Dir":".terraform/modules/bucket/modules/inner"},
  {"Key":"escape","Source":"git::https://example.com/x.git","Dir":"../outside"}
]}"#;
    let dir = tree(&[
        (
            ".posture.toml",
            "select = [\"AWS-S3-001\", \"AWS-EBS-001\"]\n",
        ),
        (
            "main.tf",
            "module \"bucket\" {\n  source  = \"acme/bucket/aws\"\n  version = \"1.2.0\"\n  acl     = \"public-read\"\n}\n\nmodule \"escape\" {\n  source = \"git::https://example.com/x.git\"\n}\n\nmodule \"absent\" {\n  source = \"acme/absent/aws\"\n}\n",
        ),
        (".terraform/modules/modules.json", manifest),
        (
            ".terraform/modules/bucket/main.tf",
            "variable \"acl\" {\n  default = \"private\"\n}\n\nresource \"aws_s3_bucket_acl\" \"this\" {\n  bucket = \"b\"\n  acl    = var.acl\n}\n\nmodule \"inner\" {\n  source = \"./modules/inner\"\n}\n",
        ),
        (
            ".terraform/modules/bucket/modules/inner/main.tf",
            "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n  encrypted         = false\n}\n",
        ),
        // Not in the manifest: never read.
        (
            ".terraform/modules/stray/main.tf",
            "resource \"aws_ebs_volume\" \"stray\" {\n  encrypted = false\n}\n",
        ),
        (
            "outside/main.tf",
            "resource \"aws_ebs_volume\" \"outside\" {\n  encrypted = false\n}\n",
        ),
    ]);
    let (code, findings, problems) = scan_dir_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        findings,
        vec![
            (
                "AWS-S3-001".into(),
                ".terraform/modules/bucket/main.tf".into(),
                7,
                "module.bucket.aws_s3_bucket_acl.this".into()
            ),
            (
                "AWS-EBS-001".into(),
                ".terraform/modules/bucket/modules/inner/main.tf".into(),
                3,
                "module.bucket.module.inner.aws_ebs_volume.v".into()
            ),
            // `outside/` is scanned as its own root module (it is in the tree), not as the
            // `escape` module: the manifest may not point outside `.terraform/modules`.
            (
                "AWS-EBS-001".into(),
                "outside/main.tf".into(),
                2,
                "aws_ebs_volume.outside".into()
            ),
        ]
    );
    let notices: Vec<(String, u64, String)> = problems
        .into_iter()
        .filter(|p| p.2.contains("not installed"))
        .collect();
    assert_eq!(
        notices,
        vec![
            ("main.tf".into(), 7, "module \"escape\" (git::https://example.com/x.git) is not a local path and is not installed; run `terraform init` to scan it (Posture never downloads modules)".into()),
            ("main.tf".into(), 11, "module \"absent\" (acme/absent/aws) is not a local path and is not installed; run `terraform init` to scan it (Posture never downloads modules)".into()),
        ]
    );

    // Evaluated but not reported.
    let (code, findings, _) = scan_dir_json(dir.path(), &["--exclude-downloaded-modules"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        findings,
        vec![(
            "AWS-EBS-001".into(),
            "outside/main.tf".into(),
            2,
            "aws_ebs_volume.outside".into()
        )]
    );
}

#[test]
fn a_malformed_module_manifest_is_a_located_error() {
    let dir = tree(&[
        ("main.tf", "module \"m\" {\n  source = \"acme/m/aws\"\n}\n"),
        (
            ".terraform/modules/modules.json",
            "{\"Modules\": [\n  {\"Key\": 1}\n]}\n",
        ),
    ]);
    let (code, findings, problems) = scan_dir_json(dir.path(), &[]);
    // Input errors are reported; they do not fail the run by themselves.
    assert_eq!(code, Some(0));
    assert!(findings.is_empty());
    assert_eq!(
        problems
            .iter()
            .map(|p| (p.0.as_str(), p.1))
            .collect::<Vec<_>>(),
        vec![(".terraform/modules/modules.json", 2), ("main.tf", 1)]
    );
    assert!(
        problems[0]
            .2
            .starts_with("malformed module manifest: invalid type"),
        "{problems:?}"
    );
}

/// A plan of `main.tf` (a volume whose encryption comes from a variable set only at plan
/// time, and a security group built with `dynamic` blocks) and of the module it calls.
const PLAN_SOURCES: &[(&str, &str)] = &[
    (
        "infra/main.tf",
        "variable \"encrypt\" {}\n\nresource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  encrypted         = var.encrypt\n}\n\nresource \"aws_security_group\" \"web\" {\n  name = \"web\"\n  dynamic \"ingress\" {\n    for_each = [22, 443]\n    content {\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = \"tcp\"\n      cidr_blocks = [\"0.0.0.0/0\"]\n    }\n  }\n}\n\nmodule \"disks\" {\n  source = \"./modules/disks\"\n}\n",
    ),
    (
        "infra/modules/disks/main.tf",
        "resource \"aws_ebs_volume\" \"this\" {\n  count             = 1\n  availability_zone = \"eu-west-1a\"\n}\n",
    ),
];

const PLAN: &str = r#"{
  "format_version": "1.2",
  "planned_values": {
    "root_module": {
      "resources": [
        {"address": "aws_ebs_volume.data", "mode": "managed", "type": "aws_ebs_volume", "name": "data",
         "values": {"availability_zone": "eu-west-1a", "encrypted": false, "size": 10}},
        {"address": "aws_security_group.web", "mode": "managed", "type": "aws_security_group", "name": "web",
         "values": {"name": "web", "ingress": [
           {"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
           {"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}}
      ],
      "child_modules": [
        {"address": "module.disks", "resources": [
          {"address": "module.disks.aws_ebs_volume.this[0]", "mode": "managed", "type": "aws_ebs_volume",
           "name": "this", "index": 0, "values": {"availability_zone": "eu-west-1a", "encrypted": false}}
        ]}
      ]
    }
  }
}
"#;

fn findings_at(doc: &serde_json::Value) -> Vec<(String, String, u64, u64, String)> {
    doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["check_id"].as_str().unwrap_or("").to_string(),
                f["file"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["start"]["column"].as_u64().unwrap_or(0),
                f["resource"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn plan_findings_point_at_the_sources_beside_the_plan_or_given_with_plan_source() {
    let mut files = PLAN_SOURCES.to_vec();
    files.push((
        ".posture.toml",
        "select = [\"AWS-EBS-001\", \"AWS-EC2-001\"]\n",
    ));
    files.push(("infra/plan.json", PLAN));
    files.push(("elsewhere/plan.json", PLAN));
    let dir = tree(&files);
    let run = |args: &[&str]| -> serde_json::Value {
        let out = Command::new(env!("CARGO_BIN_EXE_posture"))
            .args(args)
            .args(["--format", "json"])
            .current_dir(dir.path())
            .output()
            .expect("run posture");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let expected = || {
        vec![
            // The plan knows the variable's value; the finding points at where it is used.
            (
                "AWS-EBS-001".to_string(),
                "infra/main.tf".to_string(),
                5,
                3,
                "aws_ebs_volume.data".to_string(),
            ),
            // The open CIDR, inside the `dynamic` block's content.
            (
                "AWS-EC2-001".into(),
                "infra/main.tf".into(),
                16,
                21,
                "aws_security_group.web".into(),
            ),
            // Missing in the module's block: its header.
            (
                "AWS-EBS-001".into(),
                "infra/modules/disks/main.tf".into(),
                1,
                1,
                "module.disks.aws_ebs_volume.this[0]".into(),
            ),
        ]
    };
    // Beside its sources: the sources are not evaluated a second time (no duplicates, and
    // `var.encrypt`, unknown in the sources, is known in the plan).
    let doc = run(&["scan", "infra"]);
    assert_eq!(findings_at(&doc), expected());
    // Elsewhere, with --plan-source.
    let doc = run(&["scan", "elsewhere/plan.json", "--plan-source", "infra"]);
    assert_eq!(findings_at(&doc), expected());
    // Without sources, findings point into the plan.
    let doc = run(&["scan", "elsewhere/plan.json"]);
    let files: Vec<String> = findings_at(&doc).into_iter().map(|f| f.1).collect();
    assert_eq!(files, vec!["elsewhere/plan.json"; 3]);
}

#[test]
fn findings_inside_a_module_point_at_the_call_in_the_root_module() {
    let dir = tree(&[
        (
            "root/main.tf",
            "module \"disks\" {\n  source = \"../modules/disks\"\n}\n",
        ),
        (
            "modules/disks/main.tf",
            "module \"inner\" {\n  source = \"./inner\"\n}\n",
        ),
        (
            "modules/disks/inner/main.tf",
            "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n}\n",
        ),
    ]);
    let out = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", ".", "--format", "json"])
        .current_dir(dir.path())
        .output()
        .expect("run posture");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["check_id"] == "AWS-EBS-001")
        .expect("finding");
    assert_eq!(f["file"], "modules/disks/inner/main.tf");
    assert_eq!(f["resource"], "module.disks.module.inner.aws_ebs_volume.v");
    assert_eq!(
        f["related"],
        serde_json::json!([{
            "file": "root/main.tf",
            "start": {"line": 1, "column": 1},
            "end": {"line": 1, "column": 15},
            "message": "module.disks is called here"
        }])
    );
}
