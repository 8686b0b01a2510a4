use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-005",
    name: "rbac-pod-exec-attach",
    title: "Role can exec into or attach to pods",
    severity: Severity::High,
    description: "Flags Role and ClusterRole rules that grant `create` on the `pods/exec` or \
        `pods/attach` subresources in the core API group.\n\n`kubectl exec` and \
        `kubectl attach` need this permission. With it a subject runs commands inside running \
        containers: it reads their mounted secrets and service account tokens, acts with the \
        pod's identity and, for a privileged or host-mounting pod, reaches the node. Wildcard \
        verbs and resources are reported by K8S-RBAC-001 and K8S-RBAC-002.",
    remediation: "Remove `pods/exec` and `pods/attach` from `rules[].resources` of roles \
        bound to workloads and automation; grant interactive access to people through a \
        separate, audited role, and prefer ephemeral debug containers or logs.",
    compliance: &["nist-800-53:AC-6", "soc2:CC6.1", "pci-dss:7.2.1"],
    checkov: &["CKV2_K8S_2"],
    trivy: &[
        "AVD-KSV-0053",
        "KSV053",
        "no-getting-shell-pods",
        "AVD-KSV-0054",
        "KSV054",
        "no-attaching-shell-pods",
    ],
    references: &[
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources",
    ],
    resource_kinds: kg::ROLE_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    for rule in kg::rules(cx.resource) {
        if !rule.covers_group("") || !rule.has_verb("create") {
            continue;
        }
        for (res, span) in rule.named_resources(&["pods/exec", "pods/attach"]) {
            let what = if res == "pods/exec" {
                "run commands in running containers"
            } else {
                "attach to the processes of running containers"
            };
            cx.report(
                span,
                format!("rule grants \"create\" on \"{res}\": subjects can {what}"),
            );
        }
    }
}
