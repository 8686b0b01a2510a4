use crate::check::prelude::*;
use crate::facts::aws_data::{Flag, flag_in};
use crate::facts::aws_more_b::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AWS-CODEBUILD-002",
    name: "codebuild-project-artifacts-unencrypted",
    title: "CodeBuild project stores build artifacts unencrypted",
    severity: Severity::Medium,
    description: "Flags `aws_codebuild_project` resources whose `artifacts` or \
        `secondary_artifacts` set `encryption_disabled = true` (artifacts of type \
        `NO_ARTIFACTS` are left out).\n\n\
        Build artifacts are what gets deployed: binaries, packages and often configuration \
        with embedded settings. Stored unencrypted they can be read by anyone with access to \
        the bucket's storage, and they lose the KMS key policy that limits who may read \
        them.",
    remediation: "Remove `encryption_disabled` (artifacts are encrypted by default) or set it \
        to `false`; set the project's `encryption_key` to a customer managed key to control \
        who can decrypt them.",
    compliance: &[
        "nist-800-53:SC-28",
        "pci-dss:3.5.1",
        "hipaa:164.312(a)(2)(iv)",
        "soc2:CC6.1",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_78"],
    trivy: &[
        "AVD-AWS-0018",
        "AWS-0018",
        "aws-codebuild-enable-encryption",
    ],
    references: &[
        "https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled",
    ],
    resource_kinds: &["aws_codebuild_project"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for key in ["artifacts", "secondary_artifacts"] {
        for a in cx.body().blocks(key) {
            if a.is_unknown() {
                continue;
            }
            if let Str::Value(t, _) = str_of(cx, a, "type")
                && t.eq_ignore_ascii_case("NO_ARTIFACTS")
            {
                continue;
            }
            if let Flag::On = flag_in(cx, a, "encryption_disabled")
                && let Some(e) = a.entry("encryption_disabled")
            {
                let which = match a.get("artifact_identifier").and_then(Node::as_str) {
                    Some(id) if key == "secondary_artifacts" => {
                        format!("secondary artifacts \"{id}\" are")
                    }
                    _ if key == "secondary_artifacts" => "secondary artifacts are".to_string(),
                    _ => "build artifacts are".to_string(),
                };
                cx.report(
                    e.span(),
                    format!(
                        "{which} stored unencrypted (`{}`)",
                        cx.attr_name("encryption_disabled = true", "EncryptionDisabled: true")
                    ),
                );
            }
        }
    }
}
