use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "AWS-CF-002",
    name: "cloudfront-outdated-tls-version",
    title: "CloudFront distribution accepts TLS versions older than 1.2",
    severity: Severity::Medium,
    description: "Flags `aws_cloudfront_distribution` resources served with their own \
        certificate (`acm_certificate_arn` or `iam_certificate_id`) whose \
        `viewer_certificate.minimum_protocol_version` is `SSLv3`, `TLSv1`, `TLSv1_2016` or \
        `TLSv1.1_2016`, or is unset (the provider then uses `TLSv1`). Distributions on \
        the default `*.cloudfront.net` certificate are not flagged: CloudFront fixes their \
        policy at `TLSv1` and it cannot be changed without a custom domain and certificate.\n\n\
        SSLv3, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996) and allow weak cipher suites; \
        accepting them lets a downgrade-capable attacker weaken viewers' connections and \
        fails PCI DSS and most compliance baselines.",
    remediation: "Set `minimum_protocol_version = \"TLSv1.2_2021\"` (or a newer policy) in \
        `viewer_certificate`, together with `ssl_support_method = \"sni-only\"`.",
    compliance: &[
        "nist-800-53:SC-8",
        "nist-800-53:SC-13",
        "soc2:CC6.7",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
    ],
    checkov: &["CKV_AWS_174"],
    trivy: &[
        "AVD-AWS-0013",
        "AWS-0013",
        "aws-cloudfront-use-secure-tls-policy",
    ],
    references: &[
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version",
    ],
    resource_kinds: &["aws_cloudfront_distribution"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

/// Security policies that accept a protocol older than TLS 1.2.
const OUTDATED: &[&str] = &["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"];

/// The provider's default `minimum_protocol_version`.
const DEFAULT: &str = "TLSv1";

fn run(cx: &Ctx) {
    let Some(entry) = cx.body().entry("viewer_certificate") else {
        return;
    };
    let Some(cert) = cx.body().blocks("viewer_certificate").next() else {
        return;
    };
    if cert.is_unknown() {
        return;
    }
    // The default certificate's policy is fixed by CloudFront: nothing to change here.
    match bool_or(
        cert,
        "cloudfront_default_certificate",
        false,
        entry.key_span,
    ) {
        Some((false, _)) => {}
        _ => return,
    }
    match setting(cert, "minimum_protocol_version") {
        Setting::Unknown(_) => {}
        Setting::Missing => cx.report(
            entry.key_span,
            format!(
                "viewer certificate does not set `{}`, so viewers may connect with \"{DEFAULT}\" (TLS 1.0)",
                cx.attr_name("minimum_protocol_version", "MinimumProtocolVersion")
            ),
        ),
        Setting::Set(e) => {
            if let Some(v) = e.node.as_str().filter(|v| OUTDATED.contains(v)) {
                cx.report(
                    e.span(),
                    format!("minimum protocol version \"{v}\" accepts protocols older than TLS 1.2"),
                );
            }
        }
    }
}
