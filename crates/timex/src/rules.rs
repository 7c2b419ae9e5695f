//! The rules: one precompiled regex per family of expressions, each with a normaliser that
//! turns a match into a candidate. Candidates are then chosen leftmost-longest.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::{Captures, Regex};

use crate::calendar::{self as cal, add_days, add_months, add_years};
use crate::context::{self, Sentences, Tense};
use crate::lexicon::{
    self as lex, Amount, FULL_MONTH, MONTH, NUM, NUM_WORD, UNIT, Unit, WEEKDAY, WEEKDAY_ABBR,
};
use crate::{Timex, TimexKind, When};

/// The families of expressions, in priority order for candidates of equal span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    MonthDay,
    DayMonth,
    Iso,
    Slash,
    Time,
    ClockWord,
    DayWord,
    Ago,
    YearAgo,
    Holiday,
    SpelledYear,
    Anchored,
    RelativeUnit,
    Weekend,
    Quarter,
    QuarterRef,
    Weekday,
    Month,
    Season,
    Decade,
    Year,
    Set,
    Duration,
    HyphenDuration,
    LongDuration,
    BarePlural,
    Reference,
}

/// The compiled rules; built once per process.
struct Tagger {
    rules: Vec<(Rule, Regex)>,
}

static TAGGER: LazyLock<Tagger> = LazyLock::new(Tagger::new);

impl Tagger {
    fn new() -> Self {
        let year = r"((?:1[89]|20)\d\d)";
        let specs: Vec<(Rule, String)> = vec![
            (
                Rule::MonthDay,
                format!(
                    r"\b(?:({WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:(?i:(early|mid|late))[\s-]+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?"
                ),
            ),
            (
                Rule::DayMonth,
                format!(
                    r"\b(?:({WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})(?:,?\s+{year}\b)?"
                ),
            ),
            (
                Rule::Iso,
                r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b".to_string(),
            ),
            (
                Rule::Slash,
                r"\b(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/((?:19|20)\d\d)\b".to_string(),
            ),
            (
                Rule::Time,
                r"(?i)\b(?:(?:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3]):([0-5]\d)\b)(?:\s+(local\s+time|(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T)\b))?".to_string(),
            ),
            (
                Rule::ClockWord,
                r"(?i)\b(noon|midday|midnight)\b".to_string(),
            ),
            (
                Rule::DayWord,
                r"(?i)\b(?:(early|late|earlier|later)\s+)?(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(morning|afternoon|evening|night))?\b".to_string(),
            ),
            (
                Rule::Ago,
                format!(
                    r"(?i)\b(?:(?:about|nearly|almost|some|roughly|around|more\s+than|less\s+than|over|just|only|barely)\s+)?({NUM})\s+({UNIT})(?:\s+or\s+so)?\s+(ago|earlier|later|before|after|from\s+now|hence)\b"
                ),
            ),
            (
                Rule::YearAgo,
                r"(?i)\byear-(?:ago|earlier)\b".to_string(),
            ),
            (
                Rule::Holiday,
                r"(?i)\b((?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Independence\s+Day|Fourth\s+of\s+July|Halloween|Valentine's\s+Day|Thanksgiving(?:\s+Day)?))(?:\s+((?:19|20)\d\d)\b)?".to_string(),
            ),
            (
                Rule::SpelledYear,
                r"(?i)\b(?:the\s+year\s+)?(?:two\s+thousand(?:\s+and)?(?:\s+(one|two|three|four|five|six|seven|eight|nine|ten))?|(nineteen|eighteen)\s+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b".to_string(),
            ),
            (
                Rule::Anchored,
                r"(?i)\b(?:(?:earlier|later)\s+)?(?:the\s+(?:previous|following|same|next)\s+day|that\s+(?:day|night|morning|afternoon|evening|week|month|year)|the\s+day\s+(?:before|after)|(?:a|one)\s+day\s+(?:before|after)|the\s+(?:previous|following)\s+(?:week|month|year))\b".to_string(),
            ),
            (
                Rule::RelativeUnit,
                r"(?i)\b(?:(early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+rest\s+of)[\s-]+(?:in\s+)?)?(last|this|next|past|coming|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|the)\s+(week|month|year|decade|century)\b".to_string(),
            ),
            (
                Rule::Weekend,
                r"(?i)\b(?:(last|this|next|past|coming|the)\s+)weekend\b".to_string(),
            ),
            (
                Rule::Quarter,
                r"(?i)\b(?:(the|this|that|its|a|last\s+year's|this\s+year's|next\s+year's|the\s+year-ago|the\s+year-earlier|the\s+comparable|the\s+(?:19|20)\d\d)\s+)?(?:(?:flat|fiscal|latest|current)[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+of\s+((?:19|20)\d\d)\b)?".to_string(),
            ),
            (
                Rule::QuarterRef,
                r"(?i)\b(the|this|that|last|next)\s+(?:(latest|current|previous|past|year-ago|year-earlier|comparable(?:\s+year-ago)?|most\s+recent)\s+)?(quarter|period)\b".to_string(),
            ),
            (
                Rule::Weekday,
                format!(
                    r"\b(?:((?i:last|this|next|coming|past|early|late|earlier|later))\s+)?({WEEKDAY})(s)?(?:\s+((?i:morning|afternoon|evening|night)s?))?\b"
                ),
            ),
            (
                Rule::Month,
                format!(
                    r"\b(?:((?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|last|this|next|early\s+last|late\s+last|early\s+next|late\s+next))[\s-]+)?({FULL_MONTH})(?:,?\s+{year}\b|\s+(?i:(?:of\s+)?(last|this|next)\s+year)\b)?"
                ),
            ),
            (
                Rule::Season,
                r"(?i)\b(?:(early|late|mid)[\s-]+)?(?:(last|this|next|the)\s+)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?".to_string(),
            ),
            (
                Rule::Decade,
                r"(?i)(?:\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?)?(?:\b((?:1[89]|20)\d)0s|'(\d)0s)\b".to_string(),
            ),
            (
                Rule::Year,
                format!(r"\b(?:((?i:fiscal|calendar|the\s+year))[\s-]+)?{year}\b"),
            ),
            (
                Rule::Set,
                format!(
                    r"(?i)\b(?:(?:every|each)\s+(?:other\s+)?(day|week|month|year|quarter|morning|night|evening|weekend|hour|(?-i:{WEEKDAY}|{FULL_MONTH}))|(daily|weekly|monthly|annually|yearly|hourly|nightly)|(?:once|twice|three\s+times|several\s+times)\s+a\s+(day|week|month|year))\b"
                ),
            ),
            (
                Rule::Duration,
                format!(
                    r"(?i)\b(?:the\s+(?:(?:first|past|last|next|latest|coming|previous|final|remaining|following|same|initial|year-earlier)\s+)?|(?:first|past|last|next|coming)\s+)?(?:(?:about|nearly|almost|roughly|some|around|more\s+than|less\s+than|at\s+least|over|up\s+to|only|just)\s+)?({NUM})\s+(?:more\s+|full\s+|straight\s+|consecutive\s+)?({UNIT})\b(?:\s+old\b)?"
                ),
            ),
            (
                Rule::HyphenDuration,
                format!(
                    r"(?i)\b({NUM_WORD})-(year|month|week|day|hour|minute|second|decade|century)(?:-(?:old|long))?\b"
                ),
            ),
            (
                Rule::LongDuration,
                r"(?i)\b(years|months|weeks|days|hours|decades|centuries)-long\b".to_string(),
            ),
            (
                Rule::BarePlural,
                r"(?i)\b(?:for|in|over|within|after)\s+(years|months|weeks|days|decades|hours|centuries)\b".to_string(),
            ),
            (
                Rule::Reference,
                r"(?i)\b(right\s+now|now|currently|nowadays|these\s+days|at\s+present|recently|lately|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+past|recent\s+(?:days|weeks|months|years)|(?:the\s+)?coming\s+(?:days|weeks|months|years)|current)\b".to_string(),
            ),
        ];
        let rules = specs
            .into_iter()
            .map(|(rule, src)| (rule, Regex::new(&src).expect("valid rule regex")))
            .collect();
        Tagger { rules }
    }
}

/// A candidate expression before overlaps are resolved.
#[derive(Debug, Clone)]
struct Candidate {
    range: Range<usize>,
    kind: TimexKind,
    value: Option<String>,
    when: Option<When>,
    /// For a clock time: `T13:00`, to be joined with the day it belongs to.
    clock: Option<String>,
    /// For a day-precision date, the day, so an adjacent clock time can attach to it.
    day: Option<Date>,
    priority: usize,
}

impl Candidate {
    fn new(range: Range<usize>, kind: TimexKind) -> Self {
        Candidate {
            range,
            kind,
            value: None,
            when: None,
            clock: None,
            day: None,
            priority: 0,
        }
    }

    fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    fn maybe_value(mut self, value: Option<String>) -> Self {
        self.value = value;
        self
    }

    fn on_day(mut self, date: Option<Date>) -> Self {
        if let Some(date) = date {
            self.value = Some(cal::day_value(date));
            self.when = Some(cal::day(date));
            self.day = Some(date);
        }
        self
    }

    fn in_month(mut self, date: Option<Date>) -> Self {
        if let Some(date) = date {
            self.value = Some(cal::month_value(date));
            self.when = Some(cal::month(date));
        }
        self
    }

    fn in_year(mut self, year: Option<i32>) -> Self {
        if let Some(y) = year {
            self.value = Some(format!("{y:04}"));
            self.when = cal::year(y);
        }
        self
    }

    fn in_week(mut self, date: Option<Date>) -> Self {
        if let Some(monday) = date.and_then(cal::week_start) {
            self.value = Some(cal::week_value(monday));
            self.when = add_days(monday, 6).and_then(|sunday| cal::period_when(monday, sunday));
        }
        self
    }

    fn at_time_of_day(mut self, date: Option<Date>, part: &str) -> Self {
        self.kind = TimexKind::Time;
        if let Some(date) = date {
            self.value = Some(format!("{}T{part}", cal::day_value(date)));
            self.when = Some(cal::day(date));
        }
        self
    }
}

/// What the rules see: the text, the publication date and the sentence bounds.
struct Ctx<'a> {
    text: &'a str,
    dct: Option<Date>,
    sentences: Sentences,
}

impl Ctx<'_> {
    fn sentence(&self, pos: usize) -> &str {
        self.text.get(self.sentences.around(pos)).unwrap_or("")
    }

    fn tense(&self, pos: usize) -> Tense {
        context::tense(self.sentence(pos))
    }

    /// The tense of the clause around `pos`: the sentence cut to a few words either side, so
    /// that a "will" at the far end of a long sentence does not move a date.
    fn local_tense(&self, pos: usize) -> Tense {
        let sentence = self.sentences.around(pos);
        let mut start = pos.saturating_sub(60).max(sentence.start);
        let mut end = (pos + 60).min(sentence.end).min(self.text.len());
        while start > 0 && !self.text.is_char_boundary(start) {
            start -= 1;
        }
        while end < self.text.len() && !self.text.is_char_boundary(end) {
            end += 1;
        }
        context::tense(self.text.get(start..end).unwrap_or(""))
    }

    fn weekday_is_future(&self, span: Range<usize>) -> bool {
        context::weekday_is_future(self.text, self.sentences.around(span.start), span)
    }

    /// Whether the text just before `pos` talks about quarterly results, where "a year ago"
    /// means the same quarter a year before.
    fn quarterly(&self, pos: usize) -> bool {
        self.before(pos, 600)
            .to_ascii_lowercase()
            .contains("quarter")
    }

    /// `YYYY-Qn` for the quarter `offset` quarters from the one holding the publication date.
    fn quarter_value(&self, offset: i32) -> Option<String> {
        let d = self.dct?;
        let index = i32::from(d.year()) * 4 + cal::quarter_of(d) - 1 + offset;
        Some(format!(
            "{:04}-Q{}",
            index.div_euclid(4),
            index.rem_euclid(4) + 1
        ))
    }

    /// The text shortly before `pos` (up to `n` bytes, cut at a char boundary).
    fn before(&self, pos: usize, n: usize) -> &str {
        let mut start = pos.saturating_sub(n);
        while start < pos && !self.text.is_char_boundary(start) {
            start += 1;
        }
        self.text.get(start..pos).unwrap_or("")
    }
}

/// How to pick a weekday relative to the publication date.
#[derive(Debug, Clone, Copy)]
enum Direction {
    OnOrBefore,
    OnOrAfter,
    Before,
    After,
}

fn weekday_date(dct: Date, weekday: i64, direction: Direction) -> Option<Date> {
    let today = cal::weekday_index(dct);
    let back = (today - weekday).rem_euclid(7);
    let ahead = (weekday - today).rem_euclid(7);
    let offset = match direction {
        Direction::OnOrBefore => -back,
        Direction::Before => -(if back == 0 { 7 } else { back }),
        Direction::OnOrAfter => ahead,
        Direction::After => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
    };
    add_days(dct, offset)
}

/// The year of a month (and day) written without one, by the news strategy: the
/// publication year, moved back when the date lies ahead in a past-tense sentence and
/// forward when it lies well behind in a future one.
fn infer_year(ctx: &Ctx<'_>, pos: usize, month: u32, day: Option<u32>) -> Option<i32> {
    let dct = ctx.dct?;
    let year = i32::from(dct.year());
    let dct_month = u32::try_from(dct.month()).ok()?;
    let dct_day = u32::try_from(dct.day()).ok()?;
    let tense = match context::previous_word(ctx.text, pos).as_str() {
        "last" | "since" => Tense::Past,
        "next" => Tense::Future,
        _ => ctx.local_tense(pos),
    };
    let ahead = (month, day.unwrap_or(0)) > (dct_month, if day.is_some() { dct_day } else { 0 });
    let months_behind = (dct_month + 12 - month) % 12;
    Some(match tense {
        Tense::Past if ahead => year - 1,
        Tense::Future if !ahead && months_behind >= 2 => year + 1,
        _ => year,
    })
}

fn group<'t>(caps: &Captures<'t>, i: usize) -> Option<&'t str> {
    caps.get(i).map(|m| m.as_str())
}

fn lower(caps: &Captures<'_>, i: usize) -> Option<String> {
    group(caps, i).map(|s| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    })
}

/// Finds candidates with every rule, keeps the leftmost-longest, then attaches clock times
/// to their days.
pub(crate) fn tag(text: &str, dct: Option<Date>) -> Vec<Timex> {
    let ctx = Ctx {
        text,
        dct,
        sentences: Sentences::new(text),
    };
    let mut candidates = Vec::new();
    for (priority, (rule, re)) in TAGGER.rules.iter().enumerate() {
        for caps in re.captures_iter(text) {
            if let Some(mut c) = apply(*rule, &caps, &ctx) {
                if c.range.is_empty() {
                    continue;
                }
                c.priority = priority;
                candidates.push(c);
            }
        }
    }
    candidates.sort_by(|a, b| {
        (a.range.start, std::cmp::Reverse(a.range.end), a.priority).cmp(&(
            b.range.start,
            std::cmp::Reverse(b.range.end),
            b.priority,
        ))
    });
    let mut chosen: Vec<Candidate> = Vec::new();
    for c in candidates {
        if chosen
            .last()
            .is_none_or(|last| c.range.start >= last.range.end)
        {
            chosen.push(c);
        }
    }
    attach_clock_times(&ctx, chosen)
        .into_iter()
        .map(|c| Timex {
            range: c.range,
            kind: c.kind,
            value: c.value,
            when: c.when,
        })
        .collect()
}

static CLOSE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*,)?\s+(?:on\s+|of\s+)?$").expect("valid separator"));
static CLOSE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*,)?\s+(?:at\s+)?$").expect("valid separator"));

/// Gives each clock time its day: a day-precision date right after it ("10 p.m. Wednesday",
/// "1 p.m. on Friday") or right before it ("Thursday at 10 a.m."), else the publication
/// date. Directly adjacent expressions become one span.
fn attach_clock_times(ctx: &Ctx<'_>, chosen: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(chosen.len());
    let mut iter = chosen.into_iter().peekable();
    while let Some(mut c) = iter.next() {
        let Some(clock) = c.clock.clone() else {
            out.push(c);
            continue;
        };
        let mut day = None;
        if let Some(next) = iter.peek() {
            let gap = ctx.text.get(c.range.end..next.range.start).unwrap_or("x");
            if next.day.is_some() && CLOSE_AFTER.is_match(gap) {
                day = next.day;
                if !gap.contains("on") {
                    c.range.end = next.range.end;
                    iter.next();
                }
            }
        }
        if day.is_none()
            && let Some(prev) = out.last()
        {
            let gap = ctx.text.get(prev.range.end..c.range.start).unwrap_or("x");
            if prev.day.is_some() && prev.clock.is_none() && CLOSE_BEFORE.is_match(gap) {
                day = prev.day;
                if !gap.contains("at") {
                    c.range.start = prev.range.start;
                    out.pop();
                }
            }
        }
        let day = day.or(ctx.dct);
        c.kind = TimexKind::Time;
        c.value = day.map(|d| format!("{}{clock}", cal::day_value(d)));
        c.when = day.map(cal::day);
        out.push(c);
    }
    out
}

fn apply(rule: Rule, caps: &Captures<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let whole = caps.get(0)?;
    let range = whole.range();
    let dct = ctx.dct;
    let c = Candidate::new(range.clone(), TimexKind::Date);
    match rule {
        Rule::MonthDay | Rule::DayMonth => {
            let (m, d, y) = if rule == Rule::MonthDay {
                (group(caps, 3)?, group(caps, 4)?, group(caps, 5))
            } else {
                (group(caps, 3)?, group(caps, 2)?, group(caps, 4))
            };
            let month = lex::month_number(m)?;
            let day: u32 = d.parse().ok()?;
            if !(1..=31).contains(&day) {
                return None;
            }
            let weekday = group(caps, 1).and_then(lex::weekday_number);
            let year = match y.and_then(|y| y.parse().ok()) {
                Some(y) => Some(y),
                None => infer_year(ctx, range.start, month, Some(day)).map(|guess| {
                    // A written weekday settles the year when the guess disagrees.
                    let fits = |y: i32| {
                        cal::ymd(y, month, day).map(cal::weekday_index) == weekday.or(None)
                    };
                    match weekday {
                        Some(_) if !fits(guess) => [guess - 1, guess + 1]
                            .into_iter()
                            .find(|y| fits(*y))
                            .unwrap_or(guess),
                        _ => guess,
                    }
                }),
            };
            let date = year.and_then(|y| cal::ymd(y, month, day));
            if year.is_some() && date.is_none() {
                return None;
            }
            Some(c.on_day(date))
        }
        Rule::Iso => {
            let date = cal::ymd(
                group(caps, 1)?.parse().ok()?,
                group(caps, 2)?.parse().ok()?,
                group(caps, 3)?.parse().ok()?,
            )?;
            Some(c.on_day(Some(date)))
        }
        Rule::Slash => {
            let date = cal::ymd(
                group(caps, 3)?.parse().ok()?,
                group(caps, 1)?.parse().ok()?,
                group(caps, 2)?.parse().ok()?,
            )?;
            Some(c.on_day(Some(date)))
        }
        Rule::Time => {
            let (hour, minute) = if let Some(h) = group(caps, 1) {
                let mut hour: u32 = h.parse().ok()?;
                if !(1..=12).contains(&hour) {
                    return None;
                }
                let pm = group(caps, 3)?.eq_ignore_ascii_case("p");
                if pm && hour != 12 {
                    hour += 12;
                } else if !pm && hour == 12 {
                    hour = 0;
                }
                (hour, group(caps, 2).unwrap_or("00").to_string())
            } else {
                // A bare 24-hour clock needs a zone or a preposition to be a time.
                let zoned = caps.get(6).is_some();
                let prev = context::previous_word(ctx.text, range.start);
                if !zoned
                    && !matches!(
                        prev.as_str(),
                        "at" | "by" | "until" | "before" | "after" | "around"
                    )
                {
                    return None;
                }
                (group(caps, 4)?.parse().ok()?, group(caps, 5)?.to_string())
            };
            let mut c = Candidate::new(range, TimexKind::Time);
            c.clock = Some(format!("T{hour:02}:{minute}"));
            Some(c)
        }
        Rule::ClockWord => {
            let mut c = Candidate::new(range, TimexKind::Time);
            c.clock = Some(match lower(caps, 1)?.as_str() {
                "midnight" => "T24:00".to_string(),
                _ => "T12:00".to_string(),
            });
            Some(c)
        }
        Rule::DayWord => {
            if group(caps, 2)?.eq_ignore_ascii_case("today")
                && ctx.before(range.start, 4).eq_ignore_ascii_case("usa ")
            {
                return None;
            }
            let word = lower(caps, 2)?;
            let part = group(caps, 3).and_then(lex::part_of_day);
            let (offset, inner_part) = match word.as_str() {
                "today" => (0, None),
                "yesterday" => (-1, None),
                "tomorrow" => (1, None),
                "tonight" => (0, Some("NI")),
                "last night" => (-1, Some("NI")),
                "the day before yesterday" => (-2, None),
                "the day after tomorrow" => (2, None),
                w => (0, w.strip_prefix("this ").and_then(lex::part_of_day)),
            };
            let date = dct.and_then(|d| add_days(d, offset));
            match part.or(inner_part) {
                Some(part) => Some(c.at_time_of_day(date, part)),
                None => Some(c.on_day(date)),
            }
        }
        Rule::Ago => {
            let amount = lex::amount(group(caps, 1)?)?;
            let unit = Unit::parse(group(caps, 2)?)?;
            let anchor = lower(caps, 3)?;
            let sign = match anchor.as_str() {
                "ago" | "earlier" | "before" => -1,
                _ => 1,
            };
            let relative_to_dct = matches!(anchor.as_str(), "ago" | "from now" | "hence")
                || (unit == Unit::Year && matches!(anchor.as_str(), "earlier" | "later"));
            if !relative_to_dct {
                // "two hours after the vote": the anchor is an event, not the publication
                // date; the duration rule takes "two hours".
                return None;
            }
            let Some(n) = amount.count() else {
                let value = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return Some(c.value(value));
            };
            if unit == Unit::Year && n == 1 && sign < 0 && ctx.quarterly(range.start) {
                return Some(c.maybe_value(ctx.quarter_value(-5)));
            }
            Some(shift(ctx, c, unit, sign * n))
        }
        Rule::YearAgo => {
            if ctx.quarterly(range.start) {
                return Some(c.maybe_value(ctx.quarter_value(-5)));
            }
            Some(shift(ctx, c, Unit::Year, -1))
        }
        Rule::Holiday => {
            let name = lower(caps, 1)?;
            let explicit = group(caps, 2).and_then(|y| y.parse::<i32>().ok());
            let on = |y: i32| match name.as_str() {
                n if n.starts_with("christmas eve") => cal::ymd(y, 12, 24),
                n if n.starts_with("christmas") => cal::ymd(y, 12, 25),
                n if n.starts_with("new year's eve") => cal::ymd(y, 12, 31),
                n if n.starts_with("new year") => cal::ymd(y, 1, 1),
                n if n.starts_with("independence") || n.starts_with("fourth") => cal::ymd(y, 7, 4),
                n if n.starts_with("halloween") => cal::ymd(y, 10, 31),
                n if n.starts_with("valentine") => cal::ymd(y, 2, 14),
                // The fourth Thursday of November.
                _ => cal::ymd(y, 11, 1).and_then(|first| {
                    add_days(first, (3 - cal::weekday_index(first)).rem_euclid(7) + 21)
                }),
            };
            let date = match (explicit, dct) {
                (Some(y), _) => on(y),
                // Without a written year, a holiday still ahead in a past sentence is last year's.
                (None, Some(p)) => on(i32::from(p.year())).and_then(|d| {
                    if d > p && ctx.tense(range.start) == Tense::Past {
                        on(i32::from(p.year()) - 1)
                    } else {
                        Some(d)
                    }
                }),
                (None, None) => None,
            };
            Some(c.on_day(date))
        }
        Rule::SpelledYear => {
            let text = lower(caps, 0)?;
            let year = if text.contains("thousand") {
                2000 + group(caps, 1)
                    .and_then(lex::amount)
                    .and_then(|a| a.count())
                    .unwrap_or(0)
            } else {
                let century = lex::amount(group(caps, 2)?)?.count()?;
                let rest = lex::amount(group(caps, 3)?)?.count()?;
                century * 100 + rest
            };
            Some(c.in_year(i32::try_from(year).ok()))
        }
        Rule::Anchored => Some(c),
        Rule::RelativeUnit => {
            let which = lower(caps, 2)?;
            let unit = Unit::parse(group(caps, 3)?)?;
            let offset = match which.as_str() {
                "last" | "past" => -1,
                "next" | "coming" => 1,
                "this" | "current" | "the current" => 0,
                "the" => {
                    // "the year" alone is only a date after "earlier/later in".
                    caps.get(1)?;
                    0
                }
                _ => {
                    // "the past year", "the next month": a stretch of time.
                    let mut c = c;
                    c.kind = TimexKind::Duration;
                    return Some(c.value(unit.duration(&Amount::Count(1))));
                }
            };
            Some(shift(ctx, c, unit, offset))
        }
        Rule::Weekend => {
            let which = lower(caps, 1)?;
            let dct = dct?;
            let today = cal::weekday_index(dct);
            let in_weekend = today >= 5;
            let this_saturday = add_days(dct, 5 - today);
            let previous_saturday = add_days(dct, -((today - 5).rem_euclid(7)));
            let saturday = match which.as_str() {
                "last" | "past" => {
                    if in_weekend {
                        previous_saturday.and_then(|d| add_days(d, -7))
                    } else {
                        previous_saturday
                    }
                }
                "next" | "coming" => {
                    if in_weekend {
                        this_saturday.and_then(|d| add_days(d, 7))
                    } else {
                        this_saturday
                    }
                }
                _ if in_weekend => previous_saturday,
                "this" if ctx.tense(range.start) != Tense::Past => this_saturday,
                _ if ctx.tense(range.start) == Tense::Future => this_saturday,
                _ => previous_saturday,
            };
            let mut c = c;
            if let Some(sat) = saturday {
                c.value = Some(format!("{}-WE", cal::week_value(sat)));
                c.when = add_days(sat, 1).and_then(|sun| cal::period_when(sat, sun));
            }
            Some(c)
        }
        Rule::Quarter => {
            let det = lower(caps, 1).unwrap_or_default();
            let q = match group(caps, 2)?.to_ascii_lowercase().get(..2)? {
                "fi" | "1s" => 1,
                "se" | "2n" => 2,
                "th" | "3r" => 3,
                _ => 4,
            };
            let year = if let Some(y) = group(caps, 3) {
                y.parse().ok()
            } else if let Some(y) = det.strip_prefix("the ").and_then(|d| d.parse::<i32>().ok()) {
                Some(y)
            } else {
                dct.map(|d| {
                    let y = i32::from(d.year());
                    match det.as_str() {
                        "last year's" | "the year-ago" | "the year-earlier" => y - 1,
                        "next year's" => y + 1,
                        "this year's" => y,
                        _ if q > cal::quarter_of(d) && ctx.tense(range.start) == Tense::Past => {
                            y - 1
                        }
                        _ => y,
                    }
                })
            };
            Some(c.maybe_value(year.map(|y| format!("{y:04}-Q{q}"))))
        }
        Rule::QuarterRef => {
            let det = lower(caps, 1)?;
            let modifier = lower(caps, 2).unwrap_or_default();
            let noun = lower(caps, 3)?;
            if noun == "period" && modifier.is_empty() {
                return None;
            }
            let offset = match (det.as_str(), modifier.as_str()) {
                ("last", _) | (_, "previous" | "past" | "latest" | "most recent") => -1,
                ("next", _) => 1,
                ("this", _) | (_, "current") => 0,
                (_, m) if m.contains("year-") || m.contains("comparable") => -5,
                _ => -1,
            };
            Some(c.maybe_value(ctx.quarter_value(offset)))
        }
        Rule::Weekday => {
            let modifier = lower(caps, 1).unwrap_or_default();
            let weekday = lex::weekday_number(group(caps, 2)?)?;
            let part = group(caps, 4).map(|p| p.trim_end_matches(['s', 'S']));
            if caps.get(3).is_some() || group(caps, 4).is_some_and(|p| p.ends_with(['s', 'S'])) {
                let mut c = Candidate::new(range, TimexKind::Set);
                let part = part.and_then(lex::part_of_day).unwrap_or("");
                let suffix = if part.is_empty() {
                    String::new()
                } else {
                    format!("T{part}")
                };
                c.value = Some(format!("XXXX-WXX-{}{suffix}", weekday + 1));
                return Some(c);
            }
            let direction = match modifier.as_str() {
                "last" | "past" => Direction::Before,
                "next" => Direction::After,
                "coming" => Direction::OnOrAfter,
                _ => {
                    let day_span = caps.get(2)?.range();
                    if ctx.weekday_is_future(day_span) {
                        Direction::OnOrAfter
                    } else {
                        Direction::OnOrBefore
                    }
                }
            };
            let date = dct.and_then(|d| weekday_date(d, weekday, direction));
            match part.and_then(lex::part_of_day) {
                Some(p) => Some(c.at_time_of_day(date, p)),
                None => {
                    let mut c = c.on_day(date);
                    if c.day.is_none() {
                        c.value = None;
                    }
                    Some(c)
                }
            }
        }
        Rule::Month => {
            let name = group(caps, 2)?;
            let month = lex::month_number(name)?;
            let modifier = lower(caps, 1).unwrap_or_default();
            let explicit = group(caps, 3).and_then(|y| y.parse::<i32>().ok());
            let of_year = lower(caps, 4);
            if modifier.is_empty() && explicit.is_none() && of_year.is_none() {
                // A bare month name must look like a date: not a person ("April Smith"),
                // and "May"/"March" only after a preposition.
                let prev = context::previous_word(ctx.text, range.start);
                let next = context::next_word(ctx.text, range.end);
                let after = ctx.text.get(range.end..).unwrap_or("");
                let preposition = matches!(
                    prev.as_str(),
                    "in" | "since"
                        | "by"
                        | "until"
                        | "till"
                        | "from"
                        | "through"
                        | "during"
                        | "before"
                        | "after"
                        | "of"
                        | "to"
                        | "and"
                        | "or"
                        | "between"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "this"
                        | "next"
                        | "end"
                        | "for"
                        | "throughout"
                );
                let capitalised_next = next.chars().next().is_some_and(char::is_uppercase)
                    && !after.starts_with([',', '.', ';', ':', '\'']);
                if capitalised_next || (matches!(month, 3 | 5) && !preposition) {
                    return None;
                }
            }
            let year = if let Some(y) = explicit {
                Some(y)
            } else if let Some(which) = of_year {
                dct.map(|d| {
                    i32::from(d.year())
                        + match which.as_str() {
                            "last" => -1,
                            "next" => 1,
                            _ => 0,
                        }
                })
            } else {
                let dct_month = dct.map(|d| u32::try_from(d.month()).unwrap_or(1));
                match (modifier.rsplit(' ').next(), dct, dct_month) {
                    (Some("last"), Some(d), Some(dm)) => {
                        Some(i32::from(d.year()) - i32::from(month >= dm))
                    }
                    (Some("next"), Some(d), Some(dm)) => {
                        Some(i32::from(d.year()) + i32::from(month <= dm))
                    }
                    (Some("this"), Some(d), _) => Some(i32::from(d.year())),
                    _ => infer_year(ctx, range.start, month, None),
                }
            };
            Some(c.in_month(year.and_then(|y| cal::month_start(y, month))))
        }
        Rule::Season => {
            let det = lower(caps, 2);
            let season = lower(caps, 3)?;
            let explicit = group(caps, 4).and_then(|y| y.parse::<i32>().ok());
            let prev =
                context::previous_word(ctx.text, caps.get(2).map_or(range.start, |m| m.start()));
            let dated = explicit.is_some()
                || matches!(det.as_deref(), Some("last" | "this" | "next"))
                || (det.as_deref() == Some("the")
                    && matches!(
                        prev.as_str(),
                        "in" | "during" | "by" | "until" | "since" | "over" | "through"
                    ));
            if !dated {
                return None;
            }
            let code = match season.as_str() {
                "spring" => "SP",
                "summer" => "SU",
                "winter" => "WI",
                _ => "FA",
            };
            let year = explicit.or_else(|| {
                let d = dct?;
                // January and February belong to the winter that began the year before.
                let y = i32::from(d.year()) - i32::from(d.month() <= 2);
                let current = match d.month() {
                    3..=5 => "SP",
                    6..=8 => "SU",
                    9..=11 => "FA",
                    _ => "WI",
                };
                let order = |s: &str| ["SP", "SU", "FA", "WI"].iter().position(|x| *x == s);
                let (here, there) = (order(current)?, order(code)?);
                Some(match det.as_deref() {
                    Some("last") => y - i32::from(there >= here),
                    Some("next") => y + i32::from(there <= here),
                    _ if there > here && ctx.tense(range.start) == Tense::Past => y - 1,
                    _ => y,
                })
            });
            Some(c.maybe_value(year.map(|y| format!("{y:04}-{code}"))))
        }
        Rule::Decade => {
            let value = if let Some(d) = group(caps, 2) {
                format!("{d}X")
            } else {
                format!("19{}X", group(caps, 3)?)
            };
            Some(c.value(value))
        }
        Rule::Year => {
            let y: i32 = group(caps, 2)?.parse().ok()?;
            let has_prefix = caps.get(1).is_some();
            let start = caps.get(2)?.start();
            if !has_prefix && !year_in_context(ctx, start, range.end) {
                return None;
            }
            Some(c.in_year(Some(y)))
        }
        Rule::Set => {
            let mut c = Candidate::new(range, TimexKind::Set);
            let value = if let Some(w) = group(caps, 1) {
                if let Some(wd) = lex::weekday_number(w).filter(|_| w.len() > 5) {
                    format!("XXXX-WXX-{}", wd + 1)
                } else if let Some(m) = lex::month_number(w).filter(|_| w.len() > 4) {
                    format!("XXXX-{m:02}")
                } else {
                    match w.to_ascii_lowercase().as_str() {
                        "morning" => "XXXX-XX-XXTMO".to_string(),
                        "evening" => "XXXX-XX-XXTEV".to_string(),
                        "night" => "XXXX-XX-XXTNI".to_string(),
                        "weekend" => "XXXX-WXX-WE".to_string(),
                        other => Unit::parse(other)?.duration(&Amount::Count(1)),
                    }
                }
            } else if let Some(adverb) = lower(caps, 2) {
                match adverb.as_str() {
                    "daily" => "P1D",
                    "weekly" => "P1W",
                    "monthly" => "P1M",
                    "hourly" => "PT1H",
                    "nightly" => "XXXX-XX-XXTNI",
                    _ => "P1Y",
                }
                .to_string()
            } else {
                Unit::parse(group(caps, 3)?)?.duration(&Amount::Count(1))
            };
            c.value = Some(value);
            Some(c)
        }
        Rule::Duration => {
            let number = group(caps, 1)?;
            let amount = lex::amount(number)?;
            let unit = Unit::parse(group(caps, 2)?)?;
            let article = matches!(number.to_ascii_lowercase().as_str(), "a" | "an");
            let plural = group(caps, 2)?.ends_with(['s', 'S']);
            if article && (unit == Unit::Second || plural) {
                return None;
            }
            // "some day" and "many a year" are not durations; "a 1988 day" never matched.
            if matches!(number.to_ascii_lowercase().as_str(), "some")
                && matches!(unit, Unit::Day | Unit::Week)
            {
                return None;
            }
            let mut c = Candidate::new(range, TimexKind::Duration);
            c.value = Some(unit.duration(&amount));
            Some(c)
        }
        Rule::HyphenDuration => {
            if whole.as_str().to_ascii_lowercase().ends_with("-old") {
                // "a 6-year-old boy" describes a person, not a stretch of time.
                return None;
            }
            let amount = lex::amount(group(caps, 1)?)?;
            let unit = Unit::parse(group(caps, 2)?)?;
            let mut c = Candidate::new(range, TimexKind::Duration);
            c.value = Some(unit.duration(&amount));
            Some(c)
        }
        Rule::LongDuration => {
            let unit = Unit::parse(group(caps, 1)?)?;
            let mut c = Candidate::new(range, TimexKind::Duration);
            c.value = Some(unit.duration(&Amount::Vague));
            Some(c)
        }
        Rule::BarePlural => {
            let m = caps.get(1)?;
            let unit = Unit::parse(m.as_str())?;
            let mut c = Candidate::new(m.range(), TimexKind::Duration);
            c.value = Some(unit.duration(&Amount::Vague));
            Some(c)
        }
        Rule::Reference => {
            let word = lower(caps, 1)?;
            let next = context::next_word(ctx.text, range.end).to_ascii_lowercase();
            let value = match word.as_str() {
                "current" if next.starts_with("account") || next == "affairs" => return None,
                "now" | "right now" | "currently" | "nowadays" | "these days" | "at present"
                | "current" => "PRESENT_REF",
                w if w.contains("future") || w.contains("coming") => "FUTURE_REF",
                _ => "PAST_REF",
            };
            Some(c.value(value))
        }
    }
}

/// The period `offset` units away from the publication date, at the unit's precision.
fn shift(ctx: &Ctx<'_>, c: Candidate, unit: Unit, offset: i64) -> Candidate {
    let Some(dct) = ctx.dct else {
        return c;
    };
    match unit {
        Unit::Day => c.on_day(add_days(dct, offset)),
        Unit::Week => c.in_week(offset.checked_mul(7).and_then(|d| add_days(dct, d))),
        Unit::Month => c.in_month(add_months(dct, offset)),
        Unit::Quarter => {
            let index = i64::from(dct.year()) * 4 + i64::from(cal::quarter_of(dct)) - 1 + offset;
            c.value(format!(
                "{:04}-Q{}",
                index.div_euclid(4),
                index.rem_euclid(4) + 1
            ))
        }
        Unit::Year => {
            let year = add_years(dct, offset).map(|d| i32::from(d.year()));
            c.in_year(year)
        }
        Unit::Decade => {
            let year = offset
                .checked_mul(10)
                .and_then(|y| add_years(dct, y))
                .map(|d| i32::from(d.year()));
            if offset == 0 {
                let mut c = c;
                c.value = year.map(|y| format!("{}X", y / 10));
                return c;
            }
            c.in_year(year)
        }
        Unit::Century => {
            let mut c = c;
            c.value = offset
                .checked_mul(100)
                .and_then(|y| add_years(dct, y))
                .map(|d| format!("{:02}", d.year() / 100));
            c
        }
        Unit::Hour | Unit::Minute | Unit::Second => c,
    }
}

/// Whether a four-digit number at `start..end` reads as a year: after a temporal
/// preposition ("in 2021", "since 2022", "by 2030"), attached to "pre-"/"post-"/"mid-",
/// in "the 2016 election", as "2021's", or in a list right after another year.
fn year_in_context(ctx: &Ctx<'_>, start: usize, end: usize) -> bool {
    let text = ctx.text;
    let before = ctx.before(start, 6);
    let after = text.get(end..).unwrap_or("");
    if before.ends_with('$') || before.ends_with('#') || after.starts_with('%') {
        return false;
    }
    let next = context::next_word(text, end);
    let mut after_chars = after.chars();
    let decimal = matches!(after_chars.next(), Some('.' | ',' | ':'))
        && after_chars.next().is_some_and(|c| c.is_ascii_digit());
    if next.eq_ignore_ascii_case("percent") || decimal {
        return false;
    }
    let lower_before = before.to_ascii_lowercase();
    if ["pre-", "post-", "mid-", "late-", "early-"]
        .iter()
        .any(|p| lower_before.ends_with(p))
    {
        return true;
    }
    if after.starts_with("'s") || after.starts_with("\u{2019}s") {
        return true;
    }
    let prev = context::previous_word(text, start);
    // "the company's 1989 results", "in 1994, 1995 and 1997"
    let possessive = ctx.before(start, 3).trim_end().ends_with("'s");
    let after_year = prev.len() == 4 && prev.starts_with(['1', '2']) && prev.parse::<u32>().is_ok();
    if possessive || after_year {
        return true;
    }
    match prev.as_str() {
        "in" | "since" | "by" | "until" | "till" | "of" | "from" | "through" | "before"
        | "after" | "during" | "between" | "circa" | "around" | "throughout" | "for" | "year"
        | "early" | "late" | "mid" | "summer" | "spring" | "autumn" | "fall" | "winter"
        | "season" | "class" | "into" | "due" | "both" | "to" | "dating" | "at" => true,
        "and" | "or" | "and/or" => {
            let window = ctx.before(start, 30);
            window.as_bytes().windows(4).any(|w| {
                w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20" | b"18")
            })
        }
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "that" | "this" => {
            next.chars().next().is_some_and(char::is_alphabetic)
        }
        _ => false,
    }
}
