use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "K8S-NET-001",
    name: "service-type-nodeport",
    title: "Service is exposed on every node's address (NodePort)",
    severity: Severity::Low,
    description: "Flags Services of `type: NodePort`.\n\nA NodePort Service opens a port \
        (30000-32767 by default) on every node of the cluster and forwards it to the pods, \
        on all the nodes' addresses. Whoever can reach any node can reach the service, \
        without going through the ingress controller or load balancer that applies TLS, \
        authentication and rate limits, and the port is easily forgotten in the nodes' \
        firewall rules. How far it reaches depends on the node network: on nodes with \
        public addresses it is on the internet.",
    remediation: "Use `type: ClusterIP` and publish the service through an Ingress or \
        Gateway, or a `LoadBalancer` Service with `loadBalancerSourceRanges`. If a NodePort \
        is needed, restrict access to the node ports in the nodes' firewall or security \
        groups.",
    compliance: &["nist-800-53:SC-7", "nist-800-53:AC-4"],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport",
        "https://kubernetes.io/docs/concepts/services-networking/ingress/",
    ],
    resource_kinds: &["Service"],
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = cx.body().get("spec") else {
        return;
    };
    let Some(t) = spec.entry("type") else {
        return;
    };
    if t.node.as_str() != Some("NodePort") {
        return;
    }
    let ports: Vec<String> = spec
        .get("ports")
        .and_then(Node::as_list)
        .unwrap_or_default()
        .iter()
        .filter_map(|p| p.get("nodePort").and_then(Node::as_number))
        .map(|n| format!("{n}"))
        .collect();
    let message = match ports.as_slice() {
        [] => "Service of type NodePort opens a port on every node".to_string(),
        [one] => format!("Service of type NodePort opens port {one} on every node"),
        many => format!(
            "Service of type NodePort opens ports {} on every node",
            many.join(", ")
        ),
    };
    cx.report(t.span(), message);
}
