//! A learned classifier over subject–verb clauses, for the attributions PolNeAR-style
//! annotators see beyond verbs of saying: stances, beliefs and acts of a source ("Amelize
//! Joseph loves the public school …", "Federal investigators have also discovered that …",
//! "Mr. Obama has previously made the case for Mrs. Clinton").
//!
//! Every clause whose verb the rules left alone, after a subject (a name, a pronoun, a role,
//! a group, a relative pronoun or a plain noun run, past an aside or shared with a verb
//! before "and"), is a candidate, with the rest of its clause as content; a negated one too
//! ("did not single out his proposals"), with the negation among its features, unless its
//! verb is one of saying or writing ("did not comment"). Whom something was said to is never
//! content; a noun phrase after a verb that takes a clause is left to the classifier, except
//! after a verb of thought. A logistic regression over hashed features of the verb, its
//! auxiliaries, the words after it, the subject and the tagger's view of the clause decides
//! whether it is an attribution; `cargo xtask train clauses` fits it on PolNeAR train and
//! writes `data/clauses.bin`.

use std::ops::Range;

use nohash_hasher::IntMap;

use crate::lexicon::CueClass;
use crate::resolve::{AUXILIARIES, BE, Np, NpKind, Parser, Reported, descriptive, word_class};
use crate::tagger::{Label, Tagged, TokenFacts, negation, push_feature};

/// Words that end a candidate's content: a new clause after a comma, or a semicolon.
const CLAUSE_ENDS: &[&str] = &[
    "but", "while", "although", "though", "because", "whereas", "and",
];

/// Particles that belong to the verb before them ("ruled out").
const PARTICLES: &[&str] = &["out", "up", "down", "off"];

/// Subjects a bare verb agrees with ("they see", "people feel").
const PLURAL_SUBJECTS: &[&str] = &[
    "they", "we", "i", "you", "people", "men", "women", "children", "police",
];

/// Clitics that stand for an auxiliary after a pronoun ("he’s said", "they’d hoped").
const CLITIC_AUXILIARIES: &[&str] = &[
    "’s", "'s", "’ve", "'ve", "’d", "'d", "’re", "'re", "’ll", "'ll",
];

/// Pronouns a clitic auxiliary follows.
const SUBJECT_PRONOUNS: &[&str] = &[
    "he", "she", "it", "i", "we", "you", "they", "who", "that", "there", "what",
];

/// Words that head no subject.
const NOT_HEADS: &[&str] = &[
    "it", "this", "that", "there", "here", "what", "which", "who", "so", "then", "now", "also",
    "still", "yet", "just", "even", "only", "too", "lest", "if", "as", "than",
];

/// Words inside a verb chain that are not its verb.
const NOT_VERBS: &[&str] = &[
    "not", "never", "n’t", "n't", "also", "still", "just", "only", "long", "already", "often",
    "always", "ever", "again",
];

/// Whether a verb chain goes on after `w` ("would have loved", "is being sued", "didn’t
/// want").
fn auxiliary(w: &str) -> bool {
    AUXILIARIES.contains(&w) || w == "being" || w.ends_with("n’t") || w.ends_with("n't")
}

/// A subject–verb clause that may be an attribution.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The subject as the phrase parser reads it.
    pub np: Np,
    /// Tokens of the verb chain, auxiliaries included ("have also discovered").
    pub verb: Range<usize>,
    /// Tokens of the content: the rest of the clause after the verb.
    pub content: Range<usize>,
    /// Hashed features for the classifier.
    pub features: Vec<u64>,
}

/// The classifier's weights: a logistic regression over hashed features.
#[derive(Debug, Clone, Default)]
pub struct Classifier {
    weights: IntMap<u64, f32>,
}

const MAGIC: &[u8; 8] = b"WSCLS001";

/// The probability from which a candidate is taken for an attribution: the threshold with the
/// best F1 over held-out candidates when the classifier is cross-validated in ten folds of
/// PolNeAR train (`cargo xtask train clauses DIR --folds 10`). F1 is nearly flat from 0.2 to
/// 0.3 there; below that, each candidate gained costs more than one wrongly taken.
pub const ACCEPT: f32 = 0.25;

impl Classifier {
    /// The classifier built into the crate (`data/clauses.bin`); empty when that file is.
    pub fn embedded() -> Classifier {
        Classifier::from_bytes(include_bytes!("../data/clauses.bin")).unwrap_or_default()
    }

    /// Whether the classifier has no weights (it then accepts nothing).
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The probability that a candidate with these features is an attribution.
    pub fn probability(&self, features: &[u64]) -> f32 {
        let z: f32 = features.iter().filter_map(|f| self.weights.get(f)).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// Whether a candidate with these features is taken for an attribution: its probability
    /// reaches [`ACCEPT`].
    pub fn accepts(&self, features: &[u64]) -> bool {
        self.probability(features) >= ACCEPT
    }

    /// Reads a classifier written by [`Classifier::to_bytes`].
    ///
    /// # Errors
    ///
    /// A message when the bytes are not such a classifier.
    pub fn from_bytes(bytes: &[u8]) -> Result<Classifier, String> {
        if bytes.is_empty() {
            return Ok(Classifier::default());
        }
        let body = bytes
            .strip_prefix(MAGIC)
            .ok_or("not a whosaid clause classifier")?;
        if body.len() % 12 != 0 {
            return Err("clause classifier has the wrong length".to_owned());
        }
        let weights = body
            .chunks_exact(12)
            .map(|e| {
                let mut key = [0; 8];
                key.copy_from_slice(&e[..8]);
                let w = f32::from_le_bytes([e[8], e[9], e[10], e[11]]);
                (u64::from_le_bytes(key), w)
            })
            .collect();
        Ok(Classifier { weights })
    }

    /// The classifier as bytes: each feature and its weight, in key order.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<u64> = self.weights.keys().copied().collect();
        keys.sort_unstable();
        let mut out = Vec::with_capacity(8 + keys.len() * 12);
        out.extend_from_slice(MAGIC);
        for k in keys {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&self.weights[&k].to_le_bytes());
        }
        out
    }
}

/// Fits the classifier to candidates' features and whether each is an attribution: `epochs`
/// passes of stochastic gradient descent on the log loss in the given order (so training is
/// deterministic), keeping the weights averaged over every step. Only features seen on at
/// least `min_count` candidates get weights.
pub fn train_classifier(
    examples: &[(Vec<u64>, bool)],
    epochs: usize,
    min_count: usize,
) -> Classifier {
    let mut counts: IntMap<u64, usize> = IntMap::default();
    for f in examples.iter().flat_map(|(features, _)| features) {
        *counts.entry(*f).or_default() += 1;
    }
    let mut model = Classifier::default();
    // Averaging as in the perceptron: running sums of weight change × step.
    let mut sums: IntMap<u64, f64> = IntMap::default();
    let mut step = 1.0f64;
    for epoch in 0..epochs {
        let rate = 0.2 / (1.0 + epoch as f32);
        for (features, gold) in examples {
            let p = model.probability(features);
            let gradient = (f32::from(u8::from(*gold)) - p) * rate;
            for k in features.iter().filter(|k| counts[k] >= min_count) {
                *model.weights.entry(*k).or_default() += gradient;
                *sums.entry(*k).or_default() += step * f64::from(gradient);
            }
            step += 1.0;
        }
    }
    for (k, w) in &mut model.weights {
        *w -= (sums[k] / step) as f32;
    }
    model
}

/// What the tagger makes of a candidate: how sure it is of a cue at the verb, and how much
/// of the subject and content it tags as source and content.
fn tagger_features(
    f: &mut Vec<u64>,
    tagged: &Tagged<'_, '_>,
    np: &Np,
    chain: Range<usize>,
    content: Range<usize>,
) {
    let margin = chain
        .clone()
        .map(|i| tagged.model.margin(&tagged.features[i], Label::CueBegin))
        .fold(f32::NEG_INFINITY, f32::max);
    let bucket = (margin / 25.0).clamp(-12.0, 12.0).round() as i8;
    push_feature!(f; "tm", bucket.to_le_bytes());
    let share = |r: Range<usize>, a: Label, b: Label| {
        let n = r.len().max(1);
        let hit = r
            .filter(|&i| tagged.labels[i] == a || tagged.labels[i] == b)
            .count();
        (hit * 4 / n) as u8
    };
    let cue = share(chain, Label::CueBegin, Label::CueInside);
    let src = share(np.start..np.end, Label::SourceBegin, Label::SourceInside);
    let con = share(content, Label::ContentBegin, Label::ContentInside);
    push_feature!(f; "tcue", [cue]);
    push_feature!(f; "tsrc", [src]);
    push_feature!(f; "tcon", [con]);
    push_feature!(f; "tall", [cue, src.min(1), con]);
}

impl Parser<'_> {
    /// The subject–verb clauses of paragraph `pi` that may be attributions, outside quotes
    /// and clear of the statements the rules found (`taken`).
    pub fn clause_candidates(
        &self,
        pi: usize,
        taken: &[Reported],
        tagged: &Tagged<'_, '_>,
    ) -> Vec<Candidate> {
        let tokens = &self.paragraph_tokens[pi];
        let mut out = Vec::new();
        for sentence in self.sentences_of(pi) {
            let stop = self.words_end(pi, &sentence);
            let mut k = sentence.start;
            // The previous verb chain of the sentence, whose subject a coordinated one shares.
            let mut previous: Option<usize> = None;
            while k < stop {
                let Some(chain) = self.verb_chain(&tagged.facts, pi, k, stop) else {
                    k += 1;
                    continue;
                };
                k = chain.end;
                let head = self.chain_head(pi, &chain);
                let before = previous.replace(chain.start);
                let negated = chain.clone().any(|i| negation(self.lower_word(pi, i)));
                // "did not comment": what was not said is no statement; what was not done or
                // thought may be one ("has not mentioned Machado", "doesn't need those states").
                if negated
                    && self.cue_at(pi, head).is_some_and(|(cue, _)| {
                        matches!(cue.class, CueClass::Speech | CueClass::Writing)
                    })
                {
                    continue;
                }
                // The content: what follows the verb, to the end of its clause.
                let mut start = chain.end;
                if start < stop && matches!(self.lower_word(pi, start), "that" | ",") {
                    start += 1;
                }
                let mut end = start;
                while end < stop {
                    let w = self.lower_word(pi, end);
                    // "reiterated his overtures of peace while his bombs rain down": a
                    // subordinator opens a clause of its own, comma or not.
                    if matches!(w, ";" | ":" | "while" | "because" | "although" | "whereas")
                        || (w == "," && end + 1 < stop && {
                            let next = self.lower_word(pi, end + 1);
                            // "…, raising concerns among …": the writer's aside.
                            CLAUSE_ENDS.contains(&next) || (next.len() > 4 && next.ends_with("ing"))
                        })
                    {
                        break;
                    }
                    if self.second_verb_phrase(pi, end, stop) {
                        break;
                    }
                    end += 1;
                }
                // "made the following comment:": words introducing what follows a colon
                // are not what was said.
                if end < sentence.end && self.word(pi, end) == ":" {
                    continue;
                }
                while end > start && !tokens[end - 1].word {
                    end -= 1;
                }
                let words = (start..end).filter(|&i| tokens[i].word).count();
                // "spoke on Tuesday": a time is not what was said.
                let timed = (start..end).all(|i| {
                    !tokens[i].word
                        || self.in_timex(pi, i)
                        || word_class(self.lower_word(pi, i)) == "prep"
                });
                // "has been endorsed by dozens of papers": a passive's subject is not its
                // source.
                let passive = start < stop
                    && self.lower_word(pi, start) == "by"
                    && chain.clone().any(|i| BE.contains(&self.lower_word(pi, i)));
                // "The call, CNN reported, took place …": a verb opening the content means
                // the verb chain interrupts another clause.
                if words < 2
                    || passive
                    || timed
                    || (chain.start..end).any(|i| tagged.facts[i].quoted)
                    || self.finite_like(pi, start)
                {
                    continue;
                }
                let cue = self.span(pi, chain.start, chain.end);
                let clause = self.span(pi, start, end);
                if taken
                    .iter()
                    .any(|r| r.overlaps(&cue, std::slice::from_ref(&clause)))
                {
                    continue;
                }
                let Some(np) = self.candidate_subject(pi, chain.start, sentence.start, before)
                else {
                    continue;
                };
                // "Deeply divided about …": an opening adverb is no subject.
                if !tokens[np.start].word
                    || (np.end == np.start + 1 && tagged.facts[np.start].class == "ly")
                    || (np.start..np.end).any(|i| tagged.facts[i].quoted)
                    || !self.content_is_said(&tagged.facts, pi, head, start..end)
                {
                    continue;
                }
                // "While Trump has railed against …, he’s sought to …": a clause opened by a
                // subordinator ends at its comma.
                if self.subordinate(pi, sentence.start, np.start)
                    && let Some(comma) = (start + 2..end).find(|&x| self.word(pi, x) == ",")
                {
                    end = comma;
                }
                // Whether the lexicon expects a clause rather than this noun phrase, for the
                // classifier to weigh.
                let fits = self.object_fits(&tagged.facts, pi, head, start..end);
                let mut features = self.clause_features(
                    &tagged.facts,
                    pi,
                    sentence.start,
                    &np,
                    chain.clone(),
                    start..end,
                );
                push_feature!(features; "neg", [u8::from(negated)]);
                push_feature!(features; "neg-h", [u8::from(negated)], self.lower_word(pi, head));
                push_feature!(features; "fits", [u8::from(fits)]);
                push_feature!(features; "fits-h", [u8::from(fits)], self.lower_word(pi, head));
                if !tagged.labels.is_empty() {
                    tagger_features(&mut features, tagged, &np, chain.clone(), start..end);
                }
                out.push(Candidate {
                    np,
                    verb: chain,
                    content: start..end,
                    features,
                });
            }
        }
        out
    }

    /// Whether token `x` opens a second verb phrase of the same subject, a clause of its own:
    /// "stressed her support … and said she …", "bemoaned the unrest and also said …".
    pub(crate) fn second_verb_phrase(&self, pi: usize, x: usize, stop: usize) -> bool {
        if !matches!(self.lower_word(pi, x), "and" | "but") || x + 1 >= stop {
            return false;
        }
        let mut v = x + 1;
        while v + 1 < stop && NOT_VERBS.contains(&self.lower_word(pi, v)) {
            v += 1;
        }
        self.finite_like(pi, v)
    }

    /// The subject of a verb chain starting at token `k`: what the phrase parser reads as a
    /// source, else a relative pronoun, the subject of the verb chain starting at `previous`
    /// after "and", "but" or "yet", the subject before an aside in commas or parentheses, or
    /// any common noun phrase, for the classifier to weigh.
    fn candidate_subject(
        &self,
        pi: usize,
        k: usize,
        lo: usize,
        previous: Option<usize>,
    ) -> Option<Np> {
        self.subject_of(pi, k, lo, None).or_else(|| {
            let mut j = k;
            while j > lo && self.between_subject_and_cue(pi, j - 1, k) {
                j -= 1;
            }
            if j == lo {
                return None;
            }
            let before = self.lower_word(pi, j - 1);
            if matches!(before, "who" | "which") {
                return Some(self.relative(pi, j - 1, lo));
            }
            // "… stressed her support and said …", "demands transparency, yet refuses …": a
            // second verb phrase shares the subject of the first.
            if matches!(before, "and" | "but" | "yet") {
                return previous.and_then(|p| self.candidate_subject(pi, p, lo, None));
            }
            // "North Korea's test, its second this year, reflects …", "many colleges (private
            // ones, in particular) offer …": the subject before an aside.
            if matches!(before, "," | ")") {
                let open = if before == "," { "," } else { "(" };
                let aside = (lo..j - 1)
                    .rev()
                    .take(16)
                    .find(|&i| self.word(pi, i) == open)?;
                return (aside > lo)
                    .then(|| self.candidate_subject(pi, aside, lo, None))
                    .flatten()
                    .filter(|np| np.end == aside);
            }
            self.common_np(pi, j - 1, lo)
                .map(|(np, _)| np)
                .or_else(|| self.noun_run(pi, j - 1, lo))
        })
    }

    /// A plain run of up to five words ending at token `head` that may be a noun phrase
    /// ("State regulators", "companies", "you"), named by its own words.
    fn noun_run(&self, pi: usize, head: usize, lo: usize) -> Option<Np> {
        let plain = |i: usize| {
            let w = self.lower_word(pi, i);
            self.paragraph_tokens[pi][i].word
                && self.quoted(pi, i).is_none()
                && matches!(word_class(w), "w" | "s" | "pron" | "det")
                && !NOT_HEADS.contains(&w)
        };
        let hw = self.lower_word(pi, head);
        // "No one", "every one of them".
        if hw == "one" && head > lo && matches!(self.lower_word(pi, head - 1), "no" | "every") {
            let range = self.span(pi, head - 1, head + 1);
            return Some(Np {
                kind: NpKind::Group(self.ctx.text[range.clone()].to_owned()),
                range,
                start: head - 1,
                end: head + 1,
                gender: None,
            });
        }
        // A determiner, or a pronoun that cannot be a subject ("whom", "them"), heads none.
        if !plain(head)
            || word_class(hw) == "det"
            || (word_class(hw) == "pron"
                && !matches!(hw, "he" | "she" | "they" | "i" | "we" | "you"))
        {
            return None;
        }
        let mut start = head;
        while start > lo && head - start < 4 && plain(start - 1) {
            start -= 1;
        }
        // "North Korea's fifth test": the possessor belongs to the phrase.
        if start > lo + 1
            && matches!(self.lower_word(pi, start - 1), "’s" | "'s")
            && self.paragraph_tokens[pi][start - 2].word
            && self.word(pi, start - 2).starts_with(char::is_uppercase)
        {
            start -= 2;
            while start > lo
                && head - start < 6
                && self.word(pi, start - 1).starts_with(char::is_uppercase)
            {
                start -= 1;
            }
        }
        // "would reveal business", "to maximize": a verb's object, not a subject.
        if start > lo && {
            let before = self.lower_word(pi, start - 1);
            auxiliary(before) || before == "to"
        } {
            return None;
        }
        let range = self.span(pi, start, head + 1);
        let kind = match self.lower_word(pi, head) {
            p @ ("he" | "she" | "they" | "i" | "we" | "you") if start == head => {
                NpKind::Pronoun(p.to_owned())
            }
            _ => NpKind::Group(descriptive(&self.ctx.text[range.clone()])),
        };
        Some(Np {
            kind,
            range,
            start,
            end: head + 1,
            gender: None,
        })
    }

    /// The verb chain starting at token `k` ("has also discovered", "would have loved",
    /// "is"), when `k` opens one: auxiliaries and adverbs up to the last verb form.
    fn verb_chain(
        &self,
        facts: &[TokenFacts<'_>],
        pi: usize,
        k: usize,
        stop: usize,
    ) -> Option<Range<usize>> {
        let tokens = &self.paragraph_tokens[pi];
        // "he’s promoted", "who’d backed": a clitic after a pronoun is an auxiliary.
        let clitic = |i: usize| {
            i > 0
                && !tokens[i].word
                && CLITIC_AUXILIARIES.contains(&facts[i].lower)
                && SUBJECT_PRONOUNS.contains(&facts[i - 1].lower)
        };
        let verb = |i: usize| {
            let f = &facts[i];
            clitic(i)
                || f.word
                    && !f.quoted
                    && !f.capitalised
                    && !NOT_VERBS.contains(&f.lower)
                    && (matches!(f.class, "fin" | "s" | "ed") || f.cue.is_some())
        };
        // A bare verb after a plural subject: "they see", "many critics see", "people feel".
        // The plural is a noun when a determiner or an adjective comes before it.
        let base = |i: usize| {
            let f = &facts[i];
            i > 0
                && f.word
                && !f.quoted
                && !f.capitalised
                && f.class == "w"
                && f.cluster.is_some()
                && {
                    let p = &facts[i - 1];
                    PLURAL_SUBJECTS.contains(&p.lower)
                        || (p.class == "s"
                            && p.cue.is_none()
                            && (p.sentence_start
                                || (i > 1
                                    && (!facts[i - 2].capitalised || facts[i - 2].sentence_start)
                                    && matches!(facts[i - 2].class, "det" | "w"))))
                }
        };
        // A plural noun before a verb is the subject ("independent analyses agree"), not
        // the verb.
        let noun = |i: usize| {
            facts[i].class == "s" && !clitic(i) && i + 1 < stop && (verb(i + 1) || base(i + 1))
        };
        // After a determiner or a possessive it is a noun ("his infamous remarks").
        let determined = k > 0
            && !clitic(k - 1)
            && matches!(
                self.lower_word(pi, k - 1),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "’s"
                    | "'s"
            );
        if !(verb(k) || base(k)) || noun(k) || determined || (k > 0 && verb(k - 1) && !noun(k - 1))
        {
            return None;
        }
        let mut end = k + 1;
        let mut last = k;
        while end < stop && (auxiliary(self.lower_word(pi, last)) || clitic(last)) {
            let w = self.lower_word(pi, end);
            if NOT_VERBS.contains(&w) || self.adverb(pi, end) {
                end += 1;
                continue;
            }
            // After an auxiliary, another, a bare verb or a participle continues the chain.
            if tokens[end].word
                && self.quoted(pi, end).is_none()
                && !self.word(pi, end).starts_with(char::is_uppercase)
                && matches!(word_class(w), "fin" | "w" | "ing" | "ed")
            {
                last = end;
                end += 1;
                continue;
            }
            break;
        }
        // "ruled out", "pointed out": a particle belongs to its verb.
        if last + 1 < stop && PARTICLES.contains(&self.lower_word(pi, last + 1)) {
            last += 1;
        }
        Some(k..last + 1)
    }

    /// The verb of a chain: its last token before a particle.
    fn chain_head(&self, pi: usize, chain: &Range<usize>) -> usize {
        let last = chain.end - 1;
        if last > chain.start && PARTICLES.contains(&self.lower_word(pi, last)) {
            last - 1
        } else {
            last
        }
    }

    /// The classifier's features of a candidate.
    fn clause_features(
        &self,
        facts: &[TokenFacts<'_>],
        pi: usize,
        sentence_start: usize,
        np: &Np,
        chain: Range<usize>,
        content: Range<usize>,
    ) -> Vec<u64> {
        let head = self.chain_head(pi, &chain);
        let mut f = Vec::with_capacity(32);
        let n = self.paragraph_tokens[pi].len();
        let at = |i: usize| {
            if i < n {
                self.lower_word(pi, i)
            } else {
                "</s>"
            }
        };
        let h = self.lower_word(pi, head);
        let stem = h
            .strip_suffix("ied")
            .or_else(|| h.strip_suffix("ed"))
            .or_else(|| h.strip_suffix("es"))
            .or_else(|| h.strip_suffix('s'))
            .or_else(|| h.strip_suffix('d'))
            .unwrap_or(h);
        push_feature!(f; "bias");
        push_feature!(f; "h", h);
        push_feature!(f; "stem", stem);
        push_feature!(f; "hc", word_class(h));
        let words: Vec<&str> = chain.clone().map(|i| self.lower_word(pi, i)).collect();
        push_feature!(f; "chain", words.join(" "));
        push_feature!(f; "first", words[0]);
        let cue = chain.clone().find_map(|i| self.cue_at(pi, i));
        match cue {
            Some((cue, _)) => {
                push_feature!(f; "cue", format!("{:?}", cue.class));
                push_feature!(f; "cue-that", [u8::from(cue.that), u8::from(cue.content_obj)]);
            }
            None => push_feature!(f; "nocue"),
        }
        let after = content.start;
        let n1 = at(chain.end);
        push_feature!(f; "n1", n1);
        push_feature!(f; "n2", at(chain.end + 1));
        push_feature!(f; "c1", word_class(n1));
        push_feature!(f; "c1c2", word_class(n1), word_class(at(chain.end + 1)));
        push_feature!(f; "stem-n1", stem, n1);
        push_feature!(f; "stem-c1", stem, word_class(n1));
        // The object's head: the last word of the first run of nouns and adjectives
        // ("sweeping new sanctions", "his support").
        let object = {
            let mut i = content.start;
            while i < content.end && matches!(word_class(at(i)), "det" | "pron") {
                i += 1;
            }
            let mut head = None;
            while i < content.end && matches!(word_class(at(i)), "w" | "s" | "ing") {
                head = Some(i);
                i += 1;
            }
            head
        };
        if let Some(o) = object {
            push_feature!(f; "obj", at(o));
            let k = facts.get(o).and_then(|f| f.cluster).unwrap_or(0xffff);
            push_feature!(f; "kobj", k.to_le_bytes());
            push_feature!(f; "stem-kobj", stem, k.to_le_bytes());
        }
        let subject_cluster = facts
            .get(np.end.saturating_sub(1))
            .and_then(|f| f.cluster)
            .unwrap_or(0xffff);
        push_feature!(f; "ksubj", subject_cluster.to_le_bytes());
        // The first verb of its sentence is its main verb, more often than not.
        let main = !(sentence_start..chain.start).any(|i| facts[i].class == "fin");
        push_feature!(f; "main", [u8::from(main)]);
        push_feature!(f; "main-stem", [u8::from(main)], stem);
        let len = content.len();
        push_feature!(f; "len", [len.min(12) as u8 / 3]);
        push_feature!(f;
            "clause",
            [u8::from(self.finite_verb_in(pi, after, content.end))]
        );
        let (kind, detail) = match &np.kind {
            NpKind::Pronoun(p) => ("pron", p.clone()),
            NpKind::Entity(id) => ("entity", format!("{:?}", self.ctx.gazetteer.get(*id).kind)),
            NpKind::Name(_) => ("name", String::new()),
            NpKind::Role { head, .. } => ("role", head.clone()),
            NpKind::Group(_) => ("group", self.lower_word(pi, np.end - 1).to_owned()),
        };
        // Word classes generalise over verbs and objects seen rarely in training.
        let cluster = |i: usize| facts.get(i).and_then(|f| f.cluster).unwrap_or(0xffff);
        push_feature!(f; "kh", cluster(head).to_le_bytes());
        push_feature!(f; "kn1", cluster(chain.end).to_le_bytes());
        push_feature!(f;
            "kh-kn1",
            cluster(head).to_le_bytes(),
            cluster(chain.end).to_le_bytes()
        );
        push_feature!(f; "kh-s", cluster(head).to_le_bytes(), kind);
        push_feature!(f; "s", kind);
        push_feature!(f; "sd", kind, detail);
        push_feature!(f; "s-stem", kind, stem);
        push_feature!(f; "slen", [(np.end - np.start).min(6) as u8]);
        push_feature!(f; "sstart", [u8::from(np.start == sentence_start)]);
        // Whether the subject's head names people ("officials", "critics") or things.
        let last = &facts[np.end - 1];
        push_feature!(f; "ssrc", [u8::from(last.source_noun), u8::from(last.capitalised)], kind);
        let modal = words.iter().any(|w| {
            matches!(
                *w,
                "will" | "would" | "could" | "can" | "may" | "might" | "should"
            )
        });
        push_feature!(f; "modal", [u8::from(modal)]);
        push_feature!(f; "modal-stem", [u8::from(modal)], stem);
        let prev = if np.start > 0 {
            at(np.start - 1)
        } else {
            "<s>"
        };
        push_feature!(f; "prev", prev);
        push_feature!(f; "prevc", word_class(prev));
        // A cue earlier in the sentence: this clause may be another's content.
        let earlier = (sentence_start..np.start).any(|i| facts[i].cue.is_some());
        push_feature!(f; "earlier", [u8::from(earlier)]);

        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn training_separates_the_classes_and_the_bytes_round_trip() {
        let (a, b, bias) = (1u64, 2u64, 3u64);
        let examples: Vec<(Vec<u64>, bool)> = (0..50)
            .flat_map(|_| [(vec![bias, a], true), (vec![bias, b], false)])
            .collect();
        let model = train_classifier(&examples, 5, 1);
        assert!(model.probability(&[bias, a]) > 0.8);
        assert!(model.probability(&[bias, b]) < 0.2);
        let back = Classifier::from_bytes(&model.to_bytes()).unwrap();
        assert_eq!(back.probability(&[bias, a]), model.probability(&[bias, a]));
    }

    #[test]
    fn bad_bytes_are_an_error_and_no_bytes_an_empty_classifier() {
        assert!(Classifier::from_bytes(b"nonsense").is_err());
        assert!(Classifier::from_bytes(b"WSCLS001abc").is_err());
        assert!(Classifier::from_bytes(&[]).unwrap().is_empty());
    }
}
