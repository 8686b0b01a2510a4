//! Byte offsets ↔ LSP positions, in the position encoding negotiated with the client.
//!
//! LSP positions are (zero-based line, zero-based character) where a character counts UTF-16
//! code units by default, or UTF-8 bytes when the client offers `utf-8`. Lines end at `\n`,
//! `\r\n` or `\r`. Every conversion clamps: a line past the end is the end of the text, a
//! character past the end of its line is the end of that line (before its line ending), and a
//! position inside a character (the middle of a surrogate pair or of a UTF-8 sequence) is
//! moved back to the start of that character. Nothing here panics on any input.

use lsp_types::{Position, Range};

/// How LSP positions count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 code units (bytes).
    Utf8,
    /// UTF-16 code units (the LSP default).
    #[default]
    Utf16,
}

impl Encoding {
    pub fn kind(self) -> lsp_types::PositionEncodingKind {
        match self {
            Encoding::Utf8 => lsp_types::PositionEncodingKind::UTF8,
            Encoding::Utf16 => lsp_types::PositionEncodingKind::UTF16,
        }
    }

    /// The encoding to use given what the client offers (`general.positionEncodings`):
    /// UTF-8 when offered, else UTF-16.
    pub fn negotiate(offered: Option<&[lsp_types::PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(list) if list.iter().any(|k| k.as_str() == "utf-8") => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }
}

/// The start of every line of a text, for position conversion.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the first character of each line; the first is 0.
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte range of a line's content, without its line ending.
    fn line_bounds(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end)
    }

    /// The position of a byte offset (clamped to the text, moved back to a char boundary).
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let mut offset = offset.min(self.len).min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let (start, end) = self.line_bounds(text, line);
        let upto = &text[start..offset.min(end).max(start)];
        let character = match enc {
            Encoding::Utf8 => upto.len(),
            Encoding::Utf16 => {
                if upto.is_ascii() {
                    upto.len()
                } else {
                    upto.chars().map(char::len_utf16).sum()
                }
            }
        };
        Position {
            line: line as u32,
            character: character as u32,
        }
    }

    /// The byte offset of a position, clamped as described in the module documentation.
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.starts.len() {
            return self.len.min(text.len());
        }
        let (start, end) = self.line_bounds(text, line);
        let content = &text[start..end];
        let want = pos.character as usize;
        match enc {
            Encoding::Utf8 => {
                let mut o = want.min(content.len());
                while !content.is_char_boundary(o) {
                    o -= 1;
                }
                start + o
            }
            Encoding::Utf16 => {
                if content.is_ascii() {
                    return start + want.min(content.len());
                }
                let mut units = 0;
                for (i, c) in content.char_indices() {
                    let next = units + c.len_utf16();
                    if next > want {
                        return start + i;
                    }
                    units = next;
                }
                end
            }
        }
    }

    /// The range of a byte range.
    pub fn range(&self, text: &str, start: usize, end: usize, enc: Encoding) -> Range {
        Range {
            start: self.position(text, start, enc),
            end: self.position(text, end.max(start), enc),
        }
    }
}

/// Applies one `didChange` content change: the whole text when `range` is `None`, else a
/// replacement of the range (clamped, and put in order if its ends are swapped). Returns where
/// the replacement starts and the text it removed, `None` for a whole-text change.
pub fn apply_change(
    text: &mut String,
    range: Option<Range>,
    new_text: &str,
    enc: Encoding,
) -> Option<(usize, String)> {
    let Some(range) = range else {
        text.clear();
        text.push_str(new_text);
        return None;
    };
    let index = LineIndex::new(text);
    let a = index.offset(text, range.start, enc);
    let b = index.offset(text, range.end, enc);
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    let removed = text[a..b].to_string();
    text.replace_range(a..b, new_text);
    Some((a, removed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn ascii_round_trip() {
        let text = "ab\ncd\n";
        let ix = LineIndex::new(text);
        assert_eq!(ix.line_count(), 3);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for off in 0..=text.len() {
                let pos = ix.position(text, off, enc);
                assert_eq!(ix.offset(text, pos, enc), off, "{enc:?} {off}");
            }
            assert_eq!(ix.position(text, 4, enc), p(1, 1));
            assert_eq!(ix.position(text, 6, enc), p(2, 0));
        }
    }

    #[test]
    fn non_ascii_in_both_encodings() {
        // é: 2 bytes, 1 UTF-16 unit; 😀: 4 bytes, 2 UTF-16 units (a surrogate pair).
        let text = "x = \"é😀\" # ü\ny";
        let ix = LineIndex::new(text);
        let smile = text.find('😀').unwrap();
        let after = smile + 4;
        assert_eq!(ix.position(text, smile, Encoding::Utf16), p(0, 6));
        assert_eq!(ix.position(text, after, Encoding::Utf16), p(0, 8));
        assert_eq!(ix.position(text, smile, Encoding::Utf8), p(0, 7));
        assert_eq!(ix.position(text, after, Encoding::Utf8), p(0, 11));
        assert_eq!(ix.offset(text, p(0, 8), Encoding::Utf16), after);
        assert_eq!(ix.offset(text, p(0, 11), Encoding::Utf8), after);
        // Inside the surrogate pair or the UTF-8 sequence: back to the character's start.
        assert_eq!(ix.offset(text, p(0, 7), Encoding::Utf16), smile);
        assert_eq!(ix.offset(text, p(0, 9), Encoding::Utf8), smile);
        // An offset inside a character is moved back too.
        assert_eq!(ix.position(text, smile + 1, Encoding::Utf16), p(0, 6));
        // The second line.
        let y = text.len() - 1;
        assert_eq!(ix.position(text, y, Encoding::Utf16), p(1, 0));
        assert_eq!(ix.offset(text, p(1, 0), Encoding::Utf16), y);
        // Every char boundary round-trips.
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for (off, _) in text.char_indices() {
                let pos = ix.position(text, off, enc);
                assert_eq!(ix.offset(text, pos, enc), off);
            }
        }
    }

    #[test]
    fn line_endings() {
        let text = "a\r\nb\rc\nd";
        let ix = LineIndex::new(text);
        assert_eq!(ix.line_count(), 4);
        assert_eq!(ix.offset(text, p(1, 0), Encoding::Utf16), 3);
        assert_eq!(ix.offset(text, p(2, 0), Encoding::Utf16), 5);
        assert_eq!(ix.offset(text, p(3, 0), Encoding::Utf16), 7);
        // A character past the end of a line stops before its line ending.
        assert_eq!(ix.offset(text, p(0, 99), Encoding::Utf16), 1);
        assert_eq!(ix.position(text, 2, Encoding::Utf16), p(0, 1));
    }

    #[test]
    fn clamps_out_of_range_positions() {
        let text = "héllo\nwörld";
        let ix = LineIndex::new(text);
        assert_eq!(ix.offset(text, p(99, 0), Encoding::Utf16), text.len());
        assert_eq!(ix.offset(text, p(0, 99), Encoding::Utf16), 6);
        assert_eq!(ix.offset(text, p(0, 99), Encoding::Utf8), 6);
        assert_eq!(ix.position(text, 9999, Encoding::Utf16), p(1, 5));
        let empty = LineIndex::new("");
        assert_eq!(empty.offset("", p(3, 3), Encoding::Utf8), 0);
        assert_eq!(empty.position("", 5, Encoding::Utf16), p(0, 0));
    }

    #[test]
    fn incremental_edits() {
        let mut text = String::from("name = \"é😀\"\nsize = 1\n");
        let r = |a: Position, b: Position| Some(Range { start: a, end: b });
        // Replace the emoji (UTF-16 units 9..11 on line 0).
        apply_change(&mut text, r(p(0, 9), p(0, 11)), "x", Encoding::Utf16);
        assert_eq!(text, "name = \"éx\"\nsize = 1\n");
        // Same edit in UTF-8: é is 2 bytes, so x is at byte 10.
        apply_change(&mut text, r(p(0, 10), p(0, 11)), "😀", Encoding::Utf8);
        assert_eq!(text, "name = \"é😀\"\nsize = 1\n");
        // Insert a line, delete across lines.
        apply_change(&mut text, r(p(1, 0), p(1, 0)), "a = 2\n", Encoding::Utf16);
        assert_eq!(text, "name = \"é😀\"\na = 2\nsize = 1\n");
        apply_change(&mut text, r(p(0, 12), p(1, 5)), "", Encoding::Utf16);
        assert_eq!(text, "name = \"é😀\"\nsize = 1\n");
        // Out-of-range and swapped ranges are clamped, never a panic.
        apply_change(&mut text, r(p(50, 3), p(60, 0)), "# end\n", Encoding::Utf16);
        assert_eq!(text, "name = \"é😀\"\nsize = 1\n# end\n");
        apply_change(&mut text, r(p(1, 99), p(1, 4)), "", Encoding::Utf16);
        assert_eq!(text, "name = \"é😀\"\nsize\n# end\n");
        apply_change(&mut text, None, "new", Encoding::Utf16);
        assert_eq!(text, "new");
    }

    proptest::proptest! {
        /// Any position and any edit on any text: no panic, char boundaries, round trips.
        #[test]
        fn never_panics_and_round_trips(
            text in "[a-z\\n\\ré😀 ]{0,40}",
            line in 0u32..8, ch in 0u32..50, line2 in 0u32..8, ch2 in 0u32..50,
            insert in "[xé😀\\n]{0,4}",
        ) {
            for enc in [Encoding::Utf8, Encoding::Utf16] {
                let ix = LineIndex::new(&text);
                let off = ix.offset(&text, p(line, ch), enc);
                proptest::prop_assert!(text.is_char_boundary(off));
                let pos = ix.position(&text, off, enc);
                proptest::prop_assert_eq!(ix.offset(&text, pos, enc), off);
                let mut t = text.clone();
                let range = Range { start: p(line, ch), end: p(line2, ch2) };
                apply_change(&mut t, Some(range), &insert, enc);
            }
        }
    }
}
