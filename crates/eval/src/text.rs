//! The text rules of the scorer: tokens, quote marks, overlap, speaker words.

use std::cmp::Ordering;

/// Splits text into lower-cased tokens: maximal runs of alphanumeric characters.
///
/// Quote marks, punctuation and apostrophes separate tokens and are dropped, so
/// "“Don’t,” she said." gives `["don", "t", "she", "said"]`. Gold and predictions go through
/// the same function, so the split of contractions costs nothing.
///
/// ```
/// assert_eq!(whosaid_eval::tokens("“Don’t,” she said."), ["don", "t", "she", "said"]);
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words that never identify a speaker on their own, separated by spaces: pronouns,
/// determiners, function words, verbs of saying, auxiliaries and honorifics. Tokens of a
/// single character ("s" of "Trump’s") are not content words either.
pub const STOP_WORDS: &str = "\
    i me my mine myself we us our ours ourselves you your yours yourself he him his himself \
    she her hers herself it its itself they them their theirs themselves who whom whose \
    which what one the a an this that these those some any each every all both no another \
    other such of in on at to for from by with about as into and or but not nor so than \
    there here is are was were be been has have had do does did said says say told tells \
    according mr mrs ms dr sen rep gov";

/// The tokens of `text` that can identify a speaker: not in [`STOP_WORDS`], longer than one
/// character.
pub fn content_words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|t| t.chars().nth(1).is_some() && !STOP_WORDS.split_whitespace().any(|w| w == t))
        .collect()
}

/// Tells whether a predicted speaker is right for a gold source span.
///
/// Right when the predicted `speaker` or `speaker_mention` shares a [content
/// word](content_words) with the gold source ("Hillary Clinton" for "Clinton"). A gold source
/// made only of stop words ("he", "they") cannot share one; it is right when the `speaker` or
/// `speaker_mention` has exactly the gold source's tokens, i.e. the prediction points at the
/// same pronoun mention.
pub fn speaker_matches(gold_source: &str, speaker: &str, speaker_mention: &str) -> bool {
    let gold = content_words(gold_source);
    let shares_word = |predicted: &str| content_words(predicted).iter().any(|w| gold.contains(w));
    let gold_tokens = tokens(gold_source);
    let same_tokens = |predicted: &str| !gold_tokens.is_empty() && tokens(predicted) == gold_tokens;
    shares_word(speaker)
        || shares_word(speaker_mention)
        || same_tokens(speaker)
        || same_tokens(speaker_mention)
}

/// Double quote marks: any one makes a content quoted.
const DOUBLE_QUOTES: &[char] = &['“', '”', '"', '„', '«', '»'];

/// Tells whether a gold content is a direct or partial quote: it holds a double quote mark
/// (`“ ” " „ « »`, or `''`, two apostrophes, the typewriter form the New York Times texts
/// use) or a ‘ followed later by a ’. A ’ alone is an apostrophe.
pub fn is_quoted(content: &str) -> bool {
    content.contains(DOUBLE_QUOTES)
        || content.contains("''")
        || content
            .find('‘')
            .is_some_and(|open| content[open..].contains('’'))
}

/// The quoted fragments of a content, joined with a space, or `None` when it has none.
///
/// A fragment is the text between an opening mark (`“ „ " « ‘`) and the next closing mark of
/// its kind (`” " »`, also `“` after `„`; for `‘` a `’` not followed by a letter or digit,
/// so "don’t" does not close it). Marks inside a fragment are part of it; an unclosed
/// fragment runs to the end of the content; a closing mark with no opening one is ignored.
pub fn quoted_fragments(content: &str) -> Option<String> {
    // Two apostrophes are the typewriter form of a double quote mark (''So,'' he said).
    let content = &content.replace("''", "\"");
    let mut fragments = Vec::new();
    let mut open: Option<(char, usize)> = None;
    let mut chars = content.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match open {
            None => {
                if matches!(c, '“' | '„' | '"' | '«' | '‘') {
                    open = Some((c, i + c.len_utf8()));
                }
            }
            Some((opener, start)) => {
                let closes = match opener {
                    '‘' => c == '’' && !chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()),
                    '„' => matches!(c, '”' | '"' | '“'),
                    _ => matches!(c, '”' | '"' | '»'),
                };
                if closes {
                    fragments.push(&content[start..i]);
                    open = None;
                }
            }
        }
    }
    if let Some((_, start)) = open {
        fragments.push(&content[start..]);
    }
    (!fragments.is_empty()).then(|| fragments.join(" "))
}

/// The match score of a predicted statement against a gold content, in 0..=1.
///
/// The token-overlap F1 (multiset overlap, see [`tokens`]); for a content with
/// [`quoted_fragments`], the better of the F1 against the whole content and against the
/// fragments alone. A prediction matches when the score is at least 0.5.
///
/// ```
/// use whosaid_eval::match_score;
///
/// let content = "Trump told reporters on Tuesday the plan was “a total disaster”";
/// assert_eq!(match_score("A total disaster!", content), 1.0);
/// assert_eq!(match_score("alpha beta", "alpha gamma"), 0.5);
/// ```
pub fn match_score(predicted: &str, gold_content: &str) -> f64 {
    let gold = GoldTokens::new(gold_content);
    gold.score(&sorted_tokens(predicted)).value()
}

/// The tokens of a text, sorted for multiset intersection.
pub(crate) fn sorted_tokens(text: &str) -> Vec<String> {
    let mut tokens = tokens(text);
    tokens.sort_unstable();
    tokens
}

/// The sorted tokens of a gold content and of its quoted fragments.
pub(crate) struct GoldTokens {
    full: Vec<String>,
    fragments: Option<Vec<String>>,
}

impl GoldTokens {
    pub(crate) fn new(content: &str) -> GoldTokens {
        GoldTokens {
            full: sorted_tokens(content),
            fragments: quoted_fragments(content).map(|f| sorted_tokens(&f)),
        }
    }

    /// The match score of a prediction's sorted tokens, exact.
    pub(crate) fn score(&self, predicted: &[String]) -> F1 {
        let full = F1::of(predicted, &self.full);
        match &self.fragments {
            Some(fragments) => full.max(F1::of(predicted, fragments)),
            None => full,
        }
    }
}

/// An F1 kept as the exact fraction `2 * overlap / (predicted + gold)`, so that the 0.5
/// threshold and the greedy order do not depend on rounding.
#[derive(Debug, Clone, Copy)]
pub(crate) struct F1 {
    numerator: u64,
    denominator: u64,
}

impl F1 {
    /// The token-overlap F1 of two sorted token lists.
    fn of(predicted: &[String], gold: &[String]) -> F1 {
        let (mut i, mut j, mut overlap) = (0, 0, 0u64);
        while i < predicted.len() && j < gold.len() {
            match predicted[i].cmp(&gold[j]) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    overlap += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        F1 {
            numerator: 2 * overlap,
            denominator: (predicted.len() + gold.len()) as u64,
        }
    }

    /// Whether the score reaches the match threshold, 0.5.
    pub(crate) fn is_match(self) -> bool {
        self.numerator > 0 && 2 * self.numerator >= self.denominator
    }

    pub(crate) fn value(self) -> f64 {
        if self.denominator == 0 {
            0.0
        } else {
            self.numerator as f64 / self.denominator as f64
        }
    }
}

impl Ord for F1 {
    fn cmp(&self, other: &F1) -> Ordering {
        // An empty denominator means no tokens on either side: score 0.
        let (a, b) = (self.denominator.max(1), other.denominator.max(1));
        (u128::from(self.numerator) * u128::from(b))
            .cmp(&(u128::from(other.numerator) * u128::from(a)))
    }
}

impl PartialOrd for F1 {
    fn partial_cmp(&self, other: &F1) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for F1 {
    fn eq(&self, other: &F1) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for F1 {}
