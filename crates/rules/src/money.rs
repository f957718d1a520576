//! Money: CNY held as integer fen (1 yuan = 100 fen). No floating point.

use super::error::ErrorKind;
use super::number::{read_decimal, to_half_width};
use super::Lang;

/// Reads an amount in yuan as fen: `"1,234.5"` → `123450`.
///
/// Accepted: surrounding spaces; one currency mark before (`¥`, `￥`, `CNY`) and/or after (`元`,
/// `CNY`), `CNY` in any case; thousands commas in their proper places; full-width digits and
/// punctuation; `.5` and `5.`. Rejected: see [`super::number`] (minus sign, more than 2 decimals —
/// even trailing zeros like `1.230` —, exponents, NaN/inf, letters). Empty, or only a currency
/// mark, is [`ErrorKind::Required`]. The range (0.01 – 10,000,000.00) is checked by
/// [`super::validate`] against the profile, not here; anything beyond `i64` is `TooLarge`.
pub fn parse_money(text: &str) -> Result<i64, ErrorKind> {
    let text = to_half_width(text);
    read_decimal(strip_currency(text.trim()), 2, ErrorKind::TooManyDecimals)
}

fn strip_currency(text: &str) -> &str {
    let text = ["¥", "￥", "CNY"]
        .iter()
        .find_map(|mark| strip_prefix_ignore_case(text, mark))
        .unwrap_or(text)
        .trim_start();
    ["元", "CNY"]
        .iter()
        .find_map(|mark| strip_suffix_ignore_case(text, mark))
        .unwrap_or(text)
        .trim_end()
}

// `str::get` returns None instead of splitting a multi-byte char.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let tail = text.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| text.get(..cut))
        .flatten()
}

/// For display: `¥1,234.50`, the same in both languages (the yen/yuan sign is read in both).
/// Negative values (never produced by the rules) get a leading `-`.
/// `_lang` is unused today; it is in the signature so a later locale can differ.
pub fn format_money(fen: i64, _lang: Lang) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let abs = fen.unsigned_abs();
    format!("{sign}¥{}.{:02}", group_thousands(abs / 100), abs % 100)
}

/// For a form field or the URL: `1234.50`, no sign or commas, always 2 decimals.
pub fn format_money_input(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let abs = fen.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgiving_forms() {
        for (text, fen) in [
            ("1200", 120000),
            ("1200.00", 120000),
            (" 1,200.5 ", 120050),
            ("¥1,234.50", 123450),
            ("￥ 12", 1200),
            ("CNY 12.34", 1234),
            ("cny12", 1200),
            ("12 元", 1200),
            ("12CNY", 1200),
            ("１２３．４５", 12345),
            ("　１，２００　", 120000),
            (".5", 50),
            ("5.", 500),
            ("0", 0),
            ("10,000,000.00", 1_000_000_000),
        ] {
            assert_eq!(parse_money(text), Ok(fen), "{text}");
        }
    }

    #[test]
    fn rejections() {
        use ErrorKind::*;
        for (text, kind) in [
            ("", Required),
            ("  ", Required),
            ("¥", Required),
            ("abc", NotANumber),
            ("12a", NotANumber),
            ("0x10", NotANumber),
            ("1.2.3", NotANumber),
            ("12,50", NotANumber),
            (".", NotANumber),
            ("+5", NotANumber),
            ("<b>1</b>", NotANumber),
            ("-5", Negative),
            ("－５", Negative),
            ("−5", Negative),
            ("¥-1,200", Negative),
            ("-", NotANumber),
            ("1.234", TooManyDecimals),
            ("1.230", TooManyDecimals),
            ("1e3", Exponent),
            ("1.5E-2", Exponent),
            ("NaN", NotFinite),
            ("Infinity", NotFinite),
            ("-inf", NotFinite),
            ("1234567890123456789012345", TooLarge),
        ] {
            assert_eq!(parse_money(text), Err(kind), "{text:?}");
        }
    }

    #[test]
    fn formats() {
        assert_eq!(format_money(123450, Lang::Zh), "¥1,234.50");
        assert_eq!(format_money(123450, Lang::En), "¥1,234.50");
        assert_eq!(format_money(5, Lang::En), "¥0.05");
        assert_eq!(format_money(100_000, Lang::En), "¥1,000.00");
        assert_eq!(format_money(1_000_000_000, Lang::Zh), "¥10,000,000.00");
        assert_eq!(format_money(-150, Lang::Zh), "-¥1.50");
        assert_eq!(
            format_money(i64::MIN, Lang::Zh),
            "-¥92,233,720,368,547,758.08"
        );
        assert_eq!(format_money_input(120000), "1200.00");
        assert_eq!(format_money_input(7), "0.07");
    }
}
