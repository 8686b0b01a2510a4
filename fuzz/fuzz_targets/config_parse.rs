//! `.posture.toml` parsing and validation (`posture::config::parse`), and the rule
//! selection built from a valid configuration.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

fuzz_target!(|data: &[u8]| {
    posture_fuzz::init();
    let text = posture_fuzz::text(data);
    match posture::config::parse(".posture.toml", &text, PathBuf::from(".")) {
        Ok(loaded) => {
            let rules = posture::config::Rules::from_config(&loaded.config);
            for check in posture::registry::checks() {
                let _ = rules.enabled(check);
                let _ = rules.severity_of(check);
                if let Some(f) = check.frameworks.first() {
                    let _ = rules.framework_enabled(*f);
                }
            }
            if let Some(globs) = &loaded.exclude {
                let _ = globs.is_match("modules/network/main.tf");
            }
        }
        Err(e) => {
            assert!(
                e.line >= 1 && e.column >= 1,
                "error position {}:{}",
                e.line,
                e.column
            );
            let _ = e.to_string();
        }
    }
});
