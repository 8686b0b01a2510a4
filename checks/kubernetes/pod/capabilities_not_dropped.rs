use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-019",
    name: "capabilities-not-dropped",
    title: "Container does not drop all capabilities",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers of Linux pods \
        whose `securityContext.capabilities.drop` does not include `ALL`.\n\nContainer \
        runtimes grant a default set of Linux capabilities (changing file ownership, \
        bypassing file permissions, killing processes, creating device nodes and more) that \
        few applications need and that an attacker in the container can use. The restricted \
        profile requires dropping them all and adding back only `NET_BIND_SERVICE`.",
    remediation: "Set `securityContext.capabilities.drop: [\"ALL\"]` on every container and \
        add back only what the workload needs (`add: [\"NET_BIND_SERVICE\"]` to bind ports \
        below 1024).",
    compliance: &["k8s-pss-restricted:Capabilities", "nist-800-53:AC-6"],
    checkov: &["CKV_K8S_37"],
    trivy: &[
        "AVD-KSV-0106",
        "KSV106",
        "drop-caps-add-bind-svc",
        "AVD-KSV-0003",
        "KSV003",
        "drop-default-capabilities",
    ],
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
        let drop = c
            .security("capabilities")
            .and_then(|e| e.node.entry("drop"))
            .filter(|e| !e.node.is_null());
        let Some(drop) = drop else {
            cx.report(
                c.name_span,
                format!("{} does not drop ALL capabilities", c.describe()),
            );
            continue;
        };
        let Some(list) = drop.node.as_list() else {
            continue;
        };
        let names: Vec<&str> = list.iter().filter_map(Node::as_str).collect();
        if names.contains(&"ALL") {
            continue;
        }
        let message = if names.is_empty() {
            format!("{} drops no capabilities", c.describe())
        } else {
            format!(
                "{} drops {} but not ALL capabilities",
                c.describe(),
                names.join(", ")
            )
        };
        cx.report(drop.span(), message);
    }
}
