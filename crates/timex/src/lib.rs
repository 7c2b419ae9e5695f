//! Time expressions in running news text, normalised against the publication date.
//!
//! [`find`] runs a fixed set of precompiled regex rules over the text (one pass each), keeps
//! the leftmost-longest candidates and normalises them to TIMEX3 values (TimeML):
//! `2025-05-19`, `2025-05`, `2025`, `2025-W20`, `2025-W20-WE`, `2025-SU`, `1998-Q1`,
//! `1989-H2`, `199X`, `19` (the 20th century), `2025-02-12T13:00`, `PT2H`, `P30D`, `PXY`,
//! `PRESENT_REF`, `XXXX-WXX-1`.
//!
//! Relative expressions are resolved against the publication date with the news strategy:
//! a bare weekday is the one on or before the publication date unless its clause is about
//! the future ("will", "plans to", "until", "as soon as", a scheduled "votes Tuesday"). A
//! month without a year is the nearest such month, leaning to the past, unless the clause
//! fixes the direction. Expressions that refer back lean on what the document named before
//! them: "that year", "the following month" and "the previous Friday" on the last date,
//! "the quarter" and "a year earlier" in results on the quarter the report is about.
//!
//! Only English is recognised: month and weekday names must be full, capitalised English
//! words, so "martes", "su" or "tu" never yield dates.
//!
//! ```
//! use whosaid_timex::{Date, find};
//!
//! let dct = Date::new(2025, 2, 12).unwrap();
//! let text = "The meeting that is being set up on Friday in Munich.";
//! let t = &find(text, Some(dct))[0];
//! assert_eq!(&text[t.range.clone()], "Friday");
//! assert_eq!(t.value.as_deref(), Some("2025-02-14"));
//! assert_eq!(t.when.unwrap().iso(), "2025-02-14");
//! ```
//!
//! `when` is set for DATE and TIME expressions that fix a day, a month or a year. Weeks and
//! weekends get Month precision when they lie inside one month and `None` otherwise;
//! quarters, seasons, decades and the `*_REF` values have no `when`.

mod calendar;
mod context;
#[cfg(feature = "eval")]
pub mod eval;
mod lexicon;
mod rules;
mod triggers;

use std::ops::Range;

pub use jiff::civil::Date;

/// The weekday names, as written in running text.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The month names, as written in running text.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The TimeML type of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexKind {
    /// A calendar date or period: "Monday", "last week", "March 18", "2022".
    Date,
    /// A time of day: "10 a.m. local time", "1 p.m. ET".
    Time,
    /// A length of time: "two hours", "30-day", "14 years". Never a date.
    Duration,
    /// A recurrence: "every Monday", "daily".
    Set,
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A year: "2022", "last year".
    Year,
    /// A month: "in February", "November of last year".
    Month,
    /// A day: "Monday", "yesterday", "March 18".
    Day,
}

/// A resolved calendar date with its precision; `date` holds the first day of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct When {
    /// The (first) day.
    pub date: Date,
    /// Day, month or year.
    pub precision: Precision,
}

impl When {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` depending on the precision.
    pub fn iso(&self) -> String {
        match self.precision {
            Precision::Day => calendar::day_value(self.date),
            Precision::Month => calendar::month_value(self.date),
            Precision::Year => format!("{:04}", self.date.year()),
        }
    }
}

/// One time expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// TimeML type.
    pub kind: TimexKind,
    /// TIMEX3 value ("2025-05-19", "2025-05", "2025-W20", "P2H", "PRESENT_REF", ...), when
    /// it could be normalised.
    pub value: Option<String>,
    /// The calendar date it fixes, for DATE and TIME expressions that resolve to a day,
    /// month or year.
    pub when: Option<When>,
}

/// Finds and normalises the time expressions of `text`, resolving relative ones against the
/// publication date `dct` with the news strategy (a bare weekday is the one on or before the
/// publication date unless its sentence is about the future).
///
/// Without `dct`, relative expressions are still found but their `value` and `when` stay
/// `None`; absolute dates, durations, sets and the `*_REF` values are normalised anyway.
/// The result is sorted by position and free of overlaps.
pub fn find(text: &str, dct: Option<Date>) -> Vec<Timex> {
    rules::tag(text, dct)
}
