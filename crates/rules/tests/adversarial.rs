#![cfg(not(target_arch = "wasm32"))]
//! The adversarial-input table, natively: hostile values in every field, each through the
//! URL (`query::parse`) and through typing (the string set on the form's `RawInput`), then
//! `policy::validate`. Every case ends in its documented error (message key) or its documented
//! normalisation (the canonical value `Input::to_raw` gives back); none may panic.
//!
//! The page side of the same table is `e2e/tests/hostile.spec.js`.

use rules::query::{self, MAX_VALUE_CHARS};
use rules::{self as p, parse_datetime, validate, Field, RawInput};

/// The clock for every case: later than every valid `paid` below except the "in the future" one.
const NOW: &str = "2027-01-01T00:00";

/// A valid link (public example 1): each case goes in front of it, so the case's value is the
/// first one for its key and wins (`query::parse` keeps the first value of a key).
const BASE: &str = "paid=2026-11-25T10:00&asof=2026-11-28T09:00&amount=1200";

#[derive(Debug)]
enum Expect {
    /// Valid, with these fields normalised to these canonical values (`Input::to_raw`).
    Valid(&'static [(&'static str, &'static str)]),
    /// Invalid, with exactly these `field.kind` message keys, in form order.
    Errors(&'static [&'static str]),
}
use Expect::{Errors, Valid};

/// One hostile value typed or linked into one field.
struct FieldCase {
    key: &'static str,
    value: String,
    expect: Expect,
}

fn case(key: &'static str, value: impl Into<String>, expect: Expect) -> FieldCase {
    FieldCase {
        key,
        value: value.into(),
        expect,
    }
}

/// What validation made of `raw`, compared with `expect`; `Err` describes the mismatch.
fn check(raw: &RawInput, expect: &Expect) -> Result<(), String> {
    let now = parse_datetime(NOW).map_err(|e| format!("bad NOW: {e:?}"))?;
    match (validate(raw, now), expect) {
        (Ok(input), Valid(fields)) => {
            let canonical = input.to_raw();
            for (key, want) in *fields {
                let field = Field::from_key(key).ok_or(format!("no field {key}"))?;
                let got = canonical.get(field);
                if got != *want {
                    return Err(format!("{key} normalised to {got:?}, expected {want:?}"));
                }
            }
            Ok(())
        }
        (Err(errors), Errors(keys)) => {
            let got: Vec<String> = errors.iter().map(|e| e.message_key()).collect();
            if got == *keys {
                Ok(())
            } else {
                Err(format!("errors {got:?}, expected {keys:?}"))
            }
        }
        (Ok(input), Errors(_)) => Err(format!("accepted as {input:?}")),
        (Err(errors), Valid(_)) => Err(format!("rejected: {errors:?}")),
    }
}

fn shown(value: &str) -> String {
    let head: String = value.chars().take(40).collect();
    match value.chars().count() {
        n if n > 40 => format!("{head:?}… ({n} chars)"),
        _ => format!("{head:?}"),
    }
}

const IMG: &str = "<img src=x onerror=alert(1)>";
const SVG: &str = "\"><svg onload=alert(1)>";
const SCRIPT: &str = "<script>window.__xss=1</script>";
const DIGITS_25: &str = "1234567890123456789012345";

fn field_cases() -> Vec<FieldCase> {
    let nines = "9".repeat(10_000);
    let letters = "x".repeat(10_000);
    let mixed = "元¥é中<".repeat(2_000);
    vec![
        // amount: required, 0.01 – 10,000,000.00, at most 2 decimals
        case("amount", "", Errors(&["amount.required"])),
        case("amount", "   ", Errors(&["amount.required"])),
        case("amount", "\u{3000}", Errors(&["amount.required"])),
        case("amount", "¥", Errors(&["amount.required"])),
        case("amount", "１２００", Valid(&[("amount", "1200.00")])),
        case(
            "amount",
            "１，２００．５０",
            Valid(&[("amount", "1200.50")]),
        ),
        case("amount", "￥１２００元", Valid(&[("amount", "1200.00")])),
        case("amount", " 1,200.5 ", Valid(&[("amount", "1200.50")])),
        case("amount", DIGITS_25, Errors(&["amount.too-large"])),
        case("amount", nines.clone(), Errors(&["amount.too-large"])),
        case("amount", letters.clone(), Errors(&["amount.not-a-number"])),
        case("amount", "-1200", Errors(&["amount.negative"])),
        case("amount", "－１２００", Errors(&["amount.negative"])),
        case("amount", "-0", Errors(&["amount.negative"])),
        case("amount", "1e9", Errors(&["amount.exponent"])),
        case("amount", "NaN", Errors(&["amount.not-finite"])),
        case("amount", "Infinity", Errors(&["amount.not-finite"])),
        case("amount", "0x10", Errors(&["amount.not-a-number"])),
        case("amount", "+1200", Errors(&["amount.not-a-number"])),
        case("amount", "12,00", Errors(&["amount.not-a-number"])),
        case("amount", "1 200", Errors(&["amount.not-a-number"])),
        case("amount", "0", Errors(&["amount.too-small"])),
        case("amount", "10000000.01", Errors(&["amount.too-large"])),
        case("amount", "1200.001", Errors(&["amount.too-many-decimals"])),
        case("amount", IMG, Errors(&["amount.not-a-number"])),
        case("amount", SVG, Errors(&["amount.not-a-number"])),
        case("amount", "\0", Errors(&["amount.not-a-number"])),
        case("amount", "\u{202E}1200", Errors(&["amount.not-a-number"])),
        // thirdparty: optional (blank is 0), 0 – amount
        case("thirdparty", "", Valid(&[("thirdparty", "0.00")])),
        case("thirdparty", "  ", Valid(&[("thirdparty", "0.00")])),
        case("thirdparty", "１００", Valid(&[("thirdparty", "100.00")])),
        case(
            "thirdparty",
            "1200.01",
            Errors(&["thirdparty.more-than-amount"]),
        ),
        case("thirdparty", "-1", Errors(&["thirdparty.negative"])),
        case("thirdparty", "Infinity", Errors(&["thirdparty.not-finite"])),
        case("thirdparty", DIGITS_25, Errors(&["thirdparty.too-large"])),
        case("thirdparty", SCRIPT, Errors(&["thirdparty.not-a-number"])),
        // months: optional (blank is 1), whole number 1–60
        case("months", "", Valid(&[("months", "1")])),
        case("months", " \u{3000} ", Valid(&[("months", "1")])),
        case("months", "１２", Valid(&[("months", "12")])),
        case("months", "0", Errors(&["months.too-small"])),
        case("months", "61", Errors(&["months.too-large"])),
        case("months", "1.5", Errors(&["months.not-whole-number"])),
        case("months", "NaN", Errors(&["months.not-finite"])),
        case("months", "0x10", Errors(&["months.not-a-number"])),
        case("months", "1e1", Errors(&["months.exponent"])),
        case("months", "-1", Errors(&["months.negative"])),
        case("months", DIGITS_25, Errors(&["months.too-large"])),
        case("months", nines.clone(), Errors(&["months.too-large"])),
        // requests: optional (blank is 0), whole number 0–99
        case("requests", "", Valid(&[("requests", "0")])),
        case("requests", "100", Errors(&["requests.too-large"])),
        case("requests", "-1", Errors(&["requests.negative"])),
        case("requests", "1e9", Errors(&["requests.exponent"])),
        case("requests", "Infinity", Errors(&["requests.not-finite"])),
        case("requests", SCRIPT, Errors(&["requests.not-a-number"])),
        // paid: required, YYYY-MM-DDTHH:MM, years 2000–2099
        case("paid", "", Errors(&["paid.required"])),
        case("paid", "   ", Errors(&["paid.required"])),
        case(
            "paid",
            "2026-02-30T10:00",
            Errors(&["paid.not-a-real-date"]),
        ),
        case(
            "paid",
            "2026-13-01T10:00",
            Errors(&["paid.not-a-real-date"]),
        ),
        case(
            "paid",
            "2026-11-25T24:00",
            Errors(&["paid.not-a-real-date"]),
        ),
        case(
            "paid",
            "1999-12-31T23:59",
            Errors(&["paid.year-out-of-range"]),
        ),
        case(
            "paid",
            "2100-01-01T00:00",
            Errors(&["paid.year-out-of-range"]),
        ),
        case(
            "paid",
            "２０２６-１１-２５T１０:００",
            Errors(&["paid.bad-date-format"]),
        ),
        case(
            "paid",
            "2026/11/25 10:00",
            Errors(&["paid.bad-date-format"]),
        ),
        case(
            "paid",
            " 2026-11-25 10:00 ",
            Valid(&[("paid", "2026-11-25T10:00")]),
        ),
        case(
            "paid",
            "2026-11-25T10:00:00",
            Valid(&[("paid", "2026-11-25T10:00")]),
        ),
        case("paid", IMG, Errors(&["paid.bad-date-format"])),
        case("paid", mixed.clone(), Errors(&["paid.bad-date-format"])),
        // application before payment: the error is on asof
        case("paid", "2026-11-28T09:01", Errors(&["asof.before-paid"])),
        // asof: optional (blank is now), not before paid
        case("asof", "", Valid(&[("asof", "")])),
        case("asof", "2026-11-25T09:59", Errors(&["asof.before-paid"])),
        case(
            "asof",
            "2026-11-25T10:00",
            Valid(&[("asof", "2026-11-25T10:00")]),
        ),
        case(
            "asof",
            "2026-02-30T10:00",
            Errors(&["asof.not-a-real-date"]),
        ),
        case(
            "asof",
            "2100-01-01T00:00",
            Errors(&["asof.year-out-of-range"]),
        ),
        case("asof", SVG, Errors(&["asof.bad-date-format"])),
        // billing and promo: one of the listed options, trimmed, any ASCII case
        case("billing", "", Valid(&[("billing", "subscription")])),
        case("billing", " PAYG ", Valid(&[("billing", "payg")])),
        case("billing", "weekly", Errors(&["billing.unknown-option"])),
        case("billing", "包年包月", Errors(&["billing.unknown-option"])),
        case("billing", SVG, Errors(&["billing.unknown-option"])),
        case("promo", "UNSURE", Valid(&[("promo", "unsure")])),
        case("promo", IMG, Errors(&["promo.unknown-option"])),
        case("promo", mixed, Errors(&["promo.unknown-option"])),
        // policy: one of the profiles, trimmed, any ASCII case; blank is the article
        case("policy", "", Valid(&[("policy", "article")])),
        case("policy", " Tencent ", Valid(&[("policy", "tencent")])),
        case("policy", "HUAWEI", Valid(&[("policy", "huawei")])),
        case("policy", "azure", Errors(&["policy.unknown-option"])),
        case("policy", "阿里云", Errors(&["policy.unknown-option"])),
        case("policy", SCRIPT, Errors(&["policy.unknown-option"])),
        // vouchers and used (read by the providers' profiles, so these run under `aliyun`)
        case("vouchers", "", Valid(&[("vouchers", "0.00")])),
        case("vouchers", "１００", Valid(&[("vouchers", "100.00")])),
        case("vouchers", "5000", Valid(&[("vouchers", "5000.00")])),
        case("vouchers", "-1", Errors(&["vouchers.negative"])),
        case("vouchers", "1.001", Errors(&["vouchers.too-many-decimals"])),
        case("vouchers", "10000000.01", Errors(&["vouchers.too-large"])),
        case("vouchers", IMG, Errors(&["vouchers.not-a-number"])),
        case("used", "", Valid(&[("used", "0")])),
        case("used", "１", Valid(&[("used", "1")])),
        case("used", "100", Errors(&["used.too-large"])),
        case("used", "0.5", Errors(&["used.not-whole-number"])),
        case("used", SVG, Errors(&["used.not-a-number"])),
    ]
}

/// The profile a case runs under: the providers' fields need a provider.
fn policy_for(key: &str) -> &'static str {
    match key {
        "vouchers" | "used" => "aliyun",
        _ => "article",
    }
}

#[test]
fn hostile_values_typed_into_each_field() {
    let base = query::parse(BASE).raw;
    let mut failures = Vec::new();
    for c in field_cases() {
        let mut typed = base.clone();
        typed.policy = policy_for(c.key).into();
        let field = Field::from_key(c.key).expect("the table uses URL keys");
        typed.set(field, c.value.clone());
        if let Err(why) = check(&typed, &c.expect) {
            failures.push(format!("typed {}={}: {why}", c.key, shown(&c.value)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hostile_values_linked_into_each_field() {
    let mut failures = Vec::new();
    for c in field_cases() {
        let link = format!(
            "?{}={}&policy={}&{BASE}",
            c.key,
            query::encode(&c.value),
            policy_for(c.key)
        );
        let parsed = query::parse(&link);
        if !parsed.has_inputs {
            failures.push(format!("link {}: not seen as inputs", c.key));
        }
        if let Err(why) = check(&parsed.raw, &c.expect) {
            failures.push(format!("link {}={}: {why}", c.key, shown(&c.value)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_is_big_enough_and_covers_every_field() {
    let cases = field_cases();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    for field in Field::ALL {
        assert!(
            cases.iter().filter(|c| c.key == field.key()).count() >= 3,
            "{field:?}"
        );
    }
}

/// A whole hostile query (put in front of [`BASE`]): its outcome and what the named fields
/// show in the form (`RawInput` after parsing), so that nothing the link gave is hidden or
/// silently changed except by a documented rule.
struct LinkCase {
    query: String,
    expect: Expect,
    shows: &'static [(&'static str, &'static str)],
}

fn link(query: impl Into<String>, expect: Expect, shows: &'static [(&str, &str)]) -> LinkCase {
    LinkCase {
        query: query.into(),
        expect,
        shows,
    }
}

fn link_cases() -> Vec<LinkCase> {
    let long = "9".repeat(10_000);
    // A long value is cut to MAX_VALUE_CHARS and what is left is validated (documented): here
    // the cut removes the trailing garbage and the amount reads as 1 yuan.
    let padded = format!("amount=1{}x", "+".repeat(MAX_VALUE_CHARS));
    vec![
        // a key given twice: the first value wins, even an empty one
        link(
            "amount=1&amount=2",
            Valid(&[("amount", "1.00")]),
            &[("amount", "1")],
        ),
        link(
            "amount=&amount=5",
            Errors(&["amount.required"]),
            &[("amount", "")],
        ),
        link("amount", Errors(&["amount.required"]), &[("amount", "")]),
        // unknown keys, and keys in another case, are ignored
        link(
            "foo=bar&__proto__=x&constructor=1&AMOUNT=5&x%3Cimg%3E=1",
            Valid(&[("amount", "1200.00")]),
            &[],
        ),
        link("=5&&&amount=7", Valid(&[("amount", "7.00")]), &[]),
        // keys are percent-decoded like values
        link("amou%6Et=5", Valid(&[("amount", "5.00")]), &[]),
        // broken percent-encoding is kept as it came (or U+FFFD) and reported
        link(
            "amount=%zz",
            Errors(&["amount.not-a-number"]),
            &[("amount", "%zz")],
        ),
        link(
            "amount=12%",
            Errors(&["amount.not-a-number"]),
            &[("amount", "12%")],
        ),
        link(
            "amount=%",
            Errors(&["amount.not-a-number"]),
            &[("amount", "%")],
        ),
        link(
            "amount=%E4%BD",
            Errors(&["amount.not-a-number"]),
            &[("amount", "\u{FFFD}")],
        ),
        link(
            "amount=%C0%80",
            Errors(&["amount.not-a-number"]),
            &[("amount", "\u{FFFD}\u{FFFD}")],
        ),
        link(
            "paid=2026-11-25T10%3",
            Errors(&["paid.bad-date-format"]),
            &[("paid", "2026-11-25T10%3")],
        ),
        // `+` is a space, `%2B` a plus sign
        link(
            "amount=+1200+",
            Valid(&[("amount", "1200.00")]),
            &[("amount", " 1200 ")],
        ),
        link(
            "amount=%2B1200",
            Errors(&["amount.not-a-number"]),
            &[("amount", "+1200")],
        ),
        link("amount=1%2C200%2E50", Valid(&[("amount", "1200.50")]), &[]),
        // markup arrives as text in the field, never as markup
        link(
            "amount=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            Errors(&["amount.not-a-number"]),
            &[("amount", IMG)],
        ),
        link(
            "billing=%22%3E%3Csvg%20onload%3Dalert(1)%3E",
            Errors(&["billing.unknown-option"]),
            &[("billing", SVG)],
        ),
        // a blank value keeps the field's default; an accepted option or date-time is shown in
        // its canonical form (a radio button checked, a value a date picker can hold)
        link(
            "months=%20%20",
            Valid(&[("months", "1")]),
            &[("months", "1")],
        ),
        link(
            "billing=",
            Valid(&[("billing", "subscription")]),
            &[("billing", "subscription")],
        ),
        link(
            "billing=%20PAYG%20",
            Valid(&[("billing", "payg")]),
            &[("billing", "payg")],
        ),
        link("promo=Yes", Valid(&[("promo", "yes")]), &[("promo", "yes")]),
        link(
            "paid=+2026-11-25+10:00+",
            Valid(&[("paid", "2026-11-25T10:00")]),
            &[("paid", "2026-11-25T10:00")],
        ),
        link(
            "asof=2026-11-28t09%3A00%3A00",
            Valid(&[("asof", "2026-11-28T09:00")]),
            &[("asof", "2026-11-28T09:00")],
        ),
        link(
            "paid=2026-02-30T10:00",
            Errors(&["paid.not-a-real-date"]),
            &[("paid", "2026-02-30T10:00")],
        ),
        // the payment later than now while the application time is now
        link(
            "paid=2027-06-01T00:00&asof=",
            Errors(&["paid.in-future"]),
            &[("asof", "")],
        ),
        // a key the profile does not read is ignored, even when invalid, and kept for a switch
        link(
            "policy=tencent&thirdparty=abc&requests=-1",
            Valid(&[("policy", "tencent"), ("thirdparty", "0.00")]),
            &[("thirdparty", "abc"), ("requests", "-1")],
        ),
        link(
            "vouchers=abc&used=x",
            Valid(&[("vouchers", "0.00"), ("used", "0")]),
            &[("vouchers", "abc"), ("used", "x")],
        ),
        link(
            "policy=%20Aliyun&used=%EF%BC%91",
            Valid(&[("policy", "aliyun"), ("used", "1")]),
            &[("policy", "aliyun"), ("used", "１")],
        ),
        link(
            "policy=azure&thirdparty=abc",
            Errors(&["policy.unknown-option", "thirdparty.not-a-number"]),
            &[("policy", "azure")],
        ),
        // 10,000 characters: cut to MAX_VALUE_CHARS, then validated
        link(format!("amount={long}"), Errors(&["amount.too-large"]), &[]),
        link(padded, Valid(&[("amount", "1.00")]), &[]),
    ]
}

#[test]
fn hostile_links() {
    let mut failures = Vec::new();
    for c in link_cases() {
        let parsed = query::parse(&format!("?{}&{BASE}", c.query));
        let name = shown(&c.query);
        if let Err(why) = check(&parsed.raw, &c.expect) {
            failures.push(format!("link {name}: {why}"));
        }
        for (key, want) in c.shows {
            let field = Field::from_key(key).expect("the table uses URL keys");
            let got = parsed.raw.get(field);
            if got != *want {
                failures.push(format!(
                    "link {name}: {key} shows {got:?}, expected {want:?}"
                ));
            }
        }
        let longest = Field::ALL
            .iter()
            .map(|f| parsed.raw.get(*f).chars().count())
            .max();
        if longest > Some(MAX_VALUE_CHARS) {
            failures.push(format!(
                "link {name}: a value longer than {MAX_VALUE_CHARS}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The page keys are as forgiving: a hostile value is ignored, never half-used.
#[test]
fn hostile_page_keys_are_ignored() {
    let q = query::parse("?lang=%3Cscript%3E&embed=yes&origin=javascript:alert(1)&amount=1");
    assert_eq!((q.lang, q.embed, q.origin), (None, false, None));
    let q = query::parse("?lang=EN&lang=zh&embed=1&origin=https://a.example/%22%3E%3Csvg%3E");
    assert_eq!(q.lang, Some(p::Lang::En), "first value wins, any case");
    assert!(q.embed);
    assert_eq!(q.origin, None, "an origin with a path is refused");
    for bad in [
        "https://user@a.example",
        "https://a.example:0x50",
        "https://a.example#x",
    ] {
        assert_eq!(
            query::parse(&format!("?origin={bad}")).origin,
            None,
            "{bad}"
        );
    }
    assert!(!query::parse("?lang=en&embed=1&policy=x").has_inputs);
}

/// What the page writes back into the address bar reads back as the same form, whatever was
/// typed: the round trip is what keeps the inputs alive across a reload or a crash.
#[test]
fn typed_hostile_values_survive_the_url_round_trip() {
    let base = query::parse(BASE).raw;
    for c in field_cases() {
        if c.value.chars().count() > MAX_VALUE_CHARS || c.value.trim().is_empty() {
            continue; // cut / blank-to-default by documented rules, covered above
        }
        let mut typed = base.clone();
        typed.policy = policy_for(c.key).into();
        let field = Field::from_key(c.key).expect("the table uses URL keys");
        typed.set(field, c.value.clone());
        let written = query::build(&typed, p::Lang::Zh, false, None);
        let read = query::parse(&written).raw;
        let expected_value = match field {
            // accepted options and date-times come back in their canonical form
            Field::Billing => {
                p::Billing::from_key(&c.value).map_or(c.value.clone(), |b| b.key().to_owned())
            }
            Field::Promo => {
                p::Promo::from_key(&c.value).map_or(c.value.clone(), |b| b.key().to_owned())
            }
            Field::Policy => p::profile_of(&c.value).map_or(c.value.clone(), |p| p.id.to_owned()),
            Field::Paid | Field::Asof => {
                parse_datetime(&c.value).map_or(c.value.clone(), p::format_input)
            }
            _ => c.value.clone(),
        };
        assert_eq!(
            read.get(field),
            expected_value,
            "{}={}",
            c.key,
            shown(&c.value)
        );
    }
}
