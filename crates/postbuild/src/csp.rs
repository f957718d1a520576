//! The Content-Security-Policy of every page, set by a meta element first in `<head>`. The pages
//! have no inline script or style (page assembly moves trunk's inline scripts into files), so the
//! policy needs no `'unsafe-inline'` and no hashes.

/// The page's Content-Security-Policy. `frame-ancestors` cannot be set from a meta element;
/// the build writes it as a header into `_headers` (`hosting`), and the README shows it for
/// other hosts.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'";

/// `page` with the CSP meta element and then the head script (`head_script`, a file name in
/// dist/) first in its `<head>`, before anything the policy must govern. `page` must have exactly
/// one `<head>`.
pub fn head_first(page: &str, head_script: &str) -> Result<String, String> {
    if page.matches("<head>").count() != 1 {
        return Err(
            "index.html has no <head> (or more than one) to put the Content-Security-Policy in"
                .into(),
        );
    }
    let head = format!(
        r#"<head>
    <meta http-equiv="Content-Security-Policy" content="{CSP}">
    <script src="./{head_script}"></script>"#
    );
    Ok(page.replacen("<head>", &head, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_and_the_head_script_come_first() {
        let page = head_first("<html><head><title>x</title></head></html>", "route-1.js").unwrap();
        assert_eq!(
            page,
            format!(
                "<html><head>\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n    <script src=\"./route-1.js\"></script><title>x</title></head></html>"
            )
        );
        assert!(!CSP.contains("'unsafe-inline'") && !CSP.contains("'unsafe-eval'"));
    }

    #[test]
    fn a_page_without_a_head_is_an_error() {
        let expected =
            "index.html has no <head> (or more than one) to put the Content-Security-Policy in";
        assert_eq!(
            head_first("<html><body></body></html>", "r.js").unwrap_err(),
            expected
        );
        assert_eq!(
            head_first(r#"<html><head lang="x"></head></html>"#, "r.js").unwrap_err(),
            expected
        );
        assert_eq!(
            head_first("<head></head><head></head>", "r.js").unwrap_err(),
            expected
        );
    }
}
