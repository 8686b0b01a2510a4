use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-STORAGE-002",
    name: "storage-bucket-public-acl",
    title: "Storage ACL grants access to allUsers or allAuthenticatedUsers",
    severity: Severity::Critical,
    description: "Flags Cloud Storage ACL resources that make a bucket or its objects public: \
        a `predefined_acl` of `publicRead`, `publicReadWrite` or `authenticatedRead`, a \
        `role_entity` entry such as `READER:allUsers`, or an access control whose `entity` is \
        `allUsers` or `allAuthenticatedUsers`. Covers bucket ACLs, default object ACLs and \
        object ACLs.\n\nPublic ACLs expose data to the whole internet (or to every Google \
        account) and are easy to miss because they sit beside, not in, the bucket's IAM \
        policy.",
    remediation: "Remove the public ACL entries and use uniform bucket-level access \
        (`uniform_bucket_level_access = true`) with IAM grants to named principals; set \
        `public_access_prevention = \"enforced\"` on buckets that must stay private.",
    compliance: &[
        "cis-gcp:5.1",
        "nist-800-53:AC-3",
        "pci-dss:7.2.1",
        "soc2:CC6.1",
        "hipaa:164.312(a)(1)",
        "iso-27001:A.8.3",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://cloud.google.com/storage/docs/access-control/lists",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_acl",
    ],
    resource_kinds: &[
        "google_storage_bucket_acl",
        "google_storage_default_object_acl",
        "google_storage_object_acl",
        "google_storage_bucket_access_control",
        "google_storage_default_object_access_control",
        "google_storage_object_access_control",
    ],
    frameworks: &[Framework::Terraform],
    run,
};

const PUBLIC_PREDEFINED: &[&str] = &["publicRead", "publicReadWrite", "authenticatedRead"];

fn run(cx: &Ctx) {
    if let Setting::Set(e) = cx.setting("predefined_acl")
        && let Some(acl) = e.node.as_str().filter(|a| PUBLIC_PREDEFINED.contains(a))
    {
        cx.report(
            e.span(),
            format!("predefined ACL {acl:?} makes the data readable by everyone"),
        );
    }
    if let Setting::Set(e) = cx.setting("role_entity") {
        for (re, span) in facts::gcp::string_list(&e.node).unwrap_or_default() {
            if let Some((role, entity)) = re.split_once(':')
                && facts::gcp::is_public_member(entity)
            {
                cx.report(
                    span,
                    format!("ACL entry grants {role} to {}", entity.trim()),
                );
            }
        }
    }
    if let Setting::Set(e) = cx.setting("entity")
        && let Some(entity) = e.node.as_str().filter(|s| facts::gcp::is_public_member(s))
    {
        let role = cx
            .body()
            .get("role")
            .and_then(Node::as_str)
            .unwrap_or("access");
        cx.report(
            e.span(),
            format!("access control grants {role} to {entity}"),
        );
    }
}
