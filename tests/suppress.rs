//! Suppression comments: placement, block and module scope, foreign tools' comments, expiry.

use std::path::PathBuf;

use posture::discover::FileKind;
use posture::scan::{Input, ScanResult, Settings, scan_with};
use posture::suppress::Options;

fn scan(files: &[(&str, &str)], opts: Options) -> ScanResult {
    let inputs = files
        .iter()
        .map(|(name, text)| Input {
            path: PathBuf::from(name),
            display: name.to_string(),
            kind: FileKind::detect(&PathBuf::from(name)).expect("kind"),
            text: Some(text.to_string()),
            context: false,
        })
        .collect();
    let settings = Settings {
        suppress: Options {
            today: Some((2026, 11, 24)),
            ..opts
        },
        ..Default::default()
    };
    scan_with(inputs, None, &settings)
}

/// (check id, line, resource, suppression kind or "-").
fn outcome(r: &ScanResult) -> Vec<(String, usize, String, String)> {
    r.findings
        .iter()
        .map(|f| {
            let (lc, _) = r.sources.line_col(f.span);
            (
                f.check.id.to_string(),
                lc.line,
                f.resource.clone(),
                f.suppressed
                    .as_ref()
                    .map(|s| s.kind.to_string())
                    .unwrap_or("-".into()),
            )
        })
        .collect()
}

fn row(id: &str, line: usize, res: &str, kind: &str) -> (String, usize, String, String) {
    (id.into(), line, res.into(), kind.into())
}

#[test]
fn placement_on_the_line_above_and_on_the_header() {
    let r = scan(
        &[(
            "main.tf",
            r#"resource "aws_ebs_volume" "trailing" {
  encrypted = false # posture:ignore AWS-EBS-001 scratch disk, no data
}
resource "aws_ebs_volume" "above" {
  // posture:ignore ebs-volume-unencrypted
  encrypted = false
}
/* posture:ignore CKV_AWS_3 every instance */
resource "aws_ebs_volume" "header" {
  count     = 2
  encrypted = false
}
resource "aws_ebs_volume" "other_check_id" {
  encrypted = false # posture:ignore AWS-S3-001
}
"#,
        )],
        Options::default(),
    );
    assert_eq!(
        outcome(&r),
        vec![
            row("AWS-EBS-001", 2, "aws_ebs_volume.trailing", "inline"),
            row("AWS-EBS-001", 6, "aws_ebs_volume.above", "inline"),
            row("AWS-EBS-001", 11, "aws_ebs_volume.header[0]", "inline"),
            row("AWS-EBS-001", 11, "aws_ebs_volume.header[1]", "inline"),
            row("AWS-EBS-001", 14, "aws_ebs_volume.other_check_id", "-"),
        ]
    );
    let s = r.findings[0].suppressed.as_ref().expect("suppressed");
    assert_eq!(s.justification, "scratch disk, no data");
}

#[test]
fn a_comment_on_a_module_call_covers_the_module() {
    let r = scan(
        &[
            (
                "app/main.tf",
                "# posture:ignore AWS-EBS-001 legacy module\nmodule \"disks\" {\n  source = \"../disks\"\n}\nmodule \"more\" {\n  source = \"../disks\"\n}\n",
            ),
            (
                "disks/main.tf",
                "resource \"aws_ebs_volume\" \"d\" {\n  encrypted = false\n}\n",
            ),
        ],
        Options::default(),
    );
    assert_eq!(
        outcome(&r),
        vec![
            row("AWS-EBS-001", 2, "module.disks.aws_ebs_volume.d", "inline"),
            row("AWS-EBS-001", 2, "module.more.aws_ebs_volume.d", "-"),
        ]
    );
}

const FOREIGN: &str = r#"resource "aws_ebs_volume" "checkov" {
  #checkov:skip=CKV_AWS_3:encrypted by the account default
  encrypted = false
}
resource "aws_ebs_volume" "tfsec" {
  encrypted = false #tfsec:ignore:aws-ec2-enable-volume-encryption
}
resource "aws_ebs_volume" "trivy" {
  encrypted = false # trivy:ignore:AVD-AWS-0026
}
"#;

#[test]
fn foreign_comments_are_honoured_unless_turned_off() {
    let r = scan(&[("main.tf", FOREIGN)], Options::default());
    assert_eq!(
        outcome(&r),
        vec![
            row("AWS-EBS-001", 3, "aws_ebs_volume.checkov", "checkov"),
            row("AWS-EBS-001", 6, "aws_ebs_volume.tfsec", "tfsec"),
            row("AWS-EBS-001", 9, "aws_ebs_volume.trivy", "trivy"),
        ]
    );
    let r = scan(
        &[("main.tf", FOREIGN)],
        Options {
            no_foreign: true,
            ..Default::default()
        },
    );
    assert!(r.findings.iter().all(|f| f.suppressed.is_none()));
}

#[test]
fn expired_suppressions_stop_suppressing_and_say_so() {
    let r = scan(
        &[(
            "main.tf",
            "resource \"aws_ebs_volume\" \"old\" {\n  encrypted = false # posture:ignore AWS-EBS-001 until migration exp:2026-01-31\n}\nresource \"aws_ebs_volume\" \"new\" {\n  encrypted = false # posture:ignore AWS-EBS-001 until migration exp:2027-01-31\n}\n",
        )],
        Options::default(),
    );
    assert_eq!(
        outcome(&r),
        vec![
            row("AWS-EBS-001", 2, "aws_ebs_volume.old", "-"),
            row("AWS-EBS-001", 5, "aws_ebs_volume.new", "inline"),
        ]
    );
    let notices: Vec<&str> = r.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(
        notices,
        vec!["suppression of AWS-EBS-001 expired on 2026-01-31; the finding is reported again"]
    );
}

#[test]
fn unused_suppressions_are_reported_when_asked() {
    let text =
        "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true # posture:ignore AWS-EBS-001\n}\n";
    let r = scan(&[("main.tf", text)], Options::default());
    assert!(r.problems.is_empty());
    let r = scan(
        &[("main.tf", text)],
        Options {
            report_unused: true,
            ..Default::default()
        },
    );
    let notices: Vec<(usize, &str)> = r
        .problems
        .iter()
        .map(|p| (r.sources.line_col(p.span).0.line, p.message.as_str()))
        .collect();
    assert_eq!(
        notices,
        vec![(2, "unused suppression: AWS-EBS-001 matched no finding")]
    );
}

#[test]
fn kubernetes_annotations_and_cloudformation_metadata() {
    let r = scan(
        &[
            (
                "k8s/pod.yaml",
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\n  annotations:\n    posture.io/skip: \"K8S-POD-001: node agent needs it\"\nspec:\n  containers:\n    - name: agent\n      image: example/agent:1.0\n      securityContext:\n        privileged: true\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: other\n  annotations:\n    checkov.io/skip1: CKV_K8S_16=legacy\nspec:\n  containers:\n    - name: other\n      image: example/other:1.0\n      securityContext:\n        privileged: true\n",
            ),
            (
                "cfn/stack.yaml",
                "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Scratch:\n    Type: AWS::EC2::Volume\n    Metadata:\n      posture:\n        skip:\n          - id: AWS-EBS-001\n            reason: scratch space\n    Properties:\n      Size: 10\n  Other:\n    Type: AWS::EC2::Volume\n    Metadata:\n      checkov:\n        skip:\n          - id: CKV_AWS_3\n            comment: legacy\n    Properties:\n      Size: 10\n",
            ),
        ],
        Options::default(),
    );
    let got: Vec<(String, String, String)> = r
        .findings
        .iter()
        .filter(|f| f.check.id == "K8S-POD-001" || f.check.id == "AWS-EBS-001")
        .map(|f| {
            let s = f.suppressed.as_ref();
            (
                f.resource.clone(),
                s.map(|s| s.kind.to_string()).unwrap_or("-".into()),
                s.map(|s| s.justification.clone()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Scratch".to_string(),
                "metadata".to_string(),
                "scratch space".to_string()
            ),
            (
                "Other".to_string(),
                "metadata".to_string(),
                "legacy".to_string()
            ),
            (
                "Pod/agent".to_string(),
                "annotation".to_string(),
                "node agent needs it".to_string()
            ),
            (
                "Pod/other".to_string(),
                "annotation".to_string(),
                "legacy".to_string()
            ),
        ]
    );
}
