use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-007",
    name: "host-port-bound",
    title: "Container binds a port on the node (hostPort)",
    severity: Severity::High,
    description: "Flags container, init container and ephemeral container ports with a \
        `hostPort` other than 0.\n\nA host port publishes the container directly on the \
        node's IP addresses, outside of Services and, with most network plugins, outside of \
        network policies; it also limits scheduling to one such pod per node and port. The \
        Pod Security Standards disallow host ports from the baseline profile up.",
    remediation: "Remove `hostPort` from `ports` and expose the workload through a Service \
        (`ClusterIP`, or `NodePort`/`LoadBalancer` when it must be reachable from outside the \
        cluster).",
    compliance: &[
        "k8s-pss-baseline:Host Ports",
        "k8s-pss-restricted:Host Ports",
        "nist-800-53:SC-7",
    ],
    checkov: &["CKV_K8S_26"],
    trivy: &["AVD-KSV-0024", "KSV024", "no-host-port-access"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/concepts/configuration/overview/#services",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for c in k8s::containers(spec) {
        for p in c
            .node
            .get("ports")
            .and_then(Node::as_list)
            .unwrap_or_default()
        {
            let Some(e) = p.entry("hostPort") else {
                continue;
            };
            match e.node.as_number() {
                Some(n) if n != 0.0 => cx.report(
                    e.span(),
                    format!("{} binds port {n} on the node (`hostPort`)", c.describe()),
                ),
                _ => {}
            }
        }
    }
}
