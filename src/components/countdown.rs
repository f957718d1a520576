use chrono::Duration;
use yew::prelude::*;

use crate::policy::{self, Instant, Lang};

/// Time left until the deadline. With `clock` (the application time is "now") it counts down
/// from the page's clock, which ticks every second while this is shown, and shows seconds in
/// the last hour (minutes before that); without, it shows `at_asof`, the time left at the
/// entered application time as the rules computed it.
pub fn countdown(lang: Lang, deadline: Instant, at_asof: Duration, clock: Option<Instant>) -> Html {
    let left = clock.map_or(at_asof, |now| policy::time_left(deadline, now));
    let with_seconds = clock.is_some() && left < Duration::hours(1);
    html! {
        <span role="timer" class="countdown" data-testid="countdown"
              data-seconds-left={left.num_seconds().to_string()}>
            { policy::format_duration(left, lang, with_seconds) }
        </span>
    }
}
