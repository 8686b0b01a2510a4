use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-WL-012",
    name: "service-account-token-automounted",
    title: "Pods get a service account token mounted automatically",
    severity: Severity::Low,
    description: "Flags workloads whose pods get their service account's API token mounted: \
        the pod template sets `automountServiceAccountToken: true`, or leaves it unset and \
        its service account (`serviceAccountName`, else `default`) does not set it to \
        `false`. The service account is looked up among the scanned manifests of the same \
        namespace; a named service account that is not among them is managed elsewhere and \
        not judged, while the `default` service account mounts its token unless an \
        administrator changed it. A service account that a RoleBinding or \
        ClusterRoleBinding of the scanned manifests grants a role is meant to call the API: \
        its pods are not flagged.\n\nThe token lets anything running in the container call \
        the Kubernetes API as the service account. Most applications never call the API, \
        and for them the mounted token only helps an attacker who gets into the container: \
        to explore the cluster, read what the account may read, or use permissions granted \
        to the account later.",
    remediation: "Set `automountServiceAccountToken: false` in the pod template (or on the \
        service account) of workloads that do not call the Kubernetes API. Workloads that \
        do should use a dedicated service account with only the permissions they need, or \
        mount a short-lived projected token with `serviceAccountToken` volume sources.",
    compliance: &[
        "cis-kubernetes:5.1.6",
        "nist-800-53:AC-6",
        "nist-800-53:IA-5",
    ],
    checkov: &["CKV_K8S_38"],
    trivy: &["AVD-KSV-0036", "KSV036", "no-auto-mount-service-token"],
    references: &[
        "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
        "https://kubernetes.io/docs/concepts/security/service-accounts/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn automount(node: &Node) -> Option<&Entry> {
    node.entry("automountServiceAccountToken")
        .filter(|e| !e.node.is_null())
}

/// True when a RoleBinding or ClusterRoleBinding of the unit grants the service account
/// (in the workload's namespace, as far as the manifests tell) some role.
fn bound(cx: &Ctx, account: &str) -> bool {
    let ns = k8s::namespace(cx.resource);
    ["RoleBinding", "ClusterRoleBinding"].iter().any(|kind| {
        cx.graph.of_kind(kind).any(|(_, b)| {
            b.body
                .get("subjects")
                .and_then(Node::as_list)
                .unwrap_or_default()
                .iter()
                .any(|s| {
                    let subject_ns = s
                        .get("namespace")
                        .and_then(Node::as_str)
                        .or_else(|| k8s::namespace(b));
                    s.get("kind").and_then(Node::as_str) == Some("ServiceAccount")
                        && s.get("name").and_then(Node::as_str) == Some(account)
                        && match (ns, subject_ns) {
                            (Some(a), Some(b)) => a == b,
                            _ => true,
                        }
                })
        })
    })
}

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    let account = ["serviceAccountName", "serviceAccount"]
        .iter()
        .find_map(|k| spec.get(k).and_then(Node::as_str).filter(|s| !s.is_empty()))
        .unwrap_or("default");
    if k8s::is_templated(account) {
        return;
    }
    // An account that is granted permissions is meant to be used: the workload calls the API.
    if bound(cx, account) {
        return;
    }
    // The pod's own setting wins over the service account's.
    if let Some(e) = automount(spec) {
        match e.node.as_bool() {
            Some(true) => cx.report(
                e.span(),
                format!(
                    "pod template sets `automountServiceAccountToken: true`: every container \
                     gets the API token of service account \"{account}\""
                ),
            ),
            Some(false) => {}
            None => cx.note_unknown(e.span(), "automountServiceAccountToken"),
        }
        return;
    }
    let accounts: Vec<&Resource> = cx
        .graph
        .of_kind("ServiceAccount")
        .map(|(_, r)| r)
        .filter(|r| r.name == account && k8s::same_namespace(cx.resource, r))
        .collect();
    if accounts.is_empty() {
        if account == "default" {
            cx.report_missing(
                "pods run as the `default` service account with its API token mounted \
                 (`automountServiceAccountToken` is not `false`)",
            );
        }
        return;
    }
    let mut related = Vec::new();
    for sa in &accounts {
        match automount(&sa.body) {
            Some(e) => match e.node.as_bool() {
                Some(false) => return,
                Some(true) => {
                    related.push((e.span(), "the service account mounts its token".into()))
                }
                None => {
                    cx.note_unknown(e.span(), "automountServiceAccountToken");
                    return;
                }
            },
            None => related.push((
                sa.span,
                "the service account does not set `automountServiceAccountToken: false`".into(),
            )),
        }
    }
    cx.report_related(
        cx.resource.span,
        format!(
            "pods get the API token of service account \"{account}\" mounted \
             (`automountServiceAccountToken` is not `false` on the pod or the account)"
        ),
        related,
    );
}
