//! Words for numbers, months, weekdays, units and parts of the day, and the regex fragments
//! built from them.

/// Month names as written in English news: full names and the AP abbreviations.
pub(crate) const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";

/// Full month names only: an abbreviation alone is too ambiguous.
pub(crate) const FULL_MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\.)";

/// Full English weekday names (capitalised). Two-letter tokens are never weekdays.
pub(crate) const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/// Weekday abbreviations; only accepted with a period and a following date.
pub(crate) const WEEKDAY_ABBR: &str = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.";

/// Cardinal numbers in digits or words, plus vague amounts ("several", "a few").
pub(crate) const NUM: &str = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundreds\s+of|a\s+few|a\s+couple\s+of|a\s+couple|couple\s+of|several|few|many|some|dozens\s+of|a|an)";

/// Number words allowed before a hyphenated unit ("two-hour").
pub(crate) const NUM_WORD: &str = r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)";

/// A year written out in words: "nineteen ninety-four", "two thousand and one".
pub(crate) const SPELLED_YEAR: &str = r"(?:two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?|(?:nineteen|eighteen)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))";

/// The year of a phrase matched by [`SPELLED_YEAR`] ("nineteen ninety-four" is 1994).
pub(crate) fn spelled_year(s: &str) -> Option<i32> {
    let lower = s.to_lowercase();
    let (base, rest) = if let Some(rest) = lower.strip_prefix("two") {
        let rest = rest.trim_start().strip_prefix("thousand")?.trim_start();
        (2000, rest.strip_prefix("and").unwrap_or(rest).trim())
    } else {
        let (century, rest) = lower.split_once(char::is_whitespace)?;
        (amount(century)?.count()? * 100, rest.trim())
    };
    let rest = if rest.is_empty() {
        0
    } else {
        amount(rest)?.count()?
    };
    i32::try_from(base + rest).ok()
}

/// Calendar and clock units, singular or plural.
pub(crate) const UNIT: &str = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?)";

/// The amount a number phrase denotes: a count, a decimal written as is, or unknown ("X").
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Amount {
    /// A whole number.
    Count(i64),
    /// A decimal ("1.5"), kept as written.
    Decimal(String),
    /// "several", "a few", "many": TimeML's `X`.
    Vague,
}

impl Amount {
    /// The amount as it appears in a TIMEX3 duration value.
    pub(crate) fn value(&self) -> String {
        match self {
            Amount::Count(n) => n.to_string(),
            Amount::Decimal(s) => s.clone(),
            Amount::Vague => "X".to_string(),
        }
    }

    /// The whole count, if known.
    pub(crate) fn count(&self) -> Option<i64> {
        match self {
            Amount::Count(n) => Some(*n),
            _ => None,
        }
    }
}

/// Parses a number phrase matched by [`NUM`] or [`NUM_WORD`].
pub(crate) fn amount(s: &str) -> Option<Amount> {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .collect();
    let digits: String = lower.chars().filter(|c| *c != ',').collect();
    if digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.parse().ok().map(Amount::Count);
    }
    if digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Some(Amount::Decimal(digits));
    }
    let mut total = 0;
    for w in words {
        total += match w {
            "a" | "an" | "one" => 1,
            "two" | "couple" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            "hundred" => 100,
            "of" => 0,
            "few" | "several" | "many" | "some" | "dozens" | "hundreds" => {
                return Some(Amount::Vague);
            }
            _ => return None,
        };
    }
    // "a hundred" and "a couple" add their article; keep them right.
    if lower.starts_with("a hundred") {
        total = 100;
    } else if lower.starts_with("a couple") {
        total = 2;
    }
    Some(Amount::Count(total))
}

/// The month number of a month name or abbreviation.
pub(crate) fn month_number(s: &str) -> Option<u32> {
    let lower = s.trim_end_matches('.').to_ascii_lowercase();
    let prefix = lower.get(..3)?;
    let n = match prefix {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// Monday = 0 .. Sunday = 6 for a weekday name or abbreviation.
pub(crate) fn weekday_number(s: &str) -> Option<i64> {
    let lower = s.to_ascii_lowercase();
    let n = match lower.get(..3)? {
        "mon" => 0,
        "tue" => 1,
        "wed" => 2,
        "thu" => 3,
        "fri" => 4,
        "sat" => 5,
        "sun" => 6,
        _ => return None,
    };
    Some(n)
}

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Quarter of a year.
    Quarter,
    /// Year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl Unit {
    /// Parses a unit word, singular or plural.
    pub(crate) fn parse(s: &str) -> Option<Unit> {
        let lower = s.to_ascii_lowercase();
        let unit = match lower.as_str() {
            "second" | "seconds" => Unit::Second,
            "minute" | "minutes" => Unit::Minute,
            "hour" | "hours" => Unit::Hour,
            "day" | "days" => Unit::Day,
            "week" | "weeks" => Unit::Week,
            "month" | "months" => Unit::Month,
            "quarter" | "quarters" => Unit::Quarter,
            "year" | "years" => Unit::Year,
            "decade" | "decades" => Unit::Decade,
            "century" | "centuries" => Unit::Century,
            _ => return None,
        };
        Some(unit)
    }

    /// The TIMEX3 duration value for `amount` of this unit: `P2D`, `PT2H`, `PXY`.
    pub(crate) fn duration(self, amount: &Amount) -> String {
        let n = amount.value();
        match self {
            Unit::Second => format!("PT{n}S"),
            Unit::Minute => format!("PT{n}M"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Day => format!("P{n}D"),
            Unit::Week => format!("P{n}W"),
            Unit::Month => format!("P{n}M"),
            Unit::Quarter => format!("P{n}Q"),
            Unit::Year => format!("P{n}Y"),
            Unit::Decade => format!("P{n}DE"),
            Unit::Century => format!("P{n}CE"),
        }
    }
}

/// TimeML's two-letter code for a part of the day: `MO`, `AF`, `EV`, `NI`.
pub(crate) fn part_of_day(s: &str) -> Option<&'static str> {
    let code = match s.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "nights" | "tonight" => "NI",
        _ => return None,
    };
    Some(code)
}
