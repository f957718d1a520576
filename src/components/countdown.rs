use chrono::Duration;
use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::browser;
use crate::policy::{self, Instant, Lang};

#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    pub lang: Lang,
    pub deadline: Instant,
    /// Time left at the application time, as the rules computed it: shown as is when the
    /// application time was entered, and as the first value before the clock starts.
    pub at_asof: Duration,
    /// Whether the application time is "now": then the countdown runs.
    pub live: bool,
}

/// Time left until the deadline. Live when the application time is now: it re-reads the clock
/// every second and shows seconds in the last hour (minutes before that).
#[component]
pub fn Countdown(props: &CountdownProps) -> Html {
    let now = use_state(|| None::<Instant>);
    {
        let now = now.clone();
        use_effect_with(props.live, move |live| {
            let interval = live.then(|| {
                now.set(browser::now());
                Interval::new(1_000, move || now.set(browser::now()))
            });
            move || drop(interval)
        });
    }
    let left = match (*now, props.live) {
        (Some(now), true) => policy::time_left(props.deadline, now),
        _ => props.at_asof,
    };
    let with_seconds = props.live && left < Duration::hours(1);
    html! {
        <span role="timer" class="countdown" data-testid="countdown"
              data-seconds-left={left.num_seconds().to_string()}>
            { policy::format_duration(left, props.lang, with_seconds) }
        </span>
    }
}
