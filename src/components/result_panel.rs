use yew::prelude::*;

use super::countdown::countdown;
use super::runs::text_in;
use crate::browser;
use crate::i18n::{texts, Rules};
use crate::policy::{self, Estimate, Field, Instant, Lang, Outcome, Section, Unit, Verdict};
use crate::state::Action;
use crate::summary::{note_text, step_text, summary};

pub struct ResultPanelProps<'a> {
    pub lang: Lang,
    pub outcome: &'a Outcome,
    /// The page's clock when the application time is "now" (the countdown then runs).
    pub live_clock: Option<Instant>,
    /// How the last "copy result" went, if it is still current, and how many copies so far (each
    /// says so anew, even when the words are the same).
    pub copied: Option<(bool, u32)>,
    /// In a widget, the full page's query: guide links open it in a new tab.
    pub full_page: Option<&'a str>,
    /// Receives `Highlight` (a link into the guide), `Copied` and `Edit` (the compare switch).
    pub dispatch: &'a Callback<Action>,
}

/// The answer: verdict, amount, dates, the working, notes and next steps. Carries the contract's
/// `data-*` attributes. Every figure comes from the outcome; nothing is recomputed here.
pub fn result_panel(props: &ResultPanelProps<'_>) -> Html {
    let t = texts(props.lang);
    let lang = props.lang;
    let o = props.outcome;
    let profile = o.profile;
    let live = props.live_clock.is_some();
    let sep = t.label_sep;
    // In a widget the guide is on the full page: its links open that in a new tab.
    let section_link = |section: Section| {
        let onclick = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Highlight(section)))
        };
        html! {
            <a class="section-link" href={format!("{}#{}", props.full_page.unwrap_or(""), section.id())}
               target={props.full_page.map(|_| "_blank")} {onclick}>
                { t.see_section }{ sep }{ (t.section_title)(section) }
                if props.full_page.is_some() {
                    <span class="visually-hidden">{ t.new_tab }</span>
                }
            </a>
        }
    };
    let on_copy = {
        let dispatch = props.dispatch.clone();
        let outcome = o.clone();
        Callback::from(move |_: MouseEvent| {
            let text = summary(&outcome, lang, &browser::location_href());
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.emit(Action::Copied(browser::copy_text(text).await));
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let time = |i| policy::format_display(i, lang);
    let money = |fen| policy::format_money(fen, lang);
    let deadline = if o.asof >= o.deadline {
        html! { (t.deadline_passed)(&time(o.deadline)) }
    } else {
        time_element(o.deadline, lang)
    };

    let facts = match o.verdict {
        Verdict::Full => html! {
            <>
                if o.vouchers_returned_fen > 0 {
                    { fact(t.vouchers_returned_label, html! { money(o.vouchers_returned_fen) }) }
                }
                { fact(t.deadline_label, time_element(o.deadline, lang)) }
                { fact(if live { t.time_left_label } else { t.time_left_at_asof },
                    countdown(lang, o.deadline, o.time_left.unwrap_or_default(), props.live_clock)) }
                { fact(t.expiry_label, html! { time(o.expiry) }) }
            </>
        },
        Verdict::Wait => {
            let later = o.later.as_deref();
            html! {
                <>
                    if let Some(earliest) = o.earliest {
                        { fact(t.earliest_label, time_element(earliest, lang)) }
                    }
                    if let Some(later) = later {
                        { fact(t.later_label, html! { (t.verdict)(later.verdict) }) }
                        if later.verdict == Verdict::Full {
                            { fact(t.window_label, html! { format!("{} – {}", time(later.asof), time(later.deadline)) }) }
                        }
                    }
                    { fact(t.deadline_label, html! { time(o.deadline) }) }
                    { fact(t.expiry_label, html! { time(o.expiry) }) }
                </>
            }
        }
        Verdict::Negotiable | Verdict::Partial | Verdict::NotEligible => html! {
            <>
                { fact(t.deadline_label, deadline) }
                { fact(t.expiry_label, html! { time(o.expiry) }) }
            </>
        },
    };

    // The working behind the amount: the pro-rata figure, or amount − third-party costs for a
    // full refund (now, or next month for a wait). Not eligible: nothing to work out.
    let full_refund = match o.verdict {
        Verdict::Full => Some(o),
        Verdict::Wait => o.later.as_deref().filter(|l| l.verdict == Verdict::Full),
        _ => None,
    };
    let breakdown_rows = match (o.estimate, full_refund) {
        (Some(e), _) if e.unit == Unit::Day => Some(html! {
            <>
                <dl>
                    { fact(t.amount_paid, html! { money(e.amount_fen) }) }
                    { fact(t.total_days, html! { (t.days)(e.total) }) }
                    { fact(t.used_days, html! { (t.days)(e.used) }) }
                    { fact(t.remaining_days, html! { (t.days)(e.remaining) }) }
                    { fact(t.third_party_deduction, html! { money(e.third_party_fen) }) }
                </dl>
                <p class="formula" data-testid="formula">
                    { (t.formula)(&money(e.amount_fen), e.remaining, e.total, &money(e.third_party_fen), &money(e.estimate_fen)) }
                </p>
            </>
        }),
        (Some(e), _) => Some(bound_rows(&e, lang)),
        (None, Some(f)) if f.third_party_fen > 0 || profile.reads(Field::Thirdparty) => {
            Some(html! {
                <dl>
                    { fact(t.amount_paid, html! { money(f.amount_fen) }) }
                    { fact(t.third_party_deduction, html! { format!("− {}", money(f.third_party_fen)) }) }
                    { fact(t.refund_total, html! { money(f.refund_fen) }) }
                </dl>
            })
        }
        _ => None,
    };
    let breakdown = breakdown_rows.map(|rows| {
        html! {
            <div class="breakdown">
                <h3>{ t.breakdown_heading }</h3>
                { rows }
            </div>
        }
    });
    let console_url = profile.console(lang).and_then(|(_, url)| url);
    let fee = o
        .profile
        .fee_unknown
        .filter(|_| o.verdict == Verdict::Partial);
    // The compare block: what the official rules give for the same order, one click away.
    let compare = o.compare.as_deref().map(|c| {
        let onclick = {
            let (dispatch, id) = (props.dispatch.clone(), c.profile.id);
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Edit(Field::Policy, id.to_owned())))
        };
        html! {
            <div class="compare" data-testid="compare" data-policy={c.profile.id}
                 data-verdict={c.verdict.attr()} data-refund-fen={c.refund_fen.to_string()}>
                <h3>{ t.compare_heading }</h3>
                <p>
                    { (t.verdict)(c.verdict) }{ sep }
                    { (t.refund_label)(c.verdict, c.profile) }{ " " }<strong>{ money(c.refund_fen) }</strong>
                    if let Some(reason) = c.reason {
                        { " " }{ (t.reason)(reason) }
                    }
                </p>
                <p class="hint">{ t.compare_assumes }</p>
                <button type="button" class="secondary" data-testid="compare-switch" {onclick}>
                    { t.compare_switch }
                </button>
            </div>
        }
    });

    // Each guide section is linked once, where it first comes up (the verdict's, then the notes',
    // then the steps'), so no two links in the result have the same name.
    let mut linked = vec![o.section];
    let note_links: Vec<bool> = o
        .notes
        .iter()
        .map(|n| {
            let first = !linked.contains(&n.section);
            linked.push(n.section);
            first
        })
        .collect();
    let steps_link = !linked.contains(&o.steps_section);
    let notes = (!o.notes.is_empty()).then(|| {
        html! {
            <>
                <h3>{ t.notes_heading }</h3>
                <ul class="notes" data-testid="notes">
                    { for o.notes.iter().zip(&note_links).filter(|(n, _)| fee.is_none() || n.kind != policy::NoteKind::FeeUnknown).map(|(n, &first)| {
                        html! {
                            <li>
                                { text_in(lang, &note_text(o, &n.kind, lang)) }
                                if first {
                                    { " " }{ section_link(n.section) }
                                }
                            </li>
                        }
                    }) }
                </ul>
            </>
        }
    });
    // A widget folds the working and the notes: the verdict, the dates and what to do next
    // come first in a short column.
    let money_back = (!o.steps.is_empty()).then(|| {
        html! {
            <>
                <p class="money-back" data-testid="money-back">
                    <strong>{ t.money_back_label }{ sep }</strong>{ text_in(lang, profile.money_back.get(lang)) }
                </p>
                if steps_link {
                    <p>{ section_link(o.steps_section) }</p>
                }
            </>
        }
    });
    let (more, after_steps) = match (props.full_page, breakdown.is_some() || notes.is_some()) {
        (Some(_), true) => (
            html! {
                <details class="more">
                    <summary>{ t.more_details }</summary>
                    { breakdown }
                    { notes }
                    { money_back }
                </details>
            },
            Html::default(),
        ),
        _ => (
            html! { <>{ breakdown }{ notes }</> },
            money_back.unwrap_or_default(),
        ),
    };

    html! {
        <section id="result" class={verdict_class(o.verdict)}
            data-testid="result" tabindex="-1" aria-labelledby="result-heading"
            data-policy={profile.id}
            data-verdict={o.verdict.attr()}
            data-refund-fen={o.refund_fen.to_string()}
            data-vouchers-fen={o.vouchers_returned_fen.to_string()}
            data-deadline={policy::format_attr(o.deadline)}
            data-earliest={o.earliest.map(policy::format_attr)}
            data-reason={o.reason.map(|r| r.attr())}
            data-fee={fee.map(|_| "unknown")}>
            <h2 id="result-heading">{ t.result_heading }</h2>
            <p class="verdict" data-testid="verdict">{ (t.verdict)(o.verdict) }</p>
            <p class="lead">{ text_in(lang, (t.verdict_lead)(o.verdict, Rules::of(profile))) }{ " " }{ section_link(o.section) }</p>
            if let Some(reason) = o.reason {
                <p class="reason" data-testid="reason">{ (t.reason)(reason) }</p>
            }
            if let Some(url) = fee {
                <p class="fee-note" data-testid="fee-note">
                    { text_in(lang, &note_text(o, &policy::NoteKind::FeeUnknown, lang)) }{ " " }
                    <a href={url} target="_blank" rel="noopener noreferrer">
                        { text_in(lang, t.fee_source) }<span class="visually-hidden">{ t.new_tab }</span>
                    </a>
                </p>
            }
            <p class="amount">
                <span class="amount-label">{ (t.refund_label)(o.verdict, profile) }</span>
                <strong data-testid="refund-amount">{ money(o.refund_fen) }</strong>
            </p>
            { compare }
            <dl class="facts">{ facts }</dl>
            { more }
            if !o.steps.is_empty() {
                <h3>{ t.steps_heading }</h3>
                <ol class="steps" data-testid="steps">
                    { for o.steps.iter().map(|s| html! {
                        <li>
                            { text_in(lang, &step_text(o, *s, lang)) }
                            if let (policy::Step::Console, Some(url)) = (s, console_url) {
                                { " " }
                                <a href={url} target="_blank" rel="noopener noreferrer">
                                    { t.console_link }<span class="visually-hidden">{ t.new_tab }</span>
                                </a>
                            }
                        </li>
                    }) }
                </ol>
                { after_steps }
            }
            <div class="result-actions">
                <button type="button" class="secondary" data-testid="copy-result" onclick={on_copy}>{ t.copy_button }</button>
                <button type="button" class="secondary" data-testid="print" onclick={on_print}>{ t.print_button }</button>
                <span class="copy-status" role="status" data-testid="copy-status">
                    { match props.copied { Some((true, _)) => t.copied, Some((false, _)) => t.copy_failed, None => "" } }
                    // A no-break space on every other copy: the words change, so they are said again.
                    { if props.copied.is_some_and(|(_, n)| n % 2 == 0) { "\u{a0}" } else { "" } }
                </span>
            </div>
        </section>
    }
}

/// The working of an upper bound: the whole term and the time counted as used, in the
/// profile's unit, then the formula.
fn bound_rows(e: &Estimate, lang: Lang) -> Html {
    let t = texts(lang);
    let money = |fen| policy::format_money(fen, lang);
    let units = |n| (t.units)(e.unit, n);
    let used = match e.used_days {
        Some(days) => format!("{} = {}", (t.units)(Unit::Day, days), units(e.used)),
        None => units(e.used),
    };
    html! {
        <>
            <dl>
                { fact(t.amount_paid, html! { money(e.amount_fen) }) }
                { fact((t.term_total)(e.unit), html! { units(e.total) }) }
                { fact((t.term_used)(e.unit), html! { used }) }
            </dl>
            <p class="formula" data-testid="formula">
                { (t.bound_formula)(&money(e.amount_fen), &e.total.to_string(), &e.used.to_string(), &money(e.estimate_fen)) }
            </p>
        </>
    }
}

/// The section's classes, as whole strings rather than `classes!` (less wasm).
fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Full => "result verdict-full",
        Verdict::Negotiable => "result verdict-negotiable",
        Verdict::Partial => "result verdict-partial",
        Verdict::Wait => "result verdict-wait",
        Verdict::NotEligible => "result verdict-not-eligible",
    }
}

/// One row of a `<dl>`. A function, not inline markup, so that its code exists once.
#[inline(never)]
fn fact(label: &str, value: Html) -> Html {
    html! { <div class="fact"><dt>{ label }</dt><dd>{ value }</dd></div> }
}

/// A date shown in the page's format, machine-readable in `datetime`.
#[inline(never)]
fn time_element(at: Instant, lang: Lang) -> Html {
    html! { <time datetime={policy::format_attr(at)}>{ policy::format_display(at, lang) }</time> }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole-string classes stay in step with the contract's verdict names.
    #[test]
    fn verdict_classes_follow_the_verdict_names() {
        for v in [
            Verdict::Full,
            Verdict::Negotiable,
            Verdict::Partial,
            Verdict::Wait,
            Verdict::NotEligible,
        ] {
            assert_eq!(verdict_class(v), format!("result verdict-{}", v.attr()));
        }
    }
}
