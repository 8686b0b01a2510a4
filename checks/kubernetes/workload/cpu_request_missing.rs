use crate::check::prelude::*;
use crate::facts::k8s::{self, ResourceBound, ResourceState};

pub static CHECK: Check = Check {
    id: "K8S-WL-002",
    name: "cpu-request-missing",
    title: "Container has no CPU request",
    severity: Severity::Low,
    description: "Flags containers and init containers without `resources.requests.cpu`, when nothing \
        fills it in: no CPU limit on the container (Kubernetes then uses the limit as the \
        request), no pod-level `resources`, and no LimitRange with a container \
        `defaultRequest` or `default` for CPU in the same namespace among the scanned \
        manifests.\n\nWithout a CPU request the scheduler places the pod as if it needed no \
        CPU, so nodes get overcommitted, and under contention the container gets the \
        smallest share and is starved by its neighbours. The pod also falls into the \
        `BestEffort` or `Burstable` quality-of-service class and is among the first evicted \
        when a node runs short.",
    remediation: "Set `resources.requests.cpu` on each container to what it needs under normal load \
        (for example `100m`), or give the namespace a LimitRange with a `defaultRequest` for \
        `cpu`.",
    compliance: &["nist-800-53:SC-6"],
    checkov: &["CKV_K8S_10"],
    trivy: &["AVD-KSV-0015", "KSV015", "no-unspecified-cpu-requests"],
    references: &[
        "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
        "https://kubernetes.io/docs/concepts/policy/limit-range/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for c in k8s::containers(spec) {
        // Ephemeral containers cannot have resources.
        if c.list == "ephemeralContainers" {
            continue;
        }
        let state = k8s::container_resource(
            cx.graph,
            cx.resource,
            spec,
            &c,
            ResourceBound::Requests,
            "cpu",
        );
        if state == ResourceState::Missing {
            cx.report(
                c.name_span,
                format!(
                    "{} sets no CPU request (`resources.requests.cpu`)",
                    c.describe()
                ),
            );
        }
    }
}
