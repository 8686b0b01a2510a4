use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "K8S-NET-002",
    name: "load-balancer-source-unrestricted",
    title: "LoadBalancer Service accepts traffic from any address",
    severity: Severity::Medium,
    description: "Flags Services of `type: LoadBalancer` that do not limit who may connect: \
        no `spec.loadBalancerSourceRanges` (nor the \
        `service.beta.kubernetes.io/load-balancer-source-ranges` annotation), or a range \
        that is the whole internet (`0.0.0.0/0`, `::/0`). Load balancers marked internal by \
        the cloud provider's annotation (AWS, GCP, Azure, OpenStack, Oracle, IBM, Alibaba), \
        AWS Load Balancer Controller NLBs without `aws-load-balancer-scheme: \
        internet-facing` (they are internal by default), and load balancers given a \
        private `loadBalancerIP` are not flagged.\n\nA cloud load balancer is normally \
        reachable from the whole internet. Without source ranges every port of the Service \
        is open to everyone, including ports meant only for an office, a partner or other \
        systems of the same company, and to every scanner looking for exposed admin \
        interfaces and databases.",
    remediation: "List the networks that should reach the service in \
        `spec.loadBalancerSourceRanges` (the cloud provider turns them into firewall rules), \
        or make the load balancer internal with the provider's annotation. Public web \
        traffic is better served through an Ingress or Gateway with TLS.",
    compliance: &["nist-800-53:SC-7", "nist-800-53:AC-4"],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer",
        "https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/",
    ],
    resource_kinds: &["Service"],
    frameworks: &[Framework::Kubernetes],
    run,
};

/// Annotations (lower-cased value) that make a cloud load balancer internal.
fn internal(annotations: &[Entry], spec: &Node) -> bool {
    let get = |k: &str| {
        annotations
            .iter()
            .find(|a| a.key == k)
            .and_then(|a| a.node.as_str())
            .map(str::to_ascii_lowercase)
    };
    let is = |k: &str, v: &str| get(k).as_deref() == Some(v);
    // AWS in-tree: any value but "false" (older manifests write "0.0.0.0/0").
    if get("service.beta.kubernetes.io/aws-load-balancer-internal")
        .is_some_and(|v| !v.is_empty() && v != "false")
    {
        return true;
    }
    // AWS Load Balancer Controller: internal unless the scheme says internet-facing.
    let lbc = matches!(
        get("service.beta.kubernetes.io/aws-load-balancer-type").as_deref(),
        Some("external" | "nlb-ip")
    ) || spec.get("loadBalancerClass").and_then(Node::as_str)
        == Some("service.k8s.aws/nlb");
    let scheme = get("service.beta.kubernetes.io/aws-load-balancer-scheme");
    if scheme.as_deref() == Some("internal") || (lbc && scheme.is_none()) {
        return true;
    }
    is("networking.gke.io/load-balancer-type", "internal")
        || is("cloud.google.com/load-balancer-type", "internal")
        || is(
            "service.beta.kubernetes.io/azure-load-balancer-internal",
            "true",
        )
        || is(
            "service.beta.kubernetes.io/openstack-internal-load-balancer",
            "true",
        )
        || is(
            "service.beta.kubernetes.io/oci-load-balancer-internal",
            "true",
        )
        || is(
            "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type",
            "private",
        )
        || is(
            "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type",
            "intranet",
        )
}

/// True for an address that is not routable on the internet.
fn private_ip(ip: &str) -> bool {
    match ip.trim().parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(a)) => {
            let o = a.octets();
            a.is_private() || a.is_loopback() || (o[0] == 100 && (64..128).contains(&o[1]))
        }
        Ok(std::net::IpAddr::V6(a)) => (a.segments()[0] & 0xfe00) == 0xfc00,
        Err(_) => false,
    }
}

fn run(cx: &Ctx) {
    let Some(spec) = cx.body().get("spec") else {
        return;
    };
    let Some(t) = spec.entry("type") else {
        return;
    };
    if t.node.as_str() != Some("LoadBalancer") {
        return;
    }
    let annotations = cx
        .body()
        .get("metadata")
        .and_then(|m| m.get("annotations"))
        .map(Node::entries)
        .unwrap_or_default();
    if internal(annotations, spec)
        || spec
            .get("loadBalancerIP")
            .and_then(Node::as_str)
            .is_some_and(private_ip)
    {
        return;
    }
    // The field wins over the annotation; a value that is not a list cannot be read.
    if let Some(e) = spec.entry("loadBalancerSourceRanges")
        && !e.node.is_null()
        && e.node.as_list().is_none()
    {
        cx.note_unknown(e.span(), "loadBalancerSourceRanges");
        return;
    }
    if let Some(e) = spec
        .entry("loadBalancerSourceRanges")
        .filter(|e| e.node.as_list().is_some_and(|l| !l.is_empty()))
    {
        for r in e.node.as_list().unwrap_or_default() {
            if let Some(cidr) = r.as_str().filter(|c| net::is_internet(c)) {
                cx.report(
                    r.span,
                    format!("load balancer accepts traffic from anywhere (\"{cidr}\")"),
                );
            }
        }
        return;
    }
    if let Some(a) = annotations
        .iter()
        .find(|a| a.key == "service.beta.kubernetes.io/load-balancer-source-ranges")
    {
        let Some(v) = a.node.as_str() else {
            return;
        };
        let ranges: Vec<&str> = v
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if !ranges.is_empty() {
            if let Some(cidr) = ranges.iter().find(|c| net::is_internet(c)) {
                cx.report(
                    a.span(),
                    format!("load balancer accepts traffic from anywhere (\"{cidr}\")"),
                );
            }
            return;
        }
    }
    cx.report(
        t.span(),
        "LoadBalancer Service sets no `loadBalancerSourceRanges`: every address may connect",
    );
}

#[cfg(test)]
mod tests {
    use super::private_ip;

    #[test]
    fn private() {
        assert!(private_ip("10.1.2.3"));
        assert!(private_ip("192.168.0.10"));
        assert!(private_ip("100.64.0.1"));
        assert!(!private_ip("203.0.113.10"));
        assert!(!private_ip("not-an-ip"));
    }
}
