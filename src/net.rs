//! Network helpers for checks: CIDR blocks and port ranges.

/// True when a CIDR block covers the whole IPv4 or IPv6 internet.
pub fn is_internet(cidr: &str) -> bool {
    let cidr = cidr.trim();
    let Some((addr, len)) = cidr.split_once('/') else {
        return false;
    };
    len.trim() == "0" && (addr.parse::<std::net::IpAddr>().is_ok())
}

/// True when a protocol value means "all protocols" (`-1`, `all`).
pub fn is_all_protocols(protocol: &str) -> bool {
    matches!(protocol.trim().to_ascii_lowercase().as_str(), "-1" | "all")
}

/// True when the inclusive range `from..=to` contains `port`. A range of `0..=0` with all
/// protocols means every port, as AWS reads it.
pub fn range_includes(from: f64, to: f64, port: u16) -> bool {
    let p = f64::from(port);
    from <= p && p <= to
}

/// Describes a port range for messages: `port 22`, `ports 0-65535`.
pub fn describe_range(from: f64, to: f64) -> String {
    if from == to {
        format!("port {from}")
    } else {
        format!("ports {from}-{to}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internet_cidrs() {
        assert!(is_internet("0.0.0.0/0"));
        assert!(is_internet("::/0"));
        assert!(!is_internet("10.0.0.0/8"));
        assert!(!is_internet("0.0.0.0/1"));
        assert!(!is_internet("garbage/0"));
        assert!(range_includes(0.0, 65535.0, 22));
        assert!(!range_includes(80.0, 80.0, 22));
    }
}
