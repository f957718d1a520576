//! Every touch of the browser in one place: clock, URL, storage, focus, clipboard, embedding.
//! Called only from effects and event handlers, never during render (the page is prerendered).
//! Each function tolerates a missing or hostile environment (storage disabled, quota exceeded,
//! sandboxed iframe) and degrades to "nothing happened" instead of throwing.

use wasm_bindgen::JsValue;

use crate::policy::{self, Instant};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn now() -> Option<Instant> {
    // Date.now() is a whole number of milliseconds, well inside i64.
    let ms = js_sys::Date::now();
    policy::from_unix_millis(ms as i64)
}

/// Minutes the browser's zone is ahead of UTC (Beijing: 480).
pub fn local_utc_offset_minutes() -> i32 {
    let behind = js_sys::Date::new_0().get_timezone_offset();
    -(behind as i32)
}

pub fn location_search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

pub fn location_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Rewrites the query in place (history.replaceState: no reload, no new history entry).
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let path = w.location().pathname().unwrap_or_else(|_| "/".into());
    let hash = w.location().hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let url = format!("{path}{query}{hash}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

fn storage() -> Option<web_sys::Storage> {
    // local_storage() itself throws when storage is disabled (e.g. blocked third-party iframes).
    window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn storage_get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Best effort: a full or disabled storage is not the person's problem.
pub fn storage_set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn storage_remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

pub fn set_document_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Marks `<html data-ready>` once the app has hydrated and applied the URL: tests and the
/// benchmark wait for it.
pub fn mark_ready() {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("data-ready", "");
    }
}

/// Shows the guide of the rule set `policy` (`<html data-policy>`, read by the stylesheet; the
/// page's head script sets it from the address before the first paint).
pub fn show_guide(policy: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("data-policy", policy);
    }
}

/// Points the static page's link `id` (outside the app) at `href`.
pub fn set_href(id: &str, href: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = el.set_attribute("href", href);
    }
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

pub fn focus(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: String) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

#[cfg(feature = "csr")]
/// Shows the page's failure notice (rendered hidden by the app, in the page's language) with a
/// reload link to the current address, which holds the inputs. Touches only the DOM, so it
/// cannot itself fail while the wasm is going down.
fn show_fatal() {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(link) = doc.get_element_by_id("fatal-reload") {
        let _ = link.set_attribute("href", &location_href());
    }
    if let Some(el) = doc.get_element_by_id("fatal") {
        let _ = el.remove_attribute("hidden");
    }
}

/// Fault injection for the e2e test of the failure notice: `window.wasmBindings.simulate_fault()`
/// panics inside the wasm exactly as a bug would. Harmless to ship: it can only stop the page of
/// whoever calls it from the console.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate_fault() {
    panic!("simulated fault (e2e test of the failure notice)");
}

#[cfg(feature = "csr")]
/// Entry point of the browser build: the panic screen, then hydration of the prerendered markup
/// (or a fresh render where there is none, e.g. a page served without the prerender step).
pub fn start() {
    // Through Yew, so that rendering does not replace it with Yew's default console-only hook.
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal();
    }));
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|el| el.get_attribute("lang"))
        .and_then(|tag| policy::Lang::from_code(&tag))
        .unwrap_or_default();
    let Some(root) = doc.get_element_by_id("app") else {
        return;
    };
    let props = crate::AppProps { lang };
    let renderer = yew::Renderer::<crate::App>::with_root_and_props(root.clone(), props);
    #[cfg(feature = "hydration")]
    if root.child_element_count() > 0 {
        renderer.hydrate();
        return;
    }
    renderer.render();
}
