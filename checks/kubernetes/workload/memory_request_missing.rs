use crate::check::prelude::*;
use crate::facts::k8s::{self, ResourceBound, ResourceState};

pub static CHECK: Check = Check {
    id: "K8S-WL-004",
    name: "memory-request-missing",
    title: "Container has no memory request",
    severity: Severity::Low,
    description: "Flags containers and init containers without `resources.requests.memory`, when nothing \
        fills it in: no memory limit on the container (Kubernetes then uses the limit as the \
        request), no pod-level `resources`, and no LimitRange with a container \
        `defaultRequest` or `default` for memory in the same namespace among the scanned \
        manifests.\n\nWithout a memory request the scheduler places the pod as if it needed \
        no memory, so nodes get overcommitted; when a node runs short of memory, the pods \
        using more than they requested are evicted first, and this one requested nothing.",
    remediation: "Set `resources.requests.memory` on each container to its usual working set (for \
        example `128Mi`), or give the namespace a LimitRange with a `defaultRequest` for \
        `memory`.",
    compliance: &["nist-800-53:SC-6"],
    checkov: &["CKV_K8S_12"],
    trivy: &["AVD-KSV-0016", "KSV016", "no-unspecified-memory-requests"],
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
            "memory",
        );
        if state == ResourceState::Missing {
            cx.report(
                c.name_span,
                format!(
                    "{} sets no memory request (`resources.requests.memory`)",
                    c.describe()
                ),
            );
        }
    }
}
