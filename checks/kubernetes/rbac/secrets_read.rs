use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-004",
    name: "rbac-secrets-read",
    title: "Role can read secrets",
    severity: Severity::High,
    description: "Flags Role and ClusterRole rules that grant `get`, `list` or `watch` on \
        `secrets` in the core API group, unless the rule is limited to named secrets with \
        `resourceNames`.\n\nSecrets hold credentials: database passwords, TLS keys and, in \
        older clusters, the tokens of every service account, so reading them is often a short \
        path to the permissions of more privileged accounts. `list` and `watch` return the \
        secrets' contents, not just their names. A ClusterRole bound with a \
        ClusterRoleBinding reads the secrets of every namespace. Wildcard verbs and resources \
        are reported by K8S-RBAC-001 and K8S-RBAC-002.",
    remediation: "Remove the read verbs on `secrets`, or restrict the rule to the secrets \
        the workload needs with `resourceNames` and the `get` verb; mount secrets into pods \
        instead of reading them through the API where possible.",
    compliance: &[
        "cis-kubernetes:5.1.2",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV2_K8S_5"],
    trivy: &[
        "AVD-KSV-0041",
        "KSV041",
        "no-manage-secrets",
        "AVD-KSV-0113",
        "KSV113",
        "no-manage-ns-secrets",
    ],
    references: &[
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
        "https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets",
    ],
    resource_kinds: kg::ROLE_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    for rule in kg::rules(cx.resource) {
        if !rule.covers_group("") || rule.is_limited_to_names() {
            continue;
        }
        let verbs = rule.named_verbs(&["get", "list", "watch"]);
        if verbs.is_empty() {
            continue;
        }
        let names: Vec<&str> = verbs.iter().map(|(v, _)| *v).collect();
        for (_, span) in rule.named_resources(&["secrets"]) {
            let scope = if cx.resource.kind == "ClusterRole" {
                " (in every namespace when bound by a ClusterRoleBinding)"
            } else {
                ""
            };
            cx.report(
                span,
                format!("rule grants {} on secrets{scope}", kg::quoted(&names)),
            );
        }
    }
}
