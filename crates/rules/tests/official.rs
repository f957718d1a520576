//! The providers' own rules of `shared/spec/official-rules.md` (profiles `aliyun`, `tencent`,
//! `huawei`), natively: the public examples O1–O7, boundary tables per profile, the compare block
//! of the article profile, and properties.

mod common;

use common::{at, raw};
use proptest::prelude::*;
use rules::{
    self as p, evaluate, format_attr, format_input, format_money_input, validate, NoteKind,
    Outcome, PartialWhy, RawInput, Unit, Verdict,
};

const NOW: &str = "2099-12-31T23:59";

fn run(pairs: &[(&str, &str)]) -> Outcome {
    let raw = raw(pairs);
    let input = validate(&raw, at(NOW)).unwrap_or_else(|e| panic!("{pairs:?}: {e:?}"));
    evaluate(&input)
}

/// (data-verdict, data-refund-fen, data-vouchers-fen, data-reason)
fn attrs(o: &Outcome) -> (&'static str, i64, i64, &'static str) {
    (
        o.verdict.attr(),
        o.refund_fen,
        o.vouchers_returned_fen,
        o.reason.map(|r| r.attr()).unwrap_or(""),
    )
}

fn kinds(o: &Outcome) -> Vec<NoteKind> {
    o.notes.iter().map(|n| n.kind).collect()
}

const O1: [(&str, &str); 7] = [
    ("policy", "huawei"),
    ("paid", "2020-10-20T10:00"),
    ("asof", "2020-10-22T10:00"),
    ("months", "1"),
    ("amount", "80.00"),
    ("vouchers", "20.00"),
    ("billing", "subscription"),
];

const O3: [(&str, &str); 7] = [
    ("policy", "tencent"),
    ("paid", "2026-11-25T23:50"),
    ("asof", "2026-11-29T23:59"),
    ("months", "12"),
    ("amount", "407.96"),
    ("vouchers", "100.00"),
    ("billing", "subscription"),
];

const O5: [(&str, &str); 6] = [
    ("policy", "aliyun"),
    ("paid", "2026-11-25T10:00"),
    ("asof", "2026-11-28T09:00"),
    ("months", "1"),
    ("amount", "1200.00"),
    ("used", "1"),
];

fn with<'a>(
    base: &[(&'a str, &'a str)],
    changes: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut pairs: Vec<_> = base
        .iter()
        .filter(|(key, _)| changes.iter().all(|(k, _)| k != key))
        .copied()
        .collect();
    pairs.extend_from_slice(changes);
    pairs
}

#[test]
fn o1_huawei_full_refund_returns_the_vouchers() {
    let o = run(&O1);
    assert_eq!(attrs(&o), ("full", 8000, 2000, ""));
    assert_eq!(format_attr(o.deadline), "2020-10-25T10:00:00+08:00");
    assert_eq!(o.profile.id, "huawei");
    assert!(kinds(&o).contains(&NoteKind::VouchersReturned { fen: 2000 }));
    assert!(kinds(&o).contains(&NoteKind::UsesQuota));
}

#[test]
fn o2_huawei_partial_by_whole_hours_before_the_fee() {
    let o = run(&[
        ("policy", "huawei"),
        ("paid", "2024-01-01T10:30"),
        ("asof", "2024-01-15T18:40"),
        ("amount", "758.00"),
    ]);
    assert_eq!(attrs(&o), ("partial", 41_400, 0, ""));
    assert_eq!(format_attr(o.expiry), "2024-02-02T00:00:00+08:00");
    let e = o.estimate.unwrap_or_else(|| panic!("no estimate"));
    assert_eq!(
        (e.unit, e.total, e.used, e.remaining),
        (Unit::Hour, 758, 344, 414)
    );
    let k = kinds(&o);
    assert_eq!(
        k.first(),
        Some(&NoteKind::WhyPartial(PartialWhy::WindowPassed))
    );
    assert!(k.contains(&NoteKind::FeeUnknown) && k.contains(&NoteKind::UpperBound));
}

#[test]
fn o3_tencent_full_refund_until_midnight_vouchers_kept() {
    let o = run(&O3);
    assert_eq!(attrs(&o), ("full", 40_796, 0, ""));
    assert_eq!(format_attr(o.deadline), "2026-11-30T00:00:00+08:00");
    assert!(kinds(&o).contains(&NoteKind::VouchersNotReturned { fen: 10_000 }));
}

#[test]
fn o4_tencent_partial_counts_started_days() {
    let o = run(&with(&O3, &[("asof", "2026-11-30T00:00")]));
    assert_eq!(attrs(&o), ("partial", 40_237, 0, ""));
    let e = o.estimate.unwrap_or_else(|| panic!("no estimate"));
    assert_eq!(
        (e.unit, e.total, e.used_days),
        (Unit::Minute, 365 * 1440, Some(5))
    );
    assert!(kinds(&o).contains(&NoteKind::VouchersNotReturned { fen: 10_000 }));
    assert!(!kinds(&o).contains(&NoteKind::FeeUnknown));
}

#[test]
fn o5_aliyun_quota_used_gives_the_partial_bound() {
    let o = run(&O5);
    assert_eq!(attrs(&o), ("partial", 108_228, 0, ""));
    assert_eq!(format_attr(o.expiry), "2026-12-26T00:00:00+08:00");
    let e = o.estimate.unwrap_or_else(|| panic!("no estimate"));
    assert_eq!((e.total, e.used), (44_040, 4_320));
    assert_eq!(
        kinds(&o).first(),
        Some(&NoteKind::WhyPartial(PartialWhy::QuotaUsed))
    );
    assert_eq!(
        o.notes.first().map(|n| n.section.id()),
        Some("aliyun-quota")
    );
}

#[test]
fn o6_aliyun_promo_is_not_eligible() {
    let o = run(&with(&O5, &[("used", "0"), ("promo", "yes")]));
    assert_eq!(attrs(&o), ("not-eligible", 0, 0, "promo"));
    assert_eq!(o.section.id(), "aliyun-promo");
    assert!(o.notes.is_empty() && o.steps.is_empty());
}

#[test]
fn o7_huawei_promo_loses_only_the_five_day_route() {
    let o = run(&with(&O1, &[("promo", "yes")]));
    assert_eq!(attrs(&o), ("partial", 7_493, 0, ""));
    let e = o.estimate.unwrap_or_else(|| panic!("no estimate"));
    assert_eq!((e.total, e.used), (758, 48));
    assert_eq!(
        kinds(&o).first(),
        Some(&NoteKind::WhyPartial(PartialWhy::OfferExcludesFullRefund))
    );
    assert!(kinds(&o).contains(&NoteKind::VouchersNotReturned { fen: 2000 }));
}

/// (profile, paid, asof, months, expected verdict, refund) for 1200.00 yuan, nothing else set.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
);

fn check_rows(rows: &[Row], extra: &[(&str, &str)]) {
    for &(policy, paid, asof, months, verdict, fen) in rows {
        let mut pairs = vec![
            ("policy", policy),
            ("paid", paid),
            ("asof", asof),
            ("months", months),
            ("amount", "1200.00"),
        ];
        pairs.extend_from_slice(extra);
        let o = run(&pairs);
        assert_eq!(
            (o.verdict.attr(), o.refund_fen),
            (verdict, fen),
            "{policy} paid {paid} asof {asof} {months} months {extra:?}"
        );
    }
}

#[test]
fn window_edges_to_the_minute() {
    check_rows(
        &[
            // paid + 120 h, half-open
            (
                "aliyun",
                "2026-11-25T10:00",
                "2026-11-30T09:59",
                "1",
                "full",
                120_000,
            ),
            (
                "aliyun",
                "2026-11-25T10:00",
                "2026-11-30T10:00",
                "1",
                "partial",
                100_381,
            ),
            (
                "huawei",
                "2026-11-25T10:00",
                "2026-11-30T09:59",
                "1",
                "full",
                120_000,
            ),
            (
                "huawei",
                "2026-11-25T10:00",
                "2026-11-30T10:00",
                "1",
                "partial",
                100_381,
            ),
            // Tencent: calendar days with the delivery day as day 1, ending at midnight
            (
                "tencent",
                "2026-11-25T00:00",
                "2026-11-29T23:59",
                "1",
                "full",
                120_000,
            ),
            (
                "tencent",
                "2026-11-25T00:00",
                "2026-11-30T00:00",
                "1",
                "partial",
                100_000,
            ),
            (
                "tencent",
                "2026-11-25T23:59",
                "2026-11-29T23:59",
                "1",
                "full",
                120_000,
            ),
            (
                "tencent",
                "2026-11-25T23:59",
                "2026-11-30T00:00",
                "1",
                "partial",
                100_000,
            ),
            (
                "tencent",
                "2026-12-28T12:00",
                "2027-01-01T23:59",
                "1",
                "full",
                120_000,
            ),
            (
                "tencent",
                "2026-12-28T12:00",
                "2027-01-02T00:00",
                "1",
                "partial",
                100_645,
            ),
        ],
        &[],
    );
    let o = run(&[
        ("policy", "tencent"),
        ("paid", "2026-11-25T00:00"),
        ("amount", "1"),
    ]);
    assert_eq!(format_attr(o.deadline), "2026-11-30T00:00:00+08:00");
    let o = run(&[
        ("policy", "tencent"),
        ("paid", "2026-02-27T08:00"),
        ("amount", "1"),
    ]);
    assert_eq!(
        format_attr(o.deadline),
        "2026-03-04T00:00:00+08:00",
        "across February"
    );
}

#[test]
fn term_ends_and_the_last_started_day() {
    check_rows(
        &[
            // Alibaba and Huawei: 00:00 after the last day; Tencent: the same time of day
            (
                "aliyun",
                "2026-11-25T10:00",
                "2026-12-25T23:59",
                "1",
                "partial",
                0,
            ),
            (
                "aliyun",
                "2026-11-25T10:00",
                "2026-12-26T00:00",
                "1",
                "not-eligible",
                0,
            ),
            (
                "aliyun",
                "2026-11-25T10:00",
                "2026-12-25T10:00",
                "1",
                "partial",
                2_288,
            ),
            (
                "aliyun",
                "2026-11-25T10:00",
                "2026-12-25T10:01",
                "1",
                "partial",
                0,
            ),
            (
                "huawei",
                "2026-11-25T10:00",
                "2026-12-25T23:59",
                "1",
                "partial",
                163,
            ),
            (
                "huawei",
                "2026-11-25T10:00",
                "2026-12-26T00:00",
                "1",
                "not-eligible",
                0,
            ),
            (
                "tencent",
                "2026-11-25T10:00",
                "2026-12-25T09:59",
                "1",
                "partial",
                0,
            ),
            (
                "tencent",
                "2026-11-25T10:00",
                "2026-12-25T10:00",
                "1",
                "not-eligible",
                0,
            ),
            // month-end clamping: 31 January + 1 month is 28 February (29 in a leap year)
            (
                "tencent",
                "2027-01-31T10:00",
                "2027-02-28T09:59",
                "1",
                "partial",
                0,
            ),
            (
                "tencent",
                "2027-01-31T10:00",
                "2027-02-28T10:00",
                "1",
                "not-eligible",
                0,
            ),
            (
                "aliyun",
                "2028-01-31T10:00",
                "2028-02-29T23:59",
                "1",
                "partial",
                0,
            ),
            (
                "aliyun",
                "2028-01-31T10:00",
                "2028-03-01T00:00",
                "1",
                "not-eligible",
                0,
            ),
        ],
        &[("used", "1")],
    );
    let o = run(&[
        ("policy", "aliyun"),
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-12-25T10:01"),
        ("amount", "1200"),
        ("used", "1"),
    ]);
    assert!(kinds(&o).contains(&NoteKind::NothingLeft));
    assert!(!kinds(&o).contains(&NoteKind::UpperBound));
}

#[test]
fn huawei_floors_both_ends_to_the_hour() {
    // 10:59 counts from 10:00; an application at 11:59 counts to 11:00: one hour used of 758.
    let base = [
        ("policy", "huawei"),
        ("paid", "2024-01-01T10:59"),
        ("amount", "758.00"),
        ("used", "10"),
    ];
    for (asof, used_hours) in [
        ("2024-01-01T10:59", 0),
        ("2024-01-01T11:00", 1),
        ("2024-01-01T11:59", 1),
        ("2024-01-01T12:00", 2),
        ("2024-02-01T23:59", 757),
    ] {
        let o = run(&with(&base, &[("asof", asof)]));
        let e = o.estimate.unwrap_or_else(|| panic!("no estimate"));
        assert_eq!((e.total, e.used), (758, used_hours), "{asof}");
        assert_eq!(o.refund_fen, 75_800 * (758 - used_hours) / 758, "{asof}");
    }
}

#[test]
fn quotas_zero_one_nine_ten() {
    let rows = [
        ("aliyun", "0", "full"),
        ("aliyun", "1", "partial"),
        ("tencent", "0", "full"),
        ("tencent", "1", "partial"),
        ("huawei", "9", "full"),
        ("huawei", "10", "partial"),
        ("huawei", "99", "partial"),
    ];
    for (policy, used, verdict) in rows {
        let o = run(&[
            ("policy", policy),
            ("paid", "2026-11-25T10:00"),
            ("asof", "2026-11-26T10:00"),
            ("amount", "1200"),
            ("used", used),
        ]);
        assert_eq!(o.verdict.attr(), verdict, "{policy} used {used}");
        if verdict == "partial" {
            assert_eq!(
                kinds(&o).first(),
                Some(&NoteKind::WhyPartial(PartialWhy::QuotaUsed))
            );
        }
    }
}

#[test]
fn conversions_and_pay_as_you_go() {
    for policy in ["aliyun", "tencent", "huawei"] {
        let base = [
            ("policy", policy),
            ("paid", "2026-11-25T10:00"),
            ("asof", "2026-11-26T10:00"),
            ("amount", "1200"),
        ];
        let o = run(&with(&base, &[("billing", "converted")]));
        assert_eq!(o.verdict, Verdict::Partial, "{policy}");
        assert_eq!(
            kinds(&o).first(),
            Some(&NoteKind::WhyPartial(PartialWhy::NotNewPurchase))
        );
        assert!(kinds(&o).contains(&NoteKind::ConvertedMayQualify));
        let o = run(&with(&base, &[("billing", "payg")]));
        assert_eq!(attrs(&o), ("not-eligible", 0, 0, "payg"), "{policy}");
        assert_eq!(o.section.id(), format!("{policy}-scope"));
    }
}

#[test]
fn promotions_per_profile() {
    for (policy, yes, unsure) in [
        ("aliyun", "not-eligible", "full"),
        ("tencent", "not-eligible", "full"),
        ("huawei", "partial", "full"),
    ] {
        let base = [
            ("policy", policy),
            ("paid", "2026-11-25T10:00"),
            ("asof", "2026-11-26T10:00"),
            ("amount", "1200"),
        ];
        assert_eq!(
            run(&with(&base, &[("promo", "yes")])).verdict.attr(),
            yes,
            "{policy}"
        );
        let o = run(&with(&base, &[("promo", "unsure")]));
        assert_eq!(o.verdict.attr(), unsure, "{policy}");
        assert!(kinds(&o).contains(&NoteKind::OfferCheck), "{policy}");
    }
}

#[test]
fn keys_a_profile_does_not_read_are_ignored() {
    // Tencent reads neither third-party costs nor the monthly requests, whatever they hold.
    let o = run(&with(&O3, &[("thirdparty", "abc"), ("requests", "-5")]));
    assert_eq!(attrs(&o), ("full", 40_796, 0, ""));
    // The article reads neither vouchers nor used full refunds.
    let article = [
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-11-28T09:00"),
        ("amount", "1200"),
        ("vouchers", "x"),
        ("used", "-1"),
    ];
    assert_eq!(attrs(&run(&article)), ("full", 120_000, 0, ""));
    // The form's error list follows the profile too.
    let errors = validate(
        &raw(&[
            ("policy", "huawei"),
            ("paid", "x"),
            ("amount", "1"),
            ("thirdparty", "y"),
        ]),
        at(NOW),
    )
    .err()
    .map(|e| e.iter().map(|e| e.message_key()).collect::<Vec<_>>());
    assert_eq!(errors, Some(vec!["paid.bad-date-format".to_owned()]));
}

#[test]
fn channels_and_steps() {
    let o = run(&O3);
    assert_eq!(o.steps, [p::Step::Console, p::Step::Phone]);
    assert_eq!(o.steps_section.id(), "tencent-how-to-apply");
    let o = run(&O1);
    assert_eq!(
        o.steps,
        [p::Step::Console],
        "no official Huawei number: no phone step"
    );
    let o = run(&with(&O3, &[("asof", "2026-12-25T00:00")]));
    assert_eq!(o.steps, [p::Step::Console, p::Step::Phone]);
}

#[test]
fn the_article_shows_the_official_answer_when_it_differs() {
    let example_1 = [
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-11-28T09:00"),
        ("amount", "1200.00"),
    ];
    // Inside the window both give the full refund: no compare block.
    assert_eq!(run(&example_1).compare, None);
    // At the deadline the article negotiates, Alibaba's own rules give the self-service bound.
    let o = run(&with(&example_1, &[("asof", "2026-11-30T10:00")]));
    assert_eq!(o.verdict, Verdict::Negotiable);
    let c = o.compare.as_deref().unwrap_or_else(|| panic!("no compare"));
    assert_eq!(
        (c.profile.id, attrs(c)),
        ("aliyun", ("partial", 100_381, 0, ""))
    );
    // "Bought in a promotion" is read as "unsure" for Alibaba: still the full refund.
    let o = run(&with(&example_1, &[("promo", "yes")]));
    assert_eq!(o.compare, None);
    // A converted order: the article refunds in full, Alibaba's rules do not.
    let o = run(&with(&example_1, &[("billing", "converted")]));
    let c = o.compare.as_deref().unwrap_or_else(|| panic!("no compare"));
    assert_eq!(c.verdict, Verdict::Partial);
    // Third-party costs are the article's: the official full refund is the whole amount.
    let o = run(&with(&example_1, &[("thirdparty", "200")]));
    let c = o.compare.as_deref().unwrap_or_else(|| panic!("no compare"));
    assert_eq!(attrs(c), ("full", 120_000, 0, ""));
    // Not eligible both ways for the same reason: nothing to compare.
    assert_eq!(run(&with(&example_1, &[("billing", "payg")])).compare, None);
    // The providers compare with nothing.
    assert_eq!(run(&O5).compare, None);
}

const MINUTES: u32 = 60 * 24 * 400;

fn case() -> impl Strategy<Value = RawInput> {
    (
        prop_oneof![Just("aliyun"), Just("tencent"), Just("huawei")],
        prop_oneof![Just("subscription"), Just("converted"), Just("payg")],
        0i64..(60 * 24 * 365 * 70),
        1u32..=60,
        1i64..=1_000_000_000,
        0i64..=1_000_000_000,
        prop_oneof![Just("no"), Just("yes"), Just("unsure")],
        0u32..=11,
    )
        .prop_map(
            |(policy, billing, paid, months, amount, vouchers, promo, used)| {
                let paid = at("2000-01-01T00:00") + chrono::Duration::minutes(paid);
                RawInput {
                    policy: policy.into(),
                    billing: billing.into(),
                    paid: format_input(paid),
                    months: months.to_string(),
                    amount: format_money_input(amount),
                    vouchers: format_money_input(vouchers),
                    promo: promo.into(),
                    used: used.to_string(),
                    ..RawInput::defaults()
                }
            },
        )
}

fn at_offset(raw: &RawInput, minutes: u32) -> Option<Outcome> {
    let asof = at(&raw.paid) + chrono::Duration::minutes(minutes.into());
    let raw = RawInput {
        asof: format_input(asof),
        ..raw.clone()
    };
    validate(&raw, at(NOW)).ok().map(|input| evaluate(&input))
}

proptest! {
    #[test]
    fn a_refund_never_exceeds_the_amount(raw in case(), offset in 0..MINUTES) {
        if let Some(o) = at_offset(&raw, offset) {
            let amount = p::parse_money(&raw.amount).unwrap_or(0);
            let vouchers = p::parse_money(&raw.vouchers).unwrap_or(0);
            prop_assert!(0 <= o.refund_fen && o.refund_fen <= amount, "{o:?}");
            prop_assert!(0 <= o.vouchers_returned_fen && o.vouchers_returned_fen <= vouchers);
            if o.verdict != Verdict::Full {
                prop_assert_eq!(o.vouchers_returned_fen, 0);
            }
            if o.verdict == Verdict::NotEligible {
                prop_assert_eq!(o.refund_fen, 0);
            }
        }
    }

    /// Within one verdict, a later application never gets more back.
    #[test]
    fn a_refund_never_grows_as_time_passes(raw in case(), a in 0..MINUTES, b in 0..MINUTES) {
        let (early, late) = (a.min(b), a.max(b));
        if let (Some(early), Some(late)) = (at_offset(&raw, early), at_offset(&raw, late)) {
            if early.verdict == late.verdict {
                prop_assert!(late.refund_fen <= early.refund_fen, "{early:?}\n{late:?}");
            }
            // Verdicts only move forward: full, then partial, then not eligible.
            let rank = |v: Verdict| match v {
                Verdict::Full => 0,
                Verdict::Partial => 1,
                _ => 2,
            };
            prop_assert!(rank(early.verdict) <= rank(late.verdict));
        }
    }

    /// Deadlines and ends of term are always on the profile's grid.
    #[test]
    fn derived_instants_follow_the_profile(raw in case()) {
        if let Some(o) = at_offset(&raw, 0) {
            use chrono::Timelike;
            let paid = at(&raw.paid);
            match raw.policy.as_str() {
                "tencent" => {
                    prop_assert_eq!((o.deadline.hour(), o.deadline.minute()), (0, 0));
                    prop_assert!(o.deadline > paid + chrono::Duration::hours(96));
                    prop_assert!(o.deadline <= paid + chrono::Duration::hours(120));
                }
                _ => {
                    prop_assert_eq!(o.deadline, paid + chrono::Duration::hours(120));
                    prop_assert_eq!((o.expiry.hour(), o.expiry.minute()), (0, 0));
                }
            }
        }
    }
}

#[test]
fn standing_notes_are_only_those_each_provider_publishes() {
    let late = |policy| {
        run(&[
            ("policy", policy),
            ("paid", "2026-11-25T10:00"),
            ("asof", "2026-12-05T10:00"),
            ("amount", "1200"),
        ])
    };
    let standing = |o: &Outcome| -> Vec<NoteKind> {
        kinds(o)
            .into_iter()
            .filter(|k| {
                matches!(
                    k,
                    NoteKind::Invoice
                        | NoteKind::Renewal
                        | NoteKind::MarketplaceImage
                        | NoteKind::Released
                        | NoteKind::KeepRecords
                )
            })
            .collect()
    };
    assert_eq!(
        standing(&late("aliyun")),
        [
            NoteKind::Invoice,
            NoteKind::Renewal,
            NoteKind::MarketplaceImage,
            NoteKind::Released
        ]
    );
    assert_eq!(
        standing(&late("huawei")),
        [NoteKind::Invoice, NoteKind::Renewal]
    );
    assert_eq!(
        standing(&late("tencent")),
        [],
        "T1 says nothing of invoices or renewals"
    );
    let o = late("aliyun");
    assert!(o
        .notes
        .iter()
        .all(|n| n.section.id().starts_with("aliyun-")));
    // Not eligible: no notes at all.
    assert!(run(&with(&O5, &[("used", "0"), ("promo", "yes")]))
        .notes
        .is_empty());
}

#[test]
fn the_compare_block_assumes_no_vouchers_and_no_five_day_refund_used() {
    // The article does not ask for vouchers or used refunds; a hand-built input that carries them
    // (and a month's request used) must not leak into Alibaba's answer.
    let input = validate(
        &raw(&[
            ("paid", "2026-11-25T10:00"),
            ("asof", "2026-11-28T09:00"),
            ("amount", "1200.00"),
        ]),
        at(NOW),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let hand = p::Input {
        vouchers_fen: 50_000,
        used: 5,
        requests: 7,
        ..input
    };
    let o = evaluate(&hand);
    assert_eq!(
        o.verdict,
        Verdict::Wait,
        "the article's monthly request is used"
    );
    let c = o.compare.as_deref().unwrap_or_else(|| panic!("no compare"));
    assert_eq!(attrs(c), ("full", 120_000, 0, ""));
    assert!(kinds(c)
        .iter()
        .all(|k| !matches!(k, NoteKind::VouchersNotReturned { .. })));
}

#[test]
fn notes_and_steps_carry_over_and_stay_with_their_verdicts() {
    // Wait: the notes and steps are those of the refund next month.
    let wait = run(&[
        ("paid", "2026-11-29T10:00"),
        ("asof", "2026-11-30T12:00"),
        ("amount", "500.00"),
        ("requests", "1"),
    ]);
    assert_eq!(wait.verdict, Verdict::Wait);
    assert_eq!(
        kinds(&wait),
        [NoteKind::UsesMonthlyRequest, NoteKind::KeepRecords]
    );
    assert_eq!(wait.steps, [p::Step::Console, p::Step::Phone]);
    // Not eligible for the monthly limit: what next month would have been, to explain it.
    let limit = run(&[
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-12-20T10:00"),
        ("amount", "500.00"),
        ("requests", "1"),
    ]);
    assert_eq!(limit.reason.map(|r| r.attr()), Some("monthly-limit"));
    let later = limit.later.as_deref().unwrap_or_else(|| panic!("no later"));
    assert_eq!(later.reason.map(|r| r.attr()), Some("expired"));
    // Negotiable: the article's notes.
    let negotiable = run(&[
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-11-30T10:00"),
        ("amount", "1200.00"),
    ]);
    assert_eq!(
        kinds(&negotiable),
        [NoteKind::UsesMonthlyRequest, NoteKind::KeepRecords]
    );
    // The upper-bound note belongs to a partial result only.
    let full = run(&O3);
    assert!(!kinds(&full).contains(&NoteKind::UpperBound));
    assert!(!kinds(&negotiable).contains(&NoteKind::UpperBound));
    assert!(kinds(&run(&O5)).contains(&NoteKind::UpperBound));
    // So does Huawei's unknown fee: a full refund has none.
    assert!(!kinds(&run(&O1)).contains(&NoteKind::FeeUnknown));
}

#[test]
fn each_quota_limit_is_the_profiles_own() {
    let limit = |id| p::by_id(id).map(|profile| profile.quota_limit());
    assert_eq!(
        ["article", "aliyun", "tencent", "huawei"].map(limit),
        [Some(1), Some(1), Some(1), Some(10)]
    );
}
