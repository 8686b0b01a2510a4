//! Terraform JSON syntax: the bytes as `main.tf.json`, through the whole pipeline.
#![no_main]
use libfuzzer_sys::fuzz_target;
use posture::discover::FileKind;

fuzz_target!(|data: &[u8]| {
    posture_fuzz::scan_one("main.tf.json", FileKind::TerraformJson, data);
});
