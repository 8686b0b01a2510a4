//! SageMaker notebook instances and endpoint configurations.
//!
//! Defaults as in the provider: a notebook instance has direct internet access and root
//! access unless turned off, and storage without a `KmsKeyId` is encrypted with an AWS managed
//! key.

use super::opensearch::renamed;
use super::{Builder, MapContext, Mapped, each, main};
use crate::graph::Node;

const VARIANT: &[(&str, &str)] = &[
    ("VariantName", "variant_name"),
    ("InstanceType", "instance_type"),
    ("InitialInstanceCount", "initial_instance_count"),
    ("ServerlessConfig", "serverless_config"),
];

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::SageMaker::NotebookInstance" => main(
            "aws_sagemaker_notebook_instance",
            b.copy(p, "NotebookInstanceName", "name")
                .copy(p, "InstanceType", "instance_type")
                .copy(p, "DirectInternetAccess", "direct_internet_access")
                .copy(p, "RootAccess", "root_access")
                .copy(p, "KmsKeyId", "kms_key_id")
                .copy(p, "SubnetId", "subnet_id")
                .build(),
        ),
        "AWS::SageMaker::EndpointConfig" => {
            b.copy(p, "EndpointConfigName", "name")
                .copy(p, "KmsKeyId", "kms_key_arn");
            for (from, to) in [
                ("ProductionVariants", "production_variants"),
                ("ShadowProductionVariants", "shadow_production_variants"),
            ] {
                if let Some(e) = p.entry(from) {
                    b.block(to, e.key_span, each(&e.node, |v| renamed(v, VARIANT)));
                }
            }
            main("aws_sagemaker_endpoint_configuration", b.build())
        }
        _ => return None,
    }])
}
