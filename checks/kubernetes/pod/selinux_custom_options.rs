use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-010",
    name: "selinux-custom-options",
    title: "Container sets a custom SELinux type, user or role",
    severity: Severity::High,
    description: "Flags containers whose `seLinuxOptions` (their own, or the pod's when they \
        set none) name a `type` other than `container_t`, `container_init_t`, \
        `container_kvm_t` or `container_engine_t`, or set a `user` or `role`.\n\nOn SELinux \
        nodes the container types confine a container to its own files and processes. \
        Another type, such as `spc_t` (super privileged container) or a host type, lifts \
        that confinement, and a custom user or role changes what the process may do on the \
        node. The Pod Security Standards forbid both from the baseline profile up; only the \
        MCS `level` may be chosen freely.",
    remediation: "Remove `type`, `user` and `role` from `seLinuxOptions` (keep `level` if the \
        workload needs a specific MCS label), or use one of the container types.",
    compliance: &[
        "k8s-pss-baseline:SELinux",
        "k8s-pss-restricted:SELinux",
        "nist-800-53:AC-3",
        "nist-800-53:CM-6",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0025", "KSV025", "no-custom-selinux-options"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

const ALLOWED_TYPES: &[&str] = &[
    "container_t",
    "container_init_t",
    "container_kvm_t",
    "container_engine_t",
];

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    let mut hits = Vec::new();
    for c in k8s::containers(spec) {
        // A container's `seLinuxOptions` replaces the pod's as a whole.
        let Some((options, _)) = k8s::effective_from(spec, &c, "seLinuxOptions") else {
            continue;
        };
        for key in ["type", "user", "role"] {
            let Some(e) = options.node.entry(key) else {
                continue;
            };
            let Some(value) = k8s::literal(cx, &e.node, "seLinuxOptions").filter(|v| !v.is_empty())
            else {
                continue;
            };
            if key == "type" && ALLOWED_TYPES.contains(&value) {
                continue;
            }
            hits.push((e.span(), (key, value), c.describe()));
        }
    }
    for (span, (key, value), who) in k8s::by_span(hits) {
        cx.report(
            span,
            format!("SELinux {key} \"{value}\" applies to {}", k8s::join(&who)),
        );
    }
}
