//! Collects every check under `checks/` into a generated registry: adding a check is adding
//! a file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let checks = root.join("checks");
    println!("cargo:rerun-if-changed=checks");
    let mut files = Vec::new();
    walk(&checks, &mut files);
    let mut code = String::new();
    let mut entries = String::new();
    for f in &files {
        let rel = f.strip_prefix(&root).expect("under root");
        let rel_str = rel.to_string_lossy().replace('\\', "/");
        // every directory is watched so new files trigger a rebuild
        if let Some(parent) = f.parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
        println!("cargo:rerun-if-changed={}", f.display());
        let module: String = rel_str
            .trim_start_matches("checks/")
            .trim_end_matches(".rs")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        writeln!(
            code,
            "#[path = {:?}]\nmod c_{module};",
            f.display().to_string()
        )
        .ok();
        // Fixtures live in a directory named after the check file.
        let fixture_dir = f.with_extension("");
        let mut fixtures = String::new();
        if let Ok(rd) = std::fs::read_dir(&fixture_dir) {
            println!("cargo:rerun-if-changed={}", fixture_dir.display());
            let mut names: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            names.sort();
            for p in names.iter().filter(|p| p.is_file()) {
                println!("cargo:rerun-if-changed={}", p.display());
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                write!(
                    fixtures,
                    "({name:?}, include_str!({:?})), ",
                    p.display().to_string()
                )
                .ok();
            }
        }
        writeln!(
            entries,
            "    crate::check::Registered {{ check: &c_{module}::CHECK, source: {rel_str:?}, fixtures: &[{fixtures}] }},"
        )
        .ok();
    }
    writeln!(
        code,
        "/// Every check, in path order.\npub static ALL: &[crate::check::Registered] = &[\n{entries}];"
    )
    .ok();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    std::fs::write(out.join("checks_registry.rs"), code).expect("write registry");
}
