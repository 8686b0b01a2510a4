//! The language server's position conversion and incremental edits
//! (`posture::lsp::position`), and `file:` URI decoding (`posture::lsp::uri`): fast, and
//! checked against their documented contract (clamping, character boundaries, round trips).
#![no_main]

use std::str::FromStr;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use lsp_types::{Position, Range};
use posture::lsp::position::{Encoding, LineIndex, apply_change};

#[derive(Arbitrary, Debug)]
enum Op {
    /// Byte offset → position → offset.
    Position(usize),
    /// Position → offset → position → offset.
    Offset(u32, u32),
    /// A byte range → LSP range.
    Range(usize, usize),
    /// One `didChange` content change.
    Change(Option<((u32, u32), (u32, u32))>, String),
    /// A URI → path → URI.
    Uri(String),
}

#[derive(Arbitrary, Debug)]
struct Input {
    utf8: bool,
    text: String,
    ops: Vec<Op>,
}

fn pos((line, character): (u32, u32)) -> Position {
    Position { line, character }
}

/// An offset that names a position on its own: a character boundary that is not between the
/// `\r` and `\n` of a CRLF line ending.
fn addressable(text: &str, o: usize) -> bool {
    text.is_char_boundary(o)
        && !(o > 0 && text.as_bytes()[o - 1] == b'\r' && text.as_bytes().get(o) == Some(&b'\n'))
}

fuzz_target!(|input: Input| {
    posture_fuzz::init();
    let enc = if input.utf8 {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let mut text = input.text;
    for op in input.ops.into_iter().take(32) {
        let ix = LineIndex::new(&text);
        match op {
            Op::Position(o) => {
                let p = ix.position(&text, o, enc);
                let back = ix.offset(&text, p, enc);
                assert!(back <= text.len() && text.is_char_boundary(back));
                if o <= text.len() && addressable(&text, o) {
                    assert_eq!(back, o, "offset {o} -> {p:?} -> {back}");
                }
            }
            Op::Offset(l, c) => {
                let o = ix.offset(&text, pos((l, c)), enc);
                assert!(o <= text.len() && text.is_char_boundary(o), "offset {o}");
                let p = ix.position(&text, o, enc);
                assert_eq!(ix.offset(&text, p, enc), o, "({l},{c}) -> {o} -> {p:?}");
                assert!((p.line as usize) < ix.line_count());
            }
            Op::Range(a, b) => {
                let r = ix.range(&text, a, b, enc);
                assert!(r.start <= r.end, "{r:?}");
            }
            Op::Change(range, new_text) => {
                let range = range.map(|(a, b)| Range {
                    start: pos(a),
                    end: pos(b),
                });
                apply_change(&mut text, range, &new_text, enc);
                if text.len() > 1 << 16 {
                    return;
                }
            }
            Op::Uri(s) => {
                if let Ok(uri) = lsp_types::Uri::from_str(&s)
                    && let Some(path) = posture::lsp::uri::to_path(&uri)
                    && path.is_absolute()
                {
                    let back =
                        posture::lsp::uri::from_path(&path).expect("an absolute path has a URI");
                    assert_eq!(
                        posture::lsp::uri::to_path(&back).as_deref(),
                        Some(path.as_path())
                    );
                }
            }
        }
    }
});
