use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-WL-006",
    name: "liveness-probe-missing",
    title: "Container has no liveness probe",
    severity: Severity::Low,
    description: "Flags the containers of long-running workloads (Deployments, StatefulSets, DaemonSets, \
        ReplicaSets, pods that restart) that have no `livenessProbe`. Jobs, CronJobs, pods \
        with `restartPolicy: Never` or `OnFailure`, init containers and ephemeral \
        containers are not checked.\n\nWithout a liveness probe the kubelet restarts a \
        container only when its process exits: an application that deadlocks, hangs on a \
        dependency or stops serving while its process lives on stays broken until someone \
        notices. A liveness probe lets Kubernetes detect and restart it.",
    remediation: "Add a `livenessProbe` to each container (`httpGet` on a health endpoint, `tcpSocket` on \
        its port, `grpc` or `exec`) that fails only when a restart would help, with a \
        `startupProbe` or `initialDelaySeconds` for slow starts.",
    compliance: &[],
    checkov: &["CKV_K8S_8"],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
        "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    // Pods that run to completion are not restarted or put behind a Service on probes.
    if k8s::runs_to_completion(cx.resource, spec) {
        return;
    }
    for c in k8s::containers(spec) {
        // Init containers run to completion; ephemeral containers cannot have probes.
        if c.list != "containers" {
            continue;
        }
        if c.node.get("livenessProbe").is_none_or(Node::is_null) {
            cx.report(
                c.name_span,
                format!("{} has no liveness probe (`livenessProbe`)", c.describe()),
            );
        }
    }
}
