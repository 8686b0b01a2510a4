use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-RBAC-008",
    name: "rbac-default-service-account-bound",
    title: "Binding grants a role to the `default` service account",
    severity: Severity::Medium,
    description: "Flags RoleBindings and ClusterRoleBindings with a subject of kind \
        `ServiceAccount` named `default`.\n\nEvery namespace has a `default` service account, \
        and every pod that names no `serviceAccountName` runs as it. Permissions granted to it \
        therefore go to every such pod in the namespace, present and future, whether it needs \
        them or not.",
    remediation: "Create a dedicated ServiceAccount for the workload that needs the \
        permissions, bind the role to it, and set `serviceAccountName` in that workload's pod \
        spec; leave the `default` service account without bindings.",
    compliance: &[
        "cis-kubernetes:5.1.5",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &["CKV_K8S_42"],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
    ],
    resource_kinds: kg::BINDING_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let r = cx.resource;
    let role = kg::role_ref(r)
        .map(|rr| format!("{} \"{}\"", rr.kind, rr.name))
        .unwrap_or_else(|| "its role".to_string());
    for s in kg::subjects(r) {
        if s.kind != "ServiceAccount" || s.name != "default" {
            continue;
        }
        let ns = match s.namespace {
            Some(ns) => format!("namespace \"{ns}\""),
            None => "the namespace it is applied to".to_string(),
        };
        cx.report(
            s.name_span,
            format!(
                "binding grants {role} to the default service account of {ns}: every pod \
                 there without its own service account gets it"
            ),
        );
    }
}
