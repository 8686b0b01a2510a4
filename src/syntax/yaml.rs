//! YAML with a byte span on every node, via `saphyr`. Shared by the CloudFormation and
//! Kubernetes front ends.
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
//! type and are not kept; other standard tags (`!!binary`, `!!timestamp`...) give a string. Any
//! other tag is kept in [`YamlNode::tag`] without its `!` handle: `!Ref`, `!<!Ref>` and `!e!Ref`
//! (with `%TAG !e! ...`) all give `Some("Ref")`.
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
//! Nesting deeper than [`MAX_DEPTH`] collections is cut: the collection at depth
//! `MAX_DEPTH + 1` becomes `Null` with a problem at its start. Alias expansion is bounded by
//! [`ALIAS_EXPANSION_BUDGET`] nodes per document ("billion laughs"): past it the document is
//! dropped with a problem at the alias. Merge keys (`<<: *base`, `<<: [*a, *b]`) are applied,
//! explicit keys winning over merged ones and earlier merged mappings over later ones. A mapping
//! with a duplicated key is a syntax error (YAML forbids it), reported at the second key.
//!
//! saphyr's loader recurses once per nesting level. So each document is first counted: the
//! characters that can open a collection bound its nesting, and the parse runs on a thread whose
//! stack fits that bound (up to 32k levels). A cheap line scan also estimates the nesting; a
//! document whose estimate passes the limit is skipped without parsing when the bound is too
//! large for the stack or when it has anchors (saphyr copies every anchored node). Documents are
//! split at `---` lines and parsed one by one, so an error or a limit costs only its document.

use std::collections::HashSet;
use std::ops::Range;
use std::panic::{AssertUnwindSafe, catch_unwind};

use saphyr::{LoadableYamlNode, MarkedYamlOwned, ScalarOwned, ScanError, Tag, YamlDataOwned};

use crate::diagnostics::Problem;
use crate::source::{FileId, Span};

/// Maximum nesting of collections (the root collection is depth 1).
pub const MAX_DEPTH: usize = 512;

/// Maximum number of nodes that alias expansion may produce in one document. This is the budget
/// saphyr's loader enforces (its default alias limit); it is restated here for callers and tests.
pub const ALIAS_EXPANSION_BUDGET: usize = 100_000;

/// Stack reserved per possible nesting level (saphyr's loader takes about 3.5 KiB per level in
/// debug builds, less in release builds).
const STACK_PER_LEVEL: usize = 8 * 1024;
/// Fixed part of the parsing thread's stack.
const STACK_BASE: usize = 1024 * 1024;
/// Past this many possible levels the stack is not grown further; the line scan's estimate
/// (which must then be within [`MAX_DEPTH`]) is trusted instead.
const STACK_CAP_LEVELS: usize = 32 * 1024;
/// Documents with at most this many possible levels are parsed on the caller's thread.
const INLINE_LEVELS: usize = 48;
/// Upper bound on the node copies saphyr makes when it records anchors (it copies every
/// anchored node, so nested anchors multiply).
const ANCHOR_COPY_LIMIT: usize = 5_000_000;

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
    if text.len() > u32::MAX as usize {
        return (
            Vec::new(),
            vec![Problem::error(
                Span::new(file, 0, 0),
                "YAML file too large (over 4 GiB)",
            )],
        );
    }
    let map = CharMap::new(text);
    let mut problems = Vec::new();
    let mut jobs = Vec::new();
    let mut char_base = 0;
    for range in split_documents(text) {
        let chunk = &text[range.clone()];
        let chars = if map.is_ascii() {
            chunk.len()
        } else {
            chunk.chars().count()
        };
        let scan = prescan(chunk);
        let anchor_copies = scan
            .anchors
            .min(scan.est_max.max(1))
            .saturating_mul(scan.nodes);
        if let Some(at) = scan
            .exceed_at
            .filter(|_| scan.levels > STACK_CAP_LEVELS || scan.anchors > 0)
        {
            let at = range.start + at;
            problems.push(Problem::error(
                char_span(file, text, at),
                format!("YAML nesting exceeds the maximum depth of {MAX_DEPTH}; document skipped"),
            ));
        } else if anchor_copies > ANCHOR_COPY_LIMIT {
            problems.push(Problem::error(
                Span::new(file, range.start, range.start),
                "YAML document has too many anchors for its size to be loaded safely; \
                 document skipped",
            ));
        } else {
            jobs.push(Job {
                range: range.clone(),
                char_base,
                levels: scan.levels.min(STACK_CAP_LEVELS),
            });
        }
        char_base += chars;
    }

    let levels = jobs.iter().map(|j| j.levels).max().unwrap_or(0);
    let run = || {
        let mut out = Output::default();
        for job in &jobs {
            load_chunk(file, text, &map, job, &mut out);
        }
        out
    };
    let out = if levels <= INLINE_LEVELS {
        run()
    } else {
        let stack = STACK_BASE + levels * STACK_PER_LEVEL;
        std::thread::scope(|s| {
            match std::thread::Builder::new()
                .name("posture-yaml".into())
                .stack_size(stack)
                .spawn_scoped(s, run)
            {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|_| Output::failed(file, "internal error in the YAML parser")),
                Err(_) => Output::failed(
                    file,
                    "could not start a thread to parse deeply nested YAML; file skipped",
                ),
            }
        })
    };
    problems.extend(out.problems);
    problems.sort_by_key(|p| (p.span.start, p.span.end));
    (out.docs, problems)
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
// Pre-scan: bounds on nesting before saphyr (which recurses) sees the document.

struct Scan {
    /// Sound upper bound on nesting: the number of characters that can open a collection.
    levels: usize,
    /// Rough upper bound on the number of nodes.
    nodes: usize,
    /// Number of `&` that can start an anchor.
    anchors: usize,
    /// Largest nesting estimated by the line scan.
    est_max: usize,
    /// Byte offset (in the chunk) where the estimate first exceeds [`MAX_DEPTH`].
    exceed_at: Option<usize>,
}

fn prescan(s: &str) -> Scan {
    let b = s.as_bytes();
    let n = b.len();

    // Every collection starts at `[`, `{`, or a `-`, `?` or `:` indicator, so counting them
    // bounds the nesting whatever the scalars and comments contain.
    let mut levels = 0usize;
    let mut commas = 0usize;
    let mut anchors = 0usize;
    for i in 0..n {
        let c = b[i];
        let prev = if i == 0 { b' ' } else { b[i - 1] };
        let next_sep = b
            .get(i + 1)
            .is_none_or(|&x| is_space(x) || is_flow_indicator(x));
        match c {
            b'[' | b'{' => levels += 1,
            b'-' | b'?' if next_sep => levels += 1,
            b':' if next_sep || matches!(prev, b'"' | b'\'' | b']' | b'}') => levels += 1,
            b',' => commas += 1,
            b'&' if is_space(prev) || matches!(prev, b'[' | b'{' | b',' | b':') => anchors += 1,
            _ => {}
        }
    }

    // Line scan: an estimate of the nesting (an upper bound for ordinary YAML), from the
    // indentation of the enclosing lines and the indicators on each line.
    let mut stack: Vec<(usize, usize)> = Vec::new(); // (indent, levels the line may open)
    let mut sum = 0usize;
    let mut flow = 0usize;
    let mut quote = 0u8;
    let mut block: Option<isize> = None;
    let mut est_max = 0usize;
    let mut exceed_at = None;
    let mut pos = 0;
    while pos < n {
        let eol = memchr(b'\n', b, pos);
        let mut end = eol;
        if end > pos && b[end - 1] == b'\r' {
            end -= 1;
        }
        let line = &b[pos..end];
        let indent = line.iter().take_while(|&&c| c == b' ').count();
        let blank = line[indent..].iter().all(|&c| is_blank(c));
        let marker = quote == 0
            && (line.starts_with(b"---") || line.starts_with(b"..."))
            && line.get(3).is_none_or(|&c| is_blank(c));
        if let Some(h) = block {
            if !marker && (blank || indent as isize > h) {
                pos = eol + 1;
                continue;
            }
            block = None;
        }
        let inside = flow > 0 || quote != 0;
        let (mut i, base, extra, line_indent) = if marker {
            stack.clear();
            sum = 0;
            flow = 0;
            (3, 0, 0, -1isize)
        } else if inside {
            (0, sum, 0, indent as isize)
        } else {
            if blank || line[indent] == b'#' {
                pos = eol + 1;
                continue;
            }
            let mut same = false;
            while let Some(&(ind, w)) = stack.last() {
                if ind < indent {
                    break;
                }
                same |= ind == indent;
                stack.pop();
                sum -= w;
            }
            // A `- ` line at the indentation of the line it replaces may be a sequence inside
            // that line's mapping: both stay open.
            let extra = usize::from(same && line[indent] == b'-');
            (indent, sum, extra, indent as isize)
        };
        let mut line_w = 0usize;
        while i < line.len() {
            let c = line[i];
            if quote == b'\'' {
                if c == b'\'' {
                    if line.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    quote = 0;
                }
                i += 1;
                continue;
            }
            if quote == b'"' {
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == b'"' {
                    quote = 0;
                }
                i += 1;
                continue;
            }
            let prev = if i == 0 { b' ' } else { line[i - 1] };
            let prev_ws = is_blank(prev) || (i == indent && !marker);
            let next_sep = line.get(i + 1).is_none_or(|&x| is_blank(x));
            let mut opened = false;
            match c {
                b'#' if prev_ws => break,
                b'\'' | b'"' if prev_ws || matches!(prev, b'[' | b'{' | b',' | b':') => quote = c,
                b'[' | b'{' => {
                    flow += 1;
                    opened = true;
                }
                b']' | b'}' => flow = flow.saturating_sub(1),
                b'-' | b'?' if flow == 0 && prev_ws && next_sep => {
                    line_w += 1;
                    opened = true;
                }
                b':' if flow == 0 && next_sep => {
                    line_w += 1;
                    opened = true;
                }
                b'|' | b'>' if flow == 0 && prev_ws && is_block_header(&line[i + 1..]) => {
                    block = Some(line_indent);
                    break;
                }
                _ => {}
            }
            if opened {
                let est = base + extra + line_w + flow;
                est_max = est_max.max(est);
                if est > MAX_DEPTH && exceed_at.is_none() {
                    exceed_at = Some(pos + i);
                }
            }
            i += 1;
        }
        if !marker && !inside {
            let w = line_w.max(1) + extra;
            stack.push((indent, w));
            sum += w;
        }
        pos = eol + 1;
    }

    Scan {
        levels,
        nodes: 2 * (levels + commas) + 2,
        anchors,
        est_max,
        exceed_at,
    }
}

/// After `|` or `>`: indentation and chomping indicators, then a space, a comment or the end.
fn is_block_header(rest: &[u8]) -> bool {
    let k = rest
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b'+' || **c == b'-')
        .count();
    rest.get(k).is_none_or(|&c| is_blank(c))
}

// ---------------------------------------------------------------------------------------------
// Loading one document with saphyr and converting it.

struct Job {
    range: Range<usize>,
    char_base: usize,
    levels: usize,
}

#[derive(Default)]
struct Output {
    docs: Vec<YamlDoc>,
    problems: Vec<Problem>,
}

impl Output {
    fn failed(file: FileId, message: &str) -> Output {
        Output {
            docs: Vec::new(),
            problems: vec![Problem::error(Span::new(file, 0, 0), message)],
        }
    }
}

fn load_chunk(file: FileId, text: &str, map: &CharMap, job: &Job, out: &mut Output) {
    let chunk = &text[job.range.clone()];
    let loaded = catch_unwind(AssertUnwindSafe(|| {
        let mut conv = Conv {
            file,
            text,
            b: text.as_bytes(),
            map,
            base: job.char_base,
            problems: Vec::new(),
        };
        let docs = match MarkedYamlOwned::load_from_str(chunk) {
            Ok(docs) => docs,
            Err(e) => {
                conv.problems.push(conv.scan_error(&e));
                Vec::new()
            }
        };
        let mut result = Vec::new();
        for (i, doc) in docs.into_iter().enumerate() {
            let mut root = conv.node(doc, 1);
            let mut start = root.span.start as usize;
            let mut end = root.span.end as usize;
            if i == 0
                && let Some(m) = explicit_start(text, job.range.clone())
                && m <= start
            {
                if root.is_null() && start == end {
                    // An empty document: saphyr puts it at the next token; keep it at `---`.
                    root.span = Span::new(file, m + 3, m + 3);
                    end = m + 3;
                }
                start = m;
                end = end.max(m + 3);
            }
            let span = Span::new(file, start, end);
            result.push(YamlDoc { root, span });
        }
        (result, conv.problems)
    }));
    match loaded {
        Ok((docs, problems)) => {
            out.docs.extend(docs);
            out.problems.extend(problems);
        }
        Err(_) => out.problems.push(Problem::error(
            Span::new(file, job.range.start, job.range.start),
            "internal error in the YAML parser; document skipped",
        )),
    }
}

/// The offset of the `---` that opens the document in `range`, if it has one.
fn explicit_start(text: &str, range: Range<usize>) -> Option<usize> {
    let b = text.as_bytes();
    let mut pos = range.start;
    while pos < range.end {
        let eol = memchr(b'\n', b, pos).min(range.end);
        let line = &b[pos..eol];
        let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
        let t = line.trim_ascii();
        if line.starts_with(b"---") && line.get(3).is_none_or(|&c| is_space(c)) {
            return Some(eol - line.len());
        }
        if !(t.is_empty() || t[0] == b'#' || t[0] == b'%') {
            return None;
        }
        pos = eol + 1;
    }
    None
}

struct Conv<'a> {
    file: FileId,
    text: &'a str,
    b: &'a [u8],
    map: &'a CharMap,
    base: usize,
    problems: Vec<Problem>,
}

/// What precedes a node's content: anchor, tag, alias.
struct Props {
    /// Start of the content, after the anchor and tag.
    start: usize,
    /// The tag as written (`!Ref`, `!!int`, `!<...>`).
    tag: Option<Range<usize>>,
    alias: bool,
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

impl Conv<'_> {
    fn pos(&self, m: &saphyr::Marker) -> usize {
        self.map.byte(self.base + m.index())
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start, end.max(start))
    }

    fn scan_error(&self, e: &ScanError) -> Problem {
        let at = self.pos(e.marker());
        let info = e.info();
        let message = if info.contains("alias expansion exceeded") {
            format!(
                "alias expansion exceeds the budget of {ALIAS_EXPANSION_BUDGET} nodes \
                 (a \"billion laughs\" document?); document skipped"
            )
        } else if info.contains("recursion limit exceeded") {
            "YAML syntax error: flow collections nested too deeply".to_string()
        } else {
            format!("YAML syntax error: {info}")
        };
        Problem::error(char_span(self.file, self.text, at), message)
    }

    /// Skips whitespace, comments, an anchor and a tag from `start`; notes an alias.
    fn props(&self, start: usize, end: usize) -> Props {
        let b = self.b;
        let end = end.min(b.len());
        let mut i = start.min(end);
        let mut tag = None;
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
                    let s = i;
                    i = if b.get(i + 1) == Some(&b'<') {
                        b[i..end]
                            .iter()
                            .position(|&c| c == b'>')
                            .map_or(end, |p| i + p + 1)
                    } else {
                        token_end(b, i, end)
                    };
                    tag = Some(s..i);
                }
                b'*' => {
                    return Props {
                        start: i,
                        tag,
                        alias: true,
                    };
                }
                _ => break,
            }
        }
        Props {
            start: i,
            tag,
            alias: false,
        }
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

    fn node(&mut self, n: MarkedYamlOwned, depth: usize) -> YamlNode {
        let start = self.pos(&n.span.start);
        let end = self.pos(&n.span.end).max(start);
        self.data(n.data, start, end, None, depth)
    }

    fn data(
        &mut self,
        data: YamlDataOwned<MarkedYamlOwned>,
        start: usize,
        end: usize,
        tag: Option<String>,
        depth: usize,
    ) -> YamlNode {
        match data {
            YamlDataOwned::Tagged(t, inner) => match classify_tag(&t) {
                TagKind::Custom(name) => self.data(inner.data, start, end, Some(name), depth),
                TagKind::Core(suffix) => {
                    let mut node = self.data(inner.data, start, end, tag, depth);
                    self.apply_core_tag(&mut node, &suffix);
                    node
                }
                TagKind::NonSpecific => {
                    let mut node = self.data(inner.data, start, end, tag, depth);
                    self.apply_core_tag(&mut node, "str");
                    node
                }
            },
            YamlDataOwned::Sequence(items) => {
                let Some((props, mut s)) = self.open_collection(start, end, depth) else {
                    return self.too_deep(start, end, tag);
                };
                if let Some(first) = items.first()
                    && !props.alias
                    && !matches!(self.b.get(s), Some(b'['))
                {
                    // saphyr starts a sequence that is not indented under its key after the
                    // first `- `: start at the `-` before the first item instead.
                    let mut i = self.pos(&first.span.start);
                    while i > 0 && is_space(self.b[i - 1]) {
                        i -= 1;
                    }
                    if i > 0 && self.b[i - 1] == b'-' {
                        s = i - 1;
                    }
                }
                let items: Vec<YamlNode> =
                    items.into_iter().map(|c| self.node(c, depth + 1)).collect();
                let last = items.iter().map(|c| c.span.end as usize).max();
                let span = self.collection_span(&props, s, end, last);
                YamlNode {
                    kind: YamlKind::Seq(items),
                    span,
                    tag,
                }
            }
            YamlDataOwned::Mapping(m) => {
                let Some((props, s)) = self.open_collection(start, end, depth) else {
                    return self.too_deep(start, end, tag);
                };
                let mut entries = Vec::with_capacity(m.len());
                let mut last = None;
                for (k, v) in m {
                    let key = self.node(k, depth + 1);
                    let value = self.node(v, depth + 1);
                    last = last.max(Some(key.span.end.max(value.span.end) as usize));
                    entries.push(YamlEntry {
                        key: self.key_text(&key),
                        key_span: key.span,
                        value,
                    });
                }
                let entries = self.apply_merges(entries);
                let span = self.collection_span(&props, s, end, last);
                YamlNode {
                    kind: YamlKind::Map(entries),
                    span,
                    tag,
                }
            }
            YamlDataOwned::Value(v) => self.scalar(Some(v), start, end, tag),
            YamlDataOwned::BadValue => self.scalar(None, start, end, tag),
            YamlDataOwned::Representation(s, _, _) => {
                self.scalar(Some(ScalarOwned::String(s)), start, end, tag)
            }
            YamlDataOwned::Alias(_) => self.scalar(Some(ScalarOwned::Null), start, end, tag),
        }
    }

    /// The props of a collection and its content start, or `None` when it is too deep.
    fn open_collection(
        &mut self,
        start: usize,
        end: usize,
        depth: usize,
    ) -> Option<(Props, usize)> {
        let props = self.props(start, end);
        let s = props.start;
        (depth <= MAX_DEPTH).then_some((props, s))
    }

    fn too_deep(&mut self, start: usize, end: usize, tag: Option<String>) -> YamlNode {
        let at = self.props(start, end).start;
        let span = char_span(self.file, self.text, at);
        self.problems.push(Problem::error(
            span,
            format!("YAML nesting exceeds the maximum depth of {MAX_DEPTH}"),
        ));
        YamlNode {
            kind: YamlKind::Null,
            span,
            tag,
        }
    }

    fn collection_span(&self, props: &Props, s: usize, end: usize, last: Option<usize>) -> Span {
        let b = self.b;
        if props.alias {
            return self.span(s, token_end(b, s, b.len()));
        }
        let e = match b.get(s) {
            Some(b'[') | Some(b'{') => {
                let close = if b[s] == b'[' { b']' } else { b'}' };
                if b.get(end) == Some(&close) {
                    end + 1
                } else {
                    self.trim_end(s, end)
                }
            }
            _ => last.unwrap_or_else(|| self.trim_end(s, end)),
        };
        self.span(s, e)
    }

    fn scalar(
        &mut self,
        value: Option<ScalarOwned>,
        start: usize,
        end: usize,
        tag: Option<String>,
    ) -> YamlNode {
        let props = self.props(start, end);
        let mut s = props.start;
        if !props.alias && matches!(self.b.get(s), Some(b'|' | b'>')) && s < end {
            // A block scalar whose span began at its anchor or tag: skip the header line, as
            // saphyr does for untagged ones.
            s = memchr(b'\n', &self.b[..end.min(self.b.len())], s);
            while s < end && is_space(self.b[s]) {
                s += 1;
            }
        }
        let mut e = if props.alias {
            token_end(self.b, s, self.b.len())
        } else if let Some(q) = self.closing_quote(s, end) {
            q + 1
        } else {
            self.trim_end(s, end)
        };
        let kind = match value {
            Some(ScalarOwned::Null) => YamlKind::Null,
            Some(ScalarOwned::Boolean(v)) => YamlKind::Bool(v),
            Some(ScalarOwned::Integer(v)) => YamlKind::Number(v as f64),
            Some(ScalarOwned::FloatingPoint(v)) => YamlKind::Number(v.0),
            Some(ScalarOwned::String(v)) => YamlKind::String(v),
            // A standard tag the value does not fit (`!!int abc`, `!!binary ...`): the text.
            None => YamlKind::String(fold_plain(&self.text[s..e])),
        };
        if matches!(kind, YamlKind::Null) && !props.alias {
            // An empty scalar: an empty span where it would be.
            let t = &self.b[s..e];
            let len = ["~", "null", "Null", "NULL"]
                .iter()
                .find(|w| t == w.as_bytes())
                .map_or(0, |w| w.len());
            e = s + len;
        }
        let mut node = YamlNode {
            kind,
            span: self.span(s, e),
            tag,
        };
        if !props.alias
            && let Some(r) = props.tag
            && let Some(core) = core_suffix(&self.text[r])
        {
            self.apply_core_tag(&mut node, &core);
        }
        node
    }

    /// Makes a scalar fit a standard tag (`!!int "12"` is the number 12).
    fn apply_core_tag(&self, node: &mut YamlNode, suffix: &str) {
        let raw = match &node.kind {
            YamlKind::Seq(_) | YamlKind::Map(_) => return,
            YamlKind::String(s) => s.clone(),
            _ => {
                let t = &self.text[node.span.range()];
                if t.starts_with('*') {
                    return;
                }
                t.to_string()
            }
        };
        let kind = match suffix {
            "str" => Some(YamlKind::String(raw.clone())),
            "int" => parse_int(&raw).map(YamlKind::Number),
            "float" => parse_int(&raw)
                .or_else(|| saphyr::parse_core_schema_fp(&raw))
                .map(YamlKind::Number),
            "bool" => match raw.to_ascii_lowercase().as_str() {
                "true" => Some(YamlKind::Bool(true)),
                "false" => Some(YamlKind::Bool(false)),
                _ => None,
            },
            "null" => matches!(raw.as_str(), "" | "~" | "null" | "Null" | "NULL")
                .then_some(YamlKind::Null),
            _ => None,
        };
        node.kind = kind.unwrap_or(YamlKind::String(raw));
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
    let mut i = start + 1;
    while i < end && !is_space(b[i]) && !is_flow_indicator(b[i]) {
        i += 1;
    }
    i.min(end)
}

/// The suffix of a standard tag as written: `!!int` or `!<tag:yaml.org,2002:int>`.
fn core_suffix(written: &str) -> Option<String> {
    if let Some(s) = written.strip_prefix("!!") {
        return Some(s.to_string());
    }
    written
        .strip_prefix("!<")
        .and_then(|s| s.strip_suffix('>'))
        .and_then(|s| s.strip_prefix(CORE_PREFIX))
        .map(str::to_string)
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

/// A plain scalar's value from its source lines (line breaks fold to spaces, blank lines to
/// newlines).
fn fold_plain(src: &str) -> String {
    if !src.contains('\n') {
        return src.trim().to_string();
    }
    let mut out = String::new();
    let mut pending_break = false;
    for (i, line) in src.lines().map(str::trim).enumerate() {
        if line.is_empty() {
            out.push('\n');
            pending_break = false;
            continue;
        }
        if i > 0 && pending_break {
            out.push(' ');
        }
        out.push_str(line);
        pending_break = true;
    }
    out
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
