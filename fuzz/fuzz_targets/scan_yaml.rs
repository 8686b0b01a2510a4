//! YAML (CloudFormation templates and Kubernetes manifests, told apart by content): the bytes
//! as `template.yaml`, through the YAML front end, lowering and checks.
#![no_main]
use libfuzzer_sys::fuzz_target;
use posture::discover::FileKind;

fuzz_target!(|data: &[u8]| {
    posture_fuzz::scan_one("template.yaml", FileKind::Yaml, data);
});
