use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-003",
    name: "rbac-wildcard-api-groups",
    title: "Role rule applies to every API group (`*`)",
    severity: Severity::Medium,
    description: "Flags Role and ClusterRole rules whose `apiGroups` contain `*`.\n\nThe rule \
        then applies to resources of the same name in every API group, including groups that \
        custom resource definitions add later: a rule written for `deployments` in `apps` also \
        covers any future `deployments` resource of an operator's group. Naming the groups \
        keeps the grant to what was reviewed.",
    remediation: "Name the API groups in `rules[].apiGroups` (`\"\"` for the core group, \
        `apps`, `batch`, ...) instead of `*`.",
    compliance: &[
        "cis-kubernetes:5.1.3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_K8S_49"],
    trivy: &[],
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
        for (_, span) in rule.api_groups.iter().filter(|(g, _)| *g == "*") {
            cx.report(
                *span,
                format!(
                    "rule grants {} on {} in every API group (\"*\")",
                    rule.verbs_text(),
                    rule.resources_text()
                ),
            );
        }
    }
}
