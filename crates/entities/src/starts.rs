//! Where a name can start: the filter that keeps the automaton away from most of the text.
//!
//! Each sieve lets through a superset of the real starts, so that
//! [`Matcher::find`](crate::Matcher::find) behaves exactly as if the automaton had been tried
//! at every position:
//!
//! 1. a pass over the text, 64 bytes at a time in a loop the compiler turns into vector
//!    code, keeps the upper-case ASCII letters that start a word, non-ASCII characters and
//!    the punctuation some name starts with (see [`Keep`]). A capital inside a word is
//!    kept only after a lower-case letter or a digit, and only when some name starts so.
//!    Names that start with a lower-case letter or a digit are found from the capital of
//!    their next word, looking back ("the Hague", "de Blasio", "10 Downing Street"), or by a
//!    SIMD search (Teddy) for their first word in lower case and the two bytes after it ("de
//!    la Madrid", "ebay"), and, for a first word written with capitals inside it ("eBAY"),
//!    from the first of those capitals;
//! 2. the position must start a word (unless a name starting with punctuation fits there),
//!    and its first two bytes, up to ASCII case, must begin some name;
//! 3. the first word (its first character, the ASCII letters and digits after it and the
//!    two bytes after those, at most eight bytes; see [`word_keys`]) must be the first word
//!    of some name: a Bloom filter of those words. Where the text's first letter is not a
//!    capital, the letter after the separator keeps its case, for a capital there must stay
//!    one: "the white" is not "the White House" (see `case_fits`). Sieves 2 and 3 read
//!    eight bytes of text as one number ([`Eight`]) and have no branch that depends on
//!    their outcome.
//!
//! In news text about one word in ten gets past all three, and most of those are names.
//! With 150,000 names, sieve 2 lets nearly every capital through (there is a name for
//! almost every pair of letters); sieve 3 keeps about half of them.

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
    /// What the block pass keeps.
    keep: Keep,
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

/// What the block pass keeps, as flags and bytes, so that it compiles to vector code.
#[derive(Debug, Clone, Copy, Default)]
struct Keep {
    /// Upper-case ASCII letters that start a word: some name starts with an ASCII letter
    /// (text in capitals can stand for a lower-case one).
    capitals: bool,
    /// Also upper-case ASCII letters after a lower-case letter or a digit ("eBAY", "tHe"):
    /// some name starts with a lower-case letter or a digit.
    inner_capitals: bool,
    /// UTF-8 lead bytes: some name starts with a non-ASCII character, or has one after a
    /// first word in lower case ("de Ávila").
    non_ascii: bool,
    /// Every ASCII punctuation byte: more than [`MAX_PUNCTUATION`] bytes start names.
    all_punctuation: bool,
    /// Else the punctuation that starts names ("'s-Hertogenbosch"), in the slots whose flag
    /// is set.
    punctuation: [(u8, bool); MAX_PUNCTUATION],
}

impl Keep {
    /// Whether only capitals that start a word are kept: every name starts with an ASCII
    /// letter and has no lower-case first word. Then the block pass is much simpler.
    fn capitals_only(self) -> bool {
        !(self.inner_capitals || self.non_ascii || self.all_punctuation)
            && self.punctuation.iter().all(|&(_, used)| !used)
    }

    /// Whether the block pass keeps `byte`, which comes after `before` (0 at the start of
    /// the text); without `GENERAL`, as if [`Keep::capitals_only`]. Branch-free, for vector
    /// code.
    #[inline(always)]
    fn keeps<const GENERAL: bool>(self, before: u8, byte: u8) -> bool {
        let lower_or_digit = |b: u8| (b.wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10);
        let capital = byte.wrapping_sub(b'A') < 26;
        let after_lower = lower_or_digit(before);
        let after_word = after_lower | (before.wrapping_sub(b'A') < 26);
        if !GENERAL {
            return self.capitals & capital & !after_word;
        }
        let mut punctuation = self.all_punctuation
            & (byte.wrapping_sub(b'!') < 94)
            & !capital
            & !lower_or_digit(byte);
        for (p, used) in self.punctuation {
            punctuation |= used & (byte == p);
        }
        let special = (self.non_ascii & (byte >= 0xc0)) | punctuation;
        let capital = self.capitals & capital;
        (capital & !after_word) | (capital & self.inner_capitals & after_lower) | special
    }
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
            keep: Keep::default(),
            upper_pairs: Box::new([0; 1024]),
            other_pairs: Box::new([0; 1024]),
            bloom: Vec::new(),
            lower: None,
            capital_after_lower: false,
            lower_word_len: 0,
        };
        let mut keys = Vec::new();
        let mut lower_words = Vec::new();
        let mut punctuation = Some(Vec::new());
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
                b'A'..=b'Z' => starts.keep.capitals = true,
                b'a'..=b'z' | b'0'..=b'9' => {
                    // All capitals ("EBAY", "THE HAGUE") can stand for a lower-case name.
                    starts.keep.capitals |= first.is_ascii_alphabetic();
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
                            starts.keep.non_ascii |= next >= 0xc0;
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
                0x80.. => starts.keep.non_ascii = true,
                _ => match &mut punctuation {
                    Some(list) if list.contains(&first) => {}
                    Some(list) if list.len() < MAX_PUNCTUATION => list.push(first),
                    _ => punctuation = None,
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
        match punctuation {
            Some(list) => {
                for (slot, byte) in starts.keep.punctuation.iter_mut().zip(list) {
                    *slot = (byte, true);
                }
            }
            None => starts.keep.all_punctuation = true,
        }
        starts.keep.inner_capitals = starts.lower_word_len > 0;
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
    ///
    /// Sieves 2 and 3 run only where the block pass keeps a byte; the checks that look
    /// back from a capital run only where they can find something: a capital after a
    /// letter or digit neither starts a word nor follows a separator, and of the capitals
    /// inside a word that starts in lower case ("eBAY") the first one finds its start.
    pub(crate) fn candidates(&self, bytes: &[u8]) -> Vec<usize> {
        let (upper, mut inner) = if self.keep.capitals_only() {
            self.scan::<false>(bytes)
        } else {
            self.scan::<true>(bytes)
        };
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

    /// Sieves 1 to 3 over `bytes` (see [`Keep::keeps`] for `GENERAL`): the positions that
    /// pass, in order, and the word starts found by looking back from a capital.
    fn scan<const GENERAL: bool>(&self, bytes: &[u8]) -> (Vec<usize>, Vec<usize>) {
        let mut upper = Vec::new();
        let mut inner = Vec::new();
        // The kept positions of a block, of which the first `count` passed sieves 2 and 3.
        let mut passed = [0; 64];
        // The byte before the block, then the block; the last block padded with zeros.
        let mut window = [0; 65];
        for index in 0..bytes.len().div_ceil(64) {
            let chunk = &bytes[64 * index..bytes.len().min(64 * index + 64)];
            match <&[u8; 64]>::try_from(chunk) {
                Ok(full) => window[1..].copy_from_slice(full),
                Err(_) => {
                    window[1..].fill(0);
                    window[1..=chunk.len()].copy_from_slice(chunk);
                }
            }
            let mut mask = self.block::<GENERAL>(&window);
            if chunk.len() < 64 {
                mask &= (1 << chunk.len()) - 1;
            }
            window[0] = window[64];
            // Every kept position is written and counted when sieves 2 and 3 let it through:
            // about half do, at random, which a branch would mispredict.
            let mut count = 0;
            while mask != 0 {
                let at = index * 64 + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                passed[count] = at;
                count += usize::from(self.may_start(bytes, at));
                // The looks back run whatever sieves 2 and 3 say: "the Hague" starts at
                // "the" although "Hague" may be a name of its own. They find nothing when
                // no name starts with a lower-case letter or a digit.
                if GENERAL {
                    if let Some(start) = self.word_with_capital(bytes, at) {
                        inner.push(start);
                    }
                    if let Some(start) = self.word_before_capital(bytes, at) {
                        inner.push(start);
                    }
                }
            }
            upper.extend_from_slice(&passed[..count]);
        }
        (upper, inner)
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
        let word = alphanumeric_before(bytes, end, self.lower_word_len);
        let start = end - word;
        let first = bytes.get(start)?;
        let lower = first.is_ascii_lowercase() || first.is_ascii_digit();
        (word > 0 && lower && self.may_start_lower(bytes, start)).then_some(start)
    }

    /// The start of a word starting with a lower-case letter or a digit that has a capital
    /// at `at` ("eBAY", "tHe Hague"), if it may be a name's.
    ///
    /// Only the first capital of such a word finds it, the one after a lower-case letter or
    /// a digit: the word's start is no farther from it than from a later capital.
    #[inline]
    fn word_with_capital(&self, bytes: &[u8], at: usize) -> Option<usize> {
        let before = bytes.get(at.checked_sub(1)?)?;
        if self.lower_word_len == 0
            || !bytes.get(at)?.is_ascii_uppercase()
            || !(before.is_ascii_lowercase() || before.is_ascii_digit())
        {
            return None;
        }
        let window = self.lower_word_len.min(at);
        let word = alphanumeric_before(bytes, at, window);
        let start = at - word;
        let first = bytes.get(start)?;
        let at_word_start = start == 0 || word < window;
        let lower = first.is_ascii_lowercase() || first.is_ascii_digit();
        (word > 0 && at_word_start && lower && self.may_start_lower(bytes, start)).then_some(start)
    }

    /// Sieves 2 and 3 for a position the block pass kept.
    #[inline]
    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        let Some(&first) = bytes.get(at) else {
            return false;
        };
        let after_word = at
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .is_some_and(u8::is_ascii_alphanumeric);
        let wanted = if after_word { ANYWHERE } else { START };
        let upper = first.is_ascii_uppercase();
        let eight = Eight::at(bytes, at);
        let pair = eight.pair();
        let bit = 1 << (pair % 64);
        let pair_known = (upper & (self.upper_pairs[pair / 64] & bit != 0))
            | (self.other_pairs[pair / 64] & bit != 0);
        // Sieve 2 fails nearly everywhere with a few names and passes nearly everywhere with
        // many: a branch predicts it well. Whether sieve 3 passes is as good as random.
        if (self.class[usize::from(first)] & wanted == 0) | !pair_known {
            return false;
        }
        self.first_word_known(eight.word_keys(upper), upper)
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
            && self.first_word_known(word_keys(rest, false), false)
    }

    /// Sieve 3: whether a first word, as its [`word_keys`], is in the Bloom filter.
    #[inline]
    fn first_word_known(&self, (short, long): (u64, Option<u64>), upper: bool) -> bool {
        let short = hash(short, upper);
        let Some(line) = self.bloom.get(line_index(short, self.bloom.len())) else {
            return false;
        };
        line.contains(short) | long.is_some_and(|long| line.contains(hash(long, upper)))
    }

    /// Sieve 1 on one 64-byte block, `window[1..]`, after the byte `window[0]`: bit `i`
    /// is set when byte `i` of the block is an upper-case ASCII letter that starts a word or
    /// follows a lower-case letter or digit, starts a non-ASCII character or is punctuation
    /// that starts a name, as far as names start so (see [`Keep`]).
    #[inline(always)]
    fn block<const GENERAL: bool>(&self, window: &[u8; 65]) -> u64 {
        // One byte per position, 0x80 where kept: a loop the compiler turns into vector
        // code, which safe Rust cannot write by hand.
        let mut high = [0; 64];
        for (i, slot) in high.iter_mut().enumerate() {
            *slot = u8::from(self.keep.keeps::<GENERAL>(window[i], window[i + 1])) << 7;
        }
        let mut mask = 0;
        for (i, eight) in high.chunks_exact(8).enumerate() {
            let mut word = [0; 8];
            word.copy_from_slice(eight);
            mask |= movemask(u64::from_le_bytes(word)) << (8 * i);
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

/// The number of ASCII letters and digits right before `end` in `bytes`, at most `max`.
#[inline]
fn alphanumeric_before(bytes: &[u8], end: usize, max: usize) -> usize {
    let mut run = 0;
    while run < max {
        // Eight bytes that end where the run starts, the last in the high byte.
        let before = &bytes[..end - run];
        let x = match before.last_chunk::<8>() {
            Some(&eight) => u64::from_le_bytes(eight),
            None => {
                let mut word = [0; 8];
                word[8 - before.len()..].copy_from_slice(before);
                u64::from_le_bytes(word)
            }
        };
        let alphanumeric =
            in_range(x | 0x2020_2020_2020_2020, b'a', b'z') | in_range(x, b'0', b'9');
        let more = ((!alphanumeric & HIGH).leading_zeros() / 8) as usize;
        run += more;
        if more < 8 {
            break;
        }
    }
    run.min(max)
}

/// The low `n` bytes of a word set, for `n` up to 8.
#[inline(always)]
fn low_bytes(n: usize) -> u64 {
    u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0)
}

/// Up to eight bytes of text from a position, as one number: the bit-parallel
/// [`word_keys`] and [`pair_index`] of text.
#[derive(Clone, Copy)]
struct Eight {
    /// The bytes, the first in the low byte, zeros after the end of the text.
    raw: u64,
    /// How many of them are text: eight unless the text ends sooner.
    len: usize,
}

impl Eight {
    #[inline]
    fn at(bytes: &[u8], at: usize) -> Eight {
        if let Some(&eight) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
            return Eight {
                raw: u64::from_le_bytes(eight),
                len: 8,
            };
        }
        let rest = bytes.get(at..).unwrap_or_default();
        let mut word = [0; 8];
        word[..rest.len()].copy_from_slice(rest);
        Eight {
            raw: u64::from_le_bytes(word),
            len: rest.len(),
        }
    }

    /// The bytes with ASCII letters in lower case.
    #[inline]
    fn folded(self) -> u64 {
        self.raw | in_range(self.raw, b'A', b'Z') >> 2
    }

    /// [`pair_index`] of the first two bytes.
    #[inline]
    fn pair(self) -> usize {
        let folded = self.folded();
        usize::from(folded as u8) << 8 | usize::from((folded >> 8) as u8)
    }

    /// [`word_keys`] of the text from here, which gives the same keys.
    #[inline]
    fn word_keys(self, fold_next: bool) -> (u64, Option<u64>) {
        // Length in bytes of the first character, by the high nibble of its first byte.
        const FIRST_LEN: [usize; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];
        let folded = self.folded();
        let first_len = FIRST_LEN[usize::from(self.raw as u8 >> 4)];
        let alnum = in_range(folded, b'a', b'z') | in_range(self.raw, b'0', b'9');
        let in_word = alnum | (low_bytes(first_len) & HIGH);
        let word = ((!in_word & HIGH).trailing_zeros() / 8) as usize;
        let len = word.min(self.len);
        let short = folded & low_bytes(len);
        let long = (len <= 6 && len + 2 <= self.len).then(|| {
            let next = if fold_next { folded } else { self.raw };
            short
                | (self.raw & low_bytes(len + 1) & !low_bytes(len))
                | (next & low_bytes(len + 2) & !low_bytes(len + 1))
        });
        (short, long)
    }
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
    fn bit_parallel_helpers_match_byte_by_byte() {
        let x = u64::from_le_bytes(*b"aZ0-\xc3\xa9 ~");
        assert_eq!(movemask(in_range(x, b'A', b'Z')), 0b0000_0010);
        assert_eq!(movemask(in_range(x, b'0', b'9')), 0b0000_0100);
        assert_eq!(movemask(in_range(x, b'!', b'~')), 0b1000_1111);
        assert_eq!(low_bytes(0), 0);
        assert_eq!(low_bytes(3), 0x00ff_ffff);
        assert_eq!(low_bytes(8), u64::MAX);
        let text = "ab1 ÅlandX,9z-éé...QQ".as_bytes();
        for end in 0..=text.len() {
            for max in 0..12 {
                let expected = text[..end]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count()
                    .min(max);
                assert_eq!(alphanumeric_before(text, end, max), expected, "{end} {max}");
            }
        }
        let long = b"x abcdefghijklmnopq";
        assert_eq!(alphanumeric_before(long, long.len(), 20), 17);
        assert_eq!(alphanumeric_before(long, long.len(), 9), 9);
    }

    /// The bit-parallel keys of text agree with [`word_keys`], which the names go in with:
    /// at every position of mixed text, up to its end.
    #[test]
    fn eight_bytes_give_the_keys_of_word_keys() {
        let texts = [
            "The Hague, J.D. Vance and ‘Ajmān’s Åland: 10 Downing Street; WASHINGTONIAN x",
            "de la Madrid é\u{301}Putin 's-Hertogenbosch U.S. al-Qaeda eBAY 2Putin",
            "\u{1F600}Z\u{10FFFF}aé",
            "",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for at in 0..bytes.len() {
                let eight = Eight::at(bytes, at);
                let pair = pair_index(bytes[at], bytes.get(at + 1).copied());
                assert_eq!(eight.pair(), pair, "{at} in {text:?}");
                for fold_next in [false, true] {
                    assert_eq!(
                        eight.word_keys(fold_next),
                        word_keys(&bytes[at..], fold_next),
                        "{at} in {text:?}"
                    );
                }
            }
        }
    }

    /// The filter as first written: sieves 2 and 3 and the looks back from a capital at
    /// every upper-case ASCII letter, UTF-8 lead byte and punctuation byte that starts a
    /// name, as far as names start so.
    fn reference_candidates(starts: &Starts, bytes: &[u8]) -> Vec<usize> {
        let keep = starts.keep;
        let mut found = Vec::new();
        for (at, &byte) in bytes.iter().enumerate() {
            let punctuation = if keep.all_punctuation {
                byte.is_ascii_punctuation()
            } else {
                keep.punctuation.iter().any(|&(p, used)| used && p == byte)
            };
            let kept = (keep.capitals && byte.is_ascii_uppercase())
                || (keep.non_ascii && byte >= 0xc0)
                || punctuation;
            if !kept {
                continue;
            }
            if starts.may_start(bytes, at) {
                found.push(at);
            } else if let Some(start) = starts.word_with_capital(bytes, at) {
                found.push(start);
            }
            found.extend(starts.word_before_capital(bytes, at));
        }
        if let Some(search) = &starts.lower {
            search.starts(bytes, |at| {
                if starts.may_start_lower(bytes, at) {
                    found.push(at);
                }
            });
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The block pass keeps fewer bytes than the reference (no capital inside a word but
    /// the first after a lower-case letter or digit) and finds the same starts: with every
    /// kind of name start, in ASCII and non-ASCII text, across the 64-byte blocks and at
    /// both ends of the text.
    #[test]
    fn block_pass_finds_what_every_kept_byte_finds() {
        let name_sets: [&[&str]; 5] = [
            // Only capitals that start a word are kept.
            &["Putin", "Kyiv", "US", "X", "Trump Tower"],
            &[
                "Putin",
                "Kyiv",
                "‘Ajmān",
                "de Blasio",
                "the Hague",
                "eBay",
                "10 Downing Street",
            ],
            &[
                "Åland",
                "'s-Hertogenbosch",
                "al-Qaeda",
                "de Ávila",
                "X",
                "US",
                "dpa",
            ],
            // More than three punctuation bytes start names: every one is kept.
            &[
                "(Foo)",
                "-Bar",
                ".Baz",
                "#Qux",
                "@Quux",
                "Trump",
                "van der Bellen",
            ],
            &["trump"],
        ];
        let texts = [
            "Putin, xPutin, putin, Kyivan Kyiv ‘Ajmān de “Ajmān dog PUTIN de la de Blasio",
            "the Hague tHe Hague THE HAGUE eBay EBAY eBAY ebay 10 Downing Street 210 Downing",
            "Åland xÅland éÅland 's-Hertogenbosch x's-Hertogenbosch al-Qaeda AL-QAEDA de Ávila",
            "(Foo) -Bar x.Baz #Qux@Quux Trump's van der Bellen VAN DER BELLEN X US us dpa DPA",
            "TRUMP Trump trump tRUMP 9Trump Trump9 \u{1F600}Trump",
        ];
        for names in name_sets {
            let starts = Starts::new(names.iter().copied());
            for text in texts {
                for pad in 0..70 {
                    for filler in [" ", "x", "é"] {
                        let padded = format!("{}{text}", filler.repeat(pad));
                        // Cut anywhere, even inside a character: the filter reads bytes.
                        let half = &padded.as_bytes()[..padded.len() / 2 + 1];
                        for bytes in [padded.as_bytes(), half] {
                            assert_eq!(
                                starts.candidates(bytes),
                                reference_candidates(&starts, bytes),
                                "{names:?} in {:?}",
                                String::from_utf8_lossy(bytes)
                            );
                        }
                    }
                }
            }
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
