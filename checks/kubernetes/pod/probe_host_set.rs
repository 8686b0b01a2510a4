use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-021",
    name: "probe-host-set",
    title: "Probe or lifecycle hook targets another host",
    severity: Severity::Medium,
    description: "Flags liveness, readiness and startup probes and `postStart`/`preStop` \
        lifecycle hooks whose `httpGet.host` or `tcpSocket.host` is set.\n\nThe kubelet, not \
        the container, makes these requests, from the node's network. A `host` pointing \
        elsewhere than the pod lets whoever writes the pod spec make the node connect to \
        arbitrary addresses (the node's own loopback services, cloud metadata endpoints, \
        internal systems) and learn from the probe's result whether they answer: a blind \
        server-side request forgery. The baseline profile forbids the field from Kubernetes \
        1.34.",
    remediation: "Remove `host` from the probe or hook so that the kubelet targets the pod's \
        IP; to check a dependency, probe an endpoint of the container that checks it, or use \
        an `exec` probe.",
    compliance: &[
        "k8s-pss-baseline:Host Probes / Lifecycle Hooks",
        "k8s-pss-restricted:Host Probes / Lifecycle Hooks",
        "nist-800-53:SC-7",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
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
        let mut handlers: Vec<(&str, &Node)> = Vec::new();
        for (key, what) in [
            ("livenessProbe", "liveness probe"),
            ("readinessProbe", "readiness probe"),
            ("startupProbe", "startup probe"),
        ] {
            if let Some(n) = c.node.get(key) {
                handlers.push((what, n));
            }
        }
        let lifecycle = c.node.get("lifecycle");
        for (key, what) in [("postStart", "postStart hook"), ("preStop", "preStop hook")] {
            if let Some(n) = lifecycle.and_then(|l| l.get(key)) {
                handlers.push((what, n));
            }
        }
        for (what, handler) in handlers {
            for action in ["httpGet", "tcpSocket"] {
                let Some(e) = handler.get(action).and_then(|a| a.entry("host")) else {
                    continue;
                };
                let Some(host) = k8s::literal(cx, &e.node, "host").filter(|h| !h.is_empty()) else {
                    continue;
                };
                cx.report(
                    e.span(),
                    format!(
                        "{} sends its {what} to host \"{host}\" from the node",
                        c.describe()
                    ),
                );
            }
        }
    }
}
