//! Code actions for published findings. Each [`FixProvider`] turns one flagged finding into
//! zero or more edits of its document; the code action handler collects them. Adding a quick
//! fix (say, one that sets an attribute) is adding a provider to [`providers`].

use lsp_types::{Position, Range, TextEdit};

use crate::discover::FileKind;

use super::lint::Flagged;

/// What a provider sees: one finding in one document.
pub struct FixContext<'a> {
    pub kind: FileKind,
    /// The document's line ending.
    pub eol: &'a str,
    pub flagged: &'a Flagged,
}

/// One proposed fix: edits of the finding's document.
pub struct Fix {
    pub title: String,
    pub edits: Vec<TextEdit>,
    pub preferred: bool,
}

pub trait FixProvider: Send + Sync {
    fn fixes(&self, ctx: &FixContext<'_>) -> Vec<Fix>;
}

/// Every provider, in the order their actions are offered.
pub fn providers() -> Vec<Box<dyn FixProvider>> {
    vec![Box::new(SetAttribute), Box::new(IgnoreForResource)]
}

/// The mechanical fix of a check that has one (`crate::fix`): set the attribute, keeping
/// formatting and comments; the same edits `posture scan --fix` applies.
pub struct SetAttribute;

impl FixProvider for SetAttribute {
    fn fixes(&self, ctx: &FixContext<'_>) -> Vec<Fix> {
        match &ctx.flagged.fix {
            Some((title, edits)) => vec![Fix {
                title: title.clone(),
                edits: edits.clone(),
                preferred: true,
            }],
            None => Vec::new(),
        }
    }
}

/// "Ignore ID for this resource": a `# posture:ignore ID <reason>` comment on a new line above
/// the resource block header, with the header's indentation. HCL only: JSON has no comments.
pub struct IgnoreForResource;

impl FixProvider for IgnoreForResource {
    fn fixes(&self, ctx: &FixContext<'_>) -> Vec<Fix> {
        if !matches!(ctx.kind, FileKind::TerraformHcl) {
            return Vec::new();
        }
        let Some((line, indent)) = &ctx.flagged.header else {
            return Vec::new();
        };
        let id = ctx.flagged.check.id;
        let at = Position {
            line: *line,
            character: 0,
        };
        vec![Fix {
            title: format!("Ignore {id} for this resource"),
            edits: vec![TextEdit {
                range: Range { start: at, end: at },
                new_text: format!("{indent}# posture:ignore {id} <reason>{}", ctx.eol),
            }],
            preferred: false,
        }]
    }
}
