use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-020",
    name: "capability-added",
    title: "Container adds a capability other than NET_BIND_SERVICE",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers of Linux pods \
        that add back, in `securityContext.capabilities.add`, a capability of the baseline \
        set other than `NET_BIND_SERVICE` (capabilities outside the baseline set are flagged \
        by K8S-POD-008).\n\nThe restricted profile lets a container keep only the right to \
        bind ports below 1024. Capabilities such as `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, \
        `SETUID` or `SETGID` let a process bypass file permissions or change its identity, \
        which turns a compromise of the application into control of the whole container.",
    remediation: "Remove the capability from `securityContext.capabilities.add` and fix what \
        required it in the image (file ownership and permissions set at build time, a \
        non-root user that owns what it writes).",
    compliance: &["k8s-pss-restricted:Capabilities", "nist-800-53:AC-6"],
    checkov: &["CKV_K8S_25"],
    trivy: &["AVD-KSV-0106", "KSV106", "drop-caps-add-bind-svc"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
        "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container",
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
        for (cap, span) in k8s::added_capabilities(cx, &c) {
            if cap != "NET_BIND_SERVICE" && k8s::BASELINE_CAPABILITIES.contains(&cap) {
                cx.report(
                    span,
                    format!(
                        "{} adds capability \"{cap}\"; the restricted profile allows only \
                         NET_BIND_SERVICE",
                        c.describe()
                    ),
                );
            }
        }
    }
}
