//! The YAML front end: values, tags, byte spans (checked through line/column), documents,
//! anchors, merge keys and the limits against hostile input.

use posture::diagnostics::Problem;
use posture::source::{FileId, SourceFile, Span};
use posture::syntax::yaml::{
    self, ALIAS_EXPANSION_BUDGET, MAX_DEPTH, YamlDoc, YamlEntry, YamlKind, YamlNode,
};

struct Parsed {
    file: SourceFile,
    docs: Vec<YamlDoc>,
    problems: Vec<Problem>,
}

fn parse(text: &str) -> Parsed {
    let (docs, problems) = yaml::parse(FileId(0), text);
    let file = SourceFile::new("t.yaml".into(), "t.yaml".into(), text.into());
    for d in &docs {
        check_spans(&d.root, text);
    }
    for p in &problems {
        assert!(in_text(p.span, text), "{p:?}");
    }
    Parsed {
        file,
        docs,
        problems,
    }
}

fn in_text(s: Span, text: &str) -> bool {
    s.start <= s.end
        && (s.end as usize) <= text.len()
        && text.is_char_boundary(s.start as usize)
        && text.is_char_boundary(s.end as usize)
}

fn check_spans(n: &YamlNode, text: &str) {
    assert!(in_text(n.span, text), "{n:?}");
    for i in n.items() {
        check_spans(i, text);
    }
    for e in n.entries() {
        assert!(in_text(e.key_span, text), "{e:?}");
        check_spans(&e.value, text);
    }
}

impl Parsed {
    /// One-based (line, column) of both ends of a span.
    fn at(&self, s: Span) -> ((usize, usize), (usize, usize)) {
        let a = self.file.line_col(s.start as usize);
        let b = self.file.line_col(s.end as usize);
        ((a.line, a.column), (b.line, b.column))
    }

    fn start(&self, s: Span) -> (usize, usize) {
        self.at(s).0
    }

    fn text(&self, s: Span) -> &str {
        &self.file.text[s.range()]
    }

    fn root(&self) -> &YamlNode {
        assert_eq!(self.docs.len(), 1, "{:?}", self.problems);
        &self.docs[0].root
    }

    fn no_problems(&self) {
        assert!(self.problems.is_empty(), "{:?}", self.problems);
    }

    fn problem(&self) -> &Problem {
        assert_eq!(self.problems.len(), 1, "{:?}", self.problems);
        &self.problems[0]
    }
}

fn path<'a>(n: &'a YamlNode, keys: &[&str]) -> &'a YamlNode {
    keys.iter().fold(n, |n, k| {
        n.get(k)
            .unwrap_or_else(|| panic!("no key {k} in {:?}", keys))
    })
}

fn s(n: &YamlNode) -> &str {
    n.as_str()
        .unwrap_or_else(|| panic!("not a string: {:?}", n.kind))
}

fn num(n: &YamlNode) -> f64 {
    n.as_f64()
        .unwrap_or_else(|| panic!("not a number: {:?}", n.kind))
}

fn keys(n: &YamlNode) -> Vec<&str> {
    n.entries().iter().map(|e| e.key.as_str()).collect()
}

fn tag(n: &YamlNode) -> Option<&str> {
    n.tag.as_deref()
}

// ---------------------------------------------------------------------------------------------
// Values

#[test]
fn plain_scalars_follow_the_core_schema() {
    let p = parse(
        "t: true\nT: True\nf: FALSE\nn1: null\nn2: ~\nn3:\ni: 42\nneg: -17\nplus: +5\n\
         hex: 0x1F\noct: 0o17\nfl: 3.25\nexp: 1e3\ndot: .5\ninf: .inf\nninf: -.Inf\nnan: .NaN\n\
         big: 12345678901234567890\nstr: hello world\nunderscore: 1_000\nbin: 0b11\n",
    );
    p.no_problems();
    let r = p.root();
    assert_eq!(r.get("t").unwrap().as_bool(), Some(true));
    assert_eq!(r.get("T").unwrap().as_bool(), Some(true));
    assert_eq!(r.get("f").unwrap().as_bool(), Some(false));
    for k in ["n1", "n2", "n3"] {
        assert!(r.get(k).unwrap().is_null(), "{k}");
    }
    assert_eq!(num(r.get("i").unwrap()), 42.0);
    assert_eq!(num(r.get("neg").unwrap()), -17.0);
    assert_eq!(num(r.get("plus").unwrap()), 5.0);
    assert_eq!(num(r.get("hex").unwrap()), 31.0);
    assert_eq!(num(r.get("oct").unwrap()), 15.0);
    assert_eq!(num(r.get("fl").unwrap()), 3.25);
    assert_eq!(num(r.get("exp").unwrap()), 1000.0);
    assert_eq!(num(r.get("dot").unwrap()), 0.5);
    assert_eq!(num(r.get("inf").unwrap()), f64::INFINITY);
    assert_eq!(num(r.get("ninf").unwrap()), f64::NEG_INFINITY);
    assert!(num(r.get("nan").unwrap()).is_nan());
    assert_eq!(num(r.get("big").unwrap()), 12345678901234567890.0);
    assert_eq!(s(r.get("str").unwrap()), "hello world");
    // Not YAML 1.2 numbers.
    assert_eq!(s(r.get("underscore").unwrap()), "1_000");
    assert_eq!(s(r.get("bin").unwrap()), "0b11");
}

#[test]
fn quoted_and_block_scalars_are_strings() {
    let p = parse("a: \"true\"\nb: '42'\nc: \"null\"\nd: |\n  12\ne: ''\nf: \"\\u00e9\\t\"\n");
    p.no_problems();
    let r = p.root();
    assert_eq!(s(r.get("a").unwrap()), "true");
    assert_eq!(s(r.get("b").unwrap()), "42");
    assert_eq!(s(r.get("c").unwrap()), "null");
    assert_eq!(s(r.get("d").unwrap()), "12\n");
    assert_eq!(s(r.get("e").unwrap()), "");
    assert_eq!(s(r.get("f").unwrap()), "é\t");
}

#[test]
fn yaml_1_1_booleans_stay_strings() {
    let p = parse("a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: OFF\n");
    p.no_problems();
    let r = p.root();
    for (k, v) in [
        ("a", "yes"),
        ("b", "no"),
        ("c", "on"),
        ("d", "off"),
        ("e", "y"),
        ("f", "n"),
        ("g", "Yes"),
        ("h", "OFF"),
    ] {
        assert_eq!(s(r.get(k).unwrap()), v);
    }
}

#[test]
fn standard_tags_decide_the_type_and_are_not_kept() {
    let p = parse(
        "- !!str 12\n- !!int \"12\"\n- !!int 0x10\n- !!float 1\n- !!bool True\n- !!null \"\"\n\
         - !!binary aGk=\n- !<tag:yaml.org,2002:str> 12\n- ! 12\n- !!str\n- !!map {a: 1}\n\
         - !!seq [1]\n",
    );
    p.no_problems();
    let items = p.root().items();
    assert_eq!(items.len(), 12);
    assert_eq!(s(&items[0]), "12");
    assert_eq!(num(&items[1]), 12.0);
    assert_eq!(num(&items[2]), 16.0);
    assert_eq!(num(&items[3]), 1.0);
    assert_eq!(items[4].as_bool(), Some(true));
    assert!(items[5].is_null());
    assert_eq!(s(&items[6]), "aGk=");
    assert_eq!(s(&items[7]), "12");
    assert_eq!(s(&items[8]), "12");
    assert_eq!(s(&items[9]), "");
    assert_eq!(num(items[10].get("a").unwrap()), 1.0);
    assert_eq!(num(&items[11].items()[0]), 1.0);
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item.tag, None, "item {i}");
    }
    // The span leaves the tag out.
    assert_eq!(p.at(items[1].span), ((2, 9), (2, 13)));
    assert_eq!(p.text(items[1].span), "\"12\"");
}

#[test]
fn custom_tags_keep_their_name_whatever_the_handle() {
    let p = parse(
        "%TAG !aws! tag:amazonaws.com,2019:\n---\na: !Ref x\nb: !<!Ref> x\nc: !aws!Ref x\n\
         d: !Ref [1]\ne: !Ref {k: v}\nf: !Ref\ng: !Ref\n  k: v\nh: !Ref\n  - 1\n",
    );
    p.no_problems();
    let r = p.root();
    for k in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        assert_eq!(tag(r.get(k).unwrap()), Some("Ref"), "{k}");
    }
    assert_eq!(s(r.get("a").unwrap()), "x");
    assert_eq!(s(r.get("b").unwrap()), "x");
    assert_eq!(s(r.get("c").unwrap()), "x");
    assert_eq!(num(&r.get("d").unwrap().items()[0]), 1.0);
    assert_eq!(s(path(r, &["e", "k"])), "v");
    assert!(r.get("f").unwrap().is_null());
    assert_eq!(s(path(r, &["g", "k"])), "v");
    assert_eq!(r.get("h").unwrap().items().len(), 1);
    // Spans cover the value, not the tag.
    assert_eq!(p.at(r.get("a").unwrap().span), ((3, 9), (3, 10)));
    assert_eq!(p.at(r.get("d").unwrap().span), ((6, 9), (6, 12)));
    assert_eq!(p.at(r.get("g").unwrap().span), ((10, 3), (10, 7)));
    assert_eq!(p.at(r.get("h").unwrap().span), ((12, 3), (12, 6)));
    assert_eq!(r.get("a").unwrap().tag.as_deref(), Some("Ref"));
}

const CLOUDFORMATION: &str = r#"AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Both: !And [!Condition IsProd, !Not [!Equals [!Ref Env, dev]]]
  Either: !Or [!Condition IsProd, !Condition Both]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${AWS::StackName}-logs"
      Other: !Sub
        - "${Name}-x"
        - Name: !Ref Env
      Arn: !GetAtt Role.Arn
      ArnList: !GetAtt [Role, Arn]
      Joined: !Join [",", [a, b]]
      Choice: !If [IsProd, !Ref AWS::NoValue, 5]
      First: !Select [0, !GetAZs ""]
      Parts: !Split ["|", "a|b"]
      Mapped: !FindInMap [RegionMap, !Ref "AWS::Region", AMI]
      UserData: !Base64 |
        #!/bin/bash
        echo hi
      Cidrs: !Cidr [!ImportValue VpcCidr, 6, 5]
      Macro: !Transform {Name: AWS::Include, Parameters: {Location: s3://x}}
"#;

#[test]
fn cloudformation_short_form_intrinsics() {
    let p = parse(CLOUDFORMATION);
    p.no_problems();
    let r = p.root();

    let c = r.get("Conditions").unwrap();
    let is_prod = c.get("IsProd").unwrap();
    assert_eq!(tag(is_prod), Some("Equals"));
    assert_eq!(tag(&is_prod.items()[0]), Some("Ref"));
    assert_eq!(s(&is_prod.items()[0]), "Env");
    assert_eq!(s(&is_prod.items()[1]), "prod");
    let both = c.get("Both").unwrap();
    assert_eq!(tag(both), Some("And"));
    assert_eq!(tag(&both.items()[0]), Some("Condition"));
    assert_eq!(s(&both.items()[0]), "IsProd");
    let not = &both.items()[1];
    assert_eq!(tag(not), Some("Not"));
    assert_eq!(tag(&not.items()[0]), Some("Equals"));
    assert_eq!(tag(&not.items()[0].items()[0]), Some("Ref"));
    let either = c.get("Either").unwrap();
    assert_eq!(tag(either), Some("Or"));
    assert_eq!(tag(&either.items()[1]), Some("Condition"));

    let props = path(r, &["Resources", "Bucket", "Properties"]);
    let get = |k: &str| props.get(k).unwrap();
    assert_eq!(tag(get("BucketName")), Some("Sub"));
    assert_eq!(s(get("BucketName")), "${AWS::StackName}-logs");
    let other = get("Other");
    assert_eq!(tag(other), Some("Sub"));
    assert_eq!(s(&other.items()[0]), "${Name}-x");
    assert_eq!(tag(other.items()[1].get("Name").unwrap()), Some("Ref"));
    assert_eq!(tag(get("Arn")), Some("GetAtt"));
    assert_eq!(s(get("Arn")), "Role.Arn");
    assert_eq!(tag(get("ArnList")), Some("GetAtt"));
    assert_eq!(
        get("ArnList").items().iter().map(s).collect::<Vec<_>>(),
        ["Role", "Arn"]
    );
    let joined = get("Joined");
    assert_eq!(tag(joined), Some("Join"));
    assert_eq!(s(&joined.items()[0]), ",");
    assert_eq!(joined.items()[1].items().len(), 2);
    let choice = get("Choice");
    assert_eq!(tag(choice), Some("If"));
    assert_eq!(s(&choice.items()[0]), "IsProd");
    assert_eq!(tag(&choice.items()[1]), Some("Ref"));
    assert_eq!(s(&choice.items()[1]), "AWS::NoValue");
    assert_eq!(num(&choice.items()[2]), 5.0);
    let first = get("First");
    assert_eq!(tag(first), Some("Select"));
    assert_eq!(tag(&first.items()[1]), Some("GetAZs"));
    assert_eq!(s(&first.items()[1]), "");
    assert_eq!(tag(get("Parts")), Some("Split"));
    let mapped = get("Mapped");
    assert_eq!(tag(mapped), Some("FindInMap"));
    assert_eq!(tag(&mapped.items()[1]), Some("Ref"));
    assert_eq!(s(&mapped.items()[1]), "AWS::Region");
    assert_eq!(tag(get("UserData")), Some("Base64"));
    assert_eq!(s(get("UserData")), "#!/bin/bash\necho hi\n");
    let cidrs = get("Cidrs");
    assert_eq!(tag(cidrs), Some("Cidr"));
    assert_eq!(tag(&cidrs.items()[0]), Some("ImportValue"));
    assert_eq!(s(&cidrs.items()[0]), "VpcCidr");
    let macro_ = get("Macro");
    assert_eq!(tag(macro_), Some("Transform"));
    assert_eq!(s(macro_.get("Name").unwrap()), "AWS::Include");
    assert_eq!(s(path(macro_, &["Parameters", "Location"])), "s3://x");

    // Spans: the value after the tag, flow collections with their brackets, keys.
    assert_eq!(p.at(get("Arn").span), ((14, 20), (14, 28)));
    assert_eq!(p.at(choice.span), ((17, 19), (17, 49)));
    assert_eq!(p.text(choice.span), "[IsProd, !Ref AWS::NoValue, 5]");
    assert_eq!(p.at(choice.items()[1].span), ((17, 33), (17, 45)));
    assert_eq!(
        p.at(props.entry("Choice").unwrap().key_span),
        ((17, 7), (17, 13))
    );
    assert_eq!(p.at(get("BucketName").span), ((10, 24), (10, 48)));
    assert_eq!(p.at(other.span), ((12, 9), (13, 25)));
    assert_eq!(p.at(get("UserData").span), ((22, 9), (23, 16)));
    assert_eq!(p.at(macro_.span), ((25, 25), (25, 77)));
    assert_eq!(p.at(props.span), ((10, 7), (25, 77)));
    assert_eq!(p.at(p.docs[0].span), ((1, 1), (25, 77)));
}

// ---------------------------------------------------------------------------------------------
// Documents

const KUBERNETES: &str = "# a stream
apiVersion: v1
kind: Namespace
metadata:
  name: prod
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 3
  template:
    spec:
      hostNetwork: yes
      containers:
        - name: app
          image: \"nginx:1.25\"
          securityContext:
            privileged: true
            runAsUser: 0
---
--- # empty
apiVersion: v1
kind: Service
...
";

#[test]
fn kubernetes_multi_document_stream() {
    let p = parse(KUBERNETES);
    p.no_problems();
    assert_eq!(p.docs.len(), 4);
    let kinds: Vec<_> = p
        .docs
        .iter()
        .map(|d| d.root.get("kind").and_then(YamlNode::as_str))
        .collect();
    assert_eq!(
        kinds,
        [Some("Namespace"), Some("Deployment"), None, Some("Service")]
    );

    assert_eq!(p.at(p.docs[0].span), ((2, 1), (5, 13)));
    assert_eq!(p.at(p.docs[1].span), ((6, 1), (22, 25)));
    assert_eq!(p.at(p.docs[2].span), ((23, 1), (23, 4)));
    assert!(p.docs[2].root.is_null());
    assert_eq!(p.at(p.docs[3].span), ((24, 1), (26, 14)));

    let d = &p.docs[1].root;
    assert_eq!(num(path(d, &["spec", "replicas"])), 3.0);
    let pod = path(d, &["spec", "template", "spec"]);
    assert_eq!(s(pod.get("hostNetwork").unwrap()), "yes");
    let c = &pod.get("containers").unwrap().items()[0];
    assert_eq!(s(c.get("image").unwrap()), "nginx:1.25");
    let sc = c.get("securityContext").unwrap();
    assert_eq!(sc.get("privileged").unwrap().as_bool(), Some(true));
    assert_eq!(num(sc.get("runAsUser").unwrap()), 0.0);
    assert_eq!(
        p.at(sc.entry("privileged").unwrap().key_span),
        ((21, 13), (21, 23))
    );
    assert_eq!(
        p.at(sc.get("privileged").unwrap().span),
        ((21, 25), (21, 29))
    );
    assert_eq!(p.at(c.span), ((18, 11), (22, 25)));
    assert_eq!(
        p.at(path(d, &["metadata", "labels"]).span),
        ((11, 11), (11, 21))
    );
}

#[test]
fn empty_streams_have_no_documents() {
    for text in ["", "\n\n", "# only a comment\n", "\u{feff}"] {
        let p = parse(text);
        p.no_problems();
        assert!(p.docs.is_empty(), "{text:?}");
    }
    let p = parse("plain\n");
    assert_eq!(s(p.root()), "plain");
}

#[test]
fn directives_and_document_end_markers() {
    let p = parse("%YAML 1.2\n---\na: 1\n...\n%YAML 1.2\n---\nb: 2\n...\nc: 3\n");
    p.no_problems();
    assert_eq!(p.docs.len(), 3);
    assert_eq!(num(p.docs[0].root.get("a").unwrap()), 1.0);
    assert_eq!(num(p.docs[1].root.get("b").unwrap()), 2.0);
    assert_eq!(num(p.docs[2].root.get("c").unwrap()), 3.0);
    assert_eq!(p.at(p.docs[1].span), ((6, 1), (7, 5)));
    assert_eq!(p.at(p.docs[2].span), ((9, 1), (9, 5)));
}

// ---------------------------------------------------------------------------------------------
// Spans

#[test]
fn spans_are_bytes_after_non_ascii_text() {
    let text = "é: 日本\nname: \"😀 x\" # note\nlist: [é, 日本, 😀]\n日本: {k: 😀}\n";
    let p = parse(text);
    p.no_problems();
    let r = p.root();
    let e = &r.entries()[0];
    assert_eq!(e.key, "é");
    assert_eq!(e.key_span.range(), 0..2);
    assert_eq!(p.at(e.key_span), ((1, 1), (1, 2)));
    assert_eq!(e.value.span.range(), 4..10);
    assert_eq!(p.at(e.value.span), ((1, 4), (1, 6)));

    let name = r.get("name").unwrap();
    assert_eq!(s(name), "😀 x");
    assert_eq!(p.text(name.span), "\"😀 x\"");
    assert_eq!(p.at(name.span), ((2, 7), (2, 12)));

    let list = r.get("list").unwrap();
    assert_eq!(p.at(list.span), ((3, 7), (3, 17)));
    let at: Vec<_> = list.items().iter().map(|i| p.at(i.span)).collect();
    assert_eq!(
        at,
        [((3, 8), (3, 9)), ((3, 11), (3, 13)), ((3, 15), (3, 16))]
    );
    assert_eq!(p.text(list.items()[2].span), "😀");

    let last = &r.entries()[3];
    assert_eq!(last.key, "日本");
    assert_eq!(p.at(last.key_span), ((4, 1), (4, 3)));
    assert_eq!(p.at(last.value.span), ((4, 5), (4, 11)));
    assert_eq!(p.text(last.value.get("k").unwrap().span), "😀");
}

#[test]
fn spans_with_crlf_line_endings() {
    let text = "a: 1\r\nb:\r\n  - x\r\n  - \"y\"\r\nc: |\r\n  l1\r\n  l2\r\nd: é\r\n";
    let p = parse(text);
    p.no_problems();
    let r = p.root();
    assert_eq!(p.at(r.get("a").unwrap().span), ((1, 4), (1, 5)));
    let b = r.get("b").unwrap();
    assert_eq!(p.at(b.span), ((3, 3), (4, 8)));
    assert_eq!(p.at(b.items()[1].span), ((4, 5), (4, 8)));
    let c = r.get("c").unwrap();
    assert_eq!(s(c), "l1\nl2\n");
    assert_eq!(p.at(c.span), ((6, 3), (7, 5)));
    assert_eq!(p.at(r.entry("d").unwrap().key_span), ((8, 1), (8, 2)));
    assert_eq!(p.at(r.get("d").unwrap().span), ((8, 4), (8, 5)));
    assert_eq!(p.at(r.span), ((1, 1), (8, 5)));
}

#[test]
fn scalar_and_collection_spans() {
    let text = "plain: some words   # comment\nsingle: 'it''s'\nempty:\nmulti: first\n  second\n\
                folded: >-\n  one\n  two\n\nblock:\n  k: v\n  seq:\n  - 1\n  - [2, {x: 3}]\n";
    let p = parse(text);
    p.no_problems();
    let r = p.root();
    let plain = r.get("plain").unwrap();
    assert_eq!(p.text(plain.span), "some words");
    assert_eq!(p.at(plain.span), ((1, 8), (1, 18)));
    let single = r.get("single").unwrap();
    assert_eq!(s(single), "it's");
    assert_eq!(p.text(single.span), "'it''s'");
    let empty = r.get("empty").unwrap();
    assert!(empty.is_null());
    assert_eq!(empty.span.start, empty.span.end);
    assert_eq!(p.start(empty.span), (3, 6));
    let multi = r.get("multi").unwrap();
    assert_eq!(s(multi), "first second");
    assert_eq!(p.at(multi.span), ((4, 8), (5, 9)));
    let folded = r.get("folded").unwrap();
    assert_eq!(s(folded), "one two");
    assert_eq!(p.at(folded.span), ((7, 3), (8, 6)));
    let block = r.get("block").unwrap();
    assert_eq!(p.at(block.span), ((11, 3), (14, 16)));
    let seq = block.get("seq").unwrap();
    assert_eq!(p.at(seq.span), ((13, 3), (14, 16)));
    assert_eq!(p.at(seq.items()[1].span), ((14, 5), (14, 16)));
    assert_eq!(p.at(seq.items()[1].items()[1].span), ((14, 9), (14, 15)));
}

#[test]
fn block_scalars_that_look_quoted() {
    let p = parse("a: |\n  \"x\" y\n  z\nb: !Sub |\n  'q' ${X}\n");
    p.no_problems();
    let r = p.root();
    let a = r.get("a").unwrap();
    assert_eq!(s(a), "\"x\" y\nz\n");
    assert_eq!(p.at(a.span), ((2, 3), (3, 4)));
    let b = r.get("b").unwrap();
    assert_eq!(tag(b), Some("Sub"));
    assert_eq!(p.at(b.span), ((5, 3), (5, 11)));
}

#[test]
fn byte_order_mark_at_the_start() {
    let p = parse("\u{feff}a: 1\nb: é\n");
    p.no_problems();
    let r = p.root();
    let a = &r.entries()[0];
    assert_eq!(a.key_span.range(), 3..4);
    assert_eq!(p.text(a.key_span), "a");
    assert_eq!(a.value.span.range(), 6..7);
    assert_eq!(p.at(r.get("b").unwrap().span), ((2, 4), (2, 5)));
    assert_eq!(p.docs[0].span.start, 3);

    let p = parse("\u{feff}---\nx: 1\n---\ny: 2\n");
    p.no_problems();
    assert_eq!(p.docs.len(), 2);
    assert_eq!(p.docs[0].span.range(), 3..11);
    assert_eq!(p.text(p.docs[0].span), "---\nx: 1");
    assert_eq!(p.text(p.docs[1].root.entries()[0].key_span), "y");
}

#[test]
fn keys_that_are_not_strings() {
    let p = parse(
        "? [a, b]\n: seq\n? {k: v}\n: map\n1.50: float\n80: int\n~: null\ntrue: bool\n\
         \"q\": quoted\n",
    );
    p.no_problems();
    let r = p.root();
    assert_eq!(
        keys(r),
        ["[a, b]", "{k: v}", "1.50", "80", "~", "true", "q"]
    );
    let spans: Vec<_> = r.entries().iter().map(|e| p.at(e.key_span)).collect();
    assert_eq!(spans[0], ((1, 3), (1, 9)));
    assert_eq!(spans[1], ((3, 3), (3, 9)));
    assert_eq!(spans[3], ((6, 1), (6, 3)));
    assert_eq!(spans[6], ((9, 1), (9, 4)));
    assert_eq!(s(r.get("80").unwrap()), "int");

    let p = parse("x: &k [1, {b: c}]\n*k : alias\n? \n: empty\n");
    p.no_problems();
    let r = p.root();
    assert_eq!(keys(r), ["x", "[1, {b: c}]", ""]);
    assert_eq!(p.at(r.entries()[1].key_span), ((2, 1), (2, 3)));
}

// ---------------------------------------------------------------------------------------------
// Problems

#[test]
fn syntax_error_is_located_and_other_documents_survive() {
    let text = "first: 1\r\n---\r\nname: \"日本\"\r\nkey: é😀: x\r\n---\r\nlast: 3\r\n";
    let p = parse(text);
    assert_eq!(p.docs.len(), 2);
    assert_eq!(num(p.docs[0].root.get("first").unwrap()), 1.0);
    assert_eq!(num(p.docs[1].root.get("last").unwrap()), 3.0);
    let e = p.problem();
    assert!(e.message.starts_with("YAML syntax error"), "{}", e.message);
    assert_eq!(p.at(e.span), ((4, 8), (4, 9)));
    assert_eq!(p.text(e.span), ":");
}

#[test]
fn error_positions_after_multibyte_characters() {
    let p = parse("a: 😀\nb: [日本, é\nc: 1\n");
    let e = p.problem();
    assert_eq!(p.start(e.span), (3, 2));
    assert!(p.docs.is_empty());

    let p = parse("é: \"unterminated\n");
    let e = p.problem();
    assert!(e.message.contains("quoted scalar"), "{}", e.message);
    // saphyr reports an unterminated quote at its opening quote.
    assert_eq!(p.at(e.span), ((1, 4), (1, 5)));

    let p = parse("a:\n  b: 1\n c: 2\n");
    let e = p.problem();
    assert_eq!(p.start(e.span), (3, 2));
}

#[test]
fn duplicate_keys_are_reported_and_kept() {
    let p = parse("a: 1\nb: 2\na: 3\n---\nc: 4\n");
    let e = p.problem();
    assert_eq!(e.message, "duplicate key `a` in mapping");
    assert_eq!(p.at(e.span), ((3, 1), (3, 2)));
    assert_eq!(p.docs.len(), 2);
    let r = &p.docs[0].root;
    assert_eq!(keys(r), ["a", "b", "a"]);
    // `get` returns the first.
    assert_eq!(num(r.get("a").unwrap()), 1.0);
    assert_eq!(num(p.docs[1].root.get("c").unwrap()), 4.0);
}

// ---------------------------------------------------------------------------------------------
// Anchors, aliases, merge keys

#[test]
fn aliases_copy_the_anchored_node() {
    let p = parse(
        "base: &b\n  x: 1\n  y: [é, 2]\ncopy: *b\nname: &n !Ref \"value\"\nagain: *n\n\
         list: [*n, *b]\n",
    );
    p.no_problems();
    let r = p.root();
    let copy = r.get("copy").unwrap();
    assert_eq!(num(copy.get("x").unwrap()), 1.0);
    assert_eq!(s(&copy.get("y").unwrap().items()[0]), "é");
    // The copy is located at the alias, its contents at the original.
    assert_eq!(p.at(copy.span), ((4, 7), (4, 9)));
    assert_eq!(p.at(copy.get("x").unwrap().span), ((2, 6), (2, 7)));
    let again = r.get("again").unwrap();
    assert_eq!(s(again), "value");
    assert_eq!(tag(again), Some("Ref"));
    assert_eq!(p.at(again.span), ((6, 8), (6, 10)));
    let list = r.get("list").unwrap();
    assert_eq!(s(&list.items()[0]), "value");
    assert_eq!(keys(&list.items()[1]), ["x", "y"]);
    assert_eq!(p.text(list.items()[1].span), "*b");
}

#[test]
fn unknown_alias_is_an_error() {
    let p = parse("a: *nope\n");
    let e = p.problem();
    assert!(e.message.contains("unknown anchor"), "{}", e.message);
    assert_eq!(p.start(e.span), (1, 4));
}

#[test]
fn merge_keys_are_applied() {
    let p = parse(
        "defaults: &defaults\n  adapter: postgres\n  host: localhost\nextra: &extra\n  host: db\n  pool: 5\n\
         dev:\n  <<: *defaults\n  host: dev.local\nmulti:\n  <<: [*extra, *defaults]\n  name: m\n\
         inline:\n  <<: {a: 1}\nquoted:\n  \"<<\": *defaults\nbad:\n  <<: 5\n",
    );
    let r = p.root();
    let dev = r.get("dev").unwrap();
    assert_eq!(keys(dev), ["adapter", "host"]);
    assert_eq!(s(dev.get("host").unwrap()), "dev.local");
    assert_eq!(s(dev.get("adapter").unwrap()), "postgres");
    // The merged entry keeps the span of its definition.
    assert_eq!(p.start(dev.entry("adapter").unwrap().key_span), (2, 3));

    let multi = r.get("multi").unwrap();
    assert_eq!(keys(multi), ["host", "pool", "adapter", "name"]);
    assert_eq!(s(multi.get("host").unwrap()), "db");

    assert_eq!(keys(r.get("inline").unwrap()), ["a"]);
    assert_eq!(keys(r.get("quoted").unwrap()), ["<<"]);

    assert_eq!(keys(r.get("bad").unwrap()), ["<<"]);
    let e = p.problem();
    assert!(e.message.contains("merge key"), "{}", e.message);
    assert_eq!(p.at(e.span), ((18, 7), (18, 8)));
}

fn billion_laughs() -> String {
    let mut t = String::from(
        "before: 1\n---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let items = vec![format!("*{prev}"); 9].join(", ");
        t.push_str(&format!("{name}: &{name} [{items}]\n"));
    }
    t.push_str("---\nafter: 2\n");
    t
}

#[test]
fn billion_laughs_is_stopped_at_the_alias() {
    assert_eq!(ALIAS_EXPANSION_BUDGET, 100_000);
    let p = parse(&billion_laughs());
    let e = p.problem();
    assert!(
        e.message.starts_with("alias expansion exceeds"),
        "{}",
        e.message
    );
    // `f: &f [*e, ...`: the first alias to `e` (66,430 nodes) crosses the budget.
    assert_eq!(p.at(e.span), ((8, 8), (8, 9)));
    // The document is kept: the alias that crossed the budget and the later ones are empty.
    assert_eq!(p.docs.len(), 3);
    assert_eq!(num(p.docs[0].root.get("before").unwrap()), 1.0);
    assert_eq!(num(p.docs[2].root.get("after").unwrap()), 2.0);
    let bomb = &p.docs[1].root;
    assert_eq!(bomb.get("e").unwrap().items().len(), 9);
    let f = bomb.get("f").unwrap();
    assert!(f.items().iter().all(YamlNode::is_null));
    assert_eq!(p.start(f.items()[0].span), (8, 8));
    assert!(path(bomb, &["i"]).items().iter().all(YamlNode::is_null));
}

#[test]
fn billion_laughs_through_tags_and_keys() {
    // saphyr's own loader does not count tagged nodes or mapping keys; this budget does.
    let mut tagged = String::from("a: &a !Ref [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let mut keyed = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    for w in names.windows(2) {
        let (prev, name) = (w[0], w[1]);
        let items = vec![format!("*{prev}"); 9].join(", ");
        tagged.push_str(&format!("{name}: &{name} !Join [{items}]\n"));
        let keys: Vec<String> = (1..=9).map(|i| format!("? [*{prev}, {i}] : 0")).collect();
        keyed.push_str(&format!("{name}: &{name} {{{}}}\n", keys.join(", ")));
    }
    for text in [tagged, keyed] {
        let p = parse(&text);
        let e = p.problem();
        assert!(
            e.message.starts_with("alias expansion exceeds"),
            "{}",
            e.message
        );
        assert_eq!(p.start(e.span).0, 6, "{text}");
        assert_eq!(p.docs.len(), 1);
    }
}

#[test]
fn alias_expansion_within_budget() {
    let p = parse("a: &a [1, 2, 3]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n");
    p.no_problems();
    let c = p.root().get("c").unwrap();
    assert_eq!(c.items().len(), 2);
    assert_eq!(num(&c.items()[1].items()[2].items()[2]), 3.0);
}

// ---------------------------------------------------------------------------------------------
// Nesting limits

fn depth_problem(p: &Parsed) -> &Problem {
    let e = p.problem();
    assert!(
        e.message.contains("nest"),
        "unexpected problem: {}",
        e.message
    );
    e
}

#[test]
fn twenty_thousand_open_brackets() {
    let p = parse(&"[".repeat(20_000));
    let e = depth_problem(&p);
    assert_eq!(p.start(e.span), (1, 256));
    assert!(p.docs.is_empty());

    let p = parse(&format!("{}{}", "[".repeat(20_000), "]".repeat(20_000)));
    assert_eq!(p.start(depth_problem(&p).span), (1, 256));

    let p = parse(&"{a: ".repeat(20_000));
    assert_eq!(p.start(depth_problem(&p).span), (1, 1021));
}

#[test]
fn twenty_thousand_block_sequence_levels() {
    let p = parse(&format!("{}x\n", "- ".repeat(20_000)));
    let e = depth_problem(&p);
    assert!(e.message.contains(&MAX_DEPTH.to_string()));
    // The sequence at depth 513 starts at its `-`, column 2 * 512 + 1.
    assert_eq!(p.at(e.span), ((1, 1025), (1, 1026)));
    // The document is kept down to the limit.
    let mut n = p.root();
    for _ in 1..MAX_DEPTH {
        assert_eq!(n.items().len(), 1);
        n = &n.items()[0];
    }
    let cut = &n.items()[0];
    assert!(cut.is_null());
    assert_eq!(p.start(cut.span), (1, 1025));
}

#[test]
fn deeply_indented_lines_are_cut_at_the_limit() {
    let lines: String = (0..2_000)
        .map(|i| format!("{}-\n", " ".repeat(i)))
        .collect();
    let p = parse(&lines);
    assert_eq!(p.start(depth_problem(&p).span), (513, 513));

    let lines: String = (0..600).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
    let p = parse(&lines);
    assert_eq!(p.start(depth_problem(&p).span), (513, 513));
    assert_eq!(p.docs.len(), 1);
}

#[test]
fn very_deep_documents_cost_no_stack() {
    // 100,000 levels: the tree stops at the limit, the rest is skipped, other documents kept.
    let text = format!("a: 1\n---\n{}x\n---\nb: 2\n", "- ".repeat(100_000));
    let p = parse(&text);
    assert_eq!(p.start(depth_problem(&p).span), (3, 1025));
    assert_eq!(p.docs.len(), 3);
    assert_eq!(num(p.docs[2].root.get("b").unwrap()), 2.0);

    // Nested anchors: each anchored level is shared, not copied.
    let lines: String = (0..600)
        .map(|i| format!("{}k: &a\n", " ".repeat(i)))
        .collect();
    let p = parse(&format!("{lines}x: *a\n"));
    assert_eq!(p.start(depth_problem(&p).span), (513, 513));
    assert_eq!(p.docs.len(), 1);
}

#[test]
fn nesting_at_the_limit_is_accepted() {
    let p = parse(&format!("{}x\n", "- ".repeat(MAX_DEPTH)));
    p.no_problems();
    let p = parse(&format!("{}x\n", "- ".repeat(MAX_DEPTH + 1)));
    assert_eq!(p.start(depth_problem(&p).span), (1, 1025));
}

#[test]
fn aliases_cannot_nest_past_the_limit() {
    let anchored = format!("a: &a\n{}x\n", "- ".repeat(300));
    let text = format!("{anchored}b:\n{}*a\n", "- ".repeat(300));
    let p = parse(&text);
    let e = depth_problem(&p);
    // The alias would put the copy's innermost sequence at depth 1 + 300 + 300.
    assert_eq!(p.at(e.span), ((4, 601), (4, 602)));
    assert_eq!(p.docs.len(), 1);
    let mut b = p.root().get("b").unwrap();
    for _ in 0..299 {
        b = &b.items()[0];
    }
    assert!(b.items()[0].is_null());
}

// ---------------------------------------------------------------------------------------------
// Helm

#[test]
fn helm_templates_are_recognised() {
    let helm = [
        "metadata:\n  name: {{ include \"x.fullname\" . }}\n",
        "image: \"{{ .Values.image }}\"\n",
        "{{- if .Values.enabled }}\na: 1\n{{- end }}\n",
        "a: x\n{{/* comment */}}\n",
        "replicas: {{ $replicas }}\n",
        "data:\n{{ toYaml .Values.data | indent 2 }}\n",
        "a: \"x # {{ .Values.y }}\"\n",
    ];
    for t in helm {
        assert!(yaml::is_helm_template(t), "{t:?}");
    }
    let not_helm = [
        "a: 1\n",
        "# {{ .Values.x }}\na: 1 # {{ .Values.y }}\n",
        "run: echo ${{ github.sha }}\n",
        "args: [\"{{inputs.parameters.message}}\"]\n",
        "msg: \"{{ ansible_var }}\"\n",
        "a: {{ .Values.unclosed\n",
        "",
    ];
    for t in not_helm {
        assert!(!yaml::is_helm_template(t), "{t:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers and robustness

#[test]
fn helpers() {
    let p = parse("m:\n  k: v\n  n: 1\ns: [a, b]\nt: text\n");
    let r = p.root();
    assert_eq!(r.entries().len(), 3);
    assert_eq!(r.get("t").and_then(YamlNode::as_str), Some("text"));
    assert!(r.get("missing").is_none());
    assert_eq!(r.get("s").unwrap().items().len(), 2);
    assert!(r.get("s").unwrap().entries().is_empty());
    assert!(r.get("m").unwrap().items().is_empty());
    assert_eq!(
        r.get("m").unwrap().get("n").and_then(YamlNode::as_f64),
        Some(1.0)
    );
    assert!(r.get("t").unwrap().get("x").is_none());
    assert!(r.get("t").unwrap().as_bool().is_none());
    let entry: &YamlEntry = r.entry("s").unwrap();
    assert_eq!(p.at(entry.key_span), ((4, 1), (4, 2)));
    assert!(matches!(entry.value.kind, YamlKind::Seq(_)));
}

#[test]
fn odd_inputs_never_panic() {
    let odd = [
        "\0",
        "a: \0",
        "\u{feff}\u{feff}",
        "*",
        "&",
        "!",
        "%",
        "%TAG",
        "---",
        "...",
        "? ? ? ?",
        "{",
        "}",
        "'",
        "\"\\",
        "- - -",
        "\t",
        "a:\tb",
        ":",
        "&a [*a]",
        "&a a: *a",
        "<<: *x",
        "<<:\n  - 1",
        "- !<",
        "!<!> x",
        "a: |9\n  x",
        "a: >-\n",
        "--- |\n---",
        "\r",
        "\r\n\r\n",
        "\u{85}a: b",
        "a: \u{2028}b",
        "[a: [b: [c: d]]]",
        "{? a}",
        "? - a\n: - b",
    ];
    for t in odd {
        parse(t);
        yaml::is_helm_template(t);
    }

    // Mutated documents: deterministic pseudo-random edits of real ones.
    let pieces = [
        "a",
        ": ",
        "- ",
        "? ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "\"",
        "'",
        "#",
        "&x ",
        "*x",
        "!Ref ",
        "!!int ",
        "|",
        ">",
        "\n",
        "\r\n",
        "  ",
        "\t",
        "---\n",
        "...\n",
        "%YAML 1.2\n",
        "é",
        "日本",
        "😀",
        "<<: ",
        "~",
        "\u{feff}",
        "{{ .V }}",
    ];
    let seeds = [CLOUDFORMATION, KUBERNETES];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state as usize
    };
    for case in 0..400 {
        let mut t = seeds[case % 2].to_string();
        for _ in 0..1 + next() % 3 {
            let mut at = next() % (t.len() + 1);
            while !t.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + next() % 6).min(t.len());
            while !t.is_char_boundary(end) {
                end -= 1;
            }
            t.replace_range(at..end, pieces[next() % pieces.len()]);
        }
        parse(&t);
    }
}
