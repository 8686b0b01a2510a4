//! `workspace/didChangeConfiguration`: new client settings, pushed in the notification or
//! (when it carries none) pulled with `workspace/configuration`. Every open module is linted
//! again.

use lsp_server::Response;
use lsp_types::request::WorkspaceConfiguration;
use lsp_types::{
    ConfigurationItem, ConfigurationParams, DidChangeConfigurationParams, MessageType,
};

use crate::lsp::server::{Pending, Server};
use crate::lsp::settings::ClientSettings;

pub(in crate::lsp) fn handle(server: &mut Server, p: DidChangeConfigurationParams) {
    match ClientSettings::from_json(&p.settings) {
        Some(s) => apply(server, s),
        None => pull(server),
    }
}

/// Asks the client for the `posture` section, if it can answer.
pub(in crate::lsp) fn pull(server: &mut Server) {
    if server.caps.configuration {
        server.request_client::<WorkspaceConfiguration>(
            ConfigurationParams {
                items: vec![ConfigurationItem {
                    scope_uri: None,
                    section: Some("posture".to_string()),
                }],
            },
            Pending::Configuration,
        );
    }
}

pub(in crate::lsp) fn configuration_response(server: &mut Server, resp: Response) {
    let section = resp
        .response_result
        .as_ref()
        .ok()
        .and_then(|r| r.as_array())
        .and_then(|a| a.first())
        .cloned()
        .unwrap_or_default();
    let settings = match &section {
        serde_json::Value::Object(_) => ClientSettings::from_json(&serde_json::json!({
            "posture": section
        })),
        _ => None,
    };
    if let Some(s) = settings {
        apply(server, s);
    }
}

pub(in crate::lsp) fn apply(server: &mut Server, settings: ClientSettings) {
    warn_unknown(server, &settings);
    if settings != server.client {
        server.client = settings;
        server.touch_all();
    }
}

/// Logs the `select`/`ignore` entries that match no check.
pub(in crate::lsp) fn warn_unknown(server: &Server, settings: &ClientSettings) {
    let unknown = settings.unknown_ids();
    if !unknown.is_empty() {
        server.log(
            MessageType::WARNING,
            format!(
                "posture: no check matches {} (see `posture checks`)",
                unknown.join(", ")
            ),
        );
    }
}
