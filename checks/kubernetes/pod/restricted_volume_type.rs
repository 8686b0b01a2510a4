use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-014",
    name: "restricted-volume-type",
    title: "Pod uses a volume type the restricted profile does not allow",
    severity: Severity::Medium,
    description: "Flags pod volumes of a type other than `configMap`, `csi`, `downwardAPI`, \
        `emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected` or `secret` \
        (`hostPath` volumes are flagged by K8S-POD-006).\n\nThe restricted profile keeps \
        storage behind PersistentVolumeClaims, which administrators control. Inline volume \
        sources such as `nfs`, `iscsi`, `rbd`, `cephfs`, cloud disks or `gitRepo` let anyone \
        who can create a pod attach arbitrary network storage or run git on the node (the \
        `gitRepo` plugin has had command injection flaws), bypassing that control.",
    remediation: "Move the storage behind a PersistentVolume and reference it with a \
        `persistentVolumeClaim` volume, use a CSI driver, or replace `gitRepo` with an \
        `emptyDir` filled by an init container.",
    compliance: &["k8s-pss-restricted:Volume Types", "nist-800-53:CM-7"],
    checkov: &[],
    trivy: &["AVD-KSV-0028", "KSV028", "no-non-ephemeral-volumes"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
        "https://kubernetes.io/docs/concepts/storage/volumes/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

const ALLOWED: &[&str] = &[
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "image",
    "persistentVolumeClaim",
    "projected",
    "secret",
];

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for v in spec
        .get("volumes")
        .and_then(Node::as_list)
        .unwrap_or_default()
    {
        // A volume has one source: every key but its name (none means `emptyDir`).
        let sources: Vec<&Entry> = v
            .entries()
            .iter()
            .filter(|e| e.key != "name" && !e.node.is_null())
            .collect();
        if sources
            .iter()
            .any(|e| ALLOWED.contains(&e.key.as_str()) || e.key == "hostPath")
        {
            continue;
        }
        let Some(e) = sources.first() else {
            continue;
        };
        let name = v.get("name").and_then(Node::as_str).unwrap_or("");
        cx.report(
            e.key_span,
            format!("volume \"{name}\" is of type `{}`", e.key),
        );
    }
}
