use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::policy::Field;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub field: Field,
    pub label: AttrValue,
    pub hint: AttrValue,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    pub error_prefix: AttrValue,
    /// `text` or `datetime-local`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    pub on_edit: Callback<(Field, String)>,
    /// Extra controls after the input (the "now" button).
    #[prop_or_default]
    pub children: Html,
}

/// A labelled input with its hint and, when asked for, its error (GOV.UK pattern: the error sits
/// between the hint and the input, and the input is described by both).
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let key = props.field.key();
    let id = format!("field-{key}");
    let hint_id = format!("hint-{key}");
    let error_id = format!("error-{key}");
    let described = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let oninput = {
        let on_edit = props.on_edit.clone();
        let field = props.field;
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_edit.emit((field, input.value()));
        })
    };
    let class = classes!("field", props.error.is_some().then_some("field-error"));
    html! {
        <div {class}>
            <label for={id.clone()}>{ &props.label }</label>
            <p class="hint" id={hint_id}>{ &props.hint }</p>
            if let Some(error) = &props.error {
                <p class="error-message" id={error_id} data-testid={format!("error-{key}")}>
                    <span class="visually-hidden">{ &props.error_prefix }</span>{ error }
                </p>
            }
            <div class="input-row">
                <input {id} name={key} type={&props.kind} value={&props.value}
                    data-testid={format!("input-{key}")}
                    inputmode={props.inputmode.clone()}
                    autocomplete={props.autocomplete.clone().unwrap_or(AttrValue::Static("off"))}
                    spellcheck="false"
                    aria-describedby={described}
                    aria-invalid={props.error.is_some().then_some("true")}
                    {oninput} />
                { props.children.clone() }
            </div>
        </div>
    }
}
