//! Facts: format-neutral readings of resources that several checks share (the ingress rules
//! of a security group, say). Checks ask for facts instead of walking each format's
//! attributes; a new front end teaches the facts its own attribute names.

pub mod aws_compute;
pub mod aws_data;
pub mod aws_edge;
pub mod aws_iam;
pub mod aws_more_a;
pub mod aws_more_b;
pub mod aws_network;
pub mod aws_s3;
pub mod azure_compute;
pub mod azure_data;
pub mod gcp;
pub mod k8s;
pub mod k8s_graph;
