//! `.posture.toml`: project configuration, found by walking up from the scanned path.
//!
//! ```toml
//! select = ["AWS-S3", "AWS-EC2-001"]  # ids, prefixes or equivalent ids; empty = all
//! ignore = ["AWS-S3-008"]
//! fail-on = "high"
//! exclude = ["examples/**"]           # globs over the paths as shown in reports
//! frameworks = ["terraform"]
//! var-files = ["envs/prod.tfvars"]     # relative to this file
//! strict-unknowns = false
//! [severity]
//! "AWS-S3-008" = "medium"
//! ```
//! Unknown keys and bad values are errors with the file, line and column.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::check::{Check, Severity};
use crate::graph::Framework;
use crate::registry;
use crate::source::SourceFile;

pub const FILE_NAME: &str = ".posture.toml";

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(title = "Posture configuration (.posture.toml)")]
pub struct Config {
    /// Checks to run, by id, id prefix (`AWS-S3`), name, or Checkov/Trivy id. Empty: all.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub select: Vec<Spanned<String>>,
    /// Checks not to run (same forms as `select`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub ignore: Vec<Spanned<String>>,
    /// Severity overrides by check id (or any form `select` accepts).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Severity>")]
    pub severity: BTreeMap<Spanned<String>, Severity>,
    /// Lowest severity that makes the scan fail (exit 1); the command line wins.
    pub fail_on: Option<Severity>,
    /// Glob patterns of paths not to scan, matched against paths as shown in reports.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub exclude: Vec<Spanned<String>>,
    /// Formats to scan; empty: all.
    #[serde(default)]
    pub frameworks: Vec<Framework>,
    /// Terraform variable files applied to every root module, relative to this file.
    #[serde(default)]
    pub var_files: Vec<PathBuf>,
    /// CloudFormation parameter files, relative to this file.
    #[serde(default)]
    pub cfn_parameters: Vec<PathBuf>,
    /// Also report findings that depend on unknown values, marked unresolved.
    pub strict_unknowns: Option<bool>,
}

/// A configuration error, located in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// A loaded configuration with the directory relative paths are resolved against.
#[derive(Debug, Default)]
pub struct Loaded {
    pub config: Config,
    pub dir: PathBuf,
    pub exclude: Option<globset::GlobSet>,
}

/// Finds `.posture.toml` in `start` (or its directory, for a file) or the nearest parent.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let start = if start.is_file() {
        start.parent()?
    } else {
        start
    };
    let abs = start.canonicalize().ok()?;
    abs.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Reads and validates a configuration file.
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let display = path.to_string_lossy().replace('\\', "/");
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        file: display.clone(),
        line: 0,
        column: 0,
        message: format!("cannot read: {e}"),
    })?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    parse(&display, &text, dir)
}

/// Parses and validates configuration text.
pub fn parse(display: &str, text: &str, dir: PathBuf) -> Result<Loaded, ConfigError> {
    let src = SourceFile::new(PathBuf::from(display), display.to_string(), text.into());
    let err_at = |offset: usize, message: String| {
        let lc = src.line_col(offset);
        ConfigError {
            file: display.to_string(),
            line: lc.line,
            column: lc.column,
            message,
        }
    };
    let config: Config = toml::from_str(text).map_err(|e| {
        let offset = e.span().map(|s| s.start).unwrap_or(0);
        err_at(offset, e.message().trim().replace('\n', " "))
    })?;
    for entry in config
        .select
        .iter()
        .chain(&config.ignore)
        .chain(config.severity.keys())
    {
        if matching(entry.get_ref()).next().is_none() {
            return Err(err_at(
                entry.span().start,
                format!(
                    "no check matches {:?} (see `posture checks`)",
                    entry.get_ref()
                ),
            ));
        }
    }
    let exclude = if config.exclude.is_empty() {
        None
    } else {
        let mut b = globset::GlobSetBuilder::new();
        for g in &config.exclude {
            let glob = globset::Glob::new(g.get_ref())
                .map_err(|e| err_at(g.span().start, format!("invalid glob: {e}")))?;
            b.add(glob);
        }
        Some(
            b.build()
                .map_err(|e| err_at(0, format!("invalid globs: {e}")))?,
        )
    };
    Ok(Loaded {
        config,
        dir,
        exclude,
    })
}

/// Checks an entry of `select`/`ignore`/`severity` stands for: an id prefix or any alias.
pub fn matching(entry: &str) -> impl Iterator<Item = &'static Check> + '_ {
    registry::checks()
        .iter()
        .copied()
        .filter(move |c| matches(c, entry))
}

fn matches(c: &Check, entry: &str) -> bool {
    let e = entry.trim();
    !e.is_empty()
        && (c
            .id
            .to_ascii_uppercase()
            .starts_with(&e.to_ascii_uppercase())
            || c.aliases().any(|a| a.eq_ignore_ascii_case(e)))
}

/// Which checks run and at what severity.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Only checks mapped to this compliance framework (`--compliance`).
    pub compliance: Option<String>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub severity: Vec<(String, Severity)>,
    pub frameworks: Vec<Framework>,
}

impl Rules {
    pub fn from_config(c: &Config) -> Rules {
        Rules {
            compliance: None,
            select: c.select.iter().map(|s| s.get_ref().clone()).collect(),
            ignore: c.ignore.iter().map(|s| s.get_ref().clone()).collect(),
            severity: c
                .severity
                .iter()
                .map(|(k, v)| (k.get_ref().clone(), *v))
                .collect(),
            frameworks: c.frameworks.clone(),
        }
    }

    pub fn enabled(&self, c: &Check) -> bool {
        self.compliance
            .as_deref()
            .is_none_or(|f| crate::compliance::maps_to(c, f))
            && (self.select.is_empty() || self.select.iter().any(|s| matches(c, s)))
            && !self.ignore.iter().any(|s| matches(c, s))
    }

    pub fn framework_enabled(&self, f: Framework) -> bool {
        self.frameworks.is_empty() || self.frameworks.contains(&f)
    }

    pub fn severity_of(&self, c: &Check) -> Severity {
        self.severity
            .iter()
            .rev()
            .find(|(k, _)| matches(c, k))
            .map(|(_, s)| *s)
            .unwrap_or(c.severity)
    }
}

/// The JSON schema of `.posture.toml`.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Config);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
