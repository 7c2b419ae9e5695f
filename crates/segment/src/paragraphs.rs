//! Paragraphs: the lines that are not blank.

use std::ops::Range;

/// Returns the trimmed range of every line holding something other than white space.
pub(crate) fn split(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in ends {
        // `\n` is ASCII, so both `start` and `end` are char boundaries.
        let line = &text[start..end];
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            paragraphs.push(start + lead..start + lead + trimmed.len());
        }
        start = end + 1;
    }
    paragraphs
}
