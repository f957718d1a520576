use yew::prelude::*;

use crate::policy::Lang;

/// The script of a character, for marking runs of the other language.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    /// Han characters and CJK punctuation: Chinese.
    Cjk,
    /// ASCII letters: English (or a Latin-script term read as English).
    Latin,
    /// Digits, spaces, ASCII punctuation and symbols: read the same in either language.
    Neutral,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' => Script::Cjk,
        _ => Script::Neutral,
    }
}

/// Splits `text` into `(is_other_language, run)` pieces for a page in `lang`: on the English page
/// runs of Chinese, on the Chinese page runs of two or more Latin letters. Neutral characters
/// between two pieces of the other language belong to it; elsewhere to the page's language.
pub fn split(lang: Lang, text: &str) -> Vec<(bool, &str)> {
    let other = match lang {
        Lang::En => Script::Cjk,
        Lang::Zh => Script::Latin,
    };
    let mut out: Vec<(bool, &str)> = Vec::new();
    // (start, end) of the run of the other language being built, and where the text before it
    // began.
    let mut plain_from = 0;
    let mut run: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        match (script(c), run) {
            (s, Some((start, _))) if s == other => run = Some((start, end)),
            (s, None) if s == other => run = Some((i, end)),
            (Script::Neutral, _) => {}
            (_, Some((start, run_end))) => {
                plain_from = flush(&mut out, text, plain_from, start, run_end);
                run = None;
            }
            (_, None) => {}
        }
    }
    if let Some((start, run_end)) = run {
        plain_from = flush(&mut out, text, plain_from, start, run_end);
    }
    if let Some(rest) = text.get(plain_from..).filter(|r| !r.is_empty()) {
        out.push((false, rest));
    }
    out
}

/// If the run `start..end` counts (a Latin run needs two letters, so that "1e3" or a single "x"
/// stays plain), pushes the plain text before it and the run, and returns where plain text starts
/// again; otherwise the run stays part of the plain text and `from` is returned.
fn flush<'a>(
    out: &mut Vec<(bool, &'a str)>,
    text: &'a str,
    from: usize,
    start: usize,
    end: usize,
) -> usize {
    let run = text.get(start..end).unwrap_or_default();
    let counts = run.chars().filter(|c| script(*c) == Script::Latin).count() >= 2
        || run.chars().any(|c| script(c) == Script::Cjk);
    if !counts {
        return from;
    }
    if let Some(before) = text.get(from..start).filter(|b| !b.is_empty()) {
        out.push((false, before));
    }
    out.push((true, run));
    end
}

/// `text` for a page in `lang`, with each run of the other language in a `<span lang>`, so that a
/// screen reader reads "Subscription (包年包月)" with a Chinese voice for the Chinese words.
/// Plain text (no span) when there is no such run.
pub fn text_in(lang: Lang, text: &str) -> Html {
    let pieces = split(lang, text);
    if pieces.iter().all(|(other, _)| !other) {
        return html! { text.to_owned() };
    }
    let other = match lang {
        Lang::En => "zh-CN",
        Lang::Zh => "en",
    };
    html! {
        <>
            { for pieces.into_iter().map(|(is_other, run)| if is_other {
                html! { <span lang={other}>{ run.to_owned() }</span> }
            } else {
                html! { run.to_owned() }
            }) }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_runs_on_the_english_page() {
        assert_eq!(
            split(Lang::En, "Subscription (包年包月)"),
            [(false, "Subscription ("), (true, "包年包月"), (false, ")")]
        );
        assert_eq!(
            split(Lang::En, "Console (控制台) → Refund (退款)."),
            [
                (false, "Console ("),
                (true, "控制台"),
                (false, ") → Refund ("),
                (true, "退款"),
                (false, ").")
            ]
        );
        // Neutral characters between Chinese ones stay in the run; full-width punctuation is Chinese.
        assert_eq!(
            split(Lang::En, "费用与成本 → 资源退订"),
            [(true, "费用与成本 → 资源退订")]
        );
        assert_eq!(
            split(Lang::En, "no Chinese here"),
            [(false, "no Chinese here")]
        );
        assert_eq!(split(Lang::En, ""), []);
    }

    #[test]
    fn latin_runs_on_the_chinese_page() {
        assert_eq!(
            split(Lang::Zh, "所有时间都按北京时间(UTC+8)填写"),
            [
                (false, "所有时间都按北京时间("),
                (true, "UTC"),
                (false, "+8)填写")
            ]
        );
        assert_eq!(
            split(Lang::Zh, "不要用 1e3 这种写法"),
            [(false, "不要用 1e3 这种写法")],
            "a single letter is no English"
        );
        assert_eq!(
            split(Lang::Zh, "ECS 退订说明 and more"),
            [(true, "ECS"), (false, " 退订说明 "), (true, "and more")]
        );
    }
}
