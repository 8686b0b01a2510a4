//! The `posture` command line: a thin front end over the library.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use posture::check::Severity;
use posture::discover::FileKind;
use posture::report::{self, Format};
use posture::scan::{self, Input, ScanOptions};
use posture::{docs, registry};

#[derive(Parser)]
#[command(
    name = "posture",
    version,
    about = "Find cloud security misconfigurations in infrastructure-as-code"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Critical,
    High,
    Medium,
    Low,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Markdown,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

// Parsed once per process: the size of the `Scan` variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
    /// Scan files and directories (default: the current directory); `-` reads stdin.
    Scan {
        paths: Vec<PathBuf>,
        /// Output format [default: cli]; repeatable, each pairing with the `-o/--output`
        /// at the same position (at most one format without a file, written to stdout).
        #[arg(long, short = 'f', value_enum)]
        format: Vec<Format>,
        /// Write the report of the `--format` at the same position to this file instead of
        /// stdout (repeatable).
        #[arg(long, short = 'o')]
        output: Vec<PathBuf>,
        /// Also write a report in FORMAT to FILE (repeatable; `FORMAT:-` is stdout).
        #[arg(long, value_name = "FORMAT:FILE", value_parser = report::parse_output_spec)]
        output_format: Vec<report::Output>,
        /// Colour the terminal report.
        #[arg(long, value_enum, default_value = "auto")]
        color: Color,
        /// Exit with 1 when a finding is at or above this severity [default: low, or the
        /// configuration's `fail-on`].
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// Use this configuration file instead of discovering `.posture.toml`.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Ignore every configuration file.
        #[arg(long, conflicts_with = "config")]
        isolated: bool,
        /// Always exit 0 when the scan itself succeeded (report-only runs).
        #[arg(long)]
        exit_zero: bool,
        /// Apply the mechanical fixes (setting one attribute) to the files, then report what
        /// is left.
        #[arg(long)]
        fix: bool,
        /// Print the fixes as a unified diff instead of applying them (exit 1 if any).
        #[arg(long, conflicts_with = "fix")]
        diff: bool,
        /// Report only findings that are not in this baseline file.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record today's findings in this baseline file (and exit 0).
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
        /// The file name to use for input read from stdin (`-`); decides its format.
        #[arg(long)]
        stdin_filename: Option<String>,
        /// Do not show a progress bar.
        #[arg(long)]
        no_progress: bool,
        /// A Terraform variables file applied to every root module (repeatable).
        #[arg(long = "var-file", value_name = "FILE")]
        var_files: Vec<PathBuf>,
        /// Run only the checks mapped to this compliance framework (cis-aws, pci-dss, hipaa,
        /// soc2, nist-800-53, k8s-pss-baseline, k8s-pss-restricted, cis-kubernetes).
        #[arg(long, value_name = "FRAMEWORK")]
        compliance: Option<String>,
        /// Report only findings on resources changed since this git revision.
        #[arg(long, value_name = "REF")]
        diff_base: Option<String>,
        /// Ignore Checkov, tfsec and Trivy suppression comments.
        #[arg(long)]
        no_foreign_suppressions: bool,
        /// Report suppression comments that matched no finding.
        #[arg(long)]
        report_unused_suppressions: bool,
        /// Also report findings that depend on values unknown statically, marked unresolved.
        #[arg(long)]
        strict_unknowns: bool,
        /// Skip files larger than this many bytes (default 64 MiB).
        #[arg(long, value_name = "BYTES")]
        max_file_size: Option<u64>,
        /// Evaluate registry and git modules installed by `terraform init` (from
        /// `.terraform/modules`) but report no findings inside them.
        #[arg(long)]
        exclude_downloaded_modules: bool,
        /// The Terraform configuration a scanned plan JSON was made from, when it is not the
        /// plan's own directory: findings then point into these sources.
        #[arg(long, value_name = "DIR")]
        plan_source: Option<PathBuf>,
        /// A CloudFormation parameters file, in the `aws cloudformation` format or
        /// `{"Parameters": {...}}` (repeatable). Pseudo parameters such as `AWS::Region` may be
        /// given too.
        #[arg(long = "cfn-parameters", value_name = "FILE")]
        cfn_parameters: Vec<PathBuf>,
        /// A Terraform variable value, `name=value` (repeatable).
        #[arg(long = "var", value_name = "NAME=VALUE")]
        vars: Vec<String>,
    },
    /// Print a check's documentation.
    Explain {
        /// A check id, name, or an equivalent Checkov or Trivy id.
        id: String,
    },
    /// Print the JSON schema of `.posture.toml`.
    ConfigSchema,
    /// Pass/fail per control of a compliance framework.
    Report {
        /// The framework (cis-aws, pci-dss, hipaa, soc2, nist-800-53, ...).
        #[arg(long)]
        compliance: String,
        /// Files and directories to scan (default: the current directory).
        paths: Vec<PathBuf>,
        #[arg(long, short = 'f', value_enum, default_value = "markdown")]
        format: ReportFormat,
    },
    /// Run the language server over stdio (LSP 3.17).
    Lsp,
    /// List the checks.
    Checks {
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ListFormat,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Scan {
            paths,
            format,
            output,
            output_format,
            color,
            fail_on,
            config,
            isolated,
            exit_zero,
            fix,
            diff,
            baseline,
            write_baseline,
            stdin_filename,
            no_progress,
            var_files,
            cfn_parameters,
            max_file_size,
            exclude_downloaded_modules,
            plan_source,
            vars,
            strict_unknowns,
            compliance,
            diff_base,
            no_foreign_suppressions,
            report_unused_suppressions,
        } => run_scan(ScanArgs {
            paths,
            format,
            output,
            output_format,
            color,
            fail_on,
            config,
            isolated,
            exit_zero,
            fix,
            diff,
            baseline,
            write_baseline,
            stdin_filename,
            no_progress,
            var_files,
            cfn_parameters,
            max_file_size,
            exclude_downloaded_modules,
            plan_source,
            vars,
            strict_unknowns,
            compliance,
            diff_base,
            no_foreign_suppressions,
            report_unused_suppressions,
        }),
        Command::Explain { id } => match registry::find(&id) {
            Some(c) => {
                print!("{}", docs::markdown(c));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("error: no check with id {id:?} (see `posture checks`)");
                ExitCode::from(2)
            }
        },
        Command::Report {
            compliance,
            paths,
            format,
        } => {
            if !posture::compliance::is_known(&compliance) {
                eprintln!("error: unknown compliance framework {compliance:?}");
                return ExitCode::from(2);
            }
            let paths = if paths.is_empty() {
                vec![PathBuf::from(".")]
            } else {
                paths
            };
            let opts = ScanOptions {
                paths,
                eval: scan::Settings {
                    rules: posture::config::Rules {
                        compliance: Some(compliance.clone()),
                        ..Default::default()
                    },
                    ..Default::default()
                },
                ..Default::default()
            };
            let result = scan::scan(&opts);
            if result.fatal {
                for e in &result.walk_errors {
                    eprintln!("error: {e}");
                }
                return ExitCode::from(2);
            }
            let report = posture::compliance::report(&compliance, &result);
            match format {
                ReportFormat::Markdown => print!("{}", report.markdown()),
                ReportFormat::Json => print!("{}", report.json()),
            }
            ExitCode::from(if report.failed > 0 { 1 } else { 0 })
        }
        Command::Lsp => posture::lsp::run_stdio(),
        Command::ConfigSchema => {
            println!("{}", posture::config::json_schema());
            ExitCode::SUCCESS
        }
        Command::Checks { format } => {
            match format {
                ListFormat::Json => println!("{}", checks_json()),
                ListFormat::Text => {
                    for c in registry::checks() {
                        println!(
                            "{:<12} {:<9} {:<45} {}",
                            c.id,
                            c.severity.as_str(),
                            c.name,
                            c.title
                        );
                    }
                }
            }
            ExitCode::SUCCESS
        }
    }
}

struct ScanArgs {
    paths: Vec<PathBuf>,
    format: Vec<Format>,
    output: Vec<PathBuf>,
    output_format: Vec<report::Output>,
    color: Color,
    fail_on: Option<FailOn>,
    config: Option<PathBuf>,
    isolated: bool,
    exit_zero: bool,
    fix: bool,
    diff: bool,
    baseline: Option<PathBuf>,
    write_baseline: Option<PathBuf>,
    stdin_filename: Option<String>,
    no_progress: bool,
    var_files: Vec<PathBuf>,
    cfn_parameters: Vec<PathBuf>,
    max_file_size: Option<u64>,
    exclude_downloaded_modules: bool,
    plan_source: Option<PathBuf>,
    vars: Vec<String>,
    strict_unknowns: bool,
    compliance: Option<String>,
    diff_base: Option<String>,
    no_foreign_suppressions: bool,
    report_unused_suppressions: bool,
}

fn run_scan(mut args: ScanArgs) -> ExitCode {
    let outputs = match report::plan_outputs(&args.format, &args.output, &args.output_format) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(f) = &args.compliance
        && !posture::compliance::is_known(f)
    {
        eprintln!("error: unknown compliance framework {f:?}");
        return ExitCode::from(2);
    }
    let mut paths = std::mem::take(&mut args.paths);
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    // Configuration: --config, or the nearest .posture.toml above the first path.
    let config_path = if args.isolated {
        None
    } else {
        args.config.clone().or_else(|| {
            let start = paths
                .iter()
                .find(|p| p.as_os_str() != "-")
                .cloned()
                .unwrap_or_else(|| PathBuf::from("."));
            posture::config::discover(&start)
        })
    };
    let loaded = match config_path.as_deref().map(posture::config::load) {
        Some(Ok(l)) => Some(l),
        Some(Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        None => None,
    };
    if let Some(l) = &loaded {
        let mut params: Vec<PathBuf> = l
            .config
            .cfn_parameters
            .iter()
            .map(|f| l.dir.join(f))
            .collect();
        params.append(&mut args.cfn_parameters);
        args.cfn_parameters = params;
        let mut files: Vec<PathBuf> = l.config.var_files.iter().map(|f| l.dir.join(f)).collect();
        files.append(&mut args.var_files);
        args.var_files = files;
        args.strict_unknowns |= l.config.strict_unknowns.unwrap_or(false);
        if args.fail_on.is_none() {
            args.fail_on = l.config.fail_on.map(|s| match s {
                Severity::Critical => FailOn::Critical,
                Severity::High => FailOn::High,
                Severity::Medium => FailOn::Medium,
                Severity::Low => FailOn::Low,
            });
        }
    }
    let mut inputs = Vec::new();
    if paths.iter().any(|p| p.as_os_str() == "-") {
        paths.retain(|p| p.as_os_str() != "-");
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("error: cannot read stdin: {e}");
            return ExitCode::from(2);
        }
        // Without a name, the content decides: JSON, YAML (Kubernetes streams from `helm
        // template` or `kustomize build`, CloudFormation), or Terraform.
        let name = args.stdin_filename.clone().unwrap_or_else(|| {
            let t = text.trim_start();
            let yaml_markers = ["apiVersion:", "AWSTemplateFormatVersion:", "Resources:"];
            if t.starts_with('{') || t.starts_with('[') {
                "stdin.json".into()
            } else if t.starts_with("---")
                || text
                    .lines()
                    .any(|l| yaml_markers.iter().any(|m| l.starts_with(m)))
            {
                "stdin.yaml".into()
            } else {
                "stdin.tf".into()
            }
        });
        let Some(kind) = FileKind::detect(std::path::Path::new(&name)) else {
            eprintln!(
                "error: cannot tell the format of stdin from {name:?}; pass --stdin-filename with a .tf or .tf.json name"
            );
            return ExitCode::from(2);
        };
        inputs.push(Input {
            path: PathBuf::from(&name),
            display: name,
            kind,
            text: Some(text),
            context: false,
        });
    }

    let show_progress = !args.no_progress && std::io::stderr().is_terminal();
    let bar = indicatif::ProgressBar::hidden();
    if show_progress {
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} parsing {pos}/{len} files")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
    }
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let mut var_settings = scan::Settings {
        files: args.var_files,
        strict_unknowns: args.strict_unknowns,
        max_file_size: args.max_file_size,
        exclude_downloaded_modules: args.exclude_downloaded_modules,
        plan_source: args.plan_source.clone(),
        rules: posture::config::Rules {
            compliance: args.compliance.clone(),
            ..loaded
                .as_ref()
                .map(|l| posture::config::Rules::from_config(&l.config))
                .unwrap_or_default()
        },
        exclude: loaded.as_ref().and_then(|l| l.exclude.clone()),
        diff_base: args.diff_base.clone(),
        suppress: posture::suppress::Options {
            no_foreign: args.no_foreign_suppressions,
            report_unused: args.report_unused_suppressions,
            today: None,
        },
        ..Default::default()
    };
    for v in &args.vars {
        match v.split_once('=') {
            Some((k, val)) if !k.trim().is_empty() => var_settings
                .vars
                .push((k.trim().to_string(), val.to_string())),
            _ => {
                eprintln!("error: --var takes NAME=VALUE, got {v:?}");
                return ExitCode::from(2);
            }
        }
    }
    for (k, v) in std::env::vars() {
        if let Some(name) = k.strip_prefix("TF_VAR_") {
            var_settings.env.push((name.to_string(), v));
        }
    }
    var_settings.env.sort();
    for f in &args.cfn_parameters {
        match posture::cloudformation::params::read(f) {
            Ok(p) => var_settings.cfn_parameters.extend(p),
            Err(e) => {
                eprintln!("error: --cfn-parameters {e}");
                return ExitCode::from(2);
            }
        }
    }
    let opts = ScanOptions {
        paths,
        eval: var_settings,
        inputs,
        progress: if show_progress { Some(&progress) } else { None },
    };
    let mut result = scan::scan(&opts);
    bar.finish_and_clear();
    if args.fix || args.diff {
        let fixes = posture::fix::fixes(&result);
        let changed = posture::fix::apply(&result, &fixes);
        if args.diff {
            for (id, new) in &changed {
                let f = result.sources.get(*id);
                print!("{}", posture::fix::unified_diff(&f.display, &f.text, new));
            }
            return ExitCode::from(if changed.is_empty() { 0 } else { 1 });
        }
        for (id, new) in &changed {
            let path = &result.sources.get(*id).path;
            if let Err(e) = std::fs::write(path, new) {
                eprintln!("error: cannot write {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
        eprintln!(
            "fixed {} finding{} in {} file{}",
            fixes.len(),
            if fixes.len() == 1 { "" } else { "s" },
            changed.len(),
            if changed.len() == 1 { "" } else { "s" }
        );
        if !changed.is_empty() {
            result = scan::scan(&opts);
        }
    }
    if let Some(path) = &args.baseline
        && let Err(e) = posture::baseline::apply(&mut result, path)
    {
        eprintln!("error: baseline {e}");
        return ExitCode::from(2);
    }
    if let Some(path) = &args.write_baseline {
        return match posture::baseline::write(&result, path) {
            Ok(n) => {
                eprintln!(
                    "wrote {n} finding{} to {}",
                    if n == 1 { "" } else { "s" },
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write the baseline: {e}");
                ExitCode::from(2)
            }
        };
    }

    for out in &outputs {
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                out.file.is_none()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        let text = report::render(out.format, &result, color);
        let written = match &out.file {
            Some(path) => std::fs::write(path, &text).map_err(|e| {
                format!(
                    "cannot write the {} report to {}: {e}",
                    out.format.name(),
                    path.display()
                )
            }),
            None => std::io::stdout()
                .write_all(text.as_bytes())
                .map_err(|e| format!("cannot write the {} report: {e}", out.format.name())),
        };
        if let Err(e) = written {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    if result.fatal || scan::has_internal_error(&result) {
        return ExitCode::from(2);
    }
    let threshold = match args.fail_on.unwrap_or(FailOn::Low) {
        FailOn::Critical => Severity::Critical,
        FailOn::High => Severity::High,
        FailOn::Medium => Severity::Medium,
        FailOn::Low => Severity::Low,
    };
    if !args.exit_zero
        && result
            .findings
            .iter()
            .any(|f| f.suppressed.is_none() && f.severity >= threshold)
    {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn checks_json() -> String {
    let list: Vec<serde_json::Value> = registry::checks()
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id,
                "name": c.name,
                "title": c.title,
                "severity": c.severity.as_str(),
                "description": c.description.trim(),
                "remediation": c.remediation.trim(),
                "compliance": c.compliance,
                "equivalents": {"checkov": c.checkov, "trivy": c.trivy},
                "references": c.references,
                "resource_kinds": c.resource_kinds,
                "frameworks": c.frameworks.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
                "source": registry::source_of(c),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({"version": 1, "checks": list}))
        .unwrap_or_default()
}

/// Most of a scan's time outside parsing goes to allocating small nodes and strings;
/// mimalloc does that markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
