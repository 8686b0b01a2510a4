use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-NET-051",
    name: "workload-without-network-policy",
    title: "Workload is not selected by any NetworkPolicy",
    severity: Severity::Medium,
    description: "Flags workloads whose pods no NetworkPolicy of the same manifests selects \
        (by `podSelector`, in the workload's namespace), when the manifests manage network \
        policy for them: they contain at least one NetworkPolicy, or they create the \
        workload's namespace (a `Namespace` object), which then starts with no policy at all. \
        Manifests with neither are not judged: their namespaces' policies are usually applied \
        from elsewhere. Pods on the host network (`hostNetwork: true`) are left out, as \
        network policies do not reliably apply to them.\n\nA pod that no NetworkPolicy \
        selects accepts connections from every pod in the cluster and can connect anywhere: \
        one compromised workload can reach it directly.",
    remediation: "Add a NetworkPolicy whose `spec.podSelector` selects the workload's pod \
        labels and allows only the traffic it needs, or a default-deny policy \
        (`podSelector: {}` with `policyTypes: [Ingress, Egress]`) for the whole namespace.",
    compliance: &[
        "cis-kubernetes:5.3.2",
        "nist-800-53:SC-7",
        "soc2:CC6.6",
        "pci-dss:1.3.1",
    ],
    checkov: &["CKV2_K8S_6"],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
        "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies",
    ],
    resource_kinds: kg::RUNNING_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let r = cx.resource;
    let Some(spec) = crate::facts::k8s::pod_spec(r) else {
        return;
    };
    if spec.get("hostNetwork").and_then(Node::as_bool) == Some(true) {
        return;
    }
    let ns = kg::namespace(r);
    let has_policy = cx.graph.of_kind("NetworkPolicy").next().is_some();
    let creates_namespace = ns.is_some_and(|ns| {
        cx.graph
            .of_kind("Namespace")
            .any(|(_, n)| kg::name(n) == ns)
    });
    if !has_policy && !creates_namespace {
        return;
    }
    if cx
        .graph
        .referrers(cx.id, "NetworkPolicy", "podSelector")
        .next()
        .is_some()
        || cx.maybe_configured_by("NetworkPolicy", "podSelector")
    {
        return;
    }
    let place = match ns {
        Some(ns) => format!("namespace \"{ns}\""),
        None => "its namespace".to_string(),
    };
    cx.report_missing(format!(
        "no NetworkPolicy in {place} selects {}: they accept traffic from every pod",
        kg::describe_pods(r)
    ));
}
