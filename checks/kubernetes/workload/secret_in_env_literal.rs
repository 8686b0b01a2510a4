use crate::check::prelude::*;
use crate::facts::k8s;

pub static CHECK: Check = Check {
    id: "K8S-WL-013",
    name: "secret-in-env-literal",
    title: "Secret written as a literal environment variable value",
    severity: Severity::High,
    description: "Flags environment variables of containers, init containers and ephemeral \
        containers whose name says they hold a secret (a password, passphrase, secret, \
        token, API key, private key or credentials, such as `DB_PASSWORD`, `JWT_SECRET`, \
        `GITHUB_TOKEN` or `apiKey`) and whose `value` is written in the manifest. Names \
        that describe the secret rather than hold it (ending in `_FILE`, `_PATH`, `_NAME`, \
        `_URL`, `_USER`, `_ID`, `_ENABLED`, `_TTL`, ...), values that are paths, URLs, \
        numbers, booleans, placeholders or `$(VAR)` references are not flagged. The \
        message shows only the first and last two characters of a value of eight characters \
        or more.\n\nA value in the \
        pod template is stored in the manifest repository and its history, in the object \
        in etcd without Secret encryption, and is shown to everyone who may read the \
        workload (`kubectl get deployment -o yaml`), a much wider audience than may read \
        Secrets. Rotating it means editing and redeploying the manifest.",
    remediation: "Move the value into a Secret (or an external secret store synced into one) \
        and reference it with `valueFrom.secretKeyRef`, or mount the Secret as a file. Then \
        rotate the exposed credential: it stays in the repository's history.",
    compliance: &["nist-800-53:IA-5", "nist-800-53:SC-28"],
    checkov: &[],
    trivy: &[],
    references: &[
        "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
        "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
    ],
    resource_kinds: k8s::WORKLOAD_KINDS,
    frameworks: &[Framework::Kubernetes],
    run,
};

/// The words of a variable name, upper-cased: `DB_PASSWORD` and `dbPassword` both give
/// `["DB", "PASSWORD"]`.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for ch in name.chars() {
        if !ch.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if ch.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = ch.is_ascii_lowercase() || ch.is_ascii_digit();
        cur.push(ch.to_ascii_uppercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Last words that make a name describe a secret (where it is, whether it is used, how it
/// looks) rather than hold it.
const DESCRIBES: &[&str] = &[
    "FILE",
    "FILES",
    "PATH",
    "DIR",
    "NAME",
    "REF",
    "URL",
    "URI",
    "ENDPOINT",
    "HOST",
    "PORT",
    "USER",
    "USERNAME",
    "ID",
    "ENABLED",
    "ENABLE",
    "DISABLED",
    "REQUIRED",
    "TTL",
    "EXPIRY",
    "EXPIRES",
    "EXPIRATION",
    "LIFETIME",
    "TIMEOUT",
    "LENGTH",
    "LEN",
    "HEADER",
    "TYPE",
    "MODE",
    "ALGORITHM",
    "ALG",
    "ISSUER",
    "AUDIENCE",
    "SIZE",
    "VERSION",
    "FORMAT",
    "PREFIX",
    "LOCATION",
    "PROVIDER",
    "SOURCE",
    "STORE",
    "BACKEND",
    "METHOD",
    "FIELD",
    "POLICY",
    "KIND",
    "COUNT",
    "LIMIT",
    "INTERVAL",
    "PERIOD",
];

/// True when a variable name says it holds a secret.
fn secret_name(name: &str) -> bool {
    let w = words(name);
    let Some(last) = w.last() else {
        return false;
    };
    if DESCRIBES.contains(&last.as_str()) {
        return false;
    }
    // etcd's `initial-cluster-token` only tells clusters apart; it grants nothing.
    if w.ends_with(&["INITIAL".into(), "CLUSTER".into(), "TOKEN".into()]) {
        return false;
    }
    let whole = |s: &str| w.iter().any(|x| x == s);
    let pair = |a: &str, b: &str| w.windows(2).any(|p| p[0] == a && p[1] == b);
    w.iter()
        .any(|x| x.contains("PASSWORD") || x.contains("PASSWD") || x.contains("PASSPHRASE"))
        || [
            "PASS",
            "SECRET",
            "SECRETS",
            "TOKEN",
            "TOKENS",
            "APIKEY",
            "CREDENTIAL",
            "CREDENTIALS",
        ]
        .iter()
        .any(|s| whole(s))
        || (whole("PWD") && w.len() > 1)
        || pair("API", "KEY")
        || pair("PRIVATE", "KEY")
        || pair("SIGNING", "KEY")
        || pair("ENCRYPTION", "KEY")
}

/// True when a value is evidently not a secret: empty, a reference, a path, a URL without
/// credentials, a number, a boolean or a placeholder.
fn not_a_secret(value: &str) -> bool {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    v.is_empty()
        || k8s::is_templated(v)
        || v.starts_with('/')
        || v.starts_with("./")
        || v.starts_with('~')
        || ((lower.starts_with("http://") || lower.starts_with("https://")) && !v.contains('@'))
        || v.parse::<f64>().is_ok()
        || matches!(
            lower.as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "none" | "null"
        )
        || (v.starts_with('<') && v.ends_with('>'))
}

fn run(cx: &Ctx) {
    let Some(spec) = k8s::pod_spec(cx.resource) else {
        return;
    };
    for c in k8s::containers(spec) {
        for var in c
            .node
            .get("env")
            .and_then(Node::as_list)
            .unwrap_or_default()
        {
            let Some(name) = var.get("name").and_then(Node::as_str) else {
                continue;
            };
            let Some(e) = var.entry("value") else {
                continue;
            };
            let Some(value) = e.node.as_str() else {
                continue;
            };
            if !secret_name(name) || not_a_secret(value) {
                continue;
            }
            cx.report(
                e.span(),
                format!(
                    "{} sets {name} to a literal value (\"{}\") instead of reading it from a Secret",
                    c.describe(),
                    crate::redact::mask(value)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for n in [
            "DB_PASSWORD",
            "MYSQL_ROOT_PASSWORD",
            "dbPassword",
            "JWT_SECRET",
            "GITHUB_TOKEN",
            "API_KEY",
            "apiKey",
            "STRIPE_APIKEY",
            "AWS_SECRET_ACCESS_KEY",
            "SECRET_KEY_BASE",
            "REDIS_PASS",
            "DB_PWD",
            "TLS_PRIVATE_KEY",
            "GOOGLE_CREDENTIALS",
        ] {
            assert!(secret_name(n), "{n}");
        }
        for n in [
            "PWD",
            "PASSWORD_FILE",
            "DB_PASSWORD_PATH",
            "SECRET_NAME",
            "TOKEN_URL",
            "TOKENIZERS_PARALLELISM",
            "AWS_ACCESS_KEY_ID",
            "DB_USER",
            "TOKEN_TTL",
            "PASSTHROUGH",
            "KEY",
            "MINIO_ACCESS_KEY",
            "ETCD_INITIAL_CLUSTER_TOKEN",
        ] {
            assert!(!secret_name(n), "{n}");
        }
    }

    #[test]
    fn values() {
        for v in [
            "",
            "/run/secrets/db",
            "$(DB_PASS)",
            "true",
            "8080",
            "<password>",
            "https://vault:8200",
        ] {
            assert!(not_a_secret(v), "{v}");
        }
        for v in [
            "hunter2",
            "changeme",
            "https://user:pw@example.com",
            "ghp_abc123",
        ] {
            assert!(!not_a_secret(v), "{v}");
        }
    }
}
