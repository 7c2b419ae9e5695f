//! Behaviour of the time-expression tagger, one form per test.

#[cfg(feature = "eval")]
mod corpus;
mod dates;
mod durations;
mod language;
mod precision;
mod relative;
mod sets;
mod times;
mod weekdays;

use expect_test::Expect;
use whosaid_timex::{Date, TimexKind, find};

/// Renders every expression of `text` as `«text» KIND value when`, one per line, resolved
/// against the publication date `dct` (`""` for none).
fn check(text: &str, dct: &str, expect: Expect) {
    let dct: Option<Date> = (!dct.is_empty()).then(|| dct.parse().expect("valid test dct"));
    let rendered: String = find(text, dct)
        .iter()
        .map(|t| {
            let kind = match t.kind {
                TimexKind::Date => "DATE",
                TimexKind::Time => "TIME",
                TimexKind::Duration => "DURATION",
                TimexKind::Set => "SET",
            };
            format!(
                "«{}» {kind} {} {}\n",
                &text[t.range.clone()],
                t.value.as_deref().unwrap_or("-"),
                t.when.map_or_else(|| "-".to_string(), |w| w.iso()),
            )
        })
        .collect();
    expect.assert_eq(&rendered);
}

/// Monday 19 May 2025.
const MON: &str = "2025-05-19";
/// Wednesday 12 February 2025.
const WED: &str = "2025-02-12";
