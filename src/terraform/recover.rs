//! Error recovery for native HCL: which parts of a file that `hcl-edit` rejects can still be
//! read. `tree-sitter-hcl` parses the whole file with error recovery; every top-level block or
//! attribute whose subtree has no error is a fragment, and so is every piece of an erroneous
//! top-level region that starts on a line beginning with a top-level keyword (a block that
//! tree-sitter absorbed into an unterminated one before it). The caller parses each fragment
//! with `hcl-edit` on its own and keeps those that parse.

use std::cell::RefCell;
use std::ops::Range;

/// Files larger than this are not recovered (the parse error alone is reported).
pub const MAX_RECOVERY_BYTES: usize = 8 * 1024 * 1024;

/// Keywords that open a top-level Terraform block.
const TOP_LEVEL: &[&str] = &[
    "resource",
    "data",
    "module",
    "variable",
    "output",
    "locals",
    "provider",
    "terraform",
    "moved",
    "import",
    "check",
    "removed",
    "ephemeral",
];

thread_local! {
    static PARSER: RefCell<Option<tree_sitter::Parser>> = const { RefCell::new(None) };
}

/// Parses `text` with tree-sitter (reusing `old` as the previous tree, already edited, when
/// given). `None` when the grammar cannot be loaded or the text is too large.
pub fn parse_tree(text: &str, old: Option<&tree_sitter::Tree>) -> Option<tree_sitter::Tree> {
    if text.len() > MAX_RECOVERY_BYTES {
        return None;
    }
    PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let mut p = tree_sitter::Parser::new();
            p.set_language(&tree_sitter_hcl::LANGUAGE.into()).ok()?;
            *slot = Some(p);
        }
        let parser = slot.as_mut()?;
        let tree = parser.parse(text, old);
        if tree.is_none() {
            // A cancelled or failed parse leaves the parser mid-way: start afresh next time.
            parser.reset();
        }
        tree
    })
}

/// Supplies up-to-date tree-sitter trees of files whose text a caller keeps (the language
/// server reparses open documents incrementally). A tree is returned only for exactly `text`.
pub trait TreeSource: Send + Sync {
    fn tree(&self, path: &std::path::Path, text: &str) -> Option<tree_sitter::Tree>;
}

/// A shared [`TreeSource`] in the scan settings.
#[derive(Clone)]
pub struct Trees(pub std::sync::Arc<dyn TreeSource>);

impl std::fmt::Debug for Trees {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Trees")
    }
}

/// The byte ranges of `text` worth parsing on their own, in order and disjoint.
pub fn fragments(text: &str) -> Vec<Range<usize>> {
    match parse_tree(text, None) {
        Some(tree) => fragments_of(text, &tree),
        None => Vec::new(),
    }
}

/// The fragments of `text` given its tree-sitter tree.
pub fn fragments_of(text: &str, tree: &tree_sitter::Tree) -> Vec<Range<usize>> {
    let root = tree.root_node();
    let mut out = Vec::new();
    if root.kind() != "config_file" {
        // The whole file is one error node (its children are loose tokens).
        let range = clamp(text, root.start_byte()..root.end_byte());
        if !range.is_empty() {
            split_region(text, range, &mut out);
        }
        return out;
    }
    let mut top = Vec::new();
    let mut cursor = root.walk();
    for child in root.children(&mut cursor) {
        if child.kind() == "body" {
            let mut c = child.walk();
            top.extend(child.children(&mut c));
        } else {
            top.push(child);
        }
    }
    for node in top {
        if node.kind() == "comment" {
            continue;
        }
        let range = clamp(text, node.start_byte()..node.end_byte());
        if range.is_empty() {
            continue;
        }
        if !node.has_error() {
            out.push(range);
        } else {
            split_region(text, range, &mut out);
        }
    }
    out
}

/// Splits an erroneous region at every line that starts (in column one) like a top-level
/// block or attribute, after the region's first line.
fn split_region(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = range.start;
    let bytes = text.as_bytes();
    let mut i = range.start;
    while i < range.end {
        // The next line start inside the region.
        let Some(nl) = bytes[i..range.end].iter().position(|b| *b == b'\n') else {
            break;
        };
        i += nl + 1;
        if i < range.end && starts_top_level(&text[i..range.end]) {
            out.push(start..i);
            start = i;
        }
    }
    out.push(start..range.end);
}

/// Whether a line starts a top-level block (`resource "x" "y" {`) or attribute (`name =`).
fn starts_top_level(line: &str) -> bool {
    let word_len = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len());
    let word = &line[..word_len];
    if word.is_empty() || !word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return false;
    }
    let rest = line[word_len..].trim_start_matches([' ', '\t']);
    if TOP_LEVEL.contains(&word) && (rest.starts_with('"') || rest.starts_with('{')) {
        return true;
    }
    rest.starts_with('=') && !rest.starts_with("==")
}

fn clamp(text: &str, r: Range<usize>) -> Range<usize> {
    let end = r.end.min(text.len());
    let start = r.start.min(end);
    if text.is_char_boundary(start) && text.is_char_boundary(end) {
        start..end
    } else {
        0..0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        fragments(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn stray_braces() {
        let text = "}}}\nresource \"c\" \"d\" {\n  y = 2\n}\n";
        assert_eq!(
            texts(text),
            vec!["}", "}}\n", "resource \"c\" \"d\" {\n  y = 2\n}"]
        );
    }

    #[test]
    fn block_absorbed_by_an_unterminated_one() {
        let text = "a \"x\" {\n  v = 1\n}\nresource \"s\" \"x\" {\n  acl = \n\nresource \"e\" \"b\" {\n  k = false\n}\n";
        assert_eq!(
            texts(text),
            vec![
                "a \"x\" {\n  v = 1\n}",
                "resource \"s\" \"x\" {\n  acl = \n\n",
                "resource \"e\" \"b\" {\n  k = false\n}\n",
            ]
        );
    }

    #[test]
    fn attributes_of_a_var_file() {
        let text = "a = 1\nb = \nc = \"x\"\n";
        assert_eq!(texts(text), vec!["a = 1", "b = \n", "c = \"x\""]);
    }

    #[test]
    fn nested_lines_are_not_split_points() {
        let text = "resource \"s\" \"x\" {\n  resource \"y\" {\n  acl = \n}\n";
        assert_eq!(texts(text).len(), 1);
        assert!(!starts_top_level("resources \"x\""));
        assert!(!starts_top_level("a == b"));
        assert!(starts_top_level("region = \"x\""));
        assert!(starts_top_level("data \"x\" \"y\" {"));
        assert!(starts_top_level("locals {"));
        assert!(!starts_top_level("9a = 1"));
    }
}
