use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-POD-013",
    name: "unsafe-sysctl",
    title: "Pod sets a sysctl outside the safe set",
    severity: Severity::High,
    description: "Flags `securityContext.sysctls` entries of a pod whose name is not in the \
        Pod Security Standards' safe set (`kernel.shm_rmid_forced`, \
        `net.ipv4.ip_local_port_range`, `net.ipv4.ip_unprivileged_port_start`, \
        `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, \
        `net.ipv4.ip_local_reserved_ports`, `net.ipv4.tcp_keepalive_time`, \
        `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, \
        `net.ipv4.tcp_keepalive_probes`, `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem`, and from \
        Kubernetes 1.37 `net.ipv4.tcp_slow_start_after_idle` and \
        `net.ipv4.tcp_notsent_lowat`).\n\nThe safe sysctls are namespaced and isolated from \
        other pods. Others may change kernel behaviour for the whole node, weaken security \
        mechanisms or let one pod starve its neighbours; the kubelet refuses them unless an \
        administrator allowed them on the node. The Pod Security Standards forbid them from \
        the baseline profile up.",
    remediation: "Remove the sysctl from `securityContext.sysctls`. Node-wide kernel tuning \
        belongs in the node's configuration; if a pod really needs a namespaced unsafe \
        sysctl, allow it on dedicated nodes with the kubelet's `--allowed-unsafe-sysctls`.",
    compliance: &[
        "k8s-pss-baseline:Sysctls",
        "k8s-pss-restricted:Sysctls",
        "nist-800-53:CM-6",
        "nist-800-53:SC-39",
    ],
    checkov: &[],
    trivy: &["AVD-KSV-0026", "KSV026", "no-unsafe-sysctl"],
    references: &[
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

const SAFE: &[&str] = &[
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
    "net.ipv4.tcp_rmem",
    "net.ipv4.tcp_wmem",
    "net.ipv4.tcp_slow_start_after_idle",
    "net.ipv4.tcp_notsent_lowat",
];

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    let sysctls = spec
        .get("securityContext")
        .and_then(|s| s.get("sysctls"))
        .and_then(Node::as_list)
        .unwrap_or_default();
    for s in sysctls {
        let Some(e) = s.entry("name") else {
            continue;
        };
        let Some(name) = k8s::literal(cx, &e.node, "sysctls") else {
            continue;
        };
        if !SAFE.contains(&name) {
            cx.report(
                e.span(),
                format!("sysctl \"{name}\" is not in the safe set"),
            );
        }
    }
}
