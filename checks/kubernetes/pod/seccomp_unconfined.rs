use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-012",
    name: "seccomp-unconfined",
    title: "Container runs with seccomp turned off",
    severity: Severity::High,
    description: "Flags containers whose seccomp profile type (their own \
        `securityContext.seccompProfile`, or the pod's when they set none) is something other \
        than `RuntimeDefault` or `Localhost`, that is `Unconfined`.\n\nA seccomp profile \
        limits the system calls a container can make; the runtime's default profile blocks \
        the rarely needed ones behind many kernel exploits and container escapes. \
        `Unconfined` explicitly lifts that filter. The Pod Security Standards forbid it from \
        the baseline profile up.",
    remediation: "Set `seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile \
        written for the workload) in the pod's `securityContext`, and remove `Unconfined` \
        from the containers.",
    compliance: &[
        "k8s-pss-baseline:Seccomp",
        "k8s-pss-restricted:Seccomp",
        "nist-800-53:CM-7",
        "nist-800-53:SC-39",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0104", "KSV104", "no-seccomp-unconfined"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/tutorials/security/seccomp/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    let mut hits = Vec::new();
    for c in k8s::containers(spec) {
        let Some((profile, _)) = k8s::effective_from(spec, &c, "seccompProfile") else {
            continue;
        };
        let Some(t) = profile.node.entry("type") else {
            continue;
        };
        match k8s::literal(cx, &t.node, "seccompProfile.type") {
            Some("RuntimeDefault" | "Localhost") | None => {}
            Some(v) => hits.push((t.span(), v, c.describe())),
        }
    }
    for (span, value, who) in k8s::by_span(hits) {
        cx.report(
            span,
            format!(
                "seccomp profile type \"{value}\" applies to {}",
                k8s::join(&who)
            ),
        );
    }
}
