//! Shared readings for the IAM and KMS checks: the identity policies a resource carries.
//! Policy documents themselves, partly known ones included, are read by [`crate::policy`].

use crate::check::Ctx;
use crate::graph::Entry;
use crate::policy::PolicyAttr;

/// Resource kinds that carry an identity-based policy (one granting permissions to the
/// principal it is attached to).
pub const IDENTITY_POLICY_KINDS: &[&str] = &[
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "aws_iam_role",
    "aws_ssoadmin_permission_set_inline_policy",
];

/// The identity policies a resource carries: `policy` of the policy resources, and the
/// `policy` of each `inline_policy` block of an `aws_iam_role`. Policies that cannot be
/// known are skipped; of a partly known one, the known part is read.
pub fn identity_policies<'a>(cx: &Ctx<'a>) -> Vec<PolicyAttr<'a>> {
    let r = cx.resource;
    if r.kind == "aws_iam_role" {
        let entries: Vec<&'a Entry> = r
            .body
            .blocks("inline_policy")
            .filter_map(|b| b.entry("policy"))
            .collect();
        // References are recorded per top-level block type: with several inline policies,
        // a data source cannot be tied to one of them.
        let top = (entries.len() == 1).then_some("inline_policy");
        return entries
            .into_iter()
            .filter_map(|e| PolicyAttr::read(cx.graph, cx.id, e, top))
            .collect();
    }
    let attr = if r.kind == "aws_ssoadmin_permission_set_inline_policy" {
        "inline_policy"
    } else {
        "policy"
    };
    policy_in(cx, attr).into_iter().collect()
}

/// The policy held in the top-level attribute `attr` (`assume_role_policy`, `policy`) of the
/// checked resource: the whole document, or the known part of a partly known one.
pub fn policy_in<'a>(cx: &Ctx<'a>, attr: &'a str) -> Option<PolicyAttr<'a>> {
    PolicyAttr::of(cx.graph, cx.id, attr)
}
