//! The rules: one precompiled regex per family of expressions, each with a normaliser that
//! turns a match into a candidate. Candidates are then chosen leftmost-longest.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use crate::calendar::{self as cal, add_days, add_months, add_years};
use crate::context::{self, Sentences, Tense};
use crate::lexicon::{
    self as lex, Amount, FULL_MONTH, MONTH, NUM, NUM_WORD, SPELLED_YEAR, UNIT, Unit, WEEKDAY,
    WEEKDAY_ABBR,
};
use crate::triggers::{Prefilter, Words};
use crate::{MONTHS, WEEKDAYS};
use crate::{Precision, Timex, TimexKind, When};

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
    Half,
    Century,
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
    rules: Vec<(Rule, Pattern)>,
    /// The trigger words of `rules`, in the same order.
    prefilter: Prefilter,
}

/// A rule's regex, with a looser twin that finds the few places where it can match.
///
/// The rules need Unicode `\b`, which the regex crate's lazy DFA gives up on at the first
/// non-ASCII byte (a curly quote is enough), so each rule would scan nearly every article
/// with the backtracker or the PikeVM. The twin is the same pattern without its `\b`
/// assertions: it matches wherever the rule does (and a little more), runs on the lazy DFA
/// over any text, and the rule itself is then only tried, anchored, where the twin matches.
struct Pattern {
    exact: meta::Regex,
    loose: meta::Regex,
}

impl Pattern {
    fn new(src: &str) -> Self {
        let build = |src: &str| meta::Regex::new(src).expect("valid rule regex");
        Pattern {
            exact: build(src),
            // `\b` is only ever a zero-width assertion in the rules, so removing it can
            // only relax the pattern.
            loose: build(&src.replace(r"\b", "")),
        }
    }

    /// Calls `f` on each match in `text`, as `Regex::captures_iter` finds them: leftmost
    /// first, then the next one from where it ended.
    ///
    /// Only matches inside `windows` (sorted, disjoint byte ranges) are looked for.
    fn for_each_match(&self, text: &str, windows: &[Range<usize>], mut f: impl FnMut(&Caps<'_>)) {
        let mut caps = self.exact.create_captures();
        let mut at = 0;
        for window in windows {
            at = at.max(window.start);
            // The leftmost match can only start where the twin matches: try those places
            // in order.
            while at < window.end
                && let Some(candidate) = self.loose.search(&Input::new(text).range(at..window.end))
            {
                let start = candidate.start();
                // Every match lies inside a window, so the search need not look beyond it
                // (which also keeps the backtracker's memory small); `\b` still sees past it.
                let input = Input::new(text)
                    .range(start..window.end)
                    .anchored(Anchored::Yes);
                self.exact.search_captures(&input, &mut caps);
                at = match caps.get_match() {
                    // An empty match would never make a candidate; no rule has one anyway.
                    Some(m) if !m.is_empty() => {
                        f(&Caps { text, caps: &caps });
                        m.end()
                    }
                    // Not here: on to the twin's next match, one character on.
                    _ => start + text[start..].chars().next().map_or(1, char::len_utf8),
                };
            }
        }
    }
}

/// The capture groups of one match of a rule.
struct Caps<'t> {
    text: &'t str,
    caps: &'t Captures,
}

impl<'t> Caps<'t> {
    /// The byte range of group `i` (0 is the whole match), if it took part.
    fn span(&self, i: usize) -> Option<Range<usize>> {
        self.caps.get_group(i).map(|s| s.range())
    }
}

static TAGGER: LazyLock<Tagger> = LazyLock::new(Tagger::new);

impl Tagger {
    fn new() -> Self {
        let specs = Self::specs();
        let prefilter = Prefilter::new(specs.iter().map(|(_, src, words)| (*words, src.as_str())));
        let rules = specs
            .into_iter()
            .map(|(rule, src, _)| (rule, Pattern::new(&src)))
            .collect();
        Tagger { rules, prefilter }
    }

    /// The rules, their regexes and their trigger words, in priority order.
    ///
    /// Every match of a rule contains one of its trigger words, so that a rule is only run
    /// around them: see `triggers.rs`. The tests check this on every match in the shared
    /// corpora.
    fn specs() -> Vec<(Rule, String, Words)> {
        let year = r"((?:1[89]|20)\d\d)";
        vec![
            (
                Rule::MonthDay,
                format!(
                    r"\b(?:({WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:(?i:(early|mid|late))[\s-]+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?"
                ),
                Words::Exact(MONTH_TRIGGERS),
            ),
            (
                Rule::DayMonth,
                format!(
                    r"\b(?:({WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})(?:,?\s+{year}\b)?"
                ),
                Words::Exact(MONTH_TRIGGERS),
            ),
            (
                Rule::Iso,
                r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b".to_string(),
                Words::AnyCase(&["-0", "-1"]),
            ),
            (
                Rule::Slash,
                r"\b(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/((?:19|20)\d\d)\b".to_string(),
                Words::AnyCase(&["/19", "/20"]),
            ),
            (
                Rule::Time,
                r"(?i)\b(?:(?:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3]):([0-5]\d)\b)(?:\s+(local\s+time|(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T)\b))?".to_string(),
                Words::Digit,
            ),
            (
                Rule::ClockWord,
                r"(?i)\b(noon|midday|midnight)\b".to_string(),
                Words::AnyCase(&["noon", "midday", "midnight"]),
            ),
            (
                Rule::DayWord,
                r"(?i)\b(?:(early|late|earlier|later|(?:mid-?)?(?:morning|afternoon|evening))\s+)?(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(morning|afternoon|evening|night))?\b".to_string(),
                Words::AnyCase(&[
                        "today",
                        "yesterday",
                        "tomorrow",
                        "tonight",
                        "night",
                        "morning",
                        "afternoon",
                        "evening",
                ]),
            ),
            (
                Rule::Ago,
                format!(
                    r"(?i)\b(?:(?:about|nearly|almost|some|roughly|around|more\s+than|less\s+than|over|just|only|barely)\s+)?({NUM})\s+({UNIT})(?:\s+or\s+so)?\s+(ago|earlier|later|before|after|from\s+now|hence)\b"
                ),
                Words::AnyCase(UNIT_TRIGGERS),
            ),
            (
                Rule::YearAgo,
                r"(?i)\byear-(?:ago|earlier)\b".to_string(),
                Words::AnyCase(&["year-"]),
            ),
            (
                Rule::Holiday,
                r"(?i)\b((?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Independence\s+Day|Fourth\s+of\s+July|Halloween|Valentine's\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day))(?:\s+((?:19|20)\d\d)\b)?".to_string(),
                Words::Exact(&[
                        "Christmas",
                        "Year's",
                        "Independence",
                        "Fourth",
                        "Halloween",
                        "Valentine",
                        "Thanksgiving",
                        "Election",
                ]),
            ),
            (
                Rule::SpelledYear,
                format!(r"(?i)\b(?:the\s+year\s+)?({SPELLED_YEAR})\b"),
                Words::AnyCase(&["thousand", "nineteen", "eighteen"]),
            ),
            (
                Rule::Anchored,
                r"(?i)\b(?:(?:earlier|later)\s+)?(?:the\s+(?:previous|following|same|next)\s+day|that\s+(?:day|night|morning|afternoon|evening|week|month|year)|the\s+day\s+(?:before|after)|(?:a|one)\s+day\s+(?:before|after)|the\s+(?:previous|following)\s+(?:week|month|year))\b".to_string(),
                Words::AnyCase(&[
                        "day", "night", "morning", "afternoon", "evening", "week", "month", "year",
                ]),
            ),
            (
                Rule::RelativeUnit,
                r"(?i)\b(?:(early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+rest\s+of)[\s-]+(?:in\s+)?)?(last|this|next|past|coming|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|the\s+latest|the\s+full|the)\s+(?:fiscal\s+)?(week|month|year|decade|century)\b".to_string(),
                Words::AnyCase(&["week", "month", "year", "decade", "century"]),
            ),
            (
                Rule::Weekend,
                r"(?i)\b(?:(last|this|next|past|coming|the)\s+)weekend\b".to_string(),
                Words::AnyCase(&["weekend"]),
            ),
            (
                Rule::Quarter,
                r"(?i)\b(?:(the|this|that|its|a|last\s+year's|this\s+year's|next\s+year's|the\s+year-ago|the\s+year-earlier|the\s+comparable|the\s+(?:19|20)\d\d)\s+)?(?:(?:flat|fiscal|latest|current)[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+of\s+((?:19|20)\d\d)\b)?".to_string(),
                Words::AnyCase(&["quarter"]),
            ),
            (
                Rule::QuarterRef,
                r"(?i)\b(the|this|that|last|next)\s+(?:(latest|current|previous|past|year-ago|year-earlier|comparable(?:\s+year-ago)?|most\s+recent)\s+)?(?:((?:19|20)\d\d)\s+)?(quarter|period)\b(\s+a\s+year\s+(?:ago|earlier))?".to_string(),
                Words::AnyCase(&["quarter", "period"]),
            ),
            (
                Rule::Half,
                r"(?i)\b(?:the\s+)?(first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+((?:19|20)\d\d)\b".to_string(),
                Words::AnyCase(&["half", "quarter"]),
            ),
            (
                Rule::Century,
                r"(?i)\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first))[\s-]+century\b".to_string(),
                Words::AnyCase(&["century"]),
            ),
            (
                Rule::Weekday,
                format!(
                    r"\b(?:((?i:last|this|next|coming|past|early|late|earlier|later|the\s+previous|the\s+following|the\s+prior))\s+)?({WEEKDAY})(s)?(?:\s+((?i:morning|afternoon|evening|night)s?))?\b"
                ),
                Words::Exact(&WEEKDAYS),
            ),
            (
                Rule::Month,
                format!(
                    r"\b(?:((?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|last|this|next|early\s+last|late\s+last|early\s+next|late\s+next))[\s-]+)?({FULL_MONTH})(?:,?\s+{year}\b|\s+(?i:(?:of\s+)?(last|this|next)\s+year)\b|\s+(?i:({SPELLED_YEAR}))\b|\s+(?i:(of\s+that\s+year))\b)?"
                ),
                Words::Exact(&FULL_MONTH_TRIGGERS),
            ),
            (
                Rule::Season,
                format!(
                    r"(?i)\b(?:(the)\s+)?(?:(early|late|mid)[\s-]+)?(?:(last|this|next|the|this\s+past)\s+)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?:((?:19|20)\d\d)|({SPELLED_YEAR}))\b)?"
                ),
                Words::AnyCase(&["spring", "summer", "autumn", "fall", "winter"]),
            ),
            (
                Rule::Decade,
                r"(?i)(?:\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?)?(?:\b((?:1[89]|20)\d)0s|'(\d)0s)\b".to_string(),
                Words::AnyCase(&["0s"]),
            ),
            (
                Rule::Year,
                format!(r"\b(?:((?i:fiscal|calendar|the\s+year))[\s-]+)?{year}\b"),
                Words::AnyCase(&["18", "19", "20"]),
            ),
            (
                Rule::Set,
                format!(
                    r"(?i)\b(?:(?:every|each)\s+(?:other\s+)?(day|week|month|year|quarter|morning|night|evening|weekend|hour|(?-i:{WEEKDAY}|{FULL_MONTH}))|(daily|weekly|monthly|annually|yearly|hourly|nightly)|(?:once|twice|three\s+times|several\s+times)\s+a\s+(day|week|month|year))\b"
                ),
                Words::AnyCase(&[
                        "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
                        "nightly", "once", "twice", "times",
                ]),
            ),
            (
                Rule::Duration,
                format!(
                    r"(?i)\b(?:the\s+(?:(?:first|past|last|next|latest|coming|previous|final|remaining|following|same|initial|year-earlier)\s+)?|(?:first|past|last|next|coming)\s+)?(?:(?:about|nearly|almost|roughly|some|around|more\s+than|less\s+than|at\s+least|over|up\s+to|only|just)\s+)?({NUM})\s+(?:more\s+|full\s+|straight\s+|consecutive\s+)?({UNIT})\b(?:\s+old\b)?"
                ),
                Words::AnyCase(UNIT_TRIGGERS),
            ),
            (
                Rule::HyphenDuration,
                format!(
                    r"(?i)\b({NUM_WORD})-(year|month|week|day|hour|minute|second|decade|century)(?:-(?:old|long))?\b"
                ),
                Words::AnyCase(UNIT_TRIGGERS),
            ),
            (
                Rule::LongDuration,
                r"(?i)\b(years|months|weeks|days|hours|decades|centuries)-long\b".to_string(),
                Words::AnyCase(&["-long"]),
            ),
            (
                Rule::BarePlural,
                r"(?i)\b(?:for|in|over|within|after)\s+(years|months|weeks|days|decades|hours|centuries)\b".to_string(),
                Words::AnyCase(UNIT_TRIGGERS),
            ),
            (
                Rule::Reference,
                r"(?i)\b(right\s+now|now|currently|nowadays|these\s+days|at\s+present|recently|lately|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+past|recent\s+(?:days|weeks|months|years)|(?:the\s+)?coming\s+(?:days|weeks|months|years)|current)\b".to_string(),
                Words::AnyCase(&[
                        "now", "current", "days", "present", "recent", "lately", "future", "past", "coming",
                ]),
            ),
        ]
    }
}

/// Trigger words of the rules with a month name (`MONTH`, full or abbreviated), as
/// written: the names are case-sensitive.
const MONTH_TRIGGERS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Trigger words of the rules with a full month name (`FULL_MONTH`): the months and
/// "Sept".
const FULL_MONTH_TRIGGERS: [&str; 13] = {
    let mut words = ["Sept"; 13];
    let mut i = 0;
    while i < MONTHS.len() {
        words[i] = MONTHS[i];
        i += 1;
    }
    words
};

/// Trigger words of the rules with a unit (`UNIT`): "centur" stands for "century" and
/// "centuries".
const UNIT_TRIGGERS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "centur", "quarter",
];

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
    /// For an expression that refers back to one named earlier, how to resolve it.
    anchor: Option<Anchor>,
    /// For a named fiscal quarter ("the third quarter"), its year and number, which later
    /// references ("the quarter", "a year earlier") in the document build on.
    quarter: Option<(i32, i32)>,
    priority: usize,
}

/// How an expression depends on the one named before it in the document (its reference
/// time) rather than on the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    /// "the quarter", "the latest period", "that quarter": the quarter last named.
    Quarter,
    /// "a year earlier" in quarterly results, "the year-ago quarter": the quarter last
    /// named, a year before.
    QuarterYearBefore,
    /// "a year ago" near talk of quarters: the quarter last named, a year before, or
    /// else simply the year before.
    YearAgo,
    /// "the 1988 quarter", "the 1989 period": the quarter last named, in that year.
    QuarterOfYear(i32),
    /// "March of that year": the month in the year last named.
    MonthOfThatYear(u32),
    /// "the previous Friday", "the following Monday": that weekday before or after the
    /// day last named.
    Weekday { weekday: i64, direction: Direction },
    /// "that year", "the following month", "earlier that day": the date last named,
    /// moved by `offset` units, with an optional part of the day.
    Reference {
        unit: Unit,
        offset: i64,
        part: Option<&'static str>,
    },
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
            anchor: None,
            quarter: None,
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

    fn anchored(mut self, anchor: Anchor) -> Self {
        self.anchor = Some(anchor);
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
        context::tense(self.around(pos, 60))
    }

    /// The text within `n` bytes either side of `pos`, in its sentence.
    fn around(&self, pos: usize, n: usize) -> &str {
        let sentence = self.sentences.around(pos);
        let mut start = pos.saturating_sub(n).max(sentence.start);
        let mut end = (pos + n).min(sentence.end).min(self.text.len());
        while start > 0 && !self.text.is_char_boundary(start) {
            start -= 1;
        }
        while end < self.text.len() && !self.text.is_char_boundary(end) {
            end += 1;
        }
        self.text.get(start..end).unwrap_or("")
    }

    /// The tense of the clause that leads up to `pos`: from the last comma, semicolon,
    /// "and" or "but" in its sentence ("Officials met over the weekend and will meet
    /// again over the weekend").
    fn leading_clause_tense(&self, pos: usize) -> Tense {
        let sentence = self.sentences.around(pos);
        let lead = self.text.get(sentence.start..pos).unwrap_or("");
        let start = [",", ";", ":", " and ", " but "]
            .iter()
            .filter_map(|b| lead.rfind(b).map(|i| i + b.len()))
            .max()
            .unwrap_or(0);
        context::tense(&lead[start..])
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// How far ahead of the publication date (in months) a month written without a year may
/// lie in the next calendar year when nothing in its clause says which way to look:
/// "January" in December is the coming one, "April" in December last April.
const NEXT_YEAR_REACH: f64 = 2.0;

/// How far ahead (in months) it may lie within the publication year: news reports the past,
/// so from half a year ahead on it is last year's ("in October" in January, "in December"
/// in May), but "in November" in June is the coming one.
const THIS_YEAR_REACH: f64 = 5.0;

/// How far ahead into the next year a deadline ("through March", "by February", "until
/// Jan. 19") may reach; within the publication year a deadline never looks back.
const DEADLINE_REACH: f64 = 6.0;

/// The year of a month (and day) written without one, by the news strategy. In a past
/// clause it is the latest such date on or before the publication date, in a future clause
/// the next one (unless it lies only just behind). Otherwise it is the publication year,
/// unless the date lies so far ahead that it is last year's or so shortly ahead across New
/// Year that it is next year's. A deadline ("by May", "until January", "extended to
/// Nov. 16") is not held back by a past clause.
fn infer_year(ctx: &Ctx<'_>, pos: usize, month: u32, day: Option<u32>) -> Option<i32> {
    let dct = ctx.dct?;
    let year = i32::from(dct.year());
    // A firm future anywhere in the sentence counts; a past only close by, since a past
    // reporting clause often frames a future date.
    let local = match ctx.local_tense(pos) {
        Tense::Unknown if context::firm_future(ctx.sentence(pos)) => Tense::Future,
        Tense::Unknown if context::looks_ahead(ctx.around(pos, 40)) => Tense::Future,
        known => known,
    };
    let previous = context::previous_word(ctx.text, pos);
    // "signed in January", "died in February", "since taking office in January"
    let lead: Vec<String> = ctx
        .before(pos, 40)
        .split_whitespace()
        .rev()
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let past_verb = |w: &str| {
        w.ends_with("ed")
            && w.len() > 4
            && !matches!(
                w,
                "scheduled" | "expected" | "planned" | "slated" | "proposed"
            )
    };
    let looks_back = lead.iter().any(|w| w == "since")
        || (matches!(previous.as_str(), "in" | "on" | "during")
            && lead.get(1).is_some_and(|w| past_verb(w))
            && lead.get(2).is_none_or(|w| w != "be"));
    let deadline = matches!(
        previous.as_str(),
        "by" | "until" | "till" | "through" | "before"
    );
    let tense = match previous.as_str() {
        "last" | "since" | "ended" => Tense::Past,
        // "issued July 1", "signed March 3": a past participle right before the date.
        w if past_verb(w) => Tense::Past,
        _ if looks_back => Tense::Past,
        "next" => Tense::Future,
        _ if deadline && local != Tense::Future => Tense::Unknown,
        // "was extended to Nov. 16": the past verb does not date the target.
        "to" if local == Tense::Past => Tense::Unknown,
        _ => local,
    };
    // Months from the publication date to the date in year `y`; a day counts as a fraction.
    let fraction = |d: u32| f64::from(d) / 32.0;
    let day_offset = day.map_or(0.0, |d| {
        fraction(d) - fraction(u32::try_from(dct.day()).unwrap_or(1))
    });
    let dct_month = i32::from(dct.month());
    let month = i32::try_from(month).ok()?;
    let offset = |y: i32| f64::from((y - year) * 12 + month - dct_month) + day_offset;
    Some(match tense {
        Tense::Past if offset(year) > 0.0 => year - 1,
        Tense::Future if offset(year) <= -2.0 => year + 1,
        Tense::Past | Tense::Future => year,
        Tense::Unknown => {
            let (next_year, this_year) = if deadline {
                (DEADLINE_REACH, 12.0)
            } else {
                (NEXT_YEAR_REACH, THIS_YEAR_REACH)
            };
            if offset(year + 1) <= next_year {
                year + 1
            } else if offset(year) <= this_year {
                year
            } else {
                year - 1
            }
        }
    })
}

fn group<'t>(caps: &Caps<'t>, i: usize) -> Option<&'t str> {
    caps.span(i).and_then(|r| caps.text.get(r))
}

fn lower(caps: &Caps<'_>, i: usize) -> Option<String> {
    group(caps, i).map(|s| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    })
}

/// Finds candidates with every rule, keeps the leftmost-longest, then attaches clock times
/// to their days. A rule runs only where its trigger words say it can match.
pub(crate) fn tag(text: &str, dct: Option<Date>) -> Vec<Timex> {
    tag_in(text, dct, &TAGGER.prefilter.windows(text))
}

/// [`tag`] with rule `i` looking for matches only inside `windows[i]`.
fn tag_in(text: &str, dct: Option<Date>, windows: &[Vec<Range<usize>>]) -> Vec<Timex> {
    let ctx = Ctx {
        text,
        dct,
        sentences: Sentences::new(text),
    };
    let mut candidates = Vec::new();
    for (priority, (rule, pattern)) in TAGGER.rules.iter().enumerate() {
        let windows = windows.get(priority).map_or(&[][..], Vec::as_slice);
        pattern.for_each_match(text, windows, |caps| {
            if let Some(mut c) = apply(*rule, caps, &ctx)
                && !c.range.is_empty()
            {
                c.priority = priority;
                candidates.push(c);
            }
        });
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
    let mut chosen = join_day_before(&ctx, add_listed_days(&ctx, chosen));
    resolve_anchors(&ctx, &mut chosen);
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

static LISTED_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:and|or|to|-|–)\s*(\d{1,2})\b(?:st|nd|rd|th)?").expect("valid day list")
});

/// Adds the second day of "April 24 and 25" or "May 3-4": the bare number after a day
/// takes that day's month and year.
fn add_listed_days(ctx: &Ctx<'_>, chosen: Vec<Candidate>) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(chosen.len());
    let mut iter = chosen.into_iter().peekable();
    while let Some(c) = iter.next() {
        let listed = c.day.filter(|_| c.clock.is_none()).and_then(|day| {
            let after = ctx.text.get(c.range.end..)?;
            let caps = LISTED_DAY.captures(after)?;
            let number = caps.get(1)?;
            // "24 and 25.5", "24 and 25,000" or "24 and 25 percent" are numbers, not days.
            let tail = after.get(number.end()..)?;
            let mut chars = tail.chars();
            let continues = matches!(chars.next(), Some('.' | ',' | ':' | '/'))
                && chars.next().is_some_and(|c| c.is_ascii_digit());
            let rest = tail.trim_start().to_ascii_lowercase();
            if continues || rest.starts_with('%') || rest.starts_with("percent") {
                return None;
            }
            let n: u32 = number.as_str().parse().ok()?;
            if n <= u32::try_from(day.day()).ok()? {
                return None;
            }
            let date = cal::ymd(i32::from(day.year()), u32::try_from(day.month()).ok()?, n)?;
            let start = c.range.end + number.start();
            let end = c.range.end + caps.get(0)?.end();
            if iter.peek().is_some_and(|next| next.range.start < end) {
                return None;
            }
            Some(Candidate::new(start..end, TimexKind::Date).on_day(Some(date)))
        });
        out.push(c);
        out.extend(listed);
    }
    out
}

static DAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:the|a|one)\s+day\s+(before|after)$").expect("valid day-before")
});

/// Joins "the day before" with the day right after it: "the day before last Tuesday" is
/// that Tuesday's eve.
fn join_day_before(ctx: &Ctx<'_>, chosen: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(chosen.len());
    for c in chosen {
        let joined = out.last().and_then(|prev| {
            let words = ctx.text.get(prev.range.clone())?;
            let sign = match DAY_BEFORE
                .captures(words)?
                .get(1)?
                .as_str()
                .to_ascii_lowercase()
                .as_str()
            {
                "before" => -1,
                _ => 1,
            };
            let gap = ctx.text.get(prev.range.end..c.range.start)?;
            if !gap.trim().is_empty() || c.clock.is_some() {
                return None;
            }
            let day = add_days(c.day?, sign)?;
            Some(Candidate::new(prev.range.start..c.range.end, TimexKind::Date).on_day(Some(day)))
        });
        match joined {
            Some(j) => {
                out.pop();
                out.push(j);
            }
            None => out.push(c),
        }
    }
    out
}

/// Resolves the expressions that refer back to an earlier one ("that year", "the quarter",
/// "a year earlier" in quarterly results), walking the document in order. Without an
/// earlier expression to lean on they keep the value the publication date gave them.
fn resolve_anchors(ctx: &Ctx<'_>, chosen: &mut [Candidate]) {
    let mut quarter: Option<(i32, i32)> = None;
    // The last date named at day, month and year precision (or finer).
    let mut last: [Option<Date>; 3] = [None; 3];
    let slot = |p: Precision| match p {
        Precision::Year => 0,
        Precision::Month => 1,
        Precision::Day => 2,
    };
    for c in chosen.iter_mut() {
        match c.anchor {
            Some(Anchor::Quarter) => {
                if let Some((y, q)) = quarter {
                    c.value = Some(format!("{y:04}-Q{q}"));
                }
            }
            Some(Anchor::QuarterYearBefore) => {
                if let Some((y, q)) = quarter {
                    c.value = Some(format!("{:04}-Q{q}", y - 1));
                }
            }
            Some(Anchor::YearAgo) => {
                if let Some((y, q)) = quarter {
                    c.value = Some(format!("{:04}-Q{q}", y - 1));
                } else if let Some(d) = ctx.dct {
                    c.value = Some(format!("{:04}", d.year() - 1));
                    c.when = cal::year(i32::from(d.year()) - 1);
                }
            }
            Some(Anchor::QuarterOfYear(y)) => {
                if let Some((_, q)) = quarter {
                    c.value = Some(format!("{y:04}-Q{q}"));
                }
            }
            Some(Anchor::MonthOfThatYear(month)) => {
                let start = last[slot(Precision::Year)]
                    .and_then(|d| cal::month_start(i32::from(d.year()), month));
                *c = Candidate::new(c.range.clone(), c.kind).in_month(start);
            }
            Some(Anchor::Weekday { weekday, direction }) => {
                let reference = last[slot(Precision::Day)];
                if let Some(day) = reference.and_then(|d| weekday_date(d, weekday, direction)) {
                    let part = c
                        .value
                        .as_deref()
                        .and_then(|v| v.split_once('T'))
                        .map(|(_, p)| p.to_string());
                    let resolved = Candidate::new(c.range.clone(), c.kind).on_day(Some(day));
                    c.value = match part {
                        Some(p) => Some(format!("{}T{p}", cal::day_value(day))),
                        None => resolved.value,
                    };
                    c.when = resolved.when;
                    c.day = resolved.day;
                }
            }
            Some(Anchor::Reference { unit, offset, part }) => {
                let wanted = match unit {
                    Unit::Year => Precision::Year,
                    Unit::Month => Precision::Month,
                    _ => Precision::Day,
                };
                if let Some(reference) = last[slot(wanted)] {
                    let resolved = Candidate::new(c.range.clone(), c.kind);
                    let resolved = shift_from(reference, resolved, unit, offset);
                    let resolved = match (part, resolved.day) {
                        (Some(p), day) => resolved.at_time_of_day(day, p),
                        (None, _) => resolved,
                    };
                    c.kind = resolved.kind;
                    c.value = resolved.value;
                    c.when = resolved.when;
                    c.day = resolved.day;
                }
            }
            None => {}
        }
        if quarter.is_none() {
            quarter = c.quarter;
        }
        // "the week of March 6" is that day's week.
        if let Some(day) = c.day
            && c.clock.is_none()
            && ctx
                .before(c.range.start, 12)
                .eq_ignore_ascii_case("the week of ")
        {
            *c =
                Candidate::new(c.range.start - 12..c.range.end, TimexKind::Date).in_week(Some(day));
        }
        if let Some(w) = c.when {
            for entry in &mut last[..=slot(w.precision)] {
                *entry = Some(w.date);
            }
        }
    }
}

static CLOSE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*\([^()]{1,20}\))?(?:\s*,)?\s+(?:on\s+|of\s+)?$").expect("valid separator")
});
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
                if !gap.contains("on") && !gap.contains('(') {
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

fn apply(rule: Rule, caps: &Caps<'_>, ctx: &Ctx<'_>) -> Option<Candidate> {
    let range = caps.span(0)?;
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
                let zoned = caps.span(6).is_some();
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
            // "yesterday afternoon", "mid-afternoon yesterday"
            let lead = lower(caps, 1).map(|w| {
                w.trim_start_matches("mid")
                    .trim_start_matches('-')
                    .to_string()
            });
            let part = group(caps, 3)
                .and_then(lex::part_of_day)
                .or_else(|| lead.as_deref().and_then(lex::part_of_day));
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
                return Some(
                    c.maybe_value(ctx.quarter_value(-5))
                        .anchored(Anchor::YearAgo),
                );
            }
            Some(shift(ctx, c, unit, sign * n))
        }
        Rule::YearAgo => {
            if ctx.quarterly(range.start) {
                return Some(
                    c.maybe_value(ctx.quarter_value(-5))
                        .anchored(Anchor::YearAgo),
                );
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
                // US federal elections: the Tuesday after the first Monday of November.
                n if n.starts_with("election") => cal::ymd(y, 11, 2).and_then(|second| {
                    add_days(second, (1 - cal::weekday_index(second)).rem_euclid(7))
                }),
                // The fourth Thursday of November.
                _ => cal::ymd(y, 11, 1).and_then(|first| {
                    add_days(first, (3 - cal::weekday_index(first)).rem_euclid(7) + 21)
                }),
            };
            // Without a written year, a holiday takes its year like a written date would.
            let year = explicit.or_else(|| {
                let this_year = on(i32::from(dct?.year()))?;
                let month = u32::try_from(this_year.month()).ok()?;
                let day = u32::try_from(this_year.day()).ok()?;
                infer_year(ctx, range.start, month, Some(day))
            });
            Some(c.on_day(year.and_then(on)))
        }
        Rule::SpelledYear => Some(c.in_year(lex::spelled_year(group(caps, 1)?))),
        Rule::Anchored => {
            let words = lower(caps, 0)?;
            // "the day before the vote" hangs on an event, not on a date named earlier.
            if words.contains("day before") || words.contains("day after") {
                return Some(c);
            }
            let last = words.rsplit(' ').next()?;
            let offset = if words.contains("following") || words.contains("next") {
                1
            } else if words.contains("previous") {
                -1
            } else {
                0
            };
            let part = lex::part_of_day(last);
            let unit = if part.is_some() {
                Unit::Day
            } else {
                Unit::parse(last)?
            };
            Some(c.anchored(Anchor::Reference { unit, offset, part }))
        }
        Rule::RelativeUnit => {
            let which = lower(caps, 2)?;
            let unit = Unit::parse(group(caps, 3)?)?;
            // "the last week of November" is no week relative to today.
            if which.starts_with("the ")
                && ctx
                    .text
                    .get(range.end..)
                    .is_some_and(|t| t.starts_with(" of "))
            {
                return None;
            }
            // "the past year" and "the next year" are dates in TimeML, like "last year";
            // only a count makes a stretch of time ("the past two years").
            let offset = match which.as_str() {
                "last" | "past" | "the past" | "the last" | "the latest" => -1,
                "next" | "coming" | "the next" | "the coming" => 1,
                "this" | "current" | "the current" | "the full" => 0,
                _ => {
                    // "the year" alone is only a date after "earlier/later in".
                    caps.span(1)?;
                    0
                }
            };
            if unit == Unit::Decade {
                // "the last decade" is the decade before this one: `198X`.
                let mut c = c;
                c.value = dct
                    .map(|d| i64::from(d.year()) / 10 + offset)
                    .map(|decade| format!("{decade}X"));
                return Some(c);
            }
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
                // "over the weekend" is the one just past unless its clause is future.
                "the" if context::previous_word(ctx.text, range.start) == "over" => {
                    if ctx.leading_clause_tense(range.start) == Tense::Future {
                        this_saturday
                    } else {
                        previous_saturday
                    }
                }
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
            let mut c = c.maybe_value(year.map(|y| format!("{y:04}-Q{q}")));
            // A results report is about a recent quarter: the current one or one of the
            // four before it (fiscal quarters are numbered like calendar ones, as TimeML
            // does).
            let year_before = det.contains("year-") || det.contains("last year");
            let recent = |y: i32| {
                dct.is_some_and(|d| {
                    let behind = i32::from(d.year()) * 4 + cal::quarter_of(d) - (y * 4 + q);
                    (0..=4).contains(&behind)
                })
            };
            if !year_before {
                c.quarter = year.filter(|y| recent(*y)).map(|y| (y, q));
            }
            Some(c)
        }
        Rule::QuarterRef => {
            let det = lower(caps, 1)?;
            let modifier = lower(caps, 2).unwrap_or_default();
            let year = group(caps, 3).and_then(|y| y.parse::<i32>().ok());
            let noun = lower(caps, 4)?;
            if let Some(y) = year {
                // "the 1988 quarter": the quarter named last, in that year.
                if det != "the" || !modifier.is_empty() {
                    return None;
                }
                let q = dct.map_or(4, |d| (cal::quarter_of(d) + 2).rem_euclid(4) + 1);
                return Some(
                    c.value(format!("{y:04}-Q{q}"))
                        .anchored(Anchor::QuarterOfYear(y)),
                );
            }
            if caps.span(5).is_some() {
                // "the quarter a year ago"
                return Some(
                    c.maybe_value(ctx.quarter_value(-5))
                        .anchored(Anchor::QuarterYearBefore),
                );
            }
            if noun == "period" && modifier.is_empty() {
                return None;
            }
            let (offset, anchor) = match (det.as_str(), modifier.as_str()) {
                ("last", _) | (_, "previous" | "past") => (-1, None),
                (_, "latest" | "most recent") => (-1, Some(Anchor::Quarter)),
                ("next", _) => (1, None),
                (_, "current") => (0, None),
                ("this", _) => (0, Some(Anchor::Quarter)),
                (_, m) if m.contains("year-") || m.contains("comparable") => {
                    (-5, Some(Anchor::QuarterYearBefore))
                }
                _ => (-1, Some(Anchor::Quarter)),
            };
            let c = c.maybe_value(ctx.quarter_value(offset));
            Some(match anchor {
                Some(a) => c.anchored(a),
                None => c,
            })
        }
        Rule::Half => {
            let half = if lower(caps, 1)? == "first" { 1 } else { 2 };
            let year: i32 = group(caps, 2)?.parse().ok()?;
            Some(c.value(format!("{year:04}-H{half}")))
        }
        Rule::Century => {
            // TIMEX3 names a century by its first two digits: the 20th century is `19`.
            let n: u32 = match (group(caps, 1), lower(caps, 2).as_deref()) {
                (Some(d), _) => d.parse().ok()?,
                (None, Some("nineteenth")) => 19,
                (None, Some("twentieth")) => 20,
                _ => 21,
            };
            let first = n.checked_sub(1).filter(|_| n <= 30)?;
            Some(c.value(format!("{first:02}")))
        }
        Rule::Weekday => {
            let modifier = lower(caps, 1).unwrap_or_default();
            let weekday = lex::weekday_number(group(caps, 2)?)?;
            let part = group(caps, 4).map(|p| p.trim_end_matches(['s', 'S']));
            if caps.span(3).is_some() || group(caps, 4).is_some_and(|p| p.ends_with(['s', 'S'])) {
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
                "last" | "past" | "the previous" | "the prior" => Direction::Before,
                "next" | "the following" => Direction::After,
                "coming" => Direction::OnOrAfter,
                _ => {
                    let day_span = caps.span(2)?;
                    if ctx.weekday_is_future(day_span) {
                        Direction::OnOrAfter
                    } else {
                        Direction::OnOrBefore
                    }
                }
            };
            let date = dct.and_then(|d| weekday_date(d, weekday, direction));
            // "the previous Friday" counts from the day the story is at, not from today.
            let anchor = modifier
                .starts_with("the ")
                .then_some(Anchor::Weekday { weekday, direction });
            let c = match anchor {
                Some(a) => c.anchored(a),
                None => c,
            };
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
            let explicit = group(caps, 3)
                .and_then(|y| y.parse::<i32>().ok())
                .or_else(|| group(caps, 5).and_then(lex::spelled_year));
            let of_year = lower(caps, 4);
            if caps.span(6).is_some() {
                // "March of that year": the month in the year named before.
                return Some(c.anchored(Anchor::MonthOfThatYear(month)));
            }
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
            // "this past summer" is last summer; "the early summer" is "the summer".
            let det = lower(caps, 3).or_else(|| lower(caps, 1)).map(|d| {
                if d == "this past" {
                    "last".to_string()
                } else {
                    d
                }
            });
            let season = lower(caps, 4)?;
            let explicit = group(caps, 5)
                .and_then(|y| y.parse::<i32>().ok())
                .or_else(|| group(caps, 6).and_then(lex::spelled_year));
            let prev = context::previous_word(ctx.text, range.start);
            let dated = explicit.is_some()
                || matches!(det.as_deref(), Some("last" | "this" | "next"))
                || (det.as_deref() == Some("the")
                    && matches!(
                        prev.as_str(),
                        "in" | "during"
                            | "by"
                            | "until"
                            | "since"
                            | "over"
                            | "through"
                            | "into"
                            | "of"
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
            let has_prefix = caps.span(1).is_some();
            let start = caps.span(2)?.start;
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
            // "a year-earlier loss" is a date: the year-ago rule takes "year-earlier".
            let after = ctx.text.get(range.end..).unwrap_or("").to_ascii_lowercase();
            if after.starts_with("-earlier") || after.starts_with("-ago") {
                return None;
            }
            if article && (unit == Unit::Second || plural) {
                return None;
            }
            // "will one day be" looks ahead without saying when.
            let modal = matches!(
                context::previous_word(ctx.text, range.start).as_str(),
                "will" | "would" | "could" | "might" | "may" | "can" | "shall" | "should"
            );
            if modal
                && matches!(number.to_ascii_lowercase().as_str(), "one" | "some")
                && unit == Unit::Day
                && !plural
            {
                return Some(c.value("FUTURE_REF"));
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
            if group(caps, 0)?.to_ascii_lowercase().ends_with("-old") {
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
            let unit = Unit::parse(group(caps, 1)?)?;
            let mut c = Candidate::new(caps.span(1)?, TimexKind::Duration);
            c.value = Some(unit.duration(&Amount::Vague));
            Some(c)
        }
        Rule::Reference => {
            let word = lower(caps, 1)?;
            let next = context::next_word(ctx.text, range.end).to_ascii_lowercase();
            let value = match word.as_str() {
                "current" if next.starts_with("account") || next == "affairs" => return None,
                // "the then current price" looks back.
                "current" if context::previous_word(ctx.text, range.start) == "then" => "PAST_REF",
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
    match ctx.dct {
        Some(dct) => shift_from(dct, c, unit, offset),
        None => c,
    }
}

/// The period `offset` units away from `dct`, at the unit's precision.
fn shift_from(dct: Date, c: Candidate, unit: Unit, offset: i64) -> Candidate {
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
            // "this decade" is `199X`; "a decade ago" is the year ten years back.
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
        // "his unsuccessful 1996 campaign", "ahead of 2024 elections"
        _ => EVENT_NOUNS.contains(&next.to_ascii_lowercase().as_str()),
    }
}

/// Nouns that a year right before them dates: "the 1996 campaign", "2024 elections".
const EVENT_NOUNS: &[&str] = &[
    "election",
    "elections",
    "campaign",
    "budget",
    "season",
    "census",
    "olympics",
    "referendum",
    "summit",
    "war",
    "crisis",
    "earthquake",
    "recession",
    "primary",
    "primaries",
    "midterms",
    "vote",
    "uprising",
    "coup",
    "invasion",
    "revolution",
    "agreement",
    "accord",
    "treaty",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Each rule compiled both ways: as the tagger runs it and as a plain `Regex`.
    fn both() -> Vec<(Rule, Pattern, Regex)> {
        Tagger::specs()
            .into_iter()
            .map(|(rule, src, _)| (rule, Pattern::new(&src), Regex::new(&src).unwrap()))
            .collect()
    }

    type Groups = Vec<Option<Range<usize>>>;

    /// Checks that each rule finds the same matches, with the same groups, as
    /// `Regex::captures_iter` would.
    fn assert_same_matches(rules: &[(Rule, Pattern, Regex)], text: &str) {
        for (rule, pattern, regex) in rules {
            let mut ours: Vec<Groups> = Vec::new();
            pattern.for_each_match(text, std::slice::from_ref(&(0..text.len())), |caps| {
                ours.push((0..caps.caps.group_len()).map(|i| caps.span(i)).collect());
            });
            let plain: Vec<Groups> = regex
                .captures_iter(text)
                .map(|c| c.iter().map(|g| g.map(|m| m.range())).collect())
                .collect();
            assert_eq!(ours, plain, "{rule:?} on {text:?}");
        }
    }

    /// Texts that stress Unicode `\b`, case folding, digits and white space.
    const TRICKY: &[&str] = &[
        "On Tuesday, March 4, 2025 at 10 a.m. EST, three weeks ago, in the 1990s.",
        "xthe past three years, fiscal 2024, the '90s, the 21st century, 12/25/2024.",
        // Unicode \b: letters beyond ASCII next to digits and words.
        "é2025 2025年 年2025 café-Monday Mondayé Friday’s “Friday” — yesterday’s news",
        // Unicode case folding: ſ is s and the Kelvin sign is k under (?i).
        "ſeven dayſ ago, 3 wee\u{212a}s ago, the year-ago quarter, TWO YEARS AGO",
        "yeſterday, the \u{212a}elvin weeKend, preſent, ſpring 1999, the 1980ſ",
        // Digits beyond ASCII are digits to `\d`.
        "at ٣ p.m., ٢٠ days ago, ١٢:٣٠ GMT, 2٠24, in ۱۹۹۹",
        "March\u{a0}5,\u{a0}2024 and three\u{a0}years ago; the day before yesterday",
        "THE NEXT DAY, LAST WEEKEND, EVERY MONDAY, TWICE A YEAR, 2025-05-19 AND 5/19/2025",
        "the first half of 1998, the nineteenth century, two thousand and one, noon",
        "Christmas Eve 2003, New Year's Day, the Fourth of July, Election Day, Halloween",
        "eight-year-long, decades-long, for years, a two-hour drive, 9:30 local time",
        "recently, nowadays, these days, at present, the foreseeable future, the past",
        "April 24 and 25, May 3-4, the week of March 6, 10 p.m. Wednesday, Sept. 11",
        "a\nMarch\n5, Tuesday\n\n10\na.m., three\u{2003}days\u{2003}ago",
        "",
    ];

    #[test]
    fn rules_match_as_captures_iter_would() {
        let rules = both();
        for text in TRICKY {
            assert_same_matches(&rules, text);
        }
    }

    /// The first `bytes` bytes of text of each shared news corpus and of the TimeML data,
    /// article by article; empty without `../shared`.
    fn shared_texts(bytes: usize) -> Vec<String> {
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
        let mut files: Vec<std::path::PathBuf> = ["corpora", "temporal"]
            .iter()
            .filter_map(|dir| std::fs::read_dir(shared.join(dir)).ok())
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        files.sort();
        let mut texts = Vec::new();
        for path in files {
            let corpus = std::fs::read_to_string(&path).unwrap();
            let mut taken = 0;
            for line in corpus.lines() {
                if taken >= bytes {
                    break;
                }
                let doc: serde_json::Value = serde_json::from_str(line).unwrap();
                let text = doc["text"].as_str().unwrap_or_default();
                taken += text.len();
                texts.push(text.to_owned());
            }
        }
        if texts.is_empty() {
            eprintln!("skipped: no shared corpora in {}", shared.display());
        }
        texts
    }

    #[test]
    fn rules_match_as_captures_iter_would_on_the_shared_corpora() {
        let rules = both();
        // The first articles of each corpus, as written and in capitals.
        for text in shared_texts(16 << 10) {
            assert_same_matches(&rules, &text);
            assert_same_matches(&rules, &text.to_uppercase());
        }
    }

    /// Checks that every match of every rule in `text` lies inside one of the windows the
    /// prefilter gives the rule, which is what lets the tagger look only there.
    fn assert_matches_lie_in_windows(text: &str) {
        let windows = TAGGER.prefilter.windows(text);
        for (i, (rule, pattern)) in TAGGER.rules.iter().enumerate() {
            pattern.for_each_match(text, std::slice::from_ref(&(0..text.len())), |caps| {
                let Some(found) = caps.span(0) else {
                    return;
                };
                assert!(
                    windows[i]
                        .iter()
                        .any(|w| w.start <= found.start && found.end <= w.end),
                    "{rule:?} matched {:?} outside {:?}",
                    &text[found],
                    windows[i]
                );
            });
        }
    }

    /// Checks that the tagger finds the same with and without its trigger prefilter.
    fn assert_prefilter_changes_nothing(text: &str) {
        let dct = Date::new(2025, 2, 12).ok();
        let everywhere = vec![vec![0..text.len()]; TAGGER.rules.len()];
        assert_eq!(
            tag(text, dct),
            tag_in(text, dct, &everywhere),
            "on {text:?}"
        );
    }

    #[test]
    fn every_match_lies_in_a_window_of_its_rule() {
        for text in TRICKY {
            assert_matches_lie_in_windows(text);
            assert_matches_lie_in_windows(&text.to_uppercase());
        }
        for text in shared_texts(64 << 10) {
            assert_matches_lie_in_windows(&text);
            assert_matches_lie_in_windows(&text.to_uppercase());
        }
    }

    #[test]
    fn the_trigger_prefilter_changes_nothing() {
        for text in TRICKY {
            assert_prefilter_changes_nothing(text);
            assert_prefilter_changes_nothing(&text.to_uppercase());
            assert_prefilter_changes_nothing(&text.repeat(50));
        }
        for text in shared_texts(64 << 10) {
            assert_prefilter_changes_nothing(&text);
            assert_prefilter_changes_nothing(&text.to_lowercase());
        }
    }

    #[test]
    fn a_text_without_trigger_words_runs_no_rule() {
        let text = "Officials met and talked about the weather at length.";
        let windows = TAGGER.prefilter.windows(text);
        assert!(windows.iter().all(Vec::is_empty), "{windows:?}");
        assert_eq!(tag(text, None), []);
    }
}
