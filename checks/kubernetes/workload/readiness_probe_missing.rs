use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-WL-007",
    name: "readiness-probe-missing",
    title: "Container has no readiness probe",
    severity: Severity::Low,
    description: "Flags the containers of long-running workloads (Deployments, StatefulSets, DaemonSets, \
        ReplicaSets, pods that restart) that have no `readinessProbe`. Jobs, CronJobs, pods \
        with `restartPolicy: Never` or `OnFailure`, init containers and ephemeral \
        containers are not checked.\n\nWithout a readiness probe a pod counts as ready as \
        soon as its containers start: Services send it traffic before the application can \
        answer, and keep sending it while the application is overloaded or has lost a \
        dependency; rolling updates move on before new pods really work, so a broken \
        release can replace every healthy pod.",
    remediation: "Add a `readinessProbe` to each container that checks the application can serve \
        (`httpGet` on a readiness endpoint, `tcpSocket`, `grpc` or `exec`).",
    compliance: &[],
    checkov: &["CKV_K8S_9"],
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
        if c.node.get("readinessProbe").is_none_or(Node::is_null) {
            cx.report(
                c.name_span,
                format!("{} has no readiness probe (`readinessProbe`)", c.describe()),
            );
        }
    }
}
