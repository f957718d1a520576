use yew::prelude::*;

use crate::policy::Field;

#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    /// One line under the label; empty for none.
    pub hint: &'static str,
}

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    pub field: Field,
    pub legend: AttrValue,
    pub choices: Vec<Choice>,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    pub error_prefix: AttrValue,
    #[prop_or_default]
    pub inline: bool,
    pub on_edit: Callback<(Field, String)>,
}

/// A fieldset of radio buttons. The first radio carries the field's id, so the error summary's
/// link lands on the group.
#[component]
pub fn ChoiceField(props: &ChoiceFieldProps) -> Html {
    let key = props.field.key();
    let error_id = format!("error-{key}");
    let class = classes!(
        "field",
        "choices",
        props.inline.then_some("inline"),
        props.error.is_some().then_some("field-error")
    );
    html! {
        <fieldset {class} aria-describedby={props.error.is_some().then(|| error_id.clone())}>
            <legend>{ &props.legend }</legend>
            if let Some(error) = &props.error {
                <p class="error-message" id={error_id.clone()} data-testid={format!("error-{key}")}>
                    <span class="visually-hidden">{ &props.error_prefix }</span>{ error }
                </p>
            }
            { for props.choices.iter().enumerate().map(|(i, c)| {
                let id = if i == 0 { format!("field-{key}") } else { format!("field-{key}-{}", c.value) };
                let hint_id = format!("hint-{key}-{}", c.value);
                let onchange = {
                    let on_edit = props.on_edit.clone();
                    let (field, value) = (props.field, c.value);
                    Callback::from(move |_: Event| on_edit.emit((field, value.to_owned())))
                };
                html! {
                    <div class="choice">
                        <input type="radio" id={id.clone()} name={key} value={c.value}
                            data-testid={format!("input-{key}-{}", c.value)}
                            checked={props.value == c.value}
                            aria-describedby={(!c.hint.is_empty()).then(|| hint_id.clone())}
                            {onchange} />
                        <label for={id}>{ c.label }</label>
                        if !c.hint.is_empty() {
                            <p class="hint" id={hint_id}>{ c.hint }</p>
                        }
                    </div>
                }
            }) }
        </fieldset>
    }
}
