//! The Terraform front end: parse `.tf`/`.tf.json` files, group them into modules (one per
//! directory), evaluate each module and lower its resources into the shared graph.

pub mod ast;
pub mod datasources;
pub mod eval;
pub mod functions;
pub mod lower;
pub mod manifest;
pub mod parse_hcl;
pub mod parse_json;
pub mod plan;
pub mod recover;
