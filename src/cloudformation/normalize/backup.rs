//! AWS Backup vaults. A vault without `EncryptionKeyArn` uses the AWS managed `aws/backup`
//! key, as in the provider.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    match ty {
        "AWS::Backup::BackupVault" => Some(vec![main(
            "aws_backup_vault",
            Builder::new(p.span)
                .copy(p, "BackupVaultName", "name")
                .copy(p, "EncryptionKeyArn", "kms_key_arn")
                .build(),
        )]),
        _ => None,
    }
}
