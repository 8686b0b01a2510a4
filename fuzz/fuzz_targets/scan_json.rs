//! JSON (Terraform plans, CloudFormation templates, Kubernetes manifests, told apart by
//! content): the bytes as `input.json`, through the whole pipeline.
#![no_main]
use libfuzzer_sys::fuzz_target;
use posture::discover::FileKind;

fuzz_target!(|data: &[u8]| {
    posture_fuzz::scan_one("input.json", FileKind::Json, data);
});
