//! Rules as data. A profile holds every parameter of a rule set (window, monthly quota, offset,
//! input ranges, the ordered rule list, which guide section explains what, the application
//! channels). Each profile is one constant table in `profiles/`, compiled into the binary.
//!
//! A constant rather than a JSON file parsed at start-up: serde_json costs about 35 KB of the
//! 100 KB wasm budget, and a constant is checked by the compiler and by `check()` in the tests.
//! A second profile = one more file in `profiles/`, one more entry in [`PROFILES`], and at most
//! a new [`Rule`] variant for [`super::evaluate`] to interpret.

use std::ops::RangeInclusive;

use chrono::FixedOffset;

use super::outcome::Section;
use super::time::beijing;
use super::Lang;

#[path = "profiles/article.rs"]
mod article_profile;

/// Every profile, looked up by its `policy` URL value.
pub const PROFILES: [&Profile; 1] = [&article_profile::ARTICLE];

/// One rule set. Field meanings are those of `shared/spec/article-rules.md`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Profile {
    /// The `policy` URL value.
    pub id: &'static str,
    /// What the rules come from, to credit it.
    pub source: Source,
    /// Local time of every input and output, minutes east of UTC (480 = +08:00).
    pub utc_offset_minutes: i32,
    /// Length of the full-refund window from payment, in hours (half-open: `[paid, paid+120h)`).
    pub window_hours: i64,
    /// Refund requests allowed per account per calendar month.
    pub requests_per_month: u32,
    pub year_min: i32,
    pub year_max: i32,
    pub months_min: u32,
    pub months_max: u32,
    pub amount_min_fen: i64,
    pub amount_max_fen: i64,
    /// Largest accepted value of the `requests` input.
    pub requests_max: u32,
    /// Evaluated in order; the first that matches decides.
    pub rules: &'static [Rule],
    /// The guide section behind each rule, note and the next steps.
    pub sections: Sections,
    /// Where to apply, in the order to show them.
    pub channels: &'static [Channel],
}

/// A step of the evaluation; see `article-rules.md`, "Evaluation".
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Rule {
    /// Pay-as-you-go: nothing was prepaid → not eligible.
    Payg,
    /// `asof ≥ expiry` → not eligible.
    Expired,
    /// This month's requests are used → wait for next month, or not eligible.
    MonthlyLimit,
    /// `asof < deadline` → full refund.
    FullWindow,
    /// Otherwise → negotiable, with a pro-rata estimate. Also the fallback if no rule matches.
    Negotiable,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

/// Which guide section explains each rule and note.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sections {
    pub payg: Section,
    pub expired: Section,
    pub monthly_limit: Section,
    pub full_window: Section,
    pub negotiable: Section,
    pub promo: Section,
    pub third_party: Section,
    pub monthly_request: Section,
    pub records: Section,
    pub steps: Section,
}

impl Sections {
    pub fn of_rule(&self, rule: Rule) -> Section {
        match rule {
            Rule::Payg => self.payg,
            Rule::Expired => self.expired,
            Rule::MonthlyLimit => self.monthly_limit,
            Rule::FullWindow => self.full_window,
            Rule::Negotiable => self.negotiable,
        }
    }
}

/// A way to apply for the refund.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Channel {
    /// Menu path in the provider's console, e.g. 控制台 → 费用中心 → 账单管理 → 退款.
    Console(ByLang<&'static [&'static str]>),
    /// Customer service phone, as the source gives it (users should confirm it officially).
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

impl Profile {
    /// Checks what the code relies on (a valid offset, ordered ranges, four-digit years, at
    /// least one month, a positive window, a final rule). Run over every profile by the tests.
    pub fn check(&self) -> Result<(), String> {
        let checks = [
            (
                FixedOffset::east_opt(self.utc_offset_minutes.saturating_mul(60)).is_some(),
                "utc_offset_minutes",
            ),
            (self.window_hours > 0, "window_hours"),
            (
                0 <= self.year_min && self.year_min <= self.year_max && self.year_max <= 9999,
                "year range",
            ),
            (
                1 <= self.months_min && self.months_min <= self.months_max,
                "months range",
            ),
            (
                1 <= self.amount_min_fen && self.amount_min_fen <= self.amount_max_fen,
                "amount range",
            ),
            (!self.rules.is_empty(), "rules"),
        ];
        match checks.iter().find(|(ok, _)| !ok) {
            Some((_, what)) => Err(format!("profile {}: bad {what}", self.id)),
            None => Ok(()),
        }
    }

    /// The profile's UTC offset (checked by [`Profile::check`]).
    pub fn offset(&self) -> FixedOffset {
        FixedOffset::east_opt(self.utc_offset_minutes.saturating_mul(60)).unwrap_or_else(beijing)
    }

    pub fn years(&self) -> RangeInclusive<i32> {
        self.year_min..=self.year_max
    }

    /// The console menu path in `lang`, if the profile has a console channel.
    pub fn console_path(&self, lang: Lang) -> Option<&'static [&'static str]> {
        self.channels.iter().find_map(|channel| match channel {
            Channel::Console(path) => Some(*path.get(lang)),
            Channel::Phone(_) => None,
        })
    }

    /// The customer service number, if the profile has a phone channel.
    pub fn phone(&self) -> Option<&'static str> {
        self.channels.iter().find_map(|channel| match channel {
            Channel::Phone(number) => Some(*number),
            Channel::Console(_) => None,
        })
    }
}

/// The rules of the guide's source article (`policy=article`, the default).
pub fn article() -> &'static Profile {
    &article_profile::ARTICLE
}

/// The profile for a `policy` URL value.
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
        assert_eq!(p.window_hours, 120);
        assert_eq!(p.requests_per_month, 1);
        assert_eq!(p.years(), 2000..=2099);
        assert_eq!((p.months_min, p.months_max), (1, 60));
        assert_eq!((p.amount_min_fen, p.amount_max_fen), (1, 1_000_000_000));
        assert_eq!(p.requests_max, 99);
        use Rule::*;
        assert_eq!(
            p.rules,
            [Payg, Expired, MonthlyLimit, FullWindow, Negotiable]
        );
        let sections = p.sections;
        assert_eq!(sections.of_rule(Payg), Section::Scope);
        assert_eq!(sections.of_rule(Expired), Section::Scope);
        assert_eq!(sections.of_rule(MonthlyLimit), Section::Notes);
        assert_eq!(sections.of_rule(FullWindow), Section::TimeLimit);
        assert_eq!(sections.of_rule(Negotiable), Section::TimeLimit);
        assert_eq!([sections.promo, sections.third_party], [Section::Notes; 2]);
        assert_eq!(sections.monthly_request, Section::Notes);
        assert_eq!([sections.records, sections.steps], [Section::HowToApply; 2]);
        let zh_path: &[&str] = &["控制台", "费用中心", "账单管理", "退款"];
        assert_eq!(p.console_path(Lang::Zh), Some(zh_path));
        assert_eq!(p.console_path(Lang::En).map(<[&str]>::len), Some(4));
        assert_eq!(p.phone(), Some("400-871-9366"));
        assert!(matches!(p.channels.first(), Some(Channel::Console(_))));
        assert_eq!(by_id("article"), Some(p));
        assert_eq!(by_id("other"), None);
    }

    #[test]
    fn every_profile_passes_its_checks() {
        for profile in PROFILES {
            assert_eq!(profile.check(), Ok(()), "{}", profile.id);
        }
        let broken = Profile {
            window_hours: 0,
            ..*article()
        };
        assert!(broken.check().is_err());
        let no_rules = Profile {
            rules: &[],
            ..*article()
        };
        assert!(no_rules.check().is_err());
    }
}
