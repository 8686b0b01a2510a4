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

// ---------------------------------------------------------------------------------------------
// Pod Security Standards facts (checks/kubernetes/pod).

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

/// True for a Windows pod: `spec.os.name: windows`, or a `kubernetes.io/os: windows` node
/// selector. The restricted profile's Linux-only controls (privilege escalation, seccomp,
/// capabilities) do not apply to it.
pub fn is_windows(spec: &Node) -> bool {
    let os = spec
        .get("os")
        .and_then(|o| o.get("name"))
        .and_then(Node::as_str);
    let selector = spec
        .get("nodeSelector")
        .and_then(|s| s.get("kubernetes.io/os"))
        .and_then(Node::as_str);
    os == Some("windows") || selector == Some("windows")
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

/// A string setting as written, or `None` when it is not a string or is a placeholder filled in
/// at deploy time (`${VAR}`, see [`is_templated`]): its value is decided later, so it is noted as
/// unknown and not judged.
pub fn literal<'a>(cx: &crate::check::Ctx, node: &'a Node, what: &str) -> Option<&'a str> {
    let v = node.as_str()?;
    if is_templated(v) {
        cx.note_unknown(node.span, what);
        return None;
    }
    Some(v)
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

/// The capabilities a container adds (`securityContext.capabilities.add`), as written
/// (template placeholders are noted as unknown and left out).
pub fn added_capabilities<'a>(cx: &crate::check::Ctx, c: &Container<'a>) -> Vec<(&'a str, Span)> {
    c.security("capabilities")
        .and_then(|e| e.node.get("add"))
        .and_then(Node::as_list)
        .unwrap_or_default()
        .iter()
        .filter_map(|n| literal(cx, n, "capabilities.add").map(|s| (s, n.span)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Workload and image facts (checks/kubernetes/workload).

/// True for a value that was left as a template placeholder (`{{ .Values.x }}`, `${VAR}`,
/// `$(VAR)`): its real value is decided later and cannot be judged here.
pub fn is_templated(s: &str) -> bool {
    s.contains("{{") || s.contains("${") || s.contains("$(")
}

/// The `metadata.namespace` of an object, when it names one.
pub fn namespace(r: &Resource) -> Option<&str> {
    r.body
        .get("metadata")?
        .get("namespace")?
        .as_str()
        .filter(|s| !s.is_empty())
}

/// True when two objects may land in the same namespace: the same name, or one of them has
/// none (it goes to the namespace of the kubectl context, which may be the other's).
pub fn same_namespace(a: &Resource, b: &Resource) -> bool {
    match (namespace(a), namespace(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// A container image reference, split the way container runtimes read it:
/// `[registry[:port]/]repository[:tag][@digest]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageRef<'a> {
    /// Registry and repository, without tag or digest (`ghcr.io/org/app`).
    pub name: &'a str,
    pub tag: Option<&'a str>,
    pub digest: Option<&'a str>,
}

impl<'a> ImageRef<'a> {
    /// Parses an image reference; `None` for an empty or templated value, or a placeholder
    /// that is no reference at all (`<your-image>`).
    pub fn parse(image: &'a str) -> Option<ImageRef<'a>> {
        let image = image.trim();
        if image.is_empty()
            || is_templated(image)
            || !image
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-/:@".contains(c))
        {
            return None;
        }
        let (rest, digest) = match image.split_once('@') {
            Some((r, d)) => (r, Some(d).filter(|d| !d.is_empty())),
            None => (image, None),
        };
        // A tag follows the last `:` after the last `/` (a `:` before it is a registry port).
        let last_slash = rest.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (name, tag) = match rest[last_slash..].rfind(':') {
            Some(i) => (
                &rest[..last_slash + i],
                Some(&rest[last_slash + i + 1..]).filter(|t| !t.is_empty()),
            ),
            None => (rest, None),
        };
        Some(ImageRef { name, tag, digest })
    }

    /// True when the image is `latest` or has no tag (which means `latest`) and no digest.
    pub fn is_latest(&self) -> bool {
        self.digest.is_none() && self.tag.is_none_or(|t| t == "latest")
    }

    /// The pull policy Kubernetes applies when `imagePullPolicy` is not set: `Always` for an
    /// image that is `latest` or untagged (without digest), `IfNotPresent` otherwise.
    pub fn default_pull_policy(&self) -> &'static str {
        if self.is_latest() {
            "Always"
        } else {
            "IfNotPresent"
        }
    }
}

/// The image of a container as written, with its entry.
pub fn image<'a>(c: &Container<'a>) -> Option<(&'a str, &'a Entry)> {
    let e = c.node.entry("image")?;
    Some((e.node.as_str()?, e))
}

/// True when a Kustomization of the unit rewrites this image's tag or digest (its `images:`
/// list names it): the tag written in the manifest is not the one deployed.
pub fn kustomize_sets_image(graph: &crate::graph::Graph, name: &str) -> bool {
    graph.of_kind("Kustomization").any(|(_, k)| {
        k.body
            .get("images")
            .and_then(Node::as_list)
            .unwrap_or_default()
            .iter()
            .any(|i| i.get("name").and_then(Node::as_str) == Some(name))
    })
}

/// True for a workload whose pods run to completion (Jobs, CronJobs and bare pods with
/// `restartPolicy: Never` or `OnFailure`): liveness and readiness do not apply to them.
pub fn runs_to_completion(r: &Resource, spec: &Node) -> bool {
    matches!(r.kind.as_str(), "Job" | "CronJob")
        || matches!(
            spec.get("restartPolicy").and_then(Node::as_str),
            Some("Never" | "OnFailure")
        )
}

/// `requests` or `limits` of a container's `resources`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceBound {
    Requests,
    Limits,
}

impl ResourceBound {
    pub fn key(self) -> &'static str {
        match self {
            ResourceBound::Requests => "requests",
            ResourceBound::Limits => "limits",
        }
    }
}

/// What a container's `resources.<bound>.<resource>` is, as the API server completes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceState {
    /// Set on the container, or filled in: a request copied from the container's limit, a
    /// default of a LimitRange in the namespace, or a pod-level `resources` value.
    Set,
    /// Not set anywhere.
    Missing,
    /// `resources` (or its `requests`/`limits`) is not a map that can be read.
    Unknown,
}

fn bound_value(resources: &Node, bound: &str, resource: &str) -> Result<bool, ()> {
    match resources.get(bound) {
        None => Ok(false),
        Some(n) if n.is_null() => Ok(false),
        Some(n) if !matches!(n.value, crate::graph::NodeValue::Map(_)) => Err(()),
        Some(n) => Ok(n.get(resource).is_some_and(|v| !v.is_null())),
    }
}

/// Whether `resources.<bound>.<resource>` (`cpu`, `memory`) of a container ends up set.
pub fn container_resource(
    graph: &crate::graph::Graph,
    r: &Resource,
    spec: &Node,
    c: &Container<'_>,
    bound: ResourceBound,
    resource: &str,
) -> ResourceState {
    // The container's own values: a missing request is copied from the limit.
    if let Some(res) = c.node.get("resources").filter(|n| !n.is_null()) {
        if !matches!(res.value, crate::graph::NodeValue::Map(_)) {
            return ResourceState::Unknown;
        }
        let wanted = match bound {
            ResourceBound::Requests => vec!["requests", "limits"],
            ResourceBound::Limits => vec!["limits"],
        };
        for b in wanted {
            match bound_value(res, b, resource) {
                Ok(true) => return ResourceState::Set,
                Ok(false) => {}
                Err(()) => return ResourceState::Unknown,
            }
        }
    }
    // Pod-level resources (Kubernetes 1.32+) bound the pod as a whole.
    if let Some(res) = spec.get("resources").filter(|n| !n.is_null()) {
        let wanted = match bound {
            ResourceBound::Requests => ["requests", "limits"].as_slice(),
            ResourceBound::Limits => ["limits"].as_slice(),
        };
        for b in wanted {
            if bound_value(res, b, resource) != Ok(false) {
                return ResourceState::Set;
            }
        }
    }
    // A LimitRange of the namespace fills in container defaults (`defaultRequest` falls back
    // to `default`).
    let keys = match bound {
        ResourceBound::Requests => ["defaultRequest", "default"].as_slice(),
        ResourceBound::Limits => ["default"].as_slice(),
    };
    for (_, lr) in graph.of_kind("LimitRange") {
        if !same_namespace(r, lr) {
            continue;
        }
        let items = lr
            .body
            .get("spec")
            .and_then(|s| s.get("limits"))
            .and_then(Node::as_list)
            .unwrap_or_default();
        for item in items {
            if item.get("type").and_then(Node::as_str) != Some("Container") {
                continue;
            }
            if keys
                .iter()
                .any(|k| item.get(k).and_then(|d| d.get(resource)).is_some())
            {
                return ResourceState::Set;
            }
        }
    }
    ResourceState::Missing
}
