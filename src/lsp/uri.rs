//! `file:` URIs ↔ paths, with percent-encoding (lsp-types' `Uri` does not convert paths).

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::Uri;

/// Characters left as they are in a path segment (RFC 3986 unreserved, plus `/` and the
/// sub-delimiters editors leave alone). Everything else is percent-encoded as UTF-8.
fn keep(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'-' | b'.'
                | b'_'
                | b'~'
                | b'/'
                | b'!'
                | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b'@'
        )
}

fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let s = path.to_string_lossy().replace('\\', "/");
    // Windows paths (`C:/x`) become `file:///C:/x`.
    let s = if s.starts_with('/') {
        s
    } else {
        format!("/{s}")
    };
    Uri::from_str(&format!("file://{}", encode(&s))).ok()
}

/// The path of a `file:` URI (`None` for other schemes or a malformed one).
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s
        .strip_prefix("file://")
        .or_else(|| s.strip_prefix("FILE://"))?;
    // An authority (`file://host/path`) is not a local file; `localhost` is.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(i) if rest[..i].eq_ignore_ascii_case("localhost") => &rest[i..],
        _ => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let decoded = decode(path)?;
    // `/C:/x` → `C:/x` on Windows.
    let b = decoded.as_bytes();
    if cfg!(windows) && b.len() >= 3 && b[0] == b'/' && b[1].is_ascii_alphabetic() && b[2] == b':' {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes() {
        let p = Path::new("/tmp/my dir/ünï #1/main.tf");
        let uri = from_path(p).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///tmp/my%20dir/%C3%BCn%C3%AF%20%231/main.tf"
        );
        assert_eq!(to_path(&uri).unwrap(), p);
        let other = Uri::from_str("file:///tmp/a%3Ab/x%2etf").unwrap();
        assert_eq!(to_path(&other).unwrap(), Path::new("/tmp/a:b/x.tf"));
        let local = Uri::from_str("file://localhost/etc/x.tf").unwrap();
        assert_eq!(to_path(&local).unwrap(), Path::new("/etc/x.tf"));
        assert_eq!(
            to_path(&Uri::from_str("untitled:Untitled-1").unwrap()),
            None
        );
        assert_eq!(
            to_path(&Uri::from_str("file://server/share/x").unwrap()),
            None
        );
        assert_eq!(
            Uri::from_str("file:///bad%zz")
                .ok()
                .and_then(|u| to_path(&u)),
            None
        );
    }
}
