//! Build step (trunk post_build hook, see Trunk.toml): renders the app with Yew SSR in both
//! languages and writes `index.html` (Chinese) and `en/index.html` (English) into trunk's staging
//! directory (or the directory given as the first argument), with inline scripts moved to files
//! and the Content-Security-Policy added.

use std::path::PathBuf;
use std::process::ExitCode;

use cloud_refund_calculator::policy::Lang;
use cloud_refund_calculator::prerender::{assemble, externalize_scripts};
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
    let template =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let (template, scripts) = externalize_scripts(&template);
    for script in &scripts {
        std::fs::write(dir.join(&script.name), &script.contents).map_err(|e| e.to_string())?;
    }
    std::fs::write(&index, assemble(&template, &render(Lang::Zh), Lang::Zh)?)
        .map_err(|e| e.to_string())?;
    let en_dir = dir.join("en");
    std::fs::create_dir_all(&en_dir).map_err(|e| e.to_string())?;
    std::fs::write(
        en_dir.join("index.html"),
        assemble(&template, &render(Lang::En), Lang::En)?,
    )
    .map_err(|e| e.to_string())?;
    println!(
        "prerendered {} (zh) and en/index.html, {} script(s) moved out",
        index.display(),
        scripts.len()
    );
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
