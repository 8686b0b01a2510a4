use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-WL-001",
    name: "root-filesystem-writable",
    title: "Container's root filesystem is writable",
    severity: Severity::Low,
    description: "Flags containers, init containers and ephemeral containers that do not set \
        `securityContext.readOnlyRootFilesystem: true` (the field only exists on containers; \
        Windows pods, which cannot set it, are skipped).\n\nWith a writable root filesystem, \
        an attacker who gets code execution in the container can drop tools and binaries, \
        change the application's files or its configuration, and keep them there for the \
        life of the container. A read-only root filesystem, with `emptyDir` volumes for the \
        few paths that need writes, takes that away and makes tampering visible.",
    remediation: "Set `securityContext.readOnlyRootFilesystem: true` on each container, and \
        mount an `emptyDir` volume on the directories the program writes to (such as `/tmp` \
        or a cache directory).",
    compliance: &["nist-800-53:CM-7", "nist-800-53:SI-7"],
    checkov: &["CKV_K8S_22"],
    trivy: &["AVD-KSV-0014", "KSV014", "use-readonly-filesystem"],
    references: &[
        "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
        "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    if k8s::is_windows(spec) {
        return;
    }
    for c in k8s::containers(spec) {
        match c.security("readOnlyRootFilesystem").filter(|e| !e.node.is_null()) {
            None => cx.report(
                c.name_span,
                format!(
                    "{} does not set `readOnlyRootFilesystem: true`: its root filesystem is writable",
                    c.describe()
                ),
            ),
            Some(e) => match e.node.as_bool() {
                Some(false) => cx.report(
                    e.span(),
                    format!("{} keeps its root filesystem writable", c.describe()),
                ),
                Some(true) => {}
                None => cx.note_unknown(e.span(), "readOnlyRootFilesystem"),
            },
        }
    }
}
