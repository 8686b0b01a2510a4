use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-006",
    name: "host-path-volume",
    title: "Pod mounts a path of the node (hostPath volume)",
    severity: Severity::High,
    description: "Flags pod templates with a `hostPath` volume.\n\nA hostPath volume exposes \
        part of the node's filesystem to the pod. Depending on the path it hands over the \
        container runtime's socket, the kubelet's credentials, other pods' data or the \
        node's configuration, and a writable mount of the wrong directory is a direct route \
        to root on the node. The Pod Security Standards forbid hostPath volumes from the \
        baseline profile up.",
    remediation: "Replace the `hostPath` volume with an `emptyDir`, a `configMap` or `secret`, \
        or a `persistentVolumeClaim`. Node agents that must read the host belong in a \
        dedicated namespace exempted from the baseline policy, and should mount only the \
        paths they need with `readOnly: true`.",
    compliance: &[
        "k8s-pss-baseline:HostPath Volumes",
        "k8s-pss-restricted:Volume Types",
        "nist-800-53:AC-6",
        "nist-800-53:SC-39",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0023", "KSV023", "no-mounted-hostpath"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for v in spec
        .get("volumes")
        .and_then(Node::as_list)
        .unwrap_or_default()
    {
        let Some(e) = v.entry("hostPath").filter(|e| !e.node.is_null()) else {
            continue;
        };
        let name = v.get("name").and_then(Node::as_str).unwrap_or("");
        let message = match e.node.get("path").and_then(Node::as_str) {
            Some(path) => format!("volume \"{name}\" mounts the node's path \"{path}\""),
            None => format!("volume \"{name}\" mounts a path of the node"),
        };
        cx.report(e.span(), message);
    }
}
