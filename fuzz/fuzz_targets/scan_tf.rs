//! Terraform native syntax: the bytes as `main.tf`, through parse, lowering, evaluation,
//! checks and suppressions (`posture::scan::scan_inputs`).
#![no_main]
use libfuzzer_sys::fuzz_target;
use posture::discover::FileKind;

fuzz_target!(|data: &[u8]| {
    posture_fuzz::scan_one("main.tf", FileKind::TerraformHcl, data);
});
