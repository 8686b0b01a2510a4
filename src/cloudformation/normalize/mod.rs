//! The normalization layer: CloudFormation resource types and properties onto the resource
//! kinds and attribute shapes the checks read (the Terraform AWS provider's), keeping the span
//! of every property, so that one check fires on both formats.
//!
//! Each service has a module with `map(ty, props, ctx) -> Option<Vec<Mapped>>`; a type no
//! module maps keeps its CloudFormation type as its kind (checks may target it directly).
//! CloudFormation keeps in one resource what the provider splits (an S3 bucket's public access
//! block, say): a mapping may return extra resources, which get an edge to the main one
//! through the attribute named in [`Mapped::target_attr`].

mod apigateway;
mod athena;
mod backup;
mod cloudfront;
mod cloudtrail;
mod codebuild;
mod config;
mod docdb;
mod dynamodb;
mod ec2;
mod ecr;
mod ecs;
mod efs;
mod eks;
mod elasticache;
mod elb;
mod glue;
mod guardduty;
mod iam;
mod kinesis;
mod kms;
mod lambda;
mod messaging;
mod msk;
mod neptune;
mod opensearch;
mod rds;
mod redshift;
mod s3;
mod sagemaker;
mod sam;
mod secretsmanager;
mod sfn;
mod ssm;
mod vpc;
mod waf;

use crate::graph::{Entry, Node, NodeValue};
use crate::source::Span;

/// One graph resource made from a CloudFormation resource.
#[derive(Debug, Clone)]
pub struct Mapped {
    pub kind: String,
    /// Added to the logical id to make the address (`""` for the main resource).
    pub suffix: String,
    pub body: Node,
    /// For an extra resource: the attribute that refers to the main resource (`bucket`).
    pub target_attr: Option<&'static str>,
    /// Where findings about a missing setting point (default: the logical id).
    pub header: Option<Span>,
}

/// What a mapping may need beyond the properties.
pub struct MapContext {
    /// The span of the logical id: where findings about missing settings point.
    pub id_span: Span,
}

type MapFn = fn(&str, &Node, &MapContext) -> Option<Vec<Mapped>>;

/// Every service module's mapping function.
const SERVICES: &[MapFn] = &[
    ec2::map,
    s3::map,
    vpc::map,
    cloudfront::map,
    ecr::map,
    eks::map,
    elb::map,
    lambda::map,
    sam::map,
    dynamodb::map,
    efs::map,
    elasticache::map,
    messaging::map,
    rds::map,
    redshift::map,
    iam::map,
    kms::map,
    cloudtrail::map,
    apigateway::map,
    opensearch::map,
    secretsmanager::map,
    ssm::map,
    msk::map,
    kinesis::map,
    docdb::map,
    neptune::map,
    athena::map,
    codebuild::map,
    backup::map,
    guardduty::map,
    sagemaker::map,
    ecs::map,
    config::map,
    glue::map,
    waf::map,
    sfn::map,
];

/// Maps a CloudFormation resource; unmapped types keep their type and properties.
pub fn normalize(ty: &str, props: &Node, ctx: &MapContext) -> Vec<Mapped> {
    for f in SERVICES {
        if let Some(m) = f(ty, props, ctx) {
            return m;
        }
    }
    vec![Mapped {
        kind: ty.to_string(),
        suffix: String::new(),
        body: props.clone(),
        target_attr: None,
        header: None,
    }]
}

/// Builds a mapped body from CloudFormation properties.
pub struct Builder {
    entries: Vec<Entry>,
    span: Span,
}

impl Builder {
    pub fn new(span: Span) -> Builder {
        Builder {
            entries: Vec::new(),
            span,
        }
    }

    /// Copies property `from` as attribute `to`.
    pub fn copy(&mut self, props: &Node, from: &str, to: &str) -> &mut Builder {
        if let Some(e) = props.entry(from) {
            self.entries.push(Entry {
                key: to.to_string(),
                key_span: e.key_span,
                node: e.node.clone(),
            });
        }
        self
    }

    /// Copies property `from` as attribute `to`, transforming known values with `f`.
    pub fn copy_with(
        &mut self,
        props: &Node,
        from: &str,
        to: &str,
        f: impl Fn(&Node) -> Node,
    ) -> &mut Builder {
        if let Some(e) = props.entry(from) {
            let node = if e.node.is_unknown() {
                e.node.clone()
            } else {
                f(&e.node)
            };
            self.entries.push(Entry {
                key: to.to_string(),
                key_span: e.key_span,
                node,
            });
        }
        self
    }

    /// Copies a scalar property as a one-element list (`CidrIp` → `cidr_blocks`).
    pub fn copy_as_list(&mut self, props: &Node, from: &str, to: &str) -> &mut Builder {
        self.copy_with(props, from, to, |n| Node {
            value: NodeValue::List(vec![n.clone()]),
            span: n.span,
        })
    }

    /// Adds a nested block (or attribute) built elsewhere.
    pub fn block(&mut self, key: &str, key_span: Span, body: Node) -> &mut Builder {
        self.entries.push(Entry {
            key: key.to_string(),
            key_span,
            node: body,
        });
        self
    }

    /// Adds a literal value.
    pub fn set(&mut self, key: &str, key_span: Span, value: NodeValue) -> &mut Builder {
        self.entries.push(Entry {
            key: key.to_string(),
            key_span,
            node: Node {
                value,
                span: key_span,
            },
        });
        self
    }

    pub fn build(&mut self) -> Node {
        Node {
            value: NodeValue::Map(std::mem::take(&mut self.entries)),
            span: self.span,
        }
    }
}

/// The main mapped resource.
pub fn main(kind: &str, body: Node) -> Mapped {
    Mapped {
        kind: kind.to_string(),
        suffix: String::new(),
        body,
        target_attr: None,
        header: None,
    }
}

/// Maps each element of a list property with `f`; an unknown list stays unknown.
pub fn each(n: &Node, f: impl Fn(&Node) -> Node) -> Node {
    match &n.value {
        NodeValue::List(items) => Node {
            value: NodeValue::List(
                items
                    .iter()
                    .map(|i| if i.is_unknown() { i.clone() } else { f(i) })
                    .collect(),
            ),
            span: n.span,
        },
        _ => n.clone(),
    }
}

/// Maps a string value through a table (CloudFormation enum → provider value).
pub fn translate(n: &Node, table: &[(&str, &str)]) -> Node {
    match n.as_str().and_then(|s| table.iter().find(|(a, _)| *a == s)) {
        Some((_, b)) => Node {
            value: NodeValue::String(b.to_string()),
            span: n.span,
        },
        None => n.clone(),
    }
}
