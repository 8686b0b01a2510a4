use crate::check::prelude::*;
use crate::facts::k8s::{self, ImageRef};

pub static CHECK: Check = Check {
    id: "K8S-WL-008",
    name: "image-tag-latest",
    title: "Container image uses the `latest` tag or no tag",
    severity: Severity::Medium,
    description: "Flags containers, init containers and ephemeral containers whose `image` \
        has the tag `latest` or no tag at all (which means `latest`) and no digest. Images \
        whose tag is rewritten by a Kustomization in the same directory are skipped.\n\n\
        `latest` names whatever was pushed last: two nodes can run different code under the \
        same manifest, a restart can silently upgrade the workload to an untested (or \
        tampered) image, and there is no way to tell which version runs or to roll back to \
        the previous one.",
    remediation: "Use a specific version tag (`nginx:1.27.3`), or better a digest \
        (`nginx:1.27.3@sha256:...`), and change it deliberately when you upgrade.",
    compliance: &["nist-800-53:CM-2", "nist-800-53:SI-7"],
    checkov: &["CKV_K8S_14"],
    trivy: &["AVD-KSV-0013", "KSV013", "use-specific-tags"],
    references: &[
        "https://kubernetes.io/docs/concepts/containers/images/#image-names",
        "https://kubernetes.io/docs/concepts/configuration/overview/#container-images",
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
        let Some((image, entry)) = k8s::image(&c) else {
            continue;
        };
        let Some(r) = ImageRef::parse(image) else {
            if k8s::is_templated(image) {
                cx.note_unknown(entry.span(), "image");
            }
            continue;
        };
        if !r.is_latest() || k8s::kustomize_sets_image(cx.graph, r.name) {
            continue;
        }
        let message = match r.tag {
            Some(_) => format!(
                "{} uses image \"{image}\" with the mutable `latest` tag",
                c.describe()
            ),
            None => format!(
                "{} uses image \"{image}\" without a tag, which means `latest`",
                c.describe()
            ),
        };
        cx.report(entry.span(), message);
    }
}
