use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-004",
    name: "host-pid-shared",
    title: "Pod shares the host's process ID namespace",
    severity: Severity::High,
    description: "Flags pod templates with `hostPID: true`.\n\nThe pod's containers then see \
        every process on the node: their command lines and, through `/proc`, often their \
        environment variables and open files, which regularly hold credentials. With enough \
        privileges a container can signal or trace those processes, or enter their \
        namespaces with `nsenter` and take over the node. The Pod Security Standards forbid it \
        from the baseline profile up.",
    remediation: "Remove `hostPID: true` (or set it to `false`). To share processes between \
        the containers of one pod, use `shareProcessNamespace: true` instead.",
    compliance: &[
        "k8s-pss-baseline:Host Namespaces",
        "k8s-pss-restricted:Host Namespaces",
        "cis-kubernetes:5.2.3",
        "nist-800-53:AC-6",
        "nist-800-53:SC-39",
    ],
    checkov: &["CKV_K8S_17"],
    trivy: &["AVD-KSV-0010", "KSV010", "no-host-pid"],
    references: &["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    if let Some(e) = spec.entry("hostPID")
        && e.node.as_bool() == Some(true)
    {
        cx.report(
            e.span(),
            "pod shares the node's process namespace (`hostPID: true`)",
        );
    }
}
