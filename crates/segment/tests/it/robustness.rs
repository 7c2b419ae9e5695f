//! No panics and sane output on hostile input: junk, huge lines, deep nesting.

use crate::segment_checked;

/// A small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_mixes_of_marks_and_text_keep_invariants() {
    let alphabet: Vec<char> = "“”„\"‘’‚' \n\t.!?…abcXYZ09(–—,:;\u{a0}éЖ日\r"
        .chars()
        .collect();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = (rng.next() % 60) as usize;
        let text: String = (0..len)
            .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
            .collect();
        segment_checked(&text);
    }
}

#[test]
fn lossy_binary_junk_does_not_panic() {
    let mut rng = XorShift(42);
    let bytes: Vec<u8> = (0..20_000).map(|_| rng.next() as u8).collect();
    segment_checked(&String::from_utf8_lossy(&bytes));
}

#[test]
fn five_megabyte_single_line_is_handled() {
    let unit = "“He said ‘no’ to Mr. Smith’s plan… at 3.5 p.m.” U.S. ”odd\" 'x ";
    let text = unit.repeat(5_000_000 / unit.len());
    let seg = segment_checked(&text);
    assert_eq!(seg.paragraphs.len(), 1);
    assert!(seg.quotes.len() > 100_000);
}

#[test]
fn a_megabyte_of_one_mark_or_period_is_handled() {
    for unit in ["“", "’", "\"", "„", ".", ". ", "… ", "a. ", "U.S. ", "” "] {
        let text = unit.repeat(1_000_000 / unit.len());
        let seg = segment_checked(&text);
        assert!(
            seg.diagnostics.len() <= 17,
            "{unit:?}: diagnostics are capped per paragraph"
        );
    }
}

#[test]
fn deep_nesting_is_capped() {
    let text = "“‘".repeat(1000) + "x" + &"’”".repeat(1000);
    let seg = segment_checked(&text);
    assert!(seg.quotes.iter().all(|q| q.depth < 64));
    assert!(!seg.diagnostics.is_empty());
}
