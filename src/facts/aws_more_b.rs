//! Shared readings for the SageMaker, DocumentDB, Neptune, Athena, Glue, CodeBuild, Backup,
//! WAF, GuardDuty and Config checks and the IAM, EC2, Lambda and EKS additions: nested blocks,
//! string lists, credentials in environment maps and in instance user data, and the AWS
//! managed administrator policy.

use std::sync::LazyLock;

use base64::Engine;
use regex::Regex;

use crate::check::{Ctx, Setting, setting};
use crate::facts::aws_more_a::{
    is_plausible_secret_value, is_secret_name, mask, secret_value_kind,
};
use crate::graph::{Entry, Mode, Node, NodeValue};

// ------------------------------------------------------------------------------------------
// Blocks and values

/// A nested block looked up on a node.
#[derive(Debug, Clone, Copy)]
pub enum Block<'a> {
    /// Not configured (missing, null or an empty list).
    Absent,
    /// Configured, but its value cannot be known statically (recorded on `cx`).
    Unknown,
    /// The entry it hangs from (its header, for findings) and the block's body.
    Present(&'a Entry, &'a Node),
}

/// The first block (or the first map of a list-valued attribute) under `key` of `node`.
pub fn block<'a>(cx: &Ctx, node: &'a Node, key: &str) -> Block<'a> {
    let Some(entry) = node.entry(key) else {
        return Block::Absent;
    };
    let unknown = || {
        cx.note_unknown(entry.span(), key);
        Block::Unknown
    };
    match &entry.node.value {
        NodeValue::Null => Block::Absent,
        NodeValue::Unknown => unknown(),
        NodeValue::List(items) => match items.first() {
            None => Block::Absent,
            Some(n) if n.is_unknown() => unknown(),
            Some(n) => Block::Present(entry, n),
        },
        NodeValue::Map(_) => Block::Present(entry, &entry.node),
        _ => unknown(),
    }
}

/// Follows a path of nested blocks (`configuration.result_configuration`) from `node`.
pub fn block_path<'a>(cx: &Ctx, node: &'a Node, path: &[&str]) -> Block<'a> {
    let mut cur = Block::Absent;
    let mut at = node;
    for key in path {
        cur = block(cx, at, key);
        match cur {
            Block::Present(_, n) => at = n,
            _ => return cur,
        }
    }
    cur
}

/// A string setting: missing (or null), unknown, or known.
#[derive(Debug, Clone, Copy)]
pub enum Str<'a> {
    Missing,
    Unknown,
    Value(&'a str, &'a Entry),
}

/// Reads the string attribute `key` of `node`; an unknown value is recorded on `cx`. A known
/// value that is not a string counts as unknown.
pub fn str_of<'a>(cx: &Ctx, node: &'a Node, key: &str) -> Str<'a> {
    match setting(node, key) {
        Setting::Missing => Str::Missing,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            Str::Unknown
        }
        Setting::Set(e) => match e.node.as_str() {
            Some(s) => Str::Value(s, e),
            None => Str::Unknown,
        },
    }
}

/// A list of strings: missing (or null), unknown (as a whole or in some element), or known.
#[derive(Debug, Clone)]
pub enum StrList<'a> {
    Missing,
    Unknown,
    Known(Vec<&'a str>, &'a Entry),
}

/// Reads the list-of-strings attribute `key` of `node`. A list with an unknown element is
/// unknown as a whole (it might hold anything); unknowns are recorded on `cx`.
pub fn str_list<'a>(cx: &Ctx, node: &'a Node, key: &str) -> StrList<'a> {
    match setting(node, key) {
        Setting::Missing => StrList::Missing,
        Setting::Unknown(e) => {
            cx.note_unknown(e.span(), key);
            StrList::Unknown
        }
        Setting::Set(e) => {
            let Some(items) = e.node.as_list() else {
                return StrList::Unknown;
            };
            let mut out = Vec::new();
            for item in items {
                match item.as_str() {
                    Some(s) => out.push(s),
                    None => {
                        if item.is_unknown() {
                            cx.note_unknown(e.span(), key);
                        }
                        return StrList::Unknown;
                    }
                }
            }
            StrList::Known(out, e)
        }
    }
}

/// Names a list of strings for a message: `"audit", "profiler"`.
pub fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

// ------------------------------------------------------------------------------------------
// Credentials

/// Why a literal value is taken for a credential, for a message: `a literal credential
/// (hu****od)` when the name says so, `what looks like an AWS access key id (AK****LE)` when
/// the value has the shape of a well-known credential. `None` when it is not one: the value
/// is empty, a boolean or number, a reference (an ARN, a path, a placeholder) or an ordinary
/// value under an ordinary name.
pub fn literal_credential(name: &str, value: &str) -> Option<String> {
    if !is_plausible_secret_value(value) || is_expansion(value) {
        return None;
    }
    if is_secret_name(name) {
        return Some(format!("a literal credential ({})", mask(value)));
    }
    secret_value_kind(value).map(|what| format!("what looks like {what} ({})", mask(value)))
}

/// True for a value that a shell or template fills in later: `$VAR`, `$(cmd)`, `` `cmd` ``,
/// `%{...}`, `<placeholder>`.
fn is_expansion(value: &str) -> bool {
    let v = value.trim();
    v.starts_with('$')
        || v.starts_with('`')
        || v.starts_with("%{")
        || v.starts_with("%(")
        || (v.starts_with('<') && v.ends_with('>'))
}

/// A credential written into an environment map (`environment { variables = {...} }`).
pub struct EnvCredential<'a> {
    pub name: &'a str,
    pub entry: &'a Entry,
    /// Why it is taken for a credential (see [`literal_credential`]).
    pub why: String,
}

/// The credentials among the entries of a map of environment variables (names to literal
/// values). Unknown values are recorded on `cx` and left out.
pub fn env_map_credentials<'a>(cx: &Ctx, map: &'a Node) -> Vec<EnvCredential<'a>> {
    let mut out = Vec::new();
    for e in map.entries() {
        if e.node.is_unknown() {
            cx.note_unknown(e.span(), e.key.clone());
            continue;
        }
        let Some(value) = e.node.as_str() else {
            continue;
        };
        if let Some(why) = literal_credential(&e.key, value) {
            out.push(EnvCredential {
                name: &e.key,
                entry: e,
                why,
            });
        }
    }
    out
}

/// `NAME=value`, `NAME: value`, `"NAME": "value"`, `--name=value` in a script or a
/// cloud-config document.
static ASSIGNMENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r#"(?m)(?:^|[\s;{,(])(?:export\s+|set\s+|-{1,2})?["']?([A-Za-z_][A-Za-z0-9_.\-]*)["']?[ \t]*(?::|=)[ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s"';,)}]+))"#,
    )
    .ok()
});

/// Literal credentials in a script or cloud-config document (instance user data): values
/// assigned to names that say they hold a credential (`DB_PASSWORD=...`,
/// `AWS_SECRET_ACCESS_KEY: ...`, `--password=...`), private keys, and words that have the
/// shape of a well-known credential (an AWS access key id, a token, a URL with a password).
/// Each is described with its value masked; a value is reported once.
pub fn script_credentials(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if let Some(re) = ASSIGNMENT.as_ref() {
        for c in re.captures_iter(text) {
            let (Some(name), Some(value)) = (c.get(1), c.get(2).or(c.get(3)).or(c.get(4))) else {
                continue;
            };
            let (name, value) = (name.as_str(), value.as_str().trim());
            if seen.iter().any(|s| s == value) || is_expansion(value) {
                continue;
            }
            if is_secret_name(name) && is_plausible_secret_value(value) {
                seen.push(value.to_string());
                out.push(format!("sets {name} to {}", mask(value)));
            }
        }
    }
    if text.contains("-----BEGIN") && text.contains("PRIVATE KEY-----") {
        out.push("contains a private key".to_string());
    }
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '`')) {
        // `NAME=value`: the value is the part to show.
        let value = match word.split_once('=') {
            Some((name, v)) if !name.contains("://") => v,
            _ => word,
        };
        let value = value.trim_matches(|c: char| matches!(c, ';' | ',' | ')' | '('));
        if value.is_empty()
            || seen
                .iter()
                .any(|s| s.contains(value) || value.contains(s.as_str()))
        {
            continue;
        }
        if let Some(what) = secret_value_kind(value).filter(|w| !w.contains("private key")) {
            seen.push(value.to_string());
            out.push(format!("contains what looks like {what} ({})", mask(value)));
        }
    }
    out
}

/// The user data of an instance, launch template or launch configuration as text: `user_data`
/// (base64-decoded for a launch template, which takes it encoded) or `user_data_base64`,
/// with the attribute to point at. `None` when there is none, or when it is unknown
/// (recorded on `cx`); user data known in part (a CloudFormation `Fn::Base64` of a `Fn::Sub`
/// naming a parameter without a value) is read with its unknown words written `${unknown}`.
/// Base64 that does not decode to text is read as it is.
pub fn user_data<'a>(cx: &Ctx<'a>) -> Option<(&'a Entry, String)> {
    let body = cx.body();
    let template = cx.resource.kind == "aws_launch_template";
    for (key, encoded) in [("user_data", template), ("user_data_base64", true)] {
        match setting(body, key) {
            Setting::Missing => continue,
            Setting::Unknown(e) => {
                let Some(crate::value::Value::String(text)) = cx.resource.partial(&e.node) else {
                    cx.note_unknown(e.span(), key);
                    return None;
                };
                let decoded = encoded
                    .then(|| decode_base64(text))
                    .flatten()
                    .unwrap_or_else(|| text.clone());
                return Some((e, decoded));
            }
            Setting::Set(e) => {
                let text = e.node.as_str()?;
                let decoded = encoded
                    .then(|| decode_base64(text))
                    .flatten()
                    .unwrap_or_else(|| text.to_string());
                return Some((e, decoded));
            }
        }
    }
    None
}

fn decode_base64(text: &str) -> Option<String> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(cleaned)
        .ok()?;
    String::from_utf8(bytes).ok()
}

// ------------------------------------------------------------------------------------------
// IAM

/// The name of the AWS managed policy that grants every action on every resource.
pub const ADMIN_POLICY_NAME: &str = "AdministratorAccess";

/// True for the ARN of the AWS managed `AdministratorAccess` policy, in any partition
/// (`arn:aws:`, `arn:aws-us-gov:`, `arn:aws-cn:`).
pub fn is_admin_policy_arn(arn: &str) -> bool {
    let a = arn.trim();
    a.starts_with("arn:aws")
        && a.ends_with(":iam::aws:policy/AdministratorAccess")
        && a.split(':').count() == 6
}

/// True when the attribute `attr` of the checked resource refers to an `aws_iam_policy` data
/// source that looks up the AWS managed `AdministratorAccess` policy (by `name` or `arn`).
pub fn refers_to_admin_policy_data(cx: &Ctx, attr: &str) -> bool {
    cx.graph.targets(cx.id, attr).any(|(_, r)| {
        r.mode == Mode::Data
            && r.kind == "aws_iam_policy"
            && (r.body.get("name").and_then(Node::as_str) == Some(ADMIN_POLICY_NAME)
                || r.body
                    .get("arn")
                    .and_then(Node::as_str)
                    .is_some_and(is_admin_policy_arn))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_arns() {
        assert!(is_admin_policy_arn(
            "arn:aws:iam::aws:policy/AdministratorAccess"
        ));
        assert!(is_admin_policy_arn(
            "arn:aws-us-gov:iam::aws:policy/AdministratorAccess"
        ));
        assert!(!is_admin_policy_arn(
            "arn:aws:iam::aws:policy/AdministratorAccess-Amplify"
        ));
        assert!(!is_admin_policy_arn(
            "arn:aws:iam::123456789012:policy/AdministratorAccess"
        ));
        assert!(!is_admin_policy_arn(
            "arn:aws:iam::aws:policy/job-function/SystemAdministrator"
        ));
    }

    #[test]
    fn scripts() {
        let found = script_credentials(
            "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n\
             export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\
             export AWS_DEFAULT_REGION=us-west-2\n",
        );
        assert_eq!(
            found,
            vec![
                "sets AWS_SECRET_ACCESS_KEY to wJ****EY".to_string(),
                "contains what looks like an AWS access key id (AK****LE)".to_string(),
            ]
        );
        let found = script_credentials("mysql -u root --password='hunter2-prod' app\n");
        assert_eq!(found, vec!["sets password to hu****od".to_string()]);
        let found = script_credentials(
            "#cloud-config\nchpasswd:\n  expire: false\npassword: S3cure-Passw0rd\nssh_pwauth: true\n",
        );
        assert_eq!(found, vec!["sets password to S3****rd".to_string()]);
        // Values filled in at boot, and names that only describe a credential.
        for clean in [
            "DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString)\n",
            "export DB_PASSWORD=\"${db_password}\"\n",
            "DB_PASSWORD_FILE=/run/secrets/db\nSECRET_ARN=arn:aws:secretsmanager:us-east-1:1:secret:x\n",
            "lock_passwd: false\nhashed_passwd: $6$rounds=4096$abc\n",
            "echo hello\nexport GREETING=hello\n",
            "TOKEN=$(curl -X PUT \"http://169.254.169.254/latest/api/token\" \
             -H \"X-aws-ec2-metadata-token-ttl-seconds: 21600\")\n\
             curl -H \"X-aws-ec2-metadata-token: $TOKEN\" http://169.254.169.254/latest/meta-data/\n",
            "/etc/eks/bootstrap.sh prod --b64-cluster-ca LS0tLS1CRUdJTg== \
             --apiserver-endpoint https://ABCDEF.gr7.us-east-1.eks.amazonaws.com\n\
             echo ECS_CLUSTER=prod >> /etc/ecs/ecs.config\n",
            "aws secretsmanager get-secret-value --secret-id=prod/db --query SecretString\n",
        ] {
            assert!(script_credentials(clean).is_empty(), "{clean}");
        }
    }

    #[test]
    fn literals() {
        assert_eq!(
            literal_credential("DB_PASSWORD", "hunter2-prod").as_deref(),
            Some("a literal credential (hu****od)")
        );
        assert_eq!(
            literal_credential("KEY_ID", "AKIAIOSFODNN7EXAMPLE").as_deref(),
            Some("what looks like an AWS access key id (AK****LE)")
        );
        assert!(literal_credential("DB_HOST", "db.internal").is_none());
        assert!(literal_credential("DB_PASSWORD", "").is_none());
        assert!(literal_credential("DB_PASSWORD_ARN", "arn:aws:x").is_none());
    }
}
