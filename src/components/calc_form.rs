use yew::prelude::*;

use super::choice_field::{Choice, ChoiceField};
use super::runs::text_in;
use super::text_field::TextField;
use crate::i18n::{texts, Rules};
use crate::policy::{self, Field, FieldError, Lang, Profile, RawInput};
use crate::state::Action;

pub struct CalcFormProps<'a> {
    pub lang: Lang,
    pub raw: &'a RawInput,
    /// The rule set the form asks for: it decides which fields show and how they are named.
    pub profile: &'static Profile,
    /// The errors to show (empty until the person asked for the result).
    pub errors: &'a [FieldError],
    /// The browser's zone once known: `Some(Some("UTC-5"))` outside Beijing time,
    /// `Some(None)` in it, `None` before the page has read it (prerendered).
    pub zone: Option<Option<&'a str>>,
    /// Receives `Edit`, `Check`, `Reset` and `FillNow`.
    pub dispatch: &'a Callback<Action>,
}

/// A date-time field is a `datetime-local` picker while its value is one the picker can hold (a
/// real date-time in range); any other value (from a link, say) is shown as text instead, since
/// the picker would silently blank it and the person would not see what is wrong.
fn date_kind(value: &str) -> &'static str {
    // Only the canonical spelling: the picker blanks " 2026-11-25 10:00 " although it is valid.
    let fits = value.is_empty()
        || policy::parse_datetime(value)
            .map(policy::format_input)
            .is_ok_and(|canonical| canonical == value);
    if fits {
        "datetime-local"
    } else {
        "text"
    }
}

/// The form: the provider choice, then every input the chosen rules read, in the order people
/// find them on their order page, named in that provider's terms.
pub fn calc_form(props: &CalcFormProps<'_>) -> Html {
    let t = texts(props.lang);
    let raw = props.raw;
    let profile = props.profile;
    let rules = Rules::of(profile);
    let messages: Vec<(Field, String)> = props
        .errors
        .iter()
        .map(|e| (e.field, (t.error)(*e, profile)))
        .collect();
    let error = |field: Field| {
        messages
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    };
    let text = |field: Field, label, hint, inputmode| TextField {
        lang: props.lang,
        field,
        label,
        hint,
        value: raw.get(field),
        error: error(field),
        error_prefix: t.error_prefix,
        kind: "text",
        inputmode,
        range: None,
        dispatch: props.dispatch,
        extra: Html::default(),
    };
    let onsubmit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::Check);
        })
    };
    let onreset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::Reset);
        })
    };
    let onnow = props.dispatch.reform(|_: MouseEvent| Action::FillNow);
    // The three choices differ only in their field, words and layout.
    let choice = |field: Field, legend, hint, choices: Vec<Choice>, inline| ChoiceField {
        lang: props.lang,
        field,
        legend,
        hint,
        choices,
        value: raw.get(field),
        error: error(field),
        error_prefix: t.error_prefix,
        inline,
        dispatch: props.dispatch,
    };
    let plain = |options: &[(&'static str, &'static str)]| -> Vec<Choice> {
        options
            .iter()
            .map(|&(value, label)| Choice {
                value,
                label,
                hint: "",
            })
            .collect()
    };
    let policy = choice(
        Field::Policy,
        t.policy_legend,
        t.policy_hint,
        plain(&t.policy_options),
        true,
    );
    let billing_choices = t
        .billing_options
        .iter()
        .map(|&(value, label, hint)| Choice { value, label, hint })
        .collect();
    let billing = choice(Field::Billing, t.billing_legend, "", billing_choices, false);
    let promo = choice(
        Field::Promo,
        (t.promo_legend)(rules),
        "",
        plain(&t.promo_options),
        true,
    );
    let asof_label = format!("{} {}", t.asof_label, t.optional);
    // The picker offers only the years the rules accept, so a year typed by keyboard stops at
    // four digits.
    let range = || {
        Some((
            format!("{}-01-01T00:00", profile.limits.year_min),
            format!("{}-12-31T23:59", profile.limits.year_max),
        ))
    };
    let asof = TextField {
        label: &asof_label,
        kind: date_kind(&raw.asof),
        range: range(),
        extra: html! {
            <button type="button" class="secondary" data-testid="now-button" onclick={onnow}
                    aria-label={t.now_button_label}>
                { t.now_button }
            </button>
        },
        ..text(Field::Asof, "", t.asof_hint, None)
    };
    let (paid_label, paid_hint) = (t.paid_text)(rules);
    let paid = TextField {
        kind: date_kind(&raw.paid),
        range: range(),
        ..text(Field::Paid, paid_label, paid_hint, None)
    };
    let (amount_label, amount_hint) = (t.amount_text)(rules);
    let months_hint = (t.months_hint)(profile);
    let requests_hint = (t.requests_hint)(profile);
    let (used_label, used_hint) = (t.used_text)(profile);
    let reads = |field| profile.reads(field);
    html! {
        <form class="calc-form" novalidate=true aria-labelledby="form-heading" {onsubmit}>
            <h2 id="form-heading">{ t.form_heading }</h2>
            // Said from the first paint; the browser's own zone fills a line kept for it.
            <p class="zone-note">
                { text_in(props.lang, t.beijing_time_note) }
                <span class="zone-visitor">
                    { match props.zone {
                        Some(Some(zone)) => html! { <span data-testid="zone-note">{ (t.timezone_note)(zone) }</span> },
                        Some(None) => html! { t.same_zone_note },
                        None => Html::default(),
                    } }
                </span>
            </p>
            { policy.view() }
            { billing.view() }
            { paid.view() }
            { asof.view() }
            // In pairs (amount and term or vouchers, then the costs and counts), which a wide
            // widget sets side by side; the promotion question last.
            { text(Field::Amount, amount_label, amount_hint, Some("decimal")).view() }
            if reads(Field::Vouchers) {
                { text(Field::Vouchers, t.vouchers_label, (t.vouchers_hint)(rules), Some("decimal")).view() }
            }
            { text(Field::Months, t.months_label, &months_hint, Some("numeric")).view() }
            if reads(Field::Thirdparty) {
                { text(Field::Thirdparty, t.thirdparty_label, t.thirdparty_hint, Some("decimal")).view() }
            }
            if reads(Field::Requests) {
                { text(Field::Requests, t.requests_label, &requests_hint, Some("numeric")).view() }
            }
            if reads(Field::Used) {
                { text(Field::Used, used_label, &used_hint, Some("numeric")).view() }
            }
            { promo.view() }
            <div class="actions">
                <button type="submit" class="primary" data-testid="check">{ t.check_button }</button>
                <button type="button" class="secondary" data-testid="reset" onclick={onreset}>
                    { t.reset_button }
                </button>
            </div>
        </form>
    }
}
