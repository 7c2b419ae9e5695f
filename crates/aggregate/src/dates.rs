//! The partial ISO dates of `when` and `published`: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.

/// Whether `s` is a valid full or partial ISO date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Only
/// such strings take part in date ranges and date headings; anything else counts as no date.
pub(crate) fn is_iso(s: &str) -> bool {
    let b = s.as_bytes();
    let shape = |pattern: &[u8]| {
        b.len() == pattern.len()
            && b.iter().zip(pattern).all(|(c, p)| {
                if *p == b'-' {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    if shape(b"0000") {
        true
    } else if shape(b"0000-00") {
        format!("{s}-01").parse::<jiff::civil::Date>().is_ok()
    } else {
        shape(b"0000-00-00") && s.parse::<jiff::civil::Date>().is_ok()
    }
}

/// The earliest and latest dates seen, compared as text: for dates of the same shape that is
/// chronological order, and a partial date sorts before the full dates it covers (`2025-05`
/// before `2025-05-01`).
#[derive(Debug, Clone, Default)]
pub(crate) struct DateRange {
    pub(crate) first: Option<String>,
    pub(crate) last: Option<String>,
}

impl DateRange {
    /// Widens the range to cover `date`, if it is an ISO date.
    pub(crate) fn add(&mut self, date: &str) {
        if !is_iso(date) {
            return;
        }
        if self.first.as_deref().is_none_or(|first| date < first) {
            self.first = Some(date.to_owned());
        }
        if self.last.as_deref().is_none_or(|last| date > last) {
            self.last = Some(date.to_owned());
        }
    }

    /// "on 19 May 2025", "between 12 February 2025 and 20 May 2025", or `None` when empty.
    pub(crate) fn human(&self) -> Option<String> {
        match (&self.first, &self.last) {
            (Some(first), Some(last)) if first == last => Some(format!("on {}", human(first))),
            (Some(first), Some(last)) => {
                Some(format!("between {} and {}", human(first), human(last)))
            }
            _ => None,
        }
    }
}

/// A date as an editor would write it: `19 May 2025`, `May 2025`, `2025`. Day before month
/// reads the same on both sides of the Atlantic. Anything unparseable is returned as is.
pub(crate) fn human(date: &str) -> String {
    let parsed = match date.len() {
        10 => date
            .parse::<jiff::civil::Date>()
            .ok()
            .map(|d| (d, "%-d %B %Y")),
        7 => format!("{date}-01")
            .parse::<jiff::civil::Date>()
            .ok()
            .map(|d| (d, "%B %Y")),
        _ => None,
    };
    parsed
        .and_then(|(d, format)| jiff::fmt::strtime::format(format, d).ok())
        .unwrap_or_else(|| date.to_owned())
}
