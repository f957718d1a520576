//! The one evaluator: walks the profile's rule list in order; the first rule that matches
//! decides (`article-rules.md` and `official-rules.md`, "Evaluation"). Total: never panics, for
//! any [`Input`].

use chrono::{Duration, NaiveTime, TimeZone, Timelike};

use super::input::{Billing, Input, Promo};
use super::outcome::{Estimate, Note, NoteKind, Outcome, PartialWhy, Reason, Step, Unit, Verdict};
use super::profile::{
    by_id, Channel, Profile, PromoRule, Proration, Quota, Rule, Section, TermEnd, Vouchers, Window,
};
use super::time::{add_hours, add_months, end_of_time, next_month_start, Instant};

/// Decides the case by its profile's rules; with the profile's `compare_with`, also what that
/// other profile gives for the same order (see [`compare`]).
pub fn evaluate(input: &Input) -> Outcome {
    let mut outcome = decide(input, true);
    outcome.compare = compare(input, &outcome).map(Box::new);
    outcome
}

/// Time from `now` until `deadline`, zero once it has passed: the UI's live countdown.
pub fn time_left(deadline: Instant, now: Instant) -> Duration {
    deadline.signed_duration_since(now).max(Duration::zero())
}

/// End of the five-day window (exclusive).
pub fn deadline(profile: &Profile, paid: Instant) -> Instant {
    match profile.window {
        Window::Hours(hours) => add_hours(paid, hours),
        Window::CalendarDays(days) => midnight_after(paid, days),
    }
    // Saturating: only hand-built inputs far outside the profile's ranges can overflow.
    .unwrap_or_else(end_of_time)
}

/// End of the term (exclusive).
pub fn expiry(profile: &Profile, paid: Instant, months: u32) -> Instant {
    add_months(paid, months)
        .and_then(|end| match profile.term_end {
            TermEnd::SameTime => Some(end),
            TermEnd::NextMidnight => midnight_after(end, 1),
        })
        .unwrap_or_else(end_of_time)
}

/// 00:00 on `t`'s date plus `days` days.
fn midnight_after(t: Instant, days: u64) -> Option<Instant> {
    let date = t.date_naive().checked_add_days(chrono::Days::new(days))?;
    t.offset()
        .from_local_datetime(&date.and_time(NaiveTime::MIN))
        .single()
}

/// The compare block: what `profile.compare_with` gives for the same order. That profile may
/// read fields this one does not: vouchers and used full refunds count as none, and "bought in
/// a promotion" is not "the offer said no refunds", so `promo=yes` counts as `unsure`. `None`
/// when the answers agree on verdict, amount and reason.
pub fn compare(input: &Input, outcome: &Outcome) -> Option<Outcome> {
    let other = by_id(input.profile.compare_with?)?;
    let then = Input {
        profile: other,
        vouchers_fen: 0,
        used: 0,
        third_party_fen: if other.fields.contains(&super::Field::Thirdparty) {
            input.third_party_fen
        } else {
            0
        },
        requests: 0,
        promo: match input.promo {
            Promo::Yes => Promo::Unsure,
            promo => promo,
        },
        ..*input
    };
    let theirs = decide(&then, true);
    let same = (theirs.verdict, theirs.refund_fen, theirs.reason)
        == (outcome.verdict, outcome.refund_fen, outcome.reason);
    (!same).then_some(theirs)
}

/// `may_wait` is false for the "next month" re-evaluation, so it cannot recurse again.
fn decide(input: &Input, may_wait: bool) -> Outcome {
    let profile = input.profile;
    let case = Case {
        input,
        profile,
        deadline: deadline(profile, input.paid),
        expiry: expiry(profile, input.paid, input.months),
    };
    profile
        .rules
        .iter()
        .find_map(|&rule| case.apply(rule, may_wait))
        .unwrap_or_else(|| case.partial())
}

struct Case<'a> {
    input: &'a Input,
    profile: &'static Profile,
    deadline: Instant,
    expiry: Instant,
}

impl Case<'_> {
    fn apply(&self, rule: Rule, may_wait: bool) -> Option<Outcome> {
        let input = self.input;
        match rule {
            Rule::Payg => (input.billing == Billing::Payg).then(|| self.not_eligible(Reason::Payg)),
            Rule::Expired => {
                (input.asof >= self.expiry).then(|| self.not_eligible(Reason::Expired))
            }
            Rule::MonthlyLimit => (may_wait && input.requests >= self.profile.quota_limit())
                .then(|| self.after_monthly_limit()),
            Rule::Promo => (input.promo == Promo::Yes
                && self.profile.promo == PromoRule::NotRefundable)
                .then(|| self.not_eligible(Reason::Promo)),
            Rule::FullWindow => self.why_not_full().is_none().then(|| self.full()),
            Rule::Negotiable => Some(self.negotiable()),
            Rule::Partial => Some(self.partial()),
        }
    }

    /// What keeps this order from the full refund, first by the profile's conditions; `None`
    /// when it qualifies.
    fn why_not_full(&self) -> Option<PartialWhy> {
        let input = self.input;
        let profile = self.profile;
        let quota_left = match profile.quota {
            // Checked by its own rule, before this one.
            Quota::PerMonth(_) => true,
            Quota::FullRefunds(limit) => input.used < limit,
        };
        if input.asof >= self.deadline {
            Some(PartialWhy::WindowPassed)
        } else if profile.promo == PromoRule::NoFullRefund && input.promo == Promo::Yes {
            Some(PartialWhy::OfferExcludesFullRefund)
        } else if profile.full_needs_new_purchase && input.billing != Billing::Subscription {
            Some(PartialWhy::NotNewPurchase)
        } else if !quota_left {
            Some(PartialWhy::QuotaUsed)
        } else {
            None
        }
    }

    fn outcome(&self, verdict: Verdict, section: Section) -> Outcome {
        Outcome {
            profile: self.profile,
            verdict,
            reason: None,
            section,
            refund_fen: 0,
            vouchers_returned_fen: 0,
            amount_fen: self.input.amount_fen,
            third_party_fen: self.input.third_party_fen,
            deadline: self.deadline,
            expiry: self.expiry,
            asof: self.input.asof,
            earliest: None,
            later: None,
            time_left: None,
            estimate: None,
            notes: Vec::new(),
            steps: Vec::new(),
            steps_section: self.profile.sections.apply,
            compare: None,
        }
    }

    fn not_eligible(&self, reason: Reason) -> Outcome {
        let sections = &self.profile.sections;
        let section = match reason {
            Reason::Payg | Reason::Expired => sections.scope,
            Reason::MonthlyLimit => sections.quota,
            Reason::Promo => sections.promo,
        };
        Outcome {
            reason: Some(reason),
            ..self.outcome(Verdict::NotEligible, section)
        }
    }

    /// This month's request is used: what happens at 00:00 on the 1st of next month, with a
    /// fresh quota, decides between wait and not eligible.
    fn after_monthly_limit(&self) -> Outcome {
        let Some(next_month) = next_month_start(self.input.asof) else {
            return self.not_eligible(Reason::MonthlyLimit);
        };
        let then = Input {
            asof: next_month,
            asof_is_now: false,
            requests: 0,
            ..*self.input
        };
        let later = decide(&then, false);
        match later.verdict {
            Verdict::Full | Verdict::Negotiable | Verdict::Partial => Outcome {
                refund_fen: later.refund_fen,
                earliest: Some(next_month),
                notes: later.notes.clone(),
                steps: later.steps.clone(),
                later: Some(Box::new(later)),
                ..self.outcome(Verdict::Wait, self.profile.sections.quota)
            },
            Verdict::Wait | Verdict::NotEligible => Outcome {
                later: Some(Box::new(later)),
                ..self.not_eligible(Reason::MonthlyLimit)
            },
        }
    }

    fn full(&self) -> Outcome {
        let input = self.input;
        let returned = match self.profile.vouchers {
            Vouchers::ReturnedWithFullRefund => input.vouchers_fen,
            Vouchers::NotAsked | Vouchers::NeverReturned => 0,
        };
        Outcome {
            refund_fen: input
                .amount_fen
                .saturating_sub(input.third_party_fen)
                .max(0),
            vouchers_returned_fen: returned,
            time_left: Some(time_left(self.deadline, input.asof)),
            notes: self.notes(Verdict::Full, None),
            steps: self.steps(Verdict::Full),
            ..self.outcome(Verdict::Full, self.profile.sections.window)
        }
    }

    fn negotiable(&self) -> Outcome {
        let estimate = self.estimate();
        Outcome {
            refund_fen: estimate.estimate_fen,
            estimate: Some(estimate),
            notes: self.notes(Verdict::Negotiable, None),
            steps: self.steps(Verdict::Negotiable),
            ..self.outcome(Verdict::Negotiable, self.profile.sections.partial)
        }
    }

    fn partial(&self) -> Outcome {
        let estimate = self.estimate();
        let why = self.why_not_full().unwrap_or(PartialWhy::WindowPassed);
        let section = match why {
            PartialWhy::WindowPassed => self.profile.sections.window,
            PartialWhy::QuotaUsed => self.profile.sections.quota,
            PartialWhy::NotNewPurchase => self.profile.sections.scope,
            PartialWhy::OfferExcludesFullRefund => self.profile.sections.promo,
        };
        let mut notes = vec![Note {
            kind: NoteKind::WhyPartial(why),
            section,
        }];
        notes.extend(self.notes(Verdict::Partial, Some(&estimate)));
        Outcome {
            refund_fen: estimate.estimate_fen,
            estimate: Some(estimate),
            notes,
            steps: self.steps(Verdict::Partial),
            ..self.outcome(Verdict::Partial, self.profile.sections.partial)
        }
    }

    /// The pro-rata amount by the profile's method; 128-bit products, so no overflow at any
    /// `i64` amount.
    fn estimate(&self) -> Estimate {
        let input = self.input;
        let (unit, total, used, used_days) = match self.profile.proration {
            Proration::NegotiatedDays => {
                let used_days = started_days(input.paid, input.asof);
                let total = self.expiry.signed_duration_since(input.paid).num_days();
                (Unit::Day, total, used_days, None)
            }
            Proration::StartedDays => {
                let used_days = started_days(input.paid, input.asof);
                let total = self.expiry.signed_duration_since(input.paid).num_minutes();
                (
                    Unit::Minute,
                    total,
                    used_days.saturating_mul(1440),
                    Some(used_days),
                )
            }
            Proration::FlooredHours => {
                let start = floor_hour(input.paid);
                let total = self.expiry.signed_duration_since(start).num_hours();
                let used = floor_hour(input.asof)
                    .signed_duration_since(start)
                    .num_hours()
                    .max(0);
                (Unit::Hour, total, used, None)
            }
        };
        let remaining = total.saturating_sub(used).max(0);
        let prorated = (i128::from(input.amount_fen) * i128::from(remaining))
            .checked_div(i128::from(total))
            .unwrap_or(0);
        // remaining ≤ total, so |prorated| ≤ |amount| and the conversion cannot fail.
        let prorated_fen = i64::try_from(prorated).unwrap_or(0);
        Estimate {
            unit,
            total,
            used,
            remaining,
            used_days,
            amount_fen: input.amount_fen,
            third_party_fen: input.third_party_fen,
            prorated_fen,
            estimate_fen: prorated_fen.saturating_sub(input.third_party_fen).max(0),
        }
    }

    fn notes(&self, verdict: Verdict, estimate: Option<&Estimate>) -> Vec<Note> {
        let input = self.input;
        let profile = self.profile;
        let s = &profile.sections;
        let promo = match (input.promo, profile.promo) {
            (Promo::No, _) => None,
            (Promo::Yes, PromoRule::Note) => Some(NoteKind::PromoMayBeExcluded),
            (Promo::Unsure, PromoRule::Note) => Some(NoteKind::PromoCheck),
            // Under `NotRefundable` a `yes` never gets here; under `NoFullRefund` it is the
            // reason the result is partial, given first.
            (Promo::Yes, _) => None,
            (Promo::Unsure, _) => Some(NoteKind::OfferCheck),
        };
        let vouchers = (input.vouchers_fen > 0).then(|| {
            let fen = input.vouchers_fen;
            match (profile.vouchers, verdict) {
                (Vouchers::ReturnedWithFullRefund, Verdict::Full) => {
                    NoteKind::VouchersReturned { fen }
                }
                _ => NoteKind::VouchersNotReturned { fen },
            }
        });
        let partial = verdict == Verdict::Partial;
        let nothing_left = estimate.is_some_and(|e| partial && e.remaining == 0);
        let quota = match profile.quota {
            Quota::PerMonth(_) => Some(NoteKind::UsesMonthlyRequest),
            Quota::FullRefunds(_) => (verdict == Verdict::Full).then_some(NoteKind::UsesQuota),
        };
        let third_party = (input.third_party_fen > 0).then_some(NoteKind::ThirdPartyDeducted {
            fen: input.third_party_fen,
        });
        [
            (partial && !nothing_left).then_some((NoteKind::UpperBound, s.partial)),
            (nothing_left).then_some((NoteKind::NothingLeft, s.partial)),
            (partial && profile.fee_unknown.is_some()).then_some((NoteKind::FeeUnknown, s.partial)),
            (profile.full_needs_new_purchase && input.billing == Billing::Converted)
                .then_some((NoteKind::ConvertedMayQualify, s.scope)),
            promo.map(|kind| (kind, s.promo)),
            vouchers.map(|kind| (kind, s.vouchers)),
            third_party.map(|kind| (kind, s.notes)),
            quota.map(|kind| (kind, s.quota)),
        ]
        .into_iter()
        .flatten()
        .chain(profile.standing_notes.iter().map(|&kind| {
            let section = match kind {
                NoteKind::KeepRecords => s.apply,
                _ => s.notes,
            };
            (kind, section)
        }))
        .map(|(kind, section)| Note { kind, section })
        .collect()
    }

    /// The channels in the profile's order; when negotiating, calling comes first.
    fn steps(&self, verdict: Verdict) -> Vec<Step> {
        let channels = self.profile.channels.iter();
        if verdict == Verdict::Negotiable {
            let others = channels.filter_map(|channel| match channel {
                Channel::Console { .. } => Some(Step::Console),
                Channel::Phone(_) => None,
            });
            let phone_first = self.profile.phone().map(|_| Step::PhoneFirst);
            phone_first.into_iter().chain(others).collect()
        } else {
            channels
                .map(|channel| match channel {
                    Channel::Console { .. } => Step::Console,
                    Channel::Phone(_) => Step::Phone,
                })
                .collect()
        }
    }
}

/// Days from `paid` to `asof`, a started day counting as a whole one (0 at the same minute).
fn started_days(paid: Instant, asof: Instant) -> i64 {
    let seconds = asof.signed_duration_since(paid).num_seconds().max(0);
    seconds / 86_400 + i64::from(seconds % 86_400 > 0)
}

/// `t` with its minutes (and seconds) set to 0.
fn floor_hour(t: Instant) -> Instant {
    t.with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::super::input::{validate, RawInput};
    use super::super::time::{format_attr, parse_datetime};
    use super::*;

    fn case(paid: &str, asof: &str, amount: &str, months: &str, requests: &str) -> Input {
        let raw = RawInput {
            paid: paid.into(),
            asof: asof.into(),
            amount: amount.into(),
            months: months.into(),
            requests: requests.into(),
            ..RawInput::defaults()
        };
        let now = parse_datetime("2026-01-01T00:00").unwrap_or_else(|_| end_of_time());
        validate(&raw, now).unwrap_or_else(|errors| panic!("{errors:?}"))
    }

    #[test]
    fn public_example_1_full() {
        let input = case("2026-11-25T10:00", "2026-11-28T09:00", "1200.00", "1", "0");
        let outcome = evaluate(&input);
        assert_eq!(outcome.verdict, Verdict::Full);
        assert_eq!(outcome.refund_fen, 120_000);
        assert_eq!(format_attr(outcome.deadline), "2026-11-30T10:00:00+08:00");
        assert_eq!(outcome.time_left, Duration::try_minutes(49 * 60));
        assert_eq!(outcome.section, Section("time-limit"));
        assert_eq!(outcome.steps, [Step::Console, Step::Phone]);
        let kinds: Vec<_> = outcome.notes.iter().map(|note| note.kind).collect();
        assert_eq!(kinds, [NoteKind::UsesMonthlyRequest, NoteKind::KeepRecords]);
    }

    #[test]
    fn public_example_4_wait() {
        let input = case("2026-11-29T10:00", "2026-11-30T12:00", "500.00", "1", "1");
        let outcome = evaluate(&input);
        assert_eq!(outcome.verdict, Verdict::Wait);
        assert_eq!(outcome.refund_fen, 50_000);
        assert_eq!(
            outcome.earliest.map(format_attr).as_deref(),
            Some("2026-12-01T00:00:00+08:00")
        );
        let later = outcome
            .later
            .as_deref()
            .map(|later| (later.verdict, format_attr(later.deadline)));
        assert_eq!(
            later,
            Some((Verdict::Full, "2026-12-04T10:00:00+08:00".into()))
        );
    }
}
