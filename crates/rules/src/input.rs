//! The calculator's inputs: as typed ([`RawInput`], strings under the URL keys) and as
//! validated ([`Input`]), with [`validate`] the only way from one to the other.

use super::error::ErrorKind;
pub use super::error::FieldError;
use super::money::{format_money_input, parse_money};
use super::number::{check_range, parse_count};
use super::profile::{article, Profile, PROFILES};
use super::time::{format_input, parse_datetime_in, truncate_to_minute, Instant};

/// The inputs as strings, exactly as in the form or the URL query.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct RawInput {
    pub policy: String,
    pub billing: String,
    pub paid: String,
    pub asof: String,
    pub months: String,
    pub amount: String,
    pub vouchers: String,
    pub thirdparty: String,
    pub promo: String,
    pub requests: String,
    pub used: String,
}

/// An input field, named by its URL key.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Field {
    /// Which rule set (profile) to apply.
    Policy,
    Billing,
    Paid,
    Asof,
    Months,
    Amount,
    Vouchers,
    Thirdparty,
    Promo,
    Requests,
    Used,
}

impl Field {
    /// In form order; also the order of [`validate`]'s errors.
    pub const ALL: [Field; 11] = [
        Field::Policy,
        Field::Billing,
        Field::Paid,
        Field::Asof,
        Field::Months,
        Field::Amount,
        Field::Vouchers,
        Field::Thirdparty,
        Field::Promo,
        Field::Requests,
        Field::Used,
    ];

    /// The URL key, also the `error-KEY` test id.
    pub fn key(self) -> &'static str {
        match self {
            Field::Policy => "policy",
            Field::Billing => "billing",
            Field::Paid => "paid",
            Field::Asof => "asof",
            Field::Months => "months",
            Field::Amount => "amount",
            Field::Thirdparty => "thirdparty",
            Field::Promo => "promo",
            Field::Requests => "requests",
            Field::Vouchers => "vouchers",
            Field::Used => "used",
        }
    }

    /// Exact match on the URL key (unknown keys are for the caller to ignore).
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.key() == key)
    }
}

impl RawInput {
    /// The spec's defaults: policy `article`, billing `subscription`, months `1`, thirdparty,
    /// vouchers `0`, promo `no`, requests and used `0`; paid, asof and amount empty (asof empty
    /// means "now").
    pub fn defaults() -> RawInput {
        RawInput {
            policy: article().id.into(),
            vouchers: "0".into(),
            used: "0".into(),
            billing: Billing::Subscription.key().into(),
            months: "1".into(),
            thirdparty: "0".into(),
            promo: Promo::No.key().into(),
            requests: "0".into(),
            ..RawInput::default()
        }
    }

    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Policy => &self.policy,
            Field::Billing => &self.billing,
            Field::Paid => &self.paid,
            Field::Asof => &self.asof,
            Field::Months => &self.months,
            Field::Amount => &self.amount,
            Field::Thirdparty => &self.thirdparty,
            Field::Promo => &self.promo,
            Field::Requests => &self.requests,
            Field::Vouchers => &self.vouchers,
            Field::Used => &self.used,
        }
    }

    pub fn set(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::Policy => &mut self.policy,
            Field::Billing => &mut self.billing,
            Field::Paid => &mut self.paid,
            Field::Asof => &mut self.asof,
            Field::Months => &mut self.months,
            Field::Amount => &mut self.amount,
            Field::Thirdparty => &mut self.thirdparty,
            Field::Promo => &mut self.promo,
            Field::Requests => &mut self.requests,
            Field::Vouchers => &mut self.vouchers,
            Field::Used => &mut self.used,
        };
        *slot = value;
    }
}

/// Declares an option enum with its URL keys; `from_key` trims and ignores ASCII case.
macro_rules! options {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                let key = key.trim();
                $name::ALL.iter().copied().find(|option| key.eq_ignore_ascii_case(option.key()))
            }
        }
    };
}

options!(
    /// How the server is billed.
    Billing {
        /// 包年包月
        Subscription = "subscription",
        /// 按量付费转包年包月
        Converted = "converted",
        /// 按量付费
        Payg = "payg",
    }
);

options!(
    /// Whether it was bought in a special promotion.
    Promo { No = "no", Yes = "yes", Unsure = "unsure" }
);

/// Valid inputs. Build it with [`validate`]; [`super::evaluate`] stays total (never panics) even
/// on hand-built values outside the profile's ranges. Fields the profile does not read hold their
/// defaults (0, `no`), so every rule can use every field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Input {
    /// The rule set that reads and decides this order.
    pub profile: &'static Profile,
    pub billing: Billing,
    pub paid: Instant,
    pub asof: Instant,
    /// `asof` was left empty and is the current time.
    pub asof_is_now: bool,
    pub months: u32,
    pub amount_fen: i64,
    /// Paid with vouchers or coupons, not included in `amount`.
    pub vouchers_fen: i64,
    pub third_party_fen: i64,
    pub promo: Promo,
    /// Refund requests the account already made in `asof`'s calendar month.
    pub requests: u32,
    /// Five-day full refunds already used that count against this order's quota.
    pub used: u32,
}

impl Input {
    /// The canonical strings for the form and the URL (`asof` empty when it is "now").
    pub fn to_raw(&self) -> RawInput {
        RawInput {
            policy: self.profile.id.into(),
            billing: self.billing.key().into(),
            paid: format_input(self.paid),
            asof: if self.asof_is_now {
                String::new()
            } else {
                format_input(self.asof)
            },
            months: self.months.to_string(),
            amount: format_money_input(self.amount_fen),
            vouchers: format_money_input(self.vouchers_fen),
            thirdparty: format_money_input(self.third_party_fen),
            promo: self.promo.key().into(),
            requests: self.requests.to_string(),
            used: self.used.to_string(),
        }
    }
}

/// The profile a typed or linked `policy` value names: trimmed, ASCII case ignored; empty means
/// the default. `None` for anything else.
pub fn profile_of(policy: &str) -> Option<&'static Profile> {
    let policy = policy.trim();
    if policy.is_empty() {
        return Some(article());
    }
    PROFILES
        .into_iter()
        .find(|profile| policy.eq_ignore_ascii_case(profile.id))
}

/// Checks every field the chosen profile reads and returns the valid input, or the errors in
/// [`Field::ALL`] order, at most one per field.
///
/// - `policy` picks the profile (empty: `article`); an unknown value is `UnknownOption` on
///   `policy`, and the other fields are still checked, against `article`.
/// - Fields the profile does not read are ignored, whatever they hold, and take their defaults.
/// - `paid` and `amount` are required (empty → `Required`).
/// - Empty optional fields take the values of [`RawInput::defaults`] (billing `subscription`,
///   months 1, money 0, promo `no`, counts 0), so `?paid=…&amount=…` is a complete link.
/// - Empty `asof` is `now` cut to the minute, at the profile's offset (`asof_is_now`). A `paid`
///   later than that is `InFuture` on `paid`, since there is no `asof` to correct.
/// - A typed `asof` before `paid` is `BeforePaid` on `asof`.
/// - `thirdparty` is range-checked like an amount (from 0); over a valid `amount` it is
///   `MoreThanAmount` on `thirdparty`. `vouchers` is range-checked from 0.
/// - Option values (policy, billing, promo) are matched after trimming, ignoring ASCII case.
pub fn validate(raw: &RawInput, now: Instant) -> Result<Input, Vec<FieldError>> {
    let chosen = profile_of(&raw.policy).ok_or(ErrorKind::UnknownOption);
    let profile = chosen.unwrap_or_else(|_| article());
    let defaults = RawInput::defaults();
    let text = |field: Field| {
        if profile.reads(field) {
            or_default(raw.get(field), defaults.get(field))
        } else {
            defaults.get(field)
        }
    };
    let datetime = |text: &str| parse_datetime_in(text, profile.offset(), profile.years());
    let money = |text: &str, min: i64| {
        parse_money(text).and_then(|fen| check_range(fen, min, profile.limits.amount_max_fen))
    };

    let billing = Billing::from_key(text(Field::Billing)).ok_or(ErrorKind::UnknownOption);
    let paid = datetime(&raw.paid);
    let asof_is_now = raw.asof.trim().is_empty();
    let (paid, asof) = if asof_is_now {
        let now = truncate_to_minute(now.with_timezone(&profile.offset()));
        let paid = paid.and_then(|paid| not_after(paid, now, ErrorKind::InFuture));
        (paid, Ok(now))
    } else {
        let asof = datetime(&raw.asof).and_then(|asof| match paid {
            Ok(paid) => not_after(paid, asof, ErrorKind::BeforePaid).map(|_| asof),
            Err(_) => Ok(asof),
        });
        (paid, asof)
    };
    let months = parse_count(
        text(Field::Months),
        profile.limits.months_min,
        profile.limits.months_max,
    );
    let amount = money(&raw.amount, profile.limits.amount_min_fen);
    let vouchers = money(text(Field::Vouchers), 0);
    let third_party = money(text(Field::Thirdparty), 0).and_then(|fen| match amount {
        Ok(amount) => not_after(fen, amount, ErrorKind::MoreThanAmount),
        Err(_) => Ok(fen),
    });
    let promo = Promo::from_key(text(Field::Promo)).ok_or(ErrorKind::UnknownOption);
    let requests = parse_count(text(Field::Requests), 0, profile.limits.count_max);
    let used = parse_count(text(Field::Used), 0, profile.limits.count_max);

    match (
        chosen,
        billing,
        paid,
        asof,
        months,
        amount,
        vouchers,
        third_party,
        promo,
        requests,
        used,
    ) {
        (
            Ok(profile),
            Ok(billing),
            Ok(paid),
            Ok(asof),
            Ok(months),
            Ok(amount_fen),
            Ok(vouchers_fen),
            Ok(third_party_fen),
            Ok(promo),
            Ok(requests),
            Ok(used),
        ) => Ok(Input {
            profile,
            billing,
            paid,
            asof,
            asof_is_now,
            months,
            amount_fen,
            vouchers_fen,
            third_party_fen,
            promo,
            requests,
            used,
        }),
        _ => Err([
            (Field::Policy, chosen.err()),
            (Field::Billing, billing.err()),
            (Field::Paid, paid.err()),
            (Field::Asof, asof.err()),
            (Field::Months, months.err()),
            (Field::Amount, amount.err()),
            (Field::Vouchers, vouchers.err()),
            (Field::Thirdparty, third_party.err()),
            (Field::Promo, promo.err()),
            (Field::Requests, requests.err()),
            (Field::Used, used.err()),
        ]
        .into_iter()
        .filter_map(|(field, kind)| Some(FieldError { field, kind: kind? }))
        .collect()),
    }
}

fn or_default<'a>(typed: &'a str, default: &'a str) -> &'a str {
    if typed.trim().is_empty() {
        default
    } else {
        typed
    }
}

/// `Ok(value)` unless it is greater (later) than `limit`.
fn not_after<T: PartialOrd>(value: T, limit: T, kind: ErrorKind) -> Result<T, ErrorKind> {
    if value > limit {
        Err(kind)
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::super::profile::article;
    use super::super::time::parse_datetime;
    use super::*;
    use chrono::Timelike;

    fn at(text: &str) -> Instant {
        parse_datetime(text).unwrap_or_else(|kind| panic!("{text}: {kind:?}"))
    }

    fn errors(raw: &RawInput, now: &str) -> Vec<String> {
        match validate(raw, at(now)) {
            Ok(input) => panic!("accepted {input:?}"),
            Err(errors) => errors.iter().map(FieldError::message_key).collect(),
        }
    }

    fn short_link() -> RawInput {
        RawInput {
            paid: "2026-11-25T10:00".into(),
            amount: "1200".into(),
            ..RawInput::default()
        }
    }

    #[test]
    fn empty_optionals_take_defaults_and_empty_asof_is_now() {
        let now = at("2026-11-28T09:00")
            .with_second(30)
            .unwrap_or_else(|| at("2000-01-01T00:00"));
        let input = validate(&short_link(), now);
        let expected = Input {
            profile: article(),
            vouchers_fen: 0,
            used: 0,
            billing: Billing::Subscription,
            paid: at("2026-11-25T10:00"),
            asof: at("2026-11-28T09:00"),
            asof_is_now: true,
            months: 1,
            amount_fen: 120_000,
            third_party_fen: 0,
            promo: Promo::No,
            requests: 0,
        };
        assert_eq!(input, Ok(expected));
        assert_eq!(expected.to_raw().asof, "");
        let round_trip = validate(&expected.to_raw(), now);
        assert_eq!(round_trip, Ok(expected));
    }

    #[test]
    fn errors_come_in_form_order_one_per_field() {
        let raw = RawInput {
            policy: "article".into(),
            vouchers: "x".into(),
            used: "y".into(),
            billing: "weekly".into(),
            paid: "".into(),
            asof: "2026-02-30T10:00".into(),
            months: "0".into(),
            amount: "1.234".into(),
            thirdparty: "-1".into(),
            promo: "maybe".into(),
            requests: "1e2".into(),
        };
        let expected = [
            "billing.unknown-option",
            "paid.required",
            "asof.not-a-real-date",
            "months.too-small",
            "amount.too-many-decimals",
            "thirdparty.negative",
            "promo.unknown-option",
            "requests.exponent",
        ];
        assert_eq!(errors(&raw, "2026-12-01T00:00"), expected);
    }

    #[test]
    fn cross_field_checks() {
        let before = RawInput {
            asof: "2026-11-25T09:59".into(),
            ..short_link()
        };
        assert_eq!(errors(&before, "2027-01-01T00:00"), ["asof.before-paid"]);
        assert_eq!(
            errors(&short_link(), "2026-11-25T09:59"),
            ["paid.in-future"]
        );
        let over = RawInput {
            thirdparty: "1200.01".into(),
            ..short_link()
        };
        assert_eq!(
            errors(&over, "2027-01-01T00:00"),
            ["thirdparty.more-than-amount"]
        );
        let equal = RawInput {
            thirdparty: "¥1,200".into(),
            ..short_link()
        };
        assert!(validate(&equal, at("2027-01-01T00:00")).is_ok());
        let huge = RawInput {
            thirdparty: "10000000.01".into(),
            amount: "x".into(),
            ..short_link()
        };
        let expected = ["amount.not-a-number", "thirdparty.too-large"];
        assert_eq!(errors(&huge, "2027-01-01T00:00"), expected);
    }

    #[test]
    fn options_and_keys() {
        assert_eq!(Billing::from_key(" PAYG "), Some(Billing::Payg));
        assert_eq!(Promo::from_key("Unsure"), Some(Promo::Unsure));
        assert_eq!(Billing::from_key("包年包月"), None);
        for field in Field::ALL {
            assert_eq!(Field::from_key(field.key()), Some(field));
            let mut raw = RawInput::default();
            raw.set(field, field.key().into());
            assert_eq!(raw.get(field), field.key());
        }
        assert_eq!(Field::from_key("lang"), None);
    }
}
