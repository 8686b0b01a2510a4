use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-007",
    name: "rbac-binding-cluster-admin",
    title: "Binding grants cluster-admin",
    severity: Severity::Critical,
    description: "Flags RoleBindings and ClusterRoleBindings whose `roleRef` is the \
        `cluster-admin` ClusterRole. The built-in binding of the `system:masters` group is not \
        reported.\n\n`cluster-admin` allows every action on every resource. Bound by a \
        ClusterRoleBinding it controls the whole cluster, and with it every node and secret; \
        bound by a RoleBinding it controls everything in the namespace, the namespace's \
        secrets and role bindings included. A compromised subject, often a workload's service \
        account, becomes a compromised cluster.",
    remediation: "Bind a role that grants only what the subjects need: the built-in `admin`, \
        `edit` or `view` ClusterRoles through a namespaced RoleBinding, or a dedicated Role \
        with explicit rules.",
    compliance: &[
        "cis-kubernetes:5.1.1",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0111", "KSV111"],
    references: &[
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
    ],
    resource_kinds: kg::BINDING_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let r = cx.resource;
    let Some(rr) = kg::role_ref(r) else {
        return;
    };
    if rr.kind != "ClusterRole" || rr.name != "cluster-admin" {
        return;
    }
    let subjects = kg::subjects(r);
    if subjects.is_empty()
        || subjects
            .iter()
            .all(|s| s.kind == "Group" && s.name == "system:masters")
    {
        return;
    }
    let who: Vec<String> = subjects.iter().map(|s| s.describe()).collect();
    let scope = if r.kind == "ClusterRoleBinding" {
        "across the cluster".to_string()
    } else {
        match kg::namespace(r) {
            Some(ns) => format!("in namespace \"{ns}\""),
            None => "in the namespace it is applied to".to_string(),
        }
    };
    cx.report(
        rr.name_span,
        format!(
            "binding grants cluster-admin {scope} to {}",
            crate::facts::k8s::join(&who)
        ),
    );
}
