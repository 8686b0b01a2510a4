//! The pull-request gate's output formats, end to end through the binary: snapshots of every
//! format on fixed inputs, SARIF validated against the official SARIF 2.1.0 schema and
//! GitHub code scanning's rules, fingerprints that survive shifted lines, well-formed JUnit
//! XML, and several reports from one run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The fixture of this file: findings of every severity, one after non-ASCII text on its
/// line (`volumes.tf.json`), one with a related location, and an input error (`broken.tf`).
const REPORT: &str = "tests/data/report";
const CLI: &str = "tests/data/cli/main.tf";

fn posture_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_posture"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run posture")
}

fn posture(args: &[&str]) -> Output {
    posture_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// The report of one format on stdout (the scan itself must have run: exit 0 or 1).
fn report(path: &str, format: &str) -> String {
    let out = posture(&["scan", path, "--format", format, "--no-progress"]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{format}: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 report")
}

fn sarif(path: &str) -> Value {
    serde_json::from_str(&report(path, "sarif")).expect("SARIF is JSON")
}

/// The SARIF log with what other people's work changes replaced by placeholders: the tool
/// version, and each rule's documentation (checked here to be the check's own docs).
fn stable_sarif(mut doc: Value) -> String {
    let driver = &mut doc["runs"][0]["tool"]["driver"];
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    driver["version"] = "[version]".into();
    driver["semanticVersion"] = "[version]".into();
    for rule in driver["rules"].as_array_mut().expect("rules") {
        let id = rule["id"].as_str().expect("rule id").to_string();
        let check = posture::registry::find(&id).expect("a rule is a check");
        let docs = posture::docs::markdown(check);
        assert_eq!(rule["help"]["markdown"], docs.as_str(), "{id}");
        assert_eq!(rule["help"]["text"], docs.as_str(), "{id}");
        assert_eq!(
            rule["fullDescription"]["markdown"],
            check.description.trim(),
            "{id}"
        );
        rule["help"] = serde_json::json!({"text": "[docs]", "markdown": "[docs]"});
        rule["fullDescription"] =
            serde_json::json!({"text": "[description]", "markdown": "[description]"});
    }
    serde_json::to_string_pretty(&doc).expect("json") + "\n"
}

#[test]
fn snapshots_of_every_format_on_the_report_fixture() {
    insta::assert_snapshot!("report_sarif", stable_sarif(sarif(REPORT)));
    for format in [
        "cli", "json", "junit", "github", "gitlab", "markdown", "compact",
    ] {
        insta::assert_snapshot!(format!("report_{format}"), report(REPORT, format));
    }
}

#[test]
fn snapshots_of_every_format_on_the_cli_fixture() {
    insta::assert_snapshot!("cli_sarif", stable_sarif(sarif(CLI)));
    for format in ["junit", "github", "gitlab", "markdown", "compact"] {
        insta::assert_snapshot!(format!("cli_{format}"), report(CLI, format));
    }
}

fn schema_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sarif/sarif-schema-2.1.0.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    assert_eq!(
        schema["id"],
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    );
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn schema_errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let validator = schema_validator();
    for path in [REPORT, CLI, "examples", "examples/terraform/secure"] {
        let doc = sarif(path);
        let errors = schema_errors(&validator, &doc);
        assert!(errors.is_empty(), "{path}: {errors:#?}");
    }
    // The validator does reject what the schema forbids.
    let mut bad = sarif(REPORT);
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    bad["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] = "not a uri".into();
    assert_eq!(schema_errors(&validator, &bad).len(), 3);
}

/// What GitHub code scanning asks of a SARIF upload, beyond the schema.
fn assert_github_rules(doc: &Value) {
    assert_eq!(doc["version"], "2.1.0");
    let runs = doc["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1, "one run");
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "Posture");
    assert!(driver["informationUri"].as_str().is_some());
    let rules = driver["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted, "rules are unique and sorted by id");
    for rule in rules {
        let check = posture::registry::find(rule["id"].as_str().expect("id")).expect("check");
        assert_eq!(rule["name"], check.name);
        assert_eq!(
            rule["shortDescription"]["text"]
                .as_str()
                .map(|s| s.trim_end_matches('.')),
            Some(check.title)
        );
        let level = match check.severity.as_str() {
            "critical" | "high" => "error",
            "medium" => "warning",
            _ => "note",
        };
        assert_eq!(rule["defaultConfiguration"]["level"], level);
        let score = match check.severity.as_str() {
            "critical" => "9.5",
            "high" => "8.0",
            "medium" => "5.5",
            _ => "3.0",
        };
        assert_eq!(rule["properties"]["security-severity"], score);
        assert!(rule["properties"]["precision"].is_string());
        let tags: Vec<&str> = rule["properties"]["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .map(|t| t.as_str().expect("tag"))
            .collect();
        assert!(tags.contains(&"security"));
        for f in check.frameworks {
            assert!(tags.contains(&f.as_str()), "{tags:?} lacks {}", f.as_str());
        }
        let source = posture::registry::source_of(check).expect("source");
        let service = source.split('/').nth(2).expect("service");
        assert!(tags.contains(&service), "{tags:?} lacks {service}");
        assert_eq!(
            rule["helpUri"],
            format!("https://github.com/posture-dev/posture/blob/main/{source}")
        );
        assert!(rule["help"]["text"].is_string() && rule["help"]["markdown"].is_string());
    }
    let uri_ok = |loc: &Value| {
        let art = &loc["physicalLocation"]["artifactLocation"];
        let uri = art["uri"].as_str().expect("uri");
        assert_eq!(art["uriBaseId"], "%SRCROOT%");
        assert!(
            !uri.starts_with('/')
                && !uri.contains("file:")
                && !uri.starts_with("./")
                && !uri.split('/').any(|s| s == ".." || s == "."),
            "{uri} is not repository-relative"
        );
        let region = &loc["physicalLocation"]["region"];
        let start = region["startLine"].as_u64().expect("startLine");
        assert!(start >= 1);
        assert!(region["startColumn"].as_u64().expect("startColumn") >= 1);
        assert!(region["endLine"].as_u64().expect("endLine") >= start);
        assert!(region["endColumn"].as_u64().expect("endColumn") >= 1);
    };
    for result in run["results"].as_array().expect("results") {
        let i = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(result["ruleId"], rules[i]["id"]);
        assert!(result["message"]["text"].is_string());
        let locations = result["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), 1, "exactly one location");
        uri_ok(&locations[0]);
        assert_eq!(locations[0]["logicalLocations"][0]["kind"], "resource");
        for related in result["relatedLocations"].as_array().into_iter().flatten() {
            uri_ok(related);
        }
        let fp = result["partialFingerprints"]["postureFingerprint/v1"]
            .as_str()
            .expect("fingerprint");
        assert!(fp.len() == 64 && fp.bytes().all(|b| b.is_ascii_hexdigit()));
    }
    let invocation = &run["invocations"][0];
    assert!(invocation["executionSuccessful"].is_boolean());
    for n in invocation["toolExecutionNotifications"]
        .as_array()
        .expect("notifications")
    {
        for loc in n["locations"].as_array().into_iter().flatten() {
            uri_ok(loc);
        }
    }
}

#[test]
fn sarif_follows_github_code_scanning_rules() {
    for path in [REPORT, CLI, "examples"] {
        assert_github_rules(&sarif(path));
    }
    let doc = sarif(REPORT);
    let run = &doc["runs"][0];
    // the input error, with its location
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .expect("notifications");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["level"], "error");
    assert_eq!(
        notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/data/report/broken.tf"
    );
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    // columns count characters: `"encrypted"` comes after "données" and "été ☀"
    let ebs = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "AWS-EBS-001")
        .expect("the EBS finding");
    let text = std::fs::read_to_string(format!("{REPORT}/volumes.tf.json")).expect("fixture");
    let byte = text.find("\"encrypted\"").expect("encrypted");
    let column = text[..byte].chars().count() as u64 + 1;
    assert!(
        column < byte as u64 + 1,
        "the line has multi-byte characters"
    );
    let region = &ebs["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], column);
    assert_eq!(
        ebs["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "aws_ebs_volume.données"
    );
    let related = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "AWS-IAM-004")
        .expect("the IAM finding");
    assert_eq!(
        related["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
        5
    );
    // A suppressed finding stays in the log, marked as suppressed in the source.
    let suppressed: Vec<&Value> = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["ruleId"], "AWS-KMS-001");
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "rotation is managed outside Terraform"
    );
}

#[test]
fn sarif_uris_do_not_depend_on_how_the_path_was_given() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let absolute = root.join(REPORT);
    let runs = [
        posture_in(root, &["scan", REPORT, "--format", "sarif"]),
        posture_in(root, &["scan", "./tests/data/report", "--format", "sarif"]),
        posture_in(
            root,
            &[
                "scan",
                absolute.to_str().expect("utf-8 path"),
                "--format",
                "sarif",
            ],
        ),
        posture_in(
            &root.join("tests"),
            &["scan", "../tests/data/report", "--format", "sarif"],
        ),
    ];
    let keys: Vec<Vec<(String, String)>> = runs
        .iter()
        .map(|o| {
            let doc: Value = serde_json::from_slice(&o.stdout).expect("sarif");
            doc["runs"][0]["results"]
                .as_array()
                .expect("results")
                .iter()
                .map(|r| {
                    (
                        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                            .as_str()
                            .unwrap_or("")
                            .to_string(),
                        r["partialFingerprints"]["postureFingerprint/v1"]
                            .as_str()
                            .unwrap_or("")
                            .to_string(),
                    )
                })
                .collect()
        })
        .collect();
    assert!(
        keys[0]
            .iter()
            .any(|(uri, _)| uri == "tests/data/report/main.tf")
    );
    assert!(
        keys[0]
            .iter()
            .any(|(uri, _)| uri == "tests/data/report/volumes.tf.json")
    );
    for k in &keys[1..] {
        assert_eq!(k, &keys[0]);
    }
}

#[test]
fn unresolved_findings_are_marked_in_sarif() {
    let dir = temp_dir("unresolved");
    std::fs::write(
        dir.join("u.tf"),
        "variable \"enc\" {}\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.enc\n}\n",
    )
    .expect("write");
    let out = posture_in(
        &dir,
        &["scan", "u.tf", "--format", "sarif", "--strict-unknowns"],
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let results = doc["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["properties"]["unresolved"], true);
    let plain = sarif(CLI);
    for r in plain["runs"][0]["results"].as_array().expect("results") {
        assert!(r["properties"].get("unresolved").is_none());
    }
    let _ = std::fs::remove_dir_all(dir);
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "posture-report-{name}-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("tmp");
    dir
}

/// (rule, resource, start line, fingerprint) of a SARIF result.
type Identity = (String, String, u64, String);

/// The identities of every SARIF result, and the GitLab fingerprints, for `infra/` under
/// `dir`.
fn identities(dir: &Path) -> (Vec<Identity>, Vec<String>) {
    let out = posture_in(dir, &["scan", "infra", "--format", "sarif"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let sarif = doc["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap_or("").to_string(),
                r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap_or(0),
                r["partialFingerprints"]["postureFingerprint/v1"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect();
    let out = posture_in(dir, &["scan", "infra", "--format", "gitlab"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("gitlab");
    let gitlab = doc
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap_or("").to_string())
        .collect();
    (sarif, gitlab)
}

#[test]
fn fingerprints_survive_a_line_inserted_above() {
    let dir = temp_dir("fingerprint");
    let infra = dir.join("infra");
    std::fs::create_dir_all(&infra).expect("mkdir");
    let main = std::fs::read_to_string(format!("{REPORT}/main.tf")).expect("fixture");
    std::fs::write(infra.join("main.tf"), &main).expect("write");
    let (before, gitlab_before) = identities(&dir);
    assert!(before.len() >= 4, "{before:?}");

    std::fs::write(
        infra.join("main.tf"),
        format!("# a comment inserted above every finding\n\n{main}"),
    )
    .expect("write");
    let (after, gitlab_after) = identities(&dir);
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!((&b.0, &b.1), (&a.0, &a.1));
        assert_eq!(a.2, b.2 + 2, "the finding moved down two lines");
        assert_eq!(a.3, b.3, "{} on {}: fingerprint changed", b.0, b.1);
    }
    assert_eq!(gitlab_before, gitlab_after);

    // Findings are told apart: every fingerprint of a report is unique.
    let mut unique = gitlab_before.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), gitlab_before.len());

    // A change at the finding itself is a different finding.
    std::fs::write(
        infra.join("main.tf"),
        main.replace("enable_key_rotation = false", "enable_key_rotation = !true"),
    )
    .expect("write");
    let (changed, _) = identities(&dir);
    let fp = |v: &[Identity], id: &str| {
        v.iter()
            .find(|r| r.0 == id)
            .map(|r| r.3.clone())
            .expect("finding")
    };
    assert_eq!(fp(&changed, "AWS-IAM-004"), fp(&before, "AWS-IAM-004"));
    assert_eq!(fp(&changed, "AWS-EC2-001"), fp(&before, "AWS-EC2-001"));
    assert_ne!(fp(&changed, "AWS-KMS-001"), fp(&before, "AWS-KMS-001"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn junit_is_well_formed_xml() {
    for path in [REPORT, CLI, "examples", "examples/terraform/secure"] {
        let xml = report(path, "junit");
        let doc = roxmltree::Document::parse(&xml)
            .unwrap_or_else(|e| panic!("{path}: not well-formed: {e}\n{xml}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "testsuites");
        let failures = root
            .descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count();
        assert_eq!(
            root.attribute("failures"),
            Some(failures.to_string().as_str())
        );
        for suite in root.children().filter(|n| n.has_tag_name("testsuite")) {
            let cases = suite
                .children()
                .filter(|n| n.has_tag_name("testcase"))
                .count();
            assert_eq!(suite.attribute("tests"), Some(cases.to_string().as_str()));
        }
    }
    let xml = report(REPORT, "junit");
    let doc = roxmltree::Document::parse(&xml).expect("xml");
    let error = doc
        .descendants()
        .find(|n| n.has_tag_name("error"))
        .expect("the input error");
    assert!(
        error
            .attribute("message")
            .is_some_and(|m| m.contains("`\"`") && m.contains("`<`")),
        "escaped characters come back: {:?}",
        error.attribute("message")
    );
    let ebs = doc
        .descendants()
        .find(|n| n.attribute("name") == Some("aws_ebs_volume.données"))
        .expect("the EBS test case");
    assert_eq!(
        ebs.attribute("file"),
        Some("tests/data/report/volumes.tf.json")
    );
}

#[test]
fn github_annotations() {
    let text = report(REPORT, "github");
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(lines.len(), 6, "5 findings and 1 input error:\n{text}");
    for l in &lines {
        let (cmd, rest) = l[2..].split_once(' ').expect("properties");
        assert!(matches!(cmd, "error" | "warning" | "notice"), "{l}");
        let (props, _message) = rest.split_once("::").expect("message");
        for p in props.split(',') {
            let (k, v) = p.split_once('=').expect("key=value");
            assert!(
                ["file", "line", "col", "endLine", "endColumn", "title"].contains(&k),
                "{l}"
            );
            assert!(!v.contains(':') && !v.contains(','), "{l}");
        }
    }
    assert!(text.contains("::notice file=tests/data/report/main.tf,line=31,"));
    assert!(text.contains("::warning file=tests/data/report/main.tf,line=41,"));
}

#[test]
fn gitlab_code_quality() {
    let doc: Value = serde_json::from_str(&report(REPORT, "gitlab")).expect("json");
    let issues = doc.as_array().expect("array");
    assert_eq!(issues.len(), 6);
    for i in issues {
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(i[key].is_string(), "{key}: {i}");
        }
        assert!(
            ["info", "minor", "major", "critical", "blocker"]
                .contains(&i["severity"].as_str().unwrap_or(""))
        );
        assert!(
            i["location"]["path"]
                .as_str()
                .is_some_and(|p| !p.starts_with('/'))
        );
        assert!(
            i["location"]["lines"]["begin"]
                .as_u64()
                .is_some_and(|l| l >= 1)
        );
    }
}

#[test]
fn several_reports_from_one_run() {
    let dir = temp_dir("outputs");
    let file = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let out = posture(&[
        "scan",
        REPORT,
        "--format",
        "sarif",
        "-o",
        &file("r.sarif"),
        "--format",
        "compact",
        "--format",
        "junit",
        "--output",
        "-",
        "--output-format",
        &format!("gitlab:{}", file("gl.json")),
        "--output-format",
        &format!("markdown:{}", file("comment.md")),
    ]);
    // -o pairs in order: sarif → r.sarif, compact → "-" (stdout)... so junit has no file
    assert_eq!(out.status.code(), Some(2), "two reports for stdout");
    assert!(String::from_utf8_lossy(&out.stderr).contains("only one report can go to stdout"));

    let out = posture(&[
        "scan",
        REPORT,
        "--format",
        "sarif",
        "-o",
        &file("r.sarif"),
        "--format",
        "junit",
        "-o",
        &file("r.xml"),
        "--format",
        "compact",
        "--output-format",
        &format!("gitlab:{}", file("gl.json")),
        "--output-format",
        &format!("markdown:{}", file("comment.md")),
    ]);
    assert_eq!(out.status.code(), Some(1), "findings");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        report(REPORT, "compact"),
        "the format without a file goes to stdout"
    );
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect(name);
    assert_eq!(
        stable_sarif(serde_json::from_str(&read("r.sarif")).expect("sarif")),
        stable_sarif(sarif(REPORT))
    );
    assert_eq!(read("r.xml"), report(REPORT, "junit"));
    assert_eq!(read("gl.json"), report(REPORT, "gitlab"));
    assert_eq!(read("comment.md"), report(REPORT, "markdown"));

    // Only --output-format: nothing on stdout.
    let out = posture(&[
        "scan",
        REPORT,
        "--output-format",
        &format!("json:{}", file("r.json")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(read("r.json"), report(REPORT, "json"));

    for bad in [
        vec!["--format", "json", "--format", "sarif"],
        vec!["-o", "a", "-o", "b"],
        vec!["--output-format", "nope:x"],
        vec!["--output-format", "json:"],
        vec![
            "--format",
            "json",
            "-o",
            "same",
            "--output-format",
            "sarif:same",
        ],
    ] {
        let mut args = vec!["scan", REPORT];
        args.extend(bad.iter().copied());
        let out = posture(&args);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(out.stdout.is_empty(), "{bad:?}");
    }
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("same").exists());
    let _ = std::fs::remove_dir_all(dir);
}

/// The SARIF of a real-world corpus against the schema. The corpus is outside the repository,
/// so this runs only when `POSTURE_CORPUS` names it (`.ci/run` does).
#[test]
fn corpus_sarif_is_valid_against_the_official_schema() {
    let Some(corpus) = std::env::var_os("POSTURE_CORPUS") else {
        return;
    };
    let validator = schema_validator();
    let doc = sarif(&corpus.to_string_lossy());
    let errors = schema_errors(&validator, &doc);
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(
        doc["runs"][0]["results"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );
}
