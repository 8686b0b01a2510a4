//! No side effects: a scan never follows module sources or nested stacks over the network,
//! never reads outside the scanned directories (`file()`, `templatefile()`, `TemplateURL`,
//! symbolic links), never writes anything but its named outputs, and the library never
//! spawns processes or opens sockets.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Text that lives only outside the scanned directory.
const MARKERS: &[&str] = &[
    "OUTSIDE-MARKER-7f3a",
    "outside_marker",
    "OutsideMarkerBucket",
];

fn posture(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("TF_VAR_x")
        .output()
        .expect("run posture")
}

fn write(path: &Path, text: &str) {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).expect("mkdir");
    }
    std::fs::write(path, text).expect("write");
}

/// `base/outside` (secrets and IaC that must stay unread) beside `base/root` (the scanned
/// tree), which reaches out in every way it can.
fn hostile_tree(name: &str) -> PathBuf {
    let base = std::env::temp_dir().join(format!("posture-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let out = base.join("outside");
    write(&out.join("secret.txt"), "OUTSIDE-MARKER-7f3a\n");
    write(
        &out.join("evil.tf"),
        "resource \"aws_ebs_volume\" \"outside_marker\" {\n  availability_zone = \"us-east-1a\"\n  size              = 1\n}\n",
    );
    write(
        &out.join("nested.yaml"),
        "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  OutsideMarkerBucket:\n    Type: AWS::S3::Bucket\n",
    );
    let root = base.join("root");
    let instance = |name: &str, user_data: &str| {
        format!(
            "resource \"aws_instance\" \"{name}\" {{\n  ami           = \"ami-12345678\"\n  instance_type = \"t3.micro\"\n  user_data     = {user_data}\n}}\n"
        )
    };
    let main = [
        "module \"git\" {\n  source = \"git::https://example.com/modules/vpc.git?ref=v1\"\n}\n".to_string(),
        "module \"web\" {\n  source = \"https://example.com/modules/web.zip\"\n}\n".to_string(),
        "module \"registry\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.0.0\"\n}\n".to_string(),
        instance("a", "file(\"/etc/passwd\")"),
        instance("b", "file(\"../outside/secret.txt\")"),
        instance("c", "templatefile(\"sub/../../outside/secret.txt\", {})"),
        instance("d", "file(\"sub/link.txt\")"),
    ]
    .join("\n");
    write(&root.join("main.tf"), &main);
    write(
        &root.join("stack.yaml"),
        "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Remote:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://example.com/templates/evil.yaml\n  Traversal:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ../outside/nested.yaml\n",
    );
    std::fs::create_dir_all(root.join("sub")).expect("mkdir");
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink("../../outside/secret.txt", root.join("sub/link.txt")).expect("symlink");
        symlink("../outside/evil.tf", root.join("link.tf")).expect("symlink");
        symlink("../outside", root.join("linkdir")).expect("symlink");
    }
    base
}

#[test]
fn nothing_outside_the_scanned_tree_is_fetched_or_read() {
    let base = hostile_tree("outside");
    let root = base.join("root");
    let out = posture(&root, &["scan", ".", "--format", "json", "--no-progress"]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["errors"], serde_json::json!([]));
    let notices: Vec<String> = doc["notices"]
        .as_array()
        .expect("notices")
        .iter()
        .map(|n| {
            format!(
                "{}:{}: {}",
                n["file"].as_str().unwrap_or(""),
                n["line"],
                n["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    let link = "skipped: a symbolic link to a file outside the scanned directories; not read";
    let mut want = Vec::new();
    #[cfg(unix)]
    want.extend([
        format!("link.tf:1: {link}"),
        format!("linkdir/evil.tf:1: {link}"),
        format!("linkdir/nested.yaml:1: {link}"),
    ]);
    want.extend([
        "main.tf:1: module \"git\" (git::https://example.com/modules/vpc.git?ref=v1) is not a local path and is not installed; run `terraform init` to scan it (Posture never downloads modules)".to_string(),
        "main.tf:5: module \"web\" (https://example.com/modules/web.zip) is not a local path and is not installed; run `terraform init` to scan it (Posture never downloads modules)".to_string(),
        "main.tf:9: module \"registry\" (terraform-aws-modules/vpc/aws) is not a local path and is not installed; run `terraform init` to scan it (Posture never downloads modules)".to_string(),
        "main.tf:17: /etc/passwd: absolute paths are not read".to_string(),
        "main.tf:23: ../outside/secret.txt: outside the scanned directories; not read".to_string(),
        "main.tf:29: sub/../../outside/secret.txt: outside the scanned directories; not read".to_string(),
    ]);
    #[cfg(unix)]
    want.push("main.tf:35: sub/link.txt: outside the scanned directories; not read".to_string());
    #[cfg(not(unix))]
    want.push("main.tf:35: sub/link.txt: no such file".to_string());
    want.extend([
        "stack.yaml:6: nested stack Remote (https://example.com/templates/evil.yaml) is remote and was not scanned; Posture never downloads templates".to_string(),
        "stack.yaml:10: nested stack Traversal: no template at ../outside/nested.yaml among the scanned files".to_string(),
    ]);
    assert_eq!(notices, want);
    let resources: Vec<&str> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["resource"].as_str())
        .collect();
    assert_eq!(
        resources,
        [
            "aws_instance.a",
            "aws_instance.a",
            "aws_instance.b",
            "aws_instance.b",
            "aws_instance.c",
            "aws_instance.c",
            "aws_instance.d",
            "aws_instance.d"
        ]
    );
    for format in [
        "cli", "json", "sarif", "junit", "github", "gitlab", "markdown", "compact",
    ] {
        let out = posture(&root, &["scan", ".", "--format", format, "--no-progress"]);
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        for m in MARKERS.iter().chain(&["root:x:0:0", "root:*:0:0"]) {
            assert!(!text.contains(m), "{format} shows {m}:\n{text}");
        }
    }
    let _ = std::fs::remove_dir_all(base);
}

/// Every file under `dir` (following no links), with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            let ft = e.file_type().expect("file type");
            let rel = p.strip_prefix(dir).expect("under dir").to_path_buf();
            if ft.is_dir() {
                out.insert(rel.join(""), Vec::new());
                stack.push(p);
            } else if ft.is_symlink() {
                let target = std::fs::read_link(&p).expect("read_link");
                out.insert(rel, target.to_string_lossy().as_bytes().to_vec());
            } else {
                out.insert(rel, std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

#[test]
fn a_scan_writes_only_its_named_outputs() {
    let base = hostile_tree("writes");
    let work = base.join("work");
    std::fs::create_dir_all(&work).expect("mkdir");
    write(&work.join("keep.txt"), "untouched\n");
    // Posture does not create directories for its outputs.
    std::fs::create_dir_all(work.join("reports")).expect("mkdir");
    let tree_before = snapshot(&base.join("root"));
    let outside_before = snapshot(&base.join("outside"));
    let work_before = snapshot(&work);
    let out = posture(
        &work,
        &[
            "scan",
            "../root",
            "--no-progress",
            "--format",
            "sarif",
            "-o",
            "reports/r.sarif",
            "--output-format",
            "json:r.json",
            "--output-format",
            "junit:reports/junit.xml",
            "--output-format",
            "markdown:comment.md",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(snapshot(&base.join("root")), tree_before);
    assert_eq!(snapshot(&base.join("outside")), outside_before);
    let mut work_after = snapshot(&work);
    for name in [
        "r.json",
        "comment.md",
        "reports/r.sarif",
        "reports/junit.xml",
    ] {
        let bytes = work_after.remove(Path::new(name)).unwrap_or_default();
        assert!(!bytes.is_empty(), "{name} was not written");
    }
    assert_eq!(work_after, work_before);
    let _ = std::fs::remove_dir_all(base);
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_library_spawns_no_process_and_opens_no_socket() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("checks"), &mut files);
    files.push(root.join("build.rs"));
    // The only exception: `--diff-base` runs `git diff`/`git ls-files` on the user's own
    // request, with external diff drivers, text conversion, hooks and fsmonitor off.
    let allowed = |path: &Path, pattern: &str| {
        path.ends_with("src/gitdiff.rs")
            && matches!(pattern, "std::process::Command" | "Command::new")
    };
    // `std::net` address types (`Ipv4Addr`, `IpAddr`) parse CIDRs; nothing network-capable.
    let forbidden = [
        "std::process::Command",
        "Command::new",
        "process::Stdio",
        "TcpStream",
        "TcpListener",
        "UdpSocket",
        "UnixStream",
        "ToSocketAddrs",
        "std::net::Tcp",
        "std::net::Udp",
        "libc::",
        "reqwest",
        "ureq",
    ];
    let mut hits = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read");
        for p in forbidden {
            if text.contains(p) && !allowed(f, p) {
                hits.push(format!("{}: {p}", f.display()));
            }
        }
        for line in text.lines().filter(|l| l.contains("std::net::")) {
            let ok = ["Ipv4Addr", "Ipv6Addr", "IpAddr"]
                .iter()
                .any(|t| line.contains(t));
            if !ok {
                hits.push(format!("{}: {}", f.display(), line.trim()));
            }
        }
    }
    assert!(hits.is_empty(), "{hits:#?}");
    // The exception really is one: it is gated on --diff-base.
    let gitdiff = std::fs::read_to_string(root.join("src/gitdiff.rs")).expect("gitdiff.rs");
    for flag in [
        "--no-ext-diff",
        "--no-textconv",
        "core.hooksPath=/dev/null",
        "core.fsmonitor=false",
    ] {
        assert!(gitdiff.contains(flag), "{flag}");
    }
}

#[test]
fn no_http_client_or_async_runtime_is_a_dependency() {
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"))
        .expect("Cargo.lock");
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .collect();
    assert!(names.contains(&"posture"), "{names:?}");
    let clients = [
        "reqwest",
        "ureq",
        "hyper",
        "curl",
        "curl-sys",
        "isahc",
        "attohttpc",
        "surf",
        "h2",
        "tokio",
        "async-std",
        "mio",
        "socket2",
        "native-tls",
        "openssl",
        "rustls",
        "git2",
        "gix",
    ];
    let found: Vec<&&str> = clients.iter().filter(|c| names.contains(c)).collect();
    assert!(
        found.is_empty(),
        "network-capable crates in Cargo.lock: {found:?}"
    );
}
