use crate::check::prelude::*;
use crate::facts::aws_more_b::{Str, str_of};

pub static CHECK: Check = Check {
    id: "AWS-DOCDB-004",
    name: "docdb-parameter-group-tls-disabled",
    title: "DocumentDB cluster parameter group turns TLS off",
    severity: Severity::High,
    description: "Flags `aws_docdb_cluster_parameter_group` resources with a `parameter` block \
        that sets `tls` to `disabled`.\n\n\
        Clusters using the group accept unencrypted connections: credentials and documents \
        then cross the network in the clear, readable and alterable by anyone on the path.",
    remediation: "Set the `tls` parameter to `enabled` (or `tls1.2+`/`tls1.3+`, or remove \
        the parameter, since TLS is on by default) and connect clients with TLS and the \
        Amazon DocumentDB certificate bundle.",
    compliance: &[
        "nist-800-53:SC-8",
        "pci-dss:4.2.1",
        "hipaa:164.312(e)(1)",
        "soc2:CC6.7",
        "iso-27001:A.8.24",
    ],
    checkov: &["CKV_AWS_90"],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group",
    ],
    resource_kinds: &["aws_docdb_cluster_parameter_group"],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for p in cx.body().blocks("parameter") {
        let Str::Value(name, _) = str_of(cx, p, "name") else {
            continue;
        };
        if !name.eq_ignore_ascii_case("tls") {
            continue;
        }
        if let Str::Value(v, e) = str_of(cx, p, "value")
            && v.eq_ignore_ascii_case("disabled")
        {
            cx.report(
                e.span(),
                format!(
                    "parameter group turns TLS off (`tls{}disabled`), so clusters using it accept \
                     unencrypted connections",
                    cx.attr_name(" = ", ": ")
                ),
            );
        }
    }
}
