//! Tree-sitter trees of open native HCL documents, kept across edits for error recovery
//! (`terraform::recover`). The main loop applies each change to the document's tree as an
//! `InputEdit`; a lint job whose file does not parse reparses from that edited tree, which
//! costs time proportional to the edit rather than to the file, and keeps the result for the
//! next edit. A document that has never needed recovery has no tree.

use std::sync::{Arc, Mutex};

use tree_sitter::{InputEdit, Point, Tree};

use crate::terraform::recover::{self, TreeSource};

#[derive(Debug)]
pub struct Syntax {
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    /// The document version the tree (edited or fresh) corresponds to.
    version: i32,
    tree: Option<Tree>,
}

impl Syntax {
    pub fn new(version: i32) -> Arc<Syntax> {
        Arc::new(Syntax {
            state: Mutex::new(State {
                version,
                tree: None,
            }),
        })
    }

    /// The document changed to `version` through `edits` (`None`: the whole text was
    /// replaced, or no edits were worked out: the tree is dropped).
    pub fn edited(&self, version: i32, edits: Option<&[InputEdit]>) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        state.version = version;
        match (edits, state.tree.as_mut()) {
            (Some(edits), Some(tree)) => {
                for e in edits {
                    tree.edit(e);
                }
            }
            _ => state.tree = None,
        }
    }

    /// The tree of `text`, the document's text at `version`: reparsed from the edited tree
    /// (or from scratch the first time) and kept, unless the document changed meanwhile.
    pub fn tree_for(&self, version: i32, text: &str) -> Option<Tree> {
        let old = {
            let state = self.state.lock().ok()?;
            if state.version != version {
                return None;
            }
            state.tree.clone()
        };
        let tree = recover::parse_tree(text, old.as_ref())?;
        if let Ok(mut state) = self.state.lock()
            && state.version == version
        {
            state.tree = Some(tree.clone());
        }
        Some(tree)
    }

    /// Whether a tree is kept (edits need working out only then).
    pub fn has_tree(&self) -> bool {
        self.state.lock().map(|s| s.tree.is_some()).unwrap_or(false)
    }
}

/// The edit that replaced `removed` at byte `start` with `inserted_len` bytes, giving `after`.
pub fn input_edit(after: &str, start: usize, removed: &str, inserted_len: usize) -> InputEdit {
    let start_position = point(after, start);
    let rows = removed.bytes().filter(|b| *b == b'\n').count();
    let old_end_position = match removed.rfind('\n') {
        Some(i) => Point {
            row: start_position.row + rows,
            column: removed.len() - i - 1,
        },
        None => Point {
            row: start_position.row,
            column: start_position.column + removed.len(),
        },
    };
    InputEdit {
        start_byte: start,
        old_end_byte: start + removed.len(),
        new_end_byte: start + inserted_len,
        start_position,
        old_end_position,
        new_end_position: point(after, start + inserted_len),
    }
}

/// Row and byte column of an offset, as tree-sitter counts them (rows end at `\n`).
fn point(text: &str, offset: usize) -> Point {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let row = before.iter().filter(|b| **b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    Point {
        row,
        column: before.len() - line_start,
    }
}

/// The trees of a lint job's open documents, by path: a tree is given only for the exact
/// text the job snapshotted.
pub struct OpenTrees {
    pub docs: Vec<(std::path::PathBuf, i32, Arc<str>, Arc<Syntax>)>,
}

impl OpenTrees {
    /// The tree of an open document whose text is exactly `text`.
    pub fn tree_of_text(&self, text: &str) -> Option<Tree> {
        let (_, version, snapshot, syntax) = self.docs.iter().find(|(_, _, s, _)| **s == *text)?;
        syntax.tree_for(*version, snapshot)
    }
}

impl TreeSource for OpenTrees {
    fn tree(&self, path: &std::path::Path, text: &str) -> Option<Tree> {
        let (_, version, snapshot, syntax) = self
            .docs
            .iter()
            .find(|(p, _, s, _)| p == path && **s == *text)?;
        syntax.tree_for(*version, snapshot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applying edits to a kept tree and reparsing gives the tree of a fresh parse.
    #[test]
    fn incremental_matches_fresh() {
        let mut text = String::from(
            "resource \"a\" \"x\" {\n  acl = \n\nresource \"é\" \"y\" {\n  k = false\n}\n",
        );
        let syntax = Syntax::new(1);
        assert!(syntax.tree_for(1, &text).is_some());
        assert!(syntax.has_tree());
        let edits: [(&str, &str); 4] = [
            ("acl = ", "acl = \"private\"\n}"),
            ("k = false", "k = true\n  m = [\n    1,\n  ]"),
            ("é", "ü😀"),
            ("\n  m = [\n    1,\n  ]", ""),
        ];
        for (version, (from, to)) in (2..).zip(edits) {
            let start = text.find(from).expect("present");
            text.replace_range(start..start + from.len(), to);
            let edit = input_edit(&text, start, from, to.len());
            syntax.edited(version, Some(&[edit]));
            let tree = syntax.tree_for(version, &text).expect("tree");
            let fresh = recover::parse_tree(&text, None).expect("fresh");
            assert_eq!(
                tree.root_node().to_sexp(),
                fresh.root_node().to_sexp(),
                "{text}"
            );
            assert_eq!(
                recover::fragments_of(&text, &tree),
                recover::fragments_of(&text, &fresh)
            );
        }
        // A stale job (the document moved on) gets no tree and keeps none.
        syntax.edited(10, Some(&[]));
        assert!(syntax.tree_for(9, &text).is_none());
        syntax.edited(11, None);
        assert!(!syntax.has_tree());
    }

    #[test]
    fn points_count_bytes_and_rows() {
        let text = "ab\nçd\r\nx";
        assert_eq!(point(text, 0), Point { row: 0, column: 0 });
        assert_eq!(point(text, 5), Point { row: 1, column: 2 });
        assert_eq!(point(text, 8), Point { row: 2, column: 0 });
        let e = input_edit("ab\nZ", 3, "çd\r\nx", 1);
        assert_eq!(e.old_end_position, Point { row: 2, column: 1 });
        assert_eq!(e.new_end_position, Point { row: 1, column: 1 });
    }
}
