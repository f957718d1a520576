//! Auto-height for embedded mode: a `ResizeObserver` on `<html>` posts the page's content height
//! to the parent window, which (through `embed.js`) sizes the iframe to fit, so the widget never
//! shows a scrollbar of its own.
//!
//! Message, sent with `window.parent.postMessage(message, origin)`:
//! `{ "type": "refund-calculator:height", "height": <integer CSS px, rounded up> }`.
//!
//! It goes only to the origin given as `?origin=` (validated by `query::valid_origin`), never to
//! `"*"`: the browser then drops it unless the parent really is that origin, so a page that
//! frames the calculator under another origin learns nothing. Without a valid origin the app
//! never starts a reporter and nothing is posted.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub const MESSAGE_TYPE: &str = "refund-calculator:height";

/// Set on `<html>` while heights are being reported: the stylesheet then hides the page's own
/// scrollbars, which would otherwise flash (and reflow the text) each time the content grows
/// before the parent has caught up. Without auto-height the page keeps its scrollbars, so a
/// fixed-height iframe still lets people reach everything.
pub const ACTIVE_ATTR: &str = "data-auto-height";

/// Reports heights while alive; dropping it stops the observer.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    root: web_sys::Element,
    // Kept alive for as long as the observer may call it.
    _on_resize: Closure<dyn FnMut()>,
}

impl HeightReporter {
    /// Starts reporting to `origin` (already validated). None when the page is not framed or
    /// the browser lacks what is needed; the page then simply keeps its own scrollbars.
    pub fn start(origin: &str) -> Option<Self> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        if JsValue::from(&parent) == JsValue::from(&window) {
            return None; // top-level page: there is nobody to tell
        }
        let root = window.document()?.document_element()?;
        let origin = origin.to_owned();
        let measured = root.clone();
        let mut last_sent = None;
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            // Rounded up: an iframe a fraction of a pixel too short would clip the last line.
            let height = measured.get_bounding_client_rect().height().ceil();
            if last_sent != Some(height) {
                last_sent = Some(height);
                let _ = parent.post_message(&message(height), &origin);
            }
        });
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        let _ = root.set_attribute(ACTIVE_ATTR, "");
        // Observing fires once at once, so the first height goes out without waiting for a change.
        observer.observe(&root);
        Some(Self {
            observer,
            root,
            _on_resize: on_resize,
        })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
        let _ = self.root.remove_attribute(ACTIVE_ATTR);
    }
}

fn message(height: f64) -> JsValue {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
    msg.into()
}
