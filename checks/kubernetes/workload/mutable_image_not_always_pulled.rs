use crate::check::prelude::*;
use crate::facts::k8s::{self, ImageRef};

pub static CHECK: Check = Check {
    id: "K8S-WL-010",
    name: "mutable-image-not-always-pulled",
    title: "Image with a moving tag is not pulled on every start",
    severity: Severity::Low,
    description: "Flags containers, init containers and ephemeral containers whose image \
        has a tag that is meant to move and whose effective `imagePullPolicy` is not \
        `Always`. A tag counts as moving when there is no digest and the tag is missing or \
        `latest`, contains no digit (`stable`, `main`, `edge`, `alpine`, ...), or ends in \
        `latest`, `snapshot` or `nightly`. When `imagePullPolicy` is not set, Kubernetes \
        uses `Always` for `latest` and untagged images and `IfNotPresent` for every other \
        tag. Version tags (`1.27.3`) and digests are not flagged: they are meant to name one \
        image, and `IfNotPresent` is the right policy for them.\n\nWith `IfNotPresent` or \
        `Never`, each node runs whatever image it cached under the tag the first time: \
        replicas of one workload drift apart, and an update pushed to the tag, including a \
        security fix, reaches only new nodes. The kubelet also starts a cached image without \
        checking that the pod may pull it, so on a shared node a pod can use a private image \
        another pod pulled.",
    remediation: "Pin the image to a version tag or a digest (best), or set \
        `imagePullPolicy: Always` on containers that must follow a moving tag.",
    compliance: &["nist-800-53:CM-2"],
    checkov: &["CKV_K8S_15"],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy",
        "https://kubernetes.io/docs/concepts/configuration/overview/#container-images",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

/// True when the tag is meant to move: no digest, and no tag, `latest`, a name without a
/// version number, or a `-latest`/`-snapshot`/`-nightly` style suffix.
fn moving_tag(r: &ImageRef) -> bool {
    if r.digest.is_some() {
        return false;
    }
    let Some(tag) = r.tag else {
        return true;
    };
    let lower = tag.to_ascii_lowercase();
    !tag.chars().any(|c| c.is_ascii_digit())
        || ["latest", "snapshot", "nightly"]
            .iter()
            .any(|s| lower.ends_with(s))
}

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for c in k8s::containers(spec) {
        let Some((image, _)) = k8s::image(&c) else {
            continue;
        };
        let Some(r) = ImageRef::parse(image) else {
            continue;
        };
        if !moving_tag(&r) || k8s::kustomize_sets_image(cx.graph, r.name) {
            continue;
        }
        match c
            .node
            .entry("imagePullPolicy")
            .filter(|e| !e.node.is_null())
        {
            Some(e) => match e.node.as_str() {
                Some("Always") => {}
                Some(p) if k8s::is_templated(p) => cx.note_unknown(e.span(), "imagePullPolicy"),
                Some(p) => cx.report(
                    e.span(),
                    format!(
                        "{} runs image \"{image}\", whose tag moves, with `imagePullPolicy: {p}`",
                        c.describe()
                    ),
                ),
                None => cx.note_unknown(e.span(), "imagePullPolicy"),
            },
            None => {
                let default = r.default_pull_policy();
                if default != "Always" {
                    cx.report(
                        c.name_span,
                        format!(
                            "{} runs image \"{image}\", whose tag moves, with the default \
                             `imagePullPolicy: {default}`",
                            c.describe()
                        ),
                    );
                }
            }
        }
    }
}
