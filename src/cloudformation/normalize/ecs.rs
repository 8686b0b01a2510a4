//! ECS task definitions. CloudFormation writes `ContainerDefinitions` as a list of objects
//! with PascalCase keys; the provider's `container_definitions` is the JSON document of the
//! ECS API, with camelCase keys. The mapping keeps the list and renames the keys of each
//! container and of its `Environment` entries (other nested values are kept as they are).

use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::{Entry, Node, NodeValue};

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::ECS::TaskDefinition" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "Family", "family")
        .copy(p, "NetworkMode", "network_mode")
        .copy(p, "RequiresCompatibilities", "requires_compatibilities")
        .copy_with(p, "ContainerDefinitions", "container_definitions", |n| {
            each(n, container)
        });
    Some(vec![main("aws_ecs_task_definition", b.build())])
}

fn container(c: &Node) -> Node {
    match &c.value {
        NodeValue::Map(entries) => Node {
            value: NodeValue::Map(
                entries
                    .iter()
                    .map(|e| {
                        let node = if e.key == "Environment" {
                            each(&e.node, camel_keys)
                        } else {
                            e.node.clone()
                        };
                        Entry {
                            key: camel(&e.key),
                            key_span: e.key_span,
                            node,
                        }
                    })
                    .collect(),
            ),
            span: c.span,
        },
        _ => c.clone(),
    }
}

/// A map with each key's first letter lowercased (`Name` → `name`).
fn camel_keys(n: &Node) -> Node {
    match &n.value {
        NodeValue::Map(entries) => Node {
            value: NodeValue::Map(
                entries
                    .iter()
                    .map(|e| Entry {
                        key: camel(&e.key),
                        key_span: e.key_span,
                        node: e.node.clone(),
                    })
                    .collect(),
            ),
            span: n.span,
        },
        _ => n.clone(),
    }
}

fn camel(key: &str) -> String {
    let mut chars = key.chars();
    match chars.next() {
        Some(f) => f.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}
