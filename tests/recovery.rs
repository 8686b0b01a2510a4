//! Half-typed Terraform files: the syntax error is reported where it is, and the blocks that
//! still parse are evaluated and checked, with exact positions.

use std::path::PathBuf;

use posture::discover::FileKind;
use posture::scan::{Input, Settings, scan_with};
use proptest::prelude::*;

/// Findings `(id, line, column)` and problems `(message, line, column)` of one scanned file.
type Scanned = (Vec<(String, usize, usize)>, Vec<(String, usize, usize)>);

fn scan(name: &str, text: &str) -> Scanned {
    let kind = FileKind::detect(&PathBuf::from(name)).expect("known kind");
    let result = scan_with(
        vec![Input {
            path: PathBuf::from(name),
            display: name.to_string(),
            kind,
            text: Some(text.to_string()),
            context: false,
        }],
        None,
        &Settings::default(),
    );
    let mut findings: Vec<(String, usize, usize)> = result
        .findings
        .iter()
        .map(|f| {
            let (start, _) = result.sources.line_col(f.span);
            (f.check.id.to_string(), start.line, start.column)
        })
        .collect();
    findings.sort();
    let problems = result
        .problems
        .iter()
        .map(|p| {
            let (start, _) = result.sources.line_col(p.span);
            (p.message.clone(), start.line, start.column)
        })
        .collect();
    (findings, problems)
}

fn f(id: &str, line: usize, column: usize) -> (String, usize, usize) {
    (id.to_string(), line, column)
}

const HALF_TYPED: &str = r#"resource "aws_ebs_volume" "first" {
  availability_zone = "us-east-1a"
  encrypted         = false
}

resource "aws_s3_bucket" "x" {
  acl = 

resource "aws_ebs_volume" "second" {
  availability_zone = "us-east-1a"
  encrypted         = false
}
"#;

#[test]
fn half_typed_block_between_two_insecure_resources() {
    let (findings, problems) = scan("main.tf", HALF_TYPED);
    assert_eq!(
        findings,
        vec![f("AWS-EBS-001", 3, 3), f("AWS-EBS-001", 11, 3)]
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    let (message, line, column) = &problems[0];
    assert!(message.starts_with("HCL syntax error"), "{message}");
    // Where hcl-edit stops: after `acl = `.
    assert_eq!((*line, *column), (7, 9));
}

#[test]
fn same_file_parses_when_completed() {
    let fixed = HALF_TYPED.replace("acl = \n", "acl = \"private\"\n}\n");
    let (findings, problems) = scan("main.tf", &fixed);
    assert_eq!(problems, vec![]);
    // The completed bucket is checked too (it has no companion settings).
    let mut expected = vec![f("AWS-EBS-001", 3, 3), f("AWS-EBS-001", 12, 3)];
    for id in ["003", "008", "009", "010", "011", "012"] {
        expected.push(f(&format!("AWS-S3-{id}"), 6, 1));
    }
    assert_eq!(findings, expected);
}

#[test]
fn unterminated_block_at_the_end_keeps_the_blocks_before() {
    let text = "resource \"aws_ebs_volume\" \"a\" {\n  encrypted = false\n}\n\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n";
    let (findings, problems) = scan("main.tf", text);
    assert_eq!(findings, vec![f("AWS-EBS-001", 2, 3)]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].1, problems[0].2), (6, 15));
}

#[test]
fn crlf_and_non_ascii_before_the_blocks() {
    let text = HALF_TYPED
        .replace(
            "resource \"aws_ebs_volume\" \"first\"",
            "# Ünïcödé — コメント\nresource \"aws_ebs_volume\" \"first\"",
        )
        .replace('\n', "\r\n");
    let (findings, problems) = scan("main.tf", &text);
    assert_eq!(
        findings,
        vec![f("AWS-EBS-001", 4, 3), f("AWS-EBS-001", 12, 3)]
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].1, problems[0].2), (8, 9));
    // A value with non-ASCII text in the recovered block: columns count characters.
    let text = "resource \"aws_s3_bucket\" \"y\" {\n  acl = \n\nresource \"aws_ebs_volume\" \"z\" {\n  tags = { name = \"résumé\" }\n  encrypted = false\n}\n";
    let (findings, _) = scan("main.tf", text);
    assert_eq!(findings, vec![f("AWS-EBS-001", 6, 3)]);
}

#[test]
fn stray_braces_before_a_block() {
    let text = "}}}\nresource \"aws_ebs_volume\" \"a\" {\n  encrypted = false\n}\n";
    let (findings, problems) = scan("main.tf", text);
    assert_eq!(findings, vec![f("AWS-EBS-001", 3, 3)]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].1, problems[0].2), (1, 1));
}

#[test]
fn broken_tfvars_keep_the_other_values() {
    let dir = tempfile::tempdir().expect("temp dir");
    let main = "variable \"enc\" {\n  default = true\n}\nvariable \"other\" {\n  default = 1\n}\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.enc\n}\n";
    let vars = "other = \nenc = false\n";
    let inputs = vec![
        Input {
            path: dir.path().join("main.tf"),
            display: "m/main.tf".to_string(),
            kind: FileKind::TerraformHcl,
            text: Some(main.to_string()),
            context: false,
        },
        Input {
            path: dir.path().join("terraform.tfvars"),
            display: "m/terraform.tfvars".to_string(),
            kind: FileKind::TfVars,
            text: Some(vars.to_string()),
            context: false,
        },
    ];
    let result = scan_with(inputs, None, &Settings::default());
    let found: Vec<(String, usize)> = result
        .findings
        .iter()
        .map(|f| {
            (
                f.check.id.to_string(),
                result.sources.line_col(f.span).0.line,
            )
        })
        .collect();
    assert_eq!(found, vec![("AWS-EBS-001".to_string(), 8)]);
    assert_eq!(result.problems.len(), 1);
    assert!(result.problems[0].message.starts_with("HCL syntax error"));
}

/// A fixture with several insecure resources, comments, nested blocks and a heredoc.
const FIXTURE: &str = r#"# Storage
variable "enc" {
  default = false
}

resource "aws_ebs_volume" "a" {
  availability_zone = "us-east-1a"
  encrypted         = var.enc
  tags = {
    Name = "ä-volume"
  }
}

resource "aws_security_group" "web" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_iam_policy" "p" {
  policy = <<-EOT
    {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
    EOT
}
"#;

#[test]
fn fixture_is_insecure_when_whole() {
    let (findings, problems) = scan("main.tf", FIXTURE);
    assert_eq!(problems, vec![]);
    assert_eq!(
        findings,
        vec![
            f("AWS-EBS-001", 8, 3),
            f("AWS-EC2-001", 19, 20),
            f("AWS-EC2-006", 14, 1),
            f("AWS-EC2-006", 15, 3),
            f("AWS-IAM-001", 24, 3),
        ]
    );
    // With the security group's closing brace gone, the blocks around it still count.
    let broken = FIXTURE.replacen(
        "  }\n}\n\nresource \"aws_iam_policy\"",
        "  }\n\nresource \"aws_iam_policy\"",
        1,
    );
    assert_ne!(broken, FIXTURE);
    let (findings, problems) = scan("main.tf", &broken);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        findings,
        vec![f("AWS-EBS-001", 8, 3), f("AWS-IAM-001", 23, 3)]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Truncating a valid file anywhere never panics, and every finding and problem lies
    /// inside the truncated file.
    #[test]
    fn truncation_never_panics(cut in 0usize..FIXTURE.len()) {
        let mut cut = cut;
        while !FIXTURE.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &FIXTURE[..cut];
        let result = scan_with(
            vec![Input {
                path: PathBuf::from("main.tf"),
                display: "main.tf".to_string(),
                kind: FileKind::TerraformHcl,
                text: Some(text.to_string()),
                context: false,
            }],
            None,
            &Settings::default(),
        );
        for f in &result.findings {
            prop_assert!(f.span.start <= f.span.end);
            prop_assert!((f.span.end as usize) <= text.len(), "{:?} past {}", f.span, text.len());
        }
        for p in &result.problems {
            prop_assert!((p.span.end as usize) <= text.len());
        }
    }

    /// Junk typed anywhere never panics; findings and problems stay inside the file.
    #[test]
    fn insertions_never_panic(at in 0usize..FIXTURE.len(), junk in "[{}\\[\\]\"=a-z\n #<$%é]{1,12}") {
        let mut at = at;
        while !FIXTURE.is_char_boundary(at) {
            at -= 1;
        }
        let text = format!("{}{}{}", &FIXTURE[..at], junk, &FIXTURE[at..]);
        let result = scan_with(
            vec![Input {
                path: PathBuf::from("main.tf"),
                display: "main.tf".to_string(),
                kind: FileKind::TerraformHcl,
                text: Some(text.clone()),
                context: false,
            }],
            None,
            &Settings::default(),
        );
        for f in &result.findings {
            prop_assert!(f.span.start <= f.span.end);
            prop_assert!((f.span.end as usize) <= text.len());
            prop_assert!(text.is_char_boundary(f.span.start as usize));
        }
        for p in &result.problems {
            prop_assert!((p.span.end as usize) <= text.len());
        }
    }
}

#[test]
fn the_command_line_reports_the_error_and_the_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("main.tf"), HALF_TYPED).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(["scan", ".", "--format", "json", "--color", "never"])
        .current_dir(dir.path())
        .output()
        .expect("run posture");
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
    let findings: Vec<(String, String, u64, u64)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["check_id"].as_str().unwrap_or_default().to_string(),
                f["resource"].as_str().unwrap_or_default().to_string(),
                f["start"]["line"].as_u64().unwrap_or_default(),
                f["start"]["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        findings,
        vec![
            ("AWS-EBS-001".into(), "aws_ebs_volume.first".into(), 3, 3),
            ("AWS-EBS-001".into(), "aws_ebs_volume.second".into(), 11, 3),
        ]
    );
    let errors = doc["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (&errors[0]["file"], &errors[0]["line"], &errors[0]["column"]),
        (
            &serde_json::json!("main.tf"),
            &serde_json::json!(7),
            &serde_json::json!(9)
        )
    );
}

#[test]
fn large_and_deep_broken_files() {
    // 3,000 insecure volumes with a half-typed block in the middle: every other volume is
    // still found.
    let mut text = String::new();
    for i in 0..3000 {
        if i == 1500 {
            text.push_str("resource \"aws_s3_bucket\" \"half\" {\n  acl = \n\n");
        }
        text.push_str(&format!(
            "resource \"aws_ebs_volume\" \"v{i}\" {{\n  encrypted = false\n}}\n\n"
        ));
    }
    let started = std::time::Instant::now();
    let (findings, problems) = scan("main.tf", &text);
    let elapsed = started.elapsed();
    assert_eq!(findings.len(), 3000);
    assert_eq!(problems.len(), 1);
    assert!(elapsed.as_secs() < 60, "{elapsed:?}");
    // Deep nesting, unterminated, then a block: no stack overflow, the block is read.
    let n = 100_000;
    let deep = format!(
        "locals {{\n  x = {}\n\nresource \"aws_ebs_volume\" \"d\" {{\n  encrypted = false\n}}\n",
        "[".repeat(n)
    );
    let (findings, problems) = scan("main.tf", &deep);
    assert_eq!(findings, vec![f("AWS-EBS-001", 5, 3)]);
    assert_eq!(problems.len(), 1);
}
