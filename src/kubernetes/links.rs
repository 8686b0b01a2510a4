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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn graph(text: &str) -> Graph {
        let (docs, problems) = crate::syntax::yaml::parse(FileId(0), text);
        assert!(problems.is_empty(), "{problems:?}");
        let mut g = Graph::default();
        for d in &docs {
            let _ = crate::kubernetes::lower_document(FileId(0), "unit", &d.root, None, &mut g);
        }
        link(&mut g);
        g
    }

    /// The edges as (from address, to address, attr), sorted.
    fn edges(g: &Graph) -> Vec<(String, String, String)> {
        let mut v: Vec<_> = g
            .edges
            .iter()
            .map(|e| {
                (
                    g.get(e.from).address.clone(),
                    g.get(e.to).address.clone(),
                    e.attr.clone(),
                )
            })
            .collect();
        v.sort();
        v
    }

    fn e(from: &str, to: &str, attr: &str) -> (String, String, String) {
        (from.to_string(), to.to_string(), attr.to_string())
    }

    const UNIT: &str = r#"
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      serviceAccountName: web
      containers: [{name: web, image: x}]
---
apiVersion: v1
kind: Pod
metadata: {name: debug, namespace: shop, labels: {app: debug}}
spec:
  containers: [{name: sh, image: x}]
---
apiVersion: v1
kind: Pod
metadata: {name: loose, labels: {app: web}}
spec:
  containers: [{name: sh, image: x}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
---
apiVersion: v1
kind: Service
metadata: {name: none, namespace: shop}
spec:
  ports: [{port: 80}]
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: web, namespace: shop}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: default, namespace: shop}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: shop}
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: other}
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: web-reader, namespace: shop}
subjects:
  - {kind: ServiceAccount, name: web}
  - {kind: ServiceAccount, name: default, namespace: other}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec:
  podSelector:
    matchExpressions:
      - {key: app, operator: NotIn, values: [web]}
"#;

    #[test]
    fn links_services_accounts_bindings_and_policies() {
        let g = graph(UNIT);
        assert_eq!(
            edges(&g),
            vec![
                e(
                    "Deployment/shop/web",
                    "ServiceAccount/shop/web",
                    "serviceAccountName"
                ),
                e("NetworkPolicy/shop/deny", "Pod/shop/debug", "podSelector"),
                e(
                    "Pod/shop/debug",
                    "ServiceAccount/shop/default",
                    "serviceAccountName"
                ),
                e("RoleBinding/shop/web-reader", "Role/shop/reader", "roleRef"),
                e(
                    "RoleBinding/shop/web-reader",
                    "ServiceAccount/shop/web",
                    "subjects"
                ),
                e("Service/shop/web", "Deployment/shop/web", "selector"),
            ]
        );
        assert!(g.unresolved.is_empty());
    }

    #[test]
    fn unreadable_selector_is_unresolved() {
        let g = graph(
            r#"
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np}
spec:
  podSelector:
    matchExpressions: [{key: app, operator: Sometimes}]
---
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: x}}
spec: {containers: [{name: c, image: x}]}
"#,
        );
        assert!(g.edges.is_empty());
        assert_eq!(g.unresolved.len(), 1);
        assert_eq!(g.unresolved[0].1, "podSelector");
    }
}
