//! Rules as data. A profile holds every parameter of a rule set (window, monthly quota, offset,
//! input ranges, the ordered rule list, which guide section explains what, the application
//! channels). Profiles are JSON files compiled into the binary and parsed once.
//!
//! A second profile = one more JSON file, one more line in [`by_id`], and at most a new
//! [`Rule`] variant for [`super::evaluate`] to interpret.

use std::ops::RangeInclusive;
use std::sync::OnceLock;

use chrono::FixedOffset;
use serde::{Deserialize, Serialize};

use super::outcome::Section;
use super::time::beijing;
use super::Lang;

/// One rule set. Field meanings are those of `shared/spec/article-rules.md`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The `policy` URL value.
    pub id: String,
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
    pub rules: Vec<Rule>,
    /// The guide section behind each rule, note and the next steps.
    pub sections: Sections,
    /// Where to apply, in the order to show them.
    pub channels: Vec<Channel>,
}

/// A step of the evaluation; see `article-rules.md`, "Evaluation".
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// Which guide section explains each rule and note.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
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

/// A way to apply for the refund. Externally tagged in JSON (`{"phone": "…"}`), which serde
/// reads without buffering: smaller wasm than an internally tagged enum.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// Menu path in the provider's console, e.g. 控制台 → 费用中心 → 账单管理 → 退款.
    Console(ByLang<Vec<String>>),
    /// Customer service phone, as the source gives it (users should confirm it officially).
    Phone(String),
}

/// A text in each interface language.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Parses a profile and checks what the code relies on (a valid offset, ordered ranges,
    /// four-digit years, at least one month, a positive window).
    pub fn from_json(json: &str) -> Result<Profile, String> {
        let profile: Profile = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let checks = [
            (
                FixedOffset::east_opt(profile.utc_offset_minutes.saturating_mul(60)).is_some(),
                "utc_offset_minutes",
            ),
            (profile.window_hours > 0, "window_hours"),
            (
                0 <= profile.year_min
                    && profile.year_min <= profile.year_max
                    && profile.year_max <= 9999,
                "year range",
            ),
            (
                1 <= profile.months_min && profile.months_min <= profile.months_max,
                "months range",
            ),
            (
                1 <= profile.amount_min_fen && profile.amount_min_fen <= profile.amount_max_fen,
                "amount range",
            ),
        ];
        match checks.iter().find(|(ok, _)| !ok) {
            Some((_, what)) => Err(format!("profile {}: bad {what}", profile.id)),
            None => Ok(profile),
        }
    }

    /// The profile's UTC offset (checked by [`Profile::from_json`]).
    pub fn offset(&self) -> FixedOffset {
        FixedOffset::east_opt(self.utc_offset_minutes.saturating_mul(60)).unwrap_or_else(beijing)
    }

    pub fn years(&self) -> RangeInclusive<i32> {
        self.year_min..=self.year_max
    }

    /// The console menu path in `lang`, if the profile has a console channel.
    pub fn console_path(&self, lang: Lang) -> Option<&[String]> {
        self.channels.iter().find_map(|channel| match channel {
            Channel::Console(path) => Some(path.get(lang).as_slice()),
            Channel::Phone(_) => None,
        })
    }

    /// The customer service number, if the profile has a phone channel.
    pub fn phone(&self) -> Option<&str> {
        self.channels.iter().find_map(|channel| match channel {
            Channel::Phone(number) => Some(number.as_str()),
            Channel::Console(_) => None,
        })
    }
}

/// The rules of the guide's source article (`policy=article`, the default).
#[allow(clippy::expect_used)] // See the comment inside.
pub fn article() -> &'static Profile {
    static ARTICLE: OnceLock<Profile> = OnceLock::new();
    ARTICLE.get_or_init(|| {
        // The only allowed panic: the JSON is compiled in and checked by the tests below, so
        // it cannot fail for a user.
        Profile::from_json(include_str!("profiles/article.json")).expect("article.json is valid")
    })
}

/// The profile for a `policy` URL value.
pub fn by_id(id: &str) -> Option<&'static Profile> {
    [article()].into_iter().find(|profile| profile.id == id)
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
        let zh_path = ["控制台", "费用中心", "账单管理", "退款"].map(String::from);
        assert_eq!(p.console_path(Lang::Zh), Some(&zh_path[..]));
        assert_eq!(p.console_path(Lang::En).map(<[String]>::len), Some(4));
        assert_eq!(p.phone(), Some("400-871-9366"));
        assert!(matches!(p.channels.first(), Some(Channel::Console(_))));
        assert_eq!(by_id("article"), Some(p));
        assert_eq!(by_id("other"), None);
    }

    #[test]
    fn bad_profiles_are_refused() {
        let good = include_str!("profiles/article.json");
        for (from, to) in [
            ("\"window_hours\": 120", "\"window_hours\": 0"),
            ("\"months_min\": 1", "\"months_min\": 0"),
            (
                "\"utc_offset_minutes\": 480",
                "\"utc_offset_minutes\": 99999",
            ),
            ("\"year_max\": 2099", "\"year_max\": 10000"),
            ("\"negotiable\"]", "\"sometimes\"]"),
        ] {
            assert!(good.contains(from), "{from}");
            assert!(Profile::from_json(&good.replace(from, to)).is_err(), "{to}");
        }
    }
}
