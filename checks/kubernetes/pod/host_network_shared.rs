use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-003",
    name: "host-network-shared",
    title: "Pod shares the host's network namespace",
    severity: Severity::High,
    description: "Flags pod templates with `hostNetwork: true`.\n\nThe pod then uses the \
        node's network stack: it can bind any port on the node's addresses, reach services \
        that listen only on the node's loopback interface (the kubelet's read-only port, \
        local agents, cloud metadata proxies) and see the node's traffic, and most network \
        plugins no longer apply network policies to it. The Pod Security Standards forbid it \
        from the baseline profile up.",
    remediation: "Remove `hostNetwork: true` (or set it to `false`) and expose the workload \
        through a Service; node-level network agents belong in a dedicated namespace exempted \
        from the baseline policy.",
    compliance: &[
        "k8s-pss-baseline:Host Namespaces",
        "k8s-pss-restricted:Host Namespaces",
        "cis-kubernetes:5.2.5",
        "nist-800-53:SC-7",
        "nist-800-53:SC-39",
    ],
    checkov: &["CKV_K8S_19"],
    trivy: &["AVD-KSV-0009", "KSV009", "no-host-network"],
    references: &["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    if let Some(e) = spec.entry("hostNetwork")
        && e.node.as_bool() == Some(true)
    {
        cx.report(
            e.span(),
            "pod shares the node's network namespace (`hostNetwork: true`)",
        );
    }
}
