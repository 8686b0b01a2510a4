use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-006",
    name: "rbac-escalation-verbs",
    title: "Role grants `escalate`, `bind` or `impersonate`",
    severity: Severity::High,
    description: "Flags Role and ClusterRole rules that grant `escalate` or `bind` on roles or \
        cluster roles (API group `rbac.authorization.k8s.io`), or `impersonate` on users, \
        groups, service accounts, UIDs or user extras. `bind` and `impersonate` limited to \
        named objects with `resourceNames` are not reported.\n\nThese verbs switch off the \
        API server's guard against privilege escalation: `escalate` lets a subject write \
        permissions it does not hold into a role, `bind` lets it bind roles more powerful \
        than its own, and `impersonate` lets it act as another user or group (such as \
        `system:masters`). Each is a path to cluster-admin. A wildcard verb, reported by \
        K8S-RBAC-001, includes them.",
    remediation: "Remove `escalate`, `bind` and `impersonate` from `rules[].verbs`; where a \
        controller must delegate roles, limit `bind` to the roles it hands out with \
        `resourceNames`, and limit `impersonate` to named users or service accounts.",
    compliance: &[
        "cis-kubernetes:5.1.8",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_K8S_157", "CKV_K8S_158", "CKV2_K8S_3"],
    trivy: &[
        "AVD-KSV-0050",
        "KSV050",
        "no-manage-rbac-resources",
        "AVD-KSV-0043",
        "KSV043",
        "no-impersonate-privileged-groups",
    ],
    references: &[
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping",
        "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation",
    ],
    resource_kinds: kg::ROLE_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

const RBAC_GROUP: &str = "rbac.authorization.k8s.io";
const ROLES: &[&str] = &["roles", "clusterroles", "*"];
const IDENTITIES: &[&str] = &["users", "groups", "serviceaccounts", "uids", "*"];

fn run(cx: &Ctx) {
    for rule in kg::rules(cx.resource) {
        for (verb, span) in rule.named_verbs(&["escalate", "bind", "impersonate"]) {
            let targets: Vec<&str> = match verb {
                "impersonate"
                    if rule.covers_group("") || rule.covers_group("authentication.k8s.io") =>
                {
                    rule.resources
                        .iter()
                        .map(|(r, _)| *r)
                        .filter(|r| IDENTITIES.contains(r) || r.starts_with("userextras"))
                        .collect()
                }
                "escalate" | "bind" if rule.covers_group(RBAC_GROUP) => rule
                    .resources
                    .iter()
                    .map(|(r, _)| *r)
                    .filter(|r| ROLES.contains(r))
                    .collect(),
                _ => Vec::new(),
            };
            if targets.is_empty() || (verb != "escalate" && rule.is_limited_to_names()) {
                continue;
            }
            let what = match verb {
                "escalate" => "subjects can write permissions they do not hold into roles",
                "bind" => "subjects can bind roles with more permissions than their own",
                _ => "subjects can act as other users, groups or service accounts",
            };
            let on = if targets.contains(&"*") {
                "every resource".to_string()
            } else {
                kg::quoted(&targets)
            };
            cx.report(span, format!("rule grants \"{verb}\" on {on}: {what}"));
        }
    }
}
