//! CloudFormation parameter files: the `aws cloudformation` CLI format
//! `[{"ParameterKey": "...", "ParameterValue": "..."}]` and the `{"Parameters": {...}}` format
//! (CodePipeline template configuration).

use std::collections::HashMap;
use std::path::Path;

/// Reads a parameter file into name → value.
pub fn read(path: &Path) -> Result<HashMap<String, String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses parameter file text.
pub fn parse(text: &str) -> Result<HashMap<String, String>, String> {
    let j: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("line {}: {e}", e.line()))?;
    let scalar = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Array(a) => Some(
            a.iter()
                .filter_map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .or_else(|| Some(x.to_string()))
                })
                .collect::<Vec<_>>()
                .join(","),
        ),
        _ => None,
    };
    let mut out = HashMap::new();
    match &j {
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let key = item.get("ParameterKey").and_then(|k| k.as_str());
                let value = item.get("ParameterValue").and_then(scalar);
                match (key, value) {
                    (Some(k), Some(v)) => {
                        out.insert(k.to_string(), v);
                    }
                    _ => {
                        return Err(format!("item {i} needs ParameterKey and ParameterValue"));
                    }
                }
            }
        }
        serde_json::Value::Object(o) => {
            let params = o.get("Parameters").and_then(|p| p.as_object()).ok_or(
                "expected a list of {ParameterKey, ParameterValue} or {\"Parameters\": {...}}",
            )?;
            for (k, v) in params {
                out.insert(
                    k.clone(),
                    scalar(v).ok_or(format!("parameter {k}: not a scalar"))?,
                );
            }
        }
        _ => return Err("expected a list or an object".into()),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_formats() {
        let a = super::parse(r#"[{"ParameterKey": "Env", "ParameterValue": "prod"}, {"ParameterKey": "N", "ParameterValue": 3}]"#)
            .expect("cli format");
        assert_eq!(a["Env"], "prod");
        assert_eq!(a["N"], "3");
        let b = super::parse(r#"{"Parameters": {"Env": "dev", "Subnets": ["a", "b"]}}"#)
            .expect("object");
        assert_eq!(b["Env"], "dev");
        assert_eq!(b["Subnets"], "a,b");
        assert!(super::parse(r#"[{"ParameterKey": "Env"}]"#).is_err());
    }
}
