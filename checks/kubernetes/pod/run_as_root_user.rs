use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-017",
    name: "run-as-root-user",
    title: "Container runs as UID 0",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers that run with \
        `runAsUser: 0`, set on the container or inherited from the pod's `securityContext` \
        (a container's own value wins). Pods in their own user namespace (`hostUsers: \
        false`) are skipped: UID 0 there is not root on the node.\n\n`runAsUser: 0` runs the \
        container's processes as root whatever the image says: they own the container's \
        files and keep the default capabilities, and a container escape starts from root on \
        the node. The restricted profile forbids it.",
    remediation: "Set `runAsUser` to a non-zero UID (or remove it and use an image with a \
        non-root `USER`), and add `runAsNonRoot: true`.",
    compliance: &[
        "k8s-pss-restricted:Running as Non-root user",
        "cis-kubernetes:5.2.7",
        "nist-800-53:AC-6",
    ],
    checkov: &["CKV_K8S_23"],
    trivy: &["AVD-KSV-0105", "KSV105", "containers-not-run-as-root"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
        "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    if k8s::in_user_namespace(spec) {
        return;
    }
    let mut hits = Vec::new();
    for c in k8s::containers(spec) {
        if let Some((e, _)) = k8s::effective_from(spec, &c, "runAsUser")
            && e.node.as_number() == Some(0.0)
        {
            hits.push((e.span(), (), c.describe()));
        }
    }
    for (span, (), who) in k8s::by_span(hits) {
        cx.report(
            span,
            format!("`runAsUser: 0` runs {} as root", k8s::join(&who)),
        );
    }
}
