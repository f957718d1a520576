//! Helpers the rule tests share: instants and raw inputs from text.

use rules::{parse_datetime, Field, Instant, RawInput};

/// A Beijing-time instant from `YYYY-MM-DDTHH:MM`.
pub fn at(text: &str) -> Instant {
    parse_datetime(text).unwrap_or_else(|kind| panic!("{text}: {kind:?}"))
}

/// The defaults overridden by `pairs` of URL keys and values.
pub fn raw(pairs: &[(&str, &str)]) -> RawInput {
    let mut raw = RawInput::defaults();
    for (key, value) in pairs {
        let field = Field::from_key(key).unwrap_or_else(|| panic!("no field {key}"));
        raw.set(field, (*value).to_owned());
    }
    raw
}
