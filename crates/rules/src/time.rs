//! Instants at minute precision in Beijing time (UTC+08:00, no daylight saving): parsing,
//! calendar arithmetic and formatting, all deterministic and without browser APIs.

use std::ops::RangeInclusive;

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, Months, NaiveDate, NaiveTime, TimeZone, Timelike,
    Utc,
};

use super::error::ErrorKind;
use super::profile::article;
use super::Lang;

/// A moment in time, carried at the profile's offset (+08:00 for `article`). Comparisons are
/// by instant, so the offset never changes an ordering.
pub type Instant = DateTime<FixedOffset>;

// Evaluated at compile time: a wrong constant fails the build, never a user.
const BEIJING: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+08:00 is a valid offset"),
};

/// UTC+08:00.
pub fn beijing() -> FixedOffset {
    BEIJING
}

/// Reads `YYYY-MM-DDTHH:MM` (what `<input type="datetime-local">` and the URL use) as a time at
/// `+08:00`, years 2000–2099 (the `article` profile). See [`parse_datetime_in`] for the form.
pub fn parse_datetime(text: &str) -> Result<Instant, ErrorKind> {
    let profile = article();
    parse_datetime_in(text, profile.offset(), profile.years())
}

/// Reads `YYYY-MM-DDTHH:MM` as local time at `offset`.
///
/// Accepted: surrounding spaces; `T`, `t` or one space between date and time; an optional
/// `:00` seconds suffix (some browsers add it). Not accepted: other seconds (the rules work in
/// whole minutes), a zone suffix, full-width digits, missing zero padding.
/// Errors, checked in this order: empty → `Required`; any other form → `BadDateFormat`; year
/// outside `years` → `YearOutOfRange`; a date or time of day that does not exist (`02-30`,
/// month 13, `24:00`, minute 60) → `NotARealDate`.
pub fn parse_datetime_in(
    text: &str,
    offset: FixedOffset,
    years: RangeInclusive<i32>,
) -> Result<Instant, ErrorKind> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ErrorKind::Required);
    }
    let [year, month, day, hour, minute] = split_fields(text).ok_or(ErrorKind::BadDateFormat)?;
    let year = i32::try_from(year).map_err(|_| ErrorKind::YearOutOfRange)?;
    if !years.contains(&year) {
        return Err(ErrorKind::YearOutOfRange);
    }
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(ErrorKind::NotARealDate)?;
    let time = NaiveTime::from_hms_opt(hour, minute, 0).ok_or(ErrorKind::NotARealDate)?;
    offset
        .from_local_datetime(&date.and_time(time))
        .single()
        .ok_or(ErrorKind::NotARealDate)
}

/// `[year, month, day, hour, minute]` from the byte pattern; no string slicing, so multi-byte
/// input simply fails to match.
fn split_fields(text: &str) -> Option<[u32; 5]> {
    let (&[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1, separator, h0, h1, b':', n0, n1]
    | &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1, separator, h0, h1, b':', n0, n1, b':', b'0', b'0']) =
        text.as_bytes()
    else {
        return None;
    };
    if !matches!(separator, b'T' | b't' | b' ') {
        return None;
    }
    Some([
        digits(&[y0, y1, y2, y3])?,
        digits(&[m0, m1])?,
        digits(&[d0, d1])?,
        digits(&[h0, h1])?,
        digits(&[n0, n1])?,
    ])
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, &b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

/// `2026-11-25T10:00`: for `datetime-local` fields and the URL; [`parse_datetime`] reads it back.
pub fn format_input(t: Instant) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// `2026-11-30T10:00:00+08:00`: the contract's `data-deadline` / `data-earliest` form.
pub fn format_attr(t: Instant) -> String {
    let offset_minutes = t.offset().local_minus_utc() / 60;
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let offset_minutes = offset_minutes.unsigned_abs();
    format!(
        "{}:{:02}{sign}{:02}:{:02}",
        format_input(t),
        t.second(),
        offset_minutes / 60,
        offset_minutes % 60
    )
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// For people: zh `2026年11月30日 10:00`, en `30 Nov 2026, 10:00` (24-hour clock both).
pub fn format_display(t: Instant, lang: Lang) -> String {
    let (year, month, day, hour, minute) = (t.year(), t.month(), t.day(), t.hour(), t.minute());
    match lang {
        Lang::Zh => format!("{year}年{month}月{day}日 {hour:02}:{minute:02}"),
        Lang::En => {
            let name = MONTHS_EN.get(t.month0() as usize).copied().unwrap_or("");
            format!("{day} {name} {year}, {hour:02}:{minute:02}")
        }
    }
}

/// A countdown: zh `2天1小时0分钟`, en `2 d 1 h 0 min`; with seconds `… 5秒` / `… 5 s`.
/// Every unit is always shown (so a live countdown keeps its shape); negative is shown as zero.
pub fn format_duration(d: Duration, lang: Lang, with_seconds: bool) -> String {
    let total = d.num_seconds().max(0);
    let (days, hours) = (total / 86_400, total % 86_400 / 3_600);
    let (minutes, seconds) = (total % 3_600 / 60, total % 60);
    match (lang, with_seconds) {
        (Lang::Zh, false) => format!("{days}天{hours}小时{minutes}分钟"),
        (Lang::Zh, true) => format!("{days}天{hours}小时{minutes}分钟{seconds}秒"),
        (Lang::En, false) => format!("{days} d {hours} h {minutes} min"),
        (Lang::En, true) => format!("{days} d {hours} h {minutes} min {seconds} s"),
    }
}

/// A zone offset in minutes east of UTC as people write it: `UTC+8`, `UTC-5`, `UTC+5:30`.
pub fn format_utc_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let (h, m) = (minutes.abs() / 60, minutes.abs() % 60);
    if m == 0 {
        format!("UTC{sign}{h}")
    } else {
        format!("UTC{sign}{h}:{m:02}")
    }
}

/// The UI's "now" from JS `Date.now()`, at +08:00. `None` outside years 0–9999.
pub fn from_unix_millis(ms: i64) -> Option<Instant> {
    let utc = DateTime::from_timestamp_millis(ms)?;
    (0..=9999)
        .contains(&utc.year())
        .then(|| utc.with_timezone(&beijing()))
}

/// Drops seconds and below: the rules work in whole minutes.
pub fn truncate_to_minute(t: Instant) -> Instant {
    t.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(t)
}

/// 00:00 on the 1st of the month after `t`'s month (December → 1 January of the next year).
pub fn next_month_start(t: Instant) -> Option<Instant> {
    let (year, month) = match t.month() {
        12 => (t.year().checked_add(1)?, 1),
        month => (t.year(), month + 1),
    };
    let first = NaiveDate::from_ymd_opt(year, month, 1)?.and_time(NaiveTime::MIN);
    t.offset().from_local_datetime(&first).single()
}

/// `t` plus `months` calendar months at the same time of day; a day past the end of the target
/// month is clamped to its last day (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year).
pub fn add_months(t: Instant, months: u32) -> Option<Instant> {
    t.checked_add_months(Months::new(months))
}

/// `t` plus `hours` hours of elapsed time.
pub fn add_hours(t: Instant, hours: i64) -> Option<Instant> {
    t.checked_add_signed(Duration::try_hours(hours)?)
}

/// A moment later than any valid input: what a derived instant saturates to if it cannot be
/// represented (only possible for hand-built out-of-range inputs).
pub fn end_of_time() -> Instant {
    DateTime::<Utc>::MAX_UTC.fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Instant {
        parse_datetime(text).unwrap_or_else(|kind| panic!("{text}: {kind:?}"))
    }

    #[test]
    fn zone_offsets_read_as_people_write_them() {
        assert_eq!(format_utc_offset(480), "UTC+8");
        assert_eq!(format_utc_offset(-300), "UTC-5");
        assert_eq!(format_utc_offset(330), "UTC+5:30");
        assert_eq!(format_utc_offset(-210), "UTC-3:30");
        assert_eq!(format_utc_offset(0), "UTC+0");
    }

    #[test]
    fn parses_the_input_form() {
        let t = at("2026-11-25T10:00");
        assert_eq!(format_attr(t), "2026-11-25T10:00:00+08:00");
        assert_eq!(at(" 2026-11-25 10:00 "), t);
        assert_eq!(at("2026-11-25t10:00:00"), t);
        assert_eq!(at("2000-01-01T00:00").year(), 2000);
        assert_eq!(at("2099-12-31T23:59").year(), 2099);
    }

    #[test]
    fn rejects_with_a_cause() {
        use ErrorKind::*;
        for (text, kind) in [
            ("", Required),
            ("2026-11-25", BadDateFormat),
            ("2026-11-25T10:00:30", BadDateFormat),
            ("2026-11-25T10:00+08:00", BadDateFormat),
            ("2026-1-5T10:00", BadDateFormat),
            ("２０２６-１１-２５T１０:００", BadDateFormat),
            ("2026-11-25X10:00", BadDateFormat),
            ("<script>", BadDateFormat),
            ("1999-12-31T23:59", YearOutOfRange),
            ("2100-01-01T00:00", YearOutOfRange),
            ("2026-02-30T10:00", NotARealDate),
            ("2026-13-01T10:00", NotARealDate),
            ("2026-00-10T10:00", NotARealDate),
            ("2026-11-25T24:00", NotARealDate),
            ("2026-11-25T10:60", NotARealDate),
        ] {
            assert_eq!(parse_datetime(text), Err(kind), "{text:?}");
        }
    }

    #[test]
    fn formats() {
        let t = at("2026-11-30T10:00");
        assert_eq!(format_input(t), "2026-11-30T10:00");
        assert_eq!(format_display(t, Lang::Zh), "2026年11月30日 10:00");
        assert_eq!(format_display(t, Lang::En), "30 Nov 2026, 10:00");
        assert_eq!(
            format_display(at("2027-01-05T09:05"), Lang::En),
            "5 Jan 2027, 09:05"
        );
        let left = Duration::try_minutes(2 * 1440 + 60).unwrap_or_default();
        assert_eq!(format_duration(left, Lang::Zh, false), "2天1小时0分钟");
        assert_eq!(format_duration(left, Lang::En, true), "2 d 1 h 0 min 0 s");
        assert_eq!(format_duration(-left, Lang::En, false), "0 d 0 h 0 min");
    }

    #[test]
    fn calendar() {
        let next = next_month_start(at("2026-12-31T23:59"));
        assert_eq!(next, Some(at("2027-01-01T00:00")));
        assert_eq!(
            add_months(at("2028-01-31T10:00"), 1),
            Some(at("2028-02-29T10:00"))
        );
        assert_eq!(
            add_months(at("2027-01-31T10:00"), 1),
            Some(at("2027-02-28T10:00"))
        );
        assert_eq!(
            add_months(at("2026-11-25T10:00"), 60),
            Some(at("2031-11-25T10:00"))
        );
        assert_eq!(
            add_hours(at("2026-11-25T10:00"), 120),
            Some(at("2026-11-30T10:00"))
        );
        assert!(add_months(at("2026-11-25T10:00"), u32::MAX).is_none());
    }

    #[test]
    fn now_from_js() {
        // 2026-11-25T02:00:30.5Z is 10:00:30 in Beijing.
        let now = from_unix_millis(1_795_572_030_500).map(truncate_to_minute);
        assert_eq!(now, Some(at("2026-11-25T10:00")));
        assert_eq!(from_unix_millis(i64::MAX), None);
        assert_eq!(from_unix_millis(i64::MIN), None);
    }
}
