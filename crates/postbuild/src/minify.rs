//! Minification of the scripts and styles by esbuild (`e2e/package.json` pins its version; it is
//! found on PATH, where `./run.sh` puts `e2e/node_modules/.bin`). Why esbuild, with the measured
//! alternatives: docs/build.md.
//!
//! esbuild runs as a transformer, never as a bundler: one file in, the same file minified out, in
//! the same format. A module stays a module (wasm-bindgen's glue and trunk's boot script, whose
//! exports and imports keep their names); a classic script stays a classic script (`embed.js`,
//! the head script), whose top-level names are left alone because they are global.

use std::io::Write;
use std::process::{Command, Stdio};

/// The command that is run: esbuild from PATH.
pub const ESBUILD: &str = "esbuild";

/// What a file is, which decides how esbuild reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An ES module (`<script type="module">`, or imported by one).
    Module,
    /// A classic script (`<script src>` without a type).
    Classic,
    /// A stylesheet.
    Css,
}

/// esbuild's arguments for `kind`. Every page needs top-level await (the boot module), so the
/// scripts may use ES2022 syntax and no newer; `--charset=utf8` keeps Chinese text as it is
/// rather than as `\u` escapes (three bytes a character instead of six); comments go, `/*!` ones
/// included.
fn args(kind: Kind) -> Vec<&'static str> {
    let format: &[&str] = match kind {
        Kind::Module => &["--loader=js", "--format=esm", "--target=es2022"],
        Kind::Classic => &["--loader=js", "--target=es2022"],
        Kind::Css => &["--loader=css"],
    };
    let common = [
        "--charset=utf8",
        "--legal-comments=none",
        "--log-level=warning",
    ];
    format.iter().chain(&common).copied().collect()
}

/// `source` minified by `program` (esbuild) as `kind`; `what` names the file in messages.
/// Fails when the program cannot be started, exits with an error, or prints nothing.
pub fn minify(program: &str, what: &str, kind: Kind, source: &str) -> Result<String, String> {
    let mut args = args(kind);
    args.push("--minify");
    run(program, what, &args, source)
}

/// The module `source` without comments and spaces, every name kept: what the name shortening
/// reads (a comment may quote a name anywhere; the names it renames are all still there).
pub fn without_comments(program: &str, what: &str, source: &str) -> Result<String, String> {
    let mut args = args(Kind::Module);
    args.push("--minify-whitespace");
    run(program, what, &args, source)
}

fn run(program: &str, what: &str, args: &[&str], source: &str) -> Result<String, String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!(
                "{program} is not on PATH, so {what} cannot be minified: it is installed by \
                 `npm ci` in e2e/ (e2e/package.json), and ./run.sh puts e2e/node_modules/.bin \
                 on PATH"
            ),
            _ => format!("{program} could not be started to minify {what}: {e}"),
        })?;
    // The output is read while the input is written (a large file would otherwise fill the
    // pipe and stall both sides): the writer runs on its own thread.
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| format!("{program} on {what}: no input pipe"))?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("{program} on {what}: {e}"))?;
    let written = writer
        .join()
        .map_err(|_| format!("{program} on {what}: writer panicked"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        let reason = match stderr.trim() {
            "" => String::new(),
            text => format!(": {text}"),
        };
        return Err(format!(
            "{program} failed on {what} ({}){reason}",
            output.status
        ));
    }
    let out = String::from_utf8(output.stdout)
        .map_err(|_| format!("{program} on {what}: the output is not UTF-8"))?;
    if out.trim().is_empty() && !source.trim().is_empty() {
        return Err(format!("{program} on {what}: empty output"));
    }
    // It printed something without reading all of its input (a broken pipe): not to be trusted.
    written.map_err(|e| format!("{program} on {what}: {e}"))?;
    // Warnings (a new esbuild may have some) go to the build log; they do not fail the build.
    if !stderr.trim().is_empty() {
        eprintln!("postbuild: {program} on {what}: {}", stderr.trim());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_minifier_is_named_with_where_it_comes_from() {
        let err = minify("no-such-esbuild", "embed.js", Kind::Classic, "var a = 1;").unwrap_err();
        assert!(err.starts_with("no-such-esbuild is not on PATH"), "{err}");
        assert!(err.contains("embed.js") && err.contains("npm ci") && err.contains("PATH"));
    }

    #[test]
    fn a_failing_minifier_is_an_error_with_its_message() {
        // `false` stands for a minifier that rejects its input (it ignores the arguments).
        let err = minify("false", "the glue", Kind::Module, "let a;").unwrap_err();
        assert!(
            err.starts_with("false failed on the glue (exit status: 1)"),
            "{err}"
        );
    }

    #[test]
    fn a_minifier_that_prints_nothing_is_an_error() {
        // `true` stands for a minifier that succeeds without output.
        assert_eq!(
            minify("true", "style.css", Kind::Css, "a { color: red }").unwrap_err(),
            "true on style.css: empty output"
        );
    }

    #[test]
    fn esbuild_rejects_broken_code_with_its_reason() {
        let err = minify(ESBUILD, "embed.js", Kind::Classic, "var a = ;").unwrap_err();
        assert!(err.starts_with("esbuild failed on embed.js"), "{err}");
        assert!(err.contains("Unexpected \";\""), "{err}");
    }

    #[test]
    fn a_module_stays_a_module_with_its_exports() {
        let js = "/** Doc. */\nlet wasm;\nexport function simulate_fault() {\n    // why\n    wasm.b();\n}\nasync function __wbg_init(m) {\n    const url = new URL('x_bg.wasm', import.meta.url);\n    return m ?? url;\n}\nexport { __wbg_init as default };\n";
        let out = minify(ESBUILD, "the glue", Kind::Module, js).unwrap();
        assert!(out.len() < js.len() / 2 + 40, "{out}");
        assert!(
            out.contains("export{") && out.contains("as default"),
            "{out}"
        );
        assert!(out.contains(" as simulate_fault}"), "{out}");
        assert!(
            out.contains("import.meta.url") && !out.contains("why"),
            "{out}"
        );
    }

    #[test]
    fn comments_go_and_names_stay_for_the_name_shortening() {
        let js = "/**\n * `window.wasmBindings.simulate_fault()`\n */\nexport function simulate_fault() {\n    wasm.simulate_fault(); // why\n}\nconst import0 = {\n    __wbg_now_01: function() { return Date.now(); },\n};\n";
        let out = without_comments(ESBUILD, "the glue", js).unwrap();
        assert!(
            !out.contains("wasmBindings") && !out.contains("why"),
            "{out}"
        );
        for kept in [
            "function simulate_fault(){wasm.simulate_fault()}",
            "__wbg_now_01:function(){return Date.now()}",
        ] {
            assert!(out.contains(kept), "{kept} in {out}");
        }
    }

    #[test]
    fn a_classic_script_keeps_its_globals_and_its_text() {
        let js = "/*! Licence-like header. */\nvar KEY = 'cloud-refund-calculator';\nfunction mount(box) {\n    const title = '云服务器退款计算器';\n    return box + title + KEY;\n}\n";
        let out = minify(ESBUILD, "embed.js", Kind::Classic, js).unwrap();
        assert!(
            out.contains("var KEY=") && out.contains("function mount("),
            "{out}"
        );
        assert!(out.contains("云服务器退款计算器"), "{out}");
        assert!(!out.contains("Licence") && !out.contains("export"), "{out}");
    }

    #[test]
    fn a_comment_before_code_on_the_same_line_keeps_the_code() {
        let js = "/* a */ var kept = 1;\nconst t = `line one\n    indented line two`;\n";
        let out = minify(ESBUILD, "x.js", Kind::Classic, js).unwrap();
        assert!(out.contains("kept=1"), "{out}");
        assert!(out.contains("line one\n    indented line two"), "{out}");
    }

    #[test]
    fn comments_and_spaces_go_and_meaning_stays() {
        for (what, kind, source, minified) in [
            (
                "x.js",
                Kind::Module,
                "/**\n * Doc.\n */\nexport function f() {\n    // why\n    const s = 'a // b';\n\n    return s; // kept\n}\n/* one line */\n",
                "function t(){return\"a // b\"}export{t as f};\n",
            ),
            (
                "style.css",
                Kind::Css,
                "/* c */\n.a > .b :focus-visible,\n.c { color: red; margin: calc(1rem + 2px) 0;\n  font-family: \"Segoe  UI\", sans-serif; }\n@media (min-width: 960px) {\n  .d { content: \" ; \" }\n}\n",
                ".a>.b :focus-visible,.c{color:red;margin:calc(1rem + 2px) 0;font-family:\"Segoe  UI\",sans-serif}@media(min-width:960px){.d{content:\" ; \"}}\n",
            ),
        ] {
            assert_eq!(minify(ESBUILD, what, kind, source).unwrap(), minified);
        }
    }

    #[test]
    fn css_keeps_its_selectors_and_strings() {
        let css = "/* c */\nhtml:not([data-policy]) .a > .b :focus-visible,\n.c:has(> input:checked) { color: red; margin: calc(1rem + 2px) 0;\n  font-family: \"Segoe  UI\", sans-serif; }\n#guide:target { display: block; }\n@media (min-width: 960px) {\n  .d { content: \" ; \" }\n}\n";
        let out = minify(ESBUILD, "style.css", Kind::Css, css).unwrap();
        for kept in [
            "html:not([data-policy]) .a>.b :focus-visible",
            ".c:has(>input:checked)",
            "calc(1rem + 2px)",
            "\"Segoe  UI\"",
            "#guide:target",
            "content:\" ; \"",
        ] {
            assert!(out.contains(kept), "{kept} in {out}");
        }
        assert!(!out.contains("/*"), "{out}");
    }
}
