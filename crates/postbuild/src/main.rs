//! The trunk post_build step (Trunk.toml's hook runs `cargo run -p postbuild`), on the files in
//! trunk's staging directory (`TRUNK_STAGING_DIR`, or the directory given as the first argument):
//!
//! 1. page assembly (`assemble`, `page`, `csp`): renders the app with Yew SSR in both languages
//!    into `index.html` (Chinese) and `en/index.html` (English) with the static page around it,
//!    moves inline scripts into files, starts the app after the first paint, and puts the
//!    Content-Security-Policy and the head script first in `<head>`;
//! 2. name shortening (`names`): short wasm-bindgen import and export names in the wasm and its
//!    JS glue;
//! 3. minification (`minify`): every script and stylesheet, by esbuild;
//! 4. hosting (`hosting`): the icons and a web app manifest per page, then, over the finished
//!    files, the service worker `sw.js` and the `_headers` file of Netlify and Cloudflare Pages.
//!
//! Every assumption about trunk's and wasm-bindgen's output is checked, and a miss fails the
//! build with a message that says what is missing. How it all works: docs/build.md.

mod assemble;
mod csp;
mod hosting;
mod language;
mod minify;
mod names;
mod page;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use app::policy::Lang;
use app::{App, AppProps};

use assemble::{assemble, head_script_file, template, ScriptFile};
use minify::{minify, without_comments, Kind, ESBUILD};

fn render(lang: Lang) -> String {
    let renderer = yew::ServerRenderer::<App>::with_props(move || AppProps { lang });
    futures::executor::block_on(renderer.render())
}

fn run() -> Result<(), String> {
    let dir: PathBuf = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into())
        .into();
    let mut finish = |what: &str, module: bool, js: &str| {
        let kind = if module { Kind::Module } else { Kind::Classic };
        minify(ESBUILD, what, kind, js)
    };
    let index = dir.join("index.html");
    let (template, mut scripts) = template(&read_text(&index)?, &mut finish)?;
    let icons = hosting::icons();
    let template = hosting::with_manifest(&template)?;
    for (_, name, bytes) in &icons {
        write(&dir.join(name), bytes)?;
    }
    let route = head_script_file(&mut finish)?;
    let en_template = english_wasm(&dir, &template, &mut scripts)?;
    for script in scripts.iter().chain([&route]) {
        write(&dir.join(&script.name), &script.contents)?;
    }
    write(
        &index,
        assemble(&template, &render(Lang::Zh), Lang::Zh, &route)?,
    )?;
    let en_dir = dir.join("en");
    std::fs::create_dir_all(&en_dir).map_err(|e| format!("{}: {e}", en_dir.display()))?;
    write(
        &en_dir.join("index.html"),
        assemble(&en_template, &render(Lang::En), Lang::En, &route)?,
    )?;
    for (lang, folder) in [(Lang::Zh, dir.clone()), (Lang::En, en_dir.clone())] {
        let root = assemble::site_root(lang);
        write(
            &folder.join("manifest.webmanifest"),
            hosting::manifest(lang, root, &icons),
        )?;
    }
    println!(
        "postbuild: prerendered {} (zh) and en/index.html, {} script(s) moved out",
        index.display(),
        scripts.len()
    );
    let ours: Vec<&str> = scripts
        .iter()
        .chain([&route])
        .map(|s| s.name.as_str())
        .collect();
    shorten_and_minify(&dir, &ours)?;
    offline_and_headers(&dir)
}

/// Every file under `dir` (names relative to it, with `/`), sorted, with its contents.
fn all_files(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = Vec::new();
    let mut folders = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", folder.display()))?;
            let name = entry.file_name().into_string().map_err(|n| {
                format!("{}: a file name that is not UTF-8: {n:?}", folder.display())
            })?;
            let path = entry.path();
            if path.is_dir() {
                folders.push((path, format!("{prefix}{name}/")));
            } else {
                out.push((format!("{prefix}{name}"), read(&path)?));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The service worker over the finished build (its cache named by every file), then `_headers`.
fn offline_and_headers(dir: &Path) -> Result<(), String> {
    let files = all_files(dir)?;
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let id = hosting::build_id(&files);
    let cached = hosting::cached_files(&names);
    let sw = hosting::service_worker(&id, &cached);
    write(
        &dir.join("sw.js"),
        minify(ESBUILD, "sw.js", Kind::Classic, &sw)?,
    )?;
    let mut names = names;
    names.extend(["sw.js".to_string(), "_headers".to_string()]);
    names.sort();
    names.dedup();
    write(&dir.join("_headers"), hosting::headers(&names))?;
    println!(
        "postbuild: sw.js keeps {} file(s) in cache {id}; _headers written",
        cached.len()
    );
    Ok(())
}

/// Builds the English page's wasm beside trunk's Chinese one (see `language`), adds its boot
/// script to `scripts`, and returns the English page's template.
fn english_wasm(
    dir: &Path,
    template: &str,
    scripts: &mut Vec<ScriptFile>,
) -> Result<String, String> {
    let root = language::project_root();
    let source = read_text(&root.join("index.html"))?;
    // Trunk tells its hooks the profile it built (`release` or `debug`).
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
    let recipe = language::Recipe {
        release,
        wasm_opt: release
            .then(|| language::wasm_opt_flags(&source))
            .transpose()?,
    };
    let zh_stem = language::trunk_stem(template)?;
    let en_stem = language::build_english(&root, dir, &recipe)?;
    let zh_boot = scripts
        .iter()
        .find(|s| s.module)
        .ok_or("no boot script to copy for the English page")?;
    let en_boot = ScriptFile::named("boot", zh_boot.contents.replace(&zh_stem, &en_stem), true);
    let en_template =
        language::english_template(template, &zh_stem, &en_stem, &zh_boot.name, &en_boot.name)?;
    println!("postbuild: {en_stem} built for the English page");
    scripts.push(en_boot);
    Ok(en_template)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String, String> {
    String::from_utf8(read(path)?).map_err(|_| format!("{}: not UTF-8", path.display()))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Each `NAME_bg.wasm` among the file names of dist/ with its JS glue `NAME.js`. There must be
/// at least one wasm, and each must have its glue.
fn wasm_and_glue(files: &[String]) -> Result<Vec<(&str, String)>, String> {
    let pairs: Vec<(&str, String)> = files
        .iter()
        .filter_map(|f| Some((f.as_str(), f.strip_suffix("_bg.wasm")?)))
        .map(|(wasm, stem)| (wasm, format!("{stem}.js")))
        .collect();
    if pairs.is_empty() {
        return Err(
            "no *_bg.wasm in the build: trunk built no wasm (or names it differently)".into(),
        );
    }
    for (wasm, glue) in &pairs {
        if !files.contains(glue) {
            return Err(format!("{wasm} has no JS glue {glue} beside it"));
        }
    }
    Ok(pairs)
}

/// Short wasm import/export names (in the wasm and its glue), then every script not written by
/// this step (`ours`, minified already) and every stylesheet minified.
fn shorten_and_minify(dir: &Path, ours: &[&str]) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    files.sort();
    let pairs = wasm_and_glue(&files)?;
    for (wasm_name, glue_name) in &pairs {
        let glue = without_comments(ESBUILD, glue_name, &read_text(&dir.join(glue_name))?)?;
        let (wasm, renames) = names::shorten_wasm_names(&read(&dir.join(wasm_name))?, |export| {
            names::mentions(&glue, export)
        })
        .map_err(|e| format!("{wasm_name}: {e}"))?;
        let glue =
            names::rename_in_glue(&glue, &renames).map_err(|e| format!("{glue_name}: {e}"))?;
        write(&dir.join(wasm_name), wasm)?;
        write(
            &dir.join(glue_name),
            minify(ESBUILD, glue_name, Kind::Module, &glue)?,
        )?;
    }
    let mut minified = pairs.len();
    for name in &files {
        let kind = if name.ends_with(".css") {
            Kind::Css
        } else if name.ends_with(".js")
            && !ours.contains(&name.as_str())
            && !pairs.iter().any(|(_, glue)| glue == name)
        {
            // Trunk's only other scripts are copied files (`embed.js`): classic scripts.
            Kind::Classic
        } else {
            continue;
        };
        let path = dir.join(name);
        write(&path, minify(ESBUILD, name, kind, &read_text(&path)?)?)?;
        minified += 1;
    }
    println!(
        "postbuild: short names in {} wasm file(s) and glue; {} file(s) minified by {ESBUILD}",
        pairs.len(),
        minified + ours.len()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("postbuild: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn each_wasm_is_found_with_its_glue() {
        let files = names(&["app-1_bg.wasm", "app-1.js", "embed.js", "index.html"]);
        assert_eq!(
            wasm_and_glue(&files).unwrap(),
            [("app-1_bg.wasm", "app-1.js".to_string())]
        );
    }

    #[test]
    fn a_build_without_wasm_is_an_error() {
        assert_eq!(
            wasm_and_glue(&names(&["app-1.js", "index.html", "app.wasm"])).unwrap_err(),
            "no *_bg.wasm in the build: trunk built no wasm (or names it differently)"
        );
    }

    #[test]
    fn a_wasm_without_its_glue_is_an_error() {
        assert_eq!(
            wasm_and_glue(&names(&["app-1_bg.wasm", "app-2.js", "index.html"])).unwrap_err(),
            "app-1_bg.wasm has no JS glue app-1.js beside it"
        );
    }
}
