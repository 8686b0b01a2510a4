use crate::check::prelude::*;
use crate::facts::aws_compute::{DATABASE_PORTS, Proto, admits_port, describe_ingress};

pub static CHECK: Check = Check {
    id: "AWS-EC2-003",
    name: "security-group-database-port-open-to-internet",
    title: "Security group allows a database or cache port from the internet",
    severity: Severity::High,
    description: "Flags ingress rules that admit traffic from `0.0.0.0/0` or `::/0` to a port \
        used by a database or cache: MySQL/MariaDB (3306), PostgreSQL (5432), SQL Server \
        (1433), Oracle (1521), MongoDB (27017), Redis (6379), Memcached (11211, TCP and UDP), \
        Elasticsearch/OpenSearch (9200), CouchDB (5984) and Cassandra (9042). Port ranges and \
        all-protocol rules that contain one of these ports count too.\n\n\
        Data stores reachable from the internet are found by automated scanners within hours; \
        weak or default credentials, unauthenticated defaults (Redis, Memcached, Elasticsearch) \
        and unpatched servers then lead directly to data theft, ransom notes or use in \
        amplification attacks.",
    remediation: "Allow the database port only from the security groups of the application \
        tier (`source_security_group_id` / `referenced_security_group_id`) or from private \
        CIDR blocks, and keep data stores in private subnets.",
    compliance: &["pci-dss:1.3.1", "nist-800-53:SC-7", "soc2:CC6.6"],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html",
    ],
    resource_kinds: facts::aws_network::INGRESS_KINDS,
    frameworks: &[Framework::Terraform, Framework::CloudFormation],
    run,
};

fn run(cx: &Ctx) {
    for rule in facts::aws_network::ingress_rules(cx.resource) {
        let services: Vec<String> = DATABASE_PORTS
            .iter()
            .filter(|(port, _, udp)| {
                let protos: &[Proto] = if *udp {
                    &[Proto::Tcp, Proto::Udp]
                } else {
                    &[Proto::Tcp]
                };
                admits_port(&rule, *port, protos) == Some(true)
            })
            .map(|(port, name, _)| format!("{name} ({port})"))
            .collect();
        if services.is_empty() {
            continue;
        }
        let listed = match services.len() {
            1 => services[0].clone(),
            2 | 3 => services.join(", "),
            n => format!("{} and {} more", services[..2].join(", "), n - 2),
        };
        for (cidr, span) in rule.internet_sources() {
            cx.report(
                *span,
                format!(
                    "ingress allows {cidr} to {}, which includes {listed}",
                    describe_ingress(&rule)
                ),
            );
        }
    }
}
