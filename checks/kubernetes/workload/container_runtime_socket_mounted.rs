use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-WL-014",
    name: "container-runtime-socket-mounted",
    title: "Pod mounts the container runtime's socket",
    severity: Severity::Critical,
    description: "Flags `hostPath` volumes whose path is the socket of a container runtime \
        (Docker's `/var/run/docker.sock`, containerd's, CRI-O's, cri-dockerd's, Podman's, \
        k3s's containerd) or the directory that holds one (`/var/run/containerd`, \
        `/run/crio`, ...), under `/var/run` or `/run`.\n\nWhoever can talk to the runtime \
        socket controls every container on the node: they can start a privileged container \
        with the host's filesystem mounted, read other pods' secrets and environment, or \
        stop the node's workloads. A compromise of the pod that mounts it is a compromise of \
        the node, and usually of the cluster. A read-only mount does not help: the socket \
        still accepts commands.",
    remediation: "Remove the volume. Build images with a daemonless builder (BuildKit \
        rootless, Kaniko, Buildah) instead of the node's Docker, and read container \
        metadata through the Kubernetes API or the kubelet's read-only endpoints. Node \
        agents that really need the socket belong in a dedicated, tightly controlled \
        namespace.",
    compliance: &[
        "k8s-pss-baseline:HostPath Volumes",
        "nist-800-53:AC-6",
        "nist-800-53:SC-39",
    ],
    checkov: &["CKV_K8S_27"],
    trivy: &["AVD-KSV-0006", "KSV006", "no-docker-sock-mount"],
    references: &[
        "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

/// Runtime sockets, and the directories that hold them, relative to `/var/run` or `/run`
/// (one is a link to the other on current distributions).
const SOCKETS: &[(&str, &str)] = &[
    ("docker.sock", "Docker socket"),
    ("dockershim.sock", "dockershim socket"),
    ("cri-dockerd.sock", "cri-dockerd socket"),
    ("containerd/containerd.sock", "containerd socket"),
    ("containerd", "directory of the containerd socket"),
    ("crio/crio.sock", "CRI-O socket"),
    ("crio", "directory of the CRI-O socket"),
    ("podman/podman.sock", "Podman socket"),
    ("k3s/containerd/containerd.sock", "k3s containerd socket"),
    ("k3s/containerd", "directory of the k3s containerd socket"),
];

/// What a host path exposes, if it is a runtime socket or its directory.
fn runtime_socket(path: &str) -> Option<&'static str> {
    // Normalize `//`, `/./` and a trailing `/`.
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let rest = match parts.as_slice() {
        ["var", "run", rest @ ..] | ["run", rest @ ..] => rest.join("/"),
        _ => return None,
    };
    SOCKETS
        .iter()
        .find(|(p, _)| *p == rest)
        .map(|(_, what)| *what)
}

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for v in spec
        .get("volumes")
        .and_then(Node::as_list)
        .unwrap_or_default()
    {
        let Some(e) = v.get("hostPath").and_then(|h| h.entry("path")) else {
            continue;
        };
        let Some(path) = e.node.as_str() else {
            continue;
        };
        let Some(what) = runtime_socket(path) else {
            continue;
        };
        let name = v.get("name").and_then(Node::as_str).unwrap_or("");
        cx.report(
            e.span(),
            format!("volume \"{name}\" mounts the node's {what} (\"{path}\")"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::runtime_socket;

    #[test]
    fn paths() {
        assert!(runtime_socket("/var/run/docker.sock").is_some());
        assert!(runtime_socket("/run/docker.sock").is_some());
        assert!(runtime_socket("/var/run/containerd/").is_some());
        assert!(runtime_socket("//run/containerd/containerd.sock").is_some());
        assert!(runtime_socket("/var/run/crio/crio.sock").is_some());
        assert!(runtime_socket("/var/lib/docker").is_none());
        assert!(runtime_socket("/var/run").is_none());
        assert!(runtime_socket("/tmp/docker.sock").is_none());
    }
}
