//! YAML with a byte span on every node, via saphyr's event parser (`saphyr-parser`, the parser
//! inside `saphyr`). Shared by the CloudFormation and Kubernetes front ends.
//!
//! # What comes out
//!
//! [`parse`] turns a stream of documents (`---`) into [`YamlDoc`]s. Every node carries a byte
//! [`Span`] and, when it had one, its custom tag (`!Ref`, `!Sub`, ...). Problems (syntax errors,
//! nesting or alias limits) are located [`Problem`]s; a broken document does not hide the
//! documents around it.
//!
//! # Schema
//!
//! Plain scalars follow the YAML 1.2 core schema: `true`/`false` (also `True`, `TRUE`...),
//! `null`/`Null`/`NULL`/`~`/empty, decimal, `0x` and `0o` integers, floats and
//! `.inf`/`-.inf`/`.nan`. Quoted and block scalars are always strings. YAML 1.1 booleans such as
//! `yes`, `no`, `on`, `off`, `y` and `n` stay **strings** (Kubernetes users sometimes expect
//! otherwise; the checks must compare strings). Standard tags (`!!str`, `!!int`, `!!float`,
//! `!!bool`, `!!null`, also in the verbatim form `!<tag:yaml.org,2002:int>`) decide the scalar's
//! type and are not kept (`!!int "12"` is the number 12); other standard tags (`!!binary`,
//! `!!timestamp`...) give a string. Any other tag is kept in [`YamlNode::tag`] without its `!`
//! handle: `!Ref`, `!<!Ref>` and `!e!Ref` (with `%TAG !e! ...`) all give `Some("Ref")`.
//!
//! # Spans
//!
//! Spans are byte offsets into the text given to [`parse`] (saphyr counts characters; the
//! conversion is a table built once). A node's span leaves out its anchor and tag:
//! - a plain scalar covers its text, a quoted scalar covers the text **including its quotes**, a
//!   block scalar (`|`, `>`) covers its content lines (not the header), without trailing line
//!   breaks; an empty scalar (`key:`) is an empty span where the value would be;
//! - a flow collection covers its brackets, a block collection runs from its first key or `-` to
//!   the end of its last value;
//! - an alias (`*name`) covers the alias; the nodes inside the copy keep the spans of the
//!   anchored original;
//! - [`YamlEntry::key_span`] covers the key; [`YamlDoc::span`] runs from the `---` marker (or the
//!   root when there is none) to the end of the root.
//!
//! # Limits
//!
//! Nothing recurses over the input while loading (the event parser is a state machine and the
//! tree is built with an explicit stack), so no input can overflow the stack. A collection nested
//! deeper than [`MAX_DEPTH`] becomes `Null` with a problem at its start, its contents skipped.
//! Alias expansion is bounded by [`ALIAS_EXPANSION_BUDGET`] nodes per document, counting every
//! node of every copy (keys and tagged nodes included): past it, the alias that would cross the
//! budget and all later ones in the document become `Null`, with one problem at the first
//! ("billion laughs"). Copies are shared until the end, so anchors cost nothing while loading.
//! Merge keys (`<<: *base`, `<<: [*a, *b]`) are applied, explicit keys winning over merged ones
//! and earlier merged mappings over later ones. Duplicate keys are kept in order; [`YamlNode::get`]
//! returns the first.
//!
//! Documents are split at `---` lines and parsed one by one, so after a syntax error the parser
//! resumes at the next document.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

use saphyr::ScalarOwned;
use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Tag};

use crate::diagnostics::Problem;
use crate::source::{FileId, Span};

/// Maximum nesting of collections (the root collection is depth 1).
pub const MAX_DEPTH: usize = 512;

/// Maximum number of nodes that alias expansion may produce in one document.
pub const ALIAS_EXPANSION_BUDGET: usize = 100_000;

/// One document of a stream.
#[derive(Debug, Clone)]
pub struct YamlDoc {
    pub root: YamlNode,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct YamlNode {
    pub kind: YamlKind,
    pub span: Span,
    /// A custom tag without its handle: `Some("Ref")` for `!Ref`. Standard `!!` tags are applied
    /// to the value instead.
    pub tag: Option<String>,
}

#[derive(Debug, Clone)]
pub enum YamlKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Seq(Vec<YamlNode>),
    Map(Vec<YamlEntry>),
}

#[derive(Debug, Clone)]
pub struct YamlEntry {
    /// The key as text. Scalars keep their source text (`80`, `true`); an empty key is `""`;
    /// collection keys are written in flow style (`[a, b]`, `{k: v}`).
    pub key: String,
    pub key_span: Span,
    pub value: YamlNode,
}

impl YamlNode {
    /// The value of `key` when this is a mapping.
    pub fn get(&self, key: &str) -> Option<&YamlNode> {
        self.entry(key).map(|e| &e.value)
    }

    /// The entry of `key` when this is a mapping (for its key span).
    pub fn entry(&self, key: &str) -> Option<&YamlEntry> {
        self.entries().iter().find(|e| e.key == key)
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            YamlKind::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.kind {
            YamlKind::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self.kind {
            YamlKind::Number(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.kind, YamlKind::Null)
    }

    /// The entries of a mapping; empty for anything else.
    pub fn entries(&self) -> &[YamlEntry] {
        match &self.kind {
            YamlKind::Map(e) => e,
            _ => &[],
        }
    }

    /// The items of a sequence; empty for anything else.
    pub fn items(&self) -> &[YamlNode] {
        match &self.kind {
            YamlKind::Seq(i) => i,
            _ => &[],
        }
    }
}

/// Parses a YAML stream. Never panics; every document that could be read is returned, in order,
/// with the problems found on the way.
pub fn parse(file: FileId, text: &str) -> (Vec<YamlDoc>, Vec<Problem>) {
    let mut docs = Vec::new();
    let problems = parse_each(file, text, &mut |d| docs.push(d));
    (docs, problems)
}

/// [`parse`], handing each document to `each` as soon as it is read, so that a caller can
/// lower a long stream one document at a time instead of holding every tree at once.
pub fn parse_each(file: FileId, text: &str, each: &mut dyn FnMut(YamlDoc)) -> Vec<Problem> {
    if text.len() > u32::MAX as usize {
        return vec![Problem::error(
            Span::new(file, 0, 0),
            "YAML file too large (over 4 GiB)",
        )];
    }
    let map = CharMap::new(text);
    let mut problems = Vec::new();
    let mut char_base = 0;
    for range in split_documents(text) {
        let chunk = &text[range.clone()];
        let chars = if map.is_ascii() {
            chunk.len()
        } else {
            chunk.chars().count()
        };
        let loaded = catch_unwind(AssertUnwindSafe(|| {
            let mut loader = Loader::new(file, text, &map, char_base);
            loader.run(chunk);
            (loader.docs, loader.problems)
        }));
        match loaded {
            Ok((d, p)) => {
                d.into_iter().for_each(&mut *each);
                problems.extend(p);
            }
            Err(_) => problems.push(Problem::error(
                Span::new(file, range.start, range.start),
                "internal error in the YAML parser; document skipped",
            )),
        }
        char_base += chars;
    }
    problems.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.message).cmp(&(b.span.start, b.span.end, &b.message))
    });
    // Alias copies repeat the problems of their original (a bad merge key, say).
    problems.dedup();
    problems
}

/// True when the text holds Go template actions (`{{ .Values.x }}`, `{{- if ... }}`) outside
/// comments, as Helm chart templates do: such files are not YAML until rendered.
///
/// To leave alone YAML that merely contains double braces, an action counts only when a `}}`
/// follows it and it reads as Go template: it starts with the `-` trim marker, `.`, `$`, a
/// comment `/*`, or a template keyword or common Helm function (`if`, `range`, `include`,
/// `toYaml`...). So `${{ github.sha }}` (GitHub Actions) and `"{{inputs.parameters.x}}"` (Argo
/// Workflows) are not templates.
pub fn is_helm_template(text: &str) -> bool {
    let Some(last_close) = text.rfind("}}") else {
        return false;
    };
    let b = text.as_bytes();
    let mut line_start = 0;
    while line_start < b.len() {
        let line_end = memchr(b'\n', b, line_start);
        let line = &b[line_start..line_end];
        let mut quote = 0u8;
        let mut i = 0;
        while i < line.len() {
            let c = line[i];
            let prev = if i == 0 { b' ' } else { line[i - 1] };
            if c == b'{' && line.get(i + 1) == Some(&b'{') && prev != b'$' {
                if line_start + i < last_close && looks_like_go_action(&line[i + 2..]) {
                    return true;
                }
                i += 2;
                continue;
            }
            if quote != 0 {
                if c == b'\\' && quote == b'"' {
                    i += 1;
                } else if c == quote {
                    quote = 0;
                }
            } else if c == b'#' && is_blank(prev) {
                break;
            } else if (c == b'"' || c == b'\'') && (is_blank(prev) || b"[{,:".contains(&prev)) {
                quote = c;
            }
            i += 1;
        }
        line_start = line_end + 1;
    }
    false
}

fn looks_like_go_action(rest: &[u8]) -> bool {
    const WORDS: &[&str] = &[
        "if",
        "else",
        "end",
        "range",
        "with",
        "define",
        "template",
        "block",
        "include",
        "break",
        "continue",
        "toYaml",
        "toJson",
        "tpl",
        "required",
        "default",
        "printf",
        "print",
        "quote",
        "squote",
        "indent",
        "nindent",
        "lookup",
        "fail",
        "not",
        "and",
        "or",
        "eq",
        "ne",
        "len",
        "index",
        "list",
        "dict",
        "tuple",
        "trim",
        "upper",
        "lower",
        "b64enc",
        "semverCompare",
    ];
    let mut i = 0;
    if rest.first() == Some(&b'-') {
        return true;
    }
    while i < rest.len() && is_blank(rest[i]) {
        i += 1;
    }
    let rest = &rest[i..];
    if rest.starts_with(b".") || rest.starts_with(b"$") || rest.starts_with(b"/*") {
        return true;
    }
    let word_len = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
        .count();
    let word = &rest[..word_len];
    let after = rest.get(word_len).copied();
    WORDS.iter().any(|w| w.as_bytes() == word)
        && matches!(after, None | Some(b' ' | b'\t' | b'}' | b'-'))
}

// ---------------------------------------------------------------------------------------------
// Character index → byte offset.

/// saphyr reports positions in characters; spans are bytes.
enum CharMap {
    Ascii(usize),
    /// Byte offset of every character, then the text length.
    Table(Vec<u32>),
}

impl CharMap {
    fn new(text: &str) -> CharMap {
        if text.is_ascii() {
            return CharMap::Ascii(text.len());
        }
        let mut table: Vec<u32> = text.char_indices().map(|(i, _)| i as u32).collect();
        table.push(text.len() as u32);
        CharMap::Table(table)
    }

    fn is_ascii(&self) -> bool {
        matches!(self, CharMap::Ascii(_))
    }

    fn byte(&self, char_index: usize) -> usize {
        match self {
            CharMap::Ascii(len) => char_index.min(*len),
            CharMap::Table(t) => t
                .get(char_index)
                .or(t.last())
                .map(|&b| b as usize)
                .unwrap_or(0),
        }
    }
}

/// A span over the character at `at` (empty at the end of the text).
fn char_span(file: FileId, text: &str, at: usize) -> Span {
    let at = at.min(text.len());
    let len = text[at..].chars().next().map_or(0, char::len_utf8);
    Span::new(file, at, at + len)
}

fn memchr(needle: u8, b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == needle)
        .map_or(b.len(), |p| from + p)
}

fn is_blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_flow_indicator(c: u8) -> bool {
    matches!(c, b',' | b'[' | b']' | b'{' | b'}')
}

// ---------------------------------------------------------------------------------------------
// Splitting the stream into documents.

/// Byte ranges of the documents: a new range starts at each `---` line (and at directives that
/// follow a document). A `---` at the start of a line always ends what came before, even inside a
/// block scalar, so documents can be parsed one by one and an error stays in its document.
fn split_documents(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut has_content = false;
    let mut pos = 0;
    while pos < b.len() {
        let eol = memchr(b'\n', b, pos);
        let line = &b[pos..eol];
        let marker = line.starts_with(b"---") && line.get(3).is_none_or(|&c| is_space(c));
        let directive = line.first() == Some(&b'%');
        if (marker || directive) && has_content {
            out.push(start..pos);
            start = pos;
            has_content = false;
        }
        if marker {
            has_content = true;
        } else if !directive {
            let t = line.trim_ascii();
            let t = t.strip_prefix("\u{feff}".as_bytes()).unwrap_or(t);
            if !t.is_empty() && t[0] != b'#' && t != b"..." {
                has_content = true;
            }
        }
        pos = eol + 1;
    }
    out.push(start..b.len());
    out
}

// ---------------------------------------------------------------------------------------------
// Loading: saphyr's events into a tree.

/// A node while loading. Children are shared, so an alias costs nothing until the document is
/// converted; by then every copy has been counted against the budget.
struct Raw {
    kind: RawKind,
    start: usize,
    end: usize,
    tag: Option<String>,
    /// Nodes in this subtree, alias copies included.
    size: usize,
    /// Collection levels in this subtree (0 for a scalar).
    height: usize,
}

enum RawKind {
    Scalar(YamlKind),
    Seq(Vec<Rc<Raw>>),
    Map(Vec<(Rc<Raw>, Rc<Raw>)>),
    /// A copy of the target, located at the alias.
    Alias(Rc<Raw>),
}

impl Raw {
    fn null(start: usize, end: usize) -> Rc<Raw> {
        Rc::new(Raw {
            kind: RawKind::Scalar(YamlKind::Null),
            start,
            end,
            tag: None,
            size: 1,
            height: 0,
        })
    }
}

/// An open collection.
struct Frame {
    map: bool,
    /// Where saphyr says it starts (may include its anchor and tag).
    start: usize,
    anchor: usize,
    tag: Option<String>,
    children: Vec<Rc<Raw>>,
    /// Where the first child's event starts.
    first_child: Option<usize>,
}

struct Loader<'a> {
    file: FileId,
    text: &'a str,
    b: &'a [u8],
    map: &'a CharMap,
    /// Character index of the chunk being parsed.
    base: usize,
    problems: Vec<Problem>,
    docs: Vec<YamlDoc>,
    // The document being loaded.
    stack: Vec<Frame>,
    root: Option<Rc<Raw>>,
    marker: Option<usize>,
    anchors: HashMap<usize, Rc<Raw>>,
    expanded: usize,
    budget_hit: bool,
    /// Open collections inside one that is too deep; its start and anchor.
    skip: usize,
    skip_start: usize,
    skip_anchor: usize,
}

enum TagKind {
    /// Kept on the node.
    Custom(String),
    /// A standard tag (`!!int`...): its suffix.
    Core(String),
    /// The non-specific tag `!`: the scalar is a string.
    NonSpecific,
}

const CORE_PREFIX: &str = "tag:yaml.org,2002:";

fn classify_tag(t: &Tag) -> TagKind {
    if t.handle == CORE_PREFIX {
        return TagKind::Core(t.suffix.clone());
    }
    if t.handle.is_empty() {
        if let Some(core) = t.suffix.strip_prefix(CORE_PREFIX) {
            return TagKind::Core(core.to_string());
        }
        if t.suffix == "!" {
            return TagKind::NonSpecific;
        }
    }
    TagKind::Custom(t.suffix.trim_start_matches('!').to_string())
}

fn custom_tag(t: Option<&Tag>) -> Option<String> {
    match t.map(classify_tag) {
        Some(TagKind::Custom(name)) => Some(name),
        _ => None,
    }
}

impl<'a> Loader<'a> {
    fn new(file: FileId, text: &'a str, map: &'a CharMap, base: usize) -> Loader<'a> {
        Loader {
            file,
            text,
            b: text.as_bytes(),
            map,
            base,
            problems: Vec::new(),
            docs: Vec::new(),
            stack: Vec::new(),
            root: None,
            marker: None,
            anchors: HashMap::new(),
            expanded: 0,
            budget_hit: false,
            skip: 0,
            skip_start: 0,
            skip_anchor: 0,
        }
    }

    fn pos(&self, char_index: usize) -> usize {
        self.map.byte(self.base + char_index)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start, end.max(start))
    }

    fn run(&mut self, chunk: &str) {
        let mut parser = Parser::new_from_str(chunk);
        while let Some(next) = parser.next_event() {
            match next {
                Ok((ev, span)) => {
                    let start = self.pos(span.start.index());
                    let end = self.pos(span.end.index()).max(start);
                    self.event(ev, start, end);
                }
                Err(e) => {
                    let p = self.scan_error(&e);
                    self.problems.push(p);
                    return;
                }
            }
        }
    }

    fn scan_error(&self, e: &ScanError) -> Problem {
        let at = self.pos(e.marker().index());
        let message = if e.info().contains("recursion limit exceeded") {
            "YAML syntax error: flow collections nested too deeply".to_string()
        } else {
            format!("YAML syntax error: {}", e.info())
        };
        Problem::error(char_span(self.file, self.text, at), message)
    }

    fn event(&mut self, ev: Event<'_>, start: usize, end: usize) {
        match ev {
            Event::DocumentStart(explicit) => {
                self.stack.clear();
                self.root = None;
                self.anchors.clear();
                self.expanded = 0;
                self.budget_hit = false;
                self.skip = 0;
                self.marker = explicit.then_some(start);
            }
            Event::DocumentEnd => self.finish_document(),
            Event::Scalar(value, style, anchor, tag) => {
                if self.skip > 0 {
                    self.skipped_anchor(anchor, start);
                    return;
                }
                let node = self.scalar(&value, style, tag.as_deref(), start, end);
                self.add(node, anchor, start);
            }
            Event::SequenceStart(anchor, tag) => self.open(false, anchor, tag.as_deref(), start),
            Event::MappingStart(anchor, tag) => self.open(true, anchor, tag.as_deref(), start),
            Event::SequenceEnd | Event::MappingEnd => self.close(start),
            Event::Alias(id) => {
                if self.skip == 0 {
                    let node = self.alias(id, start, end);
                    self.add(node, 0, start);
                }
            }
            Event::StreamStart | Event::StreamEnd | Event::Nothing => {}
        }
    }

    /// Adds a finished node to the open collection (or as the document's root).
    fn add(&mut self, node: Rc<Raw>, anchor: usize, event_start: usize) {
        if anchor > 0 {
            self.anchors.insert(anchor, Rc::clone(&node));
        }
        match self.stack.last_mut() {
            Some(frame) => {
                if frame.children.is_empty() {
                    frame.first_child = Some(event_start);
                }
                frame.children.push(node);
            }
            None => self.root = Some(node),
        }
    }

    fn skipped_anchor(&mut self, anchor: usize, at: usize) {
        if anchor > 0 {
            self.anchors.insert(anchor, Raw::null(at, at));
        }
    }

    fn open(&mut self, map: bool, anchor: usize, tag: Option<&Tag>, start: usize) {
        if self.skip > 0 {
            self.skip += 1;
            self.skipped_anchor(anchor, start);
            return;
        }
        if self.stack.len() >= MAX_DEPTH {
            self.skip = 1;
            self.skip_start = start;
            self.skip_anchor = anchor;
            return;
        }
        self.stack.push(Frame {
            map,
            start,
            anchor,
            tag: custom_tag(tag),
            children: Vec::new(),
            first_child: None,
        });
    }

    fn close(&mut self, end_mark: usize) {
        if self.skip > 0 {
            self.skip -= 1;
            if self.skip == 0 {
                let at = self.content_start(self.skip_start, end_mark);
                let span = char_span(self.file, self.text, at);
                self.problems.push(Problem::error(
                    span,
                    format!("YAML nesting exceeds the maximum depth of {MAX_DEPTH}"),
                ));
                let node = Raw::null(span.start as usize, span.end as usize);
                self.add(node, self.skip_anchor, self.skip_start);
            }
            return;
        }
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let b = self.b;
        let mut s = self.content_start(frame.start, end_mark);
        let open = if frame.map { b'{' } else { b'[' };
        let flow = b.get(s) == Some(&open);
        if !frame.map
            && !flow
            && let Some(mut i) = frame.first_child
        {
            // saphyr starts a sequence that is not indented under its key after the first
            // `- `: start at the `-` before the first item instead.
            while i > 0 && is_space(b[i - 1]) {
                i -= 1;
            }
            if i > 0 && b[i - 1] == b'-' {
                s = s.min(i - 1);
            }
        }
        let last_end = frame.children.iter().map(|c| c.end).max();
        let e = if flow {
            let close = if frame.map { b'}' } else { b']' };
            if b.get(end_mark) == Some(&close) {
                end_mark + 1
            } else {
                self.trim_end(s, end_mark)
            }
        } else {
            last_end.unwrap_or_else(|| self.trim_end(s, end_mark))
        };
        let size = 1 + frame.children.iter().map(|c| c.size).sum::<usize>();
        let height = 1 + frame.children.iter().map(|c| c.height).max().unwrap_or(0);
        let kind = if frame.map {
            let mut entries = Vec::with_capacity(frame.children.len() / 2);
            let mut it = frame.children.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                entries.push((k, v));
            }
            RawKind::Map(entries)
        } else {
            RawKind::Seq(frame.children)
        };
        let node = Rc::new(Raw {
            kind,
            start: s,
            end: e.max(s),
            tag: frame.tag,
            size,
            height,
        });
        self.add(node, frame.anchor, frame.start);
    }

    fn alias(&mut self, id: usize, start: usize, end: usize) -> Rc<Raw> {
        let end = token_end(self.b, start, end.max(start + 1)).max(end);
        let Some(target) = self.anchors.get(&id).cloned() else {
            return Raw::null(start, end);
        };
        if self.budget_hit {
            return Raw::null(start, end);
        }
        if self.expanded + target.size > ALIAS_EXPANSION_BUDGET {
            self.budget_hit = true;
            self.problems.push(Problem::error(
                char_span(self.file, self.text, start),
                format!(
                    "alias expansion exceeds the budget of {ALIAS_EXPANSION_BUDGET} nodes \
                     (a \"billion laughs\" document?); this and later aliases in the document \
                     are left empty"
                ),
            ));
            return Raw::null(start, end);
        }
        if self.stack.len() + target.height > MAX_DEPTH {
            self.problems.push(Problem::error(
                char_span(self.file, self.text, start),
                format!("YAML nesting exceeds the maximum depth of {MAX_DEPTH} through this alias"),
            ));
            return Raw::null(start, end);
        }
        self.expanded += target.size;
        Rc::new(Raw {
            tag: target.tag.clone(),
            size: target.size,
            height: target.height,
            kind: RawKind::Alias(target),
            start,
            end,
        })
    }

    fn scalar(
        &mut self,
        value: &str,
        style: ScalarStyle,
        tag: Option<&Tag>,
        start: usize,
        end: usize,
    ) -> Rc<Raw> {
        let b = self.b;
        let mut s = self.content_start(start, end);
        let block = matches!(style, ScalarStyle::Literal | ScalarStyle::Folded);
        if block && matches!(b.get(s), Some(b'|' | b'>')) && s < end {
            // A block scalar whose span began at its anchor or tag: skip the header line, as
            // saphyr does for untagged ones.
            s = memchr(b'\n', &b[..end.min(b.len())], s);
            while s < end && is_space(b[s]) {
                s += 1;
            }
        }
        let quoted = matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted);
        let mut e = match self.closing_quote(s, end).filter(|_| quoted) {
            Some(q) => q + 1,
            None => self.trim_end(s, end),
        };
        if style == ScalarStyle::Plain && value.is_empty() {
            e = s;
        }
        let (kind, tag) = match tag.map(classify_tag) {
            Some(TagKind::Custom(name)) => (resolve(value, style), Some(name)),
            Some(TagKind::Core(suffix)) => (resolve_core(&suffix, value), None),
            Some(TagKind::NonSpecific) => (YamlKind::String(value.to_string()), None),
            None => (resolve(value, style), None),
        };
        Rc::new(Raw {
            kind: RawKind::Scalar(kind),
            start: s,
            end: e.max(s),
            tag,
            size: 1,
            height: 0,
        })
    }

    fn finish_document(&mut self) {
        let root = self.root.take();
        self.stack.clear();
        self.anchors.clear();
        let Some(root) = root else {
            return;
        };
        let mut node = self.convert(&root);
        drop(root);
        let mut start = node.span.start as usize;
        let mut end = node.span.end as usize;
        if let Some(m) = self.marker.take().filter(|&m| m <= start) {
            if node.is_null() && start == end {
                // An empty document: saphyr puts it at the next token; keep it at `---`.
                node.span = self.span(m + 3, m + 3);
                end = m + 3;
            }
            start = m;
            end = end.max(m + 3);
        }
        let span = self.span(start, end);
        self.docs.push(YamlDoc { root: node, span });
    }

    // -----------------------------------------------------------------------------------------
    // Conversion to the public tree.

    fn convert(&mut self, raw: &Raw) -> YamlNode {
        let span = self.span(raw.start, raw.end);
        let kind = match &raw.kind {
            RawKind::Alias(target) => {
                let mut copy = self.convert(target);
                copy.span = span;
                return copy;
            }
            RawKind::Scalar(k) => k.clone(),
            RawKind::Seq(items) => YamlKind::Seq(items.iter().map(|i| self.convert(i)).collect()),
            RawKind::Map(pairs) => {
                let mut entries = Vec::with_capacity(pairs.len());
                let mut seen = HashSet::new();
                for (k, v) in pairs {
                    let key = self.convert(k);
                    let value = self.convert(v);
                    let text = self.key_text(&key);
                    if !seen.insert(text.clone()) && text != "<<" {
                        self.problems.push(Problem::error(
                            key.span,
                            format!("duplicate key `{text}` in mapping"),
                        ));
                    }
                    entries.push(YamlEntry {
                        key: text,
                        key_span: key.span,
                        value,
                    });
                }
                YamlKind::Map(self.apply_merges(entries))
            }
        };
        YamlNode {
            kind,
            span,
            tag: raw.tag.clone(),
        }
    }
}

/// A plain or quoted scalar without a standard tag.
fn resolve(value: &str, style: ScalarStyle) -> YamlKind {
    if style != ScalarStyle::Plain {
        return YamlKind::String(value.to_string());
    }
    if value.is_empty() {
        return YamlKind::Null;
    }
    match ScalarOwned::parse_from_cow(value.into()) {
        ScalarOwned::Null => YamlKind::Null,
        ScalarOwned::Boolean(v) => YamlKind::Bool(v),
        ScalarOwned::Integer(v) => YamlKind::Number(v as f64),
        ScalarOwned::FloatingPoint(v) => YamlKind::Number(v.0),
        ScalarOwned::String(v) => YamlKind::String(v),
    }
}

/// A scalar with a standard tag: the tag decides, whatever the quoting. A value that does not
/// fit the tag, and tags outside the core schema, give a string.
fn resolve_core(suffix: &str, value: &str) -> YamlKind {
    let kind = match suffix {
        "int" => parse_int(value).map(YamlKind::Number),
        "float" => parse_int(value)
            .or_else(|| saphyr::parse_core_schema_fp(value.trim()))
            .map(YamlKind::Number),
        "bool" => match value.trim().to_ascii_lowercase().as_str() {
            "true" => Some(YamlKind::Bool(true)),
            "false" => Some(YamlKind::Bool(false)),
            _ => None,
        },
        "null" => {
            matches!(value.trim(), "" | "~" | "null" | "Null" | "NULL").then_some(YamlKind::Null)
        }
        _ => None,
    };
    kind.unwrap_or_else(|| YamlKind::String(value.to_string()))
}

impl Loader<'_> {
    /// Where a node's content starts: after whitespace, comments, its anchor and its tag.
    fn content_start(&self, start: usize, end: usize) -> usize {
        let b = self.b;
        let end = end.min(b.len());
        let mut i = start.min(end);
        loop {
            while i < end && is_space(b[i]) {
                i += 1;
            }
            if i >= end {
                break;
            }
            match b[i] {
                b'#' => {
                    while i < end && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'&' => i = token_end(b, i, end),
                b'!' => {
                    i = if b.get(i + 1) == Some(&b'<') {
                        b[i..end]
                            .iter()
                            .position(|&c| c == b'>')
                            .map_or(end, |p| i + p + 1)
                    } else {
                        token_end(b, i, end)
                    };
                }
                _ => break,
            }
        }
        i
    }

    /// The closing quote of a quoted scalar starting at `s` (saphyr's end can run past it).
    fn closing_quote(&self, s: usize, end: usize) -> Option<usize> {
        let b = self.b;
        let q = *b.get(s)?;
        if q != b'"' && q != b'\'' {
            return None;
        }
        let end = end.min(b.len());
        let mut i = s + 1;
        while i < end {
            match b[i] {
                b'\\' if q == b'"' => i += 2,
                c if c == q => {
                    if q == b'\'' && b.get(i + 1) == Some(&b'\'') {
                        i += 2;
                    } else {
                        return Some(i);
                    }
                }
                _ => i += 1,
            }
        }
        None
    }

    fn trim_end(&self, start: usize, end: usize) -> usize {
        let mut e = end.min(self.b.len());
        while e > start && is_space(self.b[e - 1]) {
            e -= 1;
        }
        e.max(start)
    }

    fn key_text(&self, key: &YamlNode) -> String {
        match &key.kind {
            YamlKind::String(s) => s.clone(),
            YamlKind::Seq(_) | YamlKind::Map(_) => {
                let mut out = String::new();
                render_flow(key, &mut out);
                out
            }
            _ => {
                let raw = &self.text[key.span.range()];
                if !raw.starts_with('*') && !raw.contains('\n') {
                    raw.to_string()
                } else {
                    let mut out = String::new();
                    render_flow(key, &mut out);
                    out
                }
            }
        }
    }

    fn is_merge_key(&self, e: &YamlEntry) -> bool {
        e.key == "<<" && &self.text[e.key_span.range()] == "<<"
    }

    /// Applies `<<` merge keys: explicit keys win, then earlier merged mappings.
    fn apply_merges(&mut self, entries: Vec<YamlEntry>) -> Vec<YamlEntry> {
        if !entries.iter().any(|e| self.is_merge_key(e)) {
            return entries;
        }
        let mut seen: HashSet<String> = entries
            .iter()
            .filter(|e| !self.is_merge_key(e))
            .map(|e| e.key.clone())
            .collect();
        let mut out = Vec::with_capacity(entries.len());
        for e in entries {
            if !self.is_merge_key(&e) {
                out.push(e);
                continue;
            }
            let sources = match e.value.kind {
                YamlKind::Map(m) => vec![m],
                YamlKind::Seq(items)
                    if items.iter().all(|i| matches!(i.kind, YamlKind::Map(_))) =>
                {
                    items
                        .into_iter()
                        .map(|i| match i.kind {
                            YamlKind::Map(m) => m,
                            _ => Vec::new(),
                        })
                        .collect()
                }
                kind => {
                    let value = YamlNode {
                        kind,
                        span: e.value.span,
                        tag: e.value.tag,
                    };
                    self.problems.push(Problem::error(
                        value.span,
                        "the merge key `<<` needs a mapping or a sequence of mappings",
                    ));
                    out.push(YamlEntry { value, ..e });
                    continue;
                }
            };
            for src in sources {
                for entry in src {
                    if seen.insert(entry.key.clone()) {
                        out.push(entry);
                    }
                }
            }
        }
        out
    }
}

/// End of an anchor, alias or tag token: the next space or flow indicator.
fn token_end(b: &[u8], start: usize, end: usize) -> usize {
    let end = end.min(b.len());
    let mut i = start + 1;
    while i < end && !is_space(b[i]) && !is_flow_indicator(b[i]) {
        i += 1;
    }
    i.min(end)
}

/// A core-schema integer: decimal with an optional sign, `0x` or `0o`.
fn parse_int(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let v = if let Some(h) = digits.strip_prefix("0x") {
        u64::from_str_radix(h, 16).ok()? as f64
    } else if let Some(o) = digits.strip_prefix("0o") {
        u64::from_str_radix(o, 8).ok()? as f64
    } else if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
        digits.parse::<f64>().ok()?
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

/// A node in flow style, for collection keys.
fn render_flow(n: &YamlNode, out: &mut String) {
    match &n.kind {
        YamlKind::Null => out.push_str("null"),
        YamlKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        YamlKind::Number(v) => {
            if v.fract() == 0.0 && v.abs() < 1e15 {
                out.push_str(&format!("{}", *v as i64));
            } else {
                out.push_str(&v.to_string());
            }
        }
        YamlKind::String(s) => out.push_str(s),
        YamlKind::Seq(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                render_flow(item, out);
            }
            out.push(']');
        }
        YamlKind::Map(entries) => {
            out.push('{');
            for (i, e) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&e.key);
                out.push_str(": ");
                render_flow(&e.value, out);
            }
            out.push('}');
        }
    }
}
