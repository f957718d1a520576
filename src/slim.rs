//! Build-time size cuts on trunk's output, pure byte and string work so it is tested
//! natively; `src/bin/prerender.rs` applies it to the files in `dist/`.
//!
//! - wasm-bindgen names every import after its JS function plus a 16-digit hash
//!   (`__wbg_set_title_7c9f7c08b10ea16a`) under the module `./cloud-refund-calculator_bg.js`, and
//!   the wasm and its JS glue both carry every name: about 2.5 KB gzip of the wasm alone. They are
//!   renamed to short ones, the same in both files.
//! - The glue and `embed.js` lose comments and indentation; the CSS loses comments and spaces.
//!   Neither changes what the code does: strings, line breaks and CSS values stay as they are.

use std::collections::HashMap;

/// `a`, `b`, … `Z`, `aa`, `ab`, …: the `i`-th short name.
fn short_name(mut i: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::new();
    loop {
        name.insert(0, char::from(ALPHABET[i % ALPHABET.len()]));
        i /= ALPHABET.len();
        if i == 0 {
            return name;
        }
        i -= 1;
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.pos).ok_or("wasm: unexpected end")?;
        self.pos += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<u64, String> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            if shift >= 64 {
                return Err("wasm: LEB128 number too long".into());
            }
            value |= u64::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("wasm: unexpected end")?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let len = self.leb()? as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| "wasm: name is not UTF-8".to_string())
    }

    /// Skips a table/memory `limits` (flags, min, optional max).
    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }

    fn done(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

fn push_leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

/// The renames made in one wasm file: import modules, import names, export names.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Renames {
    pub modules: HashMap<String, String>,
    pub imports: HashMap<String, String>,
    pub exports: HashMap<String, String>,
}

/// Rewrites the import section (module and field names) and the export section (names) of
/// `wasm` with short names; every other byte is kept.
pub fn shorten_wasm_names(wasm: &[u8]) -> Result<(Vec<u8>, Renames), String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut renames = Renames::default();
    let mut out = wasm[..8].to_vec();
    let mut r = Reader {
        bytes: wasm,
        pos: 8,
    };
    while !r.done() {
        let id = r.byte()?;
        let len = r.leb()? as usize;
        let body = r.take(len)?;
        let body = match id {
            2 => rename_imports(body, &mut renames)?,
            7 => rename_exports(body, &mut renames)?,
            _ => body.to_vec(),
        };
        out.push(id);
        push_leb(&mut out, body.len() as u64);
        out.extend_from_slice(&body);
    }
    Ok((out, renames))
}

/// A section that is a vector of entries: `entry` rewrites each one; nothing may trail them.
fn rewrite_entries(
    body: &[u8],
    section: &str,
    mut entry: impl FnMut(&mut Reader, &mut Vec<u8>, usize) -> Result<(), String>,
) -> Result<Vec<u8>, String> {
    let mut r = Reader {
        bytes: body,
        pos: 0,
    };
    let count = r.leb()?;
    let mut out = Vec::with_capacity(body.len());
    push_leb(&mut out, count);
    for i in 0..count {
        entry(&mut r, &mut out, i as usize)?;
    }
    if !r.done() {
        return Err(format!("wasm: trailing bytes in the {section} section"));
    }
    Ok(out)
}

/// The short name given to `long` in `names`, giving it the next one if it has none yet.
fn short_for<'a>(names: &'a mut HashMap<String, String>, long: &str) -> &'a str {
    let next = names.len();
    names
        .entry(long.to_owned())
        .or_insert_with(|| short_name(next))
}

fn rename_imports(body: &[u8], renames: &mut Renames) -> Result<Vec<u8>, String> {
    rewrite_entries(body, "import", |r, out, _| {
        let module = r.name()?;
        let field = r.name()?;
        push_name(out, short_for(&mut renames.modules, module));
        push_name(out, short_for(&mut renames.imports, field));
        let desc_start = r.pos;
        match r.byte()? {
            0x00 => drop(r.leb()?), // function: type index
            0x01 => {
                r.byte()?; // table: element type
                r.limits()?;
            }
            0x02 => r.limits()?,      // memory
            0x03 => drop(r.take(2)?), // global: value type, mutability
            0x04 => {
                r.byte()?; // tag: attribute
                r.leb()?;
            }
            kind => return Err(format!("wasm: unknown import kind {kind}")),
        }
        out.extend_from_slice(&r.bytes[desc_start..r.pos]);
        Ok(())
    })
}

fn rename_exports(body: &[u8], renames: &mut Renames) -> Result<Vec<u8>, String> {
    rewrite_entries(body, "export", |r, out, i| {
        let name = r.name()?;
        let short = short_name(i);
        push_name(out, &short);
        renames.exports.insert(name.to_owned(), short);
        out.push(r.byte()?); // kind
        push_leb(out, r.leb()?); // index
        Ok(())
    })
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Applies `renames` to wasm-bindgen's JS glue: the import object's module keys and function
/// keys, and every `wasm.EXPORT`. Fails when a name is not where the glue is known to put it,
/// so a new wasm-bindgen version cannot produce a page that silently fails to start.
pub fn rename_in_glue(js: &str, renames: &Renames) -> Result<String, String> {
    let mut js = js.to_owned();
    for (long, short) in &renames.modules {
        let key = format!("\"{long}\":");
        if js.matches(&key).count() != 1 {
            return Err(format!(
                "glue: import module {long} is not a single object key"
            ));
        }
        js = js.replacen(&key, &format!("\"{short}\":"), 1);
    }
    let mut out = String::with_capacity(js.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut rest = js.as_str();
    while let Some(start) = rest.find(is_ident) {
        let len = rest[start..]
            .find(|c| !is_ident(c))
            .unwrap_or(rest.len() - start);
        let (before, word, after) = (
            &rest[..start],
            &rest[start..start + len],
            &rest[start + len..],
        );
        out.push_str(before);
        let after_dot = out.ends_with("wasm.") && !out[..out.len() - 5].ends_with(is_ident);
        let replacement = if after_dot {
            renames.exports.get(word)
        } else if after.starts_with(':') {
            renames.imports.get(word)
        } else {
            None
        };
        if let Some(short) = replacement {
            if !after_dot {
                *seen.entry(word).or_default() += 1;
            }
            out.push_str(short);
        } else {
            out.push_str(word);
        }
        rest = after;
    }
    out.push_str(rest);
    for long in renames.imports.keys() {
        if seen.get(long.as_str()) != Some(&1) {
            return Err(format!("glue: import {long} is not a single object key"));
        }
    }
    Ok(out)
}

/// Removes whole-line `//` comments and `/* … */` blocks that start a line, indentation and
/// blank lines. Line breaks stay, so automatic semicolon insertion reads the code as before.
/// Meant for generated or hand-written code without multi-line strings (checked in tests on the
/// real files by the size and e2e tests).
pub fn strip_js(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let line = line.trim();
        if in_block {
            in_block = !line.contains("*/");
            continue;
        }
        if line.starts_with("/*") {
            in_block = !line.contains("*/");
            continue;
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Removes comments and the spaces CSS does not need: around `{ } ; ,` and after `:`, and the
/// last `;` of a block. Quoted strings are copied as they are; spaces that separate words,
/// combinators and `calc()` terms are kept (one space).
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '{' | '}' | ';' | ',' | ':' => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                // A space before ':' may be a descendant combinator (`a :hover`): keep it.
                if pending_space
                    && c == ':'
                    && !out.is_empty()
                    && !out.ends_with(['{', '}', ';', ','])
                {
                    out.push(' ');
                }
                out.push(c);
                pending_space = false;
            }
            _ => {
                if pending_space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', ':']) {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    let mut escaped = false;
                    for s in chars.by_ref() {
                        out.push(s);
                        if escaped {
                            escaped = false;
                        } else if s == '\\' {
                            escaped = true;
                        } else if s == c {
                            break;
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from the glue module and one memory, exporting two
    /// functions: enough to see every rewritten byte.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        push_leb(&mut imports, 3);
        for (m, f) in [
            ("./app_bg.js", "__wbg_set_title_7c9f7c08b10ea16a"),
            ("./app_bg.js", "__wbg_now_0123456789abcdef"),
        ] {
            push_name(&mut imports, m);
            push_name(&mut imports, f);
            imports.extend_from_slice(&[0x00, 0x00]);
        }
        push_name(&mut imports, "env");
        push_name(&mut imports, "memory");
        imports.extend_from_slice(&[0x02, 0x01, 0x11, 0x80, 0x01]);
        let mut exports = Vec::new();
        push_leb(&mut exports, 2);
        for (i, name) in ["__wbindgen_malloc", "simulate_fault"].iter().enumerate() {
            push_name(&mut exports, name);
            exports.extend_from_slice(&[0x00, i as u8]);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        for (id, body) in [(1u8, vec![1, 0x60, 0, 0]), (2, imports), (7, exports)] {
            wasm.push(id);
            push_leb(&mut wasm, body.len() as u64);
            wasm.extend_from_slice(&body);
        }
        wasm
    }

    #[test]
    fn short_names_are_unique_and_short() {
        let names: Vec<String> = (0..2000).map(short_name).collect();
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), 2000);
        assert_eq!(
            (names[0].as_str(), names[51].as_str(), names[52].as_str()),
            ("a", "Z", "aa")
        );
        assert!(names.iter().all(|n| n.len() <= 2));
    }

    #[test]
    fn wasm_names_are_shortened_and_everything_else_kept() {
        let wasm = module();
        let (short, renames) = shorten_wasm_names(&wasm).unwrap();
        assert!(short.len() < wasm.len() - 50);
        assert_eq!(renames.modules["./app_bg.js"], "a");
        assert_eq!(renames.modules["env"], "b");
        assert_eq!(renames.imports["__wbg_now_0123456789abcdef"], "b");
        assert_eq!(renames.exports["simulate_fault"], "b");
        // Parsing the result again finds the short names with the same kinds and indices.
        let (again, renames2) = shorten_wasm_names(&short).unwrap();
        assert_eq!(again, short);
        assert_eq!(renames2.imports["c"], "c");
        let tail = &short[short.len() - 4..];
        assert_eq!(tail, [0x01, b'b', 0x00, 0x01]);
        assert!(short
            .windows(5)
            .any(|w| w == [0x02, 0x01, 0x11, 0x80, 0x01]));
    }

    #[test]
    fn broken_wasm_is_an_error_not_a_panic() {
        let wasm = module();
        for cut in 1..wasm.len() {
            let _ = shorten_wasm_names(&wasm[..cut]);
        }
        assert!(shorten_wasm_names(b"not wasm at all").is_err());
        assert!(shorten_wasm_names(&wasm[..wasm.len() - 1]).is_err());
    }

    const GLUE: &str = r#"export function simulate_fault() {
    wasm.simulate_fault();
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_set_title_7c9f7c08b10ea16a: function(arg0, arg1) {
            arg0.title = getStringFromWasm0(arg1, wasm.__wbindgen_malloc);
        },
        __wbg_now_0123456789abcdef: function() { return Date.now(); },
    };
    return { __proto__: null, "./app_bg.js": import0, "env": { memory: mem } };
}"#;

    #[test]
    fn glue_follows_the_wasm_renames() {
        let (_, renames) = shorten_wasm_names(&module()).unwrap();
        let js = rename_in_glue(GLUE, &renames).unwrap();
        assert!(js.contains("export function simulate_fault() {\n    wasm.b();"));
        assert!(js.contains("        a: function(arg0, arg1) {"));
        assert!(js.contains("getStringFromWasm0(arg1, wasm.a)"));
        assert!(js.contains("        b: function() { return Date.now(); },"));
        assert!(js.contains(r#""a": import0, "b": { c: mem }"#));
        assert!(!js.contains("__wbg_now") && !js.contains("__wbg_set_title"));
    }

    #[test]
    fn glue_that_does_not_match_the_wasm_is_an_error() {
        let (_, renames) = shorten_wasm_names(&module()).unwrap();
        let missing = GLUE.replace("__wbg_now_0123456789abcdef: ", "other: ");
        assert!(rename_in_glue(&missing, &renames).is_err());
        let twice = GLUE.replace("__proto__: null,\n", "__wbg_now_0123456789abcdef: 1,\n");
        assert!(rename_in_glue(&twice, &renames).is_err());
        assert!(rename_in_glue(&GLUE.replace("\"./app_bg.js\"", "x"), &renames).is_err());
    }

    #[test]
    fn js_loses_comments_and_indentation_only() {
        let js = "/**\n * Doc.\n */\nexport function f() {\n    // why\n    const s = 'a // b';\n\n    return s; // kept\n}\n/* one line */\n";
        assert_eq!(
            strip_js(js),
            "export function f() {\nconst s = 'a // b';\nreturn s; // kept\n}\n"
        );
    }

    #[test]
    fn css_loses_spaces_but_not_meaning() {
        let css = "/* c */\n.a > .b :focus-visible,\n.c { color: red; margin: calc(1rem + 2px) 0;\n  font-family: \"Segoe  UI\", sans-serif; }\n@media (min-width: 960px) {\n  .d { content: \" ; \" }\n}\n";
        assert_eq!(
            minify_css(css),
            ".a > .b :focus-visible,.c{color:red;margin:calc(1rem + 2px) 0;font-family:\"Segoe  UI\",sans-serif}@media (min-width:960px){.d{content:\" ; \"}}"
        );
    }
}
