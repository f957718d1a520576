//! One component per file. Components render what they are given: the rules are applied once,
//! in `State::evaluation`, and the outcome flows down as props.

pub mod calc_form;
pub mod choice_field;
pub mod countdown;
pub mod error_summary;
pub mod guide_panel;
pub mod header;
pub mod result_panel;
pub mod text_field;
