//! The refund rules of `shared/spec/article-rules.md` (profile `article`) and
//! `shared/spec/official-rules.md` (profiles `aliyun`, `tencent`, `huawei`), and the URL query
//! that carries their inputs, as plain Rust: chrono only, no browser, no UI.
//!
//! Pure and deterministic: no browser APIs, no clock (callers pass `now`), no floating point
//! (money is `i64` fen, times are `chrono`). Every function here is total on user-derived data:
//! bad input yields an [`ErrorKind`], never a panic.
//!
//! Flow: [`RawInput`] (the URL/form strings) → [`validate`] → [`Input`] → [`evaluate`] →
//! [`Outcome`]. Each profile is one compiled-in table ([`profile::PROFILES`]); the input names
//! its profile (`policy`).

// The promises above, checked by clippy (tests may unwrap).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::float_arithmetic
    )
)]

pub mod error;
pub mod evaluate;
pub mod input;
pub mod money;
pub mod number;
pub mod outcome;
pub mod profile;
pub mod query;
pub mod time;

pub use error::{ErrorKind, FieldError};
pub use evaluate::{compare, deadline, evaluate, expiry, time_left};
pub use input::{profile_of, validate, Billing, Field, Input, Promo, RawInput};
pub use money::{format_money, format_money_input, parse_money};
pub use outcome::{Estimate, Note, NoteKind, Outcome, PartialWhy, Reason, Step, Unit, Verdict};
pub use profile::{
    article, by_id, ByLang, Channel, Limits, Profile, PromoRule, Proration, Quota, Rule, Section,
    TermEnd, Vouchers, Window, PROFILES,
};
pub use time::{
    beijing, format_attr, format_display, format_duration, format_input, format_utc_offset,
    from_unix_millis, parse_datetime, truncate_to_minute, Instant,
};

/// Interface and guide language. `zh` is the default (the article's audience).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The URL value: `"zh"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Reads a URL value or a browser language tag: the primary subtag decides, ASCII
    /// case-insensitively, so `"zh"`, `"zh-CN"`, `"ZH-hant"` → `Zh` and `"en-GB"` → `En`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }
}
