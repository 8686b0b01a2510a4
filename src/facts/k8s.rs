//! Kubernetes workloads: where the pod spec of each kind lives, its containers, and security
//! settings resolved the way the kubelet does (the container's `securityContext` wins over the
//! pod's).

use crate::graph::{Entry, Node, Resource};
use crate::source::Span;

/// Every kind that carries a pod template.
pub const WORKLOAD_KINDS: &[&str] = &[
    "Pod",
    "Deployment",
    "StatefulSet",
    "DaemonSet",
    "ReplicaSet",
    "ReplicationController",
    "Job",
    "CronJob",
    "PodTemplate",
];

/// The pod spec of a workload: `spec` for a Pod, `spec.jobTemplate.spec.template.spec` for a
/// CronJob, `template.spec` for a PodTemplate, `spec.template.spec` otherwise.
pub fn pod_spec(r: &Resource) -> Option<&Node> {
    let b = &r.body;
    match r.kind.as_str() {
        "Pod" => b.get("spec"),
        "CronJob" => b
            .get("spec")?
            .get("jobTemplate")?
            .get("spec")?
            .get("template")?
            .get("spec"),
        "PodTemplate" => b.get("template")?.get("spec"),
        k if WORKLOAD_KINDS.contains(&k) => b.get("spec")?.get("template")?.get("spec"),
        _ => None,
    }
}

/// The pod template's metadata (labels and annotations).
pub fn pod_metadata(r: &Resource) -> Option<&Node> {
    let b = &r.body;
    match r.kind.as_str() {
        "Pod" => b.get("metadata"),
        "CronJob" => b
            .get("spec")?
            .get("jobTemplate")?
            .get("spec")?
            .get("template")?
            .get("metadata"),
        "PodTemplate" => b.get("template")?.get("metadata"),
        _ => b.get("spec")?.get("template")?.get("metadata"),
    }
}

/// One container of a pod spec.
#[derive(Debug, Clone, Copy)]
pub struct Container<'a> {
    pub node: &'a Node,
    /// `containers`, `initContainers` or `ephemeralContainers`.
    pub list: &'static str,
    pub name: &'a str,
    /// The `name: ...` line: where findings about a missing setting point.
    pub name_span: Span,
}

impl<'a> Container<'a> {
    /// A container setting: `securityContext.<key>` on the container.
    pub fn security(&self, key: &str) -> Option<&'a Entry> {
        self.node.get("securityContext")?.entry(key)
    }

    pub fn describe(&self) -> String {
        let what = match self.list {
            "initContainers" => "init container",
            "ephemeralContainers" => "ephemeral container",
            _ => "container",
        };
        format!("{what} \"{}\"", self.name)
    }
}

/// The containers, init containers and ephemeral containers of a pod spec.
pub fn containers(spec: &Node) -> Vec<Container<'_>> {
    let mut out = Vec::new();
    for list in ["containers", "initContainers", "ephemeralContainers"] {
        for c in spec.get(list).and_then(Node::as_list).unwrap_or_default() {
            let (name, name_span) = match c.entry("name") {
                Some(e) => (e.node.as_str().unwrap_or(""), e.key_span.to(e.node.span)),
                None => ("", c.span),
            };
            out.push(Container {
                node: c,
                list,
                name,
                name_span,
            });
        }
    }
    out
}

/// A security setting as the kubelet resolves it: the container's `securityContext.<key>`,
/// else the pod's `securityContext.<key>` (for the settings that exist at both levels).
/// A `null` value counts as unset.
pub fn effective<'a>(spec: &'a Node, c: &Container<'a>, key: &str) -> Option<&'a Entry> {
    effective_from(spec, c, key).map(|(e, _)| e)
}

/// Which securityContext a resolved setting was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Container,
    Pod,
}

/// [`effective`], with the level the value was read from: a pod-level value is shared by every
/// container that does not set its own.
pub fn effective_from<'a>(
    spec: &'a Node,
    c: &Container<'a>,
    key: &str,
) -> Option<(&'a Entry, Level)> {
    let set = |e: &&Entry| !e.node.is_null();
    if let Some(e) = c.security(key).filter(set) {
        return Some((e, Level::Container));
    }
    spec.get("securityContext")?
        .entry(key)
        .filter(set)
        .map(|e| (e, Level::Pod))
}

/// True for a Windows pod (`spec.os.name: windows`): the restricted profile's Linux-only
/// controls (privilege escalation, seccomp, capabilities) do not apply to it.
pub fn is_windows(spec: &Node) -> bool {
    spec.get("os")
        .and_then(|o| o.get("name"))
        .and_then(Node::as_str)
        == Some("windows")
}

/// True for a pod in its own user namespace (`hostUsers: false`): UID 0 in its containers is
/// not root on the node.
pub fn in_user_namespace(spec: &Node) -> bool {
    spec.get("hostUsers").and_then(Node::as_bool) == Some(false)
}

/// Groups findings by span, keeping the order they were first seen in: a pod-level setting
/// inherited by several containers is reported once, naming each of them. Each hit is (where,
/// what was found there, which container).
pub fn by_span<T>(
    hits: impl IntoIterator<Item = (Span, T, String)>,
) -> Vec<(Span, T, Vec<String>)> {
    let mut out: Vec<(Span, T, Vec<String>)> = Vec::new();
    for (span, what, who) in hits {
        match out.iter_mut().find(|(s, _, _)| *s == span) {
            Some((_, _, list)) => {
                if !list.contains(&who) {
                    list.push(who);
                }
            }
            None => out.push((span, what, vec![who])),
        }
    }
    out
}

/// Joins container descriptions for a message: `container "a"`, `container "a" and init
/// container "b"`, `container "a", container "b" and container "c"`.
pub fn join(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The capabilities the Pod Security Standards' baseline profile lets a container add: the
/// container runtimes' default set, less `NET_RAW`.
pub const BASELINE_CAPABILITIES: &[&str] = &[
    "AUDIT_WRITE",
    "CHOWN",
    "DAC_OVERRIDE",
    "FOWNER",
    "FSETID",
    "KILL",
    "MKNOD",
    "NET_BIND_SERVICE",
    "SETFCAP",
    "SETGID",
    "SETPCAP",
    "SETUID",
    "SYS_CHROOT",
];

/// The capabilities a container adds (`securityContext.capabilities.add`), as written.
pub fn added_capabilities<'a>(c: &Container<'a>) -> Vec<(&'a str, Span)> {
    c.security("capabilities")
        .and_then(|e| e.node.get("add"))
        .and_then(Node::as_list)
        .unwrap_or_default()
        .iter()
        .filter_map(|n| n.as_str().map(|s| (s, n.span)))
        .collect()
}
