use crate::check::prelude::*;

pub static CHECK: Check = Check {
    id: "GCP-VPC-001",
    name: "vpc-subnet-flow-logs-disabled",
    title: "Subnet does not record VPC flow logs",
    severity: Severity::Low,
    description: "Flags regular `google_compute_subnetwork` resources without a `log_config` \
        block (flow logs are off by default). Proxy-only, Private Service Connect and other \
        special-purpose subnets, which do not support flow logs, are not flagged.\n\nFlow logs \
        record the connections made to and from VMs in the subnet; without them, lateral \
        movement, data exfiltration and scanning leave no network trace to investigate.",
    remediation: "Add a `log_config` block (for example `aggregation_interval = \
        \"INTERVAL_5_SEC\"`, `flow_sampling = 0.5`, `metadata = \"INCLUDE_ALL_METADATA\"`) to \
        the subnetwork.",
    compliance: &[
        "cis-gcp:3.8",
        "nist-800-53:AU-12",
        "nist-800-53:SI-4",
        "pci-dss:10.2.1",
        "soc2:CC7.2",
    ],
    checkov: &["CKV_GCP_26"],
    trivy: &[
        "AVD-GCP-0029",
        "GCP-0029",
        "google-compute-enable-vpc-flow-logs",
    ],
    references: &[
        "https://cloud.google.com/vpc/docs/flow-logs",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#log_config",
    ],
    resource_kinds: &["google_compute_subnetwork"],
    frameworks: &[Framework::Terraform],
    run,
};

fn run(cx: &Ctx) {
    if facts::gcp::subnet_is_regular(cx) != Some(true) {
        return;
    }
    if cx.body().entry("log_config").is_some() {
        return;
    }
    // Provider versions before 4.0 had `enable_flow_logs`.
    match cx.setting("enable_flow_logs") {
        Setting::Unknown(_) => return,
        Setting::Set(e) if e.node.as_bool() == Some(true) => return,
        _ => {}
    }
    cx.report_missing("subnetwork has no `log_config`, so VPC flow logs are off");
}
