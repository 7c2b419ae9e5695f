//! Where a name can start: the filter that keeps the automaton away from most of the text.
//!
//! Each sieve lets through a superset of the real starts, so that
//! [`Matcher::find`](crate::Matcher::find) behaves exactly as if the automaton had been tried
//! at every position:
//!
//! 1. a bit-parallel pass over the text, eight bytes at a time, keeps upper-case ASCII
//!    letters, non-ASCII characters and the punctuation some name starts with. Names that
//!    start with a lower-case letter or a digit are found from the capital of their next
//!    word, looking back ("the Hague", "de Blasio", "10 Downing Street"), or by a SIMD search
//!    (Teddy) for their first word in lower case and the two bytes after it ("de la Madrid",
//!    "ebay"), and, for a first word written with capitals inside it ("eBAY"), from those
//!    capitals;
//! 2. the position must start a word (unless a name starting with punctuation fits there),
//!    and its first two bytes, up to ASCII case, must begin some name;
//! 3. the first word (its first character, the ASCII letters and digits after it and the
//!    two bytes after those, at most eight bytes; see [`word_keys`]) must be the first word
//!    of some name: a Bloom filter of those words. Where the text's first letter is not a
//!    capital, the letter after the separator keeps its case, for a capital there must stay
//!    one: "the white" is not "the White House" (see `case_fits`).
//!
//! In news text about one word in ten gets past all three, and most of those are names.

use aho_corasick::AhoCorasick;
use aho_corasick::packed;

/// [`Starts::class`] bit: some name whose first character is a letter or digit starts with
/// this byte, in either ASCII case. Such a name can only start a word.
const START: u8 = 1;
/// [`Starts::class`] bit: some name whose first character is neither a letter nor a digit
/// starts with this byte ("'s-Hertogenbosch", "‘Ajmān"). Such a name can start anywhere, so
/// it also sets [`START`].
const ANYWHERE: u8 = 2;

/// Punctuation bytes the block pass looks for one by one; with more names starting with
/// punctuation it lets every punctuation byte through.
const MAX_PUNCTUATION: usize = 3;

/// The start filter of a set of names.
#[derive(Clone)]
pub(crate) struct Starts {
    /// For each byte, [`START`] and [`ANYWHERE`] bits.
    class: [u8; 256],
    /// Some name starts with an upper-case ASCII letter, or with a lower-case one, which
    /// text in capitals can stand for.
    upper: bool,
    /// Some name starts with a non-ASCII character.
    non_ascii: bool,
    /// The ASCII punctuation that starts names ("'s-Hertogenbosch"), at most
    /// [`MAX_PUNCTUATION`] bytes, or `None` when there are more.
    punctuation: Option<Vec<u8>>,
    /// Bit `lower(b0) << 8 | lower(b1)`: a name starting with an upper-case ASCII letter
    /// begins with `b0 b1` up to ASCII case. Only text with an upper-case first letter can
    /// be such a name ([`case_fits`](crate::matcher) never lowers a first letter).
    upper_pairs: Box<[u64; 1024]>,
    /// The same for all other names: their first letter may come in either case.
    other_pairs: Box<[u64; 1024]>,
    /// Bloom filter of the first words of names ([`word_keys`]), one cache line of it per
    /// first word.
    bloom: Vec<Line>,
    /// The starts of the names that start with a lower-case letter or a digit, as text
    /// writes them when their first word is in lower case.
    lower: Option<LowerStarts>,
    /// Some name starting with a lower-case letter or a digit has a capital or a non-ASCII
    /// character after its first word and one separator ("the Hague").
    capital_after_lower: bool,
    /// The longest first word ([`word_len`]) of the names starting with a lower-case letter
    /// or a digit.
    lower_word_len: usize,
}

/// The search for [`Starts::lower`].
#[derive(Debug, Clone)]
enum LowerStarts {
    /// Teddy, for up to 128 patterns.
    Packed(packed::Searcher),
    /// More patterns.
    Automaton(AhoCorasick),
}

impl LowerStarts {
    fn new(patterns: &[Vec<u8>]) -> Option<LowerStarts> {
        if patterns.is_empty() {
            return None;
        }
        let searcher = packed::Config::new()
            .heuristic_pattern_limits(false)
            .builder()
            .extend(patterns)
            .build();
        match searcher {
            Some(searcher) => Some(LowerStarts::Packed(searcher)),
            None => AhoCorasick::new(patterns).ok().map(LowerStarts::Automaton),
        }
    }

    /// Every position of `haystack` where a pattern starts, in order.
    fn starts(&self, haystack: &[u8], mut found: impl FnMut(usize)) {
        match self {
            // The search restarts after each match's start, not its end: "de l" of "de la
            // Madrid" holds the start of a name "la …".
            LowerStarts::Packed(searcher) => {
                let mut at = 0;
                while let Some(m) =
                    searcher.find_in(haystack, aho_corasick::Span::from(at..haystack.len()))
                {
                    found(m.start());
                    at = m.start() + 1;
                }
            }
            LowerStarts::Automaton(automaton) => {
                let mut starts: Vec<usize> = automaton
                    .find_overlapping_iter(haystack)
                    .map(|m| m.start())
                    .collect();
                starts.sort_unstable();
                starts.dedup();
                starts.into_iter().for_each(found);
            }
        }
    }

    fn memory_usage(&self) -> usize {
        match self {
            LowerStarts::Packed(searcher) => searcher.memory_usage(),
            LowerStarts::Automaton(automaton) => automaton.memory_usage(),
        }
    }
}

impl std::fmt::Debug for Starts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = |bits: &[u64]| bits.iter().map(|w| w.count_ones()).sum::<u32>();
        f.debug_struct("Starts")
            .field("upper_pairs", &count(&self.upper_pairs[..]))
            .field("other_pairs", &count(&self.other_pairs[..]))
            .field("bloom_bits", &(self.bloom.len() * 512))
            .field(
                "bloom_bits_set",
                &self.bloom.iter().map(|l| count(&l.0)).sum::<u32>(),
            )
            .field("lower_starts", &self.lower.is_some())
            .finish()
    }
}

impl Starts {
    /// The filter for `names`, as written in the gazetteer.
    pub(crate) fn new<'a>(names: impl Iterator<Item = &'a str>) -> Starts {
        let mut starts = Starts {
            class: [0; 256],
            upper: false,
            non_ascii: false,
            punctuation: Some(Vec::new()),
            upper_pairs: Box::new([0; 1024]),
            other_pairs: Box::new([0; 1024]),
            bloom: Vec::new(),
            lower: None,
            capital_after_lower: false,
            lower_word_len: 0,
        };
        let mut keys = Vec::new();
        let mut lower_words = Vec::new();
        for name in names {
            let bytes = name.as_bytes();
            let Some(&first) = bytes.first() else {
                continue;
            };
            let starts_word = name.chars().next().is_some_and(char::is_alphanumeric);
            let bit = if starts_word { START } else { START | ANYWHERE };
            for byte in [first.to_ascii_lowercase(), first.to_ascii_uppercase()] {
                starts.class[usize::from(byte)] |= bit;
            }
            match first {
                b'A'..=b'Z' => starts.upper = true,
                b'a'..=b'z' | b'0'..=b'9' => {
                    // All capitals ("EBAY", "THE HAGUE") can stand for a lower-case name.
                    starts.upper |= first.is_ascii_alphabetic();
                    let word = word_len(bytes);
                    starts.lower_word_len = starts.lower_word_len.max(word);
                    match (bytes.get(word), bytes.get(word + 1)) {
                        // "the Hague", "al-Qaeda": the capital is in the text too, where the
                        // block pass sees it and looks back for the first word.
                        (Some(separator), Some(&next))
                            if !separator.is_ascii_alphanumeric()
                                && separator.is_ascii()
                                && (next.is_ascii_uppercase() || next >= 0xc0) =>
                        {
                            starts.capital_after_lower = true;
                            starts.non_ascii |= next >= 0xc0;
                        }
                        // "de la Madrid", "eBay": the first word in lower case and the two
                        // bytes after it, the letter in either case.
                        (separator, next) => {
                            let mut start = bytes[..word].to_ascii_lowercase();
                            start.extend(separator);
                            if let Some(&next) = next {
                                if next.is_ascii_lowercase() {
                                    let mut capital = start.clone();
                                    capital.push(next.to_ascii_uppercase());
                                    lower_words.push(capital);
                                }
                                start.push(next);
                            }
                            lower_words.push(start);
                        }
                    }
                }
                0x80.. => starts.non_ascii = true,
                _ => match &mut starts.punctuation {
                    Some(list) if list.contains(&first) => {}
                    Some(list) if list.len() < MAX_PUNCTUATION => list.push(first),
                    _ => starts.punctuation = None,
                },
            }
            let upper_only = first.is_ascii_uppercase();
            let pairs = if upper_only {
                &mut starts.upper_pairs
            } else {
                &mut starts.other_pairs
            };
            let pair = pair_index(first, bytes.get(1).copied());
            match bytes.get(1) {
                Some(_) => pairs[pair / 64] |= 1 << (pair % 64),
                // A one-byte name: any byte may follow.
                None => pairs[pair / 64..][..4].fill(u64::MAX),
            }
            // Under `upper`, for text starting with an upper-case letter.
            if first.is_ascii_alphabetic() {
                let (short, long) = word_keys(bytes, true);
                keys.push((hash(short, true), hash(long.unwrap_or(short), true)));
            }
            // Under `!upper`, for all other text. A name's word after the first keeps its
            // capital: "the white" is not "the White House" (see `case_fits`).
            if !upper_only {
                let (short, long) = word_keys(bytes, false);
                let line = hash(short, false);
                keys.push((line, hash(long.unwrap_or(short), false)));
                if let (Some(long), Some(second)) = (long, bytes.get(word_len(bytes) + 1)) {
                    if second.is_ascii_lowercase() {
                        let capital = 0x20 << (8 * (word_len(bytes) + 1));
                        keys.push((line, hash(long ^ capital, false)));
                    }
                }
            }
        }
        keys.sort_unstable();
        keys.dedup();
        // About 16 bits a key: under 1% false positives with two bits a key.
        let lines = (keys.len() / 32).next_power_of_two().max(1);
        starts.bloom = vec![Line([0; 8]); lines];
        for (line, key) in keys {
            starts.bloom[line_index(line, lines)].insert(key);
        }
        lower_words.sort_unstable();
        lower_words.dedup();
        starts.lower = LowerStarts::new(&lower_words);
        starts
    }

    /// Heap memory held by the filter, in bytes.
    pub(crate) fn heap_bytes(&self) -> usize {
        2 * std::mem::size_of::<[u64; 1024]>()
            + self.bloom.len() * std::mem::size_of::<Line>()
            + self.lower.as_ref().map_or(0, LowerStarts::memory_usage)
    }

    /// The positions of `bytes` where a name can start, in order.
    pub(crate) fn candidates(&self, bytes: &[u8]) -> Vec<usize> {
        let mut upper = Vec::new();
        let mut inner = Vec::new();
        for (index, chunk) in bytes.chunks(64).enumerate() {
            let mut block = [0; 64];
            block[..chunk.len()].copy_from_slice(chunk);
            let mut mask = self.block(&block);
            while mask != 0 {
                let at = index * 64 + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if self.may_start(bytes, at) {
                    upper.push(at);
                } else if let Some(start) = self.word_with_capital(bytes, at) {
                    inner.push(start);
                }
                if let Some(start) = self.word_before_capital(bytes, at) {
                    inner.push(start);
                }
            }
        }
        let mut lower = Vec::new();
        if let Some(search) = &self.lower {
            search.starts(bytes, |at| {
                if self.may_start_lower(bytes, at) {
                    lower.push(at);
                }
            });
        }
        if !inner.is_empty() {
            inner.sort_unstable();
            inner.dedup();
            lower = merge(&lower, &inner);
        }
        merge(&upper, &lower)
    }

    /// The start of the word before `at` and one separator, when it starts with a lower-case
    /// letter or a digit and may begin a name with a capital or a non-ASCII character at
    /// `at` ("the Hague", "al-Qaeda").
    #[inline]
    fn word_before_capital(&self, bytes: &[u8], at: usize) -> Option<usize> {
        if !self.capital_after_lower {
            return None;
        }
        let end = at.checked_sub(1)?;
        let separator = bytes.get(end)?;
        if separator.is_ascii_alphanumeric() || !separator.is_ascii() {
            return None;
        }
        let before = bytes.get(end.saturating_sub(self.lower_word_len)..end)?;
        let word = before
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let start = end - word;
        let first = bytes.get(start)?;
        let lower = first.is_ascii_lowercase() || first.is_ascii_digit();
        (word > 0 && lower && self.may_start_lower(bytes, start)).then_some(start)
    }

    /// The start of a word starting with a lower-case letter or a digit that has a capital
    /// at `at` ("eBAY", "tHe Hague"), if it may be a name's.
    fn word_with_capital(&self, bytes: &[u8], at: usize) -> Option<usize> {
        if self.lower_word_len == 0 || !bytes.get(at)?.is_ascii_uppercase() {
            return None;
        }
        let before = bytes.get(at.saturating_sub(self.lower_word_len)..at)?;
        let word = before
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let start = at - word;
        let first = bytes.get(start)?;
        let at_word_start = start == 0 || word < before.len();
        let lower = first.is_ascii_lowercase() || first.is_ascii_digit();
        (word > 0 && at_word_start && lower && self.may_start_lower(bytes, start)).then_some(start)
    }

    /// Sieves 2 and 3 for a position the block pass kept.
    #[inline]
    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        let Some(rest) = bytes.get(at..) else {
            return false;
        };
        let Some(&first) = rest.first() else {
            return false;
        };
        let after_word = at
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .is_some_and(u8::is_ascii_alphanumeric);
        let wanted = if after_word { ANYWHERE } else { START };
        if self.class[usize::from(first)] & wanted == 0 {
            return false;
        }
        let upper = first.is_ascii_uppercase();
        let pair = pair_index(first, rest.get(1).copied());
        let bit = 1 << (pair % 64);
        let pair_known = (upper && self.upper_pairs[pair / 64] & bit != 0)
            || self.other_pairs[pair / 64] & bit != 0;
        pair_known && self.first_word_known(rest, upper)
    }

    /// Sieves 2 and 3 for the start of a match of [`Starts::lower`]: text in capitals is
    /// left to the block pass.
    fn may_start_lower(&self, bytes: &[u8], at: usize) -> bool {
        let Some(rest) = bytes.get(at..) else {
            return false;
        };
        let after_word = at
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .is_some_and(u8::is_ascii_alphanumeric);
        let Some(&first) = rest.first() else {
            return false;
        };
        let pair = pair_index(first, rest.get(1).copied());
        let pair_known = self.other_pairs[pair / 64] & (1 << (pair % 64)) != 0;
        !after_word
            && !first.is_ascii_uppercase()
            && pair_known
            && self.first_word_known(rest, false)
    }

    /// Sieve 3: whether the first word of `rest` is in the Bloom filter.
    #[inline]
    fn first_word_known(&self, rest: &[u8], upper: bool) -> bool {
        let (short, long) = word_keys(rest, upper);
        let short = hash(short, upper);
        let Some(line) = self.bloom.get(line_index(short, self.bloom.len())) else {
            return false;
        };
        line.contains(short) || long.is_some_and(|long| line.contains(hash(long, upper)))
    }

    /// Sieve 1 on one 64-byte block: bit `i` is set when byte `i` is an upper-case ASCII
    /// letter, starts a non-ASCII character or is punctuation that starts a name, as far
    /// as names start so.
    #[inline]
    fn block(&self, block: &[u8; 64]) -> u64 {
        let mut mask = 0;
        for (i, word) in block.chunks_exact(8).enumerate() {
            let mut eight = [0; 8];
            eight.copy_from_slice(word);
            let x = u64::from_le_bytes(eight);
            let mut kept = 0;
            if self.upper {
                kept |= in_range(x, b'A', b'Z');
            }
            if self.non_ascii {
                // UTF-8 lead bytes, 0b11xx_xxxx.
                kept |= x & (x << 1) & HIGH;
            }
            match &self.punctuation {
                Some(list) => {
                    for &byte in list {
                        kept |= equal(x, byte);
                    }
                }
                None => {
                    let letter = in_range(x | 0x2020_2020_2020_2020, b'a', b'z');
                    let digit = in_range(x, b'0', b'9');
                    kept |= in_range(x, b'!', b'~') & !letter & !digit;
                }
            }
            if kept != 0 {
                mask |= movemask(kept) << (8 * i);
            }
        }
        mask
    }
}

/// The union of two sorted lists of positions, sorted, without duplicates.
fn merge(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        out.push(x.min(y));
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that lies in `lo..=hi` (both ASCII).
#[inline(always)]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & !HIGH;
    // No byte overflows into the next: low7 <= 0x7f and the addends are at most 0x80.
    let at_least_lo = low7.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = low7.wrapping_add(ONES * u64::from(0x7f - hi));
    at_least_lo & !above_hi & !x & HIGH
}

/// The high bit of each byte of `x` that equals `byte`.
#[inline(always)]
fn equal(x: u64, byte: u8) -> u64 {
    let y = x ^ (ONES * u64::from(byte));
    // A zero byte of `y` is the only one whose low seven bits plus 0x7f stay below 0x80 and
    // whose own high bit is clear.
    !(((y & !HIGH).wrapping_add(!HIGH & (ONES * 0x7f))) | y) & HIGH
}

/// Gathers the high bits of the eight bytes of `x` into the low eight bits, byte `i` to
/// bit `i`.
#[inline(always)]
fn movemask(high_bits: u64) -> u64 {
    ((high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Index of the pair of bytes up to ASCII case (the byte after a one-byte name is 0).
#[inline]
fn pair_index(first: u8, second: Option<u8>) -> usize {
    usize::from(first.to_ascii_lowercase()) << 8
        | usize::from(second.unwrap_or(0).to_ascii_lowercase())
}

/// Length of the first word of `bytes`: its first character and the ASCII letters and
/// digits after it.
#[inline]
fn word_len(bytes: &[u8]) -> usize {
    let first_len = match bytes.first() {
        Some(0xf0..) => 4,
        Some(0xe0..) => 3,
        Some(0xc0..) => 2,
        _ => 1,
    };
    first_len
        + bytes
            .iter()
            .skip(first_len)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
}

/// The first word of `bytes` up to ASCII case, as numbers: the short key is its first
/// word ([`word_len`]), at most eight bytes; the long key adds the two bytes after the word
/// ("the h" for "the Hague") when they fit in eight bytes. The byte after the separator is
/// lower-cased only if `fold_next`.
///
/// A name is entered in the filter under its long key when it has one, else its short key;
/// text is looked up under both. The keys of a name and of text it matches agree: the text's
/// bytes equal the name's up to ASCII case, and where the name's word ends before the name
/// does, the next byte is the same in both. Where the name ends inside its first word, text
/// going on with an ASCII letter or digit would join the word and is no match anyway.
#[inline]
fn word_keys(bytes: &[u8], fold_next: bool) -> (u64, Option<u64>) {
    let len = word_len(bytes).min(8).min(bytes.len());
    let mut key = 0;
    for (i, byte) in bytes[..len].iter().enumerate() {
        key |= u64::from(byte.to_ascii_lowercase()) << (8 * i);
    }
    let long = match bytes.get(len..len + 2) {
        Some(&[separator, next]) if len <= 6 => {
            let next = if fold_next {
                next.to_ascii_lowercase()
            } else {
                next
            };
            let after = u64::from(separator) | u64::from(next) << 8;
            Some(key | after << (8 * len))
        }
        _ => None,
    };
    (key, long)
}

/// The hash of a key for text whose first byte is an upper-case ASCII letter (`upper`) or
/// not. A name starting with an upper-case letter is entered only with `upper`; other names
/// with both.
#[inline]
fn hash(key: u64, upper: bool) -> u64 {
    // Setting the high bit of every byte keeps the two apart: no key has all eight bytes
    // non-ASCII, since after its first character come only ASCII bytes or zeros.
    let salted = if upper { key ^ HIGH } else { key };
    let h = salted.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9)
}

/// The Bloom filter line of a name or text whose short key hashes to `short`.
#[inline]
fn line_index(short: u64, lines: usize) -> usize {
    (short >> 20) as usize & (lines - 1)
}

/// One cache line of the Bloom filter: 512 bits, two of them set by each key.
#[derive(Clone)]
#[repr(align(64))]
struct Line([u64; 8]);

impl Line {
    fn bits(hash: u64) -> [usize; 2] {
        [(hash >> 55) as usize, (hash >> 46) as usize & 511]
    }

    fn insert(&mut self, hash: u64) {
        for bit in Line::bits(hash) {
            self.0[bit / 64] |= 1 << (bit % 64);
        }
    }

    #[inline]
    fn contains(&self, hash: u64) -> bool {
        Line::bits(hash)
            .iter()
            .all(|&bit| self.0[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_masks_match_byte_by_byte() {
        let x = u64::from_le_bytes(*b"aZ0-\xc3\xa9 ~");
        assert_eq!(movemask(in_range(x, b'A', b'Z')), 0b0000_0010);
        assert_eq!(movemask(in_range(x, b'0', b'9')), 0b0000_0100);
        assert_eq!(movemask(in_range(x, b'!', b'~')), 0b1000_1111);
        assert_eq!(movemask(x & (x << 1) & HIGH), 0b0001_0000);
        assert_eq!(movemask(equal(x, b'-')), 0b0000_1000);
        assert_eq!(movemask(equal(x, 0xa9)), 0b0010_0000);
        for byte in 0..=u8::MAX {
            let x = u64::from_le_bytes([byte, 0, 0x80, 0xff, byte ^ 1, byte, 0x7f, 1]);
            let expected = [byte, 0, 0x80, 0xff, byte ^ 1, byte, 0x7f, 1]
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == byte)
                .fold(0, |m, (i, _)| m | 1 << i);
            assert_eq!(movemask(equal(x, byte)), expected, "{byte}");
        }
    }

    #[test]
    fn first_words_stop_after_the_letters_and_digits() {
        let short = |s: &str| word_keys(s.as_bytes(), true).0;
        let long = |s: &str| word_keys(s.as_bytes(), true).1;
        assert_eq!(short("Trump's"), short("trump"));
        assert_eq!(short("Trump’s"), short("TRUMP"));
        assert_eq!(short("J.D. Vance"), short("j"));
        assert_eq!(short("Washington"), short("washingt"));
        assert_eq!(short("‘Ajmān"), short("‘ajm"));
        assert_ne!(short("“Ajmān"), short("‘Ajmān"));
        assert_eq!(long("The Hague"), long("the h"));
        assert_eq!(long("J.D. Vance"), long("j.d"));
        assert_eq!(long("Trump"), None);
        assert_eq!(long("U."), None);
        assert_eq!(long("Sarajevo Canton"), None);
        assert_ne!(
            word_keys(b"the white", false),
            word_keys(b"the White", false)
        );
    }

    #[test]
    fn candidates_are_word_starts_that_begin_a_name() {
        let starts = Starts::new(["Putin", "Kyiv", "‘Ajmān", "de Blasio"].into_iter());
        let text = "Putin, xPutin, putin, Kyivan Kyiv ‘Ajmān de “Ajmān dog PUTIN de la de Blasio";
        let found: Vec<&str> = starts
            .candidates(text.as_bytes())
            .into_iter()
            .map(|at| &text[at..at + text[at..].find([',', ' ']).unwrap_or(text.len() - at)])
            .collect();
        assert_eq!(found, ["Putin", "Kyiv", "‘Ajmān", "PUTIN", "de"]);
    }
}
