use yew::prelude::*;

use crate::guide::{guide, Block};
use crate::i18n::texts;
use crate::policy::{Lang, Section};

fn block(b: &Block) -> Html {
    match b {
        Block::Para(text) => html! { <p>{ *text }</p> },
        Block::Bullets(items) => {
            html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
        }
        Block::Numbered(items) => {
            html! { <ol>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ol> }
        }
    }
}

/// The refund guide: the article's five sections in the project's words, each with the id that
/// results link to, then the credit, the disclaimer and where the official pages differ.
/// Embedded pages fold it behind a disclosure, opened when a result links into it.
pub fn guide_panel(lang: Lang, highlight: Option<Section>, embed: bool) -> Html {
    let g = guide(lang);
    let body = html! {
        <>
            <p class="intro">{ g.intro }</p>
            { for g.sections.iter().map(|s| {
                let class = if highlight == Some(s.section) {
                    "guide-section highlight"
                } else {
                    "guide-section"
                };
                html! {
                    <section id={s.section.id()} {class} data-testid={format!("guide-{}", s.section.id())}
                             tabindex="-1" aria-labelledby={format!("{}-title", s.section.id())}>
                        <h3 id={format!("{}-title", s.section.id())}>{ s.title }</h3>
                        { for s.blocks.iter().map(block) }
                    </section>
                }
            }) }
            <p class="source">
                { g.source_label }{ texts(lang).label_sep }
                <a href={g.source_url} rel="noopener noreferrer" target="_blank">{ g.source_title }</a>
            </p>
            <p class="disclaimer" data-testid="disclaimer">{ g.disclaimer }</p>
            <h3>{ g.differences_heading }</h3>
            <ul class="differences">
                { for g.differences.iter().map(|d| html! {
                    <li>
                        { d.text }
                        if let Some(link) = d.link {
                            { " " }<a href={link} rel="noopener noreferrer" target="_blank">{ link }</a>
                        }
                    </li>
                }) }
            </ul>
        </>
    };
    if embed {
        html! {
            <details class="guide embedded" id="guide" data-testid="guide" open={highlight.is_some()}>
                <summary>{ texts(lang).how_it_works }</summary>
                { body }
            </details>
        }
    } else {
        html! {
            <aside class="guide" id="guide" data-testid="guide" aria-labelledby="guide-heading">
                <h2 id="guide-heading">{ g.heading }</h2>
                { body }
            </aside>
        }
    }
}
