//! Why an input was rejected. Each kind is one actionable cause; the UI's i18n table maps
//! [`FieldError::message_key`] (e.g. `"amount.too-many-decimals"`) to a zh/en sentence that
//! says what to type instead.

use super::input::Field;

/// One cause of rejection. [`ErrorKind::key`] is the stable message key.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum ErrorKind {
    /// Empty (or only spaces / a currency sign) where a value is required.
    Required,
    /// Not a number: letters, stray symbols, `0x10`, a misplaced thousands comma (`12,50`).
    NotANumber,
    /// Has a minus sign.
    Negative,
    /// Money with more than 2 decimals (`1.234`, also `1.230`).
    TooManyDecimals,
    /// Scientific notation such as `1e3`.
    Exponent,
    /// `NaN`, `inf`, `Infinity`.
    NotFinite,
    /// Below the field's minimum (amount 0, months 0).
    TooSmall,
    /// Above the field's maximum, including numbers too long to hold.
    TooLarge,
    /// A count with a fraction (`1.5`, `2.0`).
    NotWholeNumber,
    /// A time not in the form `YYYY-MM-DDTHH:MM`.
    BadDateFormat,
    /// The form is right but the date or time of day does not exist (`2026-02-30`,
    /// `2026-13-01`, `24:00`).
    NotARealDate,
    /// A year outside the profile's range (2000–2099).
    YearOutOfRange,
    /// The application time is before the payment time.
    BeforePaid,
    /// The payment time is later than now while the application time is "now" (empty).
    InFuture,
    /// Third-party costs larger than the amount paid.
    MoreThanAmount,
    /// Not one of the listed options (billing, promo).
    UnknownOption,
}

impl ErrorKind {
    /// Every kind, for tables and tests.
    pub const ALL: [ErrorKind; 16] = [
        ErrorKind::Required,
        ErrorKind::NotANumber,
        ErrorKind::Negative,
        ErrorKind::TooManyDecimals,
        ErrorKind::Exponent,
        ErrorKind::NotFinite,
        ErrorKind::TooSmall,
        ErrorKind::TooLarge,
        ErrorKind::NotWholeNumber,
        ErrorKind::BadDateFormat,
        ErrorKind::NotARealDate,
        ErrorKind::YearOutOfRange,
        ErrorKind::BeforePaid,
        ErrorKind::InFuture,
        ErrorKind::MoreThanAmount,
        ErrorKind::UnknownOption,
    ];

    /// Stable kebab-case message key.
    pub fn key(self) -> &'static str {
        match self {
            ErrorKind::Required => "required",
            ErrorKind::NotANumber => "not-a-number",
            ErrorKind::Negative => "negative",
            ErrorKind::TooManyDecimals => "too-many-decimals",
            ErrorKind::Exponent => "exponent",
            ErrorKind::NotFinite => "not-finite",
            ErrorKind::TooSmall => "too-small",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::NotWholeNumber => "not-whole-number",
            ErrorKind::BadDateFormat => "bad-date-format",
            ErrorKind::NotARealDate => "not-a-real-date",
            ErrorKind::YearOutOfRange => "year-out-of-range",
            ErrorKind::BeforePaid => "before-paid",
            ErrorKind::InFuture => "in-future",
            ErrorKind::MoreThanAmount => "more-than-amount",
            ErrorKind::UnknownOption => "unknown-option",
        }
    }
}

/// A rejected field and why. [`super::validate`] returns at most one per field.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct FieldError {
    pub field: Field,
    pub kind: ErrorKind,
}

impl FieldError {
    /// `"<url key>.<kind key>"`, e.g. `"amount.too-many-decimals"`.
    pub fn message_key(&self) -> String {
        format!("{}.{}", self.field.key(), self.kind.key())
    }
}
