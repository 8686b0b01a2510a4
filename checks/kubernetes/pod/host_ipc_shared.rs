use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-005",
    name: "host-ipc-shared",
    title: "Pod shares the host's IPC namespace",
    severity: Severity::High,
    description: "Flags pod templates with `hostIPC: true`.\n\nThe pod's containers then share \
        System V shared memory, semaphores and POSIX message queues with every process on the \
        node: they can read or corrupt the shared memory of host processes and of other pods \
        that use the host's IPC namespace. The Pod Security Standards forbid it from the \
        baseline profile up.",
    remediation: "Remove `hostIPC: true` (or set it to `false`). Containers of the same pod \
        already share an IPC namespace with each other.",
    compliance: &[
        "k8s-pss-baseline:Host Namespaces",
        "k8s-pss-restricted:Host Namespaces",
        "cis-kubernetes:5.2.4",
        "nist-800-53:SC-39",
    ],
    checkov: &["CKV_K8S_18"],
    trivy: &["AVD-KSV-0008", "KSV008", "no-shared-ipc-namespace"],
    references: &["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    if let Some(e) = spec.entry("hostIPC")
        && e.node.as_bool() == Some(true)
    {
        cx.report(
            e.span(),
            "pod shares the node's IPC namespace (`hostIPC: true`)",
        );
    }
}
