//! Evaluation of Terraform into the graph: the values checks see, instances, edges.

use std::path::PathBuf;

use posture::discover::FileKind;
use posture::graph::{Graph, Resource};
use posture::scan::{Input, lower_inputs};
use posture::value::Value;

fn lower(name: &str, text: &str) -> (Graph, Vec<String>) {
    let kind = FileKind::detect(&PathBuf::from(name)).expect("known kind");
    let mut lowered = lower_inputs(
        vec![Input {
            path: PathBuf::from(name),
            display: name.to_string(),
            kind,
            text: Some(text.to_string()),
            context: false,
        }],
        None,
    );
    let problems = lowered.problems.iter().map(|p| p.message.clone()).collect();
    let graph = lowered.units.pop().map(|(_, g)| g).unwrap_or_default();
    (graph, problems)
}

fn res<'a>(g: &'a Graph, address: &str) -> &'a Resource {
    g.resources
        .iter()
        .find(|r| r.address == address)
        .unwrap_or_else(|| panic!("no resource {address}"))
}

fn attr(g: &Graph, address: &str, key: &str) -> Value {
    res(g, address)
        .body
        .get(key)
        .map(|n| n.to_value())
        .unwrap_or_else(|| panic!("no {key} on {address}"))
}

fn s(x: &str) -> Value {
    Value::String(x.into())
}

fn n(x: f64) -> Value {
    Value::Number(x)
}

#[test]
fn variables_locals_and_templates() {
    let (g, problems) = lower(
        "main.tf",
        r#"
variable "env" { default = "prod" }
variable "flag" {
  type    = bool
  default = "true"
}
variable "unset" {}
locals {
  name   = "${var.env}-data"
  upper  = upper(local.name)
  nested = { a = [1, 2, 3] }
}
resource "x_thing" "t" {
  name      = local.name
  upper     = local.upper
  flag      = var.flag
  unset     = var.unset
  combined  = "${var.unset}-x"
  second    = local.nested.a[1]
  math      = 2 * 3 + 4 % 3
  compare   = 3 >= 2 && "a" != "b"
  short     = false && var.unset
  cond      = var.env == "prod" ? "yes" : "no"
  same      = var.unset ? "k" : "k"
  heredoc   = <<-EOT
    hello ${var.env}
    EOT
  directive = "%{if var.flag}on%{else}off%{endif}"
  loop      = "%{for x in ["a", "b"]}${x}~%{endfor}"
  strip     = "a %{~ if true ~} b %{~ endif ~} c"
}
"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let a = |k: &str| attr(&g, "x_thing.t", k);
    assert_eq!(a("name"), s("prod-data"));
    assert_eq!(a("upper"), s("PROD-DATA"));
    assert_eq!(a("flag"), Value::Bool(true));
    assert_eq!(a("unset"), Value::Unknown);
    assert_eq!(a("combined"), Value::Unknown);
    assert_eq!(a("second"), n(2.0));
    assert_eq!(a("math"), n(7.0));
    assert_eq!(a("compare"), Value::Bool(true));
    assert_eq!(a("short"), Value::Bool(false));
    assert_eq!(a("cond"), s("yes"));
    assert_eq!(a("same"), s("k"));
    assert_eq!(a("heredoc"), s("hello prod\n"));
    assert_eq!(a("directive"), s("on"));
    assert_eq!(a("loop"), s("a~b~"));
    assert_eq!(a("strip"), s("abc"));
}

#[test]
fn for_expressions_splats_and_functions() {
    let (g, _) = lower(
        "main.tf",
        r#"
locals {
  items = [{ name = "a", port = 1 }, { name = "b", port = 2 }, { name = "a", port = 3 }]
}
resource "x_thing" "t" {
  names   = [for i in local.items : i.name]
  filter  = [for i in local.items : i.port if i.port > 1]
  by_name = { for i in local.items : i.name => i.port... }
  index   = { for k, v in ["x", "y"] : v => k }
  splat   = local.items[*].port
  merged  = merge({ a = 1 }, { b = 2 }, { a = 3 })
  flat    = flatten([[1], [2, [3]]])
  joined  = join("-", ["a", "b"])
  json    = jsonencode({ b = [1, true], a = "x" })
  unknown = nosuchfunction(1)
  len     = length([var.unset, var.unset])
}
variable "unset" {}
"#,
    );
    let a = |k: &str| attr(&g, "x_thing.t", k);
    assert_eq!(a("names"), Value::List(vec![s("a"), s("b"), s("a")]));
    assert_eq!(a("filter"), Value::List(vec![n(2.0), n(3.0)]));
    let Value::Map(by_name) = a("by_name") else {
        panic!("map")
    };
    assert_eq!(by_name["a"], Value::List(vec![n(1.0), n(3.0)]));
    let Value::Map(index) = a("index") else {
        panic!("map")
    };
    assert_eq!(index["y"], n(1.0));
    assert_eq!(a("splat"), Value::List(vec![n(1.0), n(2.0), n(3.0)]));
    let Value::Map(merged) = a("merged") else {
        panic!("map")
    };
    assert_eq!(merged["a"], n(3.0));
    assert_eq!(a("flat"), Value::List(vec![n(1.0), n(2.0), n(3.0)]));
    assert_eq!(a("joined"), s("a-b"));
    assert_eq!(a("json"), s(r#"{"a":"x","b":[1,true]}"#));
    assert_eq!(a("unknown"), Value::Unknown);
    assert_eq!(a("len"), n(2.0));
}

#[test]
fn local_cycles_are_errors_not_hangs() {
    let (g, problems) = lower(
        "main.tf",
        r#"
locals {
  a = local.b
  b = local.a
}
resource "x_thing" "t" { v = local.a }
"#,
    );
    assert_eq!(attr(&g, "x_thing.t", "v"), Value::Unknown);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("cycle"));
}

#[test]
fn count_for_each_and_dynamic_blocks() {
    let (g, _) = lower(
        "main.tf",
        r#"
variable "unknown" {}
resource "x_thing" "counted" {
  count = 2
  name  = "n-${count.index}"
}
resource "x_thing" "none" {
  count = 0
}
resource "x_thing" "maybe" {
  count = var.unknown ? 1 : 0
}
resource "x_thing" "each" {
  for_each = { a = 1, b = 2 }
  value    = each.value * 10
  key      = each.key
}
resource "x_thing" "dyn" {
  dynamic "rule" {
    for_each = [22, 443]
    iterator = port
    content {
      port = port.value
    }
  }
}
"#,
    );
    let addresses: Vec<&str> = g.resources.iter().map(|r| r.address.as_str()).collect();
    assert_eq!(
        addresses,
        vec![
            "x_thing.counted[0]",
            "x_thing.counted[1]",
            "x_thing.maybe",
            "x_thing.each[\"a\"]",
            "x_thing.each[\"b\"]",
            "x_thing.dyn"
        ]
    );
    assert_eq!(attr(&g, "x_thing.counted[1]", "name"), s("n-1"));
    assert_eq!(attr(&g, "x_thing.each[\"b\"]", "value"), n(20.0));
    let ports: Vec<Value> = res(&g, "x_thing.dyn")
        .body
        .blocks("rule")
        .map(|b| b.get("port").map(|p| p.to_value()).unwrap_or_default())
        .collect();
    assert_eq!(ports, vec![n(22.0), n(443.0)]);
}

#[test]
fn references_become_edges_and_known_attributes_flow() {
    let (g, _) = lower(
        "main.tf",
        r#"
resource "aws_s3_bucket" "b" {
  bucket = "logs"
}
locals {
  target = aws_s3_bucket.b.id
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = local.target
}
resource "aws_s3_bucket_logging" "l" {
  bucket        = aws_s3_bucket.b.bucket
  target_bucket = var.elsewhere
}
variable "elsewhere" {}
"#,
    );
    let b = g
        .resources
        .iter()
        .position(|r| r.address == "aws_s3_bucket.b")
        .expect("bucket");
    let referrers: Vec<&str> = g
        .edges
        .iter()
        .filter(|e| e.to.0 as usize == b)
        .map(|e| g.get(e.from).address.as_str())
        .collect();
    assert_eq!(
        referrers,
        vec!["aws_s3_bucket_versioning.v", "aws_s3_bucket_logging.l"]
    );
    // `.bucket` is configured, so it is known; `.id` is computed, so it is not.
    assert_eq!(attr(&g, "aws_s3_bucket_logging.l", "bucket"), s("logs"));
    assert_eq!(
        attr(&g, "aws_s3_bucket_versioning.v", "bucket"),
        Value::Unknown
    );
    let unresolved: Vec<(String, String)> = g
        .unresolved
        .iter()
        .map(|(id, a)| (g.get(*id).address.clone(), a.clone()))
        .collect();
    assert_eq!(
        unresolved,
        vec![(
            "aws_s3_bucket_logging.l".to_string(),
            "target_bucket".to_string()
        )]
    );
}

#[test]
fn policy_document_data_source_renders_json() {
    let (g, _) = lower(
        "main.tf",
        r#"
data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}
resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.admin.json
}
"#,
    );
    assert_eq!(
        attr(&g, "aws_iam_policy.p", "policy"),
        s(
            r#"{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}"#
        )
    );
}

#[test]
fn json_syntax_matches_native_syntax() {
    let (g, problems) = lower(
        "main.tf.json",
        r#"{
  "variable": {"env": {"default": "prod"}},
  "resource": {
    "x_thing": {
      "t": {
        "name": "${var.env}-x",
        "count_like": "${1 + 2}",
        "nested": {"enabled": true}
      }
    }
  }
}"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(attr(&g, "x_thing.t", "name"), s("prod-x"));
    assert_eq!(attr(&g, "x_thing.t", "count_like"), n(3.0));
    assert_eq!(
        res(&g, "x_thing.t")
            .body
            .path("nested.enabled")
            .and_then(|x| x.as_bool()),
        Some(true)
    );
}

#[test]
fn syntax_errors_are_located_and_do_not_stop_other_files() {
    let mut lowered = lower_inputs(
        vec![
            Input {
                path: "a/bad.tf".into(),
                display: "a/bad.tf".into(),
                kind: FileKind::TerraformHcl,
                text: Some("resource \"x\" \"y\" {\n  a = \n}\n".into()),
                context: false,
            },
            Input {
                path: "b/good.tf".into(),
                display: "b/good.tf".into(),
                kind: FileKind::TerraformHcl,
                text: Some("resource \"x\" \"y\" {}\n".into()),
                context: false,
            },
        ],
        None,
    );
    assert_eq!(lowered.problems.len(), 1);
    let p = &lowered.problems[0];
    let (lc, _) = lowered.sources.line_col(p.span);
    assert_eq!(
        (lowered.sources.get(p.span.file).display.as_str(), lc.line),
        ("a/bad.tf", 2)
    );
    let good = lowered.units.pop().expect("unit");
    assert_eq!(good.0, "b");
    assert_eq!(good.1.resources.len(), 1);
}

fn lower_files(files: &[(&str, &str)], vars: &posture::scan::Settings) -> posture::scan::Lowered {
    let inputs = files
        .iter()
        .map(|(name, text)| Input {
            path: PathBuf::from(name),
            display: name.to_string(),
            kind: FileKind::detect(&PathBuf::from(name)).expect("kind"),
            text: Some(text.to_string()),
            context: false,
        })
        .collect();
    posture::scan::lower_with(inputs, None, vars)
}

fn unit<'a>(l: &'a posture::scan::Lowered, dir: &str) -> &'a Graph {
    &l.units
        .iter()
        .find(|(d, _)| d == dir)
        .unwrap_or_else(|| panic!("no unit {dir}"))
        .1
}

#[test]
fn variable_precedence() {
    let main = r#"
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "f" { type = bool }
resource "x_thing" "t" {
  a = var.a
  b = var.b
  c = var.c
  d = var.d
  e = var.e
  f = var.f
}
"#;
    let vars = posture::scan::Settings {
        env: vec![
            ("a".into(), "env".into()),
            ("b".into(), "env".into()),
            ("f".into(), "true".into()),
        ],
        files: Vec::new(),
        vars: vec![("e".into(), "cli".into())],
        roots: Vec::new(),
        strict_unknowns: false,
        suppress: Default::default(),
        rules: Default::default(),
        exclude: None,
        diff_base: None,
        cfn_parameters: Default::default(),
        max_file_size: None,
        file_texts: Default::default(),
        trees: None,
    };
    let l = lower_files(
        &[
            ("root/main.tf", main),
            (
                "root/terraform.tfvars",
                "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\n",
            ),
            (
                "root/terraform.tfvars.json",
                r#"{"c": "tfvars.json", "d": "tfvars.json"}"#,
            ),
            ("root/z.auto.tfvars", "d = \"auto\"\n"),
            ("root/other.tfvars", "a = \"not loaded\"\n"),
        ],
        &vars,
    );
    assert!(l.problems.is_empty(), "{:?}", l.problems);
    let g = unit(&l, "root");
    assert_eq!(attr(g, "x_thing.t", "a"), s("env"));
    assert_eq!(attr(g, "x_thing.t", "b"), s("tfvars"));
    assert_eq!(attr(g, "x_thing.t", "c"), s("tfvars.json"));
    assert_eq!(attr(g, "x_thing.t", "d"), s("auto"));
    assert_eq!(attr(g, "x_thing.t", "e"), s("cli"));
    assert_eq!(
        attr(g, "x_thing.t", "f"),
        Value::Bool(true),
        "typed conversion from env string"
    );
}

#[test]
fn local_modules_are_evaluated_with_caller_arguments() {
    let l = lower_files(
        &[
            (
                "app/main.tf",
                r#"
module "store" {
  source    = "../modules/bucket"
  name      = "app-data"
  versioned = true
}
module "many" {
  source   = "../modules/bucket"
  for_each = toset(["a", "b"])
  name     = "many-${each.key}"
}
module "remote" {
  source = "terraform-aws-modules/vpc/aws"
}
resource "aws_s3_bucket_logging" "l" {
  bucket        = module.store.id
  target_bucket = "logs"
}
resource "x_thing" "uses_output" {
  value = module.store.name
}
"#,
            ),
            (
                "modules/bucket/main.tf",
                r#"
variable "name" {}
variable "versioned" { default = false }
resource "aws_s3_bucket" "this" {
  bucket = var.name
}
output "id" { value = aws_s3_bucket.this.id }
output "name" { value = aws_s3_bucket.this.bucket }
"#,
            ),
        ],
        &Default::default(),
    );
    // the module directory is not evaluated on its own: only through its caller
    assert_eq!(l.units.len(), 1);
    let g = unit(&l, "app");
    let mut addresses: Vec<&str> = g.resources.iter().map(|r| r.address.as_str()).collect();
    addresses.sort();
    assert_eq!(
        addresses,
        vec![
            "aws_s3_bucket_logging.l",
            "module.many[\"a\"].aws_s3_bucket.this",
            "module.many[\"b\"].aws_s3_bucket.this",
            "module.store.aws_s3_bucket.this",
            "x_thing.uses_output",
        ]
    );
    assert_eq!(
        attr(g, "module.many[\"b\"].aws_s3_bucket.this", "bucket"),
        s("many-b")
    );
    assert_eq!(attr(g, "x_thing.uses_output", "value"), s("app-data"));
    // the resource in the module file keeps its own file and module path
    let inner = res(g, "module.store.aws_s3_bucket.this");
    assert_eq!(l.sources.get(inner.file).display, "modules/bucket/main.tf");
    assert_eq!(inner.module_path, "module.store");
    // an edge through the module output
    let edges: Vec<(&str, &str, &str)> = g
        .edges
        .iter()
        .map(|e| {
            (
                g.get(e.from).address.as_str(),
                g.get(e.to).address.as_str(),
                e.attr.as_str(),
            )
        })
        .collect();
    assert_eq!(
        edges,
        vec![
            (
                "aws_s3_bucket_logging.l",
                "module.store.aws_s3_bucket.this",
                "bucket"
            ),
            (
                "x_thing.uses_output",
                "module.store.aws_s3_bucket.this",
                "value"
            ),
        ]
    );
    // the remote module is a notice, not an error
    let messages: Vec<&str> = l.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains("not a local path"));
    assert_eq!(l.problems[0].level, posture::diagnostics::Level::Notice);
}

#[test]
fn module_inputs_become_edges_into_the_module() {
    let l = lower_files(
        &[
            (
                "app/main.tf",
                r#"
resource "aws_s3_bucket" "b" { bucket = "x" }
module "versioning" {
  source = "./versioning"
  bucket = aws_s3_bucket.b.id
}
"#,
            ),
            (
                "app/versioning/main.tf",
                r#"
variable "bucket" {}
resource "aws_s3_bucket_versioning" "v" {
  bucket = var.bucket
  versioning_configuration { status = "Enabled" }
}
"#,
            ),
        ],
        &Default::default(),
    );
    let g = unit(&l, "app");
    let edges: Vec<(&str, &str)> = g
        .edges
        .iter()
        .map(|e| (g.get(e.from).address.as_str(), g.get(e.to).address.as_str()))
        .collect();
    assert_eq!(
        edges,
        vec![(
            "module.versioning.aws_s3_bucket_versioning.v",
            "aws_s3_bucket.b"
        )]
    );
}

#[test]
fn module_cycles_and_depth_are_bounded() {
    let l = lower_files(
        &[
            ("root/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n"),
            ("a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n"),
            (
                "b/main.tf",
                "module \"a\" {\n  source = \"../a\"\n}\nresource \"x\" \"y\" {}\n",
            ),
        ],
        &Default::default(),
    );
    let errors: Vec<&str> = l.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("module call cycle"), "{errors:?}");
}

#[test]
fn file_functions_read_only_inside_the_scanned_tree() {
    let settings = posture::scan::Settings {
        roots: vec![PathBuf::from("tests/data/files")],
        ..Default::default()
    };
    let main = std::fs::read_to_string("tests/data/files/main.tf").expect("fixture");
    let l = lower_files(&[("tests/data/files/main.tf", &main)], &settings);
    let g = unit(&l, "tests/data/files");
    assert_eq!(
        attr(g, "aws_iam_policy.from_file", "policy"),
        s("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}\n")
    );
    assert_eq!(
        attr(g, "aws_iam_policy.from_template", "policy"),
        s(
            "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}\n"
        )
    );
    assert_eq!(attr(g, "x_thing.escape", "outside"), Value::Unknown);
    assert_eq!(attr(g, "x_thing.escape", "absolute"), Value::Unknown);
    assert_eq!(attr(g, "x_thing.escape", "exists"), Value::Bool(true));
    assert_eq!(attr(g, "x_thing.escape", "missing"), Value::Bool(false));
    let Value::Map(yaml) = attr(g, "x_thing.escape", "yaml") else {
        panic!("yamldecode gives a map")
    };
    assert_eq!(yaml["b"], Value::List(vec![s("x"), s("y")]));
    assert_eq!(
        attr(g, "x_thing.escape", "set"),
        Value::List(vec![s("policy.json"), s("policy.tpl")])
    );
    let notices: Vec<&str> = l.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(
        notices[0].contains("outside the scanned directories"),
        "{notices:?}"
    );
    assert!(
        notices[1].contains("absolute paths are not read"),
        "{notices:?}"
    );

    // Without scan roots (stdin, editor buffers) nothing is read.
    let l = lower_files(&[("tests/data/files/main.tf", &main)], &Default::default());
    assert_eq!(
        attr(
            unit(&l, "tests/data/files"),
            "aws_iam_policy.from_file",
            "policy"
        ),
        Value::Unknown
    );
}

#[test]
fn partly_unknown_policies_keep_their_known_parts() {
    let (g, _) = lower(
        "main.tf",
        r#"
resource "aws_s3_bucket" "b" {}
resource "aws_iam_policy" "encoded" {
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "*", Resource = [aws_s3_bucket.b.arn, "*"] }]
  })
}
resource "aws_iam_policy" "heredoc" {
  policy = <<-EOT
    {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "${aws_s3_bucket.b.arn}/*"}]}
  EOT
}
data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["*"]
    resources = [aws_s3_bucket.b.arn]
  }
}
resource "aws_iam_policy" "document" {
  policy = data.aws_iam_policy_document.d.json
}
"#,
    );
    let doc = |addr: &str| {
        let r = res(&g, addr);
        let node = r.body.get("policy").expect("policy");
        assert!(
            node.is_unknown(),
            "{addr}: the policy as a whole is unknown"
        );
        posture::policy::PolicyDocument::from_resource_node(r, node).expect("partial document")
    };
    let encoded = doc("aws_iam_policy.encoded");
    assert!(encoded.partial);
    assert_eq!(encoded.statements[0].actions, vec!["*"]);
    assert_eq!(encoded.statements[0].resources, vec!["*"]);
    let heredoc = doc("aws_iam_policy.heredoc");
    assert_eq!(heredoc.statements[0].actions, vec!["s3:*"]);
    assert!(heredoc.statements[0].resources.is_empty());
    let document = doc("aws_iam_policy.document");
    assert_eq!(document.statements[0].actions, vec!["*"]);
    assert!(document.statements[0].allow);
}

#[test]
fn partial_documents_through_locals() {
    let (g, _) = lower(
        "main.tf",
        r#"
resource "aws_s3_bucket" "b" {}
data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["*"]
    resources = [aws_s3_bucket.b.arn, "*"]
  }
}
locals {
  doc = data.aws_iam_policy_document.d.json
}
resource "aws_iam_policy" "p" {
  policy = local.doc
}
"#,
    );
    let r = res(&g, "aws_iam_policy.p");
    let node = r.body.get("policy").expect("policy");
    let doc = posture::policy::PolicyDocument::from_resource_node(r, node).expect("partial");
    assert_eq!(doc.statements[0].resources, vec!["*"]);
}

#[test]
fn a_dynamic_block_over_an_unknown_collection_is_unknown() {
    let (g, _) = lower(
        "main.tf",
        r#"
variable "ports" {}
resource "x_thing" "dyn" {
  dynamic "rule" {
    for_each = var.ports
    content {
      cidr = "0.0.0.0/0"
    }
  }
}
"#,
    );
    let rules: Vec<bool> = res(&g, "x_thing.dyn")
        .body
        .blocks("rule")
        .map(|n| n.is_unknown())
        .collect();
    // It may expand to no block at all: its one representative is unknown, not a literal block.
    assert_eq!(rules, vec![true]);
}
