use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-002",
    name: "hostprocess-container",
    title: "Windows container runs as a HostProcess container",
    severity: Severity::Critical,
    description: "Flags containers, init containers and ephemeral containers that run with \
        `securityContext.windowsOptions.hostProcess: true`, set on the container or inherited \
        from the pod's `securityContext` (a container's own value wins).\n\nA HostProcess \
        container is a process on the Windows node itself: it sees the node's filesystem, \
        network and processes and can act as an administrator there, the Windows counterpart \
        of a privileged container. The Pod Security Standards forbid it from the baseline \
        profile up.",
    remediation: "Remove `windowsOptions.hostProcess: true` from the pod and container \
        `securityContext` (or set it to `false`). Node management agents that really need it \
        belong in a dedicated namespace exempted from the baseline policy.",
    compliance: &[
        "k8s-pss-baseline:HostProcess",
        "k8s-pss-restricted:HostProcess",
        "nist-800-53:AC-6",
        "nist-800-53:SC-39",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0103", "KSV103", "no-hostprocess-containers"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn host_process(security_context: Option<&Node>) -> Option<&Entry> {
    security_context?
        .get("windowsOptions")?
        .entry("hostProcess")
        .filter(|e| !e.node.is_null())
}

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    // `windowsOptions` is merged field by field: a container's `windowsOptions` without
    // `hostProcess` still inherits the pod's.
    let pod = host_process(spec.get("securityContext"));
    let mut hits = Vec::new();
    for c in k8s::containers(spec) {
        let Some(e) = host_process(c.node.get("securityContext")).or(pod) else {
            continue;
        };
        if e.node.as_bool() == Some(true) {
            hits.push((e.span(), (), c.describe()));
        }
    }
    for (span, (), who) in k8s::by_span(hits) {
        cx.report(
            span,
            format!(
                "`hostProcess: true` runs {} as a process on the Windows node",
                k8s::join(&who)
            ),
        );
    }
}
