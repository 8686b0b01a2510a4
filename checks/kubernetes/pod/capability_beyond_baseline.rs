use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-008",
    name: "capability-beyond-baseline",
    title: "Container adds a capability beyond the baseline set",
    severity: Severity::High,
    description: "Flags containers, init containers and ephemeral containers whose \
        `securityContext.capabilities.add` names a capability outside the set the Pod \
        Security Standards' baseline profile allows (`AUDIT_WRITE`, `CHOWN`, `DAC_OVERRIDE`, \
        `FOWNER`, `FSETID`, `KILL`, `MKNOD`, `NET_BIND_SERVICE`, `SETFCAP`, `SETGID`, \
        `SETPCAP`, `SETUID`, `SYS_CHROOT`).\n\nCapabilities outside that set, such as \
        `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `SYS_MODULE` or `NET_RAW`, hand the container \
        kernel powers that are routinely used to escape to the node, tamper with its network \
        or spy on other workloads.",
    remediation: "Remove the capability from `securityContext.capabilities.add`; if the \
        workload needs a specific privilege, find a narrower one in the baseline set, and \
        drop everything else with `capabilities.drop: [\"ALL\"]`.",
    compliance: &[
        "k8s-pss-baseline:Capabilities",
        "k8s-pss-restricted:Capabilities",
        "nist-800-53:AC-6",
    ],
    checkov: &["CKV_K8S_25"],
    trivy: &["AVD-KSV-0022", "KSV022", "no-non-default-capabilities"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
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
    for c in k8s::containers(spec) {
        for (cap, span) in k8s::added_capabilities(cx, &c) {
            if !k8s::BASELINE_CAPABILITIES.contains(&cap) {
                cx.report(
                    span,
                    format!(
                        "{} adds capability \"{cap}\", which is outside the baseline set",
                        c.describe()
                    ),
                );
            }
        }
    }
}
