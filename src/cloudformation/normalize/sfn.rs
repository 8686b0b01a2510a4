//! Step Functions: state machines, and the SAM `AWS::Serverless::StateMachine` (whose
//! `Logging` and `Tracing` the transform writes as `LoggingConfiguration` and
//! `TracingConfiguration`). Left out, logging is `OFF` and tracing is disabled, as in the
//! provider. Only the first log destination is kept (Step Functions takes one).

use super::{Builder, MapContext, Mapped, main};
use crate::graph::Node;

pub fn map(ty: &str, p: &Node, _ctx: &MapContext) -> Option<Vec<Mapped>> {
    let (logging, tracing) = match ty {
        "AWS::StepFunctions::StateMachine" => ("LoggingConfiguration", "TracingConfiguration"),
        "AWS::Serverless::StateMachine" => ("Logging", "Tracing"),
        _ => return None,
    };
    let mut b = Builder::new(p.span);
    b.copy(p, "StateMachineName", "name")
        .copy(p, "Name", "name")
        .copy(p, "StateMachineType", "type")
        .copy(p, "Type", "type")
        .copy(p, "RoleArn", "role_arn")
        .copy(p, "Role", "role_arn")
        .copy_with(p, logging, "logging_configuration", logging_configuration)
        .copy_with(p, tracing, "tracing_configuration", |t| {
            Builder::new(t.span).copy(t, "Enabled", "enabled").build()
        });
    Some(vec![main("aws_sfn_state_machine", b.build())])
}

fn logging_configuration(l: &Node) -> Node {
    let mut b = Builder::new(l.span);
    b.copy(l, "Level", "level")
        .copy(l, "IncludeExecutionData", "include_execution_data");
    if let Some(group) = l
        .get("Destinations")
        .and_then(Node::as_list)
        .and_then(|d| d.first())
        .and_then(|d| d.get("CloudWatchLogsLogGroup"))
    {
        b.copy(group, "LogGroupArn", "log_destination");
    }
    b.build()
}
