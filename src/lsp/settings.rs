//! Client settings (`initializationOptions`, `workspace/didChangeConfiguration`,
//! `workspace/configuration` for the `posture` section), and how they combine with
//! `.posture.toml`.
//!
//! ```json
//! {"select": ["AWS-S3"], "ignore": ["AWS-S3-011"], "varFiles": ["envs/prod.tfvars"],
//!  "strictUnknowns": false}
//! ```
//! The object may also be wrapped as `{"posture": {...}}`. Keys may be camelCase or
//! kebab-case (as in `.posture.toml`).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::config;
use crate::scan::Settings;

/// What the client configured.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientSettings {
    /// Replaces `.posture.toml`'s `select` when not empty.
    pub select: Vec<String>,
    /// Added to `.posture.toml`'s `ignore`.
    pub ignore: Vec<String>,
    /// Variable files applied after `.posture.toml`'s, relative to the workspace folder.
    pub var_files: Vec<String>,
    /// Turned on when either this or `.posture.toml` turns it on.
    pub strict_unknowns: bool,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.as_str())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_string()],
        _ => Vec::new(),
    }
}

impl ClientSettings {
    /// Reads settings leniently: unknown keys and values of the wrong type are ignored.
    /// `None` when the value carries no settings at all (null, or an object without any of
    /// the keys), so a caller can ask the client instead.
    pub fn from_json(v: &Value) -> Option<ClientSettings> {
        let obj = v.get("posture").unwrap_or(v).as_object()?;
        let get = |a: &str, b: &str| obj.get(a).or_else(|| obj.get(b));
        let keys = [
            "select",
            "ignore",
            "varFiles",
            "var-files",
            "strictUnknowns",
            "strict-unknowns",
        ];
        if !keys.iter().any(|k| obj.contains_key(*k)) && v.get("posture").is_none() {
            return None;
        }
        Some(ClientSettings {
            select: strings(get("select", "select")),
            ignore: strings(get("ignore", "ignore")),
            var_files: strings(get("varFiles", "var-files")),
            strict_unknowns: get("strictUnknowns", "strict-unknowns")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        })
    }

    /// Entries of `select`/`ignore` that match no check.
    pub fn unknown_ids(&self) -> Vec<String> {
        self.select
            .iter()
            .chain(&self.ignore)
            .filter(|e| config::matching(e).next().is_none())
            .cloned()
            .collect()
    }
}

/// The scan settings for one module directory: its `.posture.toml` (if any) combined with
/// the client's settings. A broken `.posture.toml` is returned as an error beside the
/// settings used instead (the client's alone).
pub struct Resolved {
    pub settings: Settings,
    /// Paths (relative to the configuration file) excluded from linting.
    pub exclude: Option<(PathBuf, globset::GlobSet)>,
    pub config_file: Option<PathBuf>,
    pub config_error: Option<config::ConfigError>,
}

pub fn resolve(
    dir: Option<&Path>,
    workspace: Option<&Path>,
    client: &ClientSettings,
    env: &[(String, String)],
) -> Resolved {
    let mut settings = Settings {
        env: env.to_vec(),
        ..Default::default()
    };
    let mut config_error = None;
    let mut exclude = None;
    let config_file = dir.and_then(config::discover);
    if let Some(path) = &config_file {
        match config::load(path) {
            Ok(loaded) => {
                settings.rules = config::Rules::from_config(&loaded.config);
                settings.files = loaded
                    .config
                    .var_files
                    .iter()
                    .map(|f| loaded.dir.join(f))
                    .collect();
                settings.strict_unknowns = loaded.config.strict_unknowns.unwrap_or(false);
                exclude = loaded.exclude.map(|g| (loaded.dir.clone(), g));
            }
            Err(e) => config_error = Some(e),
        }
    }
    if !client.select.is_empty() {
        settings.rules.select = client.select.clone();
    }
    settings.rules.ignore.extend(client.ignore.iter().cloned());
    let base = workspace.or(dir);
    for f in &client.var_files {
        let p = PathBuf::from(f);
        settings.files.push(match base {
            Some(b) if p.is_relative() => b.join(p),
            _ => p,
        });
    }
    settings.strict_unknowns |= client.strict_unknowns;
    Resolved {
        settings,
        exclude,
        config_file,
        config_error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_both_spellings_and_wrapping() {
        let a = ClientSettings::from_json(&json!({
            "posture": {"select": ["AWS-S3"], "varFiles": ["x.tfvars"], "strictUnknowns": true}
        }))
        .unwrap();
        assert_eq!(a.select, vec!["AWS-S3"]);
        assert_eq!(a.var_files, vec!["x.tfvars"]);
        assert!(a.strict_unknowns);
        let b =
            ClientSettings::from_json(&json!({"ignore": "AWS-S3-001", "var-files": []})).unwrap();
        assert_eq!(b.ignore, vec!["AWS-S3-001"]);
        assert_eq!(ClientSettings::from_json(&Value::Null), None);
        assert_eq!(ClientSettings::from_json(&json!({"other": 1})), None);
        assert_eq!(
            ClientSettings::from_json(&json!({"posture": {}})),
            Some(ClientSettings::default())
        );
        let bad = ClientSettings {
            select: vec!["NOPE-1".into(), "AWS-S3".into()],
            ..Default::default()
        };
        assert_eq!(bad.unknown_ids(), vec!["NOPE-1"]);
    }
}
