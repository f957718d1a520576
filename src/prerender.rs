//! Build-time page assembly, pure string work so it is tested natively: splices the
//! server-rendered app into trunk's `index.html`, moves inline scripts into files (so the
//! Content-Security-Policy needs no `'unsafe-inline'` and no hashes), and adds that policy.
//! The binary `src/bin/prerender.rs` does the file I/O.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use crate::i18n::texts;
use crate::page::{body, head_script, page_texts};
use crate::policy::Lang;

/// The page's Content-Security-Policy. `frame-ancestors` cannot be set from a meta element;
/// self-hosters set it as a header (see the README).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'";

/// The head script as a file named by its content, so it can be cached for good.
pub fn head_script_file() -> ScriptFile {
    let contents = head_script();
    let mut h = DefaultHasher::new();
    contents.hash(&mut h);
    ScriptFile {
        name: format!("route-{:016x}.js", h.finish()),
        contents,
    }
}

pub const APP_MOUNT: &str = r#"<div id="app"></div>"#;

/// Put before trunk's boot module: the app starts after the first paint of the prerendered page,
/// so loading and hydrating the wasm never holds that paint back (on a fast connection the wasm
/// can arrive before the browser has painted). The timer is the fallback for hidden tabs and
/// off-screen iframes, where the browser runs no animation frames.
pub const AFTER_FIRST_PAINT: &str =
    "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });";

/// A script moved out of the page: file name (relative to dist/) and contents.
#[derive(Debug, PartialEq, Eq)]
pub struct ScriptFile {
    pub name: String,
    pub contents: String,
}

/// Replaces each inline `<script …>body</script>` with `<script … src="/NAME"></script>`. Module
/// scripts (trunk's boot script is one) start after the first paint and are fetched at low
/// priority, like the glue they import (`lower_script_preloads`): none of it is needed to paint
/// the prerendered page, and at the default (high) priority it would compete with the stylesheet.
pub fn externalize_scripts(html: &str) -> (String, Vec<ScriptFile>) {
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(tag_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[tag_end..].find("</script>").map(|i| tag_end + i) else {
            break;
        };
        let open_tag = &rest[start..tag_end];
        let body = &rest[tag_end..close];
        out.push_str(&rest[..start]);
        if open_tag.contains(" src=") || body.trim().is_empty() {
            out.push_str(&rest[start..close + "</script>".len()]);
        } else {
            let mut h = DefaultHasher::new();
            body.hash(&mut h);
            let name = format!("boot-{:016x}.js", h.finish());
            let attrs = open_tag.trim_start_matches("<script").trim_end_matches('>');
            let module = attrs.contains(r#"type="module""#);
            let priority = if module {
                r#" fetchpriority="low""#
            } else {
                ""
            };
            out.push_str(&format!(
                r#"<script{attrs}{priority} src="/{name}"></script>"#
            ));
            let contents = if module {
                format!("{AFTER_FIRST_PAINT}\n{}", body.trim())
            } else {
                body.trim().to_owned()
            };
            files.push(ScriptFile { name, contents });
        }
        rest = &rest[close + "</script>".len()..];
    }
    out.push_str(rest);
    (out, files)
}

/// Trunk preloads the JS glue (`modulepreload`) at high priority; lower it, as for the boot script.
/// The wasm preload keeps its priority: hydration waits for it.
pub fn lower_script_preloads(html: &str) -> String {
    html.replace(
        r#"<link rel="modulepreload""#,
        r#"<link rel="modulepreload" fetchpriority="low""#,
    )
}

/// The finished page for `lang`: the static page with the rendered app in the mount point,
/// `<html lang>`, title, description, and first in `<head>` the CSP meta element and the head
/// script `head_script` (see `page::head_script`).
pub fn assemble(
    template: &str,
    app_html: &str,
    lang: Lang,
    head_script: &ScriptFile,
) -> Result<String, String> {
    let t = texts(lang);
    if !template.contains(APP_MOUNT) {
        return Err(format!("index.html has no {APP_MOUNT}"));
    }
    let page = template.replacen(APP_MOUNT, &body(lang, app_html), 1);
    let page = replace_between(&page, "<html lang=\"", "\"", t.html_lang)?;
    let page = replace_between(&page, "<title>", "</title>", t.title)?;
    let page = replace_between(
        &page,
        "<meta name=\"description\" content=\"",
        "\"",
        page_texts(lang).tagline,
    )?;
    let head = format!(
        r#"<head>
    <meta http-equiv="Content-Security-Policy" content="{CSP}">
    <script src="/{}"></script>"#,
        head_script.name
    );
    Ok(page.replacen("<head>", &head, 1))
}

fn replace_between(s: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let a = s.find(start).ok_or(format!("missing {start}"))? + start.len();
    let b = s[a..].find(end).ok_or(format!("missing end of {start}"))? + a;
    Ok(format!("{}{}{}", &s[..a], escape_attr(with), &s[b..]))
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = r#"<!DOCTYPE html><html lang="zh-CN"><head><title>x</title><meta name="description" content="d"><script type="module">import init from '/a.js';
await init();</script><script src="/keep.js"></script></head><body><div id="app"></div></body></html>"#;

    #[test]
    fn inline_scripts_move_to_files() {
        let (html, files) = externalize_scripts(TEMPLATE);
        assert_eq!(files.len(), 1);
        assert!(files[0].contents.starts_with(AFTER_FIRST_PAINT));
        assert!(files[0]
            .contents
            .contains("\nimport init from '/a.js';\nawait init();"));
        assert!(html.contains(&format!(
            r#"<script type="module" fetchpriority="low" src="/{}"></script>"#,
            files[0].name
        )));
        assert!(html.contains(r#"<script src="/keep.js"></script>"#));
        assert!(!html.contains("await init"));
    }

    #[test]
    fn classic_scripts_move_unchanged() {
        let (html, files) = externalize_scripts("<script>var a = 1;</script>");
        assert_eq!(files[0].contents, "var a = 1;");
        assert_eq!(
            html,
            format!(r#"<script src="/{}"></script>"#, files[0].name)
        );
    }

    #[test]
    fn the_glue_preload_is_lowered_and_the_wasm_preload_kept() {
        let head = r#"<link rel="modulepreload" href="/a.js" crossorigin="anonymous"><link rel="preload" href="/a_bg.wasm" as="fetch">"#;
        assert_eq!(
            lower_script_preloads(head),
            r#"<link rel="modulepreload" fetchpriority="low" href="/a.js" crossorigin="anonymous"><link rel="preload" href="/a_bg.wasm" as="fetch">"#
        );
    }

    #[test]
    fn assembles_each_language() {
        let page = assemble(TEMPLATE, "<p>hi</p>", Lang::En, &head_script_file()).unwrap();
        assert!(page.contains(r#"<html lang="en">"#));
        assert!(page.contains("<title>Cloud Server Refund Calculator</title>"));
        assert!(page.contains(r#"<div id="app"><p>hi</p></div>"#));
        assert!(page.contains("Content-Security-Policy"));
        assert!(!CSP.contains("'unsafe-inline'") && !CSP.contains("'unsafe-eval'"));
        let script = head_script_file();
        assert!(page.contains(&format!(r#"<script src="/{}"></script>"#, script.name)));
        assert!(script.contents.contains("data-policy"));
        let zh = assemble(TEMPLATE, "", Lang::Zh, &head_script_file()).unwrap();
        assert!(zh.contains("<title>云服务器退款计算器</title>"));
    }

    #[test]
    fn a_template_without_mount_point_is_an_error() {
        assert!(assemble(
            "<html lang=\"x\"></html>",
            "",
            Lang::Zh,
            &head_script_file()
        )
        .is_err());
    }
}
