use yew::prelude::*;

use crate::i18n::texts;
use crate::policy::{FieldError, Lang, Profile};

/// The GOV.UK error summary (the pattern since GOV.UK Frontend 4.4): a titled box at the top of
/// the form that takes focus after "check", with one link per field in error. No `role="alert"`:
/// taking the focus already has it read, and both would read it twice. Its id `error-summary` is
/// what the focus effect targets.
pub fn error_summary(lang: Lang, errors: &[FieldError], profile: &Profile) -> Html {
    let t = texts(lang);
    html! {
        <div class="error-summary" id="error-summary" data-testid="error-summary"
             tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ t.error_summary_title }</h2>
            <ul>
                { for errors.iter().map(|e| {
                    let id = format!("field-{}", e.field.key());
                    // The link moves focus itself: the browser's hash jump does not focus inputs
                    // reliably, and the page's URL query must not gain a fragment.
                    let onclick = {
                        let id = id.clone();
                        Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            crate::browser::focus(&id);
                        })
                    };
                    html! { <li><a href={format!("#{id}")} {onclick}>{ (t.error)(*e, profile) }</a></li> }
                }) }
            </ul>
        </div>
    }
}
