use crate::check::prelude::*;
use crate::facts::k8s::{self, ResourceBound, ResourceState};

pub static CHECK: Check = Check {
    id: "K8S-WL-003",
    name: "cpu-limit-missing",
    title: "Container has no CPU limit",
    severity: Severity::Low,
    description: "Flags containers and init containers without `resources.limits.cpu`, when neither a \
        pod-level `resources.limits.cpu` nor a LimitRange with a container `default` for \
        CPU in the same namespace (among the scanned manifests) supplies one.\n\nWithout a \
        limit a container can take all the spare CPU of its node: a runaway loop or a \
        denial-of-service against the application slows every other pod there. CPU is \
        throttled rather than killed, so some teams leave limits off on purpose to avoid \
        throttling latency-sensitive services; a LimitRange default or a limit well above \
        the request keeps the protection without much throttling.",
    remediation: "Set `resources.limits.cpu` on each container (for example a few times its request), or \
        give the namespace a LimitRange with a `default` for `cpu`.",
    compliance: &["nist-800-53:SC-6"],
    checkov: &["CKV_K8S_11"],
    trivy: &["AVD-KSV-0011", "KSV011", "limit-cpu"],
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
            "cpu",
        );
        if state == ResourceState::Missing {
            cx.report(
                c.name_span,
                format!(
                    "{} sets no CPU limit (`resources.limits.cpu`)",
                    c.describe()
                ),
            );
        }
    }
}
