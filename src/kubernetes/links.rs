//! Relations between Kubernetes objects of one unit, recorded as graph edges.
//!
//! - Service → each workload whose pods it selects (`selector`: every pair of
//!   `spec.selector` among the pod template's labels, same namespace);
//! - RoleBinding/ClusterRoleBinding → the ServiceAccount objects among its subjects
//!   (`subjects`) and → the Role/ClusterRole it refers to (`roleRef`);
//! - workload → the ServiceAccount object its pods run as (`serviceAccountName`, `default`
//!   when unset, same namespace);
//! - NetworkPolicy → each workload whose pods its `podSelector` selects (`podSelector`, same
//!   namespace).
//!
//! Objects without a namespace share one unnamed namespace. A selector that cannot be read is
//! recorded in `Graph::unresolved` under the same attribute, so checks asking "does anything
//! select this?" can stay silent.

use crate::facts::k8s_graph::{self as kg, Match};
use crate::graph::{Edge, Graph, Node, ResourceId};

/// Adds the edges between the objects of a unit (Service → pods by selector, bindings →
/// service accounts and roles, workloads → service accounts, network policies → pods).
pub fn link(graph: &mut Graph) {
    let mut edges: Vec<Edge> = Vec::new();
    let mut unresolved: Vec<(ResourceId, String)> = Vec::new();
    let g: &Graph = graph;
    let workloads: Vec<ResourceId> = g
        .iter()
        .filter(|(_, r)| kg::RUNNING_KINDS.contains(&r.kind.as_str()))
        .map(|(id, _)| id)
        .collect();
    let edge = |from: ResourceId, to: ResourceId, attr: &str| Edge {
        from,
        to,
        attr: attr.to_string(),
    };

    // Selectors: Services and NetworkPolicies → workloads.
    for (id, r) in g.iter() {
        let (selector, attr, service) = match r.kind.as_str() {
            "Service" => (r.body.path("spec.selector"), "selector", true),
            "NetworkPolicy" => (r.body.path("spec.podSelector"), "podSelector", false),
            _ => continue,
        };
        if service && selector.is_none() {
            continue;
        }
        let null = Node {
            value: crate::graph::NodeValue::Null,
            span: r.span,
        };
        let selector = selector.unwrap_or(&null);
        let ns = kg::namespace(r);
        let mut unknown = false;
        for &w in &workloads {
            let wr = g.get(w);
            if kg::namespace(wr) != ns {
                continue;
            }
            let m = match kg::pod_labels(wr) {
                None => Match::Unknown,
                Some(labels) if service => kg::service_selects(selector, &labels),
                Some(labels) => kg::label_selector_matches(selector, &labels),
            };
            match m {
                Match::Yes => edges.push(edge(id, w, attr)),
                Match::Unknown => unknown = true,
                Match::No => {}
            }
        }
        if unknown {
            unresolved.push((id, attr.to_string()));
        }
    }

    // Bindings → service accounts and roles.
    for (id, r) in g.iter() {
        if !kg::BINDING_KINDS.contains(&r.kind.as_str()) {
            continue;
        }
        for s in kg::subjects(r) {
            if s.kind != "ServiceAccount" {
                continue;
            }
            for (sa, sr) in g.of_kind("ServiceAccount") {
                if kg::name(sr) == s.name && kg::namespace(sr) == s.namespace {
                    edges.push(edge(id, sa, "subjects"));
                }
            }
        }
        if let Some(rr) = kg::role_ref(r).filter(|rr| kg::ROLE_KINDS.contains(&rr.kind)) {
            // A RoleBinding's Role is in the binding's namespace; ClusterRoles have none.
            let ns = kg::namespace(r);
            for (role, rr2) in g.of_kind(rr.kind) {
                let same_ns = rr.kind == "ClusterRole" || kg::namespace(rr2) == ns;
                if kg::name(rr2) == rr.name
                    && same_ns
                    && (r.kind == "RoleBinding" || rr.kind == "ClusterRole")
                {
                    edges.push(edge(id, role, "roleRef"));
                }
            }
        }
    }

    // Workloads → the service account they run as.
    for &w in &workloads {
        let wr = g.get(w);
        let Some((sa_name, _)) = kg::service_account(wr) else {
            continue;
        };
        let ns = kg::namespace(wr);
        for (sa, sr) in g.of_kind("ServiceAccount") {
            if kg::name(sr) == sa_name && kg::namespace(sr) == ns {
                edges.push(edge(w, sa, "serviceAccountName"));
            }
        }
    }

    graph.edges.extend(edges);
    graph.unresolved.extend(unresolved);
}
