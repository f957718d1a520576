//! The one decimal-number reader behind [`super::parse_money`] and [`parse_count`].
//!
//! Accepted, as people type: surrounding spaces (also the ideographic space), full-width
//! characters (`１２３．４５`, read as their ASCII forms), and thousands commas in their proper
//! places (`1,234,567.89`). Rejected, each with its own [`ErrorKind`]: a minus sign, exponents,
//! NaN/infinity, letters and any other symbol, a leading `+`. Decimal commas (`12,50`) are
//! rejected, not guessed. Works on chars, never slicing inside one, and in time linear in the
//! input; values too big for `i64` are [`ErrorKind::TooLarge`], never an overflow.

use super::error::ErrorKind;

/// Reads a non-negative decimal with at most `scale` fraction digits as an integer count of
/// `10^-scale` units: `read_decimal("12.5", 2, ..) == Ok(1250)`. `excess` is the error for too
/// many fraction digits (money: `TooManyDecimals`; counts: `NotWholeNumber`).
pub(super) fn read_decimal(text: &str, scale: u32, excess: ErrorKind) -> Result<i64, ErrorKind> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ErrorKind::Required);
    }
    let Some(magnitude) = text.strip_prefix('-') else {
        return read_unsigned(text, scale, excess);
    };
    match read_unsigned(magnitude.trim_start(), scale, excess) {
        // "-abc" and "-" are not numbers at all; "-1e3", "-1.234", "-5" are negative numbers.
        Err(ErrorKind::NotANumber | ErrorKind::Required) => Err(ErrorKind::NotANumber),
        Err(ErrorKind::NotFinite) => Err(ErrorKind::NotFinite),
        _ => Err(ErrorKind::Negative),
    }
}

/// Maps full-width forms (U+FF01–U+FF5E) and the ideographic space to ASCII, and the minus
/// sign U+2212 to `-`, so the rest of the reader sees one alphabet.
pub(super) fn to_half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2212}' => '-',
            _ => c,
        })
        .collect()
}

fn read_unsigned(text: &str, scale: u32, excess: ErrorKind) -> Result<i64, ErrorKind> {
    if text.is_empty() {
        return Err(ErrorKind::Required);
    }
    if ["nan", "inf", "infinity", "+inf", "+infinity"]
        .iter()
        .any(|word| text.eq_ignore_ascii_case(word))
    {
        return Err(ErrorKind::NotFinite);
    }
    if is_exponent_form(text) {
        return Err(ErrorKind::Exponent);
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    let whole_digits = ungroup(whole).ok_or(ErrorKind::NotANumber)?;
    if !fraction.bytes().all(|b| b.is_ascii_digit()) || (whole.is_empty() && fraction.is_empty()) {
        return Err(ErrorKind::NotANumber);
    }
    if fraction.len() > scale as usize {
        return Err(excess);
    }
    // Fraction digits padded to `scale`: "12.5" at scale 2 is 12 units and 50 hundredths.
    let padded = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(scale as usize);
    whole_digits
        .chain(padded)
        .try_fold(0i64, |acc, digit| {
            acc.checked_mul(10)?.checked_add(i64::from(digit - b'0'))
        })
        .ok_or(ErrorKind::TooLarge)
}

/// The digits of an integer part, checking thousands commas: either no comma, or a first group
/// of 1–3 digits followed by groups of exactly 3. `None` if anything else is in it.
fn ungroup(whole: &str) -> Option<impl Iterator<Item = u8> + '_> {
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    let grouped = whole.contains(',');
    let first_ok = if grouped {
        (1..=3).contains(&first.len())
    } else {
        true
    };
    let digits_ok = whole.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let rest_ok = groups.all(|group| group.len() == 3);
    (first_ok && digits_ok && rest_ok).then(|| whole.bytes().filter(u8::is_ascii_digit))
}

/// `1e3`, `1.5E-2`, `1e+9`: a plain mantissa, `e`/`E`, an optionally signed integer.
fn is_exponent_form(text: &str) -> bool {
    let Some((mantissa, exponent)) = text.split_once(['e', 'E']) else {
        return false;
    };
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    mantissa.bytes().any(|b| b.is_ascii_digit())
        && mantissa
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && !exponent.is_empty()
        && exponent.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a whole number in `min..=max` (months, requests), as forgivingly as money but
/// without a currency sign or fraction. Below `min` is `TooSmall`, above `max` (or too long to
/// hold) is `TooLarge`.
pub fn parse_count(text: &str, min: u32, max: u32) -> Result<u32, ErrorKind> {
    let value = read_decimal(&to_half_width(text), 0, ErrorKind::NotWholeNumber)?;
    let value = u32::try_from(value).map_err(|_| ErrorKind::TooLarge)?;
    check_range(value, min, max)
}

/// `TooSmall` below `min`, `TooLarge` above `max`.
pub fn check_range<T: PartialOrd>(value: T, min: T, max: T) -> Result<T, ErrorKind> {
    if value < min {
        Err(ErrorKind::TooSmall)
    } else if value > max {
        Err(ErrorKind::TooLarge)
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count(" 12 ", 1, 60), Ok(12));
        assert_eq!(parse_count("６０", 1, 60), Ok(60));
        assert_eq!(parse_count("0", 1, 60), Err(ErrorKind::TooSmall));
        assert_eq!(parse_count("61", 1, 60), Err(ErrorKind::TooLarge));
        assert_eq!(parse_count("1.5", 1, 60), Err(ErrorKind::NotWholeNumber));
        assert_eq!(parse_count("-1", 0, 99), Err(ErrorKind::Negative));
        assert_eq!(parse_count("1e2", 0, 99), Err(ErrorKind::Exponent));
        assert_eq!(parse_count("NaN", 0, 99), Err(ErrorKind::NotFinite));
        assert_eq!(parse_count("0x10", 0, 99), Err(ErrorKind::NotANumber));
        assert_eq!(parse_count("+1", 0, 99), Err(ErrorKind::NotANumber));
        assert_eq!(parse_count("", 0, 99), Err(ErrorKind::Required));
        let digits25 = "1".repeat(25);
        assert_eq!(parse_count(&digits25, 0, 99), Err(ErrorKind::TooLarge));
        assert_eq!(parse_count("99999999999", 0, 99), Err(ErrorKind::TooLarge));
    }

    #[test]
    fn grouping() {
        assert_eq!(
            read_decimal("1,234,567", 0, ErrorKind::NotWholeNumber),
            Ok(1234567)
        );
        for bad in ["12,50", "1234,567", ",123", "1,,234", "1,234,5678", "1,23"] {
            let result = read_decimal(bad, 2, ErrorKind::TooManyDecimals);
            assert_eq!(result, Err(ErrorKind::NotANumber), "{bad}");
        }
    }
}
