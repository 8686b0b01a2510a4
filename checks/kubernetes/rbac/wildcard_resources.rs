use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-002",
    name: "rbac-wildcard-resources",
    title: "Role grants access to every resource (`*`)",
    severity: Severity::High,
    description: "Flags Role and ClusterRole rules whose `resources` contain `*`.\n\nA \
        wildcard resource covers every resource of the listed API groups, including \
        `secrets`, `pods/exec` and resources added later by new Kubernetes versions or \
        custom resource definitions. Even a read-only wildcard (`get`, `list`) over the core \
        group reads every secret the role's scope can see.",
    remediation: "Name the resources the subjects need in `rules[].resources` instead of `*`.",
    compliance: &[
        "cis-kubernetes:5.1.3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_K8S_49"],
    trivy: &["AVD-KSV-0046", "KSV046", "no-wildcard-resource-clusterrole"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/",
    ],
    resource_kinds: kg::ROLE_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    for rule in kg::rules(cx.resource) {
        for (_, span) in rule.resources.iter().filter(|(r, _)| *r == "*") {
            cx.report(
                *span,
                format!(
                    "rule grants {} on every resource (\"*\") in {}",
                    rule.verbs_text(),
                    rule.groups_text()
                ),
            );
        }
    }
}
