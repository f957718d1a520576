//! The URL query of the public contract (`contract.md`), parsed and written in pure Rust so that it
//! is tested natively and fuzzed, and behaves the same in every browser.
//!
//! Decisions (documented in the README):
//! - a key given twice: the first value wins (later ones are ignored);
//! - unknown keys are ignored and dropped when the page rewrites the URL;
//! - broken percent-encoding (`%zz`, a lone `%`, bytes that are not UTF-8) is kept literally /
//!   replaced by U+FFFD, so the field shows what came and reports it like typed input;
//! - `+` means a space, as in HTML forms;
//! - a blank input value keeps the field's default (what validation uses for it anyway), and an
//!   option or date-time that validation accepts (` PAYG `, `2026-11-25 10:00`) is stored in its
//!   canonical form (`payg`, `2026-11-25T10:00`), so the form shows exactly what the result is
//!   computed from: a radio button is checked, a date picker can hold the value.

use super::{input::profile_of, parse_datetime, Billing, Field, Lang, Promo, RawInput};

/// Longest value read from the URL, in characters. Longer values are cut here and then reported
/// by the field's validation; this bounds the work a hostile link can cause.
pub const MAX_VALUE_CHARS: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// The calculator inputs found in the URL; fields not given keep their defaults.
    pub raw: RawInput,
    /// Whether any calculator input was given: such a link is "asking" for a result, so its
    /// errors are shown at once.
    pub has_inputs: bool,
    /// Whether the link names the rules (`policy`), which then win over the stored ones.
    pub has_policy: bool,
    pub lang: Option<Lang>,
    pub embed: bool,
    /// `origin=` for the embedded auto-height messages, only when it is a valid http(s) origin.
    pub origin: Option<String>,
}

/// Parses `?a=1&b=2` (the leading `?` is optional).
pub fn parse(search: &str) -> Query {
    let search = search.strip_prefix('?').unwrap_or(search);
    let mut q = Query {
        raw: RawInput::defaults(),
        ..Query::default()
    };
    let mut seen: Vec<String> = Vec::new();
    for pair in search.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(k);
        if seen.contains(&key) {
            continue;
        }
        let value: String = decode(v).chars().take(MAX_VALUE_CHARS).collect();
        if let Some(field) = Field::from_key(&key) {
            if let Some(value) = normalised(field, value) {
                q.raw.set(field, value);
            }
            // The rule set alone is no order to check: a link to a provider's calculator.
            q.has_inputs |= field != Field::Policy;
            q.has_policy |= field == Field::Policy;
        } else {
            match key.as_str() {
                "lang" => q.lang = Lang::from_code(value.trim()),
                "embed" => q.embed = value.trim() == "1",
                "origin" => q.origin = valid_origin(value.trim()),
                _ => continue,
            }
        }
        seen.push(key);
    }
    q
}

/// The query the page writes back: every input that differs from its default, then the page
/// keys. An untouched form gives no inputs, so reloading it shows no errors; `asof` is left out
/// while it is empty, which means "now".
pub fn build(raw: &RawInput, lang: Lang, embed: bool, origin: Option<&str>) -> String {
    let defaults = RawInput::defaults();
    let mut parts: Vec<String> = Field::ALL
        .iter()
        .filter(|f| raw.get(**f) != defaults.get(**f))
        .map(|f| format!("{}={}", f.key(), encode(raw.get(*f))))
        .collect();
    parts.push(format!("lang={}", lang.code()));
    if embed {
        parts.push("embed=1".to_owned());
        if let Some(o) = origin {
            parts.push(format!("origin={}", encode(o)));
        }
    }
    format!("?{}", parts.join("&"))
}

/// `scheme://host[:port]` with scheme http or https and nothing after it; anything else is None.
pub fn valid_origin(s: &str) -> Option<String> {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))?;
    let (host, port) = match rest.strip_prefix('[') {
        // IPv6 literal: [::1]:8080
        Some(v6) => {
            let (inner, after) = v6.split_once(']')?;
            let ok = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_hexdigit() || c == ':');
            (ok.then_some(inner)?, after)
        }
        None => match rest.find(':') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        },
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && !host.starts_with(['.', '-'])
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let port_ok = match port.strip_prefix(':') {
        Some(p) => {
            !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) && p.parse::<u16>().is_ok()
        }
        None => port.is_empty(),
    };
    (host_ok && port_ok).then(|| s.to_ascii_lowercase())
}

/// `None` for a blank value (the default stays); accepted options and date-times in canonical
/// form; anything else as given, for validation to report.
fn normalised(field: Field, value: String) -> Option<String> {
    if value.trim().is_empty() {
        return None;
    }
    let canonical = match field {
        Field::Policy => profile_of(&value).map(|p| p.id.to_owned()),
        Field::Billing => Billing::from_key(&value).map(|b| b.key().to_owned()),
        Field::Promo => Promo::from_key(&value).map(|p| p.key().to_owned()),
        Field::Paid | Field::Asof => parse_datetime(&value).ok().map(super::format_input),
        _ => None,
    };
    Some(canonical.unwrap_or(value))
}

/// Percent-decoding for `application/x-www-form-urlencoded`, lenient: an invalid escape is kept
/// as it stands, invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) => hex(h).zip(hex(l)).map(|(h, l)| h << 4 | l),
            _ => None,
        };
        match (b, escaped) {
            (_, Some(v)) => {
                out.push(v);
                i += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    char::from(b)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// Percent-encodes everything but the unreserved characters of RFC 3986 (and `:` for times).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_inputs_and_page_keys() {
        let q = parse("?amount=1200.00&paid=2026-11-25T10%3A00&lang=en&embed=1&origin=https%3A%2F%2Fblog.example&x=1");
        assert_eq!(q.raw.amount, "1200.00");
        assert_eq!(q.raw.paid, "2026-11-25T10:00");
        assert_eq!(q.raw.billing, "subscription", "defaults stay");
        assert!(q.has_inputs);
        assert_eq!(q.lang, Some(Lang::En));
        assert!(q.embed);
        assert_eq!(q.origin.as_deref(), Some("https://blog.example"));
    }

    #[test]
    fn first_value_wins_and_unknown_keys_are_ignored() {
        let q = parse("amount=1&amount=2&foo=bar");
        assert_eq!(q.raw.amount, "1");
        assert!(q.has_inputs);
        assert!(!parse("foo=bar&lang=zh").has_inputs);
    }

    #[test]
    fn blank_values_keep_defaults_options_and_dates_are_canonical() {
        let q = parse("billing=&months=%20%20&promo=%20Unsure&amount=+");
        let mut expected = RawInput::defaults();
        expected.promo = "unsure".into();
        assert_eq!(q.raw, expected);
        assert!(q.has_inputs, "the keys were given");
        assert_eq!(parse("billing=PAYG").raw.billing, "payg");
        assert_eq!(
            parse("billing=weekly").raw.billing,
            "weekly",
            "unknown: as given"
        );
    }

    #[test]
    fn broken_encoding_is_kept_not_panicked_on() {
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("%E4%BD%A0"), "你");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(decode("%"), "%");
    }

    #[test]
    fn long_values_are_cut() {
        let long = "9".repeat(10_000);
        let q = parse(&format!("amount={long}"));
        assert_eq!(q.raw.amount.chars().count(), MAX_VALUE_CHARS);
    }

    #[test]
    fn origin_must_be_http_or_https_and_bare() {
        assert_eq!(
            valid_origin("http://127.0.0.1:4511").as_deref(),
            Some("http://127.0.0.1:4511")
        );
        assert_eq!(
            valid_origin("https://Blog.Example").as_deref(),
            Some("https://blog.example")
        );
        assert_eq!(
            valid_origin("http://[::1]:8080").as_deref(),
            Some("http://[::1]:8080")
        );
        for bad in [
            "",
            "null",
            "*",
            "javascript:alert(1)",
            "https://a.b/path",
            "https://",
            "ftp://a.b",
            "https://a.b:99999",
            "https://a b",
        ] {
            assert_eq!(valid_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn build_round_trips_through_parse() {
        let mut raw = RawInput::defaults();
        raw.amount = "1,200 元".into();
        raw.paid = "2026-11-25T10:00".into();
        let s = build(&raw, Lang::En, false, None);
        assert!(
            !s.contains("asof="),
            "empty asof means now and is left out: {s}"
        );
        let q = parse(&s);
        assert_eq!(q.raw, raw);
        assert_eq!(q.lang, Some(Lang::En));
    }
}
