//! Differential test: the cases and expected results in `oracle/cases.rs` come from
//! `oracle/gen.py`, an independent Python implementation of `shared/spec/article-rules.md` (not of
//! this crate). Regenerate them with `python3 tests/oracle/gen.py`.
#![cfg(not(target_arch = "wasm32"))]

use cloud_refund_calculator::policy::*;

type Case = (S, S, S, u32, i64, i64, u32, S, i64, S, S, S);
type S = &'static str;

include!("oracle/cases.rs");

#[test]
fn agrees_with_an_independent_implementation_of_the_rules() {
    let now = parse_datetime("2099-12-31T23:59").unwrap();
    let mut bad = 0;
    for &(b, p, a, m, am, th, rq, v, fen, dl, ea, rs) in CASES {
        let raw = RawInput {
            billing: b.into(),
            paid: p.into(),
            asof: a.into(),
            months: m.to_string(),
            amount: format_money_input(am),
            thirdparty: format_money_input(th),
            promo: "no".into(),
            requests: rq.to_string(),
        };
        let input = match validate(&raw, now, article()) {
            Ok(input) => input,
            Err(e) => {
                println!("invalid {raw:?} {e:?}");
                bad += 1;
                continue;
            }
        };
        let o = evaluate(&input, article());
        let got = (
            o.verdict.attr(),
            o.refund_fen,
            format_attr(o.deadline),
            o.earliest.map(format_attr).unwrap_or_default(),
            o.reason.map(|r| r.attr()).unwrap_or(""),
        );
        if got != (v, fen, dl.to_string(), ea.to_string(), rs) {
            println!(
                "MISMATCH {raw:?}\n  got  {got:?}\n  want {:?}",
                (v, fen, dl, ea, rs)
            );
            bad += 1;
        }
    }
    assert_eq!(bad, 0, "{bad} of {} cases disagree", CASES.len());
}
