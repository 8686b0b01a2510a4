//! CloudTrail: trails.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::CloudTrail::Trail" => main(
            "aws_cloudtrail",
            b.copy(p, "TrailName", "name")
                .copy(p, "S3BucketName", "s3_bucket_name")
                .copy(p, "S3KeyPrefix", "s3_key_prefix")
                .copy(p, "IsLogging", "enable_logging")
                .copy(p, "IsMultiRegionTrail", "is_multi_region_trail")
                .copy(p, "IsOrganizationTrail", "is_organization_trail")
                .copy(
                    p,
                    "IncludeGlobalServiceEvents",
                    "include_global_service_events",
                )
                .copy(p, "EnableLogFileValidation", "enable_log_file_validation")
                .copy(p, "KMSKeyId", "kms_key_id")
                .copy(p, "CloudWatchLogsLogGroupArn", "cloud_watch_logs_group_arn")
                .copy(p, "CloudWatchLogsRoleArn", "cloud_watch_logs_role_arn")
                .copy(p, "SnsTopicName", "sns_topic_name")
                .build(),
        ),
        _ => return None,
    }])
}
