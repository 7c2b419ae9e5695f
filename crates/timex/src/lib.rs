//! Time expressions in running news text, normalised against the publication date.
//!
//! CONTRACT (to be implemented): the signatures below are fixed; bodies are filled in.

use std::ops::Range;

pub use jiff::civil::Date;

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
        unimplemented!()
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
pub fn find(text: &str, dct: Option<Date>) -> Vec<Timex> {
    let _ = (text, dct);
    unimplemented!()
}
