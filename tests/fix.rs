//! Mechanical fixes: `--diff` previews, `--fix` applies and the findings go away.

use std::process::Command;

fn posture(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

const TF: &str = r#"resource "aws_ebs_volume" "missing" {
  size = 10 # keep this comment
}

resource "aws_ebs_volume" "explicit" {
  encrypted = false
}

variable "enc" { default = false }

resource "aws_ebs_volume" "from_variable" {
  encrypted = var.enc
}

resource "aws_instance" "web" {
  ami = "ami-123"
}

resource "aws_cloudtrail" "t" {
  name = "t"
}
"#;

const K8S: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext:\n        privileged: true\n    - name: sidecar\n      image: example/sidecar:1.0\n";

const CFN: &str = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n";

#[test]
fn diff_and_fix() {
    let dir = std::env::temp_dir().join(format!("posture-fix-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("tf")).expect("mkdir");
    std::fs::create_dir_all(dir.join("k8s")).expect("mkdir");
    std::fs::create_dir_all(dir.join("cfn")).expect("mkdir");
    std::fs::write(dir.join("tf/main.tf"), TF).expect("write");
    std::fs::write(dir.join("k8s/pod.yaml"), K8S).expect("write");
    std::fs::write(dir.join("cfn/stack.yaml"), CFN).expect("write");

    let (code, diff) = posture(&dir, &["scan", ".", "--diff"]);
    assert_eq!(code, Some(1));
    insta::assert_snapshot!("fix_diff", diff);
    // --diff writes nothing
    assert_eq!(
        std::fs::read_to_string(dir.join("tf/main.tf")).expect("read"),
        TF
    );

    let (_, _) = posture(&dir, &["scan", ".", "--fix", "--format", "json"]);
    let tf = std::fs::read_to_string(dir.join("tf/main.tf")).expect("read");
    let k8s = std::fs::read_to_string(dir.join("k8s/pod.yaml")).expect("read");
    let cfn = std::fs::read_to_string(dir.join("cfn/stack.yaml")).expect("read");
    insta::assert_snapshot!("fix_tf", tf);
    insta::assert_snapshot!("fix_k8s", k8s);
    insta::assert_snapshot!("fix_cfn", cfn);
    // What was fixed is no longer reported; the variable-driven value is left to its author.
    let (_, json) = posture(&dir, &["scan", ".", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
    let fixed = [
        "AWS-EBS-001",
        "AWS-EC2-007",
        "AWS-CT-001",
        "AWS-CT-002",
        "AWS-KMS-001",
        "K8S-POD-001",
    ];
    let left: Vec<(String, String)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| fixed.contains(&f["check_id"].as_str().unwrap_or("")))
        .map(|f| {
            (
                f["check_id"].as_str().unwrap_or("").into(),
                f["resource"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    assert_eq!(
        left,
        vec![(
            "AWS-EBS-001".to_string(),
            "aws_ebs_volume.from_variable".to_string()
        )]
    );
    let _ = std::fs::remove_dir_all(dir);
}
