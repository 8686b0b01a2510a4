//! CodeBuild projects: artifacts, secondary artifacts, the build environment (with its
//! variables) and S3 build logs, under the provider's block names.
//!
//! `EncryptionDisabled` of artifacts that are not S3 artifacts is dropped: it has no effect
//! there.

use super::opensearch::renamed;
use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::Node;

const ARTIFACT: &[(&str, &str)] = &[
    ("Type", "type"),
    ("EncryptionDisabled", "encryption_disabled"),
    ("ArtifactIdentifier", "artifact_identifier"),
    ("Location", "location"),
];

/// An artifacts property under the provider's names. `EncryptionDisabled` applies only to S3
/// artifacts (CodeBuild rejects or ignores it otherwise; CodePipeline artifacts are encrypted
/// by the pipeline's artifact store), so it is dropped when the type is known and not `S3`.
fn artifact(a: &Node) -> Node {
    let s3 = match a.get("Type") {
        Some(t) => t.as_str().is_none_or(|t| t.eq_ignore_ascii_case("S3")),
        None => true,
    };
    if s3 {
        return renamed(a, ARTIFACT);
    }
    let attrs: Vec<(&str, &str)> = ARTIFACT
        .iter()
        .copied()
        .filter(|(from, _)| *from != "EncryptionDisabled")
        .collect();
    renamed(a, &attrs)
}

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    if ty != "AWS::CodeBuild::Project" {
        return None;
    }
    let mut b = Builder::new(p.span);
    b.copy(p, "Name", "name")
        .copy(p, "EncryptionKey", "encryption_key");
    if let Some(e) = p.entry("Artifacts") {
        b.block("artifacts", e.key_span, artifact(&e.node));
    }
    if let Some(e) = p.entry("SecondaryArtifacts") {
        b.block("secondary_artifacts", e.key_span, each(&e.node, artifact));
    }
    if let Some(e) = p.entry("Environment") {
        let node = if e.node.is_unknown() {
            e.node.clone()
        } else {
            let env = &e.node;
            let mut eb = Builder::new(env.span);
            eb.copy(env, "PrivilegedMode", "privileged_mode")
                .copy(env, "Image", "image")
                .copy(env, "Type", "type")
                .copy(env, "ComputeType", "compute_type");
            if let Some(v) = env.entry("EnvironmentVariables") {
                eb.block(
                    "environment_variable",
                    v.key_span,
                    each(&v.node, |var| {
                        renamed(
                            var,
                            &[("Name", "name"), ("Type", "type"), ("Value", "value")],
                        )
                    }),
                );
            }
            eb.build()
        };
        b.block("environment", e.key_span, node);
    }
    if let Some(e) = p.entry("LogsConfig") {
        let node = if e.node.is_unknown() {
            e.node.clone()
        } else {
            let mut lb = Builder::new(e.node.span);
            if let Some(s) = e.node.entry("S3Logs") {
                lb.block(
                    "s3_logs",
                    s.key_span,
                    renamed(
                        &s.node,
                        &[
                            ("Status", "status"),
                            ("EncryptionDisabled", "encryption_disabled"),
                            ("Location", "location"),
                        ],
                    ),
                );
            }
            lb.build()
        };
        b.block("logs_config", e.key_span, node);
    }
    Some(vec![main("aws_codebuild_project", b.build())])
}
