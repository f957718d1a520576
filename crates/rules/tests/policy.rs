#![cfg(not(target_arch = "wasm32"))]
//! The rules of `shared/spec/article-rules.md`, natively: the public examples, a boundary
//! table, adversarial inputs, and properties.

mod common;

use common::{at, raw};
use proptest::prelude::*;
use rules::{
    self as p, evaluate, format_attr, format_input, format_money, format_money_input,
    parse_datetime, parse_money, validate, ErrorKind, Field, Input, Instant, Lang, Outcome,
    RawInput, Verdict,
};

const NOW: &str = "2035-01-01T00:00";

fn input(pairs: &[(&str, &str)]) -> Input {
    validate(&raw(pairs), at(NOW)).unwrap_or_else(|e| panic!("{pairs:?}: {e:?}"))
}

fn run(pairs: &[(&str, &str)]) -> Outcome {
    evaluate(&input(pairs))
}

fn error_keys(pairs: &[(&str, &str)]) -> Vec<String> {
    match validate(&raw(pairs), at(NOW)) {
        Ok(input) => panic!("{pairs:?} accepted as {input:?}"),
        Err(errors) => errors.iter().map(|e| e.message_key()).collect(),
    }
}

const EXAMPLE_1: [(&str, &str); 5] = [
    ("billing", "subscription"),
    ("paid", "2026-11-25T10:00"),
    ("asof", "2026-11-28T09:00"),
    ("months", "1"),
    ("amount", "1200.00"),
];

fn example_1_with<'a>(change: (&'a str, &'a str)) -> Vec<(&'a str, &'a str)> {
    let mut pairs = EXAMPLE_1.to_vec();
    pairs.retain(|(key, _)| *key != change.0);
    pairs.push(change);
    pairs
}

#[test]
fn public_example_1_full_refund() {
    let outcome = run(&EXAMPLE_1);
    assert_eq!(outcome.verdict.attr(), "full");
    assert_eq!(outcome.refund_fen, 120_000);
    assert_eq!(format_attr(outcome.deadline), "2026-11-30T10:00:00+08:00");
    let left = outcome
        .time_left
        .map(|d| p::format_duration(d, Lang::En, false));
    assert_eq!(left.as_deref(), Some("2 d 1 h 0 min"));
    assert_eq!(outcome.reason, None);
    assert_eq!(outcome.earliest, None);
}

#[test]
fn public_example_2_negotiable_at_the_deadline() {
    let outcome = run(&example_1_with(("asof", "2026-11-30T10:00")));
    assert_eq!(outcome.verdict.attr(), "negotiable");
    assert_eq!(format_attr(outcome.expiry), "2026-12-25T10:00:00+08:00");
    let estimate = outcome.estimate.unwrap_or_else(|| panic!("no estimate"));
    let days = (estimate.total, estimate.used, estimate.remaining);
    assert_eq!(days, (30, 5, 25));
    assert_eq!(
        (estimate.estimate_fen, outcome.refund_fen),
        (100_000, 100_000)
    );
    assert_eq!(outcome.steps, [p::Step::PhoneFirst, p::Step::Console]);
    assert_eq!(outcome.section.id(), "time-limit");
}

#[test]
fn public_example_3_payg() {
    let outcome = run(&example_1_with(("billing", "payg")));
    assert_eq!(outcome.verdict.attr(), "not-eligible");
    assert_eq!(outcome.reason.map(p::Reason::attr), Some("payg"));
    assert_eq!(outcome.refund_fen, 0);
    assert_eq!(outcome.section.id(), "scope");
    assert!(outcome.notes.is_empty() && outcome.steps.is_empty());
    assert_eq!(format_attr(outcome.deadline), "2026-11-30T10:00:00+08:00");
}

#[test]
fn public_example_4_wait_for_next_month() {
    let outcome = run(&[
        ("paid", "2026-11-29T10:00"),
        ("asof", "2026-11-30T12:00"),
        ("requests", "1"),
        ("amount", "500.00"),
    ]);
    assert_eq!(outcome.verdict.attr(), "wait");
    assert_eq!(outcome.refund_fen, 50_000);
    assert_eq!(
        outcome.earliest.map(format_attr).as_deref(),
        Some("2026-12-01T00:00:00+08:00")
    );
    assert_eq!(outcome.section.id(), "notes");
    let later = outcome
        .later
        .as_deref()
        .unwrap_or_else(|| panic!("no later"));
    assert_eq!(later.verdict, Verdict::Full);
    assert_eq!(format_attr(later.asof), "2026-12-01T00:00:00+08:00");
    assert_eq!(format_attr(later.deadline), "2026-12-04T10:00:00+08:00");
}

type Pairs = &'static [(&'static str, &'static str)];

/// One boundary: inputs (over the defaults) → verdict, refund, reason, earliest.
struct Row {
    name: &'static str,
    pairs: Pairs,
    verdict: &'static str,
    refund_fen: i64,
    reason: Option<&'static str>,
    earliest: Option<&'static str>,
}

const fn row(name: &'static str, pairs: Pairs, verdict: &'static str, refund_fen: i64) -> Row {
    Row {
        name,
        pairs,
        verdict,
        refund_fen,
        reason: None,
        earliest: None,
    }
}

const fn not_eligible(name: &'static str, pairs: Pairs, reason: &'static str) -> Row {
    Row {
        reason: Some(reason),
        ..row(name, pairs, "not-eligible", 0)
    }
}

const fn wait(name: &'static str, pairs: Pairs, refund_fen: i64, earliest: &'static str) -> Row {
    Row {
        earliest: Some(earliest),
        ..row(name, pairs, "wait", refund_fen)
    }
}

const PAID: (&str, &str) = ("paid", "2026-11-25T10:00");
const AMOUNT: (&str, &str) = ("amount", "1200");
const MAX: (&str, &str) = ("amount", "10,000,000.00");
/// A day after `PAID`: inside the 5-day window.
const IN_WINDOW: (&str, &str) = ("asof", "2026-11-26T10:00");

const ROWS: &[Row] = &[
    // The 5-day window [paid, paid + 120 h).
    row(
        "deadline -1 min",
        &[PAID, AMOUNT, ("asof", "2026-11-30T09:59")],
        "full",
        120_000,
    ),
    row(
        "at payment",
        &[PAID, AMOUNT, ("asof", "2026-11-25T10:00")],
        "full",
        120_000,
    ),
    row(
        "deadline exactly",
        &[PAID, AMOUNT, ("asof", "2026-11-30T10:00")],
        "negotiable",
        100_000,
    ),
    // 5 d 1 min is 6 started days: 120000 × 24 / 30.
    row(
        "deadline +1 min",
        &[PAID, AMOUNT, ("asof", "2026-11-30T10:01")],
        "negotiable",
        96_000,
    ),
    // The term [paid, paid + months).
    row(
        "expiry -1 min",
        &[PAID, AMOUNT, ("asof", "2026-12-25T09:59")],
        "negotiable",
        0,
    ),
    not_eligible(
        "expiry exactly",
        &[PAID, AMOUNT, ("asof", "2026-12-25T10:00")],
        "expired",
    ),
    not_eligible(
        "payg in the window",
        &[PAID, AMOUNT, ("billing", "payg"), IN_WINDOW],
        "payg",
    ),
    not_eligible(
        "payg beats the monthly limit",
        &[
            PAID,
            AMOUNT,
            ("billing", "payg"),
            ("requests", "3"),
            IN_WINDOW,
        ],
        "payg",
    ),
    row(
        "converted is prepaid",
        &[PAID, AMOUNT, ("billing", "converted"), IN_WINDOW],
        "full",
        120_000,
    ),
    // Month-end clamps.
    not_eligible(
        "31 Jan 2028 + 1 month = 29 Feb 2028",
        &[
            ("paid", "2028-01-31T10:00"),
            AMOUNT,
            ("asof", "2028-02-29T10:00"),
        ],
        "expired",
    ),
    // 29 days, 29 used (28 d 23 h 59 min started): 0 left.
    row(
        "29 Feb 2028 -1 min",
        &[
            ("paid", "2028-01-31T10:00"),
            AMOUNT,
            ("asof", "2028-02-29T09:59"),
        ],
        "negotiable",
        0,
    ),
    not_eligible(
        "31 Jan 2027 + 1 month = 28 Feb 2027",
        &[
            ("paid", "2027-01-31T10:00"),
            AMOUNT,
            ("asof", "2027-02-28T10:00"),
        ],
        "expired",
    ),
    // 28 days, 6 used: 120000 × 22 / 28 = 94285.7.
    row(
        "28-day February",
        &[
            ("paid", "2027-01-31T10:00"),
            AMOUNT,
            ("asof", "2027-02-06T10:00"),
        ],
        "negotiable",
        94_285,
    ),
    // The monthly request.
    wait(
        "December → 1 Jan next year, still in the window",
        &[
            ("paid", "2026-12-30T10:00"),
            AMOUNT,
            ("asof", "2026-12-31T10:00"),
            ("requests", "1"),
        ],
        120_000,
        "2027-01-01T00:00:00+08:00",
    ),
    // Later: 12 of 31 days used: 100000 × 19 / 31 = 61290.3.
    wait(
        "December → 1 Jan next year, negotiable then",
        &[
            ("paid", "2026-12-20T10:00"),
            ("amount", "1000"),
            ("asof", "2026-12-22T10:00"),
            ("requests", "1"),
        ],
        61_290,
        "2027-01-01T00:00:00+08:00",
    ),
    not_eligible(
        "monthly limit, expired by next month",
        &[
            ("paid", "2026-10-15T10:00"),
            AMOUNT,
            ("asof", "2026-11-10T10:00"),
            ("requests", "1"),
        ],
        "monthly-limit",
    ),
    // Later: past the window by 1 Dec (6 of 30 days used): 120000 × 24 / 30.
    wait(
        "many requests already",
        &[
            PAID,
            AMOUNT,
            ("asof", "2026-11-26T10:00"),
            ("requests", "99"),
        ],
        96_000,
        "2026-12-01T00:00:00+08:00",
    ),
    // Third-party costs.
    row(
        "third party = amount, full",
        &[PAID, AMOUNT, ("thirdparty", "1200"), IN_WINDOW],
        "full",
        0,
    ),
    row(
        "third party = amount, negotiable",
        &[
            PAID,
            AMOUNT,
            ("thirdparty", "1200"),
            ("asof", "2026-11-30T10:00"),
        ],
        "negotiable",
        0,
    ),
    row(
        "third party deducted after pro rata",
        &[
            PAID,
            AMOUNT,
            ("thirdparty", "200"),
            ("asof", "2026-11-30T10:00"),
        ],
        "negotiable",
        80_000,
    ),
    row(
        "third party deducted, full",
        &[PAID, AMOUNT, ("thirdparty", "0.01"), IN_WINDOW],
        "full",
        119_999,
    ),
    // Limits: 60 months is 1826 days here (29 Feb 2028 inside); 120000 × 1821 / 1826.
    row(
        "60 months",
        &[PAID, AMOUNT, ("months", "60"), ("asof", "2026-11-30T10:00")],
        "negotiable",
        119_671,
    ),
    row(
        "largest amount, full",
        &[PAID, MAX, IN_WINDOW],
        "full",
        1_000_000_000,
    ),
    row(
        "largest amount, negotiable",
        &[PAID, MAX, ("asof", "2026-11-30T10:00")],
        "negotiable",
        833_333_333,
    ),
    row(
        "largest amount, 60 months",
        &[PAID, MAX, ("months", "60"), ("asof", "2026-11-30T10:00")],
        "negotiable",
        997_261_774,
    ),
    row(
        "largest amount, 60 months, all third party",
        &[
            PAID,
            MAX,
            ("months", "60"),
            ("thirdparty", "10000000"),
            ("asof", "2026-11-30T10:00"),
        ],
        "negotiable",
        0,
    ),
    row(
        "smallest amount",
        &[PAID, ("amount", "0.01"), IN_WINDOW],
        "full",
        1,
    ),
    row(
        "years at the edges",
        &[
            ("paid", "2000-01-01T00:00"),
            AMOUNT,
            ("asof", "2000-01-01T00:00"),
        ],
        "full",
        120_000,
    ),
    // Derived instants may fall in 2100; only inputs are limited to 2000–2099.
    wait(
        "year 2099, next month in 2100",
        &[
            ("paid", "2099-12-31T23:59"),
            AMOUNT,
            ("months", "60"),
            ("asof", "2099-12-31T23:59"),
            ("requests", "1"),
        ],
        120_000,
        "2100-01-01T00:00:00+08:00",
    ),
];

#[test]
fn boundary_table() {
    for row in ROWS {
        let outcome = run(row.pairs);
        let actual = (
            outcome.verdict.attr(),
            outcome.refund_fen,
            outcome.reason.map(p::Reason::attr),
            outcome.earliest.map(format_attr),
        );
        let expected = (
            row.verdict,
            row.refund_fen,
            row.reason,
            row.earliest.map(String::from),
        );
        assert_eq!(actual, expected, "{}", row.name);
    }
}

#[test]
fn notes_and_sections() {
    use p::NoteKind::*;
    let outcome = run(&[
        PAID,
        AMOUNT,
        ("thirdparty", "12.5"),
        ("promo", "yes"),
        IN_WINDOW,
    ]);
    let notes: Vec<_> = outcome
        .notes
        .iter()
        .map(|n| (n.kind, n.section.id()))
        .collect();
    let expected = [
        (PromoMayBeExcluded, "notes"),
        (ThirdPartyDeducted { fen: 1250 }, "notes"),
        (UsesMonthlyRequest, "notes"),
        (KeepRecords, "how-to-apply"),
    ];
    assert_eq!(notes, expected);
    assert_eq!(outcome.steps_section.id(), "how-to-apply");
    let unsure = run(&[PAID, AMOUNT, ("promo", "unsure"), IN_WINDOW]);
    assert_eq!(unsure.notes.first().map(|n| n.kind), Some(PromoCheck));
    let expired = run(&[PAID, AMOUNT, ("asof", "2027-01-01T00:00")]);
    assert!(expired.notes.is_empty() && expired.steps.is_empty());
}

#[test]
fn field_errors() {
    let cases: &[(Pairs, &[&str])] = &[
        (&[], &["paid.required", "amount.required"]),
        (&[PAID, ("amount", "0")], &["amount.too-small"]),
        (&[PAID, ("amount", "10000000.01")], &["amount.too-large"]),
        (&[PAID, AMOUNT, ("months", "61")], &["months.too-large"]),
        (
            &[PAID, AMOUNT, ("months", "1.5")],
            &["months.not-whole-number"],
        ),
        (
            &[PAID, AMOUNT, ("requests", "100")],
            &["requests.too-large"],
        ),
        (
            &[PAID, AMOUNT, ("asof", "2026-11-25T09:59")],
            &["asof.before-paid"],
        ),
        (
            &[PAID, AMOUNT, ("thirdparty", "1200.01")],
            &["thirdparty.more-than-amount"],
        ),
        (
            &[("paid", "1999-12-31T10:00"), AMOUNT],
            &["paid.year-out-of-range"],
        ),
        (
            &[PAID, AMOUNT, ("asof", "2100-01-01T00:00")],
            &["asof.year-out-of-range"],
        ),
        (
            &[PAID, AMOUNT, ("billing", "monthly")],
            &["billing.unknown-option"],
        ),
    ];
    for (pairs, expected) in cases {
        assert_eq!(error_keys(pairs), *expected, "{pairs:?}");
    }
}

/// Hostile strings in every field: each is rejected with a specific cause, never a panic.
#[test]
fn adversarial_inputs() {
    let long_digits = "9".repeat(10_000);
    let long_text = "元¥é中".repeat(2_500);
    let cases: &[(&str, &str, &str)] = &[
        ("amount", "１２００", "ok"),
        ("amount", "１，２００．５０", "ok"),
        ("amount", "1234567890123456789012345", "too-large"),
        ("amount", &long_digits, "too-large"),
        ("amount", &long_text, "not-a-number"),
        ("amount", "1e9", "exponent"),
        ("amount", "NaN", "not-finite"),
        ("amount", "Infinity", "not-finite"),
        ("amount", "0x10", "not-a-number"),
        ("amount", "-1200", "negative"),
        ("amount", "<img src=x onerror=alert(1)>", "not-a-number"),
        ("amount", "12.3.4", "not-a-number"),
        ("amount", "12，50", "not-a-number"),
        ("months", "１２", "ok"),
        ("months", &long_digits, "too-large"),
        ("months", "Infinity", "not-finite"),
        ("requests", "-0", "negative"),
        ("paid", "2026-02-30T10:00", "not-a-real-date"),
        ("paid", "2026-13-01T10:00", "not-a-real-date"),
        ("paid", "2026-11-25T24:00", "not-a-real-date"),
        ("paid", "1999-11-25T10:00", "year-out-of-range"),
        ("paid", "2100-11-25T10:00", "year-out-of-range"),
        ("paid", "２０２６-１１-２５T１０:００", "bad-date-format"),
        ("paid", "2026-11-25T10:00é", "bad-date-format"),
        ("paid", "é026-11-25T10:00", "bad-date-format"),
        ("paid", &long_text, "bad-date-format"),
        ("paid", "<script>alert(1)</script>", "bad-date-format"),
        ("billing", "<b>payg</b>", "unknown-option"),
        ("promo", &long_text, "unknown-option"),
    ];
    for (key, value, expected) in cases {
        let pairs = [PAID, AMOUNT, (*key, *value)];
        let result = validate(&raw(&pairs), at(NOW));
        let actual = match &result {
            Ok(_) => "ok".to_owned(),
            Err(errors) => errors
                .iter()
                .map(|e| e.kind.key())
                .collect::<Vec<_>>()
                .join(" "),
        };
        let shown: String = value.chars().take(30).collect();
        assert_eq!(actual, *expected, "{key}={shown}");
    }
}

#[test]
fn formats_per_language() {
    let t = at("2026-11-30T10:00");
    assert_eq!(p::format_display(t, Lang::Zh), "2026年11月30日 10:00");
    assert_eq!(p::format_display(t, Lang::En), "30 Nov 2026, 10:00");
    assert_eq!(format_input(t), "2026-11-30T10:00");
    assert_eq!(format_money(123_450, Lang::Zh), "¥1,234.50");
    assert_eq!(format_money_input(123_450), "1234.50");
    assert_eq!(Lang::from_code("en-US"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
    assert_eq!(Lang::default().code(), "zh");
}

// ---- Properties ----------------------------------------------------------------------------

/// Minutes from 2000-01-01T00:00 to late 2093, so `asof` (up to ~5 years later) stays < 2100.
const PAID_MINUTES: u32 = 49_600_000;
/// Up to 60 months and a bit more, to reach past expiry.
const ASOF_MINUTES: u32 = (60 * 31 + 40) * 1440;

fn minute(offset: u32) -> Instant {
    at("2000-01-01T00:00") + chrono::Duration::minutes(i64::from(offset))
}

fn billing() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["subscription", "converted", "payg"][..])
}

fn promo() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["no", "yes", "unsure"][..])
}

prop_compose! {
    /// A valid case: any billing, term, amount, third-party share, promo and requests.
    fn case()(
        billing in billing(),
        paid in 0..PAID_MINUTES,
        months in 1u32..=60,
        amount in 1i64..=1_000_000_000,
        share in 0u32..=1000,
        promo in promo(),
        requests in 0u32..=2,
    ) -> (RawInput, i64) {
        let third_party = i64::try_from(i128::from(amount) * i128::from(share) / 1000).unwrap_or(0);
        let raw = RawInput {
            policy: "article".into(),
            vouchers: "0".into(),
            used: "0".into(),
            billing: billing.into(),
            paid: format_input(minute(paid)),
            asof: String::new(),
            months: months.to_string(),
            amount: format_money_input(amount),
            thirdparty: format_money(third_party, Lang::En),
            promo: promo.into(),
            requests: requests.to_string(),
        };
        (raw, amount - third_party)
    }
}

fn evaluate_at(raw: &RawInput, asof: Instant) -> Outcome {
    let raw = RawInput {
        asof: format_input(asof),
        ..raw.clone()
    };
    let input = validate(&raw, at(NOW)).unwrap_or_else(|e| panic!("{raw:?}: {e:?}"));
    evaluate(&input)
}

proptest! {
    #[test]
    fn refund_is_between_zero_and_amount_less_third_party(
        (raw, most) in case(), offset in 0..ASOF_MINUTES,
    ) {
        let asof = at(&raw.paid) + chrono::Duration::minutes(offset.into());
        let outcome = evaluate_at(&raw, asof);
        prop_assert!(0 <= outcome.refund_fen && outcome.refund_fen <= most, "{outcome:?}");
        if outcome.verdict == Verdict::NotEligible {
            prop_assert_eq!(outcome.refund_fen, 0);
        }
    }

    /// With no request used yet, the refund (full, then estimate, then 0) never grows as the
    /// application time grows.
    #[test]
    fn refund_never_grows_with_time(
        (raw, _) in case(), a in 0..ASOF_MINUTES, b in 0..ASOF_MINUTES,
    ) {
        let raw = RawInput { requests: "0".into(), ..raw };
        let paid = at(&raw.paid);
        let (early, late) = (a.min(b), a.max(b));
        let early = evaluate_at(&raw, paid + chrono::Duration::minutes(early.into()));
        let late = evaluate_at(&raw, paid + chrono::Duration::minutes(late.into()));
        prop_assert!(late.refund_fen <= early.refund_fen, "{early:?}\n{late:?}");
    }

    #[test]
    fn full_refund_is_never_less_than_a_later_estimate(
        (raw, _) in case(), inside in 0u32..120 * 60, after in 120 * 60..ASOF_MINUTES,
    ) {
        let raw = RawInput { requests: "0".into(), billing: "subscription".into(), ..raw };
        let paid = at(&raw.paid);
        let full = evaluate_at(&raw, paid + chrono::Duration::minutes(inside.into()));
        let later = evaluate_at(&raw, paid + chrono::Duration::minutes(after.into()));
        prop_assert_eq!(full.verdict, Verdict::Full);
        prop_assert!(later.verdict != Verdict::Full);
        prop_assert!(full.refund_fen >= later.refund_fen);
    }

    #[test]
    fn parsers_never_panic(text in any::<String>(), field in 0usize..8) {
        let _ = parse_money(&text);
        let _ = parse_datetime(&text);
        let _ = p::number::parse_count(&text, 0, 99);
        let _ = Lang::from_code(&text);
        let _ = p::Billing::from_key(&text);
        let mut raw = raw(&[PAID, AMOUNT]);
        if let Some(field) = Field::ALL.get(field) {
            raw.set(*field, text.clone());
        }
        let _ = validate(&raw, at(NOW)).map(|input| evaluate(&input));
    }

    #[test]
    fn number_like_strings_never_panic(text in "[0-9０-９.,，．eE+\\-−¥￥元CNYnaNif ]{0,40}") {
        let _ = parse_money(&text);
        let _ = p::number::parse_count(&text, 1, 60);
    }

    #[test]
    fn date_like_strings_never_panic(text in "[0-9\\-T: ]{0,22}") {
        if let Ok(t) = parse_datetime(&text) {
            prop_assert_eq!(parse_datetime(&format_input(t)), Ok(t));
        }
    }

    #[test]
    fn money_formats_parse_back(fen in 0i64..=i64::MAX) {
        prop_assert_eq!(parse_money(&format_money_input(fen)), Ok(fen));
        prop_assert_eq!(parse_money(&format_money(fen, Lang::Zh)), Ok(fen));
        prop_assert_eq!(parse_money(&format_money(fen, Lang::En)), Ok(fen));
    }

    #[test]
    fn datetime_formats_parse_back(offset in 0u32..52_594_560) {
        let t = minute(offset);
        prop_assert_eq!(parse_datetime(&format_input(t)), Ok(t));
        let attr = format_attr(t);
        prop_assert_eq!(attr.get(16..), Some(":00+08:00"));
    }
}

#[test]
fn error_kinds_have_distinct_keys() {
    let kinds = ErrorKind::ALL;
    let keys: std::collections::BTreeSet<_> = kinds.iter().map(|k| k.key()).collect();
    assert_eq!(keys.len(), kinds.len());
}
