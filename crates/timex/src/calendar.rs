//! Civil-calendar arithmetic and TIMEX3 value formatting, all fallible instead of panicking.

use jiff::Span;
use jiff::civil::Date;

use crate::{Precision, When};

/// `date` moved by `days` days, `None` outside jiff's range.
pub(crate) fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(Span::new().try_days(days).ok()?).ok()
}

/// `date` moved by `months` months (the day clamped to the target month).
pub(crate) fn add_months(date: Date, months: i64) -> Option<Date> {
    date.checked_add(Span::new().try_months(months).ok()?).ok()
}

/// `date` moved by `years` years.
pub(crate) fn add_years(date: Date, years: i64) -> Option<Date> {
    date.checked_add(Span::new().try_years(years).ok()?).ok()
}

/// The first day of `month` in `year`, if both are valid.
pub(crate) fn month_start(year: i32, month: u32) -> Option<Date> {
    Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, 1).ok()
}

/// A valid calendar day, `None` for "February 30".
pub(crate) fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// Monday = 0 .. Sunday = 6.
pub(crate) fn weekday_index(date: Date) -> i64 {
    i64::from(date.weekday().to_monday_zero_offset())
}

/// The Monday of the ISO week holding `date`.
pub(crate) fn week_start(date: Date) -> Option<Date> {
    add_days(date, -weekday_index(date))
}

/// The quarter (1..=4) holding `date`.
pub(crate) fn quarter_of(date: Date) -> i32 {
    (i32::from(date.month()) - 1) / 3 + 1
}

/// A day-precision `When`.
pub(crate) fn day(date: Date) -> When {
    When {
        date,
        precision: Precision::Day,
    }
}

/// A month-precision `When` for the month holding `date`.
pub(crate) fn month(date: Date) -> When {
    When {
        date: date.first_of_month(),
        precision: Precision::Month,
    }
}

/// A year-precision `When` for `year`.
pub(crate) fn year(year: i32) -> Option<When> {
    Some(When {
        date: month_start(year, 1)?,
        precision: Precision::Year,
    })
}

/// `2025-W20` for the ISO week holding `date`.
pub(crate) fn week_value(date: Date) -> String {
    let w = date.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// The `When` of a span of days: Month precision if it lies within one month, else `None`.
///
/// Weeks and weekends are not days, and claiming their Monday would invent a precision the
/// text does not have; a month is honest when the whole period falls inside it.
pub(crate) fn period_when(first: Date, last: Date) -> Option<When> {
    (first.year() == last.year() && first.month() == last.month()).then(|| month(first))
}

/// ISO `YYYY-MM-DD`.
pub(crate) fn day_value(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// ISO `YYYY-MM`.
pub(crate) fn month_value(date: Date) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}
