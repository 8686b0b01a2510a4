//! Registry and git modules that `terraform init` already downloaded.
//!
//! `terraform init` records every module call of a root module in
//! `.terraform/modules/modules.json`: the call's key (`vpc`, or `vpc.subnets` for a call inside
//! a module), its source and the directory it was installed into. Posture never downloads a
//! module; when that manifest is there, a non-local module call is evaluated from the
//! directory it names, exactly like a local one. Only directories inside the root module's
//! `.terraform/modules/` are accepted, after resolving links, so a hostile manifest cannot
//! make the scan read elsewhere.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Where `terraform init` keeps its module manifest, relative to the root module.
pub const MANIFEST: &str = ".terraform/modules/modules.json";

/// The downloaded modules of one root module: call key → installed directory (as displayed).
pub type Installed = HashMap<String, String>;

#[derive(Deserialize)]
struct Manifest {
    #[serde(rename = "Modules", default)]
    modules: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    #[serde(rename = "Key", default)]
    key: String,
    #[serde(rename = "Source", default)]
    source: String,
    #[serde(rename = "Dir", default)]
    dir: String,
}

/// One installed module directory found through a manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleDir {
    /// The call key (`vpc`, `vpc.subnets`).
    pub key: String,
    /// The module source as written in the call (`terraform-aws-modules/vpc/aws`).
    pub source: String,
    /// The directory on disk.
    pub path: PathBuf,
    /// The directory as displayed (the root module's display path joined with `Dir`).
    pub display: String,
}

/// A manifest that could not be used.
#[derive(Debug)]
pub struct ManifestError {
    /// The manifest's path on disk and as displayed.
    pub path: PathBuf,
    pub display: String,
    pub message: String,
    /// The manifest's text and the byte offset of the error, when it could be read.
    pub at: Option<(String, usize)>,
}

/// Reads the manifest of the root module in `dir` (displayed as `display`), if there is one.
/// Entries for local modules (which Posture resolves itself) and entries whose directory is
/// not inside `.terraform/modules/` are left out.
pub fn read(dir: &Path, display: &str) -> Result<Vec<ModuleDir>, ManifestError> {
    let file = dir.join(MANIFEST);
    let error = |message: String, at| ManifestError {
        path: file.clone(),
        display: join_display(display, MANIFEST),
        message,
        at,
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(error(format!("cannot read the module manifest: {e}"), None)),
    };
    let manifest: Manifest = match serde_json::from_str(&text) {
        Ok(m) => m,
        Err(e) => {
            let offset = offset_of(&text, e.line(), e.column());
            return Err(error(
                format!("malformed module manifest: {e}"),
                Some((text, offset)),
            ));
        }
    };
    let Ok(base) = dir.join(".terraform/modules").canonicalize() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for e in manifest.modules {
        if e.key.is_empty() {
            continue;
        }
        let rel = super::lower::join_dir(".", &e.dir);
        if !rel.starts_with(".terraform/modules/") {
            continue;
        }
        let path = dir.join(&rel);
        // Links inside `.terraform` must not lead out of it.
        match path.canonicalize() {
            Ok(real) if real.starts_with(&base) && real.is_dir() => {}
            _ => continue,
        }
        out.push(ModuleDir {
            key: e.key,
            source: e.source,
            display: join_display(display, &rel),
            path,
        });
    }
    Ok(out)
}

/// The byte offset of a 1-based line and column (serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut at = (start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn join_display(dir: &str, rel: &str) -> String {
    if dir == "." || dir.is_empty() {
        rel.to_string()
    } else {
        format!("{dir}/{rel}")
    }
}

/// The call key of a module instance path: `module.a["x"].module.b[0]` → `a.b`.
pub fn key_of(path: &str) -> String {
    let mut keys = Vec::new();
    let mut rest = path;
    while let Some(r) = rest.strip_prefix("module.") {
        let end = r.find(['.', '[']).unwrap_or(r.len());
        keys.push(&r[..end]);
        rest = skip_instance_key(&r[end..]);
        rest = rest.strip_prefix('.').unwrap_or(rest);
    }
    keys.join(".")
}

/// Skips a leading `[0]` or `["key"]` (the key written with escapes).
fn skip_instance_key(s: &str) -> &str {
    let Some(inner) = s.strip_prefix('[') else {
        return s;
    };
    let mut chars = inner.char_indices();
    if inner.starts_with('"') {
        chars.next();
        let mut escaped = false;
        for (i, c) in chars.by_ref() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    return inner[i + 1..].strip_prefix(']').unwrap_or(&inner[i + 1..]);
                }
                _ => {}
            }
        }
        return "";
    }
    match inner.find(']') {
        Some(i) => &inner[i + 1..],
        None => "",
    }
}

/// True for a module directory inside a `.terraform/` directory: evaluated through its caller,
/// never as a root module of its own.
pub fn is_installed_dir(display: &str) -> bool {
    display.starts_with(".terraform/") || display.contains("/.terraform/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_instance_keys() {
        assert_eq!(key_of("module.a"), "a");
        assert_eq!(key_of("module.a[\"x.y\"].module.b[0]"), "a.b");
        assert_eq!(key_of("module.a[\"module.q]\\\"\"].module.b"), "a.b");
        assert_eq!(key_of(""), "");
    }
}
