//! The generated check catalog under docs/checks must match the checks. Regenerate with
//! `UPDATE_CATALOG=1 cargo test --test catalog`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use posture::{docs, registry};

fn expected() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    files.insert("README.md".to_string(), docs::catalog_index());
    for c in registry::checks() {
        files.insert(docs::page_name(c), docs::markdown(c));
    }
    files
}

#[test]
fn catalog_is_fresh() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/checks");
    let want = expected();
    if std::env::var_os("UPDATE_CATALOG").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("mkdir docs/checks");
        for (name, text) in &want {
            std::fs::write(dir.join(name), text).expect("write page");
        }
        return;
    }
    let mut stale = Vec::new();
    for (name, text) in &want {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(t) if &t == text => {}
            _ => stale.push(name.clone()),
        }
    }
    let extra: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !want.contains_key(n))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "docs/checks is stale (run `UPDATE_CATALOG=1 cargo test --test catalog`): changed {stale:?}, extra {extra:?}"
    );
}

#[test]
fn metadata_is_well_formed() {
    let mut ids = std::collections::HashSet::new();
    for c in registry::checks() {
        assert!(ids.insert(c.id), "duplicate id {}", c.id);
        let parts: Vec<&str> = c.id.split('-').collect();
        assert!(
            parts.len() == 3
                && ["AWS", "AZURE", "GCP", "K8S"].contains(&parts[0])
                && parts[2].len() == 3
                && parts[2].chars().all(|ch| ch.is_ascii_digit()),
            "id {} is not PROVIDER-SERVICE-NNN",
            c.id
        );
        assert!(
            c.name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
            "{}: name {} is not kebab-case",
            c.id,
            c.name
        );
        for r in c.compliance {
            let framework = r.split(':').next().unwrap_or("");
            assert!(
                posture::compliance::is_known(framework),
                "{}: unknown compliance framework in {r}",
                c.id
            );
        }
        assert!(
            !c.frameworks.is_empty() && !c.resource_kinds.is_empty(),
            "{}",
            c.id
        );
    }
}
