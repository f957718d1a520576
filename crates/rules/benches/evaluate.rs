//! Times `policy::evaluate()` on the spec's four public examples (one of each verdict), with
//! `std::time::Instant` only: `cargo bench --bench evaluate`. Target: median under 1 µs/call.

use std::hint::black_box;
use std::time::Instant;

use rules as p;

const SAMPLES: usize = 31;
const CALLS_PER_SAMPLE: u32 = 100_000;

/// The four public examples of `article-rules.md`: full, negotiable, not eligible, wait.
const CASES: [[(&str, &str); 5]; 4] = [
    [
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-11-28T09:00"),
        ("amount", "1200.00"),
        ("billing", "subscription"),
        ("requests", "0"),
    ],
    [
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-11-30T10:00"),
        ("amount", "1200.00"),
        ("billing", "subscription"),
        ("requests", "0"),
    ],
    [
        ("paid", "2026-11-25T10:00"),
        ("asof", "2026-11-28T09:00"),
        ("amount", "1200.00"),
        ("billing", "payg"),
        ("requests", "0"),
    ],
    [
        ("paid", "2026-11-29T10:00"),
        ("asof", "2026-11-30T12:00"),
        ("amount", "500.00"),
        ("billing", "subscription"),
        ("requests", "1"),
    ],
];

fn main() {
    let now = p::parse_datetime("2027-01-01T00:00").expect("a valid literal");
    let inputs: Vec<p::Input> = CASES
        .iter()
        .map(|pairs| {
            let mut raw = p::RawInput::defaults();
            for (key, value) in pairs {
                raw.set(
                    p::Field::from_key(key).expect("a known key"),
                    (*value).to_owned(),
                );
            }
            p::validate(&raw, now).expect("the public examples are valid")
        })
        .collect();

    let mut picos_per_call: Vec<u128> = (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            for input in inputs.iter().cycle().take(CALLS_PER_SAMPLE as usize) {
                black_box(p::evaluate(black_box(input)));
            }
            start.elapsed().as_nanos() * 1000 / u128::from(CALLS_PER_SAMPLE)
        })
        .collect();
    picos_per_call.sort_unstable();
    let median = picos_per_call[SAMPLES / 2];
    let (fastest, slowest) = (picos_per_call[0], picos_per_call[SAMPLES - 1]);
    println!(
        "evaluate(): median {} µs/call over {SAMPLES} samples of {CALLS_PER_SAMPLE} calls \
         (fastest {}, slowest {}; the 4 public examples in turn)",
        micros(median),
        micros(fastest),
        micros(slowest),
    );
}

/// Picoseconds as microseconds with 2 decimals, without floating point.
fn micros(picos: u128) -> String {
    let hundredths = (picos + 5_000) / 10_000;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}
