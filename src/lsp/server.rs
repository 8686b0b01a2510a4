//! The main loop: it owns every piece of state (documents, settings, what was published) and
//! handles one message at a time; lint jobs run on a worker pool and come back as
//! [`Outcome`]s, which are published only when nothing changed in their module meanwhile.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{MessageType, PublishDiagnosticsParams, Uri};
use serde_json::Value;

use super::documents::{Documents, ModuleKey};
use super::handlers;
use super::lint::{self, FileDiagnostics, Job, OpenFile, Outcome, ScanFn};
use super::position::Encoding;
use super::settings::ClientSettings;

/// What the server does with the responses to its own requests.
pub(super) enum Pending {
    Configuration,
    Registration,
    /// `workspace/diagnostic/refresh`: nothing to do with the answer.
    Refresh,
}

/// What the client can do, as far as the server cares.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct ClientCaps {
    pub document_changes: bool,
    pub configuration: bool,
    pub watch_files: bool,
    /// The client pulls diagnostics (`textDocument/diagnostic`): no push then.
    pub pull_diagnostics: bool,
    /// The client re-pulls on `workspace/diagnostic/refresh`.
    pub diagnostic_refresh: bool,
}

#[derive(Debug, Default)]
struct ModuleState {
    /// Bumped on every change that affects the module; results of older ones are dropped.
    generation: u64,
    running: bool,
    dirty: bool,
    /// Directories the last job read (the module and the modules it calls).
    dirs: Vec<PathBuf>,
}

pub(super) struct Server {
    sender: Sender<Message>,
    pub encoding: Encoding,
    pub caps: ClientCaps,
    pub docs: Documents,
    pub client: ClientSettings,
    env: Vec<(String, String)>,
    pub workspaces: Vec<PathBuf>,
    modules: HashMap<ModuleKey, ModuleState>,
    /// The last diagnostics published for each open document, by URI.
    pub published: HashMap<String, FileDiagnostics>,
    generation: u64,
    jobs: Option<Sender<Job>>,
    pending: lsp_server::ReqQueue<(), Pending>,
    shutdown: bool,
    last_config_error: Option<String>,
    /// `$/logTrace` is sent (lint timings) unless this is off.
    pub trace: lsp_types::TraceValue,
    /// Pull requests waiting for their document's lint job, by URI (with the client's
    /// previous result id).
    pulls: HashMap<String, Vec<(RequestId, Option<String>)>>,
    /// The result id of each document's published diagnostics (kept while they do not change).
    result_ids: HashMap<String, String>,
    results: u64,
}

/// What the main loop does next.
pub(super) enum Flow {
    Continue,
    Exit(i32),
}

impl Server {
    pub fn new(
        sender: Sender<Message>,
        encoding: Encoding,
        caps: ClientCaps,
        client: ClientSettings,
        workspaces: Vec<PathBuf>,
        jobs: Sender<Job>,
    ) -> Server {
        let mut env: Vec<(String, String)> = std::env::vars()
            .filter_map(|(k, v)| k.strip_prefix("TF_VAR_").map(|n| (n.to_string(), v)))
            .collect();
        env.sort();
        Server {
            sender,
            encoding,
            caps,
            docs: Documents::default(),
            client,
            env,
            workspaces,
            modules: HashMap::new(),
            published: HashMap::new(),
            generation: 0,
            jobs: Some(jobs),
            pending: Default::default(),
            shutdown: false,
            last_config_error: None,
            trace: lsp_types::TraceValue::Off,
            pulls: HashMap::new(),
            result_ids: HashMap::new(),
            results: 0,
        }
    }

    /// Runs until `exit` (or the connection closes); returns the process exit code.
    pub fn main_loop(&mut self, receiver: &Receiver<Message>, outcomes: &Receiver<Outcome>) -> i32 {
        loop {
            crossbeam_channel::select! {
                recv(receiver) -> msg => match msg {
                    Ok(msg) => {
                        if let Flow::Exit(code) = self.handle(msg) {
                            return code;
                        }
                    }
                    // The client went away without `exit`.
                    Err(_) => return 1,
                },
                recv(outcomes) -> out => {
                    if let Ok(out) = out {
                        self.finished(out);
                    }
                }
            }
        }
    }

    fn handle(&mut self, msg: Message) -> Flow {
        match msg {
            Message::Request(req) => self.request(req),
            Message::Notification(n) => return self.notification(n),
            Message::Response(resp) => self.response(resp),
        }
        Flow::Continue
    }

    // ---- sending ------------------------------------------------------------------------

    pub fn send(&self, msg: impl Into<Message>) {
        let _ = self.sender.send(msg.into());
    }

    pub fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params));
    }

    pub fn request_client<R: lsp_types::request::Request>(
        &mut self,
        params: R::Params,
        what: Pending,
    ) {
        let req = self
            .pending
            .outgoing
            .register(R::METHOD.to_string(), params, what);
        self.send(req);
    }

    pub fn log(&self, typ: MessageType, message: impl Into<String>) {
        self.notify::<lsp_types::notification::LogMessage>(lsp_types::LogMessageParams {
            typ,
            message: message.into(),
        });
    }

    pub fn show(&self, typ: MessageType, message: impl Into<String>) {
        self.notify::<lsp_types::notification::ShowMessage>(lsp_types::ShowMessageParams {
            typ,
            message: message.into(),
        });
    }

    fn respond(&self, id: RequestId, result: Result<Value, (ErrorCode, String)>) {
        let resp = match result {
            Ok(v) => Response::new_ok(id, v),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        };
        self.send(resp);
    }

    // ---- dispatch -----------------------------------------------------------------------

    fn request(&mut self, req: Request) {
        use lsp_types::request::{
            CodeActionRequest, DocumentDiagnosticRequest, ExecuteCommand, HoverRequest, Initialize,
            Shutdown,
        };
        if self.shutdown {
            self.respond(
                req.id,
                Err((
                    ErrorCode::InvalidRequest,
                    "the server is shutting down".into(),
                )),
            );
            return;
        }
        let id = req.id.clone();
        if req.method == DocumentDiagnosticRequest::METHOD {
            // Answered now or when the document's lint job is done.
            match params(req) {
                Ok(p) => handlers::diagnostic::handle(self, id, p),
                Err(e) => self.respond(id, Err(e)),
            }
            return;
        }
        let result = match req.method.as_str() {
            Shutdown::METHOD => {
                self.shutdown = true;
                Ok(Value::Null)
            }
            Initialize::METHOD => Err((ErrorCode::InvalidRequest, "already initialized".into())),
            HoverRequest::METHOD => params(req).and_then(|p| handlers::hover::handle(self, p)),
            CodeActionRequest::METHOD => {
                params(req).and_then(|p| handlers::code_action::handle(self, p))
            }
            ExecuteCommand::METHOD => {
                params(req).and_then(|p| handlers::execute_command::handle(self, p))
            }
            m => Err((ErrorCode::MethodNotFound, format!("unhandled method {m}"))),
        };
        self.respond(id, result);
    }

    fn notification(&mut self, n: Notification) -> Flow {
        use lsp_types::notification::{
            DidChangeConfiguration, DidChangeTextDocument, DidChangeWatchedFiles,
            DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Exit, Initialized,
            SetTrace,
        };
        let method = n.method.clone();
        let outcome = match method.as_str() {
            Exit::METHOD => return Flow::Exit(if self.shutdown { 0 } else { 1 }),
            Initialized::METHOD => {
                handlers::initialize::initialized(self);
                Ok(())
            }
            DidOpenTextDocument::METHOD => notif(n).map(|p| handlers::did_open::handle(self, p)),
            DidChangeTextDocument::METHOD => {
                notif(n).map(|p| handlers::did_change::handle(self, p))
            }
            DidSaveTextDocument::METHOD => notif(n).map(|p| handlers::did_save::handle(self, p)),
            DidCloseTextDocument::METHOD => notif(n).map(|p| handlers::did_close::handle(self, p)),
            DidChangeConfiguration::METHOD => {
                notif(n).map(|p| handlers::did_change_configuration::handle(self, p))
            }
            DidChangeWatchedFiles::METHOD => {
                notif(n).map(|p| handlers::did_change_watched_files::handle(self, p))
            }
            SetTrace::METHOD => notif::<lsp_types::SetTraceParams>(n).map(|p| self.trace = p.value),
            // `$/cancelRequest` and anything else: nothing to do.
            _ => Ok(()),
        };
        if let Err(e) = outcome {
            self.log(
                MessageType::WARNING,
                format!("posture: ignored {method}: {e}"),
            );
        }
        Flow::Continue
    }

    fn response(&mut self, resp: Response) {
        match self.pending.outgoing.complete(resp.id.clone()) {
            Some(Pending::Configuration) => {
                handlers::did_change_configuration::configuration_response(self, resp)
            }
            Some(Pending::Refresh) => {}
            Some(Pending::Registration) => {
                if let Err(e) = resp.response_result {
                    self.log(
                        MessageType::WARNING,
                        format!("posture: file watching not registered: {}", e.message),
                    );
                }
            }
            None => {}
        }
    }

    // ---- linting ------------------------------------------------------------------------

    /// The workspace folder a path is in (the deepest one).
    pub fn workspace_of(&self, path: &Path) -> Option<PathBuf> {
        self.workspaces
            .iter()
            .filter(|w| path.starts_with(w))
            .max_by_key(|w| w.as_os_str().len())
            .cloned()
    }

    /// Marks a module changed and lints it (again).
    pub fn touch(&mut self, key: &ModuleKey) {
        self.generation += 1;
        let generation = self.generation;
        let state = self.modules.entry(key.clone()).or_default();
        state.generation = generation;
        if state.running {
            state.dirty = true;
        } else {
            self.start(key);
        }
    }

    /// Marks changed the module of a directory and every module that reads it (callers of a
    /// local module).
    pub fn touch_dir(&mut self, dir: &Path) {
        let mut keys: Vec<ModuleKey> = self
            .modules
            .iter()
            .filter(|(k, s)| {
                *k == &ModuleKey::Dir(dir.to_path_buf()) || s.dirs.iter().any(|d| d == dir)
            })
            .map(|(k, _)| k.clone())
            .collect();
        let own = ModuleKey::Dir(dir.to_path_buf());
        if !keys.contains(&own) && !self.docs.in_module(&own).is_empty() {
            keys.push(own);
        }
        keys.sort();
        for k in keys {
            self.touch(&k);
        }
    }

    /// Re-lints every module with an open document.
    pub fn touch_all(&mut self) {
        for k in self.docs.modules() {
            self.touch(&k);
        }
    }

    fn start(&mut self, key: &ModuleKey) {
        let docs: Vec<OpenFile> = {
            let uris: Vec<Uri> = self
                .docs
                .in_module(key)
                .iter()
                .map(|d| d.uri.clone())
                .collect();
            uris.iter()
                .filter_map(|u| {
                    let d = self.docs.get_mut(u)?;
                    Some(OpenFile {
                        uri: d.uri.clone(),
                        path: d.path.clone(),
                        kind: d.kind?,
                        version: d.version,
                        text: d.snapshot(),
                        syntax: d.syntax.clone(),
                    })
                })
                .collect()
        };
        if docs.is_empty() {
            self.modules.remove(key);
            return;
        }
        let buffers = self
            .docs
            .iter_mut()
            .filter(|d| d.module().as_ref() != Some(key))
            .filter_map(|d| Some((d.path.clone()?, d.snapshot())))
            .collect();
        let workspace = match key {
            ModuleKey::Dir(d) => self.workspace_of(d),
            ModuleKey::Alone(_) => docs[0].path.as_deref().and_then(|p| self.workspace_of(p)),
        };
        let state = self.modules.entry(key.clone()).or_default();
        state.running = true;
        state.dirty = false;
        let job = Job {
            key: key.clone(),
            generation: state.generation,
            docs,
            buffers,
            workspace,
            client: self.client.clone(),
            env: self.env.clone(),
            encoding: self.encoding,
        };
        if let Some(jobs) = &self.jobs
            && jobs.send(job).is_err()
        {
            self.jobs = None;
            self.log(MessageType::ERROR, "posture: the lint workers are gone");
        }
    }

    /// A job finished: publish its diagnostics unless its module changed since it started.
    fn finished(&mut self, out: Outcome) {
        let Some(state) = self.modules.get_mut(&out.key) else {
            return;
        };
        state.running = false;
        let current = state.generation == out.generation;
        let again = state.dirty;
        match out.result {
            Err(panic) => self.log(
                MessageType::ERROR,
                format!(
                    "posture: internal error while linting {}: {panic}",
                    describe(&out.key)
                ),
            ),
            Ok(linted) if current => {
                state.dirs = linted.dirs;
                if self.trace != lsp_types::TraceValue::Off {
                    self.notify::<lsp_types::notification::LogTrace>(lsp_types::LogTraceParams {
                        message: format!(
                            "linted {} ({} open documents) in {:.1} ms",
                            describe(&out.key),
                            linted.files.len(),
                            linted.elapsed.as_secs_f64() * 1000.0
                        ),
                        verbose: None,
                    });
                }
                if linted.config_error != self.last_config_error {
                    if let Some(e) = &linted.config_error {
                        self.show(
                            MessageType::WARNING,
                            format!("posture: invalid configuration, using defaults: {e}"),
                        );
                    }
                    self.last_config_error = linted.config_error.clone();
                }
                let mut refresh = false;
                for fd in linted.files {
                    let Some(doc) = self.docs.get(&fd.uri) else {
                        continue;
                    };
                    if doc.version != fd.version {
                        continue;
                    }
                    let key = fd.uri.as_str().to_string();
                    let before = self.published.get(&key).map(|old| &old.diagnostics);
                    if before != Some(&fd.diagnostics) || !self.result_ids.contains_key(&key) {
                        // A document whose diagnostics changed without being asked for
                        // (a sibling's edit): the client has to pull again. (A document
                        // just opened is pulled by the client anyway.)
                        refresh |= before.is_some() && !self.pulls.contains_key(&key);
                        self.results += 1;
                        self.result_ids
                            .insert(key.clone(), self.results.to_string());
                    }
                    if !self.caps.pull_diagnostics {
                        self.notify::<lsp_types::notification::PublishDiagnostics>(
                            PublishDiagnosticsParams {
                                uri: fd.uri.clone(),
                                diagnostics: fd.diagnostics.clone(),
                                version: Some(fd.version),
                            },
                        );
                    }
                    self.published.insert(key, fd);
                }
                if refresh && self.caps.pull_diagnostics && self.caps.diagnostic_refresh {
                    self.request_client::<lsp_types::request::WorkspaceDiagnosticRefresh>(
                        (),
                        Pending::Refresh,
                    );
                }
            }
            // Stale: a newer job is (or is about to be) on its way.
            Ok(_) => {}
        }
        if again {
            if let Some(s) = self.modules.get_mut(&out.key) {
                s.dirty = false;
            }
            self.start(&out.key);
        }
        self.answer_pulls();
    }

    /// A pull for a document's diagnostics: answered now if its module is not being linted,
    /// else when the lint job is done.
    pub fn pull(&mut self, id: RequestId, uri: Uri, previous: Option<String>) {
        self.pulls
            .entry(uri.as_str().to_string())
            .or_default()
            .push((id, previous));
        self.answer_pulls();
    }

    /// Whether no lint job is running or due for the module of a document (a document that
    /// is not open, or not linted, is settled).
    fn settled(&self, uri: &str) -> bool {
        let Ok(parsed) = uri.parse::<Uri>() else {
            return true;
        };
        let Some(key) = self.docs.get(&parsed).and_then(|d| d.module()) else {
            return true;
        };
        self.modules
            .get(&key)
            .is_none_or(|s| !s.running && !s.dirty)
    }

    /// Answers the pulls whose documents are settled, with the published diagnostics.
    fn answer_pulls(&mut self) {
        let ready: Vec<String> = self
            .pulls
            .keys()
            .filter(|u| self.settled(u))
            .cloned()
            .collect();
        for uri in ready {
            let Some(waiting) = self.pulls.remove(&uri) else {
                continue;
            };
            let open = uri
                .parse::<Uri>()
                .ok()
                .is_some_and(|u| self.docs.get(&u).is_some());
            let diagnostics = match self.published.get(&uri) {
                Some(fd) if open => fd.diagnostics.clone(),
                _ => Vec::new(),
            };
            let result_id = if open {
                self.result_ids.get(&uri).cloned()
            } else {
                None
            };
            for (id, previous) in waiting {
                let reply = handlers::diagnostic::report(
                    diagnostics.clone(),
                    result_id.clone(),
                    previous.as_deref(),
                );
                self.respond(id, reply);
            }
        }
    }

    /// Clears a closed document's diagnostics.
    pub fn clear(&mut self, uri: &Uri) {
        self.published.remove(uri.as_str());
        self.result_ids.remove(uri.as_str());
        self.answer_pulls();
        if self.caps.pull_diagnostics {
            // The client forgets pulled diagnostics of a closed document itself.
            return;
        }
        self.notify::<lsp_types::notification::PublishDiagnostics>(PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics: Vec::new(),
            version: None,
        });
    }

    /// Stops accepting work; workers finish their current job and end.
    pub fn stop_workers(&mut self) {
        self.jobs = None;
    }
}

fn describe(key: &ModuleKey) -> String {
    match key {
        ModuleKey::Dir(d) => d.display().to_string(),
        ModuleKey::Alone(u) => u.clone(),
    }
}

fn params<P: serde::de::DeserializeOwned>(req: Request) -> Result<P, (ErrorCode, String)> {
    serde_json::from_value(req.params)
        .map_err(|e| (ErrorCode::InvalidParams, format!("invalid params: {e}")))
}

fn notif<P: serde::de::DeserializeOwned>(n: Notification) -> Result<P, String> {
    serde_json::from_value(n.params).map_err(|e| format!("invalid params: {e}"))
}

/// Starts `n` lint workers; each runs jobs until the job channel closes.
pub(super) fn workers(n: usize, scan: ScanFn) -> (Sender<Job>, Receiver<Outcome>) {
    let (job_tx, job_rx) = crossbeam_channel::unbounded::<Job>();
    let (out_tx, out_rx) = crossbeam_channel::unbounded::<Outcome>();
    for i in 0..n.max(1) {
        let rx = job_rx.clone();
        let tx = out_tx.clone();
        let scan = scan.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("posture-lint-{i}"))
            .spawn(move || {
                for job in rx {
                    if tx.send(lint::run(job, &scan)).is_err() {
                        break;
                    }
                }
            });
        if let Err(e) = spawned {
            eprintln!("posture: cannot start a lint worker: {e}");
        }
    }
    (job_tx, out_rx)
}
