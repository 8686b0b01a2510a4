use crate::check::prelude::*;
use crate::facts::k8s::{self, ImageRef};

pub static CHECK: Check = Check {
    id: "K8S-WL-009",
    name: "image-not-pinned-by-digest",
    title: "Container image is not pinned by digest",
    severity: Severity::Low,
    description: "Flags containers, init containers and ephemeral containers whose `image` \
        names a tag but no digest (`@sha256:...`). Images whose tag or digest is set by a \
        Kustomization in the same directory are skipped.\n\nA tag is a movable pointer: \
        whoever can push to the repository (a compromised CI job, a stolen registry token, \
        the upstream maintainer) can make the same tag serve different content, and nodes \
        pick it up the next time they pull. A digest names the exact image content, so what \
        runs is what was reviewed and scanned.",
    remediation: "Append the digest of the reviewed image to the reference \
        (`registry.example.com/app:1.4.2@sha256:<digest>`); tools such as Renovate, \
        Kustomize's `images:` or `crane digest` keep it up to date.",
    compliance: &["nist-800-53:CM-2", "nist-800-53:SI-7", "nist-800-53:SR-11"],
    checkov: &["CKV_K8S_43"],
    trivy: &[],
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
        if r.digest.is_some() || k8s::kustomize_sets_image(cx.graph, r.name) {
            continue;
        }
        cx.report(
            entry.span(),
            format!("{} uses image \"{image}\" without a digest", c.describe()),
        );
    }
}
