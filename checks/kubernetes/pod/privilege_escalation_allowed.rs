use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-015",
    name: "privilege-escalation-allowed",
    title: "Container allows privilege escalation",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers of Linux pods \
        that do not set `securityContext.allowPrivilegeEscalation: false`; the field defaults \
        to `true`.\n\nWhile privilege escalation is allowed, a process in the container can \
        gain more privileges than its parent, through set-user-ID or set-group-ID binaries or \
        file capabilities, and become root inside the container even when it started as an \
        ordinary user. Setting the field to `false` sets the kernel's `no_new_privs` flag. \
        The restricted profile requires it.",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container, \
        init container and ephemeral container.",
    compliance: &[
        "k8s-pss-restricted:Privilege Escalation",
        "cis-kubernetes:5.2.6",
        "nist-800-53:AC-6",
    ],
    checkov: &["CKV_K8S_20"],
    trivy: &["AVD-KSV-0001", "KSV001", "no-self-privesc"],
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
    // A Linux-only control: Windows has no set-user-ID binaries.
    if k8s::is_windows(spec) {
        return;
    }
    for c in k8s::containers(spec) {
        match c
            .security("allowPrivilegeEscalation")
            .filter(|e| !e.node.is_null())
        {
            None => cx.report(
                c.name_span,
                format!(
                    "{} does not set `allowPrivilegeEscalation: false`",
                    c.describe()
                ),
            ),
            Some(e) if e.node.as_bool() == Some(true) => cx.report(
                e.span(),
                format!("{} allows privilege escalation", c.describe()),
            ),
            Some(_) => {}
        }
    }
}
