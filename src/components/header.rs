use yew::prelude::*;

use crate::i18n::texts;
use crate::policy::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
}

/// Title, one-line purpose, and the language switch. The switch is a real link (to the other
/// language's prerendered page), so it also works before the wasm has loaded.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = texts(props.lang);
    let other = match props.lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let href = format!("{}?lang={}", crate::page_path(other), other.code());
    let onclick = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            on_lang.emit(other);
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
        </header>
    }
}
