use yew::prelude::*;

use super::runs::text_in;
use crate::policy::{Field, Lang};
use crate::state::Action;

pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    /// One line under the label; empty for none.
    pub hint: &'static str,
}

/// A fieldset of radio buttons. The first radio carries the field's id, so the error summary's
/// link lands on the group. A plain view, like `TextField`.
pub struct ChoiceField<'a> {
    /// The page's language: runs of the other one are marked.
    pub lang: Lang,
    pub field: Field,
    pub legend: &'a str,
    /// One line under the legend; empty for none.
    pub hint: &'a str,
    pub choices: Vec<Choice>,
    pub value: &'a str,
    pub error: Option<&'a str>,
    pub error_prefix: &'static str,
    /// Short options sit on one line.
    pub inline: bool,
    /// Receives `Edit`.
    pub dispatch: &'a Callback<Action>,
}

impl ChoiceField<'_> {
    pub fn view(self) -> Html {
        let key = self.field.key();
        let error_id = format!("error-{key}");
        let hint_id = format!("hint-{key}");
        let described = match (self.hint.is_empty(), self.error.is_some()) {
            (true, false) => None,
            (true, true) => Some(error_id.clone()),
            (false, false) => Some(hint_id.clone()),
            (false, true) => Some(format!("{hint_id} {error_id}")),
        };
        // Whole strings rather than `classes!`: less wasm.
        let class = match (self.inline, self.error.is_some()) {
            (false, false) => "field choices",
            (false, true) => "field choices field-error",
            (true, false) => "field choices inline",
            (true, true) => "field choices inline field-error",
        };
        html! {
            <fieldset {class} aria-describedby={described}>
                <legend>{ text_in(self.lang, self.legend) }</legend>
                if !self.hint.is_empty() {
                    <p class="hint" id={hint_id}>{ text_in(self.lang, self.hint) }</p>
                }
                if let Some(error) = self.error {
                    <p class="error-message" id={error_id.clone()} data-testid={error_id}>
                        <span class="visually-hidden">{ self.error_prefix }</span>{ error }
                    </p>
                }
                { for self.choices.iter().enumerate().map(|(i, c)| {
                    let id = if i == 0 { format!("field-{key}") } else { format!("field-{key}-{}", c.value) };
                    let hint_id = format!("hint-{key}-{}", c.value);
                    let onchange = {
                        let dispatch = self.dispatch.clone();
                        let (field, value) = (self.field, c.value);
                        Callback::from(move |_: Event| dispatch.emit(Action::Edit(field, value.to_owned())))
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name={key} value={c.value}
                                data-testid={format!("input-{key}-{}", c.value)}
                                checked={self.value == c.value}
                                aria-describedby={(!c.hint.is_empty()).then(|| hint_id.clone())}
                                {onchange} />
                            <label for={id}>{ text_in(self.lang, c.label) }</label>
                            if !c.hint.is_empty() {
                                <p class="hint" id={hint_id}>{ text_in(self.lang, c.hint) }</p>
                            }
                        </div>
                    }
                }) }
            </fieldset>
        }
    }
}
