//! What lets `dist/` be copied to any static host and keep working offline: the app's icons
//! (drawn here, no downloads), a web app manifest per page, the service worker `sw.js` and the
//! `_headers` file that Netlify and Cloudflare Pages read. How each is used: docs/hosting.md.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use app::i18n::texts;
use app::policy::Lang;

/// The accent and page colours of style.css's light palette (`--accent`, `--bg`).
pub const ACCENT: [u8; 3] = [0x0b, 0x5c, 0xad];
pub const ACCENT_HEX: &str = "#0b5cad";
pub const BACKGROUND_HEX: &str = "#ffffff";

/// The icon sizes of the manifest.
pub const ICON_SIZES: [u32; 2] = [192, 512];

/// A file name `PREFIX-HASH.EXT` by its contents, so a host may cache it for good.
pub fn hashed_name(prefix: &str, ext: &str, contents: &[u8]) -> String {
    let mut h = DefaultHasher::new();
    contents.hash(&mut h);
    format!("{prefix}-{:016x}.{ext}", h.finish())
}

/// The icon, `size` pixels square: the accent colour to the edges (so a launcher may crop it to
/// any shape), a white disc, and a check mark in the accent colour. Edges are smoothed by
/// measuring 4 × 4 points in each pixel.
pub fn icon_rgb(size: u32) -> Vec<u8> {
    let s = size as f32;
    let (cx, cy, r) = (0.5 * s, 0.5 * s, 0.34 * s);
    // The check mark: two strokes, as segments with a half width.
    let strokes = [
        ((0.35 * s, 0.52 * s), (0.45 * s, 0.62 * s)),
        ((0.45 * s, 0.62 * s), (0.66 * s, 0.40 * s)),
    ];
    let half = 0.045 * s;
    let mut out = Vec::with_capacity((size * size * 3) as usize);
    for y in 0..size {
        for x in 0..size {
            let (mut white, mut n) = (0u32, 0u32);
            for sy in 0..4 {
                for sx in 0..4 {
                    let px = x as f32 + (sx as f32 + 0.5) / 4.0;
                    let py = y as f32 + (sy as f32 + 0.5) / 4.0;
                    let in_disc = (px - cx).powi(2) + (py - cy).powi(2) <= r * r;
                    let on_mark = strokes
                        .iter()
                        .any(|&(a, b)| distance_to_segment((px, py), a, b) <= half);
                    white += u32::from(in_disc && !on_mark);
                    n += 1;
                }
            }
            for c in ACCENT {
                let c = u32::from(c);
                out.push(((c * (n - white) + 255 * white) / n) as u8);
            }
        }
    }
    out
}

fn distance_to_segment(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// An 8-bit RGB PNG of `rgb` (`width` × rows). A PNG is three chunks around zlib-compressed rows
/// (each led by filter byte 0); that is all this needs, so no image library.
pub fn png(width: u32, rgb: &[u8]) -> Vec<u8> {
    let row = width as usize * 3;
    let height = (rgb.len() / row) as u32;
    let mut raw = Vec::with_capacity(rgb.len() + height as usize);
    for line in rgb.chunks(row) {
        raw.push(0);
        raw.extend_from_slice(line);
    }
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8 bits, RGB, deflate, no filter set, no interlace
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [
        (b"IHDR", ihdr),
        (
            b"IDAT",
            miniz_oxide::deflate::compress_to_vec_zlib(&raw, 10),
        ),
        (b"IEND", Vec::new()),
    ] {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend_from_slice(kind);
        out.extend_from_slice(&data);
        let crc = crc32(&out[start..]);
        out.extend_from_slice(&crc.to_be_bytes());
    }
    out
}

/// CRC-32 (ISO 3309), as PNG chunks carry it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The icon files: `(size, name, png)` for each of `ICON_SIZES`.
pub fn icons() -> Vec<(u32, String, Vec<u8>)> {
    ICON_SIZES
        .iter()
        .map(|&size| {
            let bytes = png(size, &icon_rgb(size));
            (
                size,
                hashed_name(&format!("icon-{size}"), "png", &bytes),
                bytes,
            )
        })
        .collect()
}

/// The page's icon in `index.html`: empty, so that browsers do not ask for `/favicon.ico`. It
/// stays: a real icon would add its bytes to every first visit of a page with a size limit
/// (docs/size.md), and the icons of an installed app come from the manifest.
pub const PAGE_ICON: &str = r#"<link rel="icon" href="data:,">"#;

/// The manifest (the page's own, beside it) and the theme colour, for `<head>`.
pub const HEAD_LINKS: &str = r##"<link rel="manifest" href="manifest.webmanifest"><meta name="theme-color" content="#0b5cad">"##;

/// `template` with `HEAD_LINKS` after its page icon, which must be there once.
pub fn with_manifest(template: &str) -> Result<String, String> {
    if template.matches(PAGE_ICON).count() != 1 {
        return Err(format!(
            "index.html has no {PAGE_ICON} (or more than one) to put the manifest link after"
        ));
    }
    Ok(template.replacen(PAGE_ICON, &format!("{PAGE_ICON}{HEAD_LINKS}"), 1))
}

/// The web app manifest of the page in `lang`, beside that page (`root` leads to the site's root,
/// where the icons are). It starts on that page, and the app spans the whole site.
pub fn manifest(lang: Lang, root: &str, icons: &[(u32, String, Vec<u8>)]) -> String {
    let t = texts(lang);
    let short = match lang {
        Lang::Zh => "退款计算器",
        Lang::En => "Refund calculator",
    };
    let icons: Vec<String> = icons
        .iter()
        .map(|(size, name, _)| {
            format!(
                r#"{{"src":"{root}{name}","sizes":"{size}x{size}","type":"image/png","purpose":"any maskable"}}"#
            )
        })
        .collect();
    format!(
        r#"{{"name":"{name}","short_name":"{short}","lang":"{lang}","start_url":"./","scope":"{root}","display":"standalone","background_color":"{BACKGROUND_HEX}","theme_color":"{ACCENT_HEX}","icons":[{icons}]}}
"#,
        name = t.title,
        lang = t.html_lang,
        icons = icons.join(","),
    )
}

/// The service worker, shipped as is (then minified). `CACHE_ID` becomes a hash of every file of
/// the build and `FILES` the list of files to keep, relative to `sw.js`.
///
/// - install: keep every file of both pages in a cache named by the build, then take over at once;
/// - activate: delete this site's caches of other builds, and serve the open pages;
/// - fetch (same origin, GET only): a page from the network, else the kept copy whatever the
///   query (the query is the person's inputs); any other file from the cache first (their names
///   change with their contents), else from the network.
///
/// Several sites on one origin (at different paths) keep apart: the cache names carry the
/// worker's scope.
const SERVICE_WORKER: &str = r#"'use strict';
const PREFIX = 'cloud-refund-calculator ' + self.registration.scope + ' ';
const CACHE = PREFIX + CACHE_ID;
const FILES = FILE_LIST;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(request, { cacheName: CACHE, ignoreSearch: true })
          .then((kept) => kept || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((kept) => kept || fetch(request)),
  );
});
"#;

/// The files of the build a visit needs, as the service worker lists them: each page by its
/// folder (`./`, `./en/`) and every other file by its name. Not listed: the worker itself, the
/// host's `_headers`, and `embed.js` (it runs on other sites' pages).
pub fn cached_files(files: &[String]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter(|f| !matches!(f.as_str(), "sw.js" | "_headers" | "embed.js"))
        .map(|f| match f.strip_suffix("index.html") {
            Some(folder) => format!("./{folder}"),
            None => format!("./{f}"),
        })
        .collect();
    out.sort();
    out
}

/// A hash of every file of the build, names and contents (`files` with their bytes): a new build
/// is a new cache.
pub fn build_id(files: &[(String, Vec<u8>)]) -> String {
    let mut h = DefaultHasher::new();
    for (name, bytes) in files {
        name.hash(&mut h);
        bytes.hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

/// The service worker's text for a build.
pub fn service_worker(build_id: &str, cached: &[String]) -> String {
    let list: Vec<String> = cached.iter().map(|f| format!("'{f}'")).collect();
    SERVICE_WORKER
        .replace("CACHE_ID", &format!("'{build_id}'"))
        .replace("FILE_LIST", &format!("[{}]", list.join(", ")))
}

/// The `_headers` file of Netlify and Cloudflare Pages (dist/ at the site's root):
/// - every file may be framed by any site (the calculator is made to be embedded; a meta
///   element cannot say so);
/// - the pages, the worker, the manifest and `embed.js`, whose names stay the same from build to
///   build, are checked with the host each time;
/// - every other file is named by its contents, so it is kept for a year unchecked.
///
/// Each path gets one `Cache-Control`: these hosts join the values of rules that both match.
pub fn headers(files: &[String]) -> String {
    let mut out = String::from("/*\n  Content-Security-Policy: frame-ancestors *\n");
    let mut fresh = Vec::new();
    let mut immutable = Vec::new();
    for f in files {
        if f == "_headers" {
            continue;
        }
        if let Some(folder) = f.strip_suffix("index.html") {
            fresh.push(format!("/{folder}"));
            fresh.push(format!("/{f}"));
        } else if matches!(
            f.as_str(),
            "sw.js" | "embed.js" | "manifest.webmanifest" | "en/manifest.webmanifest"
        ) {
            fresh.push(format!("/{f}"));
        } else {
            immutable.push(format!("/{f}"));
        }
    }
    fresh.sort();
    immutable.sort();
    for path in fresh {
        out.push_str(&format!("{path}\n  Cache-Control: no-cache\n"));
    }
    for path in immutable {
        out.push_str(&format!(
            "{path}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn crc32_is_the_png_one() {
        // The CRC of the IEND chunk type, as every PNG ends with it.
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn an_icon_is_a_png_of_its_size() {
        let rgb = icon_rgb(48);
        assert_eq!(rgb.len(), 48 * 48 * 3);
        // The corner is the accent colour, the middle of the disc's top white.
        assert_eq!(&rgb[..3], &ACCENT);
        let top = ((48 / 2 - 12) * 48 + 48 / 2) * 3;
        assert_eq!(&rgb[top..top + 3], &[255, 255, 255]);
        let file = png(48, &rgb);
        assert!(file.starts_with(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x30\0\0\0\x30\x08\x02"));
        assert!(file.ends_with(b"\0\0\0\0IEND\xae\x42\x60\x82"));
        let idat = &file[33..];
        let len = u32::from_be_bytes(idat[..4].try_into().unwrap()) as usize;
        assert_eq!(&idat[4..8], b"IDAT");
        let raw = miniz_oxide::inflate::decompress_to_vec_zlib(&idat[8..8 + len]).unwrap();
        assert_eq!(raw.len(), 48 * (1 + 48 * 3));
        assert_eq!(&raw[1..1 + 48 * 3], &rgb[..48 * 3]);
    }

    #[test]
    fn icons_are_named_by_their_contents() {
        let icons = icons();
        assert_eq!(icons.len(), 2);
        for (size, name, bytes) in &icons {
            assert!(name.starts_with(&format!("icon-{size}-")) && name.ends_with(".png"));
            assert_eq!(*name, hashed_name(&format!("icon-{size}"), "png", bytes));
        }
    }

    #[test]
    fn each_page_has_its_manifest() {
        let icons = vec![(192, "icon-192-1.png".to_string(), vec![])];
        let zh = manifest(Lang::Zh, "./", &icons);
        assert!(zh.contains(r#""name":"云服务器退款计算器","short_name":"退款计算器","lang":"zh-CN","start_url":"./","scope":"./""#));
        assert!(zh.contains(
            r#""icons":[{"src":"./icon-192-1.png","sizes":"192x192","type":"image/png""#
        ));
        assert!(zh.contains(r##""theme_color":"#0b5cad""##));
        let en = manifest(Lang::En, "../", &icons);
        assert!(en.contains(r#""start_url":"./","scope":"../""#));
        assert!(en.contains(r#""src":"../icon-192-1.png""#));
        assert!(en.contains(r#""name":"Cloud Server Refund Calculator""#));
    }

    #[test]
    fn the_manifest_link_follows_the_page_icon() {
        let page = with_manifest(r#"<head><link rel="icon" href="data:,"></head>"#).unwrap();
        assert_eq!(
            page,
            format!(r#"<head><link rel="icon" href="data:,">{HEAD_LINKS}</head>"#)
        );
        assert!(HEAD_LINKS.contains(ACCENT_HEX));
        assert_eq!(
            with_manifest("<head></head>").unwrap_err(),
            r#"index.html has no <link rel="icon" href="data:,"> (or more than one) to put the manifest link after"#
        );
    }

    #[test]
    fn the_worker_keeps_both_pages_and_their_files() {
        let files = names(&[
            "_headers",
            "a_bg.wasm",
            "embed.js",
            "en/index.html",
            "en/manifest.webmanifest",
            "index.html",
            "sw.js",
        ]);
        let cached = cached_files(&files);
        assert_eq!(
            cached,
            ["./", "./a_bg.wasm", "./en/", "./en/manifest.webmanifest"]
        );
        let sw = service_worker("0123", &cached);
        assert!(sw.contains("const CACHE = PREFIX + '0123';"));
        assert!(sw.contains(
            "const FILES = ['./', './a_bg.wasm', './en/', './en/manifest.webmanifest'];"
        ));
        assert!(!sw.contains("CACHE_ID") && !sw.contains("FILE_LIST"));
    }

    #[test]
    fn a_new_build_is_a_new_cache() {
        let a = vec![("index.html".to_string(), b"one".to_vec())];
        let b = vec![("index.html".to_string(), b"two".to_vec())];
        let c = vec![("en.html".to_string(), b"one".to_vec())];
        assert_ne!(build_id(&a), build_id(&b));
        assert_ne!(build_id(&a), build_id(&c));
        assert_eq!(build_id(&a), build_id(&a.clone()));
    }

    #[test]
    fn headers_cache_hashed_files_for_good_and_check_the_rest() {
        let files = names(&[
            "_headers",
            "app-1_bg.wasm",
            "embed.js",
            "en/index.html",
            "index.html",
            "sw.js",
        ]);
        assert_eq!(
            headers(&files),
            "/*\n  Content-Security-Policy: frame-ancestors *\n\
             /\n  Cache-Control: no-cache\n\
             /embed.js\n  Cache-Control: no-cache\n\
             /en/\n  Cache-Control: no-cache\n\
             /en/index.html\n  Cache-Control: no-cache\n\
             /index.html\n  Cache-Control: no-cache\n\
             /sw.js\n  Cache-Control: no-cache\n\
             /app-1_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n"
        );
    }
}
