use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-016",
    name: "run-as-non-root-not-enforced",
    title: "Container is not required to run as a non-root user",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers for which \
        `runAsNonRoot` is not `true`, neither in their own `securityContext` nor in the pod's \
        (a container's own value wins). Pods in their own user namespace (`hostUsers: \
        false`) are skipped: root there is not root on the node.\n\nWithout `runAsNonRoot: \
        true`, a container runs as whatever user its image names, which is root for most \
        images. Root in a container owns its files and keeps the default capabilities, and \
        any container escape starts from root on the node. With the field set, the kubelet \
        refuses to start a container that would run as UID 0. The restricted profile \
        requires it.",
    remediation: "Set `runAsNonRoot: true` in the pod's `securityContext` (or on each \
        container), and make sure the image runs as a numeric non-root user (a `USER` \
        instruction, or `runAsUser`).",
    compliance: &[
        "k8s-pss-restricted:Running as Non-root",
        "cis-kubernetes:5.2.7",
        "nist-800-53:AC-6",
    ],
    checkov: &["CKV_K8S_23"],
    trivy: &["AVD-KSV-0012", "KSV012", "no-root"],
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
        match k8s::effective_from(spec, &c, "runAsNonRoot") {
            None => {
                let uid = k8s::effective(spec, &c, "runAsUser").and_then(|e| e.node.as_number());
                let message = match uid {
                    Some(uid) if uid != 0.0 => format!(
                        "{} does not set `runAsNonRoot: true` (only `runAsUser: {uid}` keeps it \
                         off root)",
                        c.describe()
                    ),
                    _ => format!(
                        "{} may run as root: neither it nor the pod sets `runAsNonRoot: true`",
                        c.describe()
                    ),
                };
                cx.report(c.name_span, message);
            }
            Some((e, _)) if e.node.as_bool() == Some(false) => {
                hits.push((e.span(), (), c.describe()));
            }
            Some(_) => {}
        }
    }
    for (span, (), who) in k8s::by_span(hits) {
        cx.report(
            span,
            format!("`runAsNonRoot: false` lets {} run as root", k8s::join(&who)),
        );
    }
}
