//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts, and the form drives
//! the result through the real DOM events.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

use cloud_refund_calculator::policy::Lang;
use cloud_refund_calculator::{App, AppProps};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts a fresh app in its own root, with clean storage and `?lang=` set (without it the
/// browser's preferred language, English in headless Chromium, would win).
fn mount(lang: Lang) -> Element {
    let w = web_sys::window().expect("a window");
    if let Ok(Some(s)) = w.local_storage() {
        let _ = s.clear();
    }
    let _ = w.history().map(|h| {
        h.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("?lang={}", lang.code())),
        )
    });
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { lang }).render();
    root
}

/// Waits (up to 3 s) until `selector` matches inside `root`.
async fn find(root: &Element, selector: &str) -> Element {
    for _ in 0..60 {
        if let Ok(Some(el)) = root.query_selector(selector) {
            return el;
        }
        TimeoutFuture::new(50).await;
    }
    panic!("{selector} did not appear");
}

async fn type_into(root: &Element, key: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("[data-testid=input-{key}]"))
        .await
        .dyn_into()
        .expect("an input");
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).expect("an event");
    input.dispatch_event(&event).expect("dispatched");
    TimeoutFuture::new(20).await;
}

#[wasm_bindgen_test]
async fn mounts_with_its_heading_in_each_language() {
    let zh = mount(Lang::Zh);
    assert_eq!(
        find(&zh, "#form-heading").await.text_content().as_deref(),
        Some("你的订单")
    );
    zh.remove();
    let en = mount(Lang::En);
    assert_eq!(
        find(&en, "#form-heading").await.text_content().as_deref(),
        Some("Your order")
    );
    en.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_provider_keeps_the_inputs_and_changes_the_fields() {
    let root = mount(Lang::Zh);
    type_into(&root, "paid", "2026-11-25T23:50").await;
    type_into(&root, "asof", "2026-11-29T23:59").await;
    type_into(&root, "amount", "407.96").await;
    type_into(&root, "months", "12").await;
    find(&root, "[data-testid=input-thirdparty]").await;
    let tencent: web_sys::HtmlElement = find(&root, "[data-testid=input-policy-tencent]")
        .await
        .dyn_into()
        .expect("a radio");
    tencent.click();
    let result = find(&root, "[data-testid=result][data-policy=tencent]").await;
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("full")
    );
    assert_eq!(
        result.get_attribute("data-deadline").as_deref(),
        Some("2026-11-30T00:00:00+08:00")
    );
    find(&root, "[data-testid=input-vouchers]").await;
    find(&root, "[data-testid=input-used]").await;
    assert!(root
        .query_selector("[data-testid=input-thirdparty]")
        .ok()
        .flatten()
        .is_none());
    let amount: HtmlInputElement = find(&root, "[data-testid=input-amount]")
        .await
        .dyn_into()
        .expect("an input");
    assert_eq!(amount.value(), "407.96");
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_valid_inputs_shows_the_result_live() {
    let root = mount(Lang::Zh);
    find(&root, "[data-testid=result-pending]").await;
    type_into(&root, "paid", "2026-11-25T10:00").await;
    type_into(&root, "asof", "2026-11-28T09:00").await;
    type_into(&root, "amount", "1,200 元").await;
    let result = find(&root, "[data-testid=result]").await;
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("full")
    );
    assert_eq!(
        result.get_attribute("data-refund-fen").as_deref(),
        Some("120000")
    );
    assert_eq!(
        result.get_attribute("data-deadline").as_deref(),
        Some("2026-11-30T10:00:00+08:00")
    );
    // Moving the application time to the deadline turns it into a negotiation.
    type_into(&root, "asof", "2026-11-30T10:00").await;
    let result = find(&root, "[data-verdict=negotiable]").await;
    assert_eq!(
        result.get_attribute("data-refund-fen").as_deref(),
        Some("100000")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_input_shows_errors_only_after_checking() {
    let root = mount(Lang::En);
    type_into(&root, "paid", "2026-11-25T10:00").await;
    type_into(&root, "amount", "12.345").await;
    assert!(root
        .query_selector("[data-testid=error-summary]")
        .ok()
        .flatten()
        .is_none());
    let check: web_sys::HtmlElement = find(&root, "[data-testid=check]")
        .await
        .dyn_into()
        .expect("a button");
    check.click();
    let summary = find(&root, "[data-testid=error-summary]").await;
    assert!(summary
        .text_content()
        .unwrap_or_default()
        .contains("There is a problem"));
    let message = find(&root, "[data-testid=error-amount]").await;
    assert!(message
        .text_content()
        .unwrap_or_default()
        .contains("at most 2 decimal places"));
    assert!(root
        .query_selector("[data-testid=result]")
        .ok()
        .flatten()
        .is_none());
    assert_eq!(document().title(), "Error: Cloud Server Refund Calculator");
    root.remove();
}
