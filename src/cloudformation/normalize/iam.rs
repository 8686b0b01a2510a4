//! IAM: roles (trust policy, inline policies, managed policy ARNs), users and groups (with
//! their inline policies and, for users, attached managed policies), managed policies and
//! their attachments, inline policies (`AWS::IAM::Policy` and the single-principal
//! `AWS::IAM::RolePolicy` / `UserPolicy` / `GroupPolicy`).
//!
//! Policy documents stay as they are written: CloudFormation holds them as objects, which
//! [`crate::policy::PolicyDocument::from_node`] reads as well as a JSON string.
//!
//! What one CloudFormation resource holds and the provider splits becomes extra resources:
//! - an inline policy in a user's or group's `Policies` is an `aws_iam_user_policy` /
//!   `aws_iam_group_policy` (with the document);
//! - an `AWS::IAM::Policy` embedded in users is, for each user, an `aws_iam_user_policy`
//!   without the document (the main resource carries it, so that it is checked once);
//! - a managed policy ARN in a user's or group's `ManagedPolicyArns` is an
//!   `aws_iam_user_policy_attachment` / `aws_iam_group_policy_attachment`;
//! - an `AWS::IAM::ManagedPolicy` with `Users`, `Roles` or `Groups` is also an
//!   `aws_iam_policy_attachment`.
//!
//! Not here because CloudFormation has no such resource: the account password policy
//! (`aws_iam_account_password_policy`), an account setting with no resource type.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::{Entry, Node};
use crate::source::Span;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(match ty {
        "AWS::IAM::Role" => {
            b.copy(p, "RoleName", "name")
                .copy(p, "Path", "path")
                .copy(p, "AssumeRolePolicyDocument", "assume_role_policy")
                .copy(p, "ManagedPolicyArns", "managed_policy_arns")
                .copy(p, "PermissionsBoundary", "permissions_boundary")
                .copy(p, "MaxSessionDuration", "max_session_duration");
            if let Some(e) = p.entry("Policies") {
                let policies = super::each(&e.node, |item| {
                    Builder::new(item.span)
                        .copy(item, "PolicyName", "name")
                        .copy(item, "PolicyDocument", "policy")
                        .build()
                });
                b.block("inline_policy", e.key_span, policies);
            }
            vec![main("aws_iam_role", b.build())]
        }
        "AWS::IAM::User" => {
            b.copy(p, "UserName", "name").copy(p, "Path", "path").copy(
                p,
                "PermissionsBoundary",
                "permissions_boundary",
            );
            let mut out = vec![main("aws_iam_user", b.build())];
            out.extend(inline_policies(
                p,
                "user",
                "UserName",
                "aws_iam_user_policy",
            ));
            out.extend(managed_policy_attachments(
                p,
                "user",
                "UserName",
                "aws_iam_user_policy_attachment",
            ));
            out
        }
        "AWS::IAM::Group" => {
            b.copy(p, "GroupName", "name").copy(p, "Path", "path");
            let mut out = vec![main("aws_iam_group", b.build())];
            out.extend(inline_policies(
                p,
                "group",
                "GroupName",
                "aws_iam_group_policy",
            ));
            out.extend(managed_policy_attachments(
                p,
                "group",
                "GroupName",
                "aws_iam_group_policy_attachment",
            ));
            out
        }
        "AWS::IAM::ManagedPolicy" => {
            b.copy(p, "ManagedPolicyName", "name")
                .copy(p, "Path", "path")
                .copy(p, "Description", "description")
                .copy(p, "PolicyDocument", "policy");
            let mut out = vec![main("aws_iam_policy", b.build())];
            let targets: Vec<&Entry> = ["Users", "Roles", "Groups"]
                .iter()
                .filter_map(|k| p.entry(k))
                .collect();
            if let Some(first) = targets.first() {
                let body = Builder::new(p.span)
                    .copy(p, "ManagedPolicyName", "name")
                    .copy(p, "Users", "users")
                    .copy(p, "Roles", "roles")
                    .copy(p, "Groups", "groups")
                    .build();
                out.push(extra(
                    "aws_iam_policy_attachment",
                    ".Attachment".into(),
                    body,
                    "policy_arn",
                    first.key_span,
                ));
            }
            out
        }
        "AWS::IAM::Policy" => {
            // An inline policy embedded in every principal it names. The document is checked
            // once, on the main resource; each user it is embedded in is an extra
            // `aws_iam_user_policy` (without the document) for the checks on where policies
            // are attached.
            b.copy(p, "PolicyName", "name")
                .copy(p, "PolicyDocument", "policy");
            let mut out = vec![main("aws_iam_policy", b.build())];
            if let Some(e) = p.entry("Users") {
                for (i, user) in items(&e.node).iter().enumerate() {
                    let body = Builder::new(user.span)
                        .copy(p, "PolicyName", "name")
                        .block("user", user.span, (*user).clone())
                        .build();
                    out.push(extra(
                        "aws_iam_user_policy",
                        format!(".Users[{i}]"),
                        body,
                        "policy",
                        user.span,
                    ));
                }
            }
            out
        }
        "AWS::IAM::AccessKey" => vec![main(
            "aws_iam_access_key",
            b.copy(p, "UserName", "user")
                .copy(p, "Status", "status")
                .copy(p, "Serial", "serial")
                .build(),
        )],
        "AWS::IAM::RolePolicy" => vec![main(
            "aws_iam_role_policy",
            b.copy(p, "PolicyName", "name")
                .copy(p, "RoleName", "role")
                .copy(p, "PolicyDocument", "policy")
                .build(),
        )],
        "AWS::IAM::UserPolicy" => vec![main(
            "aws_iam_user_policy",
            b.copy(p, "PolicyName", "name")
                .copy(p, "UserName", "user")
                .copy(p, "PolicyDocument", "policy")
                .build(),
        )],
        "AWS::IAM::GroupPolicy" => vec![main(
            "aws_iam_group_policy",
            b.copy(p, "PolicyName", "name")
                .copy(p, "GroupName", "group")
                .copy(p, "PolicyDocument", "policy")
                .build(),
        )],
        _ => return None,
    })
}

/// The elements of a list property; an unknown list yields nothing (what it holds, if
/// anything, cannot be pointed at). An unknown element is kept: a `!Ref` to a user or a
/// policy is unknown as a value, yet it names one.
fn items(n: &Node) -> Vec<&Node> {
    n.as_list().map(|l| l.iter().collect()).unwrap_or_default()
}

/// The name of the user or group a resource defines (`UserName`), as the value of the
/// extra resources' `user`/`group` attribute, placed at `at`. Unknown when the template does
/// not name it (CloudFormation then generates a name).
fn principal_name(p: &Node, name_prop: &str, at: Span) -> Node {
    match p.get(name_prop) {
        Some(n) if !n.is_unknown() && !n.is_null() => Node {
            value: n.value.clone(),
            span: at,
        },
        _ => Node::unknown(at),
    }
}

/// An extra resource referring to the main one through `target_attr`.
fn extra(
    kind: &str,
    suffix: String,
    body: Node,
    target_attr: &'static str,
    header: Span,
) -> Mapped {
    Mapped {
        kind: kind.to_string(),
        suffix,
        body,
        target_attr: Some(target_attr),
        header: Some(header),
    }
}

/// The inline `Policies` of a user or group, one `kind` resource each (`aws_iam_user_policy`
/// with `user`, `name` and `policy`), placed at the policy's `PolicyName` (or the list item:
/// not the whole item, so that references in the document are not taken for references
/// through `user`).
/// Each ARN of a user's or group's `ManagedPolicyArns` as an attachment (`kind`) naming the
/// principal in `attr`.
fn managed_policy_attachments(
    p: &Node,
    attr: &'static str,
    name_prop: &str,
    kind: &str,
) -> Vec<Mapped> {
    let Some(e) = p.entry("ManagedPolicyArns") else {
        return Vec::new();
    };
    items(&e.node)
        .iter()
        .enumerate()
        .map(|(i, arn)| {
            let body = Builder::new(arn.span)
                .block(attr, arn.span, principal_name(p, name_prop, arn.span))
                .block("policy_arn", arn.span, (*arn).clone())
                .build();
            extra(
                kind,
                format!(".ManagedPolicyArns[{i}]"),
                body,
                attr,
                arn.span,
            )
        })
        .collect()
}

fn inline_policies(p: &Node, attr: &'static str, name_prop: &str, kind: &str) -> Vec<Mapped> {
    let Some(e) = p.entry("Policies") else {
        return Vec::new();
    };
    items(&e.node)
        .into_iter()
        .enumerate()
        .filter(|(_, item)| !item.is_unknown())
        .map(|(i, item)| {
            let at = item
                .entry("PolicyName")
                .map(|n| n.key_span)
                .unwrap_or(item.span);
            let body = Builder::new(item.span)
                .block(attr, at, principal_name(p, name_prop, at))
                .copy(item, "PolicyName", "name")
                .copy(item, "PolicyDocument", "policy")
                .build();
            extra(kind, format!(".Policies[{i}]"), body, attr, at)
        })
        .collect()
}
