//! The plain-text summary behind the "copy result" button: what a person pastes into a chat or
//! a support ticket. Pure, so it is tested natively.

use crate::i18n::{texts, Rules};
use crate::policy::{self, Lang, NoteKind, Outcome, Step, Verdict};

/// The console path or phone number a step refers to, from the profile's data.
pub fn step_detail(outcome: &Outcome, lang: Lang, step: Step) -> String {
    let profile = outcome.profile;
    match step {
        Step::Console => profile
            .console(lang)
            .map(|(path, _)| path.join(" → "))
            .unwrap_or_default(),
        Step::Phone | Step::PhoneFirst => profile.phone().unwrap_or_default().to_owned(),
    }
}

/// A note as a sentence, with its amount formatted.
pub fn note_text(outcome: &Outcome, kind: &NoteKind, lang: Lang) -> String {
    let amount = match kind {
        NoteKind::ThirdPartyDeducted { fen }
        | NoteKind::VouchersNotReturned { fen }
        | NoteKind::VouchersReturned { fen } => policy::format_money(*fen, lang),
        _ => String::new(),
    };
    (texts(lang).note)(kind, &amount, Rules::of(outcome.profile))
}

/// A next step as a sentence.
pub fn step_text(outcome: &Outcome, step: Step, lang: Lang) -> String {
    let detail = step_detail(outcome, lang, step);
    (texts(lang).step)(step, &detail, outcome.verdict, Rules::of(outcome.profile))
}

pub fn summary(outcome: &Outcome, lang: Lang, url: &str) -> String {
    let t = texts(lang);
    let sep = t.label_sep;
    let time = |i| policy::format_display(i, lang);
    let rules = Rules::of(outcome.profile);
    let mut lines = vec![
        format!("{} — {}", t.title, (t.verdict)(outcome.verdict)),
        format!(
            "{}{sep}{}",
            (t.refund_label)(outcome.verdict, outcome.profile),
            policy::format_money(outcome.refund_fen, lang)
        ),
    ];
    if outcome.vouchers_returned_fen > 0 {
        lines.push(format!(
            "{}{sep}{}",
            t.vouchers_returned_label,
            policy::format_money(outcome.vouchers_returned_fen, lang)
        ));
    }
    if let Some(reason) = outcome.reason {
        lines.push((t.reason)(reason).to_owned());
    }
    match (outcome.verdict, outcome.earliest) {
        (Verdict::Wait, Some(earliest)) => {
            lines.push(format!("{}{sep}{}", t.earliest_label, time(earliest)));
        }
        _ => lines.push(format!(
            "{}{sep}{}",
            t.deadline_label,
            time(outcome.deadline)
        )),
    }
    lines.push(format!("{}{sep}{}", t.expiry_label, time(outcome.expiry)));
    for note in &outcome.notes {
        lines.push(format!("- {}", note_text(outcome, &note.kind, lang)));
    }
    for step in &outcome.steps {
        lines.push(format!("- {}", step_text(outcome, *step, lang)));
    }
    if !outcome.steps.is_empty() {
        lines.push(format!(
            "{}{sep}{}",
            t.money_back_label,
            outcome.profile.money_back.get(lang)
        ));
    }
    lines.push((t.rules_credit)(rules).to_owned());
    lines.push(url.to_owned());
    lines.join("\n")
}
