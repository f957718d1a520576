//! Cloud refund calculator: whether a cloud server bought under the article's rules can still be
//! refunded, how much, until when, and how. Data flows one way:
//! URL / storage / form → `RawInput` → `policy::validate` → `policy::evaluate` → `Outcome` → view.

pub mod browser;
pub mod components;
pub mod embed_height;
pub mod guide;
pub mod i18n;
pub mod policy;
pub mod prerender;
pub mod query;
pub mod slim;
pub mod state;
pub mod summary;

use gloo_timers::callback::Interval;
use yew::prelude::*;

use components::calc_form::{calc_form, CalcFormProps};
use components::error_summary::error_summary;
use components::guide_panel::guide_panel;
use components::header::header;
use components::result_panel::{result_panel, ResultPanelProps};
use i18n::texts;
use policy::{Lang, RawInput};
use state::{Action, Evaluation, Loaded, State, Stored, STORAGE_KEY};

#[derive(Properties, PartialEq, Clone, Copy, Default)]
pub struct AppProps {
    /// The language the page was prerendered in (`<html lang>`), so hydration matches it.
    #[prop_or_default]
    pub lang: Lang,
}

/// Reads what the browser holds: the URL first, then (full page only) storage, then the
/// browser's languages. Embedded widgets never share storage: two on one page would mix.
fn load(prerendered: Lang) -> Loaded {
    let q = query::parse(&browser::location_search());
    let stored = if q.embed {
        None
    } else {
        browser::storage_get(STORAGE_KEY).and_then(|s| Stored::decode(&s))
    };
    let page_lang = (prerendered == Lang::En).then_some(Lang::En);
    let lang = q
        .lang
        .or(page_lang)
        .or(stored.as_ref().and_then(|s| s.lang))
        .or_else(browser::preferred_lang)
        .unwrap_or_default();
    let persist = q.has_inputs || stored.is_some();
    let offset = browser::local_utc_offset_minutes();
    let other_zone =
        (offset != policy::article().utc_offset_minutes).then(|| policy::format_utc_offset(offset));
    let raw = match (q.has_inputs, stored) {
        (true, _) => q.raw,
        (false, Some(s)) => s.raw,
        (false, None) => RawInput::defaults(),
    };
    Loaded {
        raw,
        lang,
        show_errors: q.has_inputs,
        embed: q.embed,
        origin: q.origin,
        persist,
        other_zone,
    }
}

/// The prerendered page of each language.
pub fn page_path(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "/",
        Lang::En => "/en/",
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial_lang = props.lang;
    let state = use_reducer(move || State::new(initial_lang));

    // On mount: start the clock, read URL and storage (and the browser's zone).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(now) = browser::now() {
                dispatcher.dispatch(Action::Tick(now));
            }
            let loaded = load(initial_lang);
            // Embedded with a valid ?origin=: report the content height to the host page
            // (issue 6). Here rather than in an effect of its own: both are known only now.
            let reporter = match (loaded.embed, loaded.origin.as_deref()) {
                (true, Some(origin)) => embed_height::HeightReporter::start(origin),
                _ => None,
            };
            dispatcher.dispatch(Action::Load(Box::new(loaded)));
            // The reducer drops ticks that change nothing on screen, so this re-renders once a
            // minute, or every second while a live countdown is shown.
            let interval = Interval::new(1_000, move || {
                if let Some(now) = browser::now() {
                    dispatcher.dispatch(Action::Tick(now));
                }
            });
            move || drop((interval, reporter))
        });
    }

    let evaluation = state.evaluation();
    let errors = state.visible_errors(&evaluation);
    let t = texts(state.lang);

    // Keep the URL, storage, title and <html lang> in step with the form.
    {
        let deps = (
            state.raw.clone(),
            state.lang,
            state.loaded,
            state.persist,
            !errors.is_empty(),
        );
        let state = state.clone();
        use_effect_with(deps, move |(raw, lang, loaded, _, has_errors)| {
            if *loaded {
                let t = texts(*lang);
                browser::replace_query(&query::build(
                    raw,
                    *lang,
                    state.embed,
                    state.origin.as_deref(),
                ));
                match (state.embed, state.persist) {
                    (true, _) => {}
                    (false, true) => browser::storage_set(STORAGE_KEY, &Stored::encode(&state)),
                    (false, false) => browser::storage_remove(STORAGE_KEY),
                }
                let prefix = if *has_errors { t.error_prefix } else { "" };
                browser::set_document_title(&format!("{prefix}{}", t.title));
                browser::set_html_lang(t.html_lang);
                browser::mark_ready();
            }
        });
    }
    // Focus moves after the render that shows its target: the summary after a failed check, the
    // result after a good one, a guide section after a link to it. One effect for all three.
    use_effect_with(state.focus, |(requests, id)| {
        if *requests > 0 {
            browser::focus(id);
        }
    });

    // The views send their `Action`s straight to the reducer: one callback for all of them
    // (each distinct callback closure costs wasm size, issue 5).
    let dispatch = state.dispatcher().to_callback();

    // The form is long: a line right under it says the result as soon as there is one (and is
    // announced to screen readers), with a link down to the details.
    let result_line = match &evaluation {
        Evaluation::Valid(o) => html! {
            <>
                { (t.result_line)((t.verdict)(o.verdict), &policy::format_money(o.refund_fen, state.lang)) }
                { " " }<a href="#result">{ t.summary_link }{ " ↓" }</a>
            </>
        },
        _ => Html::default(),
    };
    let result = match evaluation {
        Evaluation::Valid(outcome) => result_panel(&ResultPanelProps {
            lang: state.lang,
            outcome: &outcome,
            live_clock: state.clock.filter(|_| state.live()),
            copied: state.copied,
            dispatch: &dispatch,
        }),
        Evaluation::Invalid(_) if !errors.is_empty() => html! {
            <section class="result pending" aria-labelledby="result-heading">
                <h2 id="result-heading">{ t.result_heading }</h2>
                <p>{ t.fix_errors }</p>
            </section>
        },
        _ => html! {
            <section class="result pending" data-testid="result-pending" aria-labelledby="result-heading">
                <h2 id="result-heading">{ t.result_heading }</h2>
                <p>{ t.pending }</p>
            </section>
        },
    };

    // Class lists as whole strings rather than `classes!`: less wasm (issue 5).
    let class = if state.embed { "page embed" } else { "page" };
    html! {
        <div {class} lang={t.html_lang}>
            <a class="skip-link" href="#guide">{ t.to_guide }</a>
            if !state.embed {
                { header(state.lang, &dispatch) }
            }
            <main class="layout">
                <div class="calculator" id="calculator" aria-label={t.title}>
                    if !errors.is_empty() {
                        { error_summary(state.lang, &errors) }
                    }
                    { calc_form(&CalcFormProps {
                        lang: state.lang,
                        raw: &state.raw,
                        errors: &errors,
                        other_zone: state.other_zone.as_deref(),
                        dispatch: &dispatch,
                    }) }
                    <p class="result-line" aria-live="polite" data-testid="result-line">{ result_line }</p>
                    { result }
                    if state.embed {
                        <p class="open-full">
                            <a href={format!("{}{}", page_path(state.lang), query::build(&state.raw, state.lang, false, None))}
                               target="_blank" rel="noopener" data-testid="open-full-page">{ t.open_full_page }</a>
                        </p>
                    }
                </div>
                { guide_panel(state.lang, state.highlight, state.embed) }
            </main>
            <div id="fatal" class="fatal" role="alert" hidden=true>
                <p>{ t.fatal_message }{ " " }<a id="fatal-reload" href="">{ t.fatal_reload }</a></p>
            </div>
        </div>
    }
}
