//! The pipeline: discover → parse → lower into the graph → check → report-ready findings.
//!
//! The command line and the language server both call [`scan`]; neither re-implements a stage.

use std::collections::{BTreeMap, HashMap};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::check::{Check, Ctx, Severity};
use crate::diagnostics::Problem;
use crate::discover::{self, FileKind};
use crate::graph::{Framework, Graph, Mode};
use crate::registry;
use crate::source::{SourceFile, SourceMap, Span};
use crate::terraform::{self, lower::ModuleFile};

/// One file to scan, with its text when it does not come from disk (stdin, editor buffers).
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    pub display: String,
    pub kind: FileKind,
    pub text: Option<String>,
    /// Read only to evaluate its module: findings in it are not reported.
    pub context: bool,
}

/// What to scan and how.
#[derive(Default)]
pub struct ScanOptions<'a> {
    pub paths: Vec<PathBuf>,
    /// Extra inputs whose text is given (stdin).
    pub inputs: Vec<Input>,
    /// Called with (files done, files total) while parsing.
    pub progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    /// Input variable values and file access.
    pub eval: Settings,
}

/// A check's finding on one resource.
#[derive(Debug, Clone)]
pub struct Finding {
    pub check: &'static Check,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub resource: String,
    pub framework: Framework,
    pub related: Vec<(Span, String)>,
    /// Reported only under `--strict-unknowns`: the value it depends on is unknown.
    pub unresolved: bool,
    /// The resource's header, and the module calls it was reached through (for suppressions
    /// written on a block header).
    pub resource_span: Span,
    /// The resource's whole block.
    pub resource_block: Span,
    pub call_chain: Vec<Span>,
    /// Set by the suppression stage.
    pub suppressed: Option<crate::suppress::Suppression>,
}

/// Everything a scan produced.
#[derive(Debug, Default)]
pub struct ScanResult {
    pub sources: SourceMap,
    pub findings: Vec<Finding>,
    /// Files or parts of files that could not be read, parsed or evaluated.
    pub problems: Vec<Problem>,
    /// Walk errors that belong to no file (a root that does not exist).
    pub walk_errors: Vec<String>,
    /// A walk error was fatal (a path given on the command line does not exist).
    pub fatal: bool,
    pub files_scanned: usize,
    pub resources: usize,
    pub bytes: usize,
    /// Secret values found in the inputs, masked in every report.
    pub secrets: Vec<(Span, String)>,
}

enum Parsed {
    Terraform(terraform::ast::Body),
    Vars(terraform::ast::Body),
    Plan(crate::syntax::json::JsonNode),
    /// CloudFormation templates (a YAML stream may hold several documents).
    Templates(Vec<crate::syntax::yaml::YamlNode>),
    /// Kubernetes objects, already lowered (one document at a time, so that a long stream's
    /// YAML trees are never all held at once) into a graph for the file.
    Manifests(Box<Graph>),
    Nothing,
}

/// How to evaluate: input variable values from outside the configuration, in Terraform's
/// precedence order (lowest first): `TF_VAR_` environment variables, `terraform.tfvars`,
/// `terraform.tfvars.json`, `*.auto.tfvars(.json)` of the root module, then `--var-file`
/// files and `--var` values; and the directories `file()` may read from.
#[derive(Debug, Default, Clone)]
pub struct Settings {
    /// Directories `file()`, `templatefile()` and friends may read inside (the scan roots).
    pub roots: Vec<PathBuf>,
    /// `TF_VAR_name` variables as (name without the prefix, value).
    pub env: Vec<(String, String)>,
    /// `--var-file` files, in order.
    pub files: Vec<PathBuf>,
    /// `--var name=value`, in order.
    pub vars: Vec<(String, String)>,
    /// Also report what could be bad but depends on an unknown value, marked unresolved.
    pub strict_unknowns: bool,
    /// How suppression comments are honoured.
    pub suppress: crate::suppress::Options,
    /// Which checks run, at what severity.
    pub rules: crate::config::Rules,
    /// Paths (as displayed) not to scan.
    pub exclude: Option<globset::GlobSet>,
    /// Report only findings on resources changed since this git revision.
    pub diff_base: Option<String>,
    /// CloudFormation parameter values (and pseudo parameters such as `AWS::Region`).
    pub cfn_parameters: HashMap<String, String>,
    /// Files larger than this many bytes are skipped (default [`DEFAULT_MAX_FILE_SIZE`]).
    pub max_file_size: Option<u64>,
    /// Evaluate modules installed by `terraform init` but do not report findings in them.
    pub exclude_downloaded_modules: bool,
    /// The Terraform configuration a plan was made from, when it is not beside the plan.
    pub plan_source: Option<PathBuf>,
    /// Texts that replace `files` on disk (a var file open in an editor with unsaved changes).
    pub file_texts: HashMap<PathBuf, String>,
    /// Incrementally kept tree-sitter trees of native HCL files, for error recovery.
    pub trees: Option<terraform::recover::Trees>,
}

/// Runs the whole pipeline.
pub fn scan(opts: &ScanOptions) -> ScanResult {
    let (found, walk_errors) = if opts.paths.is_empty() {
        (Vec::new(), discover::WalkErrors::default())
    } else {
        discover::discover(&opts.paths)
    };
    let mut inputs: Vec<Input> = found
        .into_iter()
        .filter(|d| {
            opts.eval
                .exclude
                .as_ref()
                .is_none_or(|g| !g.is_match(&d.display))
        })
        .map(|d| Input {
            path: d.path,
            display: d.display,
            kind: d.kind,
            text: None,
            context: d.context,
        })
        .collect();
    inputs.extend(opts.inputs.iter().cloned());
    // The configuration a plan was made from is read so findings can point into it.
    if let Some(dir) = &opts.eval.plan_source {
        let (found, _) = discover::discover(std::slice::from_ref(dir));
        for d in found {
            if matches!(d.kind, FileKind::TerraformHcl | FileKind::TerraformJson)
                && !inputs.iter().any(|i| i.display == d.display)
            {
                inputs.push(Input {
                    path: d.path,
                    display: d.display,
                    kind: d.kind,
                    text: None,
                    context: false,
                });
            }
        }
    }
    let mut settings = opts.eval.clone();
    if settings.roots.is_empty() {
        settings.roots = opts
            .paths
            .iter()
            .map(|p| {
                if p.is_file() {
                    p.parent().map(Path::to_path_buf).unwrap_or_default()
                } else {
                    p.clone()
                }
            })
            .collect();
        // The configuration a plan was made from is scanned too.
        settings.roots.extend(settings.plan_source.clone());
    }
    let mut result = scan_with(inputs, opts.progress, &settings);
    result.fatal = !walk_errors.fatal.is_empty();
    result.walk_errors = walk_errors.fatal;
    result.walk_errors.extend(walk_errors.other);
    if let Some(base) = &settings.diff_base {
        let dir = opts
            .paths
            .first()
            .map(|p| {
                if p.is_file() {
                    p.parent().map(Path::to_path_buf).unwrap_or_default()
                } else {
                    p.clone()
                }
            })
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from("."));
        match crate::gitdiff::changes_since(base, &dir) {
            Ok(changes) => changes.retain(&mut result.findings, &result.sources),
            Err(e) => {
                result.walk_errors.push(format!("--diff-base: {e}"));
                result.fatal = true;
            }
        }
    }
    result
}

/// The graphs of a set of inputs, before checks run: one per root module.
#[derive(Debug, Default)]
pub struct Lowered {
    pub sources: SourceMap,
    pub units: Vec<(String, Graph)>,
    pub problems: Vec<Problem>,
    pub bytes: usize,
    pub files: usize,
    /// Files read only as context (see [`Input::context`]).
    pub context_files: std::collections::HashSet<crate::source::FileId>,
}

/// Reads (unless given), parses, evaluates and checks the inputs.
pub fn scan_inputs(
    inputs: Vec<Input>,
    progress: Option<&(dyn Fn(usize, usize) + Sync)>,
) -> ScanResult {
    scan_with(inputs, progress, &Settings::default())
}

/// [`scan_inputs`] with input variable values.
pub fn scan_with(
    inputs: Vec<Input>,
    progress: Option<&(dyn Fn(usize, usize) + Sync)>,
    vars: &Settings,
) -> ScanResult {
    pool().install(|| scan_in_pool(inputs, progress, vars))
}

/// The worker threads of a scan: deep (but bounded) evaluation needs more stack than the
/// default 2 MiB in debug builds.
fn pool() -> &'static rayon::ThreadPool {
    static POOL: std::sync::OnceLock<rayon::ThreadPool> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .stack_size(32 << 20)
            .thread_name(|i| format!("posture-{i}"))
            .build()
            .unwrap_or_else(|_| {
                rayon::ThreadPoolBuilder::new()
                    .build()
                    .expect("a thread pool with default settings")
            })
    })
}

fn scan_in_pool(
    inputs: Vec<Input>,
    progress: Option<&(dyn Fn(usize, usize) + Sync)>,
    vars: &Settings,
) -> ScanResult {
    let Lowered {
        sources,
        units,
        mut problems,
        bytes,
        files,
        context_files,
    } = lower_with(inputs, progress, vars);
    // Only the first MAX_FINDINGS findings (in report order) are reported: keep memory bounded
    // on a huge stream by dropping the rest as they come (in linear time, keeping a margin for
    // the duplicates the final sort removes, so that the notice below still says where
    // reporting stopped).
    let compact = |f: &mut Vec<Finding>| {
        f.retain(|f| !context_files.contains(&f.span.file));
        keep_first(f, MAX_FINDINGS + MAX_FINDINGS / 4, &sources);
    };
    let per_unit: Vec<(Vec<Finding>, Vec<Problem>)> = units
        .par_iter()
        .map(|(_, graph)| {
            run_checks_bounded(graph, vars, MAX_FINDINGS + MAX_FINDINGS / 2, &compact)
        })
        .collect();
    let resources = units
        .iter()
        .map(|(_, g)| {
            g.resources
                .iter()
                .filter(|r| r.mode == Mode::Managed && r.variant.is_none())
                .count()
        })
        .sum();
    let mut findings = Vec::new();
    for (mut f, p) in per_unit {
        f.retain(|f| !context_files.contains(&f.span.file));
        if findings.is_empty() {
            findings = f;
        } else {
            findings.append(&mut f);
        }
        problems.extend(p);
    }
    // Secrets stay secret: no message repeats a credential's value.
    let secrets: Vec<(Span, String)> = units
        .iter()
        .flat_map(|(_, g)| crate::redact::secrets(g))
        .collect();
    if !secrets.is_empty() {
        let scrubber = crate::redact::Scrubber::new(&secrets);
        for f in &mut findings {
            f.message = scrubber.scrub(&f.message);
            for (_, m) in &mut f.related {
                *m = scrubber.scrub(m);
            }
        }
        for p in &mut problems {
            p.message = scrubber.scrub(&p.message);
        }
    }
    sort_findings(&mut findings, &sources);
    if findings.len() > MAX_FINDINGS {
        let first = findings[MAX_FINDINGS].span;
        findings.truncate(MAX_FINDINGS);
        problems.push(Problem::notice(
            first,
            format!("more than {MAX_FINDINGS} findings; the rest are not reported"),
        ));
    }
    crate::suppress::apply(&mut findings, &sources, &mut problems, &vars.suppress);
    problems.sort_by_key(|p| (p.span.file, p.span.start));
    problems.dedup();
    ScanResult {
        sources,
        findings,
        problems,
        walk_errors: Vec::new(),
        fatal: false,
        files_scanned: files,
        resources,
        bytes,
        secrets,
    }
}

/// Reads, parses and lowers the inputs into one graph per root module.
pub fn lower_inputs(
    inputs: Vec<Input>,
    progress: Option<&(dyn Fn(usize, usize) + Sync)>,
) -> Lowered {
    lower_with(inputs, progress, &Settings::default())
}

/// [`lower_inputs`] with input variable values.
pub fn lower_with(
    mut inputs: Vec<Input>,
    progress: Option<&(dyn Fn(usize, usize) + Sync)>,
    vars: &Settings,
) -> Lowered {
    // Registry and git modules `terraform init` installed are read like local ones.
    let (installed, manifest_errors) = installed_modules(&mut inputs, vars);
    let files = inputs.len();
    // `--var-file` files are read like any input, and marked so they apply to every root.
    let first_cli_var_file = inputs.len();
    for f in &vars.files {
        let display = f.to_string_lossy().replace('\\', "/");
        let kind = if display.ends_with(".json") {
            FileKind::TfVarsJson
        } else {
            FileKind::TfVars
        };
        inputs.push(Input {
            path: f.clone(),
            display,
            kind,
            text: vars.file_texts.get(f).cloned(),
            context: true,
        });
    }
    let total = inputs.len();
    // A symbolic link under a scanned directory may point anywhere: only what lies inside the
    // scanned directories is read (`--var-file` files are named explicitly and exempt).
    let roots: Vec<PathBuf> = vars
        .roots
        .iter()
        .filter_map(|r| r.canonicalize().ok())
        .collect();
    // Read in parallel.
    let texts: Vec<Result<String, ReadError>> = inputs
        .par_iter()
        .map(|i| match &i.text {
            Some(t) => Ok(t.clone()),
            None if !vars.files.contains(&i.path) && outside(&i.path, &roots) => Err(
                "skipped: a symbolic link to a file outside the scanned directories; not read"
                    .to_string()
                    .into(),
            ),
            None => read_text(&i.path, vars.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE)),
        })
        .collect();
    let mut sources = SourceMap::default();
    let mut problems = Vec::new();
    let mut ids = Vec::with_capacity(total);
    let mut bytes = 0;
    for (input, text) in inputs.iter().zip(texts) {
        let (text, err) = match text {
            Ok(t) => (t, None),
            Err(ReadError { message, text, at }) => (text, Some((message, at))),
        };
        bytes += text.len();
        let id = sources.add(SourceFile::new(
            input.path.clone(),
            input.display.clone(),
            Arc::from(text),
        ));
        if let Some((e, at)) = err {
            problems.push(if e.starts_with("skipped:") {
                Problem::notice(Span::new(id, at, at), e)
            } else {
                Problem::error(Span::new(id, at, at), e)
            });
        }
        ids.push(id);
    }
    for e in manifest_errors {
        match e.at {
            Some((text, at)) => {
                let id = sources.add(SourceFile::new(e.path, e.display, Arc::from(text)));
                problems.push(Problem::error(Span::new(id, at, at), e.message));
            }
            None => problems.push(Problem::error(
                Span::new(
                    sources.add(SourceFile::new(e.path, e.display, Arc::from(""))),
                    0,
                    0,
                ),
                e.message,
            )),
        }
    }

    // Parse in parallel.
    let done = std::sync::atomic::AtomicUsize::new(0);
    let tree = |input: &Input, text: &str| vars.trees.as_ref()?.0.tree(&input.path, text);
    let parsed: Vec<(Parsed, Vec<Problem>)> = inputs
        .par_iter()
        .zip(ids.par_iter())
        .map(|(input, &id)| {
            let text = &sources.get(id).text;
            let out = match input.kind {
                FileKind::TerraformHcl => {
                    let (body, p) =
                        terraform::parse_hcl::parse_with(id, text, || tree(input, text));
                    (Parsed::Terraform(body), p)
                }
                FileKind::TerraformJson => {
                    let (body, p) = terraform::parse_json::parse(id, text);
                    (Parsed::Terraform(body), p)
                }
                FileKind::TfVars => {
                    let (body, p) =
                        terraform::parse_hcl::parse_with(id, text, || tree(input, text));
                    (Parsed::Vars(body), p)
                }
                FileKind::TfVarsJson => {
                    let (body, p) = terraform::parse_json::parse_vars(id, text);
                    (Parsed::Vars(body), p)
                }
                // Other JSON is read only when its content says what it is; anything else is
                // skipped silently, syntax errors included (it may not be IaC at all).
                FileKind::Json => match crate::syntax::json::parse(id, text) {
                    Ok(Some(root)) if terraform::plan::is_plan(&root) => {
                        (Parsed::Plan(root), Vec::new())
                    }
                    Ok(Some(root)) => {
                        let y = crate::cloudformation::from_json(&root);
                        if crate::cloudformation::is_template(&y) {
                            (Parsed::Templates(vec![y]), Vec::new())
                        } else if crate::kubernetes::is_object(&y) {
                            let mut g = Graph::default();
                            let unit = unit_of(&input.display);
                            let p = crate::kubernetes::lower_document(id, &unit, &y, None, &mut g);
                            (Parsed::Manifests(Box::new(g)), p)
                        } else {
                            (Parsed::Nothing, Vec::new())
                        }
                    }
                    Ok(None) => (Parsed::Nothing, Vec::new()),
                    Err(p) if looks_like_iac(text) => (Parsed::Nothing, vec![p]),
                    Err(_) => (Parsed::Nothing, Vec::new()),
                },
                FileKind::Yaml => parse_yaml(id, text, &unit_of(&input.display)),
            };
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if let Some(p) = progress {
                p(n, total);
            }
            out
        })
        .collect();

    // Group Terraform files into modules (one per directory) and collect variable files.
    let mut units: terraform::lower::Units = BTreeMap::new();
    let mut var_files: BTreeMap<String, Vec<(String, terraform::ast::Body)>> = BTreeMap::new();
    let mut cli_var_files = Vec::new();
    let mut plans = Vec::new();
    let mut templates = Vec::new();
    let mut manifests: BTreeMap<String, Vec<Graph>> = BTreeMap::new();
    for (i, ((input, &id), (p, probs))) in inputs.iter().zip(&ids).zip(parsed).enumerate() {
        problems.extend(probs);
        match p {
            Parsed::Terraform(body) => units
                .entry(unit_of(&input.display))
                .or_default()
                .push(ModuleFile { file: id, body }),
            Parsed::Vars(body) if i >= first_cli_var_file => cli_var_files.push(body),
            Parsed::Plan(root) => plans.push((id, input.display.clone(), root)),
            Parsed::Templates(roots) => templates.push((id, input.display.clone(), roots)),
            Parsed::Manifests(g) => manifests
                .entry(unit_of(&input.display))
                .or_default()
                .push(*g),
            Parsed::Nothing => {}
            Parsed::Vars(body) => {
                let name = input.display.rsplit('/').next().unwrap_or("").to_string();
                var_files
                    .entry(unit_of(&input.display))
                    .or_default()
                    .push((name, body));
            }
        }
    }

    // Lower each root module (with the modules it calls) in parallel.
    let files_access = terraform::eval::FileAccess::new(&vars.roots);
    let called = terraform::lower::called_dirs(&units);
    // A plan scanned with the configuration it was made from (beside it, or `--plan-source`)
    // stands for that configuration: its values are the planned ones, and findings point into
    // the sources. That root module is not evaluated a second time.
    let plan_sources: Vec<Option<String>> = plans
        .iter()
        .map(|(_, display, _)| {
            let dir = match &vars.plan_source {
                Some(p) => {
                    // As discovery displays the files under it (`./infra/` → `infra`).
                    let d = discover::display_path(p);
                    let d = d.trim_end_matches('/');
                    if d.is_empty() || d == "." {
                        ".".to_string()
                    } else {
                        d.to_string()
                    }
                }
                None => unit_of(display),
            };
            units.contains_key(&dir).then_some(dir)
        })
        .collect();
    let roots: Vec<&String> = units
        .keys()
        .filter(|d| {
            !called.contains(*d)
                && !terraform::manifest::is_installed_dir(d)
                && !plan_sources.iter().any(|p| p.as_ref() == Some(*d))
        })
        .collect();
    let lowered: Vec<(String, Graph, Vec<Problem>)> = roots
        .into_par_iter()
        .map(|dir| {
            let inputs = root_inputs(vars, var_files.get(dir), &cli_var_files);
            let (mut graph, probs) = terraform::lower::Loader::new(&units, &files_access)
                .with_installed(installed.get(dir))
                .lower_root(dir, &inputs);
            // Sensitive values taint what derives from them: lowered again with them unknown,
            // every string that changes came from one.
            if !graph.sensitive.is_empty() {
                let (hidden, _) = terraform::lower::Loader::new(&units, &files_access)
                    .with_installed(installed.get(dir))
                    .hiding_sensitive()
                    .lower_root(dir, &inputs);
                let derived = crate::redact::derived(&graph, &hidden);
                graph.sensitive.extend(derived);
            }
            (dir.clone(), graph, probs)
        })
        .collect();
    let mut out = Vec::with_capacity(lowered.len());
    for (unit, graph, probs) in lowered {
        problems.extend(probs);
        out.push((unit, graph));
    }
    // Each plan and each template is a unit of its own.
    for ((id, display, root), source) in plans.into_iter().zip(plan_sources) {
        let mut graph = Graph::default();
        problems.extend(terraform::plan::lower_plan(id, &display, &root, &mut graph));
        if let Some(dir) = source {
            terraform::plan::attach_sources(&mut graph, &dir, &units, installed.get(&dir));
        }
        out.push((display, graph));
    }
    // Templates that another template nests (a local `TemplateURL`) are lowered through their
    // parent stack, with the parameters it passes.
    let by_path: crate::cloudformation::lower::Templates = templates
        .iter()
        .map(|(id, display, roots)| (display.clone(), (*id, roots.as_slice())))
        .collect();
    let nested: std::collections::HashSet<String> = templates
        .iter()
        .flat_map(|(_, display, roots)| {
            roots
                .iter()
                .flat_map(|r| crate::cloudformation::lower::nested_children(display, r))
                .collect::<Vec<_>>()
        })
        .collect();
    let lowered: Vec<(String, Graph, Vec<Problem>)> = templates
        .par_iter()
        .filter(|(_, display, _)| !nested.contains(display))
        .map(|(id, display, roots)| {
            let mut graph = Graph::default();
            let mut probs = Vec::new();
            let nesting = crate::cloudformation::lower::Nesting {
                templates: Some(&by_path),
                display: display.clone(),
                stack: vec![display.clone()],
                ..Default::default()
            };
            for root in roots {
                probs.extend(crate::cloudformation::lower::lower_nested(
                    *id,
                    display,
                    root,
                    &vars.cfn_parameters,
                    &mut graph,
                    &nesting,
                ));
            }
            (display.clone(), graph, probs)
        })
        .collect();
    for (unit, graph, probs) in lowered {
        problems.extend(probs);
        out.push((unit, graph));
    }
    // Kubernetes objects: one unit per directory (or stream).
    for (unit, files) in manifests {
        // The first file's graph takes the others' resources (a stream is usually one file).
        let mut files = files.into_iter();
        let mut graph = files.next().unwrap_or_default();
        for g in files {
            for r in g.resources {
                graph.add(r);
            }
        }
        crate::kubernetes::links::link(&mut graph);
        out.push((unit, graph));
    }
    let context_files = inputs
        .iter()
        .zip(&ids)
        .filter(|(i, _)| i.context)
        .map(|(_, id)| *id)
        .collect();
    Lowered {
        sources,
        units: out,
        problems,
        bytes,
        files,
        context_files,
    }
}

/// Adds the files of the modules `terraform init` installed for the root modules among the
/// inputs (from each `.terraform/modules/modules.json`), and returns, per root module
/// directory, the call key → installed directory map the loader resolves calls with.
fn installed_modules(
    inputs: &mut Vec<Input>,
    vars: &Settings,
) -> (
    HashMap<String, terraform::manifest::Installed>,
    Vec<terraform::manifest::ManifestError>,
) {
    let mut dirs: BTreeMap<String, PathBuf> = BTreeMap::new();
    for i in inputs.iter() {
        if matches!(i.kind, FileKind::TerraformHcl | FileKind::TerraformJson) && i.text.is_none() {
            let display = unit_of(&i.display);
            if !terraform::manifest::is_installed_dir(&display) {
                let parent = i.path.parent().unwrap_or(Path::new(""));
                let path = if parent.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    parent.to_path_buf()
                };
                dirs.entry(display).or_insert(path);
            }
        }
    }
    let mut seen: std::collections::HashSet<String> =
        inputs.iter().map(|i| i.display.clone()).collect();
    let mut installed = HashMap::new();
    let mut errors = Vec::new();
    for (display, path) in dirs {
        let modules = match terraform::manifest::read(&path, &display) {
            Ok(m) => m,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if modules.is_empty() {
            continue;
        }
        let mut map = terraform::manifest::Installed::new();
        for m in modules {
            // Links inside an installed module must not lead out of it.
            let base: Vec<PathBuf> = m.path.canonicalize().into_iter().collect();
            let mut files: Vec<(PathBuf, String, FileKind)> = std::fs::read_dir(&m.path)
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let p = m.path.join(&name);
                    match FileKind::detect(&p) {
                        Some(k @ (FileKind::TerraformHcl | FileKind::TerraformJson))
                            if p.is_file() && !outside(&p, &base) =>
                        {
                            Some((p, format!("{}/{name}", m.display), k))
                        }
                        _ => None,
                    }
                })
                .collect();
            files.sort_by(|a, b| a.1.cmp(&b.1));
            for (path, display, kind) in files {
                if seen.insert(display.clone()) {
                    inputs.push(Input {
                        path,
                        display,
                        kind,
                        text: None,
                        context: vars.exclude_downloaded_modules,
                    });
                }
            }
            map.insert(m.key, m.display);
        }
        installed.insert(display, map);
    }
    (installed, errors)
}

/// The input variable values of a root module, in Terraform's precedence order.
fn root_inputs(
    vars: &Settings,
    local_files: Option<&Vec<(String, terraform::ast::Body)>>,
    cli_files: &[terraform::ast::Body],
) -> terraform::lower::Inputs {
    use terraform::eval::{Bindings, Evaluator, ModuleScope};
    let ev = Evaluator::new(ModuleScope::default());
    let mut out = terraform::lower::Inputs::new();
    for (k, v) in &vars.env {
        out.insert(k.clone(), (cli_value(v), None));
    }
    let mut apply = |body: &terraform::ast::Body| {
        for a in &body.attributes {
            let origin = (a.span, format!("var.{} is set here", a.name));
            out.insert(
                a.name.clone(),
                (ev.eval(&a.expr, &Bindings::new()), Some(origin)),
            );
        }
    };
    if let Some(files) = local_files {
        let rank = |name: &str| match name {
            "terraform.tfvars" => Some(0),
            "terraform.tfvars.json" => Some(1),
            n if n.ends_with(".auto.tfvars") || n.ends_with(".auto.tfvars.json") => Some(2),
            _ => None,
        };
        let mut ordered: Vec<&(String, terraform::ast::Body)> =
            files.iter().filter(|(n, _)| rank(n).is_some()).collect();
        ordered.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0)));
        for (_, body) in ordered {
            apply(body);
        }
    }
    for body in cli_files {
        apply(body);
    }
    for (k, v) in &vars.vars {
        out.insert(k.clone(), (cli_value(v), None));
    }
    out
}

/// A value given on the command line or in the environment: a string, unless it is written
/// as an HCL list or object.
fn cli_value(text: &str) -> crate::value::Value {
    let t = text.trim_start();
    if t.starts_with('[') || t.starts_with('{') {
        let expr = terraform::parse_hcl::parse_expression(text, Span::default());
        let ev = terraform::eval::Evaluator::new(terraform::eval::ModuleScope::default());
        return ev.eval(&expr, &terraform::eval::Bindings::new());
    }
    crate::value::Value::String(text.to_string())
}

/// True when text that failed to parse was probably meant as infrastructure-as-code (so its
/// syntax error is worth reporting); other YAML and JSON files are not our business.
fn looks_like_iac(text: &str) -> bool {
    text.contains("AWSTemplateFormatVersion")
        || text.contains("AWS::")
        || (text.contains("apiVersion") && text.contains("kind"))
}

/// A YAML file: CloudFormation templates or Kubernetes objects by content; anything else is
/// skipped.
fn parse_yaml(id: crate::source::FileId, text: &str, unit: &str) -> (Parsed, Vec<Problem>) {
    if crate::syntax::yaml::is_helm_template(text) {
        let notice = looks_like_iac(text).then(|| {
            Problem::notice(
                Span::new(id, 0, 0),
                "Helm template syntax: scan the rendered output instead (helm template ... | posture scan -)",
            )
        });
        return (Parsed::Nothing, notice.into_iter().collect());
    }
    // Documents are classified as they are read: CloudFormation templates are kept (a file
    // with one is a template file); Kubernetes objects are lowered at once and their trees
    // dropped.
    let mut prev_end = 0;
    let mut templates = Vec::new();
    let mut graph = Graph::default();
    let mut objects = 0;
    let mut lowering = Vec::new();
    let problems = crate::syntax::yaml::parse_each(id, text, &mut |d| {
        let start = (d.root.span.start as usize).min(text.len());
        let source = text
            .get(prev_end.min(start)..start)
            .and_then(|gap| {
                gap.lines()
                    .rev()
                    .find_map(|l| l.trim().strip_prefix("# Source:"))
            })
            .map(|s| s.trim().to_string());
        prev_end = d.span.end as usize;
        if crate::cloudformation::is_template(&d.root) {
            templates.push(d.root);
        } else if templates.is_empty() && crate::kubernetes::is_object(&d.root) {
            objects += 1;
            lowering.extend(crate::kubernetes::lower_document(
                id,
                unit,
                &d.root,
                source.as_deref(),
                &mut graph,
            ));
        }
    });
    let mut problems = if looks_like_iac(text) {
        problems
    } else {
        Vec::new()
    };
    if !templates.is_empty() {
        return (Parsed::Templates(templates), problems);
    }
    if objects == 0 {
        (Parsed::Nothing, problems)
    } else {
        problems.extend(lowering);
        (Parsed::Manifests(Box::new(graph)), problems)
    }
}

/// Files larger than this are skipped with a notice (`--max-file-size`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;
/// Most findings reported; the rest are dropped with a notice.
pub const MAX_FINDINGS: usize = 200_000;

/// Why a file could not be read: the message, the text to show (lossy, for a file that is not
/// UTF-8), and the byte offset to point at.
struct ReadError {
    message: String,
    text: String,
    at: usize,
}

impl From<String> for ReadError {
    fn from(message: String) -> ReadError {
        ReadError {
            message,
            text: String::new(),
            at: 0,
        }
    }
}

/// True when `path` resolves (through symbolic links) to a file outside every root; never
/// when there are no roots (in-memory scans).
fn outside(path: &Path, roots: &[PathBuf]) -> bool {
    if roots.is_empty() {
        return false;
    }
    match path.canonicalize() {
        Ok(canon) => !roots.iter().any(|r| canon.starts_with(r)),
        // Read errors are reported by the read itself.
        Err(_) => false,
    }
}

fn read_text(path: &Path, max: u64) -> Result<String, ReadError> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read file: {e}"))?
        .len();
    if size > max {
        return Err(format!(
            "skipped: {size} bytes is larger than the limit of {max} bytes (--max-file-size)"
        )
        .into());
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read file: {e}"))?;
    if let Err(e) = std::str::from_utf8(&bytes) {
        let at = e.valid_up_to();
        return Err(ReadError {
            message: format!("file is not valid UTF-8 (at byte {at})"),
            text: String::from_utf8_lossy(&bytes).into_owned(),
            at,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| format!("file is not valid UTF-8: {e}"))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_string(),
        None => text,
    })
}

/// The module a file belongs to: its directory as displayed.
pub fn unit_of(display: &str) -> String {
    match display.rfind('/') {
        Some(i) => display[..i].to_string(),
        None => ".".to_string(),
    }
}

/// The hits of one check on one resource, and the unknown settings it looked at. A panic in
/// the check is caught and returned as an error.
#[allow(clippy::type_complexity)]
pub fn run_check(
    check: &Check,
    graph: &Graph,
    id: crate::graph::ResourceId,
) -> Option<(Vec<crate::check::Hit>, Vec<(Span, String)>)> {
    let ctx = Ctx::new(graph, id);
    match catch_unwind(AssertUnwindSafe(|| (check.run)(&ctx))) {
        Ok(()) => Some(ctx.into_parts()),
        Err(_) => None,
    }
}

/// True when the result has an internal error (a check that panicked): the exit code is 2.
pub fn has_internal_error(result: &ScanResult) -> bool {
    result
        .problems
        .iter()
        .any(|p| p.message.starts_with(INTERNAL_ERROR))
}

const INTERNAL_ERROR: &str = "internal error";

/// Runs every applicable check on every managed resource of a graph. A check that panics is
/// reported as an internal error and the others still run.
pub fn run_checks(graph: &Graph, settings: &Settings) -> (Vec<Finding>, Vec<Problem>) {
    run_checks_bounded(graph, settings, usize::MAX, &|_| {})
}

/// [`run_checks`], calling `compact` on the findings whenever they reach `limit`.
fn run_checks_bounded(
    graph: &Graph,
    settings: &Settings,
    limit: usize,
    compact: &(dyn Fn(&mut Vec<Finding>) + Sync),
) -> (Vec<Finding>, Vec<Problem>) {
    graph.freeze();
    let strict_unknowns = settings.strict_unknowns;
    let rules = &settings.rules;
    let mut base_hits: std::collections::HashSet<(&str, &str, Span)> = Default::default();
    // Only CloudFormation conditions make variants; without any, remembering every hit of a
    // huge stream is memory for nothing.
    let variants = graph.resources.iter().any(|r| r.variant.is_some());
    let index = registry::by_kind();
    let mut findings = Vec::new();
    let mut problems = Vec::new();
    for (id, r) in graph.iter() {
        if findings.len() >= limit {
            compact(&mut findings);
        }
        if r.mode == Mode::Data {
            continue;
        }
        let Some(checks) = index.get(r.kind.as_str()) else {
            continue;
        };
        if !rules.framework_enabled(r.framework) {
            continue;
        }
        for check in checks {
            if !rules.enabled(check) || !check.frameworks.contains(&r.framework) {
                continue;
            }
            let severity = rules.severity_of(check);
            match run_check(check, graph, id) {
                Some((hits, unknowns)) => {
                    if hits.is_empty()
                        && strict_unknowns
                        && let Some((span, key)) = unknowns.first()
                    {
                        findings.push(Finding {
                            check,
                            severity,
                            span: *span,
                            message: format!(
                                "unresolved: `{key}` cannot be known statically, and {} depends on it",
                                check.name
                            ),
                            resource: r.address.clone(),
                            framework: r.framework,
                            related: Vec::new(),
                            unresolved: true,
                            resource_span: r.span,
                            resource_block: r.body.span,
                            call_chain: r.call_chain.clone(),
                            suppressed: None,
                        });
                    }
                    let skipped = crate::suppress::resource_skip(check, r);
                    for mut hit in hits {
                        // A variant's finding that the resource itself has adds nothing.
                        if let Some(v) = &r.variant {
                            if base_hits.contains(&(check.id, r.address.as_str(), hit.span)) {
                                continue;
                            }
                            hit.message = format!("{} ({v})", hit.message);
                        } else if variants {
                            base_hits.insert((check.id, r.address.as_str(), hit.span));
                        }
                        for (used, origin, msg) in &r.origins {
                            let inside = used.file == hit.span.file
                                && used.start <= hit.span.start
                                && hit.span.end <= used.end;
                            if inside && !hit.related.iter().any(|(s, _)| s == origin) {
                                hit.related.push((*origin, msg.clone()));
                            }
                        }
                        // Inside a module: where the root module calls it, since a module is
                        // usually configured (or left insecure) by its caller.
                        if let Some(call) = r.call_chain.first() {
                            let module = r
                                .module_path
                                .split(".module.")
                                .next()
                                .unwrap_or(&r.module_path);
                            hit.related
                                .push((*call, format!("{module} is called here")));
                        }
                        findings.push(Finding {
                            check,
                            severity,
                            span: hit.span,
                            message: hit.message,
                            resource: r.address.clone(),
                            framework: r.framework,
                            related: hit.related,
                            unresolved: false,
                            resource_span: r.span,
                            resource_block: r.body.span,
                            call_chain: r.call_chain.clone(),
                            suppressed: skipped.clone(),
                        });
                    }
                }
                None => problems.push(Problem::error(
                    r.span,
                    format!(
                        "{INTERNAL_ERROR}: check {} failed on {}",
                        check.id, r.address
                    ),
                )),
            }
        }
    }
    (findings, problems)
}

/// Keeps the first `keep` findings in report order (in no particular order), in linear time.
fn keep_first(f: &mut Vec<Finding>, keep: usize, sources: &SourceMap) {
    if f.len() > keep {
        f.select_nth_unstable_by(keep, |a, b| report_order(a, b, sources));
        f.truncate(keep);
    }
}

fn report_order(a: &Finding, b: &Finding, sources: &SourceMap) -> std::cmp::Ordering {
    let fa = &sources.get(a.span.file).display;
    let fb = &sources.get(b.span.file).display;
    (fa, a.span.start, a.check.id, &a.resource).cmp(&(fb, b.span.start, b.check.id, &b.resource))
}

fn sort_findings(findings: &mut Vec<Finding>, sources: &SourceMap) {
    findings.sort_by(|a, b| report_order(a, b, sources));
    findings.dedup_by(|a, b| {
        a.span == b.span
            && a.check.id == b.check.id
            && a.resource == b.resource
            && a.message == b.message
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Node, NodeValue, Resource};

    fn boom(_: &Ctx) {
        panic!("a bug in a check");
    }

    static PANICS: Check = Check {
        id: "TEST-PANIC-001",
        name: "panics",
        title: "panics",
        severity: Severity::Low,
        description: "",
        remediation: "",
        compliance: &[],
        checkov: &[],
        trivy: &[],
        references: &[],
        resource_kinds: &["x"],
        frameworks: &[Framework::Terraform],
        run: boom,
    };

    #[test]
    fn findings_dropped_while_checks_run_are_those_beyond_the_first() {
        let text: String = (0..40)
            .map(|i| {
                format!(
                    "resource \"aws_ebs_volume\" \"v{i}\" {{\n  availability_zone = \"a\"\n  size = 1\n  encrypted = false\n}}\n"
                )
            })
            .collect();
        let input = Input {
            path: PathBuf::from("m/main.tf"),
            display: "m/main.tf".into(),
            kind: FileKind::TerraformHcl,
            text: Some(text),
            context: false,
        };
        let lowered = lower_inputs(vec![input], None);
        let graph = &lowered.units[0].1;
        let settings = Settings::default();
        let (mut all, _) = run_checks(graph, &settings);
        assert!(all.len() >= 40, "{}", all.len());
        sort_findings(&mut all, &lowered.sources);
        let compact = |f: &mut Vec<Finding>| keep_first(f, 7, &lowered.sources);
        let (mut bounded, _) = run_checks_bounded(graph, &settings, 10, &compact);
        assert!(bounded.len() < all.len());
        sort_findings(&mut bounded, &lowered.sources);
        let key = |f: &Finding| (f.span, f.check.id, f.resource.clone());
        assert_eq!(
            bounded.iter().take(7).map(key).collect::<Vec<_>>(),
            all.iter().take(7).map(key).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_panicking_check_is_contained() {
        let mut g = Graph::default();
        let id = g.add(Resource {
            framework: Framework::Terraform,
            mode: Mode::Managed,
            kind: "x".into(),
            name: "y".into(),
            address: "x.y".into(),
            module_path: String::new(),
            unit: ".".into(),
            file: crate::source::FileId(0),
            span: Span::default(),
            body: Node {
                value: NodeValue::Map(Vec::new()),
                span: Span::default(),
            },
            origins: Vec::new(),
            call_chain: Vec::new(),
            partials: Vec::new(),
            variant: None,
            skips: Vec::new(),
        });
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let outcome = run_check(&PANICS, &g, id);
        std::panic::set_hook(hook);
        assert!(outcome.is_none());
    }
}
