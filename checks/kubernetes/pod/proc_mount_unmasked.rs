use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-011",
    name: "proc-mount-unmasked",
    title: "Container mounts /proc without the default masks",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers with a \
        `securityContext.procMount` other than `Default` (that is, `Unmasked`).\n\nBy \
        default the runtime masks and makes read-only the parts of `/proc` that expose the \
        node's kernel (`/proc/kcore`, `/proc/sysrq-trigger`, `/proc/sys` and others). An \
        unmasked `/proc` gives them back to the container. Kubernetes only accepts it for \
        pods in their own user namespace (`hostUsers: false`), which limits the damage, and \
        from Kubernetes 1.35 the baseline profile allows it there; the restricted profile \
        never does.",
    remediation: "Remove `procMount` from the container's `securityContext` or set it to \
        `Default`.",
    compliance: &[
        "k8s-pss-baseline:/proc Mount Type",
        "k8s-pss-restricted:/proc Mount Type",
        "nist-800-53:CM-6",
        "nist-800-53:SC-39",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0027", "KSV027", "no-custom-proc-mask"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for c in k8s::containers(spec) {
        let Some(e) = c.security("procMount") else {
            continue;
        };
        match k8s::literal(cx, &e.node, "procMount") {
            Some("Default") | None => {}
            Some(v) => cx.report(
                e.span(),
                format!("{} mounts /proc with `procMount: {v}`", c.describe()),
            ),
        }
    }
}
