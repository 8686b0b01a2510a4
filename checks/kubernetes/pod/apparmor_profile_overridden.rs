use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-009",
    name: "apparmor-profile-overridden",
    title: "Container runs without the default AppArmor profile",
    severity: Severity::High,
    description: "Flags containers whose AppArmor profile is neither the runtime's default nor \
        a profile loaded on the node: an `appArmorProfile.type` other than `RuntimeDefault` or \
        `Localhost` in the container's or the pod's `securityContext` (the container's wins), \
        or a `container.apparmor.security.beta.kubernetes.io/<container>` annotation other \
        than `runtime/default` or `localhost/<profile>`.\n\nOn nodes with AppArmor, the \
        runtime confines every container with a default profile that blocks mounting \
        filesystems, writing to sensitive parts of `/proc` and `/sys` and other common escape \
        steps. `Unconfined` turns that confinement off. The Pod Security Standards forbid \
        overriding the default from the baseline profile up.",
    remediation: "Remove the `Unconfined` profile: leave `appArmorProfile` unset, or set \
        `type: RuntimeDefault`, or write a profile for the workload, load it on the nodes and \
        use `type: Localhost` with `localhostProfile`. Replace the deprecated annotations with \
        the `appArmorProfile` field.",
    compliance: &[
        "k8s-pss-baseline:AppArmor",
        "k8s-pss-restricted:AppArmor",
        "nist-800-53:AC-3",
        "nist-800-53:CM-6",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0002", "KSV002", "use-default-apparmor-profile"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/tutorials/security/apparmor/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

const ANNOTATION: &str = "container.apparmor.security.beta.kubernetes.io/";

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    // The field, on the container or inherited from the pod.
    let mut hits = Vec::new();
    for c in k8s::containers(spec) {
        let Some((profile, _)) = k8s::effective_from(spec, &c, "appArmorProfile") else {
            continue;
        };
        let Some(t) = profile.node.entry("type") else {
            continue;
        };
        match k8s::literal(cx, &t.node, "appArmorProfile.type") {
            Some("RuntimeDefault" | "Localhost") | None => {}
            Some(v) => hits.push((t.span(), v, c.describe())),
        }
    }
    for (span, value, who) in k8s::by_span(hits) {
        cx.report(
            span,
            format!(
                "AppArmor profile type \"{value}\" applies to {}",
                k8s::join(&who)
            ),
        );
    }
    // The deprecated annotations on the pod template.
    let annotations = k8s::pod_metadata(cx.resource)
        .and_then(|m| m.get("annotations"))
        .map(Node::entries)
        .unwrap_or_default();
    for a in annotations {
        let Some(container) = a.key.strip_prefix(ANNOTATION) else {
            continue;
        };
        let Some(value) = k8s::literal(cx, &a.node, &a.key) else {
            continue;
        };
        if value.is_empty() || value == "runtime/default" || value.starts_with("localhost/") {
            continue;
        }
        cx.report(
            a.span(),
            format!("AppArmor annotation sets profile \"{value}\" for container \"{container}\""),
        );
    }
}
