//! The link kinds the contract allows. Anything else is never rendered as a link.

/// `https://`, `http://` with a host, or `mailto:` with an address.
pub fn is_allowed_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let has_host = |rest: &str| {
        rest.split(['/', '?', '#'])
            .next()
            .is_some_and(|host| !host.is_empty())
    };
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    clean
        && match () {
            _ if lower.starts_with("https://") => has_host(&url[8..]),
            _ if lower.starts_with("http://") => has_host(&url[7..]),
            _ if lower.starts_with("mailto:") => url[7..].contains('@'),
            _ => false,
        }
}

/// A file path under `public/`: relative, no `..`, no scheme.
pub fn is_allowed_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains(':')
        && !path.contains('\\')
        && path.split('/').all(|part| !part.is_empty() && part != "..")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_web_and_mail_links() {
        for good in [
            "https://www.kaznu.kz/en",
            "http://oshsu.kg",
            "mailto:intl@kaznu.kz",
            "HTTPS://shakarim.edu.kz",
        ] {
            assert!(is_allowed_url(good), "{good}");
        }
    }

    #[test]
    fn refuses_script_and_relative_links() {
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "/partners",
            "www.kaznu.kz",
            "https://",
            "https:///x",
            "mailto:",
            "https://a b.kz",
            "vbscript:x",
        ] {
            assert!(!is_allowed_url(bad), "{bad}");
        }
    }

    #[test]
    fn paths_stay_inside_public() {
        assert!(is_allowed_path("images/kaznu.png"));
        for bad in [
            "../secret",
            "images/../../x",
            "/etc/passwd",
            "https://x/y.png",
            "",
            "a//b",
        ] {
            assert!(!is_allowed_path(bad), "{bad}");
        }
    }
}
