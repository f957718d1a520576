//! Rules as data. A profile holds every parameter of one rule set: how the five-day window and
//! the term are measured, the quota, what a promotion does, how a non-full refund is prorated,
//! what happens to vouchers, which fields the form asks for, which guide section explains what,
//! and the channels. Each profile is one constant table in `profiles/`, compiled into the
//! binary; [`super::evaluate`] is the one evaluator over them.
//!
//! Constants rather than a data file parsed at start-up: a parser would cost wasm size, and a
//! constant is checked by the compiler and by [`Profile::check`] in the tests.

use std::ops::RangeInclusive;

use chrono::FixedOffset;

use super::input::Field;
use super::outcome::NoteKind;
use super::time::beijing;
use super::Lang;

#[path = "profiles/aliyun.rs"]
mod aliyun;
#[path = "profiles/article.rs"]
mod article;
#[path = "profiles/huawei.rs"]
mod huawei;
#[path = "profiles/tencent.rs"]
mod tencent;

/// Every profile, in the order of the provider choice; the first is the default.
pub const PROFILES: [&Profile; 4] = [
    &article::ARTICLE,
    &aliyun::ALIYUN,
    &tencent::TENCENT,
    &huawei::HUAWEI,
];

/// One rule set. The meanings are those of `article-rules.md` and `official-rules.md`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Profile {
    /// The `policy` URL value.
    pub id: &'static str,
    /// Local time of every input and output, minutes east of UTC (480 = +08:00).
    pub utc_offset_minutes: i32,
    /// How the end of the five-day full-refund window (exclusive) is found from `paid`.
    pub window: Window,
    /// How the end of the term (exclusive) is found from `paid` and `months`.
    pub term_end: TermEnd,
    /// How many full refunds the person may still have.
    pub quota: Quota,
    /// What `promo=yes` does.
    pub promo: PromoRule,
    /// Only a new subscription (`billing=subscription`) can get the full refund; a converted
    /// order goes to the non-full refund.
    pub full_needs_new_purchase: bool,
    /// How the amount of a refund that is not full is worked out.
    pub proration: Proration,
    /// What happens to vouchers and coupons.
    pub vouchers: Vouchers,
    /// The provider charges a handling fee on a non-full refund but does not publish it: the
    /// address of the page that says so, which the result links.
    pub fee_unknown: Option<&'static str>,
    /// The fields the form shows and validation reads, in form order. Other keys are ignored.
    pub fields: &'static [Field],
    /// The accepted range of each input.
    pub limits: Limits,
    /// Evaluated in order; the first that matches decides.
    pub rules: &'static [Rule],
    /// The guide section behind each rule, note and the next steps.
    pub sections: Sections,
    /// Where to apply, in the order to show them.
    pub channels: &'static [Channel],
    /// Where the money goes and how long it takes, in the provider's words made ours.
    pub money_back: ByLang<&'static str>,
    /// Another profile whose answer for the same order is shown beside this one's.
    pub compare_with: Option<&'static str>,
    /// Notes every refundable result of this profile carries (sourced facts that need no input:
    /// invoices, renewals, what a refund does to the instance), after the ones the case decides.
    pub standing_notes: &'static [NoteKind],
}

/// The accepted range of each input; the messages and hints that mention a limit read it here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Limits {
    pub year_min: i32,
    pub year_max: i32,
    pub months_min: u32,
    pub months_max: u32,
    pub amount_min_fen: i64,
    pub amount_max_fen: i64,
    /// Largest accepted value of the `requests` and `used` counts.
    pub count_max: u32,
}

/// The ranges of `article-rules.md`'s inputs, which `official-rules.md` keeps for every profile.
pub const INPUT_LIMITS: Limits = Limits {
    year_min: 2000,
    year_max: 2099,
    months_min: 1,
    months_max: 60,
    amount_min_fen: 1,
    amount_max_fen: 1_000_000_000,
    count_max: 99,
};

/// The rule list of the providers' own rules (`official-rules.md`, "Evaluation").
pub const PROVIDER_RULES: &[Rule] = &[
    Rule::Payg,
    Rule::Expired,
    Rule::Promo,
    Rule::FullWindow,
    Rule::Partial,
];

/// The end of the five-day window.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Window {
    /// `paid` + this many hours (a half-open window, `[paid, paid + h)`).
    Hours(i64),
    /// 00:00 on `paid`'s date + this many days: calendar days with the day of `paid` as day 1.
    CalendarDays(u64),
}

/// The end of the term.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TermEnd {
    /// `paid` + `months`, same time of day.
    SameTime,
    /// 00:00 on the day after the date of `paid` + `months`.
    NextMidnight,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Quota {
    /// This many refund requests per account per calendar month (`requests`).
    PerMonth(u32),
    /// This many full refunds in all (`used` must stay below it).
    FullRefunds(u32),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PromoRule {
    /// A promotion may be excluded: a note, the rules go on.
    Note,
    /// The offer said it cannot be refunded: not eligible.
    NotRefundable,
    /// The offer said no five-day refund: the full refund is out, the non-full one stays.
    NoFullRefund,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Proration {
    /// A negotiation estimate: whole days, a started day counting as used, less third-party
    /// costs (the article).
    NegotiatedDays,
    /// An upper bound in minutes, the used time counted in whole started days.
    StartedDays,
    /// H2's formula: whole hours, the start and the application rounded down to the hour.
    FlooredHours,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Vouchers {
    /// The profile does not ask.
    NotAsked,
    /// Never refunded.
    NeverReturned,
    /// Returned (as vouchers) with a full refund; not with a non-full one.
    ReturnedWithFullRefund,
}

/// A step of the evaluation, in the profile's order.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Rule {
    /// Pay-as-you-go: nothing was prepaid → not eligible.
    Payg,
    /// `asof ≥ expiry` → not eligible.
    Expired,
    /// This month's requests are used → wait for next month, or not eligible.
    MonthlyLimit,
    /// `promo=yes` under [`PromoRule::NotRefundable`] → not eligible.
    Promo,
    /// Inside the window with the quota and purchase conditions met → full refund.
    FullWindow,
    /// Otherwise → negotiable, with a pro-rata estimate (the article).
    Negotiable,
    /// Otherwise → the provider's own non-full refund, an upper bound.
    Partial,
}

/// A guide section: its anchor id in the page, which is also `guide-ID` as a test id.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Section(pub &'static str);

impl Section {
    pub fn id(self) -> &'static str {
        self.0
    }
}

/// Which guide section explains each rule and note.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sections {
    /// Pay-as-you-go, the term, converted orders.
    pub scope: Section,
    /// The five-day window.
    pub window: Section,
    /// The monthly limit or the yearly quota.
    pub quota: Section,
    pub promo: Section,
    pub vouchers: Section,
    /// The non-full refund or the negotiation.
    pub partial: Section,
    /// Third-party costs, invoices, renewals and the like.
    pub notes: Section,
    /// Channels, records, where the money goes.
    pub apply: Section,
}

/// A way to apply for the refund.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Channel {
    /// Menu path in the provider's console, and the page's address where one is published.
    Console {
        path: ByLang<&'static [&'static str]>,
        url: Option<&'static str>,
    },
    /// Customer service phone number.
    Phone(&'static str),
}

/// A text in each interface language.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ByLang<T> {
    pub zh: T,
    pub en: T,
}

impl<T> ByLang<T> {
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Fields every profile has, in form order; a profile lists them in its `fields`.
pub const ARTICLE_FIELDS: &[Field] = &[
    Field::Billing,
    Field::Paid,
    Field::Asof,
    Field::Amount,
    Field::Months,
    Field::Thirdparty,
    Field::Promo,
    Field::Requests,
];

/// The fields of the providers' own rules.
pub const PROVIDER_FIELDS: &[Field] = &[
    Field::Billing,
    Field::Paid,
    Field::Asof,
    Field::Amount,
    Field::Vouchers,
    Field::Months,
    Field::Promo,
    Field::Used,
];

impl Profile {
    /// Checks what the code relies on (a valid offset, ordered ranges, four-digit years, at
    /// least one month, a positive window, a final rule, the fields the rules read). Run over
    /// every profile by the tests.
    pub fn check(&self) -> Result<(), String> {
        let window_ok = match self.window {
            Window::Hours(hours) => hours > 0,
            Window::CalendarDays(days) => days > 0,
        };
        let last_rule_always_matches =
            matches!(self.rules.last(), Some(Rule::Negotiable | Rule::Partial));
        let quota_field = match self.quota {
            Quota::PerMonth(_) => Field::Requests,
            Quota::FullRefunds(_) => Field::Used,
        };
        let vouchers_field = self.vouchers != Vouchers::NotAsked;
        let checks = [
            (
                FixedOffset::east_opt(self.utc_offset_minutes.saturating_mul(60)).is_some(),
                "utc_offset_minutes",
            ),
            (window_ok, "window"),
            (
                0 <= self.limits.year_min
                    && self.limits.year_min <= self.limits.year_max
                    && self.limits.year_max <= 9999,
                "year range",
            ),
            (
                1 <= self.limits.months_min && self.limits.months_min <= self.limits.months_max,
                "months range",
            ),
            (
                1 <= self.limits.amount_min_fen
                    && self.limits.amount_min_fen <= self.limits.amount_max_fen,
                "amount range",
            ),
            (last_rule_always_matches, "rules"),
            (self.reads(quota_field), "quota field"),
            (
                self.reads(Field::Vouchers) == vouchers_field,
                "vouchers field",
            ),
            (
                [Field::Billing, Field::Paid, Field::Amount, Field::Months]
                    .iter()
                    .all(|&field| self.reads(field)),
                "required fields",
            ),
            (
                self.compare_with
                    .is_none_or(|id| id != self.id && by_id(id).is_some()),
                "compare_with",
            ),
        ];
        match checks.iter().find(|(ok, _)| !ok) {
            Some((_, what)) => Err(format!("profile {}: bad {what}", self.id)),
            None => Ok(()),
        }
    }

    /// Whether the form shows `field` and validation reads it (`policy` is always read).
    pub fn reads(&self, field: Field) -> bool {
        field == Field::Policy || self.fields.contains(&field)
    }

    /// The profile's UTC offset (checked by [`Profile::check`]).
    pub fn offset(&self) -> FixedOffset {
        FixedOffset::east_opt(self.utc_offset_minutes.saturating_mul(60)).unwrap_or_else(beijing)
    }

    pub fn years(&self) -> RangeInclusive<i32> {
        self.limits.year_min..=self.limits.year_max
    }

    /// The console menu path in `lang` and its address, if the profile has a console channel.
    pub fn console(&self, lang: Lang) -> Option<(&'static [&'static str], Option<&'static str>)> {
        self.channels.iter().find_map(|channel| match channel {
            Channel::Console { path, url } => Some((*path.get(lang), *url)),
            Channel::Phone(_) => None,
        })
    }

    /// The customer service number, if the profile has a phone channel.
    pub fn phone(&self) -> Option<&'static str> {
        self.channels.iter().find_map(|channel| match channel {
            Channel::Phone(number) => Some(*number),
            Channel::Console { .. } => None,
        })
    }

    /// The largest number of full refunds that may already be used for one to be left.
    pub fn quota_limit(&self) -> u32 {
        match self.quota {
            Quota::PerMonth(limit) | Quota::FullRefunds(limit) => limit,
        }
    }
}

/// The default profile: the rules of the guide's source article (`policy=article`).
pub fn article() -> &'static Profile {
    &article::ARTICLE
}

/// The profile for a `policy` URL value (exact, lower case; see [`super::input::validate`] for
/// the forgiving reading of typed values).
pub fn by_id(id: &str) -> Option<&'static Profile> {
    PROFILES.into_iter().find(|profile| profile.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_holds_the_spec_values() {
        let p = article();
        assert_eq!(p.id, "article");
        assert_eq!(p.offset(), beijing());
        assert_eq!(p.window, Window::Hours(120));
        assert_eq!(p.term_end, TermEnd::SameTime);
        assert_eq!(p.quota, Quota::PerMonth(1));
        assert_eq!(p.years(), 2000..=2099);
        assert_eq!((p.limits.months_min, p.limits.months_max), (1, 60));
        assert_eq!(
            (p.limits.amount_min_fen, p.limits.amount_max_fen),
            (1, 1_000_000_000)
        );
        assert_eq!(p.limits.count_max, 99);
        use Rule::*;
        assert_eq!(
            p.rules,
            [Payg, Expired, MonthlyLimit, FullWindow, Negotiable]
        );
        let zh_path: &[&str] = &["控制台", "费用中心", "账单管理", "退款"];
        assert_eq!(p.console(Lang::Zh), Some((zh_path, None)));
        assert_eq!(p.console(Lang::En).map(|(path, _)| path.len()), Some(4));
        assert_eq!(p.phone(), Some("400-871-9366"));
        assert!(matches!(p.channels.first(), Some(Channel::Console { .. })));
        assert_eq!(by_id("article"), Some(p));
        assert_eq!(by_id("other"), None);
        assert_eq!(p.compare_with, Some("aliyun"));
    }

    #[test]
    fn the_providers_hold_the_spec_values() {
        let [aliyun, tencent, huawei] = ["aliyun", "tencent", "huawei"]
            .map(|id| by_id(id).unwrap_or_else(|| panic!("no profile {id}")));
        assert_eq!(aliyun.window, Window::Hours(120));
        assert_eq!(tencent.window, Window::CalendarDays(5));
        assert_eq!(huawei.window, Window::Hours(120));
        assert_eq!(aliyun.term_end, TermEnd::NextMidnight);
        assert_eq!(tencent.term_end, TermEnd::SameTime);
        assert_eq!(huawei.term_end, TermEnd::NextMidnight);
        assert_eq!(aliyun.quota, Quota::FullRefunds(1));
        assert_eq!(tencent.quota, Quota::FullRefunds(1));
        assert_eq!(huawei.quota, Quota::FullRefunds(10));
        assert_eq!(aliyun.promo, PromoRule::NotRefundable);
        assert_eq!(tencent.promo, PromoRule::NotRefundable);
        assert_eq!(huawei.promo, PromoRule::NoFullRefund);
        assert_eq!(aliyun.proration, Proration::StartedDays);
        assert_eq!(tencent.proration, Proration::StartedDays);
        assert_eq!(huawei.proration, Proration::FlooredHours);
        assert_eq!(aliyun.vouchers, Vouchers::NeverReturned);
        assert_eq!(tencent.vouchers, Vouchers::NeverReturned);
        assert_eq!(huawei.vouchers, Vouchers::ReturnedWithFullRefund);
        assert_eq!(
            [aliyun.fee_unknown, tencent.fee_unknown].map(|fee| fee.is_some()),
            [false, false]
        );
        assert!(huawei
            .fee_unknown
            .is_some_and(|url| url.ends_with("zh-cn_topic_0083138805.html")));
        assert_eq!(aliyun.phone(), Some("4008013260"));
        assert_eq!(tencent.phone(), Some("4009100100"));
        assert_eq!(huawei.phone(), None, "no official number found");
        assert_eq!(
            aliyun.console(Lang::Zh).and_then(|(_, url)| url),
            Some("https://billing-cost.console.aliyun.com/refund/")
        );
        for p in [aliyun, tencent, huawei] {
            assert!(p.full_needs_new_purchase);
            assert_eq!(p.fields, PROVIDER_FIELDS);
            assert!(!p.reads(Field::Thirdparty) && !p.reads(Field::Requests));
            assert!(p.reads(Field::Vouchers) && p.reads(Field::Used) && p.reads(Field::Policy));
            assert_eq!(p.compare_with, None);
            use Rule::*;
            assert_eq!(p.rules, [Payg, Expired, Promo, FullWindow, Partial]);
            assert!(p.sections.scope.id().starts_with(p.id));
        }
    }

    #[test]
    fn every_profile_passes_its_checks() {
        for profile in PROFILES {
            assert_eq!(profile.check(), Ok(()), "{}", profile.id);
        }
        let broken = [
            Profile {
                window: Window::Hours(0),
                ..*article()
            },
            Profile {
                window: Window::CalendarDays(0),
                ..*article()
            },
            Profile {
                rules: &[],
                ..*article()
            },
            Profile {
                rules: &[Rule::Payg],
                ..*article()
            },
            Profile {
                fields: PROVIDER_FIELDS,
                ..*article()
            },
            Profile {
                compare_with: Some("article"),
                ..*article()
            },
            Profile {
                compare_with: Some("nobody"),
                ..*article()
            },
            Profile {
                limits: Limits {
                    months_min: 0,
                    ..INPUT_LIMITS
                },
                ..*article()
            },
            Profile {
                limits: Limits {
                    amount_min_fen: 0,
                    ..INPUT_LIMITS
                },
                ..*article()
            },
            Profile {
                limits: Limits {
                    year_max: 1999,
                    ..INPUT_LIMITS
                },
                ..*article()
            },
            Profile {
                utc_offset_minutes: 24 * 60,
                ..*article()
            },
        ];
        for profile in broken {
            assert!(profile.check().is_err(), "{profile:?}");
        }
    }
}
