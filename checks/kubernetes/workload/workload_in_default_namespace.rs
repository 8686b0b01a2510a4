use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-WL-011",
    name: "workload-in-default-namespace",
    title: "Workload is placed in the `default` namespace",
    severity: Severity::Low,
    description: "Flags workloads whose manifest sets `metadata.namespace: default`. A \
        manifest without a namespace is not flagged: it is applied to the namespace of the \
        kubectl context or the one `kubectl apply -n`, Helm or Kustomize chooses, which the \
        manifest cannot tell.\n\nThe `default` namespace is where everything without a \
        namespace lands. Workloads there share it with whatever else was deployed carelessly, \
        and it usually has no Pod Security admission level, network policies, resource \
        quotas or narrow RBAC of its own, so a compromise of one workload there reaches the \
        others more easily.",
    remediation: "Create a namespace for the application, configure its Pod Security level, \
        network policies and RBAC, and set `metadata.namespace` to it (or leave the \
        namespace out and choose it at deploy time).",
    compliance: &[
        "cis-kubernetes:5.7.4",
        "nist-800-53:AC-4",
        "nist-800-53:SC-7",
    ],
    checkov: &["CKV_K8S_21"],
    trivy: &[
        "AVD-KSV-0110",
        "KSV110",
        "default-namespace-should-not-be-used",
    ],
    references: &[
        "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/",
        "https://kubernetes.io/docs/concepts/security/multi-tenancy/#namespaces",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(e) = cx.body().get("metadata").and_then(|m| m.entry("namespace")) else {
        return;
    };
    if e.node.as_str() == Some("default") {
        cx.report(
            e.span(),
            format!("{} is placed in the `default` namespace", cx.resource.kind),
        );
    }
}
