//! Build step (trunk post_build hook, see Trunk.toml): renders the app with Yew SSR in both
//! languages and writes `index.html` (Chinese) and `en/index.html` (English) into trunk's staging
//! directory (or the directory given as the first argument), with inline scripts moved to files
//! and the Content-Security-Policy added. Then it applies the size cuts of `slim` to the wasm, its
//! JS glue, the other scripts and the stylesheets.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cloud_refund_calculator::policy::Lang;
use cloud_refund_calculator::prerender::{
    assemble, externalize_scripts, head_script_file, lower_script_preloads,
};
use cloud_refund_calculator::slim;
use cloud_refund_calculator::{App, AppProps};

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
    let index = dir.join("index.html");
    let (template, scripts) = externalize_scripts(&lower_script_preloads(&read_text(&index)?));
    for script in &scripts {
        write(&dir.join(&script.name), &script.contents)?;
    }
    let route = head_script_file();
    write(&dir.join(&route.name), &route.contents)?;
    write(
        &index,
        assemble(&template, &render(Lang::Zh), Lang::Zh, &route)?,
    )?;
    let en_dir = dir.join("en");
    std::fs::create_dir_all(&en_dir).map_err(|e| format!("{}: {e}", en_dir.display()))?;
    write(
        &en_dir.join("index.html"),
        assemble(&template, &render(Lang::En), Lang::En, &route)?,
    )?;
    println!(
        "prerendered {} (zh) and en/index.html, {} script(s) moved out",
        index.display(),
        scripts.len()
    );
    slim_files(&dir)
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

/// Short wasm import/export names (in the wasm and its glue), then compact scripts and styles.
fn slim_files(dir: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut glues = Vec::new();
    for wasm_name in names.iter().filter(|n| n.ends_with("_bg.wasm")) {
        let glue_name = wasm_name.replace("_bg.wasm", ".js");
        let (wasm, renames) = slim::shorten_wasm_names(&read(&dir.join(wasm_name))?)?;
        let glue = slim::rename_in_glue(&read_text(&dir.join(&glue_name))?, &renames)?;
        write(&dir.join(wasm_name), wasm)?;
        write(&dir.join(&glue_name), slim::strip_js(&glue))?;
        glues.push(glue_name);
    }
    for name in &names {
        let path = dir.join(name);
        if name.ends_with(".js") && !glues.contains(name) {
            write(&path, slim::strip_js(&read_text(&path)?))?;
        } else if name.ends_with(".css") {
            write(&path, slim::minify_css(&read_text(&path)?))?;
        }
    }
    println!("slimmed {} wasm file(s), scripts and styles", glues.len());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
