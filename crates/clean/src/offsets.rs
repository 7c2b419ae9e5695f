//! The map from cleaned offsets back to original offsets, and the builder that writes cleaned
//! text and its map together.
//!
//! Architecture invariant: the map holds one entry per run, not per byte. A run is either a copy
//! (cleaned bytes equal original bytes, so offsets move together) or a replacement (some cleaned
//! bytes stand for some original bytes, e.g. an NBSP became a space, or " — " was inserted).

use std::ops::Range;

/// One run of cleaned text: `clean_len` cleaned bytes at `clean` stand for `orig_len` original
/// bytes at `orig`. When the lengths are equal the bytes correspond one to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    clean: usize,
    clean_len: usize,
    orig: usize,
    orig_len: usize,
}

impl Run {
    fn is_linear(&self) -> bool {
        self.clean_len == self.orig_len
    }
}

/// Maps offsets in cleaned text back to offsets in the original input.
///
/// Stored as a sorted list of runs searched by binary search, so its size grows with the number
/// of edits, not with the length of the text.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    runs: Vec<Run>,
    clean_len: usize,
}

impl OffsetMap {
    /// The original offset of cleaned offset `pos` (as a start position).
    ///
    /// `pos == text.len()` maps to the end of the last kept paragraph; larger values are clamped
    /// to it. A position inside a replaced character maps to the start of its original text.
    pub fn to_original(&self, pos: usize) -> usize {
        let pos = pos.min(self.clean_len);
        let Some(run) = self.run_at(pos) else {
            return 0;
        };
        let offset = pos - run.clean;
        if offset >= run.clean_len {
            run.orig + run.orig_len
        } else if run.is_linear() {
            run.orig + offset
        } else {
            run.orig
        }
    }

    /// The original byte range of a cleaned byte range. The result starts at the original
    /// position of `range.start` and ends just after the original text of the last cleaned byte.
    pub fn range_to_original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_original(range.start);
        let end_clean = range.end.min(self.clean_len);
        if end_clean <= range.start {
            return start..start;
        }
        let last = end_clean - 1;
        let end = match self.run_at(last) {
            Some(run) if run.is_linear() => run.orig + (last - run.clean) + 1,
            Some(run) => run.orig + run.orig_len,
            None => start,
        };
        start..end.max(start)
    }

    /// Number of runs in the map, a measure of how much the cleaner changed.
    pub fn run_count(&self) -> usize {
        self.runs.len()
    }

    /// The last run starting at or before `pos`.
    fn run_at(&self, pos: usize) -> Option<&Run> {
        let i = self.runs.partition_point(|r| r.clean <= pos);
        self.runs.get(i.checked_sub(1)?)
    }
}

/// Writes cleaned text and records where each piece came from.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Builder {
    pub(crate) text: String,
    runs: Vec<Run>,
}

impl Builder {
    /// Appends `s`, which is the original text starting at `orig`, unchanged.
    pub(crate) fn copy(&mut self, orig: usize, s: &str) {
        self.push(orig..orig + s.len(), s);
    }

    /// Appends `s` standing for the original bytes `orig` (possibly empty, for insertions).
    pub(crate) fn replace(&mut self, orig: Range<usize>, s: &str) {
        self.push(orig, s);
    }

    fn push(&mut self, orig: Range<usize>, s: &str) {
        if s.is_empty() {
            return;
        }
        let run = Run {
            clean: self.text.len(),
            clean_len: s.len(),
            orig: orig.start,
            orig_len: orig.end.saturating_sub(orig.start),
        };
        self.text.push_str(s);
        self.push_run(run);
    }

    fn push_run(&mut self, run: Run) {
        if let Some(last) = self.runs.last_mut() {
            let contiguous =
                last.clean + last.clean_len == run.clean && last.orig + last.orig_len == run.orig;
            if contiguous && last.is_linear() && run.is_linear() {
                last.clean_len += run.clean_len;
                last.orig_len += run.orig_len;
                return;
            }
        }
        self.runs.push(run);
    }

    /// Appends everything another builder wrote.
    pub(crate) fn append(&mut self, other: &Builder) {
        let shift = self.text.len();
        self.text.push_str(&other.text);
        for run in &other.runs {
            self.push_run(Run {
                clean: run.clean + shift,
                ..*run
            });
        }
    }

    /// The original range covered by what was written, if anything.
    pub(crate) fn original_span(&self) -> Option<Range<usize>> {
        let first = self.runs.first()?;
        let last = self.runs.last()?;
        Some(first.orig..last.orig + last.orig_len)
    }

    pub(crate) fn finish(self) -> (String, OffsetMap) {
        let clean_len = self.text.len();
        (
            self.text,
            OffsetMap {
                runs: self.runs,
                clean_len,
            },
        )
    }
}
