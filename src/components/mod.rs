//! The views, one per file. `App` (in lib.rs) is the only component: these are plain functions
//! of what they are given (each component type costs about 1.5 KB of gzip wasm), and what they
//! need to remember (the copy status, the clock) lives in `State`. The rules are applied once,
//! in `State::evaluation`, and the outcome flows down as arguments.

pub mod calc_form;
pub mod choice_field;
pub mod countdown;
pub mod error_summary;
pub mod result_panel;
pub mod runs;
pub mod text_field;
