use yew::prelude::*;

use super::choice_field::{Choice, ChoiceField};
use super::text_field::TextField;
use crate::i18n::texts;
use crate::policy::{self, Field, FieldError, Lang, RawInput};

#[derive(Properties, PartialEq)]
pub struct CalcFormProps {
    pub lang: Lang,
    pub raw: RawInput,
    pub errors: Vec<FieldError>,
    /// The browser's zone, e.g. "UTC-5", when it is not Beijing time.
    pub other_zone: Option<AttrValue>,
    pub on_edit: Callback<(Field, String)>,
    pub on_check: Callback<()>,
    pub on_reset: Callback<()>,
    pub on_now: Callback<()>,
}

/// A date-time field is a `datetime-local` picker while its value is one the picker can hold (a
/// real date-time in range); any other value (from a link, say) is shown as text instead, since
/// the picker would silently blank it and the person would not see what is wrong.
fn date_kind(value: &str) -> AttrValue {
    let fits = value.is_empty() || policy::parse_datetime(value).is_ok();
    AttrValue::Static(if fits { "datetime-local" } else { "text" })
}

#[component]
pub fn CalcForm(props: &CalcFormProps) -> Html {
    let t = texts(props.lang);
    let raw = &props.raw;
    let error = |field: Field| -> Option<AttrValue> {
        props
            .errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| AttrValue::from((t.error)(*e)))
    };
    let prefix = AttrValue::Static(t.error_prefix);
    let on_edit = props.on_edit.clone();
    let onsubmit = {
        let on_check = props.on_check.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_check.emit(());
        })
    };
    let onreset = {
        let on_reset = props.on_reset.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            on_reset.emit(());
        })
    };
    let onnow = {
        let on_now = props.on_now.clone();
        Callback::from(move |_: MouseEvent| on_now.emit(()))
    };
    let billing: Vec<Choice> = t
        .billing_options
        .iter()
        .map(|(value, label, hint)| Choice { value, label, hint })
        .collect();
    let promo: Vec<Choice> = t
        .promo_options
        .iter()
        .map(|(value, label)| Choice {
            value,
            label,
            hint: "",
        })
        .collect();
    html! {
        <form class="calc-form" novalidate=true aria-labelledby="form-heading" {onsubmit}>
            <h2 id="form-heading">{ t.form_heading }</h2>
            if let Some(zone) = &props.other_zone {
                <p class="zone-note" data-testid="zone-note">{ (t.timezone_note)(zone) }</p>
            }
            <ChoiceField field={Field::Billing} legend={t.billing_legend} choices={billing}
                value={raw.billing.clone()} error={error(Field::Billing)}
                error_prefix={prefix.clone()} on_edit={on_edit.clone()} />
            <TextField field={Field::Paid} label={t.paid_label} hint={t.paid_hint}
                kind={date_kind(&raw.paid)} value={raw.paid.clone()} error={error(Field::Paid)}
                error_prefix={prefix.clone()} on_edit={on_edit.clone()} />
            <TextField field={Field::Asof} label={format!("{} {}", t.asof_label, t.optional)}
                hint={t.asof_hint} kind={date_kind(&raw.asof)} value={raw.asof.clone()}
                error={error(Field::Asof)} error_prefix={prefix.clone()} on_edit={on_edit.clone()}>
                <button type="button" class="secondary" data-testid="now-button" onclick={onnow}>
                    { t.now_button }
                </button>
            </TextField>
            <TextField field={Field::Amount} label={t.amount_label} hint={t.amount_hint}
                inputmode={AttrValue::Static("decimal")} value={raw.amount.clone()}
                error={error(Field::Amount)} error_prefix={prefix.clone()} on_edit={on_edit.clone()} />
            <TextField field={Field::Months} label={t.months_label} hint={t.months_hint}
                inputmode={AttrValue::Static("numeric")} value={raw.months.clone()}
                error={error(Field::Months)} error_prefix={prefix.clone()} on_edit={on_edit.clone()} />
                <TextField field={Field::Thirdparty} label={t.thirdparty_label} hint={t.thirdparty_hint}
                    inputmode={AttrValue::Static("decimal")} value={raw.thirdparty.clone()}
                    error={error(Field::Thirdparty)} error_prefix={prefix.clone()} on_edit={on_edit.clone()} />
                <ChoiceField field={Field::Promo} legend={t.promo_legend} choices={promo} inline=true
                    value={raw.promo.clone()} error={error(Field::Promo)}
                    error_prefix={prefix.clone()} on_edit={on_edit.clone()} />
                <TextField field={Field::Requests} label={t.requests_label} hint={t.requests_hint}
                    inputmode={AttrValue::Static("numeric")} value={raw.requests.clone()}
                    error={error(Field::Requests)} error_prefix={prefix} on_edit={on_edit} />
            <div class="actions">
                <button type="submit" class="primary" data-testid="check">{ t.check_button }</button>
                <button type="button" class="secondary" data-testid="reset" onclick={onreset}>
                    { t.reset_button }
                </button>
            </div>
        </form>
    }
}
