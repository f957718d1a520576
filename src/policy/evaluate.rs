//! The one evaluator: walks the profile's rule list in order; the first rule that matches
//! decides (`article-rules.md`, "Evaluation"). Total: never panics, for any [`Input`].

use chrono::Duration;

use super::input::{Billing, Input, Promo};
use super::outcome::{Estimate, Note, NoteKind, Outcome, Reason, Section, Step, Verdict};
use super::profile::{Channel, Profile, Rule};
use super::time::{add_hours, add_months, end_of_time, next_month_start, Instant};

/// Decides the case. Derived instants: `deadline = paid + window_hours` (the window is
/// half-open, so applying exactly at the deadline is too late), `expiry = paid + months`
/// (month-end clamped). If no listed rule matches, the case is negotiable.
pub fn evaluate(input: &Input, profile: &Profile) -> Outcome {
    decide(input, profile, true)
}

/// Time from `now` until `deadline`, zero once it has passed: the UI's live countdown.
pub fn time_left(deadline: Instant, now: Instant) -> Duration {
    deadline.signed_duration_since(now).max(Duration::zero())
}

/// `may_wait` is false for the "next month" re-evaluation, so it cannot recurse again.
fn decide(input: &Input, profile: &Profile, may_wait: bool) -> Outcome {
    let case = Case {
        input,
        profile,
        // Saturating: only hand-built inputs far outside the profile's ranges can overflow.
        deadline: add_hours(input.paid, profile.window_hours).unwrap_or_else(end_of_time),
        expiry: add_months(input.paid, input.months).unwrap_or_else(end_of_time),
    };
    profile
        .rules
        .iter()
        .find_map(|&rule| case.apply(rule, may_wait))
        .unwrap_or_else(|| case.negotiable())
}

struct Case<'a> {
    input: &'a Input,
    profile: &'a Profile,
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
            Rule::MonthlyLimit => (may_wait && input.requests >= self.profile.requests_per_month)
                .then(|| self.after_monthly_limit()),
            Rule::FullWindow => (input.asof < self.deadline).then(|| self.full()),
            Rule::Negotiable => Some(self.negotiable()),
        }
    }

    fn outcome(&self, verdict: Verdict, section: Section) -> Outcome {
        Outcome {
            verdict,
            reason: None,
            section,
            refund_fen: 0,
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
            steps_section: self.profile.sections.steps,
        }
    }

    fn not_eligible(&self, reason: Reason) -> Outcome {
        let rule = match reason {
            Reason::Payg => Rule::Payg,
            Reason::Expired => Rule::Expired,
            Reason::MonthlyLimit => Rule::MonthlyLimit,
        };
        Outcome {
            reason: Some(reason),
            ..self.outcome(Verdict::NotEligible, self.profile.sections.of_rule(rule))
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
        let later = decide(&then, self.profile, false);
        match later.verdict {
            Verdict::Full | Verdict::Negotiable => Outcome {
                refund_fen: later.refund_fen,
                earliest: Some(next_month),
                notes: later.notes.clone(),
                steps: later.steps.clone(),
                later: Some(Box::new(later)),
                ..self.outcome(Verdict::Wait, self.profile.sections.monthly_limit)
            },
            Verdict::Wait | Verdict::NotEligible => Outcome {
                later: Some(Box::new(later)),
                ..self.not_eligible(Reason::MonthlyLimit)
            },
        }
    }

    fn full(&self) -> Outcome {
        let input = self.input;
        Outcome {
            refund_fen: input
                .amount_fen
                .saturating_sub(input.third_party_fen)
                .max(0),
            time_left: Some(time_left(self.deadline, input.asof)),
            notes: self.notes(),
            steps: self.steps(false),
            ..self.outcome(Verdict::Full, self.profile.sections.full_window)
        }
    }

    fn negotiable(&self) -> Outcome {
        let estimate = self.estimate();
        Outcome {
            refund_fen: estimate.estimate_fen,
            estimate: Some(estimate),
            notes: self.notes(),
            steps: self.steps(true),
            ..self.outcome(Verdict::Negotiable, self.profile.sections.negotiable)
        }
    }

    /// Pro rata by whole days, a started day counting as used; 128-bit product, so no
    /// overflow at any `i64` amount.
    fn estimate(&self) -> Estimate {
        let input = self.input;
        let total_days = self.expiry.signed_duration_since(input.paid).num_days();
        let used_seconds = input
            .asof
            .signed_duration_since(input.paid)
            .num_seconds()
            .max(0);
        let used_days = used_seconds / 86_400 + i64::from(used_seconds % 86_400 > 0);
        let remaining_days = total_days.saturating_sub(used_days).max(0);
        let prorated = (i128::from(input.amount_fen) * i128::from(remaining_days))
            .checked_div(i128::from(total_days))
            .unwrap_or(0);
        // remaining ≤ total, so |prorated| ≤ |amount| and the conversion cannot fail.
        let prorated_fen = i64::try_from(prorated).unwrap_or(0);
        Estimate {
            total_days,
            used_days,
            remaining_days,
            amount_fen: input.amount_fen,
            third_party_fen: input.third_party_fen,
            prorated_fen,
            estimate_fen: prorated_fen.saturating_sub(input.third_party_fen).max(0),
        }
    }

    fn notes(&self) -> Vec<Note> {
        let sections = &self.profile.sections;
        let promo = match self.input.promo {
            Promo::No => None,
            Promo::Yes => Some(NoteKind::PromoMayBeExcluded),
            Promo::Unsure => Some(NoteKind::PromoCheck),
        };
        let third_party =
            (self.input.third_party_fen > 0).then_some(NoteKind::ThirdPartyDeducted {
                fen: self.input.third_party_fen,
            });
        [
            promo.map(|kind| (kind, sections.promo)),
            third_party.map(|kind| (kind, sections.third_party)),
            Some((NoteKind::UsesMonthlyRequest, sections.monthly_request)),
            Some((NoteKind::KeepRecords, sections.records)),
        ]
        .into_iter()
        .flatten()
        .map(|(kind, section)| Note { kind, section })
        .collect()
    }

    /// The channels in the profile's order; when negotiating, calling comes first.
    fn steps(&self, negotiable: bool) -> Vec<Step> {
        let channels = self.profile.channels.iter();
        if negotiable {
            let others = channels.filter_map(|channel| match channel {
                Channel::Console(_) => Some(Step::Console),
                Channel::Phone(_) => None,
            });
            let phone_first = self.profile.phone().map(|_| Step::PhoneFirst);
            phone_first.into_iter().chain(others).collect()
        } else {
            channels
                .map(|channel| match channel {
                    Channel::Console(_) => Step::Console,
                    Channel::Phone(_) => Step::Phone,
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::input::{validate, RawInput};
    use super::super::profile::article;
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
        validate(&raw, now, article()).unwrap_or_else(|errors| panic!("{errors:?}"))
    }

    #[test]
    fn public_example_1_full() {
        let input = case("2026-11-25T10:00", "2026-11-28T09:00", "1200.00", "1", "0");
        let outcome = evaluate(&input, article());
        assert_eq!(outcome.verdict, Verdict::Full);
        assert_eq!(outcome.refund_fen, 120_000);
        assert_eq!(format_attr(outcome.deadline), "2026-11-30T10:00:00+08:00");
        assert_eq!(outcome.time_left, Duration::try_minutes(49 * 60));
        assert_eq!(outcome.section, Section::TimeLimit);
        assert_eq!(outcome.steps, [Step::Console, Step::Phone]);
        let kinds: Vec<_> = outcome.notes.iter().map(|note| note.kind).collect();
        assert_eq!(kinds, [NoteKind::UsesMonthlyRequest, NoteKind::KeepRecords]);
    }

    #[test]
    fn public_example_4_wait() {
        let input = case("2026-11-29T10:00", "2026-11-30T12:00", "500.00", "1", "1");
        let outcome = evaluate(&input, article());
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
