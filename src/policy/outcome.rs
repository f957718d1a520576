//! What [`super::evaluate`] decides, with everything the UI shows and the contract's DOM
//! attributes need. Plain data: no text, the UI words it per language.

use chrono::Duration;
use serde::{Deserialize, Serialize};

use super::time::Instant;

/// The decision. [`Verdict::attr`] is the contract's `data-verdict`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Verdict {
    /// Inside the 5-day window: full refund, no reason needed.
    Full,
    /// Past the window, within the term: ask customer service; the amount is an estimate.
    Negotiable,
    /// This month's request is used; from `earliest` on, `later` applies.
    Wait,
    NotEligible,
}

impl Verdict {
    pub fn attr(self) -> &'static str {
        match self {
            Verdict::Full => "full",
            Verdict::Negotiable => "negotiable",
            Verdict::Wait => "wait",
            Verdict::NotEligible => "not-eligible",
        }
    }
}

/// Why not eligible. [`Reason::attr`] is the contract's `data-reason`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Reason {
    /// Pay-as-you-go: nothing was prepaid.
    Payg,
    /// The whole term is consumed.
    Expired,
    /// This month's request is used, and next month nothing is refundable any more.
    MonthlyLimit,
}

impl Reason {
    pub fn attr(self) -> &'static str {
        match self {
            Reason::Payg => "payg",
            Reason::Expired => "expired",
            Reason::MonthlyLimit => "monthly-limit",
        }
    }
}

/// A section of the guide; [`Section::id`] is its anchor id.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Scope,
    TimeLimit,
    HowToApply,
    Notes,
    Summary,
}

impl Section {
    /// In the guide's order.
    pub const ALL: [Section; 5] = [
        Section::Scope,
        Section::TimeLimit,
        Section::HowToApply,
        Section::Notes,
        Section::Summary,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::Scope => "scope",
            Section::TimeLimit => "time-limit",
            Section::HowToApply => "how-to-apply",
            Section::Notes => "notes",
            Section::Summary => "summary",
        }
    }
}

/// The figures of a negotiable estimate, so the UI can show the working.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Estimate {
    /// Whole days from payment to expiry.
    pub total_days: i64,
    /// Days from payment to the application, a started day counting as used.
    pub used_days: i64,
    /// `max(0, total_days − used_days)`.
    pub remaining_days: i64,
    pub amount_fen: i64,
    pub third_party_fen: i64,
    /// `⌊amount × remaining ÷ total⌋`, before the third-party deduction.
    pub prorated_fen: i64,
    /// `max(0, prorated − third_party)`: the figure to take to customer service.
    pub estimate_fen: i64,
}

/// Something to point out alongside an eligible, negotiable or wait result.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum NoteKind {
    /// Bought in a special promotion: it may be excluded, read the product page.
    PromoMayBeExcluded,
    /// Unsure about the promotion: check whether it was one.
    PromoCheck,
    /// Third-party / hardware costs are deducted before settlement.
    ThirdPartyDeducted { fen: i64 },
    /// Applying uses the account's one request for that calendar month.
    UsesMonthlyRequest,
    /// Keep transaction records and identity documents.
    KeepRecords,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Note {
    pub kind: NoteKind,
    /// The guide section that explains it.
    pub section: Section,
}

/// A next step, in the order to take them. Details (menu path, number) are in the profile's
/// channels; all steps are explained by [`Outcome::steps_section`].
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Step {
    /// Apply in the console (full refund: the direct way).
    Console,
    /// Call customer service.
    Phone,
    /// Negotiable: call customer service first, to negotiate, before anything else.
    PhoneFirst,
}

/// The result of [`super::evaluate`].
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Only for `NotEligible`.
    pub reason: Option<Reason>,
    /// The guide section behind the verdict.
    pub section: Section,
    /// The contract's `data-refund-fen`: the refund (full), the estimate (negotiable), the later
    /// amount (wait), 0 (not eligible).
    pub refund_fen: i64,
    /// The amount paid and the third-party costs in it, as validated: the figures a breakdown of
    /// a full refund shows (`refund = amount − third party`).
    pub amount_fen: i64,
    pub third_party_fen: i64,
    /// End of the full-refund window, `paid + 120 h` (exclusive). Always set.
    pub deadline: Instant,
    /// End of the term, `paid + months`.
    pub expiry: Instant,
    /// The application time this outcome is for.
    pub asof: Instant,
    /// Wait only: when the request can be made (00:00 on the 1st of next month).
    pub earliest: Option<Instant>,
    /// Wait: the outcome at `earliest`. Not eligible for `monthly-limit`: what next month
    /// would have been (expired), to explain it. Otherwise `None`.
    pub later: Option<Box<Outcome>>,
    /// Full only: `deadline − asof` (the UI counts it down live with [`super::time_left`]).
    pub time_left: Option<Duration>,
    /// Negotiable only.
    pub estimate: Option<Estimate>,
    /// Empty when not eligible. For wait, those of `later`.
    pub notes: Vec<Note>,
    /// Empty when not eligible. For wait, those of `later`.
    pub steps: Vec<Step>,
    /// The guide section that explains the steps.
    pub steps_section: Section,
}
