//! The URL query (`query::parse`) on any text, then everything the page does with it: validate,
//! evaluate, write the URL back. Never a panic; no value longer than `MAX_VALUE_CHARS`; what the
//! page writes back (`query::build`) reads back as the same form.
#![no_main]

use rules::{Field, Lang};
use rules::query::{self, MAX_VALUE_CHARS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let q = query::parse(text);
    for field in Field::ALL {
        assert!(
            q.raw.get(field).chars().count() <= MAX_VALUE_CHARS,
            "{field:?}"
        );
    }
    if let Ok(now) = rules::parse_datetime("2026-11-28T09:00") {
        if let Ok(input) = rules::validate(&q.raw, now) {
            let outcome = rules::evaluate(&input);
            assert!(outcome.refund_fen >= 0 && outcome.refund_fen <= input.amount_fen);
            assert!(outcome.vouchers_returned_fen <= input.vouchers_fen);
        }
    }
    let lang = q.lang.unwrap_or(Lang::Zh);
    let written = query::build(&q.raw, lang, q.embed, q.origin.as_deref());
    let again = query::parse(&written);
    assert_eq!(again.raw, q.raw, "{written}");
    assert_eq!(again.lang, Some(lang));
    if q.embed {
        assert_eq!(again.origin, q.origin);
    }
});
