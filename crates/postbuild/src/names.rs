//! Name shortening, pure byte and string work: wasm-bindgen names every import after its JS
//! function plus a 16-digit hash (`__wbg_set_title_7c9f7c08b10ea16a`) under the module
//! `./cloud-refund-calculator_bg.js`, and the wasm and its JS glue both carry every name: about
//! 2.5 KB gzip of the wasm alone. They are renamed to short ones, the same in both files.
//!
//! The wasm side rewrites the import and export sections and keeps every other byte. The glue
//! side replaces each name where wasm-bindgen 0.2.130 puts it, and fails the build, naming the
//! name, when it is anywhere else or missing: a new wasm-bindgen must not produce a page that
//! silently fails to start.

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
/// `wasm` with short names; every other byte is kept. Every import is renamed; an export only if
/// `rename_export` says so (the glue's step renames exports the glue names, and keeps those it
/// never mentions, such as `main`).
pub fn shorten_wasm_names(
    wasm: &[u8],
    rename_export: impl Fn(&str) -> bool,
) -> Result<(Vec<u8>, Renames), String> {
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
            7 => rename_exports(body, &mut renames, &rename_export)?,
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
    mut entry: impl FnMut(&mut Reader, &mut Vec<u8>) -> Result<(), String>,
) -> Result<Vec<u8>, String> {
    let mut r = Reader {
        bytes: body,
        pos: 0,
    };
    let count = r.leb()?;
    let mut out = Vec::with_capacity(body.len());
    push_leb(&mut out, count);
    for _ in 0..count {
        entry(&mut r, &mut out)?;
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
    rewrite_entries(body, "import", |r, out| {
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

fn rename_exports(
    body: &[u8],
    renames: &mut Renames,
    rename_export: &dyn Fn(&str) -> bool,
) -> Result<Vec<u8>, String> {
    let mut kept: Vec<String> = Vec::new();
    let out = rewrite_entries(body, "export", |r, out| {
        let name = r.name()?;
        if rename_export(name) {
            push_name(out, short_for(&mut renames.exports, name));
        } else {
            push_name(out, name);
            kept.push(name.to_owned());
        }
        out.push(r.byte()?); // kind
        push_leb(out, r.leb()?); // index
        Ok(())
    })?;
    match renames
        .exports
        .iter()
        .find(|(_, short)| kept.contains(short))
    {
        Some((long, short)) => Err(format!(
            "wasm: the short name {short} of export {long} is the name of a kept export"
        )),
        None => Ok(out),
    }
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Where a word stands in the glue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Place {
    /// `wasm.NAME`: a wasm export, where wasm-bindgen reads every one.
    WasmExport,
    /// `NAME:` after `{`, `,` or a space: a key of an object literal, where wasm-bindgen puts
    /// every import (and `"MODULE":`, every import module).
    Key,
    /// `function NAME(`: a JS function of the glue (wasm-bindgen wraps some exports in a JS
    /// function of the same name).
    Function,
    /// `NAME` standing alone: a JS binding.
    Bare,
    /// `x.NAME` for another `x`, or right after a quote: a name read some other way.
    Elsewhere,
}

/// Every identifier-like word of `js` (strings and comments included) with where it stands.
fn words(js: &str) -> Vec<(usize, &str, Place)> {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(start) = js[pos..].find(is_ident).map(|i| pos + i) {
        let end = js[start..]
            .find(|c| !is_ident(c))
            .map_or(js.len(), |i| start + i);
        let (before, word, after) = (&js[..start], &js[start..end], &js[end..]);
        let before_trimmed = before.trim_end();
        let place = if before.ends_with("wasm.")
            && !before[..before.len() - 5].ends_with(|c| is_ident(c) || c == '.')
        {
            Place::WasmExport
        } else if before.ends_with(['.', '"', '\'', '`']) {
            Place::Elsewhere
        } else if after.trim_start().starts_with(':')
            && (before_trimmed.ends_with(['{', ',']) || before.ends_with(char::is_whitespace))
        {
            Place::Key
        } else if before_trimmed.ends_with("function")
            && before.len() > before_trimmed.len()
            && after.trim_start().starts_with('(')
        {
            Place::Function
        } else {
            Place::Bare
        };
        // A word that starts with a digit is a number: no name starts that way.
        if !word.starts_with(|c: char| c.is_ascii_digit()) {
            found.push((start, word, place));
        }
        pos = end;
    }
    found
}

/// Whether `name` is in `js` as a word, in any place: the glue's step renames the exports the
/// glue mentions, and checks each is only where it should be (`rename_in_glue`).
pub fn mentions(js: &str, name: &str) -> bool {
    words(js).iter().any(|(_, w, _)| *w == name)
}

/// Applies `renames` to wasm-bindgen's JS glue (with its comments already removed: a comment may
/// quote a name anywhere). wasm-bindgen 0.2.130 puts each name in one kind of place, and each is
/// checked before it is renamed, so that a new wasm-bindgen cannot produce a page that silently
/// fails to start; a failure names the name:
/// - each import module once, as a quoted key (`"./app_bg.js": import0`), and nowhere else;
/// - each import once, as a key of the import object (`__wbg_now_0123: function() {…}`), and
///   nowhere else;
/// - each export at least once as `wasm.NAME`, and otherwise only as a JS function of the same
///   name (`export function simulate_fault() { wasm.simulate_fault(); }`) and uses of it.
pub fn rename_in_glue(js: &str, renames: &Renames) -> Result<String, String> {
    let mut js = js.to_owned();
    for (long, short) in sorted(&renames.modules) {
        let key = format!("\"{long}\":");
        let keys = js.matches(&key).count();
        let quoted = js.matches(&format!("\"{long}\"")).count()
            + js.matches(&format!("'{long}'")).count()
            + js.matches(&format!("`{long}`")).count();
        if keys != 1 || quoted != 1 {
            return Err(format!(
                "import module {long}: wasm-bindgen 0.2.130 names it once, as the key {key} of \
                 the imports, and this glue has that key {keys} time(s) and the name in quotes \
                 {quoted} time(s)"
            ));
        }
        js = js.replacen(&key, &format!("\"{short}\":"), 1);
    }
    let words = words(&js);
    let mut places: HashMap<(&str, Place), usize> = HashMap::new();
    for (_, word, place) in &words {
        *places.entry((word, *place)).or_default() += 1;
    }
    let count = |name: &str, place| places.get(&(name, place)).copied().unwrap_or(0);
    for long in sorted(&renames.imports).map(|(long, _)| long) {
        let keys = count(long, Place::Key);
        let all = words.iter().filter(|(_, w, _)| w == long).count();
        if keys != 1 || all != 1 {
            return Err(format!(
                "import {long}: wasm-bindgen 0.2.130 puts it once, as a key of the import \
                 object, and this glue has it {keys} time(s) as a key and {} time(s) elsewhere",
                all - keys
            ));
        }
    }
    for long in sorted(&renames.exports).map(|(long, _)| long) {
        let reads = count(long, Place::WasmExport);
        let functions = count(long, Place::Function);
        let other = count(long, Place::Key)
            + count(long, Place::Elsewhere)
            + if functions == 0 {
                count(long, Place::Bare)
            } else {
                0
            };
        if reads == 0 || other > 0 {
            return Err(format!(
                "export {long}: wasm-bindgen 0.2.130 reads it as wasm.{long}, and this glue has \
                 that {reads} time(s) and {other} other use(s) of the name"
            ));
        }
    }
    let mut out = String::with_capacity(js.len());
    let mut copied = 0;
    for (start, word, place) in words {
        let short = match place {
            Place::WasmExport => renames.exports.get(word),
            Place::Key => renames.imports.get(word),
            _ => None,
        };
        if let Some(short) = short {
            out.push_str(&js[copied..start]);
            out.push_str(short);
            copied = start + word.len();
        }
    }
    out.push_str(&js[copied..]);
    Ok(out)
}

/// The entries of `map` in name order, so that the first failure is the same on every build.
fn sorted(map: &HashMap<String, String>) -> impl Iterator<Item = (&String, &String)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort();
    entries.into_iter()
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
        let (short, renames) = shorten_wasm_names(&wasm, |_| true).unwrap();
        assert!(short.len() < wasm.len() - 50);
        assert_eq!(renames.modules["./app_bg.js"], "a");
        assert_eq!(renames.modules["env"], "b");
        assert_eq!(renames.imports["__wbg_now_0123456789abcdef"], "b");
        assert_eq!(renames.exports["simulate_fault"], "b");
        // Parsing the result again finds the short names with the same kinds and indices.
        let (again, renames2) = shorten_wasm_names(&short, |_| true).unwrap();
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
            let _ = shorten_wasm_names(&wasm[..cut], |_| true);
        }
        assert!(shorten_wasm_names(b"not wasm at all", |_| true).is_err());
        assert!(shorten_wasm_names(&wasm[..wasm.len() - 1], |_| true).is_err());
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
        let (_, renames) = shorten_wasm_names(&module(), |_| true).unwrap();
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
        let (_, renames) = shorten_wasm_names(&module(), |_| true).unwrap();
        let missing = GLUE.replace("__wbg_now_0123456789abcdef: ", "other: ");
        assert!(rename_in_glue(&missing, &renames).is_err());
        let twice = GLUE.replace("__proto__: null,\n", "__wbg_now_0123456789abcdef: 1,\n");
        assert!(rename_in_glue(&twice, &renames).is_err());
        assert!(rename_in_glue(&GLUE.replace("\"./app_bg.js\"", "x"), &renames).is_err());
    }

    /// The error for `glue` (GLUE changed) with the renames of `module()`.
    fn glue_error(from: &str, to: &str) -> String {
        let (_, renames) = shorten_wasm_names(&module(), |_| true).unwrap();
        let glue = GLUE.replace(from, to);
        assert_ne!(glue, GLUE, "{from} is in GLUE");
        rename_in_glue(&glue, &renames).unwrap_err()
    }

    #[test]
    fn an_import_module_not_found_once_is_named() {
        let expected = "import module ./app_bg.js: wasm-bindgen 0.2.130 names it once, as the key \"./app_bg.js\": of the imports, and this glue has that key 0 time(s) and the name in quotes 0 time(s)";
        assert_eq!(
            glue_error("\"./app_bg.js\": import0", "app: import0"),
            expected
        );
        assert_eq!(
            glue_error("return {", "const m = './app_bg.js'; return {"),
            expected.replace(
                "that key 0 time(s) and the name in quotes 0",
                "that key 1 time(s) and the name in quotes 2"
            )
        );
    }

    #[test]
    fn an_import_not_found_once_as_a_key_is_named() {
        assert_eq!(
            glue_error("__wbg_now_0123456789abcdef: ", "now: "),
            "import __wbg_now_0123456789abcdef: wasm-bindgen 0.2.130 puts it once, as a key of the import object, and this glue has it 0 time(s) as a key and 0 time(s) elsewhere"
        );
        assert_eq!(
            glue_error("__proto__: null,\n", "__wbg_now_0123456789abcdef: 1,\n"),
            "import __wbg_now_0123456789abcdef: wasm-bindgen 0.2.130 puts it once, as a key of the import object, and this glue has it 2 time(s) as a key and 0 time(s) elsewhere"
        );
        assert_eq!(
            glue_error("return {", "import0['__wbg_now_0123456789abcdef'] = now; return {"),
            "import __wbg_now_0123456789abcdef: wasm-bindgen 0.2.130 puts it once, as a key of the import object, and this glue has it 1 time(s) as a key and 1 time(s) elsewhere"
        );
    }

    #[test]
    fn an_export_not_read_as_wasm_dot_name_is_named() {
        let message = |reads: usize, other: usize| {
            format!("export simulate_fault: wasm-bindgen 0.2.130 reads it as wasm.simulate_fault, and this glue has that {reads} time(s) and {other} other use(s) of the name")
        };
        let read = "wasm.simulate_fault();";
        assert_eq!(glue_error(read, "exports.simulate_fault();"), message(0, 1));
        assert_eq!(glue_error(read, "wasm['simulate_fault']();"), message(0, 1));
        assert_eq!(
            glue_error(read, "instance.exports.simulate_fault();"),
            message(0, 1)
        );
        assert_eq!(glue_error(read, "simulate_fault();"), message(0, 0));
        assert_eq!(
            glue_error(read, "wasm.simulate_fault(); wasm2.simulate_fault();"),
            message(1, 1)
        );
        // Standing alone, the name is a JS binding: the glue's own function of that name, or a
        // destructured export (which would keep the long name).
        let destructured = GLUE
            .replace(
                "export function simulate_fault() {",
                "export function fault() {",
            )
            .replace(
                read,
                "const { simulate_fault } = wasm; wasm.simulate_fault();",
            );
        let (_, renames) = shorten_wasm_names(&module(), |_| true).unwrap();
        assert_eq!(
            rename_in_glue(&destructured, &renames).unwrap_err(),
            message(1, 1)
        );
    }

    #[test]
    fn exports_the_glue_never_mentions_keep_their_names() {
        let glue = GLUE.replace("wasm.__wbindgen_malloc", "malloc");
        assert!(!mentions(&glue, "__wbindgen_malloc") && mentions(&glue, "simulate_fault"));
        let (wasm, renames) = shorten_wasm_names(&module(), |name| mentions(&glue, name)).unwrap();
        assert_eq!(renames.exports.len(), 1);
        assert_eq!(renames.exports["simulate_fault"], "a");
        assert!(wasm.windows(17).any(|w| w == b"__wbindgen_malloc"));
        let js = rename_in_glue(&glue, &renames).unwrap();
        assert!(js.contains("export function simulate_fault() {\n    wasm.a();"));
    }

    #[test]
    fn a_short_name_that_is_a_kept_name_is_an_error() {
        let wasm = module();
        let (short, _) = shorten_wasm_names(&wasm, |_| true).unwrap();
        // `short` exports `a` and `b`; renaming `b` alone would make it `a` too.
        assert_eq!(
            shorten_wasm_names(&short, |name| name == "b").unwrap_err(),
            "wasm: the short name a of export b is the name of a kept export"
        );
    }
}
