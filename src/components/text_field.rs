use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::runs::text_in;
use crate::policy::{Field, Lang};
use crate::state::Action;

/// A labelled input with its hint and, when asked for, its error (GOV.UK pattern: the error sits
/// between the hint and the input, and the input is described by both).
/// A plain view, not a component: it has no state, and each component type costs about 1.5 KB
/// of gzip wasm in Yew's generic machinery.
pub struct TextField<'a> {
    /// The page's language: runs of the other one are marked.
    pub lang: Lang,
    pub field: Field,
    pub label: &'a str,
    pub hint: &'a str,
    pub value: &'a str,
    /// The message, once the person asked for the result.
    pub error: Option<&'a str>,
    /// Read before the message by screen readers ("错误：" / "Error: ").
    pub error_prefix: &'static str,
    /// `text` or `datetime-local`.
    pub kind: &'static str,
    pub inputmode: Option<&'static str>,
    /// For a date-time picker: the earliest and latest values it offers (the accepted years).
    pub range: Option<(String, String)>,
    /// Receives `Edit`.
    pub dispatch: &'a Callback<Action>,
    /// Extra controls after the input (the "now" button).
    pub extra: Html,
}

impl TextField<'_> {
    pub fn view(self) -> Html {
        let key = self.field.key();
        let id = format!("field-{key}");
        let hint_id = format!("hint-{key}");
        let error_id = format!("error-{key}");
        let described = match self.error {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        };
        let oninput = {
            let dispatch = self.dispatch.clone();
            let field = self.field;
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                dispatch.emit(Action::Edit(field, input.value()));
            })
        };
        let class = if self.error.is_some() {
            "field field-error"
        } else {
            "field"
        };
        html! {
            <div {class}>
                <label for={id.clone()}>{ text_in(self.lang, self.label) }</label>
                <p class="hint" id={hint_id}>{ text_in(self.lang, self.hint) }</p>
                if let Some(error) = self.error {
                    <p class="error-message" id={error_id.clone()} data-testid={error_id}>
                        <span class="visually-hidden">{ self.error_prefix }</span>{ error }
                    </p>
                }
                <div class="input-row">
                    <input {id} name={key} type={self.kind} value={self.value.to_owned()}
                        data-testid={format!("input-{key}")}
                        inputmode={self.inputmode}
                        min={self.range.as_ref().map(|r| r.0.clone())}
                        max={self.range.as_ref().map(|r| r.1.clone())}
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby={described}
                        aria-invalid={self.error.is_some().then_some("true")}
                        {oninput} />
                    { self.extra }
                </div>
            </div>
        }
    }
}
