//! The page state, the actions that change it and the reducer: pure Rust, no browser access,
//! so it is tested natively and renders the same under SSR. The browser side (URL, storage,
//! clock) lives in `browser.rs` and only feeds actions in from effects.

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::texts;

use crate::policy::{
    self, Field, FieldError, Instant, Lang, Outcome, Profile, RawInput, Section, Verdict,
};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub raw: RawInput,
    pub lang: Lang,
    /// The last clock reading kept, to the second (for the live countdown); the rules see only
    /// its minute (`now`). `None` while prerendering and before the first effect, so that the
    /// first render is the same on the server and in the browser.
    pub clock: Option<Instant>,
    /// URL and storage have been read; until then nothing is written back to them.
    pub loaded: bool,
    /// Errors show only after the person asked for the result, or when a link brought inputs.
    pub show_errors: bool,
    /// The id of the element to take keyboard focus after the render (so that a screen reader
    /// reads it next), with a count of requests so that asking twice for the same element moves
    /// the focus again. One effect watches it; `(0, "")` until the first request.
    pub focus: (u32, &'static str),
    /// Whether to keep the form in storage: from the person's first change until they reset.
    pub persist: bool,
    pub embed: bool,
    /// Where the embedded page may post its height; only a valid http(s) origin.
    pub origin: Option<String>,
    /// The browser's zone, e.g. "UTC-5", when it is not Beijing time.
    pub other_zone: Option<String>,
    /// How the last "copy result" went, with a count of copies; cleared when the inputs change,
    /// as it no longer applies.
    pub copied: Option<(bool, u32)>,
    /// Counts changes to the inputs: the live region catches up once typing pauses.
    pub edits: u32,
    /// What the live region says: the result as of the last pause in typing, "check", or load.
    /// It changes only then, so a screen reader hears one announcement, not one per keystroke.
    pub announced: String,
}

/// What the page learned from the browser on load.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub raw: RawInput,
    pub show_errors: bool,
    pub embed: bool,
    pub origin: Option<String>,
    /// Keep storing: the form came from storage or from a link.
    pub persist: bool,
    pub other_zone: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    // Boxed: it is far larger than the other actions, which are dispatched much more often.
    Load(Box<Loaded>),
    Edit(Field, String),
    Tick(Instant),
    /// The "now" button: the current minute into the application time.
    FillNow,
    Check,
    /// Clears the order; the chosen rules stay.
    Reset,
    /// A link into the guide was followed: the section takes the focus.
    Highlight(Section),
    /// The clipboard write finished: whether it worked.
    Copied(bool),
    /// Typing paused: the live region says the current result.
    Announce,
}

/// What the inputs amount to right now.
#[derive(Clone, Debug, PartialEq)]
pub enum Evaluation {
    /// No clock yet (prerender, before the first effect).
    Pending,
    Invalid(Vec<FieldError>),
    Valid(Box<Outcome>),
}

impl State {
    pub fn new(lang: Lang) -> Self {
        Self {
            raw: RawInput::defaults(),
            lang,
            clock: None,
            loaded: false,
            show_errors: false,
            focus: (0, ""),
            persist: false,
            embed: false,
            origin: None,
            other_zone: None,
            copied: None,
            edits: 0,
            announced: String::new(),
        }
    }

    /// The current minute: the rules run on whole minutes, so results do not change mid-minute.
    pub fn now(&self) -> Option<Instant> {
        self.clock.map(policy::truncate_to_minute)
    }

    /// Whether the application time is "now" (left empty): then the countdown runs.
    pub fn live(&self) -> bool {
        self.raw.asof.trim().is_empty()
    }

    /// Whether a clock reading at `t` changes what the page shows: a new minute (the rules run
    /// on minutes), or any second while a live countdown is on screen. Other ticks are dropped,
    /// so the page re-renders once a minute unless it shows a running countdown.
    pub fn tick_matters(&self, t: Instant) -> bool {
        let Some(now) = self.now() else {
            return true;
        };
        // `live()` first: it is cheap and, when false, spares applying the rules.
        policy::truncate_to_minute(t) != now
            || (self.live()
                && matches!(self.evaluation(), Evaluation::Valid(o) if o.verdict == Verdict::Full))
    }

    /// The one place the rules are applied: validated input → `evaluate()`.
    pub fn evaluation(&self) -> Evaluation {
        let Some(now) = self.now() else {
            return Evaluation::Pending;
        };
        match policy::validate(&self.raw, now) {
            Ok(input) => Evaluation::Valid(Box::new(policy::evaluate(&input))),
            Err(errors) => Evaluation::Invalid(errors),
        }
    }

    /// The rule set the form asks for: the chosen one, or the default while the choice is not
    /// one of the profiles (the choice then shows its error).
    pub fn profile(&self) -> &'static Profile {
        policy::profile_of(&self.raw.policy).unwrap_or_else(policy::article)
    }

    /// The errors of `evaluation` to show to the person (none until they asked).
    pub fn visible_errors(&self, evaluation: &Evaluation) -> Vec<FieldError> {
        match evaluation {
            Evaluation::Invalid(errors) if self.show_errors => errors.clone(),
            _ => Vec::new(),
        }
    }

    fn focus_on(&mut self, id: &'static str) {
        self.focus = (self.focus.0.wrapping_add(1), id);
    }

    /// The one-line summary of `evaluation` shown at the top of the calculator and said by the
    /// live region: the result, or that there are problems to fix; `None` while there is nothing
    /// to say (no inputs yet, or errors not asked for).
    pub fn summary_line(&self, evaluation: &Evaluation) -> Option<String> {
        let t = texts(self.lang);
        match evaluation {
            Evaluation::Valid(o) => Some((t.result_line)(
                (t.verdict)(o.verdict),
                &policy::format_money(o.refund_fen, self.lang),
            )),
            Evaluation::Invalid(_) if self.show_errors => Some(t.fix_below.to_owned()),
            _ => None,
        }
    }

    fn announce(mut self) -> Self {
        self.announced = self.summary_line(&self.evaluation()).unwrap_or_default();
        self
    }

    /// "Check": show the errors, or move to the result, and say so now.
    fn asked(mut self) -> Self {
        self.show_errors = true;
        match self.evaluation() {
            Evaluation::Invalid(_) => self.focus_on("error-summary"),
            Evaluation::Valid(_) => self.focus_on("result"),
            Evaluation::Pending => {}
        }
        self.announce()
    }

    fn edited(&mut self) {
        self.persist = true;
        self.copied = None;
        self.edits = self.edits.wrapping_add(1);
    }

    pub fn reduce(mut self, action: Action) -> Self {
        match action {
            Action::Load(l) => {
                self.raw = l.raw;
                self.embed = l.embed;
                self.origin = l.origin;
                self.persist = l.persist;
                self.other_zone = l.other_zone;
                self.copied = None;
                self.loaded = true;
                // A link that brought inputs shows its answer (or its errors) where the reader
                // is: the summary at the top says it, and the focus stays put.
                self.show_errors = l.show_errors;
                return self.announce();
            }
            Action::Edit(field, value) => {
                self.raw.set(field, value);
                self.edited();
            }
            Action::Tick(t) => {
                if self.tick_matters(t) {
                    self.clock = Some(t);
                }
            }
            Action::FillNow => {
                if let Some(now) = self.now() {
                    self.raw.set(Field::Asof, policy::format_input(now));
                    self.edited();
                }
            }
            Action::Check => return self.asked(),
            Action::Reset => {
                self.raw = RawInput {
                    policy: self.profile().id.to_owned(),
                    ..RawInput::defaults()
                };
                self.show_errors = false;
                self.edited();
                self.persist = false;
                // Said aloud, so that a screen reader knows the button did something.
                self.announced = texts(self.lang).reset_done.to_owned();
            }
            Action::Highlight(section) => self.focus_on(section.id()),
            Action::Copied(ok) => {
                let count = self.copied.map_or(1, |(_, n)| n.wrapping_add(1));
                self.copied = Some((ok, count));
            }
            Action::Announce => return self.announce(),
        }
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // A tick that changes nothing on screen keeps the same Rc: `use_reducer` re-renders only
        // when the pointer changes, so the page is not rebuilt every second for nothing.
        if let Action::Tick(t) = action {
            if !self.tick_matters(t) {
                return self;
            }
        }
        Rc::new((*self).clone().reduce(action))
    }
}

/// What the page keeps in localStorage: the same query string as the URL, behind a version
/// prefix (`v1?billing=…&lang=zh`), so one parser serves both. Anything without the current prefix
/// (corrupted data, an old format, JSON from elsewhere) is ignored and the defaults are used,
/// silently; values inside are validated like any other input.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub raw: RawInput,
    pub lang: Option<Lang>,
}

pub const STORAGE_KEY: &str = "cloud-refund-calculator";
const STORAGE_PREFIX: &str = "v1?";

impl Stored {
    pub fn encode(state: &State) -> String {
        let query = crate::query::build(&state.raw, state.lang, false, None);
        format!("{STORAGE_PREFIX}{}", query.trim_start_matches('?'))
    }

    pub fn decode(text: &str) -> Option<Self> {
        let q = crate::query::parse(text.strip_prefix(STORAGE_PREFIX)?);
        Some(Self {
            raw: q.raw,
            lang: q.lang,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Instant {
        policy::parse_datetime(s).unwrap()
    }

    fn filled() -> State {
        let mut s = State::new(Lang::Zh).reduce(Action::Tick(at("2026-11-28T09:00")));
        s.raw.paid = "2026-11-25T10:00".into();
        s.raw.amount = "1200".into();
        s
    }

    #[test]
    fn pending_without_a_clock() {
        assert_eq!(State::new(Lang::Zh).evaluation(), Evaluation::Pending);
    }

    #[test]
    fn errors_stay_hidden_until_asked() {
        let s = State::new(Lang::Zh).reduce(Action::Tick(at("2026-11-28T09:00")));
        assert!(matches!(s.evaluation(), Evaluation::Invalid(_)));
        assert!(s.visible_errors(&s.evaluation()).is_empty());
        let s = s.reduce(Action::Check);
        assert!(!s.visible_errors(&s.evaluation()).is_empty());
        assert_eq!(s.focus, (1, "error-summary"));
    }

    #[test]
    fn valid_inputs_give_a_result_without_asking() {
        let s = filled();
        let Evaluation::Valid(outcome) = s.evaluation() else {
            panic!("expected a result")
        };
        assert_eq!(outcome.refund_fen, 120_000);
    }

    #[test]
    fn each_request_moves_the_focus_even_to_the_same_place() {
        let s = filled().reduce(Action::Check);
        assert_eq!(s.focus, (1, "result"));
        let scope = Section("scope");
        let s = s.reduce(Action::Highlight(scope));
        assert_eq!(s.focus, (2, "scope"));
        // The same link again: a new request, so the effect runs again.
        let s = s.reduce(Action::Highlight(scope));
        assert_eq!(s.focus, (3, "scope"));
        // Typing moves nothing.
        assert_eq!(
            s.clone()
                .reduce(Action::Edit(Field::Amount, "1".into()))
                .focus,
            s.focus
        );
    }

    #[test]
    fn a_link_with_inputs_shows_its_errors() {
        let mut raw = RawInput::defaults();
        raw.amount = "abc".into();
        let s = State::new(Lang::Zh)
            .reduce(Action::Tick(at("2026-11-28T09:00")))
            .reduce(Action::Load(Box::new(Loaded {
                raw,
                show_errors: true,
                embed: false,
                origin: None,
                persist: true,
                other_zone: Some("UTC-5".into()),
            })));
        assert!(s
            .visible_errors(&s.evaluation())
            .iter()
            .any(|e| e.field == Field::Amount));
        // The focus stays where the reader is; the live region says there are problems.
        assert_eq!(s.focus, (0, ""));
        assert_eq!(s.announced, texts(Lang::Zh).fix_below);
        assert_eq!(s.other_zone.as_deref(), Some("UTC-5"));
    }

    #[test]
    fn reset_restores_defaults_hides_errors_and_stops_storing() {
        let s = filled().reduce(Action::Edit(Field::Months, "2".into()));
        assert!(s.persist);
        let s = s.reduce(Action::Check).reduce(Action::Reset);
        assert_eq!(s.raw, RawInput::defaults());
        assert!(!s.show_errors);
        assert!(!s.persist);
        // The chosen rules survive a reset.
        let s = filled()
            .reduce(Action::Edit(Field::Policy, "huawei".into()))
            .reduce(Action::Reset);
        assert_eq!(s.raw.policy, "huawei");
        assert_eq!(s.raw.amount, "");
    }

    #[test]
    fn the_live_region_waits_for_a_pause_or_a_check() {
        let s = filled();
        assert_eq!(s.announced, "");
        let typed = s
            .reduce(Action::Edit(Field::Amount, "1".into()))
            .reduce(Action::Edit(Field::Amount, "12".into()))
            .reduce(Action::Edit(Field::Amount, "120".into()));
        assert_eq!(typed.edits, 3);
        assert_eq!(typed.announced, "", "nothing said while typing");
        let paused = typed.clone().reduce(Action::Announce);
        assert_eq!(paused.announced, "结果：可以全额退款，¥120.00。");
        let checked = typed.reduce(Action::Check);
        assert_eq!(checked.announced, paused.announced);
        assert_eq!(checked.focus, (1, "result"));
    }

    #[test]
    fn fill_now_uses_the_clock_minute() {
        let s = filled().reduce(Action::FillNow);
        assert_eq!(s.raw.asof, "2026-11-28T09:00");
    }

    /// `at` plus some seconds: the clock reads seconds, the inputs only minutes.
    fn at_secs(s: &str, secs: i64) -> Instant {
        at(s) + chrono::Duration::seconds(secs)
    }

    /// Through `Reducible`, as `use_reducer` calls it: true when the page would re-render.
    fn renders(s: &State, action: Action) -> bool {
        let before = Rc::new(s.clone());
        !Rc::ptr_eq(&before, &Reducible::reduce(before.clone(), action))
    }

    #[test]
    fn without_a_live_countdown_same_minute_ticks_change_nothing() {
        // No result at all, and a result at an entered application time (no countdown running).
        let empty = State::new(Lang::Zh).reduce(Action::Tick(at_secs("2026-11-28T09:00", 5)));
        let mut at_asof = filled();
        at_asof.raw.asof = "2026-11-28T08:00".into();
        for s in [empty, at_asof] {
            let tick = Action::Tick(at_secs("2026-11-28T09:00", 59));
            assert!(!renders(&s, tick.clone()));
            assert_eq!(s.clone().reduce(tick), s);
            // A new minute is news: the rules may give another result.
            let next = Action::Tick(at_secs("2026-11-28T09:01", 1));
            assert!(renders(&s, next.clone()));
            assert_eq!(s.reduce(next).now(), Some(at("2026-11-28T09:01")));
        }
    }

    #[test]
    fn a_live_countdown_takes_every_second_but_the_rules_see_the_minute() {
        let s = filled(); // no application time, a full refund: the countdown runs
        let tick = Action::Tick(at_secs("2026-11-28T09:00", 30));
        assert!(renders(&s, tick.clone()));
        let later = s.clone().reduce(tick);
        assert_eq!(later.clock, Some(at_secs("2026-11-28T09:00", 30)));
        assert_eq!(later.now(), Some(at("2026-11-28T09:00")));
        assert_eq!(later.evaluation(), s.evaluation());
        assert_eq!(
            later.reduce(Action::FillNow).raw.asof,
            "2026-11-28T09:00",
            "the now button fills the minute, not the second"
        );
    }

    #[test]
    fn a_live_result_without_a_countdown_takes_only_new_minutes() {
        // Paid more than five days ago: negotiable, which shows no countdown.
        let mut s = filled();
        s.raw.paid = "2026-11-20T10:00".into();
        let Evaluation::Valid(outcome) = s.evaluation() else {
            panic!("expected a result")
        };
        assert_eq!(outcome.verdict, Verdict::Negotiable);
        assert!(!renders(&s, Action::Tick(at_secs("2026-11-28T09:00", 30))));
    }

    #[test]
    fn the_copy_status_lasts_until_the_inputs_change() {
        let s = filled().reduce(Action::Copied(true));
        assert_eq!(s.copied, Some((true, 1)));
        // Neither time passing nor a look at the guide makes the copy stale.
        let s = s
            .reduce(Action::Tick(at("2026-11-28T09:05")))
            .reduce(Action::Highlight(Section("notes")));
        assert_eq!(s.copied, Some((true, 1)));
        assert_eq!(
            s.clone().reduce(Action::Copied(false)).copied,
            Some((false, 2)),
            "a second copy is counted, so it is announced again"
        );
        assert_eq!(
            s.clone()
                .reduce(Action::Edit(Field::Amount, "1300".into()))
                .copied,
            None
        );
        assert_eq!(s.clone().reduce(Action::FillNow).copied, None);
        assert_eq!(s.reduce(Action::Reset).copied, None);
    }

    #[test]
    fn stored_state_round_trips_and_bad_data_is_ignored() {
        let s = filled();
        let text = Stored::encode(&s);
        assert!(text.starts_with("v1?"), "{text}");
        let back = Stored::decode(&text);
        assert_eq!(back.as_ref().map(|d| &d.raw), Some(&s.raw));
        assert_eq!(back.and_then(|d| d.lang), Some(Lang::Zh));
        for bad in [
            "",
            "{",
            "null",
            "[]",
            r#"{"version":1,"raw":{"amount":"1200"},"lang":"zh"}"#,
            "v0?amount=1",
            "amount=1200",
        ] {
            assert_eq!(Stored::decode(bad), None, "{bad}");
        }
    }
}
