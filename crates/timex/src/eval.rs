//! Scoring the tagger against TimeML-style gold data (TimeBank, AQUAINT as JSONL).
//!
//! Each input line is `{doc, dct, text, timexes: [{start, end, text, type, value}]}` with
//! offsets in Unicode code points. Extraction is scored strictly (same span) and relaxed
//! (any overlap, matched one-to-one); type and value accuracy are measured on the relaxed
//! matches, value accuracy only where the gold type is DATE or TIME. Values are compared as
//! strings, except that a one-digit week (`2000-W8`) equals `2000-W08` and a bare hour
//! (`T17`) equals `T17:00`, spellings the gold data uses now and then.
//!
//! ```
//! use whosaid_timex::eval::evaluate_str;
//!
//! let line = r#"{"doc":"d","dct":"2025-05-19","text":"He left on Friday.",
//!   "timexes":[{"start":11,"end":17,"text":"Friday","type":"DATE","value":"2025-05-16"}]}"#;
//! let scores = evaluate_str(&line.replace('\n', "")).unwrap();
//! assert_eq!(scores.value_correct, 1);
//! ```

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use crate::{Date, TimexKind, find};

/// A time expression in code-point offsets, from the gold data or the tagger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The TIMEX3 value, if any.
    pub value: Option<String>,
}

impl Span {
    fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// True positives, false positives and false negatives of one matching criterion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and in the gold data.
    pub tp: usize,
    /// Predicted, not in the gold data.
    pub fp: usize,
    /// In the gold data, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// `tp / (tp + fp)`, 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`, 0 when there is no gold.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One disagreement with the gold data, for error analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// The document id.
    pub doc: String,
    /// `missed`, `spurious` or `value`.
    pub what: &'static str,
    /// Code-point offset of the expression in the document.
    pub at: usize,
    /// The gold text (or the predicted text for a spurious expression).
    pub text: String,
    /// The gold value.
    pub gold: Option<String>,
    /// The predicted value.
    pub predicted: Option<String>,
}

/// The scores of a file or of several files together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Documents read.
    pub documents: usize,
    /// Gold expressions.
    pub gold: usize,
    /// Predicted expressions.
    pub predicted: usize,
    /// Exact-span matching.
    pub strict: Counts,
    /// Overlap matching, one-to-one.
    pub relaxed: Counts,
    /// Relaxed matches whose predicted type equals the gold type.
    pub type_correct: usize,
    /// Relaxed matches whose gold type is DATE or TIME.
    pub value_total: usize,
    /// Of those, the ones whose predicted value equals the gold value.
    pub value_correct: usize,
    /// The disagreements, in document order.
    pub misses: Vec<Miss>,
}

impl Scores {
    /// Type accuracy over relaxed matches.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.relaxed.tp)
    }

    /// Value accuracy over relaxed matches whose gold type is DATE or TIME.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.value_total)
    }

    /// Adds the counts of `other` (e.g. another file).
    pub fn add(&mut self, other: &Scores) {
        self.documents += other.documents;
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.strict.add(other.strict);
        self.relaxed.add(other.relaxed);
        self.type_correct += other.type_correct;
        self.value_total += other.value_total;
        self.value_correct += other.value_correct;
        self.misses.extend(other.misses.iter().cloned());
    }

    /// A short plain-text report headed by `name`.
    pub fn report(&self, name: &str) -> String {
        let mut out = String::new();
        let prf = |c: &Counts| {
            format!(
                "P {:.3}  R {:.3}  F1 {:.3}  (tp {} fp {} fn {})",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )
        };
        let _ = writeln!(
            out,
            "{name}: {} documents, {} gold, {} predicted",
            self.documents, self.gold, self.predicted
        );
        let _ = writeln!(out, "  strict   {}", prf(&self.strict));
        let _ = writeln!(out, "  relaxed  {}", prf(&self.relaxed));
        let _ = writeln!(
            out,
            "  type accuracy  {:.3}  ({}/{})",
            self.type_accuracy(),
            self.type_correct,
            self.relaxed.tp
        );
        let _ = writeln!(
            out,
            "  value accuracy {:.3}  ({}/{} DATE/TIME found)",
            self.value_accuracy(),
            self.value_correct,
            self.value_total
        );
        out
    }
}

/// The TimeML name of a kind: `DATE`, `TIME`, `DURATION`, `SET`.
pub fn kind_name(kind: TimexKind) -> &'static str {
    match kind {
        TimexKind::Date => "DATE",
        TimexKind::Time => "TIME",
        TimexKind::Duration => "DURATION",
        TimexKind::Set => "SET",
    }
}

/// Runs the tagger on `text` and returns its expressions in code-point offsets.
pub fn predict(text: &str, dct: Option<Date>) -> Vec<Span> {
    let found = find(text, dct);
    // Byte offsets become code-point offsets in one walk over the text.
    let mut boundaries: Vec<usize> = found
        .iter()
        .flat_map(|t| [t.range.start, t.range.end])
        .collect();
    boundaries.sort_unstable();
    boundaries.dedup();
    let mut chars_at = Vec::with_capacity(boundaries.len());
    let mut next = boundaries.iter().peekable();
    for (chars, (byte, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
        while next.next_if(|b| **b <= byte).is_some() {
            chars_at.push(chars);
        }
    }
    let to_chars = |byte: usize| {
        boundaries
            .binary_search(&byte)
            .ok()
            .and_then(|i| chars_at.get(i).copied())
            .unwrap_or(0)
    };
    found
        .into_iter()
        .map(|t| Span {
            start: to_chars(t.range.start),
            end: to_chars(t.range.end),
            kind: kind_name(t.kind).to_string(),
            value: t.value,
        })
        .collect()
}

/// Scores the predictions for one document against its gold expressions.
pub fn score_document(doc: &str, text: &str, gold: &[Span], predicted: &[Span]) -> Scores {
    let slice = |s: &Span| {
        text.chars()
            .skip(s.start)
            .take(s.end - s.start)
            .collect::<String>()
    };
    let mut scores = Scores {
        documents: 1,
        gold: gold.len(),
        predicted: predicted.len(),
        ..Scores::default()
    };
    scores.strict.tp = gold
        .iter()
        .filter(|g| {
            predicted
                .iter()
                .any(|p| p.start == g.start && p.end == g.end)
        })
        .count();
    scores.strict.fp = predicted.len() - scores.strict.tp;
    scores.strict.fn_ = gold.len() - scores.strict.tp;

    let mut used = vec![false; predicted.len()];
    for g in gold {
        // Prefer an exact match, then the first overlapping unused prediction.
        let exact = predicted
            .iter()
            .enumerate()
            .position(|(i, p)| !used[i] && p.start == g.start && p.end == g.end);
        let found = exact.or_else(|| {
            predicted
                .iter()
                .enumerate()
                .position(|(i, p)| !used[i] && p.overlaps(g))
        });
        let Some(i) = found else {
            scores.relaxed.fn_ += 1;
            scores.misses.push(Miss {
                doc: doc.to_string(),
                what: "missed",
                at: g.start,
                text: slice(g),
                gold: g.value.clone(),
                predicted: None,
            });
            continue;
        };
        used[i] = true;
        let p = &predicted[i];
        scores.relaxed.tp += 1;
        scores.type_correct += usize::from(p.kind == g.kind);
        if matches!(g.kind.as_str(), "DATE" | "TIME") {
            scores.value_total += 1;
            if same_value(p.value.as_deref(), g.value.as_deref()) {
                scores.value_correct += 1;
            } else {
                scores.misses.push(Miss {
                    doc: doc.to_string(),
                    what: "value",
                    at: g.start,
                    text: format!("{} / {}", slice(g), slice(p)),
                    gold: g.value.clone(),
                    predicted: p.value.clone(),
                });
            }
        }
    }
    for (p, used) in predicted.iter().zip(&used) {
        if !used {
            scores.relaxed.fp += 1;
            scores.misses.push(Miss {
                doc: doc.to_string(),
                what: "spurious",
                at: p.start,
                text: slice(p),
                gold: None,
                predicted: p.value.clone(),
            });
        }
    }
    scores
}

/// Whether two TIMEX3 values are the same once spelled alike: the gold data sometimes
/// writes a week number with one digit (`2000-W8` for `2000-W08`) and a whole hour without
/// its minutes (`T17` for `T17:00`).
fn same_value(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || canonical(a) == canonical(b),
        (a, b) => a == b,
    }
}

/// `value` with a two-digit week number and minutes after a bare hour.
fn canonical(value: &str) -> String {
    let mut out = value.to_string();
    if let Some(w) = out.find("-W") {
        let digits = out[w + 2..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 1 {
            out.insert(w + 2, '0');
        }
    }
    if let Some((_, time)) = out.split_once('T')
        && time.len() == 2
        && time.bytes().all(|b| b.is_ascii_digit())
    {
        out.push_str(":00");
    }
    out
}

#[derive(Deserialize)]
struct Document {
    doc: String,
    dct: Option<String>,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Deserialize)]
struct GoldTimex {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: Option<String>,
}

/// Scores every document of a JSONL string (one document per line; blank lines skipped).
pub fn evaluate_str(jsonl: &str) -> Result<Scores, String> {
    let mut total = Scores::default();
    for (n, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let dct = doc
            .dct
            .as_deref()
            .and_then(|d| d.get(..10)?.parse::<Date>().ok());
        let mut gold: Vec<Span> = doc
            .timexes
            .into_iter()
            .map(|t| Span {
                start: t.start,
                end: t.end,
                kind: t.kind,
                value: t.value,
            })
            .collect();
        gold.sort_by_key(|s| (s.start, s.end));
        let predicted = predict(&doc.text, dct);
        total.add(&score_document(&doc.doc, &doc.text, &gold, &predicted));
    }
    Ok(total)
}

/// Reads a JSONL gold file and scores the tagger on it.
pub fn evaluate_file(path: impl AsRef<Path>) -> Result<Scores, String> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    evaluate_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, kind: &str, value: &str) -> Span {
        Span {
            start,
            end,
            kind: kind.to_string(),
            value: Some(value.to_string()),
        }
    }

    #[test]
    fn overlap_counts_once_in_relaxed_and_not_in_strict() {
        let gold = [span(0, 10, "DATE", "2025")];
        let predicted = [span(4, 10, "DATE", "2025"), span(5, 8, "DATE", "2025")];
        let s = score_document("d", "the year 2025", &gold, &predicted);
        assert_eq!(
            s.strict,
            Counts {
                tp: 0,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            s.relaxed,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(s.value_correct, 1);
    }

    #[test]
    fn value_accuracy_ignores_durations() {
        let gold = [span(0, 3, "DURATION", "P2D"), span(4, 7, "DATE", "2025")];
        let predicted = [span(0, 3, "DURATION", "P3D"), span(4, 7, "DATE", "2024")];
        let s = score_document("d", "abc def", &gold, &predicted);
        assert_eq!((s.value_correct, s.value_total, s.type_correct), (0, 1, 2));
    }

    #[test]
    fn predicted_offsets_are_code_points() {
        let dct = Date::new(2025, 5, 19).ok();
        let spans = predict("Café é on Friday.", dct);
        assert_eq!(spans, [span(10, 16, "DATE", "2025-05-16")]);
    }

    #[test]
    fn values_spelled_differently_are_the_same() {
        assert!(same_value(Some("2000-W8"), Some("2000-W08")));
        assert!(same_value(Some("1989-11-06T17"), Some("1989-11-06T17:00")));
        assert!(!same_value(Some("2000-W8"), Some("2000-W18")));
        assert!(!same_value(Some("XXXX-WXX-1"), Some("XXXX-WXX-2")));
        assert!(!same_value(None, Some("2000")));
    }

    #[test]
    fn f1_of_nothing_is_zero() {
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn bad_line_is_an_error_naming_the_line() {
        let err = evaluate_str("\n{oops").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
    }
}
