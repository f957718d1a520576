//! Page assembly, pure string work: turns trunk's `index.html` into the template of both pages
//! (inline scripts moved into files, the app started after the first paint, the scripts fetched
//! at low priority), then fills in the server-rendered app and the static page for a language.
//! Each thing it relies on in trunk's output is checked, and its absence fails the build.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use app::i18n::texts;
use app::policy::Lang;

use crate::csp;
use crate::page::{body, head_script, page_texts};

pub const APP_MOUNT: &str = r#"<div id="app"></div>"#;

/// Put before trunk's boot module: the app starts after the first paint of the prerendered page,
/// so loading and hydrating the wasm never holds that paint back (on a fast connection the wasm
/// can arrive before the browser has painted). The timer is the fallback for hidden tabs and
/// off-screen iframes, where the browser runs no animation frames.
pub const AFTER_FIRST_PAINT: &str =
    "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });";

/// How trunk 0.21 preloads the JS glue.
const GLUE_PRELOAD: &str = r#"<link rel="modulepreload""#;

/// How trunk 0.21's boot script, with `public_url = "./"`, passes the wasm's path to the glue's
/// `init`: a string the browser fetches relative to the page, which is wrong on `en/`.
const WASM_ARG: &str = "module_or_path: './";

/// A script moved out of the page: file name (relative to dist/), contents, and whether it is a
/// module.
#[derive(Debug, PartialEq, Eq)]
pub struct ScriptFile {
    pub name: String,
    pub contents: String,
    pub module: bool,
}

impl ScriptFile {
    /// A script named `PREFIX-HASH.js` by its contents, so it can be cached for good.
    pub fn named(prefix: &str, contents: String, module: bool) -> Self {
        let mut h = DefaultHasher::new();
        contents.hash(&mut h);
        ScriptFile {
            name: format!("{prefix}-{:016x}.js", h.finish()),
            contents,
            module,
        }
    }
}

/// A step that finishes a script's text before it is named and written (the minifier; the
/// tests pass the text through). Arguments: a name for messages, whether it is a module, the text.
pub type Finish<'a> = &'a mut dyn FnMut(&str, bool, &str) -> Result<String, String>;

/// The head script (see `page::head_script`) as a file, a classic script.
pub fn head_script_file(finish: Finish) -> Result<ScriptFile, String> {
    let contents = finish("the head script", false, &head_script())?;
    Ok(ScriptFile::named("route", contents, false))
}

/// Trunk's `index.html` made into the template of both pages, and the scripts moved out of it.
///
/// Every file is referred to relatively (`./NAME`), so that `dist/` works at any URL path:
/// trunk must be told `public_url = "./"` (Trunk.toml), and a reference from the root of the
/// host (`href="/…"` or `src="/…"`) left in the page fails the build. `assemble` makes the
/// references of the English page, one folder down, start with `../`.
///
/// Each inline `<script …>body</script>` becomes `<script … src="./NAME"></script>`. Module
/// scripts (trunk's boot script is one, and there must be one) start after the first paint and
/// are fetched at low priority, like the glue they import, whose `modulepreload` (there must be
/// exactly one) is lowered too: none of it is needed to paint the prerendered page, and at the
/// default (high) priority it would compete with the stylesheet. The wasm preload keeps its
/// priority: hydration waits for it.
pub fn template(index_html: &str, finish: Finish) -> Result<(String, Vec<ScriptFile>), String> {
    let html = lower_glue_preload(index_html)?;
    let (html, scripts) = externalize_scripts(&html, finish)?;
    if let Some(at) = html.find(r#"href="/"#).or_else(|| html.find(r#"src="/"#)) {
        let value = at + html[at..].find('"').unwrap_or_default() + 1;
        let end = html[value..]
            .find('"')
            .map_or(html.len(), |i| value + i + 1);
        return Err(format!(
            "index.html refers to {} from the root of the host; the pages must work at any path \
             (set public_url = \"./\" in Trunk.toml)",
            &html[at..end]
        ));
    }
    if !scripts.iter().any(|s| s.module) {
        return Err(
            "index.html has no inline <script type=\"module\"> (trunk's boot script) to start \
             after the first paint"
                .into(),
        );
    }
    Ok((html, scripts))
}

fn lower_glue_preload(html: &str) -> Result<String, String> {
    match html.matches(GLUE_PRELOAD).count() {
        1 => Ok(html.replacen(
            GLUE_PRELOAD,
            r#"<link rel="modulepreload" fetchpriority="low""#,
            1,
        )),
        n => Err(format!(
            "index.html has {n} {GLUE_PRELOAD}> elements, not the one of the JS glue to fetch at \
             low priority"
        )),
    }
}

fn externalize_scripts(html: &str, finish: Finish) -> Result<(String, Vec<ScriptFile>), String> {
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let tag_end = rest[start..]
            .find('>')
            .map(|i| start + i + 1)
            .ok_or("index.html: a <script tag is not closed")?;
        let close = rest[tag_end..]
            .find("</script>")
            .map(|i| tag_end + i)
            .ok_or("index.html: a <script> has no </script>")?;
        let open_tag = &rest[start..tag_end];
        let body = &rest[tag_end..close];
        out.push_str(&rest[..start]);
        if open_tag.contains(" src=") || body.trim().is_empty() {
            out.push_str(&rest[start..close + "</script>".len()]);
        } else {
            let attrs = open_tag.trim_start_matches("<script").trim_end_matches('>');
            let module = attrs.contains(r#"type="module""#);
            let (priority, contents) = if module {
                (
                    r#" fetchpriority="low""#,
                    format!("{AFTER_FIRST_PAINT}\n{}", wasm_beside_script(body.trim())?),
                )
            } else {
                ("", body.trim().to_owned())
            };
            let what = if module {
                "the boot script"
            } else {
                "an inline script"
            };
            let file = ScriptFile::named("boot", finish(what, module, &contents)?, module);
            out.push_str(&format!(
                r#"<script{attrs}{priority} src="./{}"></script>"#,
                file.name
            ));
            files.push(file);
        }
        rest = &rest[close + "</script>".len()..];
    }
    out.push_str(rest);
    Ok((out, files))
}

/// Trunk's boot script with the wasm's path resolved against the script's own address
/// (`new URL('./NAME_bg.wasm', import.meta.url)`) rather than the page's: the script is a file
/// at the root of the site, and the English page that runs it is one folder down. Its glue import
/// (`from './NAME.js'`) already resolves against the script. There must be exactly one wasm path.
fn wasm_beside_script(boot: &str) -> Result<String, String> {
    if boot.matches(WASM_ARG).count() != 1 {
        return Err(format!(
            "trunk's boot script has no {WASM_ARG}…' (or more than one): cannot make the wasm's \
             path relative to the script (is public_url \"./\" in Trunk.toml?)"
        ));
    }
    let start = boot.find(WASM_ARG).unwrap_or_default() + WASM_ARG.len() - "'./".len();
    let end = boot[start + 1..]
        .find('\'')
        .map(|i| start + 1 + i + 1)
        .ok_or("trunk's boot script: the wasm's path is not closed")?;
    Ok(format!(
        "{}new URL({}, import.meta.url){}",
        &boot[..start],
        &boot[start..end],
        &boot[end..]
    ))
}

/// `page`'s references to files of the site (`href="./…"`, `src="./…"`, in its head) made to
/// start with `prefix` instead: `../` on a page one folder down.
fn from_folder(page: &str, prefix: &str) -> String {
    let head_end = page.find("</head>").unwrap_or(page.len());
    let head = page[..head_end]
        .replace(r#"href="./"#, &format!(r#"href="{prefix}"#))
        .replace(r#"src="./"#, &format!(r#"src="{prefix}"#));
    format!("{head}{}", &page[head_end..])
}

/// The way from a page to the root of the site: the Chinese page is the root, the English one
/// is `en/`.
pub fn site_root(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "./",
        Lang::En => "../",
    }
}

/// The finished page for `lang`: the template with the static page and the rendered app in the
/// mount point, `<html lang>`, title, description, and first in `<head>` the CSP meta element
/// and the head script.
pub fn assemble(
    template: &str,
    app_html: &str,
    lang: Lang,
    head_script: &ScriptFile,
) -> Result<String, String> {
    let t = texts(lang);
    if template.matches(APP_MOUNT).count() != 1 {
        return Err(format!(
            "index.html has no {APP_MOUNT} (or more than one) to render the app into"
        ));
    }
    let page = csp::head_first(template, &head_script.name)?;
    let page = from_folder(&page, site_root(lang));
    let page = replace_between(&page, "<html lang=\"", "\"", t.html_lang)?;
    let page = replace_between(&page, "<title>", "</title>", t.title)?;
    let page = replace_between(
        &page,
        "<meta name=\"description\" content=\"",
        "\"",
        page_texts(lang).tagline,
    )?;
    Ok(page.replacen(APP_MOUNT, &body(lang, app_html), 1))
}

fn replace_between(s: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let a = s.find(start).ok_or(format!("index.html has no {start}"))? + start.len();
    let b = s[a..]
        .find(end)
        .ok_or(format!("index.html: no end of {start}"))?
        + a;
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

    const TEMPLATE: &str = r#"<!DOCTYPE html><html lang="zh-CN"><head><title>x</title><meta name="description" content="d"><link rel="modulepreload" href="./a.js" crossorigin="anonymous"><link rel="preload" href="./a_bg.wasm" as="fetch"><script type="module">import init from './a.js';
await init({ module_or_path: './a_bg.wasm' });</script><script src="./keep.js"></script></head><body><div id="app"></div></body></html>"#;

    fn same(_: &str, _: bool, text: &str) -> Result<String, String> {
        Ok(text.to_owned())
    }

    #[test]
    fn inline_scripts_move_to_files() {
        let (html, files) = template(TEMPLATE, &mut same).unwrap();
        assert_eq!(files.len(), 1);
        assert!(files[0].module);
        assert!(files[0].contents.starts_with(AFTER_FIRST_PAINT));
        assert!(files[0]
            .contents
            .contains("\nimport init from './a.js';\nawait init({ module_or_path: new URL('./a_bg.wasm', import.meta.url) });"));
        assert!(html.contains(&format!(
            r#"<script type="module" fetchpriority="low" src="./{}"></script>"#,
            files[0].name
        )));
        assert!(html.contains(r#"<script src="./keep.js"></script>"#));
        assert!(!html.contains("await init"));
    }

    #[test]
    fn classic_scripts_move_unchanged() {
        let (html, files) = externalize_scripts("<script>var a = 1;</script>", &mut same).unwrap();
        assert_eq!(files[0].contents, "var a = 1;");
        assert!(!files[0].module);
        assert_eq!(
            html,
            format!(r#"<script src="./{}"></script>"#, files[0].name)
        );
    }

    #[test]
    fn scripts_are_named_after_they_are_finished() {
        let mut upper = |_: &str, _: bool, text: &str| Ok(text.to_uppercase());
        let (_, files) = template(TEMPLATE, &mut upper).unwrap();
        let (_, plain) = template(TEMPLATE, &mut same).unwrap();
        assert!(files[0].contents.contains("IMPORT INIT"));
        assert_ne!(files[0].name, plain[0].name);
        let mut fail = |what: &str, _: bool, _: &str| Err(format!("esbuild failed on {what}"));
        assert_eq!(
            template(TEMPLATE, &mut fail).unwrap_err(),
            "esbuild failed on the boot script"
        );
    }

    #[test]
    fn the_glue_preload_is_lowered_and_the_wasm_preload_kept() {
        let head = r#"<link rel="modulepreload" href="./a.js" crossorigin="anonymous"><link rel="preload" href="./a_bg.wasm" as="fetch">"#;
        assert_eq!(
            lower_glue_preload(head).unwrap(),
            r#"<link rel="modulepreload" fetchpriority="low" href="./a.js" crossorigin="anonymous"><link rel="preload" href="./a_bg.wasm" as="fetch">"#
        );
        let (html, _) = template(TEMPLATE, &mut same).unwrap();
        assert!(html.contains(r#"<link rel="modulepreload" fetchpriority="low" href="./a.js""#));
    }

    #[test]
    fn a_template_without_a_glue_preload_is_an_error() {
        let html = TEMPLATE.replace(
            r#"<link rel="modulepreload" href="./a.js" crossorigin="anonymous">"#,
            "",
        );
        assert_eq!(
            template(&html, &mut same).unwrap_err(),
            r#"index.html has 0 <link rel="modulepreload"> elements, not the one of the JS glue to fetch at low priority"#
        );
        let twice = TEMPLATE.replace("<link rel=\"preload\"", "<link rel=\"modulepreload\"");
        assert!(template(&twice, &mut same)
            .unwrap_err()
            .starts_with("index.html has 2 "));
    }

    #[test]
    fn a_template_without_a_boot_module_is_an_error() {
        let expected = "index.html has no inline <script type=\"module\"> (trunk's boot script) to start after the first paint";
        for html in [
            TEMPLATE.replace(r#"<script type="module">"#, "<script>"),
            TEMPLATE.replace(r#"<script type="module">"#, "<script type=module>"),
            TEMPLATE.replace(
                r#"<script type="module">"#,
                r#"<script type="module" src="./boot.js">"#,
            ),
        ] {
            assert_eq!(template(&html, &mut same).unwrap_err(), expected);
        }
        assert_eq!(
            template(&TEMPLATE.replace("</script>", ""), &mut same).unwrap_err(),
            "index.html: a <script> has no </script>"
        );
    }

    #[test]
    fn assembles_each_language() {
        let (template, _) = template(TEMPLATE, &mut same).unwrap();
        let script = head_script_file(&mut same).unwrap();
        let page = assemble(&template, "<p>hi</p>", Lang::En, &script).unwrap();
        assert!(page.contains(r#"<html lang="en">"#));
        assert!(page.contains("<title>Cloud Server Refund Calculator</title>"));
        assert!(page.contains(r#"<div id="app"><p>hi</p></div>"#));
        assert!(page.contains("Content-Security-Policy"));
        // One folder down, every file of the site is one folder up.
        assert!(page.contains(&format!(r#"<script src="../{}"></script>"#, script.name)));
        assert!(page.contains(r#"<link rel="preload" href="../a_bg.wasm""#));
        assert!(page.contains(r#"<script src="../keep.js"></script>"#));
        assert!(!page.contains(r#"="./"#));
        assert!(script.name.starts_with("route-") && !script.module);
        assert!(script.contents.contains("data-policy"));
        let zh = assemble(&template, "", Lang::Zh, &script).unwrap();
        assert!(zh.contains("<title>云服务器退款计算器</title>"));
        assert!(zh.contains(&format!(r#"<script src="./{}"></script>"#, script.name)));
        assert!(zh.contains(r#"<link rel="preload" href="./a_bg.wasm""#));
    }

    #[test]
    fn a_template_without_mount_point_is_an_error() {
        let script = head_script_file(&mut same).unwrap();
        let expected =
            r#"index.html has no <div id="app"></div> (or more than one) to render the app into"#;
        assert_eq!(
            assemble(
                "<html lang=\"x\"><head></head></html>",
                "",
                Lang::Zh,
                &script
            )
            .unwrap_err(),
            expected
        );
        let twice = TEMPLATE.replace("</body>", r#"<div id="app"></div></body>"#);
        assert_eq!(
            assemble(&twice, "", Lang::Zh, &script).unwrap_err(),
            expected
        );
    }

    #[test]
    fn a_template_without_title_or_description_is_an_error() {
        let script = head_script_file(&mut same).unwrap();
        let html = TEMPLATE.replace("<title>x</title>", "");
        assert_eq!(
            assemble(&html, "", Lang::Zh, &script).unwrap_err(),
            "index.html has no <title>"
        );
    }

    #[test]
    fn the_wasm_is_found_beside_the_boot_script() {
        assert_eq!(
            wasm_beside_script("import init from './a.js';\nawait init({ module_or_path: './a_bg.wasm' });").unwrap(),
            "import init from './a.js';\nawait init({ module_or_path: new URL('./a_bg.wasm', import.meta.url) });"
        );
        let expected = "trunk's boot script has no module_or_path: './…' (or more than one): cannot make the wasm's path relative to the script (is public_url \"./\" in Trunk.toml?)";
        for boot in [
            "await init({ module_or_path: '/a_bg.wasm' });",
            "await init('./a_bg.wasm');",
            "init({ module_or_path: './a' }); init({ module_or_path: './b' });",
        ] {
            assert_eq!(wasm_beside_script(boot).unwrap_err(), expected);
        }
        assert_eq!(
            wasm_beside_script("init({ module_or_path: './a_bg.wasm").unwrap_err(),
            "trunk's boot script: the wasm's path is not closed"
        );
    }

    #[test]
    fn a_reference_from_the_host_root_is_an_error() {
        let html = TEMPLATE.replace(r#"<script src="./keep.js">"#, r#"<script src="/keep.js">"#);
        assert_eq!(
            template(&html, &mut same).unwrap_err(),
            r#"index.html refers to src="/keep.js" from the root of the host; the pages must work at any path (set public_url = "./" in Trunk.toml)"#
        );
        let html = TEMPLATE.replace(r#"href="./a_bg.wasm""#, r#"href="/a_bg.wasm""#);
        assert!(template(&html, &mut same)
            .unwrap_err()
            .starts_with(r#"index.html refers to href="/a_bg.wasm" from the root"#));
    }
}
