use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-NET-052",
    name: "network-policy-allows-all-ingress",
    title: "NetworkPolicy admits ingress from every source",
    severity: Severity::Medium,
    description: "Flags NetworkPolicy ingress rules that admit every source: a rule without \
        `from` peers (`- {}`, or only `ports`, or `from: []`), or a peer whose `ipBlock` is \
        `0.0.0.0/0` or `::/0` without exceptions. Policies whose `policyTypes` leave out \
        `Ingress` are not reported, as their ingress rules do not apply.\n\nSuch a rule undoes \
        the isolation the policy exists for: every pod of every namespace, and every address \
        that can route to the pods, may connect to the selected pods (on the rule's ports, \
        when it lists any).",
    remediation: "List the allowed sources in `spec.ingress[].from`: `podSelector` for pods of \
        the namespace, `namespaceSelector` (with a `podSelector`) for other namespaces, and \
        `ipBlock` with specific ranges for clients outside the cluster.",
    compliance: &["nist-800-53:SC-7", "soc2:CC6.6", "pci-dss:1.3.1"],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
        "https://kubernetes.io/docs/concepts/services-networking/network-policies/#allow-all-ingress-traffic",
    ],
    resource_kinds: &["NetworkPolicy"],
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = cx.body().get("spec") else {
        return;
    };
    if let Some(types) = spec.get("policyTypes").and_then(Node::as_list)
        && !types.iter().any(|t| t.as_str() == Some("Ingress"))
    {
        return;
    }
    for rule in spec
        .get("ingress")
        .and_then(Node::as_list)
        .unwrap_or_default()
    {
        if !matches!(rule.value, NodeValue::Map(_) | NodeValue::Null) {
            continue;
        }
        let ports = ports_text(rule);
        match rule.entry("from") {
            None => cx.report(
                rule.span,
                format!("ingress rule has no `from` peers: it admits every source {ports}"),
            ),
            Some(e) if e.node.is_null() || e.node.as_list().is_some_and(<[Node]>::is_empty) => cx
                .report(
                    e.span(),
                    format!("ingress rule has empty `from` peers: it admits every source {ports}"),
                ),
            Some(e) => {
                for peer in e.node.as_list().unwrap_or_default() {
                    let Some(block) = peer.get("ipBlock") else {
                        continue;
                    };
                    let Some(cidr) = block.entry("cidr") else {
                        continue;
                    };
                    let open = matches!(cidr.node.as_str(), Some("0.0.0.0/0" | "::/0"));
                    let except = block
                        .get("except")
                        .and_then(Node::as_list)
                        .is_some_and(|l| !l.is_empty());
                    if open && !except {
                        cx.report(
                            cidr.span(),
                            format!(
                                "ingress rule admits every address ({}) {ports}",
                                cidr.node.as_str().unwrap_or_default()
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// `on every port`, or `on port 8080/TCP, 53/UDP`.
fn ports_text(rule: &Node) -> String {
    let items = rule
        .get("ports")
        .and_then(Node::as_list)
        .unwrap_or_default();
    if items.is_empty() {
        return "on every port".to_string();
    }
    let list: Vec<String> = items
        .iter()
        .map(|p| {
            let proto = p.get("protocol").and_then(Node::as_str).unwrap_or("TCP");
            match (
                p.get("port").and_then(kg::scalar),
                p.get("endPort").and_then(kg::scalar),
            ) {
                (Some(a), Some(b)) => format!("{a}-{b}/{proto}"),
                (Some(a), None) => format!("{a}/{proto}"),
                _ => format!("every {proto} port"),
            }
        })
        .collect();
    let word = if list.len() == 1 { "port" } else { "ports" };
    format!("on {word} {}", list.join(", "))
}
