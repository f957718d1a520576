//! Date-time parsing (`policy::parse_datetime`) on any text: never a panic, only years
//! 2000–2099 at +08:00, and every accepted time written back as the field's form
//! (`format_input`) reads back as the same instant.
#![no_main]

use chrono::Datelike;
use rules::{beijing, format_input, parse_datetime};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(t) = parse_datetime(text) {
        assert!((2000..=2099).contains(&t.year()), "{text:?} read as {t}");
        assert_eq!(*t.offset(), beijing(), "{text:?}");
        assert_eq!(parse_datetime(&format_input(t)), Ok(t), "{text:?}");
    }
});
