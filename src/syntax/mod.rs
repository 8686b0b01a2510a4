//! Format-neutral syntax helpers shared by the front ends.
pub mod json;
pub mod yaml;
