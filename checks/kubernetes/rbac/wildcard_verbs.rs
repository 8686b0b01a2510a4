use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-001",
    name: "rbac-wildcard-verbs",
    title: "Role grants every verb (`*`)",
    severity: Severity::High,
    description: "Flags Role and ClusterRole rules whose `verbs` contain `*`.\n\nA wildcard \
        verb grants every current and future verb on the listed resources: not only reading \
        and changing them but `delete`, `deletecollection` and the escalation verbs \
        (`escalate`, `bind`, `impersonate`) where they apply. Whoever is bound to the role \
        usually needs a handful of verbs, and the wildcard hides how much more it hands out.",
    remediation: "List the verbs the subjects need in `rules[].verbs` (for example `get`, \
        `list`, `watch` for a reader) instead of `*`.",
    compliance: &[
        "cis-kubernetes:5.1.3",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_K8S_49"],
    trivy: &[
        "AVD-KSV-0044",
        "KSV044",
        "no-wildcard-verb-resource-role",
        "AVD-KSV-0045",
        "KSV045",
        "no-wildcard-verb-role",
    ],
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
        // Rules on non-resource URLs (`/healthz`) have no `resources`.
        if rule.resources.is_empty() {
            continue;
        }
        for (_, span) in rule.verbs.iter().filter(|(v, _)| *v == "*") {
            cx.report(
                *span,
                format!(
                    "rule grants every verb (\"*\") on {} in {}",
                    rule.resources_text(),
                    rule.groups_text()
                ),
            );
        }
    }
}
