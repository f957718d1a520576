//! What [`super::evaluate`] decides, with everything the UI shows and the contract's DOM
//! attributes need. Plain data: no text, the UI words it per language.

use chrono::Duration;

use super::profile::{Profile, Section};
use super::time::Instant;

/// The decision. [`Verdict::attr`] is the contract's `data-verdict`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Verdict {
    /// Inside the 5-day window: full refund, no reason needed.
    Full,
    /// Past the window, within the term: ask customer service; the amount is an estimate.
    Negotiable,
    /// The provider's self-service refund that is not full: the amount is an upper bound.
    Partial,
    /// This month's request is used; from `earliest` on, `later` applies.
    Wait,
    NotEligible,
}

impl Verdict {
    pub fn attr(self) -> &'static str {
        match self {
            Verdict::Full => "full",
            Verdict::Negotiable => "negotiable",
            Verdict::Partial => "partial",
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
    /// The offer said it cannot be refunded.
    Promo,
}

impl Reason {
    pub fn attr(self) -> &'static str {
        match self {
            Reason::Payg => "payg",
            Reason::Expired => "expired",
            Reason::MonthlyLimit => "monthly-limit",
            Reason::Promo => "promo",
        }
    }
}

/// The unit a pro-rata amount is counted in.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Unit {
    Day,
    Hour,
    Minute,
}

/// The figures of a refund that is not full (a negotiation estimate or an upper bound), so the
/// UI can show the working: `max(0, ⌊amount × remaining ÷ total⌋ − third_party)`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Estimate {
    pub unit: Unit,
    /// The whole term, in `unit`s.
    pub total: i64,
    /// The time counted as used, in `unit`s.
    pub used: i64,
    /// `max(0, total − used)`.
    pub remaining: i64,
    /// For a count in minutes of started days: the days (`used = used_days × 1440`).
    pub used_days: Option<i64>,
    pub amount_fen: i64,
    pub third_party_fen: i64,
    /// `⌊amount × remaining ÷ total⌋`, before the third-party deduction.
    pub prorated_fen: i64,
    /// `max(0, prorated − third_party)`: the figure to show.
    pub estimate_fen: i64,
}

/// Why a provider's answer is the non-full refund rather than the full one.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum PartialWhy {
    /// The five-day window is over.
    WindowPassed,
    /// The quota of full refunds is used up.
    QuotaUsed,
    /// Not a new subscription purchase (a converted order).
    NotNewPurchase,
    /// The offer excluded the five-day refund.
    OfferExcludesFullRefund,
}

/// Something to point out alongside an eligible, negotiable, partial or wait result.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum NoteKind {
    /// Partial: why it is not the full refund.
    WhyPartial(PartialWhy),
    /// Partial: the amount is an upper bound, and why (per profile).
    UpperBound,
    /// Partial: nothing is left, the term's last started day counts as used.
    NothingLeft,
    /// Partial: the provider's handling fee still comes off, and is not published.
    FeeUnknown,
    /// A converted order: the console may still offer a full refund for some conversions.
    ConvertedMayQualify,
    /// Vouchers or coupons of this amount are not returned.
    VouchersNotReturned { fen: i64 },
    /// Vouchers of this amount come back as vouchers, not as cash.
    VouchersReturned { fen: i64 },
    /// The full refund uses one of the quota's full refunds.
    UsesQuota,
    /// Check whether the offer said it cannot be refunded (promo unsure, provider rules).
    OfferCheck,
    /// An invoice was issued: what the provider does then.
    Invoice,
    /// A renewal that has not started is a separate, fee-free cancellation.
    Renewal,
    /// Alibaba: instances with a paid marketplace image cannot be refunded.
    MarketplaceImage,
    /// Alibaba: a refund releases the instance; back up first.
    Released,
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
    /// The rule set that decided.
    pub profile: &'static Profile,
    pub verdict: Verdict,
    /// Only for `NotEligible`.
    pub reason: Option<Reason>,
    /// The guide section behind the verdict.
    pub section: Section,
    /// The contract's `data-refund-fen`: the refund (full), the estimate (negotiable), the upper
    /// bound (partial), the later amount (wait), 0 (not eligible).
    pub refund_fen: i64,
    /// The contract's `data-vouchers-fen`: vouchers returned as vouchers (0 when none).
    pub vouchers_returned_fen: i64,
    /// The amount paid and the third-party costs in it, as validated: the figures a breakdown of
    /// a full refund shows (`refund = amount − third party`).
    pub amount_fen: i64,
    pub third_party_fen: i64,
    /// End of the full-refund window (exclusive). Always set.
    pub deadline: Instant,
    /// End of the term (exclusive).
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
    /// Negotiable and partial only.
    pub estimate: Option<Estimate>,
    /// Empty when not eligible. For wait, those of `later`.
    pub notes: Vec<Note>,
    /// Empty when not eligible. For wait, those of `later`.
    pub steps: Vec<Step>,
    /// The guide section that explains the steps.
    pub steps_section: Section,
    /// What the profile's `compare_with` gives for the same order, when it differs.
    pub compare: Option<Box<Outcome>>,
}
