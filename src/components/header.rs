use yew::prelude::*;

use crate::i18n::texts;
use crate::policy::Lang;
use crate::state::Action;

/// Title, one-line purpose, and the language switch. The switch is a real link (to the other
/// language's prerendered page), so it also works before the wasm has loaded.
/// (Hookless views like this one are plain functions rather than components: each component
/// type costs about 1.5 KB of gzip wasm in Yew's generic machinery.)
pub fn header(lang: Lang, dispatch: &Callback<Action>) -> Html {
    let t = texts(lang);
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let href = format!("{}?lang={}", crate::page_path(other), other.code());
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::SetLang(other));
        })
    };
    html! {
        <header class="page-header">
            <div class="title-row">
                <h1>{ t.title }</h1>
                <nav aria-label={t.lang_switch_label}>
                    <a class="lang-switch" data-testid="lang-switch" href={href}
                       hreflang={other.code()} lang={texts(other).html_lang} {onclick}>
                        { t.other_lang_name }
                    </a>
                </nav>
            </div>
            <p class="tagline">{ t.tagline }</p>
            // Shown only while the guide is stacked below the calculator (narrow screens).
            <p class="to-guide"><a href="#guide" data-testid="to-guide">{ t.to_guide }{ " ↓" }</a></p>
        </header>
    }
}
