use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-018",
    name: "seccomp-profile-missing",
    title: "Container has no seccomp profile",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers of Linux pods \
        for which neither their own `securityContext.seccompProfile` nor the pod's is set \
        (an explicit `Unconfined` profile is flagged by K8S-POD-012).\n\nUnless the kubelet \
        runs with `--seccomp-default`, a container without a profile runs `Unconfined`: \
        every system call is open to it, including the rarely needed ones behind many kernel \
        exploits. The restricted profile requires `RuntimeDefault` or a `Localhost` profile, \
        on the pod or on every container. The deprecated seccomp annotations do not count: \
        current Kubernetes versions ignore them.",
    remediation: "Set `seccompProfile: {type: RuntimeDefault}` in the pod's \
        `securityContext`, or a `Localhost` profile written for the workload.",
    compliance: &["k8s-pss-restricted:Seccomp", "nist-800-53:CM-7"],
    checkov: &["CKV_K8S_31"],
    trivy: &["AVD-KSV-0030", "KSV030", "use-default-seccomp"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
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
    // A Linux-only control.
    if k8s::is_windows(spec) {
        return;
    }
    for c in k8s::containers(spec) {
        if k8s::effective(spec, &c, "seccompProfile").is_none() {
            cx.report(
                c.name_span,
                format!(
                    "{} has no seccomp profile: neither it nor the pod sets `seccompProfile`",
                    c.describe()
                ),
            );
        }
    }
}
