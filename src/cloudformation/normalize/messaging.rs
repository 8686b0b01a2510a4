//! SNS and SQS: topics, queues and their resource policies.
//!
//! A CloudFormation topic or queue policy holds one document for a list of topics (queues);
//! the list becomes the `arn` (`queue_url`) of one policy resource, so each listed topic or
//! queue has an edge from it.

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let mut b = Builder::new(p.span);
    Some(vec![match ty {
        "AWS::SNS::Topic" => main(
            "aws_sns_topic",
            b.copy(p, "TopicName", "name")
                .copy(p, "KmsMasterKeyId", "kms_master_key_id")
                .copy(p, "FifoTopic", "fifo_topic")
                .build(),
        ),
        "AWS::SNS::TopicPolicy" => main(
            "aws_sns_topic_policy",
            b.copy(p, "Topics", "arn")
                .copy(p, "PolicyDocument", "policy")
                .build(),
        ),
        "AWS::SQS::Queue" => main(
            "aws_sqs_queue",
            b.copy(p, "QueueName", "name")
                .copy(p, "FifoQueue", "fifo_queue")
                .copy(p, "KmsMasterKeyId", "kms_master_key_id")
                .copy(p, "SqsManagedSseEnabled", "sqs_managed_sse_enabled")
                .build(),
        ),
        "AWS::SQS::QueuePolicy" => main(
            "aws_sqs_queue_policy",
            b.copy(p, "Queues", "queue_url")
                .copy(p, "PolicyDocument", "policy")
                .build(),
        ),
        _ => return None,
    }])
}
