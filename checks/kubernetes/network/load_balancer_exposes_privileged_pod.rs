use crate::check::prelude::*;
use crate::facts::k8s;
use crate::facts::k8s_graph as kg;

pub static CHECK: Check = Check {
    id: "K8S-NET-053",
    name: "load-balancer-exposes-privileged-pod",
    title: "LoadBalancer Service exposes a privileged pod",
    severity: Severity::High,
    description: "Flags Services of `type: LoadBalancer` whose selector matches the pods of a \
        workload (same manifests, same namespace) with a privileged container, \
        sidecar (an init container with `restartPolicy: Always`) or ephemeral container \
        (`securityContext.privileged: true`). Plain init containers are not counted: they \
        have exited before the pod receives traffic.\n\nA load balancer \
        usually makes the pods reachable from outside the cluster, often from the internet. \
        A privileged container has every capability and the node's devices, so a remote \
        code execution bug in the exposed pod becomes root on the node, one request away.",
    remediation: "Remove `privileged: true` from the exposed pods' containers (grant only the \
        capabilities they need), or move the privileged part into a separate workload that \
        the Service does not select; expose the Service through `type: ClusterIP` behind an \
        Ingress or gateway where it does not need a public address.",
    compliance: &["nist-800-53:SC-7", "nist-800-53:AC-6", "soc2:CC6.6"],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer",
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
    ],
    resource_kinds: &["Service"],
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(ty) = cx.body().get("spec").and_then(|s| s.entry("type")) else {
        return;
    };
    if ty.node.as_str() != Some("LoadBalancer") {
        return;
    }
    for (_, w) in cx.graph.targets(cx.id, "selector") {
        let Some(spec) = k8s::pod_spec(w) else {
            continue;
        };
        let running: Vec<k8s::Container> = k8s::containers(spec)
            .into_iter()
            .filter(runs_with_app)
            .collect();
        let privileged: Vec<(Span, String)> = running
            .iter()
            .filter_map(|c| {
                let e = c.security("privileged")?;
                (e.node.as_bool() == Some(true)).then(|| {
                    (
                        e.span(),
                        format!("{} of {} runs privileged", c.describe(), kg::describe(w)),
                    )
                })
            })
            .collect();
        if privileged.is_empty() {
            continue;
        }
        let names: Vec<String> = running
            .iter()
            .filter(|c| {
                c.security("privileged")
                    .is_some_and(|e| e.node.as_bool() == Some(true))
            })
            .map(|c| c.describe())
            .collect();
        cx.report_related(
            ty.span(),
            format!(
                "load balancer exposes {}, where {} {} privileged",
                kg::describe_pods(w),
                k8s::join(&names),
                if names.len() == 1 { "runs" } else { "run" }
            ),
            privileged,
        );
    }
}

/// Whether a container runs while the pod serves traffic: app and ephemeral containers, and
/// init containers that are sidecars (`restartPolicy: Always`). A plain init container has
/// exited before the pod becomes ready, so the load balancer never reaches it.
fn runs_with_app(c: &k8s::Container) -> bool {
    c.list != "initContainers"
        || c.node.get("restartPolicy").and_then(Node::as_str) == Some("Always")
}
