use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-001",
    name: "privileged-container",
    title: "Container runs privileged",
    severity: Severity::Critical,
    description: "Flags containers, init containers and ephemeral containers with \
        `securityContext.privileged: true`.\n\nA privileged container has every capability and \
        access to the host's devices: escaping to the node is a matter of mounting its disk. The \
        Pod Security Standards forbid it from the baseline profile up.",
    remediation: "Remove `privileged: true`; grant only the specific capabilities the workload \
        needs with `securityContext.capabilities.add`.",
    compliance: &[
        "k8s-pss-baseline:Privileged Containers",
        "k8s-pss-restricted:Privileged Containers",
        "cis-kubernetes:5.2.2",
        "nist-800-53:AC-6",
    ],
    checkov: &["CKV_K8S_16"],
    trivy: &["AVD-KSV-0017", "KSV017", "no-privileged-containers"],
    references: &["https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for c in k8s::containers(spec) {
        if let Some(e) = c.security("privileged")
            && e.node.as_bool() == Some(true)
        {
            cx.report(e.span(), format!("{} runs privileged", c.describe()));
        }
    }
}
