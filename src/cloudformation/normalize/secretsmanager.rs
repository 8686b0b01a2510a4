//! Secrets Manager: secrets and their rotation schedules (`AWS::SecretsManager::RotationSchedule`,
//! the provider's `aws_secretsmanager_secret_rotation`, tied to its secret by `SecretId`).
//!
//! Defaults as in the provider: a secret without `KmsKeyId` is encrypted with the AWS managed
//! key `aws/secretsmanager`.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::SecretsManager::Secret" => main(
            "aws_secretsmanager_secret",
            b.copy(p, "Name", "name")
                .copy(p, "KmsKeyId", "kms_key_id")
                .build(),
        ),
        "AWS::SecretsManager::RotationSchedule" => main(
            "aws_secretsmanager_secret_rotation",
            b.copy(p, "SecretId", "secret_id")
                .copy(p, "RotationLambdaARN", "rotation_lambda_arn")
                .copy(p, "RotationRules", "rotation_rules")
                .build(),
        ),
        _ => return None,
    }])
}
