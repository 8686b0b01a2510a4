//! `textDocument/diagnostic` (pull diagnostics, LSP 3.17): the same diagnostics a push would
//! publish. A pull for a document whose module is being linted waits for that lint job; the
//! answer is sent when the job's result is published (`Server::answer_pulls`).

use lsp_server::RequestId;
use lsp_types::{
    Diagnostic, DocumentDiagnosticParams, DocumentDiagnosticReport, DocumentDiagnosticReportResult,
    FullDocumentDiagnosticReport, RelatedFullDocumentDiagnosticReport,
    RelatedUnchangedDocumentDiagnosticReport, UnchangedDocumentDiagnosticReport,
};

use super::Reply;
use crate::lsp::server::Server;

pub(in crate::lsp) fn handle(server: &mut Server, id: RequestId, p: DocumentDiagnosticParams) {
    server.pull(id, p.text_document.uri, p.previous_result_id);
}

/// The report for a document: unchanged when the client already has `result_id`.
pub(in crate::lsp) fn report(
    diagnostics: Vec<Diagnostic>,
    result_id: Option<String>,
    previous: Option<&str>,
) -> Reply {
    let report = match (&result_id, previous) {
        (Some(current), Some(previous)) if current == previous => {
            DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                related_documents: None,
                unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                    result_id: current.clone(),
                },
            })
        }
        _ => DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
            related_documents: None,
            full_document_diagnostic_report: FullDocumentDiagnosticReport {
                result_id,
                items: diagnostics,
            },
        }),
    };
    super::ok(DocumentDiagnosticReportResult::Report(report))
}
