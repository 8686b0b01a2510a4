use crate::check::prelude::*;
use crate::facts::aws_more_a::{
    DOMAIN_KINDS, DOMAIN_POLICY_KINDS, domain_is_public, domain_noun,
    domain_requires_authentication, policy_domains,
};
use crate::policy::PolicyAttr;

pub static CHECK: Check = Check {
    id: "AWS-OPENSEARCH-006",
    name: "opensearch-domain-public-access-policy",
    title: "OpenSearch domain outside a VPC lets anyone call it",
    severity: Severity::Critical,
    description: "Flags the `access_policies` of an `aws_opensearch_domain` or \
        `aws_elasticsearch_domain` (or of an `aws_opensearch_domain_policy` / \
        `aws_elasticsearch_domain_policy` for it) when the domain has no `vpc_options`, so it \
        has a public endpoint, and a statement allows any principal (`\"*\"`) without a \
        condition. Domains with fine-grained access control (`advanced_security_options`) \
        that does not allow anonymous access are left out: callers must still \
        authenticate.\n\nSuch a domain answers unauthenticated requests from the whole \
        internet: anyone who finds the endpoint can read, change or delete every index. Open \
        search clusters are among the most frequent sources of large data leaks.",
    remediation: "Place the domain in a VPC (`vpc_options` with private subnets and security \
        groups), or name specific IAM principals in the access policy, or restrict the \
        statement with a condition such as `aws:SourceIp`. Alternatively turn on fine-grained \
        access control so every request must authenticate.",
    compliance: &[
        "nist-800-53:AC-3",
        "nist-800-53:SC-7",
        "pci-dss:1.3.1",
        "soc2:CC6.1",
        "iso-27001:A.8.20",
    ],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain_policy",
    ],
    resource_kinds: &[
        "aws_opensearch_domain",
        "aws_elasticsearch_domain",
        "aws_opensearch_domain_policy",
        "aws_elasticsearch_domain_policy",
    ],
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    let kind = cx.resource.kind.as_str();
    let noun = if DOMAIN_KINDS.contains(&kind) {
        if !open_to_anonymous(cx.resource) {
            return;
        }
        domain_noun(kind)
    } else if DOMAIN_POLICY_KINDS.contains(&kind) {
        let domains = policy_domains(cx.graph, cx.id);
        let Some((_, first)) = domains.first() else {
            return;
        };
        if !domains.iter().all(|(_, d)| open_to_anonymous(d)) {
            return;
        }
        domain_noun(&first.kind)
    } else {
        return;
    };
    let Some(policy) = PolicyAttr::of(cx.graph, cx.id, "access_policies") else {
        if let Some(e) = cx.body().entry("access_policies")
            && e.node.to_value().contains_unknown()
        {
            cx.note_unknown(e.span(), "access_policies");
        }
        return;
    };
    let Some(index) =
        (0..policy.doc.statements.len()).find(|i| policy.doc.statements[*i].allows_anyone())
    else {
        return;
    };
    let st = &policy.doc.statements[index];
    let who = if st.has_public_principal() {
        "any principal (\"*\")"
    } else {
        "every principal outside its `NotPrincipal`"
    };
    cx.report_related(
        policy.span(),
        format!(
            "access policy {} allows {who} without a condition, and the {noun} has a public \
             endpoint (no `{}`)",
            policy.doc.statement_name(index),
            cx.attr_name("vpc_options", "VPCOptions")
        ),
        policy.statement_origin(index),
    );
}

/// True when the domain is known to have a public endpoint and to accept requests without
/// authentication (no fine-grained access control).
fn open_to_anonymous(domain: &Resource) -> bool {
    domain_is_public(domain) == Some(true) && domain_requires_authentication(domain) == Some(false)
}
