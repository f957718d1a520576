//! The static page around the app, in each language. The header, the language link, the failure
//! notice and the guides of every rule set are plain HTML, so their text is not in the wasm; the
//! app (in `#app`) keeps them in step through its `browser` module (which guide shows, where the
//! language link goes).
//!
//! The guides are hand-written HTML fragments in `guides/` (`PROFILE.LANG.html`), checked by the
//! tests below and by `guides/check.py`.

use app::i18n::texts;
use app::policy::{Lang, PROFILES};
use app::{other_lang, page_href};

/// The static texts of the page, per language.
pub struct PageTexts {
    pub tagline: &'static str,
    pub lang_switch_label: &'static str,
    pub other_lang_name: &'static str,
    pub skip_to_guide: &'static str,
    pub to_guide: &'static str,
    pub guide_label: &'static str,
    pub guide_nav_label: &'static str,
    /// Read after each guide link that opens a new tab.
    pub new_tab: &'static str,
    pub fatal_message: &'static str,
    pub fatal_reload: &'static str,
}

pub const ZH: PageTexts = PageTexts {
    tagline: "按文章或阿里云、腾讯云、华为云自己公布的规则，算一算你买的云服务器还能不能退、能退多少、截止到什么时候、该怎么申请。",
    lang_switch_label: "语言",
    other_lang_name: "English",
    skip_to_guide: "跳到退款指南",
    to_guide: "查看退款指南",
    guide_label: "退款指南",
    guide_nav_label: "各家的退款指南",
    new_tab: "（在新标签页打开）",
    fatal_message: "页面出了故障，计算已停止。你填写的内容保存在网址里，重新载入即可继续。",
    fatal_reload: "重新载入",
};

pub const EN: PageTexts = PageTexts {
    tagline: "Check, by the article's rules or by Alibaba Cloud's, Tencent Cloud's or Huawei Cloud's own published ones, whether the cloud server you bought can still be refunded, how much you would get back, until when, and how to apply.",
    lang_switch_label: "Language",
    other_lang_name: "中文",
    skip_to_guide: "Skip to the refund guide",
    to_guide: "Read the refund guide",
    guide_label: "Refund guide",
    guide_nav_label: "Each provider's refund guide",
    new_tab: " (opens in a new tab)",
    fatal_message: "Something went wrong and the calculator stopped. What you entered is kept in the address; reload to carry on.",
    fatal_reload: "Reload",
};

pub fn page_texts(lang: Lang) -> &'static PageTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// Every guide: profile id, Chinese fragment, English fragment.
pub const GUIDES: [(&str, &str, &str); 4] = [
    (
        "article",
        include_str!("../../../guides/article.zh.html"),
        include_str!("../../../guides/article.en.html"),
    ),
    (
        "aliyun",
        include_str!("../../../guides/aliyun.zh.html"),
        include_str!("../../../guides/aliyun.en.html"),
    ),
    (
        "tencent",
        include_str!("../../../guides/tencent.zh.html"),
        include_str!("../../../guides/tencent.en.html"),
    ),
    (
        "huawei",
        include_str!("../../../guides/huawei.zh.html"),
        include_str!("../../../guides/huawei.en.html"),
    ),
];

/// The guide of `profile` in `lang`, if there is one.
pub fn guide(profile: &str, lang: Lang) -> Option<&'static str> {
    GUIDES
        .iter()
        .find(|(id, _, _)| *id == profile)
        .map(|(_, zh, en)| match lang {
            Lang::Zh => *zh,
            Lang::En => *en,
        })
}

/// Runs in `<head>` before anything paints (a blocking same-origin file, so the strict CSP
/// needs no exception for it):
/// - marks `<html data-policy>` with the rules the address asks for, so the stylesheet shows
///   that guide from the first paint (an unknown value shows the default's);
/// - marks `<html class="embed">` for a widget, so the page paints compact at once;
/// - sends the visitor to the page in their language before it paints: the address's `lang`,
///   else (on the Chinese page, which is the site's root) the language last chosen here or the
///   browser's; the English page stays English unless the address says otherwise;
/// - remembers the language a person picks with the language link (in the stored form's
///   `lang`, the one place the page keeps anything);
/// - once the app has started and the browser is idle, registers the service worker (`sw.js` at
///   the site's root, which keeps the site for offline visits), so that its downloads do not
///   compete with the page's own start; not in an embedded widget, nor where the browser has
///   none; a refusal (private modes, blocked storage) changes nothing.
///
/// `POLICIES` becomes the list of profile ids. The page's language is read from `<html lang>`
/// and the way to the site's root follows from it (`./` or `../`), so one file serves both pages.
const HEAD_SCRIPT: &str = r##"(function(){var K="cloud-refund-calculator",d=document.documentElement,l=location,q=new URLSearchParams(l.search),p=(q.get("policy")||"").trim().toLowerCase(),e=q.get("embed")==="1",g=/^en/i.test(d.lang)?"en":"zh";d.setAttribute("data-policy",POLICIES.indexOf(p)<0?"article":p);if(e)d.className+=" embed";function c(t){return t&&/^(zh|en)/i.test(t.trim())?t.trim().slice(0,2).toLowerCase():null}var w=c(q.get("lang"));if(!w&&g==="zh"){try{if(!e){var s=localStorage.getItem(K)||"";if(s.indexOf("v1?")===0)w=c(new URLSearchParams(s.slice(3)).get("lang"))}}catch(x){}if(!w){var n=navigator.languages||[navigator.language];for(var i=0;i<n.length&&!w;i++)w=c(n[i])}}var r=g==="en"?"../":"./";if(w&&w!==g)l.replace(r+(w==="en"?"en/":"")+l.search+l.hash);if(!e)addEventListener("TrunkApplicationStarted",function(){(window.requestIdleCallback||setTimeout)(function(){try{navigator.serviceWorker.register(r+"sw.js").catch(function(){})}catch(x){}})});document.addEventListener("click",function(v){if(!(v.target.closest&&v.target.closest("#lang-switch")))return;try{var s=localStorage.getItem(K)||"",u=new URLSearchParams(s.indexOf("v1?")===0?s.slice(3):"");u.set("lang",g==="en"?"zh":"en");localStorage.setItem(K,"v1?"+u)}catch(x){}})})();"##;

/// The head script, with the profiles filled in.
pub fn head_script() -> String {
    let policies: Vec<String> = PROFILES.iter().map(|p| format!("\"{}\"", p.id)).collect();
    HEAD_SCRIPT.replace("POLICIES", &format!("[{}]", policies.join(",")))
}

/// The storage key the head script reads; the app's own (`state::STORAGE_KEY`).
#[cfg(test)]
const HEAD_SCRIPT_KEY: &str = "cloud-refund-calculator";

/// `fragment` with every link that opens a new tab saying so to screen readers (a visually
/// hidden note before its `</a>`).
pub fn mark_new_tab_links(fragment: &str, note: &str) -> String {
    let mut out = String::with_capacity(fragment.len());
    let mut rest = fragment;
    while let Some(at) = rest.find(r#"target="_blank""#) {
        let Some(close) = rest[at..].find("</a>").map(|i| at + i) else {
            break;
        };
        out.push_str(&rest[..close]);
        out.push_str(&format!(
            r#"<span class="visually-hidden">{note}</span></a>"#
        ));
        rest = &rest[close + "</a>".len()..];
    }
    out.push_str(rest);
    out
}

/// The page's body content: skip link, header, the app's markup in `#app`, the guides, and the
/// failure notice.
pub fn body(lang: Lang, app_html: &str) -> String {
    let t = texts(lang);
    let p = page_texts(lang);
    let other = other_lang(lang);
    let other_html_lang = texts(other).html_lang;
    let other_href = page_href(lang, other);
    let other_code = other.code();
    let nav: String = t
        .policy_options
        .iter()
        .map(|(id, label)| {
            format!(r##"<li><a href="?policy={id}#guide-{id}" id="guide-link-{id}" data-guide-link="{id}">{label}</a></li>"##)
        })
        .collect();
    let guides: String = GUIDES
        .iter()
        .filter_map(|(id, _, _)| guide(id, lang))
        .map(|fragment| mark_new_tab_links(fragment, p.new_tab))
        .collect();
    format!(
        r##"<div class="page">
<a class="skip-link" href="#guide">{skip}</a>
<header class="page-header">
<div class="title-row"><h1>{title}</h1><a class="lang-switch" id="lang-switch" data-testid="lang-switch" href="{other_href}?lang={other_code}" hreflang="{other_code}" lang="{other_html_lang}" aria-label="{lang_label}: {other_name}">{other_name}</a></div>
<p class="tagline">{tagline}</p>
<p class="to-guide"><a href="#guide" data-testid="to-guide">{to_guide} ↓</a></p>
</header>
<main class="layout">
<div id="app">{app_html}</div>
<aside class="guide" id="guide" data-testid="guide" aria-label="{guide_label}">
<nav class="guide-nav" aria-label="{nav_label}"><ul>{nav}</ul></nav>
{guides}
</aside>
</main>
<div id="fatal" class="fatal" role="alert" hidden><p>{fatal} <a id="fatal-reload" href="">{reload}</a></p></div>
</div>"##,
        skip = p.skip_to_guide,
        title = t.title,
        lang_label = p.lang_switch_label,
        other_name = p.other_lang_name,
        tagline = p.tagline,
        to_guide = p.to_guide,
        guide_label = p.guide_label,
        nav_label = p.guide_nav_label,
        fatal = p.fatal_message,
        reload = p.fatal_reload,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(id, h3 text)` of every guide section in a fragment.
    fn sections(fragment: &str) -> Vec<(String, String)> {
        fragment
            .split("<section id=\"")
            .skip(1)
            .filter_map(|rest| {
                let id = rest.split('"').next()?.to_owned();
                let title = rest
                    .split("<h3")
                    .nth(1)?
                    .split('>')
                    .nth(1)?
                    .split('<')
                    .next()?;
                Some((id, title.to_owned()))
            })
            .collect()
    }

    #[test]
    fn every_profile_has_a_guide_in_each_language_with_the_sections_its_results_link() {
        for profile in PROFILES {
            for lang in Lang::ALL {
                let fragment = guide(profile.id, lang)
                    .unwrap_or_else(|| panic!("no {lang:?} guide for {}", profile.id));
                assert!(fragment.contains(&format!(r#"id="guide-{}""#, profile.id)));
                let found = sections(fragment);
                let s = profile.sections;
                for section in [
                    s.scope, s.window, s.quota, s.promo, s.vouchers, s.partial, s.notes, s.apply,
                ] {
                    let title = found
                        .iter()
                        .find(|(id, _)| id == section.id())
                        .map(|(_, t)| t);
                    assert_eq!(
                        title.map(String::as_str),
                        Some((texts(lang).section_title)(section)),
                        "{lang:?} {}: the result's link text is the section's heading",
                        section.id()
                    );
                }
            }
        }
    }

    #[test]
    fn the_provider_guides_show_readings_unknowns_and_sources() {
        for id in ["aliyun", "tencent", "huawei"] {
            for lang in Lang::ALL {
                let ids: Vec<String> = guide(id, lang)
                    .map(sections)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(id, _)| id)
                    .collect();
                for topic in ["readings", "unknowns", "sources"] {
                    assert!(
                        ids.contains(&format!("{id}-{topic}")),
                        "{id} {lang:?} {topic}"
                    );
                }
            }
        }
        // Huawei's handling fee is unknown, and said so.
        assert!(guide("huawei", Lang::Zh).is_some_and(|g| g.contains("手续费")));
        assert!(guide("huawei", Lang::En).is_some_and(|g| g.contains("handling fee")));
    }

    #[test]
    fn the_head_script_knows_the_profiles() {
        let script = head_script();
        assert!(script.contains(r#"["article","aliyun","tencent","huawei"]"#));
        assert!(!script.contains("POLICIES"));
        assert_eq!(HEAD_SCRIPT_KEY, app::state::STORAGE_KEY);
        assert!(script.contains(&format!(r#"K="{HEAD_SCRIPT_KEY}""#)));
    }

    #[test]
    fn links_to_new_tabs_say_so() {
        let fragment = r##"<p>See <a href="https://a.example" target="_blank">A</a> and <a href="#x">B</a>, <a target="_blank" href="https://c.example">C</a>.</p>"##;
        assert_eq!(
            mark_new_tab_links(fragment, "(new tab)"),
            r##"<p>See <a href="https://a.example" target="_blank">A<span class="visually-hidden">(new tab)</span></a> and <a href="#x">B</a>, <a target="_blank" href="https://c.example">C<span class="visually-hidden">(new tab)</span></a>.</p>"##
        );
        let body = body(Lang::Zh, "");
        let opened = body.matches(r#"target="_blank""#).count();
        assert!(opened > 10);
        assert_eq!(
            body.matches("（在新标签页打开）</span></a>").count(),
            opened
        );
    }

    #[test]
    fn the_body_holds_the_app_the_guides_and_the_links() {
        let body = body(Lang::En, "<p>app</p>");
        assert!(body.contains(r#"<div id="app"><p>app</p></div>"#));
        assert!(body.contains(r#"href="../?lang=zh""#));
        for (id, _, _) in GUIDES {
            assert!(body.contains(&format!(r#"id="guide-{id}""#)));
            assert!(body.contains(&format!(r##"href="?policy={id}#guide-{id}""##)));
        }
    }
}
