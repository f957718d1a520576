//! The plain-text summary behind the "copy result" button: what a person pastes into a chat or
//! a support ticket. Pure, so it is tested natively.

use crate::guide::guide;
use crate::i18n::texts;
use crate::policy::{self, Lang, Outcome, Section, Step, Verdict};

/// The guide section's title, for "based on" links.
pub fn section_title(lang: Lang, section: Section) -> &'static str {
    guide(lang)
        .sections
        .iter()
        .find(|s| s.section == section)
        .map_or("", |s| s.title)
}

/// The console path or phone number a step refers to, from the profile's data.
pub fn step_detail(lang: Lang, step: Step) -> String {
    let profile = policy::article();
    match step {
        Step::Console => profile
            .console_path(lang)
            .map(|p| p.join(" → "))
            .unwrap_or_default(),
        Step::Phone | Step::PhoneFirst => profile.phone().unwrap_or_default().to_owned(),
    }
}

pub fn summary(outcome: &Outcome, lang: Lang, url: &str) -> String {
    let t = texts(lang);
    let sep = t.label_sep;
    let time = |i| policy::format_display(i, lang);
    let mut lines = vec![
        format!("{} — {}", t.title, (t.verdict)(outcome.verdict)),
        format!(
            "{}{sep}{}",
            (t.refund_label)(outcome.verdict),
            policy::format_money(outcome.refund_fen, lang)
        ),
    ];
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
        lines.push(format!(
            "- {}",
            (t.note)(&note.kind, &note_amount(&note.kind, lang))
        ));
    }
    for step in &outcome.steps {
        lines.push(format!("- {}", (t.step)(*step, &step_detail(lang, *step))));
    }
    lines.push(format!(
        "{}{sep}{}",
        t.rules_credit,
        guide(lang).source_title
    ));
    lines.push(url.to_owned());
    lines.join("\n")
}

/// The formatted amount a note mentions (third-party costs), or empty.
pub fn note_amount(kind: &policy::NoteKind, lang: Lang) -> String {
    match kind {
        policy::NoteKind::ThirdPartyDeducted { fen } => policy::format_money(*fen, lang),
        _ => String::new(),
    }
}
