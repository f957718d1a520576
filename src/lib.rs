//! Cloud refund calculator: whether a cloud server can still be refunded, how much, until when,
//! and how, by the source article's rules or by a provider's own. Data flows one way:
//! URL / storage / form → `RawInput` → `policy::validate` → `policy::evaluate` → `Outcome` → view.
//!
//! The app renders the calculator only. The page around it (header, language link, the guides
//! of every rule set) is static HTML made at build time (`crates/postbuild`), so the guides'
//! prose is not in the wasm; the app keeps that page in step through `browser` (which guide
//! shows, the language link's address).

pub mod browser;
pub mod components;
pub mod embed_height;
pub mod i18n;
pub mod state;
pub mod summary;

/// The rules, under the name the app uses for them.
pub use rules as policy;
pub use rules::query;

use gloo_timers::callback::{Interval, Timeout};
use yew::prelude::*;

use components::calc_form::{calc_form, CalcFormProps};
use components::error_summary::error_summary;
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

/// Reads what the browser holds: the URL first, then (full page only) storage. A link that
/// names only the rules keeps the stored order under those rules. Embedded widgets never share
/// storage: two on one page would mix.
fn load() -> Loaded {
    let q = query::parse(&browser::location_search());
    let stored = if q.embed {
        None
    } else {
        browser::storage_get(STORAGE_KEY).and_then(|s| Stored::decode(&s))
    };
    let persist = q.has_inputs || stored.is_some();
    let offset = browser::local_utc_offset_minutes();
    let other_zone =
        (offset != policy::article().utc_offset_minutes).then(|| policy::format_utc_offset(offset));
    let raw = match (q.has_inputs, stored) {
        (true, _) => q.raw,
        (false, Some(s)) if q.has_policy => RawInput {
            policy: q.raw.policy,
            ..s.raw
        },
        (false, Some(s)) => s.raw,
        (false, None) => q.raw,
    };
    Loaded {
        raw,
        show_errors: q.has_inputs,
        embed: q.embed,
        origin: q.origin,
        persist,
        other_zone,
    }
}

/// The prerendered page of `to`, as a link from the page of `from` (relative, so the site
/// works at any path): the Chinese page is the root, the English one is `en/` below it.
pub fn page_href(from: Lang, to: Lang) -> &'static str {
    match (from, to) {
        (Lang::Zh, Lang::Zh) | (Lang::En, Lang::En) => "./",
        (Lang::Zh, Lang::En) => "en/",
        (Lang::En, Lang::Zh) => "../",
    }
}

/// The other interface language.
pub fn other_lang(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(move || State::new(lang));

    // On mount: start the clock, read URL and storage (and the browser's zone).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(now) = browser::now() {
                dispatcher.dispatch(Action::Tick(now));
            }
            let loaded = load();
            // Embedded with a valid ?origin=: report the content height to the host page.
            // Here rather than in an effect of its own: both are known only now.
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
    let t = texts(lang);
    let profile = state.profile();

    // Keep the URL, storage, title and the static page around the app (which guide shows, the
    // language link's address) in step with the form.
    {
        let deps = (
            state.raw.clone(),
            state.loaded,
            state.persist,
            !errors.is_empty(),
        );
        let state = state.clone();
        use_effect_with(deps, move |(raw, loaded, _, has_errors)| {
            if *loaded {
                let query = query::build(raw, lang, state.embed, state.origin.as_deref());
                browser::replace_query(&query);
                match (state.embed, state.persist) {
                    (true, _) => {}
                    (false, true) => browser::storage_set(STORAGE_KEY, &Stored::encode(&state)),
                    (false, false) => browser::storage_remove(STORAGE_KEY),
                }
                let prefix = if *has_errors { t.error_prefix } else { "" };
                browser::set_document_title(&format!("{prefix}{}", t.title));
                browser::show_guide(state.profile().id);
                let other = other_lang(lang);
                browser::set_href(
                    "lang-switch",
                    &format!(
                        "{}{}",
                        page_href(lang, other),
                        query::build(raw, other, false, None)
                    ),
                );
                browser::mark_ready();
            }
        });
    }
    // The live region speaks once typing has paused for a second (or at once on "check").
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.edits, move |edits| {
            let timer = (*edits > 0)
                .then(|| Timeout::new(1_000, move || dispatcher.dispatch(Action::Announce)));
            move || drop(timer)
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
    // (each distinct callback closure costs wasm size).
    let dispatch = state.dispatcher().to_callback();
    // In a widget the guide is not on the page: its links open the full page in a new tab.
    let full_page = state
        .embed
        .then(|| query::build(&state.raw, lang, false, None));

    // A line at the top says the result as soon as there is one, with a link down to the details;
    // its space is there from the first paint, so nothing below it moves.
    let summary = match (state.summary_line(&evaluation), &evaluation) {
        (Some(line), Evaluation::Valid(_)) => html! {
            <>
                { line }{ " " }
                <a href="#result">{ t.summary_link }<span aria-hidden="true">{ " ↓" }</span></a>
            </>
        },
        (Some(line), _) => html! { line },
        (None, _) => html! { t.result_line_pending },
    };
    let result = match evaluation {
        Evaluation::Valid(outcome) => result_panel(&ResultPanelProps {
            lang,
            outcome: &outcome,
            live_clock: state.clock.filter(|_| state.live()),
            copied: state.copied,
            full_page: full_page.as_deref(),
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

    html! {
        <div class="calculator" id="calculator">
            <p class="result-line" data-testid="result-line">{ summary }</p>
            // Visually empty, in the accessibility tree from the start: what it says changes only
            // when typing pauses, on "check" and on load.
            <div class="visually-hidden" role="status" data-testid="live-result">{ state.announced.clone() }</div>
            if !errors.is_empty() {
                { error_summary(lang, &errors, profile) }
            }
            { calc_form(&CalcFormProps {
                lang,
                raw: &state.raw,
                profile,
                errors: &errors,
                zone: state.loaded.then_some(state.other_zone.as_deref()),
                dispatch: &dispatch,
            }) }
            { result }
            if let Some(query) = full_page {
                <p class="open-full">
                    <a href={query.clone()} target="_blank" rel="noopener" data-testid="open-full-page">
                        { t.open_full_page }<span class="visually-hidden">{ t.new_tab }</span>
                    </a>
                    { " · " }
                    <a href={format!("{query}#guide-{}", profile.id)} target="_blank" rel="noopener">
                        { t.how_it_works }<span class="visually-hidden">{ t.new_tab }</span>
                    </a>
                </p>
            }
        </div>
    }
}
