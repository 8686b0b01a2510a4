use crate::check::prelude::*;
use crate::facts::k8s::{self, ResourceBound, ResourceState};

pub static CHECK: Check = Check {
    id: "K8S-WL-005",
    name: "memory-limit-missing",
    title: "Container has no memory limit",
    severity: Severity::Medium,
    description: "Flags containers and init containers without `resources.limits.memory`, when neither a \
        pod-level `resources.limits.memory` nor a LimitRange with a container `default` for \
        memory in the same namespace (among the scanned manifests) supplies one.\n\nWithout \
        a limit a container can use all the memory of its node: a leak, a large request or \
        a deliberate denial-of-service makes the node reclaim memory from every pod on it, \
        and the kernel may kill other workloads or node components before this one. A \
        memory limit confines the damage to the container that misbehaves.",
    remediation: "Set `resources.limits.memory` on each container (for example somewhat above its peak \
        usage), or give the namespace a LimitRange with a `default` for `memory`.",
    compliance: &["nist-800-53:SC-6"],
    checkov: &["CKV_K8S_13"],
    trivy: &["AVD-KSV-0018", "KSV018", "limit-memory"],
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
            ResourceBound::Limits,
            "memory",
        );
        if state == ResourceState::Missing {
            cx.report(
                c.name_span,
                format!(
                    "{} sets no memory limit (`resources.limits.memory`)",
                    c.describe()
                ),
            );
        }
    }
}
