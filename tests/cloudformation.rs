//! CloudFormation evaluation: every intrinsic function, conditions, and edges.

use std::path::PathBuf;

use posture::discover::FileKind;
use posture::graph::Graph;
use posture::scan::{Input, lower_inputs};
use posture::value::Value;

const TEMPLATE: &str = r#"
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: prod
  Size:
    Type: Number
    Default: "20"
  Zones:
    Type: CommaDelimitedList
    Default: "a,b,c"
  Unset:
    Type: String
Mappings:
  Regions:
    prod:
      Ami: ami-123
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Equals ["x", "x"]]
  Either: !Or [!Condition IsDev, !Condition Both]
  UnknownCond: !Equals [!Ref Unset, "y"]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Thing:
    Type: Custom::Thing
    Properties:
      Ref: !Ref Env
      Number: !Ref Size
      Pseudo: !Ref AWS::Region
      RefResource: !Ref Bucket
      SubString: !Sub "${Env}-${AWS::AccountId}"
      SubKnown: !Sub "app-${Env}-${!Literal}"
      SubList: !Sub ["${A}-${Env}", {A: x}]
      GetAttDotted: !GetAtt Bucket.Arn
      GetAttList: !GetAtt [Bucket, Arn]
      Join: !Join ["-", [a, !Ref Env, c]]
      IfKnown: !If [IsProd, yes, no]
      IfUnknown: !If [UnknownCond, yes, no]
      Conditions: [!Condition IsDev, !Condition Both, !Condition Either]
      Select: !Select [1, !Ref Zones]
      Split: !Split [",", "x,y"]
      FindInMap: !FindInMap [Regions, !Ref Env, Ami]
      FindInMapDefault: !FindInMap [Regions, dev, Ami, {DefaultValue: ami-default}]
      Base64: !Base64 "hi"
      Cidr: !Cidr ["10.0.0.0/16", 4, 8]
      Import: !ImportValue shared-vpc
      Zones: !GetAZs ""
      Removed: !Ref AWS::NoValue
      Macro:
        Fn::Transform:
          Name: AWS::Include
"#;

fn lower() -> (Graph, Vec<String>) {
    let mut l = lower_inputs(
        vec![Input {
            path: PathBuf::from("t.yaml"),
            display: "t.yaml".into(),
            kind: FileKind::Yaml,
            text: Some(TEMPLATE.into()),
            context: false,
        }],
        None,
    );
    let problems = l.problems.iter().map(|p| p.message.clone()).collect();
    (l.units.pop().expect("unit").1, problems)
}

fn s(x: &str) -> Value {
    Value::String(x.into())
}

#[test]
fn every_intrinsic() {
    let (g, problems) = lower();
    let thing = g
        .resources
        .iter()
        .find(|r| r.name == "Thing" && r.variant.is_none())
        .expect("Thing");
    // One variant per branch of the unknown condition.
    let variants: Vec<&str> = g
        .resources
        .iter()
        .filter_map(|r| r.variant.as_deref())
        .collect();
    assert_eq!(
        variants,
        vec![
            "when condition UnknownCond is true",
            "when condition UnknownCond is false"
        ]
    );
    assert_eq!(thing.kind, "Custom::Thing");
    let v = |k: &str| thing.body.get(k).map(|n| n.to_value());
    assert_eq!(v("Ref"), Some(s("prod")));
    assert_eq!(v("Number"), Some(Value::Number(20.0)));
    assert_eq!(v("Pseudo"), Some(Value::Unknown));
    assert_eq!(v("RefResource"), Some(Value::Unknown));
    assert_eq!(v("SubString"), Some(Value::Unknown));
    assert_eq!(v("SubKnown"), Some(s("app-prod-${Literal}")));
    assert_eq!(v("SubList"), Some(s("x-prod")));
    assert_eq!(v("GetAttDotted"), Some(Value::Unknown));
    assert_eq!(v("GetAttList"), Some(Value::Unknown));
    assert_eq!(v("Join"), Some(s("a-prod-c")));
    assert_eq!(v("IfKnown"), Some(s("yes")));
    assert_eq!(v("IfUnknown"), Some(Value::Unknown));
    assert_eq!(
        v("Conditions"),
        Some(Value::List(vec![
            Value::Bool(false),
            Value::Bool(true),
            Value::Bool(true)
        ]))
    );
    assert_eq!(v("Select"), Some(s("b")));
    assert_eq!(v("Split"), Some(Value::List(vec![s("x"), s("y")])));
    assert_eq!(v("FindInMap"), Some(s("ami-123")));
    assert_eq!(v("FindInMapDefault"), Some(s("ami-default")));
    assert_eq!(v("Base64"), Some(s("aGk=")));
    assert_eq!(v("Cidr"), Some(Value::Unknown));
    assert_eq!(v("Import"), Some(Value::Unknown));
    assert_eq!(v("Zones"), Some(Value::Unknown));
    assert_eq!(v("Removed"), None, "AWS::NoValue removes the property");
    assert!(
        problems.iter().any(|p| p.contains("Fn::Transform")),
        "{problems:?}"
    );
    // Ref, GetAtt (both forms) and Sub references are edges to the bucket.
    let bucket = g
        .resources
        .iter()
        .position(|r| r.name == "Bucket")
        .expect("Bucket");
    let mut attrs: Vec<&str> = g
        .edges
        .iter()
        .filter(|e| e.to.0 as usize == bucket && g.get(e.from).variant.is_none())
        .map(|e| e.attr.as_str())
        .collect();
    attrs.sort();
    assert_eq!(attrs, vec!["GetAttDotted", "GetAttList", "RefResource"]);
}

/// Words of a message that read as Terraform vocabulary: `snake_case` names (attributes,
/// resource kinds), HCL assignments inside code spans (`name = value`) and `camelCase` names
/// in code spans (the provider's JSON documents; CloudFormation properties are PascalCase,
/// even inside `ContainerDefinitions`). Quoted values,
/// condition names and dotted keys (load balancer attributes such as
/// `deletion_protection.enabled` are CloudFormation's own vocabulary) are not words here.
fn terraform_words(message: &str) -> Vec<String> {
    let quoted = regex::Regex::new(r#""[^"]*""#).unwrap();
    let dotted = regex::Regex::new(r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+").unwrap();
    let snake = regex::Regex::new(r"\b[a-z][a-z0-9]*(_[a-z0-9]+)+\b").unwrap();
    let assignment = regex::Regex::new(r"`[^`]* = [^`]*`").unwrap();
    let camel = regex::Regex::new(r"`[a-z]+[A-Z][A-Za-z0-9]*`").unwrap();
    let text = message.split(" (when condition ").next().unwrap_or(message);
    let text = quoted.replace_all(text, "\"\"");
    let text = dotted.replace_all(&text, "");
    snake
        .find_iter(&text)
        .chain(assignment.find_iter(&text))
        .chain(camel.find_iter(&text))
        .map(|m| m.as_str().to_string())
        .collect()
}

#[test]
fn terraform_words_are_found() {
    assert_eq!(
        terraform_words("instance does not set `storage_encrypted`, so it is unencrypted"),
        vec!["storage_encrypted"]
    );
    assert_eq!(
        terraform_words("stage turns X-Ray tracing off (`enabled = false`)"),
        vec!["`enabled = false`"]
    );
    assert!(terraform_words("bucket has no `aws_s3_bucket_public_access_block`").len() == 1);
    assert_eq!(
        terraform_words("container has no `logConfiguration`"),
        vec!["`logConfiguration`"]
    );
    assert!(
        terraform_words(
            "load balancer does not set `deletion_protection.enabled` (when condition Is_Prod is true)"
        )
        .is_empty()
    );
    assert!(terraform_words("container \"my_app\" runs as root (`User: \"0\"`)").is_empty());
}

/// Every CloudFormation fixture of every check: the messages of its findings speak
/// CloudFormation (property names), not Terraform (attribute names, HCL syntax).
#[test]
fn cloudformation_messages_use_cloudformation_vocabulary() {
    use posture::graph::Framework;
    use posture::scan::scan_inputs;
    let mut bad = Vec::new();
    let mut seen = 0;
    for reg in posture::registry::all() {
        let dir = reg.source.trim_end_matches(".rs");
        for (name, text) in reg.fixtures {
            if !(name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".json")) {
                continue;
            }
            let display = format!("{dir}/{name}");
            let Some(kind) = FileKind::detect(&PathBuf::from(&display)) else {
                continue;
            };
            let result = scan_inputs(
                vec![Input {
                    path: PathBuf::from(&display),
                    display: display.clone(),
                    kind,
                    text: Some(text.to_string()),
                    context: false,
                }],
                None,
            );
            for f in result
                .findings
                .iter()
                .filter(|f| f.framework == Framework::CloudFormation)
            {
                seen += 1;
                let words = terraform_words(&f.message);
                if !words.is_empty() {
                    bad.push(format!("{display}: {} {} {words:?}", f.check.id, f.message));
                }
            }
        }
    }
    assert!(
        seen > 100,
        "only {seen} CloudFormation findings in the fixtures"
    );
    assert!(bad.is_empty(), "Terraform vocabulary:\n{}", bad.join("\n"));
}

/// Edges keep the attribute a `Fn::GetAtt` (or `${Resource.Attribute}` in `Fn::Sub`) names,
/// so a reference to a VPC's default security group differs from one to its CIDR block.
#[test]
fn edges_keep_getatt_attributes() {
    let template = r#"
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
  Default:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Vpc.DefaultSecurityGroup
      CidrIp: !GetAtt [Vpc, CidrBlock]
      Description: !Sub "to ${Db.Endpoint.Address} in ${Vpc}"
  Maybe:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !If [IsProd, !GetAtt Vpc.DefaultSecurityGroup, sg-123]
"#;
    let mut l = lower_inputs(
        vec![Input {
            path: PathBuf::from("edges.yaml"),
            display: "edges.yaml".into(),
            kind: FileKind::Yaml,
            text: Some(template.into()),
            context: false,
        }],
        None,
    );
    let g = l.units.pop().expect("unit").1;
    let id = |address: &str| {
        g.iter()
            .find(|(_, r)| r.address == address && r.variant.is_none())
            .map(|(i, _)| i)
            .expect("resource")
    };
    let (vpc, db, default, maybe) = (id("Vpc"), id("Db"), id("Default"), id("Maybe"));
    let attributes = |from, to, attr: &str| -> Vec<String> {
        let e = g
            .edges
            .iter()
            .find(|e| e.from == from && e.to == to && e.attr == attr)
            .unwrap_or_else(|| panic!("no edge through {attr}"));
        g.edge_attributes(e).to_vec()
    };
    assert_eq!(
        attributes(default, vpc, "security_group_id"),
        vec!["DefaultSecurityGroup"]
    );
    assert_eq!(attributes(default, vpc, "cidr_ipv4"), vec!["CidrBlock"]);
    // `${Vpc}` is a plain reference: only the attribute of `Db` is recorded.
    assert_eq!(
        attributes(default, db, "description"),
        vec!["Endpoint.Address"]
    );
    assert!(attributes(default, vpc, "description").is_empty());
    let via: Vec<_> = g
        .targets_via(default, "security_group_id", "DefaultSecurityGroup")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(via, vec![vpc]);
    assert_eq!(
        g.targets_via(default, "cidr_ipv4", "DefaultSecurityGroup")
            .count(),
        0
    );
    // Under an unknown condition the base resource refers to the VPC, but not certainly to
    // its default security group; the variant where the condition holds does.
    assert!(attributes(maybe, vpc, "security_group_id").is_empty());
    let variant = g
        .iter()
        .find(|(_, r)| {
            r.address == "Maybe" && r.variant.as_deref() == Some("when condition IsProd is true")
        })
        .map(|(i, _)| i)
        .expect("variant");
    assert_eq!(
        g.targets_via(variant, "security_group_id", "DefaultSecurityGroup")
            .map(|(i, _)| i)
            .collect::<Vec<_>>(),
        vec![vpc]
    );
}
