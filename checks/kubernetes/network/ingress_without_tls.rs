use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "K8S-NET-003",
    name: "ingress-without-tls",
    title: "Ingress serves plain HTTP (no TLS)",
    severity: Severity::Medium,
    description: "Flags Ingresses with no `spec.tls`, and the rule hosts of an Ingress with \
        `spec.tls` that no TLS entry covers (an entry without `hosts` covers every host). \
        Ingresses that get their certificate through a controller annotation (AWS Load \
        Balancer Controller `certificate-arn`, GKE pre-shared or managed certificates, \
        Azure Application Gateway, Traefik `router.tls`) are not flagged.\n\nWithout TLS the \
        traffic between clients and the ingress controller is unencrypted: session cookies, \
        credentials and data can be read and altered by anyone on the network path, and \
        clients cannot tell the real service from an impostor.",
    remediation: "Add a `spec.tls` entry listing the Ingress's hosts and the Secret that \
        holds their certificate (cert-manager can issue and renew it), and redirect HTTP to \
        HTTPS in the ingress controller.",
    compliance: &[
        "nist-800-53:SC-8",
        "nist-800-53:SC-23",
        "pci-dss:4.2.1",
        "soc2:CC6.7",
        "hipaa:164.312(e)(1)",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls",
        "https://cert-manager.io/docs/usage/ingress/",
    ],
    resource_kinds: &["Ingress"],
    frameworks: &[Framework::Kubernetes],
    run,
};

/// Annotations with which a controller terminates TLS without `spec.tls`.
const TLS_ANNOTATIONS: &[&str] = &[
    "alb.ingress.kubernetes.io/certificate-arn",
    "ingress.gcp.kubernetes.io/pre-shared-cert",
    "networking.gke.io/managed-certificates",
    "appgw.ingress.kubernetes.io/appgw-ssl-certificate",
    "appgw.ingress.kubernetes.io/appgw-trusted-root-certificate",
    "traefik.ingress.kubernetes.io/router.tls",
];

/// True when a TLS host (possibly `*.example.com`) covers a rule host.
fn covers(tls: &str, host: &str) -> bool {
    let (tls, host) = (tls.to_ascii_lowercase(), host.to_ascii_lowercase());
    if tls == host {
        return true;
    }
    match tls.strip_prefix("*.") {
        // A wildcard covers exactly one label.
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(label, rest)| !label.is_empty() && label != "*" && rest == suffix),
        None => false,
    }
}

fn run(cx: &Ctx) {
    let Some(spec) = cx.body().get("spec") else {
        return;
    };
    let annotations = cx
        .body()
        .get("metadata")
        .and_then(|m| m.get("annotations"))
        .map(Node::entries)
        .unwrap_or_default();
    if annotations.iter().any(|a| {
        TLS_ANNOTATIONS.contains(&a.key.as_str())
            && a.node
                .as_str()
                .is_some_and(|v| !v.is_empty() && v != "false")
    }) {
        return;
    }
    let tls = spec.get("tls").and_then(Node::as_list).unwrap_or_default();
    if tls.is_empty() {
        if spec
            .get("tls")
            .is_some_and(|t| !t.is_null() && t.as_list().is_none())
        {
            return; // not a list: cannot be read
        }
        cx.report_missing("Ingress has no `tls` section: it serves its hosts over plain HTTP");
        return;
    }
    let mut hosts = Vec::new();
    for entry in tls {
        match entry.get("hosts").and_then(Node::as_list) {
            // An entry without hosts applies the certificate to every host.
            None => return,
            Some([]) => return,
            Some(list) => hosts.extend(list.iter().filter_map(Node::as_str)),
        }
    }
    for rule in spec
        .get("rules")
        .and_then(Node::as_list)
        .unwrap_or_default()
    {
        let Some(e) = rule.entry("host") else {
            continue;
        };
        let Some(host) = e.node.as_str() else {
            continue;
        };
        if !hosts.iter().any(|t| covers(t, host)) {
            cx.report(
                e.span(),
                format!("host \"{host}\" is not covered by any `tls` entry: it is served over plain HTTP"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn wildcards() {
        assert!(covers("shop.example.com", "Shop.example.com"));
        assert!(covers("*.example.com", "shop.example.com"));
        assert!(!covers("*.example.com", "a.shop.example.com"));
        assert!(!covers("*.example.com", "example.com"));
        assert!(!covers("example.com", "shop.example.com"));
    }
}
