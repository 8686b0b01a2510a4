//! `initialize` and `initialized`: negotiate the position encoding, read the client's
//! capabilities and settings, and announce what the server does.

use lsp_server::{Connection, RequestId, Response};
use lsp_types::request::RegisterCapability;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, DiagnosticOptions,
    DiagnosticServerCapabilities, DidChangeWatchedFilesRegistrationOptions, ExecuteCommandOptions,
    FileSystemWatcher, GlobPattern, HoverProviderCapability, InitializeParams, InitializeResult,
    Registration, RegistrationParams, SaveOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions,
};

use super::execute_command::EXPLAIN;
use crate::lsp::lint::Job;
use crate::lsp::position::Encoding;
use crate::lsp::server::{ClientCaps, Pending, Server};
use crate::lsp::settings::ClientSettings;

/// What the server announces; pull diagnostics only to clients that pull.
pub fn capabilities(encoding: Encoding, pull_diagnostics: bool) -> ServerCapabilities {
    ServerCapabilities {
        diagnostic_provider: pull_diagnostics.then(|| {
            DiagnosticServerCapabilities::Options(DiagnosticOptions {
                identifier: Some("posture".to_string()),
                // A Terraform module is evaluated as a whole: an edit changes its siblings.
                inter_file_dependencies: true,
                workspace_diagnostics: false,
                work_done_progress_options: Default::default(),
            })
        }),
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                // Incremental; whole-document changes (no range) are accepted too.
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                will_save: None,
                will_save_wait_until: None,
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            resolve_provider: None,
            work_done_progress_options: Default::default(),
        })),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![EXPLAIN.to_string()],
            work_done_progress_options: Default::default(),
        }),
        ..Default::default()
    }
}

pub(in crate::lsp) fn handle(
    connection: &Connection,
    id: RequestId,
    params: InitializeParams,
    refresh_support: bool,
    jobs: crossbeam_channel::Sender<Job>,
) -> Server {
    let caps = &params.capabilities;
    let encoding = Encoding::negotiate(
        caps.general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref()),
    );
    let ws = caps.workspace.as_ref();
    let client_caps = ClientCaps {
        document_changes: ws
            .and_then(|w| w.workspace_edit.as_ref())
            .and_then(|e| e.document_changes)
            .unwrap_or(false),
        configuration: ws.and_then(|w| w.configuration).unwrap_or(false),
        watch_files: ws
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false),
        pull_diagnostics: caps
            .text_document
            .as_ref()
            .is_some_and(|t| t.diagnostic.is_some()),
        diagnostic_refresh: refresh_support
            || ws
                .and_then(|w| w.diagnostic.as_ref())
                .and_then(|d| d.refresh_support)
                .unwrap_or(false),
    };
    let mut workspaces: Vec<_> = params
        .workspace_folders
        .iter()
        .flatten()
        .filter_map(|f| crate::lsp::uri::to_path(&f.uri))
        .collect();
    #[allow(deprecated)]
    if workspaces.is_empty()
        && let Some(root) = params.root_uri.as_ref().and_then(crate::lsp::uri::to_path)
    {
        workspaces.push(root);
    }
    let settings = params
        .initialization_options
        .as_ref()
        .and_then(ClientSettings::from_json)
        .unwrap_or_default();
    let result = InitializeResult {
        capabilities: capabilities(encoding, client_caps.pull_diagnostics),
        server_info: Some(ServerInfo {
            name: "posture".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    };
    let value = serde_json::to_value(result).unwrap_or_default();
    let _ = connection.sender.send(Response::new_ok(id, value).into());
    let mut server = Server::new(
        connection.sender.clone(),
        encoding,
        client_caps,
        settings.clone(),
        workspaces,
        jobs,
    );
    server.trace = params.trace.unwrap_or_default();
    super::did_change_configuration::warn_unknown(&server, &settings);
    server
}

/// `initialized`: watch Terraform files and `.posture.toml` on disk, and pull settings.
pub(in crate::lsp) fn initialized(server: &mut Server) {
    if server.caps.watch_files {
        let watchers = ["**/*.{tf,tf.json,tfvars,tfvars.json}", "**/.posture.toml"]
            .iter()
            .map(|g| FileSystemWatcher {
                glob_pattern: GlobPattern::String(g.to_string()),
                kind: None,
            })
            .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        server.request_client::<RegisterCapability>(
            RegistrationParams {
                registrations: vec![Registration {
                    id: "posture-watch".to_string(),
                    method: "workspace/didChangeWatchedFiles".to_string(),
                    register_options: serde_json::to_value(options).ok(),
                }],
            },
            Pending::Registration,
        );
    }
    super::did_change_configuration::pull(server);
}
