//! Shared readings for checks on the edge of an AWS deployment: load balancers and their
//! listeners, CloudFront distributions, Lambda, EKS and ECR.

use crate::graph::{Graph, Node, Resource, ResourceId};
use crate::source::Span;

/// Elastic Load Balancing v2 load balancers (`aws_alb` is an alias of `aws_lb`).
pub const LB_KINDS: &[&str] = &["aws_lb", "aws_alb"];

/// Elastic Load Balancing v2 listeners (`aws_alb_listener` is an alias of `aws_lb_listener`).
pub const LISTENER_KINDS: &[&str] = &["aws_lb_listener", "aws_alb_listener"];

/// The type of a v2 load balancer: `application` (the provider default), `network` or
/// `gateway`, lowercased. `None` when the value cannot be known.
pub fn lb_type(r: &Resource) -> Option<String> {
    match r.body.get("load_balancer_type") {
        None => Some("application".to_string()),
        Some(n) if n.is_null() => Some("application".to_string()),
        Some(n) => n.as_str().map(str::to_ascii_lowercase),
    }
}

/// The load balancers a listener is attached to, as far as the graph knows them.
pub fn listener_load_balancers(graph: &Graph, listener: ResourceId) -> Vec<&Resource> {
    graph
        .targets(listener, "load_balancer_arn")
        .map(|(_, r)| r)
        .filter(|r| LB_KINDS.contains(&r.kind.as_str()))
        .collect()
}

/// True when the listener is known to belong to a load balancer of another type than
/// `application` (a network or gateway load balancer).
pub fn listener_on_non_application_lb(graph: &Graph, listener: ResourceId) -> bool {
    listener_load_balancers(graph, listener)
        .iter()
        .any(|lb| lb_type(lb).is_some_and(|t| t != "application"))
}

/// The protocol of a v2 listener, uppercased, with where to point: the attribute when set,
/// the resource header when missing. A missing protocol means `HTTP` only on an application
/// load balancer (the provider's default there), so it is known only when the listener's
/// load balancer is in the graph and is one. `None` when the protocol cannot be known.
pub fn listener_protocol(graph: &Graph, id: ResourceId) -> Option<(String, Span)> {
    let r = graph.get(id);
    match r.body.entry("protocol") {
        Some(e) if !e.node.is_null() => e.node.as_str().map(|p| (p.to_ascii_uppercase(), e.span())),
        _ => {
            let lbs = listener_load_balancers(graph, id);
            let all_alb = !lbs.is_empty()
                && lbs
                    .iter()
                    .all(|lb| lb_type(lb).as_deref() == Some("application"));
            all_alb.then(|| ("HTTP".to_string(), r.span))
        }
    }
}

/// The default security policy Elastic Load Balancing applies to an HTTPS or TLS listener
/// created through the API (and so through Terraform) without `ssl_policy`.
pub const DEFAULT_SSL_POLICY: &str = "ELBSecurityPolicy-2016-08";

/// Predefined ELB security policies (not following the `TLS13-1-x` naming) that still
/// accept TLS 1.0 or TLS 1.1.
const LEGACY_TLS_POLICIES: &[&str] = &[
    "ELBSecurityPolicy-2015-05",
    "ELBSecurityPolicy-2016-08",
    "ELBSecurityPolicy-TLS-1-0-2015-04",
    "ELBSecurityPolicy-TLS-1-1-2017-01",
    "ELBSecurityPolicy-FS-2018-06",
    "ELBSecurityPolicy-FS-1-1-2019-08",
];

/// The oldest TLS version an ELB security policy accepts, when it is older than TLS 1.2:
/// `Some("TLS 1.0")`, `Some("TLS 1.1")`, or `None` for a policy that requires TLS 1.2 or
/// later (or one this list does not know).
pub fn ssl_policy_outdated_tls(policy: &str) -> Option<&'static str> {
    // The TLS 1.3 family names its minimum version: ELBSecurityPolicy-TLS13-1-0-2021-06,
    // ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04, ELBSecurityPolicy-TLS13-1-0-PQ-2025-09, ...
    if let Some(rest) = policy.strip_prefix("ELBSecurityPolicy-TLS13-") {
        return if rest.starts_with("1-0-") {
            Some("TLS 1.0")
        } else if rest.starts_with("1-1-") {
            Some("TLS 1.1")
        } else {
            None
        };
    }
    if !LEGACY_TLS_POLICIES.contains(&policy) {
        return None;
    }
    if policy.contains("-1-1-") {
        Some("TLS 1.1")
    } else {
        Some("TLS 1.0")
    }
}

/// True when the resource's top-level attribute or block `attr` refers to another resource.
/// An empty or null value there was probably computed from that resource (by `try()` or a
/// conditional the evaluator could not follow) rather than written as such, so checks that
/// treat an empty value as "not configured" should stay silent.
pub fn refers_to_resource(graph: &Graph, id: ResourceId, attr: &str) -> bool {
    graph.targets(id, attr).next().is_some()
}

/// The cache behaviors of a CloudFront distribution: the default one and every ordered one.
pub fn cache_behaviors(r: &Resource) -> impl Iterator<Item = &Node> {
    r.body
        .blocks("default_cache_behavior")
        .chain(r.body.blocks("ordered_cache_behavior"))
}

/// The known string elements of a list attribute, each with its span. A single string is
/// read as a one-element list. `None` when the list itself is unknown.
pub fn string_list(node: &Node) -> Option<Vec<(&str, Span)>> {
    if node.is_unknown() {
        return None;
    }
    if let Some(s) = node.as_str() {
        return Some(vec![(s, node.span)]);
    }
    Some(
        node.as_list()
            .unwrap_or_default()
            .iter()
            .filter_map(|n| n.as_str().map(|s| (s, n.span)))
            .collect(),
    )
}

/// True when some element of the list is unknown (the list may hold any value there).
pub fn has_unknown_element(node: &Node) -> bool {
    node.is_unknown()
        || node
            .as_list()
            .is_some_and(|l| l.iter().any(Node::is_unknown))
}

/// The public endpoint setting of an EKS cluster.
pub enum EksPublicEndpoint<'a> {
    /// Public access is off.
    Off,
    /// Public access is on. `vpc` is the `vpc_config` block (when there is one) with the
    /// span of its header; `explicit` is the `endpoint_public_access` attribute when set.
    On {
        vpc: Option<(&'a Node, Span)>,
        explicit: Option<Span>,
    },
    /// The setting cannot be known statically.
    Unknown,
}

/// Reads whether an EKS cluster's API endpoint is reachable from the internet:
/// `vpc_config.endpoint_public_access`, which defaults to `true`.
pub fn eks_public_endpoint(r: &Resource) -> EksPublicEndpoint<'_> {
    let Some(entry) = r.body.entry("vpc_config") else {
        return EksPublicEndpoint::On {
            vpc: None,
            explicit: None,
        };
    };
    let Some(vpc) = r.body.blocks("vpc_config").next() else {
        return EksPublicEndpoint::Unknown;
    };
    if vpc.is_unknown() {
        return EksPublicEndpoint::Unknown;
    }
    let explicit = match vpc.entry("endpoint_public_access") {
        Some(e) if !e.node.is_null() => Some(e),
        _ => None,
    };
    match explicit.map(|e| e.node.as_bool()) {
        None | Some(Some(true)) => EksPublicEndpoint::On {
            vpc: Some((vpc, entry.key_span)),
            explicit: explicit.map(|e| e.span()),
        },
        Some(Some(false)) => EksPublicEndpoint::Off,
        Some(None) => EksPublicEndpoint::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outdated_policies() {
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-2016-08"),
            Some("TLS 1.0")
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-TLS-1-1-2017-01"),
            Some("TLS 1.1")
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-FS-1-1-2019-08"),
            Some("TLS 1.1")
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-TLS13-1-0-2021-06"),
            Some("TLS 1.0")
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04"),
            Some("TLS 1.1")
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-TLS13-1-2-2021-06"),
            None
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-TLS13-1-3-2021-06"),
            None
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-TLS-1-2-2017-01"),
            None
        );
        assert_eq!(
            ssl_policy_outdated_tls("ELBSecurityPolicy-FS-1-2-Res-2020-10"),
            None
        );
        assert_eq!(ssl_policy_outdated_tls("something-else"), None);
    }
}
