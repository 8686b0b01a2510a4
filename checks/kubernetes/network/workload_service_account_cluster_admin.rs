use crate::check::prelude::*;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-NET-050",
    name: "workload-service-account-cluster-admin",
    title: "Workload runs as a service account bound to cluster-admin",
    severity: Severity::Critical,
    description: "Flags workloads whose pods run as a service account (`serviceAccountName`, \
        `default` when unset) that a RoleBinding or ClusterRoleBinding of the same manifests \
        binds to the `cluster-admin` ClusterRole, or to a role of the manifests that grants \
        every verb on every resource of every API group. The binding may name the service \
        account or a group containing it (`system:serviceaccounts`, \
        `system:serviceaccounts:<namespace>`). Pods that do not mount the account's token \
        (`automountServiceAccountToken: false` on the pod, or on the ServiceAccount when the \
        pod does not set it, and no projected token volume) are not reported.\n\nThe pods \
        carry a token that controls the cluster: anyone who gets code execution in one of \
        them, through an application vulnerability or a compromised image, owns every \
        namespace, secret and node.",
    remediation: "Give the workload its own ServiceAccount bound to a Role with only the \
        permissions it uses; remove the binding to `cluster-admin`. If the pods never call the \
        Kubernetes API, also set `automountServiceAccountToken: false`.",
    compliance: &[
        "cis-kubernetes:5.1.1",
        "nist-800-53:AC-6",
        "soc2:CC6.1",
        "pci-dss:7.2.1",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/security/service-accounts/",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
    ],
    resource_kinds: kg::RUNNING_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let r = cx.resource;
    let Some(spec) = crate::facts::k8s::pod_spec(r) else {
        return;
    };
    let Some((sa, sa_span)) = kg::service_account(r) else {
        return;
    };
    if !mounts_token(cx, spec) {
        return;
    }
    let ns = kg::namespace(r);
    let mut grants: Vec<(String, Vec<(Span, String)>)> = Vec::new();
    let bindings = kg::BINDING_KINDS
        .iter()
        .flat_map(|k| cx.graph.of_kind(k).collect::<Vec<_>>());
    for (id, b) in bindings {
        if !kg::grants_cluster_admin(cx.graph, id) {
            continue;
        }
        let Some(subject) = kg::subjects(b)
            .into_iter()
            .find(|s| s.includes_service_account(ns, sa))
        else {
            continue;
        };
        let Some(rr) = kg::role_ref(b) else { continue };
        let role = if rr.kind == "ClusterRole" && rr.name == "cluster-admin" {
            "cluster-admin".to_string()
        } else {
            format!("{} \"{}\" (every verb on every resource)", rr.kind, rr.name)
        };
        let scope = if b.kind == "RoleBinding" {
            match kg::namespace(b) {
                Some(ns) => format!(" in namespace \"{ns}\""),
                None => " in its namespace".to_string(),
            }
        } else {
            String::new()
        };
        let what = format!("{} binds it to {role}{scope}", kg::describe(b));
        let related = vec![
            (
                rr.name_span,
                format!("{} grants {role}{scope}", kg::describe(b)),
            ),
            (subject.name_span, format!("to {}", subject.describe())),
        ];
        grants.push((what, related));
    }
    let Some((first, _)) = grants.first() else {
        return;
    };
    let message = if grants.len() == 1 {
        format!(
            "pods run as service account \"{}\", which {first}",
            kg::qualified(ns, sa)
        )
    } else {
        format!(
            "pods run as service account \"{}\", which {first} (and {} more {})",
            kg::qualified(ns, sa),
            grants.len() - 1,
            if grants.len() == 2 {
                "binding"
            } else {
                "bindings"
            }
        )
    };
    let related = grants.into_iter().flat_map(|(_, rel)| rel).collect();
    cx.report_related(sa_span.unwrap_or(r.span), message, related);
}

/// Whether the pods get the service account's token: `automountServiceAccountToken` on the pod,
/// else on the ServiceAccount (through the `serviceAccountName` edge), else yes; a projected
/// `serviceAccountToken` volume mounts one regardless.
fn mounts_token(cx: &Ctx, spec: &Node) -> bool {
    let projected = spec
        .get("volumes")
        .and_then(Node::as_list)
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.path("projected.sources"))
        .filter_map(Node::as_list)
        .flatten()
        .any(|s| s.get("serviceAccountToken").is_some());
    if projected {
        return true;
    }
    if let Some(b) = spec
        .get("automountServiceAccountToken")
        .and_then(Node::as_bool)
    {
        return b;
    }
    !cx.graph
        .targets(cx.id, "serviceAccountName")
        .any(|(_, sa)| {
            sa.body
                .get("automountServiceAccountToken")
                .and_then(Node::as_bool)
                == Some(false)
        })
}
