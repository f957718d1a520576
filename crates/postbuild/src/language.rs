//! A wasm per page language. Trunk builds the app for the Chinese page (the `lang-zh` feature:
//! only Chinese text); this step builds the same binary with `lang-en` for the English page,
//! through the same tools trunk uses (cargo, wasm-bindgen at the locked version, wasm-opt with
//! the flags `index.html` gives trunk), names it by its contents, and points the English page at
//! it. Each visitor then downloads one language's text, not both (about 6 kB gzip less wasm).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The app's binary and the stem of trunk's file names for it (`STEM-HASH.js`, `STEM-HASH_bg.wasm`).
pub const BIN: &str = "cloud-refund-calculator";
const TARGET: &str = "wasm32-unknown-unknown";

/// What to build: the cargo profile of trunk's build, and wasm-opt's flags (none in a debug build).
pub struct Recipe {
    pub release: bool,
    pub wasm_opt: Option<Vec<String>>,
}

/// The glue stem trunk gave the Chinese page (`cloud-refund-calculator-0123456789abcdef`), read
/// from the template's glue preload.
pub fn trunk_stem(template: &str) -> Result<String, String> {
    let prefix = format!("/{BIN}-");
    let start = template.find(&prefix).ok_or(format!(
        "index.html names no {BIN}-HASH.js for the wasm's glue"
    ))? + 1;
    let end = template[start..]
        .find(".js\"")
        .ok_or(format!("index.html: the {BIN} glue is not a .js file"))?
        + start;
    let stem = &template[start..end];
    if stem.contains(['"', '/', ' ']) {
        return Err(format!("index.html: unexpected glue name {stem}.js"));
    }
    Ok(stem.to_owned())
}

/// wasm-opt's flags as `index.html` gives them to trunk (`data-wasm-opt` as `-O…`, then
/// `data-wasm-opt-params`), so both wasm files are optimised alike.
pub fn wasm_opt_flags(index_html: &str) -> Result<Vec<String>, String> {
    let attr = |name: &str| -> Result<&str, String> {
        let key = format!("{name}=\"");
        let start = index_html
            .find(&key)
            .ok_or(format!("index.html has no {name} on its rust link"))?
            + key.len();
        let end = index_html[start..]
            .find('"')
            .ok_or(format!("index.html: {name} is not closed"))?
            + start;
        Ok(&index_html[start..end])
    };
    let level = attr("data-wasm-opt")?;
    let mut flags = vec![format!("-O{level}")];
    flags.extend(
        attr("data-wasm-opt-params")?
            .split_whitespace()
            .map(str::to_owned),
    );
    Ok(flags)
}

/// The English page's template: the Chinese one with the English glue and wasm (`en_stem`) and
/// boot script (`en_boot`) in place of trunk's.
pub fn english_template(
    template: &str,
    zh_stem: &str,
    en_stem: &str,
    zh_boot: &str,
    en_boot: &str,
) -> Result<String, String> {
    for (what, name) in [("glue", zh_stem), ("boot script", zh_boot)] {
        if !template.contains(name) {
            return Err(format!("the page names no {what} {name} to replace"));
        }
    }
    Ok(template.replace(zh_stem, en_stem).replace(zh_boot, en_boot))
}

/// Builds the English wasm and its glue into `out` as `STEM-HASH_bg.wasm` and `STEM-HASH.js`,
/// and returns that stem.
pub fn build_english(root: &Path, out: &Path, recipe: &Recipe) -> Result<String, String> {
    let target_dir = root.join("target").join("lang-en");
    let mut cargo = Command::new("cargo");
    cargo
        .current_dir(root)
        .args(["build", "--quiet", "--target", TARGET, "--bin", BIN])
        .args(["--features", "hydration,lang-en", "--target-dir"])
        .arg(&target_dir);
    if recipe.release {
        cargo.arg("--release");
    }
    run(&mut cargo, "cargo build of the English wasm")?;
    let profile = if recipe.release { "release" } else { "debug" };
    let built = target_dir
        .join(TARGET)
        .join(profile)
        .join(format!("{BIN}.wasm"));
    let bytes = std::fs::read(&built).map_err(|e| format!("{}: {e}", built.display()))?;
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    let stem = format!("{BIN}-en-{:016x}", h.finish());
    run(
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(out)
            .args(["--out-name", &stem])
            .arg(&built),
        "wasm-bindgen for the English wasm",
    )?;
    if let Some(flags) = &recipe.wasm_opt {
        let wasm = out.join(format!("{stem}_bg.wasm"));
        run(
            Command::new("wasm-opt")
                .args(flags)
                .arg(&wasm)
                .arg("-o")
                .arg(&wasm),
            "wasm-opt for the English wasm",
        )?;
    }
    Ok(stem)
}

fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("{what}: could not start it ({e}); is it installed and on PATH?"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// The project's root: the workspace this crate lives in.
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<script type="module" src="/boot-1.js"></script><link rel="modulepreload" href="/cloud-refund-calculator-0123456789abcdef.js"><link rel="preload" href="/cloud-refund-calculator-0123456789abcdef_bg.wasm">"#;

    #[test]
    fn the_stem_comes_from_the_glue_preload() {
        assert_eq!(
            trunk_stem(PAGE).as_deref(),
            Ok("cloud-refund-calculator-0123456789abcdef")
        );
        assert_eq!(
            trunk_stem("<p>no glue</p>"),
            Err("index.html names no cloud-refund-calculator-HASH.js for the wasm's glue".into())
        );
    }

    #[test]
    fn the_english_page_points_at_its_own_files() {
        let en = english_template(
            PAGE,
            "cloud-refund-calculator-0123456789abcdef",
            "cloud-refund-calculator-en-fedcba9876543210",
            "boot-1.js",
            "boot-2.js",
        )
        .unwrap();
        assert_eq!(
            en,
            r#"<script type="module" src="/boot-2.js"></script><link rel="modulepreload" href="/cloud-refund-calculator-en-fedcba9876543210.js"><link rel="preload" href="/cloud-refund-calculator-en-fedcba9876543210_bg.wasm">"#
        );
        assert_eq!(
            english_template(PAGE, "other", "x", "boot-1.js", "boot-2.js"),
            Err("the page names no glue other to replace".into())
        );
        assert_eq!(
            english_template(
                PAGE,
                "cloud-refund-calculator-0123456789abcdef",
                "x",
                "boot-9.js",
                "y"
            ),
            Err("the page names no boot script boot-9.js to replace".into())
        );
    }

    #[test]
    fn wasm_opt_takes_the_flags_trunk_is_given() {
        let html = r#"<link data-trunk rel="rust" data-wasm-opt="z" data-wasm-opt-params="--enable-bulk-memory  --converge">"#;
        assert_eq!(
            wasm_opt_flags(html),
            Ok(vec![
                "-Oz".into(),
                "--enable-bulk-memory".into(),
                "--converge".into()
            ])
        );
        assert_eq!(
            wasm_opt_flags("<link>"),
            Err("index.html has no data-wasm-opt on its rust link".into())
        );
    }

    #[test]
    fn the_project_index_html_gives_the_flags() {
        let index = std::fs::read_to_string(project_root().join("index.html")).unwrap();
        let flags = wasm_opt_flags(&index).unwrap();
        assert_eq!(flags.first().map(String::as_str), Some("-Oz"));
        assert!(flags.iter().any(|f| f == "--converge"));
        assert!(index.contains(r#"data-cargo-features="hydration,lang-zh""#));
    }
}
