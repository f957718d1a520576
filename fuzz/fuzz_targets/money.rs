//! Money and count parsing (`policy::parse_money`, `policy::number::parse_count`) on any text:
//! never a panic or an overflow, never a negative amount, and every amount the page writes
//! (`format_money_input`, for fields and the URL; `format_money`, for display) reads back as itself.
#![no_main]

use rules::{
    format_money, format_money_input, number, parse_money, Lang,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(fen) = parse_money(text) {
        assert!(fen >= 0, "{text:?} read as {fen}");
        assert_eq!(parse_money(&format_money_input(fen)), Ok(fen), "{text:?}");
        assert_eq!(
            parse_money(&format_money(fen, Lang::Zh)),
            Ok(fen),
            "{text:?}"
        );
    }
    if let Ok(count) = number::parse_count(text, 1, 60) {
        assert!((1..=60).contains(&count), "{text:?} read as {count}");
        assert_eq!(number::parse_count(&count.to_string(), 1, 60), Ok(count));
    }
});
