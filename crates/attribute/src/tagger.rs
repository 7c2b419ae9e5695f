//! A learned tagger for attributions: each token of a paragraph is outside, or begins or
//! continues a source, a cue or a content (BIO tags). It is an averaged perceptron over
//! hashed features with first-order transitions, decoded with Viterbi, trained on PolNeAR
//! train by `cargo xtask train polnear`; the weights are `data/tagger.bin`.
//!
//! The rules find most statements; the tagger finds reported speech they miss, such as cues
//! outside the lexicon ("Trump boasted that …") and sentences the rules cannot parse.

use std::ops::Range;

use nohash_hasher::IntMap;

use whosaid_entities::Kind;

use crate::lexicon::CueClass;
use crate::resolve::{BE, NpKind, Parser, Reported};

/// How much more a learned cue's first token must favour beginning a cue than any other
/// label, in the model's weight units. Measured on PolNeAR dev: 0 gives more statements, of
/// which many are not speech ("signed an agreement"); 100 keeps those the tagger is surer of.
const MIN_CUE_MARGIN: f32 = 100.0;

/// Words opening a reported clause.
const CLAUSE_WORDS: &[&str] = &[
    "that", "whether", "if", "how", "why", "what", "when", "where", "who", "which",
];

/// Object pronouns: after a cue they are whom it was said to.
const OBJECTS_OF_SPEECH: &[&str] = &["him", "them", "me", "us", "reporters"];

/// Pushes onto `$features` a feature: the FNV hash of its name and parts, each part closed
/// by a byte no UTF-8 text holds. The tagger and the clause classifier hash alike.
macro_rules! push_feature {
    ($features:expr; $($part:expr),+) => {{
        let mut h = fnv::FnvHasher::default();
        $(
            std::hash::Hasher::write(&mut h, AsRef::<[u8]>::as_ref(&$part));
            std::hash::Hasher::write_u8(&mut h, 0xff);
        )+
        $features.push(std::hash::Hasher::finish(&h));
    }};
}
pub(crate) use push_feature;

/// The number of labels.
pub const LABELS: usize = 7;

/// A token's tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Outside every attribution.
    Outside,
    /// First token of a source.
    SourceBegin,
    /// Later token of a source.
    SourceInside,
    /// First token of a cue.
    CueBegin,
    /// Later token of a cue.
    CueInside,
    /// First token of a content.
    ContentBegin,
    /// Later token of a content.
    ContentInside,
}

impl Label {
    /// Every label, in index order.
    pub const ALL: [Label; LABELS] = [
        Label::Outside,
        Label::SourceBegin,
        Label::SourceInside,
        Label::CueBegin,
        Label::CueInside,
        Label::ContentBegin,
        Label::ContentInside,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// What the tagger knows of one token besides its neighbours.
#[derive(Debug, Clone, Default)]
pub struct TokenFacts<'a> {
    /// The lower-cased token.
    pub lower: &'a str,
    /// A word rather than punctuation.
    pub word: bool,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
    /// Starts a cue of the lexicon; its class.
    pub cue: Option<&'static str>,
    /// Inside a quotation.
    pub quoted: bool,
    /// Inside a gazetteer mention; the entity's kind.
    pub entity: Option<&'static str>,
    /// Inside a time expression.
    pub timex: bool,
    /// A noun that heads sources ("the company said") or a role noun.
    pub source_noun: bool,
    /// First token of its sentence.
    pub sentence_start: bool,
    /// A rough part of speech: "pron", "det", "fin" (a finite verb or auxiliary), "sub",
    /// "conj", "prep", "ed", "ing", "ly", "s" or "w".
    pub class: &'static str,
    /// The word's class from unannotated news, when it has one.
    pub cluster: Option<u16>,
}

/// Hashed features of every token of a paragraph.
pub fn features(tokens: &[TokenFacts<'_>]) -> Vec<Vec<u64>> {
    let n = tokens.len();
    let word = |i: isize| -> &str {
        if i < 0 {
            "<s>"
        } else if i as usize >= n {
            "</s>"
        } else {
            tokens[i as usize].lower
        }
    };
    // Per token: the distance back to the nearest cue and to the sentence start, the commas
    // since the sentence start, whether "that" followed a cue.
    // The next cue in the same sentence, found once from the end.
    let mut next_cue = vec![None; n];
    for i in (0..n.saturating_sub(1)).rev() {
        let next = &tokens[i + 1];
        if !next.sentence_start {
            next_cue[i] = if next.cue.is_some() {
                Some(i + 1)
            } else {
                next_cue[i + 1]
            };
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut last_cue: Option<usize> = None;
    let mut commas = 0u8;
    let mut that_after_cue = false;
    for i in 0..n {
        let t = &tokens[i];
        if t.sentence_start {
            last_cue = None;
            commas = 0;
            that_after_cue = false;
        }
        let mut f = Vec::with_capacity(40);
        let ii = i as isize;
        let w = t.lower;
        let shape = if !t.word {
            "p"
        } else if w.starts_with(|c: char| c.is_ascii_digit()) {
            "d"
        } else if t.capitalised {
            "C"
        } else {
            "l"
        };
        let suffix = |k: usize| {
            let cut = w.char_indices().rev().nth(k - 1).map_or(0, |(b, _)| b);
            &w[cut..]
        };
        let class = |i: isize| -> &str {
            if i < 0 || i as usize >= n {
                "-"
            } else {
                tokens[i as usize].class
            }
        };
        push_feature!(f; "b");
        push_feature!(f; "w", w);
        push_feature!(f; "s3", suffix(3));
        push_feature!(f; "s2", suffix(2));
        push_feature!(f; "sh", shape);
        push_feature!(f; "w-1", word(ii - 1));
        push_feature!(f; "w+1", word(ii + 1));
        push_feature!(f; "w-2", word(ii - 2));
        push_feature!(f; "w+2", word(ii + 2));
        push_feature!(f; "w-1w", word(ii - 1), w);
        push_feature!(f; "ww+1", w, word(ii + 1));
        push_feature!(f; "w-2w-1", word(ii - 2), word(ii - 1));
        push_feature!(f; "w+1w+2", word(ii + 1), word(ii + 2));
        let prev_shape = if i > 0 && tokens[i - 1].capitalised {
            "C"
        } else {
            "-"
        };
        push_feature!(f; "sh-1", prev_shape, shape);
        push_feature!(f; "c", class(ii));
        push_feature!(f; "c-1c", class(ii - 1), class(ii));
        push_feature!(f; "cc+1", class(ii), class(ii + 1));
        push_feature!(f; "c-1cc+1", class(ii - 1), class(ii), class(ii + 1));
        push_feature!(f; "c-2c-1", class(ii - 2), class(ii - 1));
        push_feature!(f; "c+1c+2", class(ii + 1), class(ii + 2));
        push_feature!(f; "c-1w", class(ii - 1), w);
        push_feature!(f; "wc+1", w, class(ii + 1));
        let cluster = |i: isize| -> [u8; 2] {
            if i < 0 || i as usize >= n {
                [0xfe, 0xff]
            } else {
                tokens[i as usize].cluster.unwrap_or(0xffff).to_le_bytes()
            }
        };
        push_feature!(f; "k", cluster(ii));
        push_feature!(f; "k-1", cluster(ii - 1));
        push_feature!(f; "k+1", cluster(ii + 1));
        push_feature!(f; "k-1k", cluster(ii - 1), cluster(ii));
        push_feature!(f; "kk+1", cluster(ii), cluster(ii + 1));
        if let Some(class) = t.cue {
            push_feature!(f; "cue", class);
            push_feature!(f; "cuew-1", word(ii - 1));
        }
        if i > 0 && tokens[i - 1].cue.is_some() {
            push_feature!(f; "cue-1");
        }
        if tokens.get(i + 1).is_some_and(|u| u.cue.is_some()) {
            push_feature!(f; "cue+1");
        }
        // Distances as one byte, 0xfe for none.
        let back = [last_cue.map_or(0xfe, |c| bucket(i - c))];
        push_feature!(f; "cueback", back);
        push_feature!(f; "cueahead", [next_cue[i].map_or(0xfe, |c| bucket(c - i))]);
        push_feature!(f; "cueback|that|sh", back, [u8::from(that_after_cue)], shape);
        push_feature!(f; "commas", [commas.min(3)]);
        if t.quoted {
            push_feature!(f; "q");
        }
        if let Some(kind) = t.entity {
            push_feature!(f; "e", kind);
        }
        if t.timex {
            push_feature!(f; "t");
        }
        if t.source_noun {
            push_feature!(f; "src");
        }
        if t.sentence_start {
            push_feature!(f; "ss");
        }
        out.push(f);
        if t.cue.is_some() {
            last_cue = Some(i);
            that_after_cue = false;
        } else if w == "that" && last_cue.is_some() {
            that_after_cue = true;
        }
        if w == "," {
            commas += 1;
        }
    }
    out
}

/// Distance buckets: 1, 2, 3, 4–6, 7–12, more.
fn bucket(d: usize) -> u8 {
    match d {
        0..=3 => d as u8,
        4..=6 => 4,
        7..=12 => 5,
        _ => 6,
    }
}

/// The tagger's weights.
#[derive(Debug, Clone, Default)]
pub struct Model {
    weights: IntMap<u64, [f32; LABELS]>,
    transitions: [[f32; LABELS]; LABELS],
}

const MAGIC: &[u8; 8] = b"WSTAG001";

impl Model {
    /// The model built into the crate (`data/tagger.bin`); empty when that file is.
    pub fn embedded() -> Model {
        Model::from_bytes(include_bytes!("../data/tagger.bin")).unwrap_or_default()
    }

    /// Whether the model has no weights (it then tags everything outside).
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Reads a model written by [`Model::to_bytes`].
    ///
    /// # Errors
    ///
    /// A message when the bytes are not such a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        if bytes.is_empty() {
            return Ok(Model::default());
        }
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or("not a whosaid tagger model")?;
        let mut chunks = rest.chunks_exact(4);
        let mut next = || -> Result<[u8; 4], String> {
            chunks
                .next()
                .map(|c| [c[0], c[1], c[2], c[3]])
                .ok_or_else(|| "truncated tagger model".to_owned())
        };
        let scale = f32::from_le_bytes(next()?);
        let mut model = Model::default();
        for row in &mut model.transitions {
            for t in row.iter_mut() {
                *t = f32::from_le_bytes(next()?);
            }
        }
        let count = u32::from_le_bytes(next()?) as usize;
        let entry = 8 + 2 * LABELS;
        let body = &rest[4 * (2 + LABELS * LABELS)..];
        if body.len() != count * entry {
            return Err("tagger model has the wrong length".to_owned());
        }
        model.weights.reserve(count);
        for e in body.chunks_exact(entry) {
            let mut key = [0; 8];
            key.copy_from_slice(&e[..8]);
            let mut w = [0.0; LABELS];
            for (l, x) in w.iter_mut().enumerate() {
                *x = f32::from(i16::from_le_bytes([e[8 + 2 * l], e[9 + 2 * l]])) * scale;
            }
            model.weights.insert(u64::from_le_bytes(key), w);
        }
        Ok(model)
    }

    /// The model as bytes: feature weights quantised to 16 bits, in key order.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .weights
            .values()
            .flatten()
            .fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut keys: Vec<u64> = self.weights.keys().copied().collect();
        keys.sort_unstable();
        let mut out = Vec::with_capacity(64 + keys.len() * (8 + 2 * LABELS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &self.transitions {
            for t in row {
                out.extend_from_slice(&t.to_le_bytes());
            }
        }
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            out.extend_from_slice(&k.to_le_bytes());
            for w in self.weights[&k] {
                out.extend_from_slice(&((w / scale).round() as i16).to_le_bytes());
            }
        }
        out
    }

    fn scores(&self, features: &[u64]) -> [f32; LABELS] {
        let mut s = [0.0; LABELS];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                for (x, y) in s.iter_mut().zip(w) {
                    *x += y;
                }
            }
        }
        s
    }

    /// How much more a token's features favour `label` than any other label.
    pub fn margin(&self, features: &[u64], label: Label) -> f32 {
        let s = self.scores(features);
        let other = (0..LABELS)
            .filter(|&l| l != label.index())
            .map(|l| s[l])
            .fold(f32::NEG_INFINITY, f32::max);
        s[label.index()] - other
    }

    /// The best label sequence for a paragraph's features (Viterbi).
    pub fn tag(&self, features: &[Vec<u64>]) -> Vec<Label> {
        let n = features.len();
        if n == 0 {
            return Vec::new();
        }
        let mut back = vec![[0u8; LABELS]; n];
        let mut best = self.scores(&features[0]);
        // A paragraph cannot open inside a span.
        for l in [Label::SourceInside, Label::CueInside, Label::ContentInside] {
            best[l.index()] = f32::NEG_INFINITY;
        }
        for i in 1..n {
            let emit = self.scores(&features[i]);
            let mut next = [f32::NEG_INFINITY; LABELS];
            for (to, slot) in next.iter_mut().enumerate() {
                let (from, score) = (0..LABELS)
                    .map(|from| (from, best[from] + self.transitions[from][to]))
                    .fold((0, f32::NEG_INFINITY), |a, b| if b.1 > a.1 { b } else { a });
                *slot = score + emit[to];
                back[i][to] = from as u8;
            }
            best = next;
        }
        let mut l = (0..LABELS).fold(0, |a, b| if best[b] > best[a] { b } else { a });
        let mut out = vec![Label::Outside; n];
        for i in (0..n).rev() {
            out[i] = Label::ALL[l];
            l = usize::from(back[i][l]);
        }
        out
    }
}

/// Trains the tagger on paragraphs' features and gold labels, `epochs` passes in the given
/// order (so training is deterministic), and keeps the averaged weights. Only features seen
/// on at least `min_count` tokens get weights, and features whose averaged weights all stay
/// below `prune` are dropped.
pub fn train(
    examples: &[(Vec<Vec<u64>>, Vec<Label>)],
    epochs: usize,
    min_count: usize,
    prune: f32,
) -> Model {
    let mut counts: IntMap<u64, usize> = IntMap::default();
    for f in examples.iter().flat_map(|(features, _)| features).flatten() {
        *counts.entry(*f).or_default() += 1;
    }
    let mut model = Model::default();
    // The averaged perceptron's running sums: weight × update step, subtracted at the end.
    let mut sums: IntMap<u64, [f64; LABELS]> = IntMap::default();
    let mut transition_sums = [[0.0f64; LABELS]; LABELS];
    let mut step = 1.0f64;
    for _ in 0..epochs {
        for (features, gold) in examples {
            let guess = model.tag(features);
            if guess != *gold {
                for (i, f) in features.iter().enumerate() {
                    let (g, p) = (gold[i].index(), guess[i].index());
                    if g != p {
                        for k in f.iter().filter(|k| counts[k] >= min_count) {
                            let w = model.weights.entry(*k).or_insert([0.0; LABELS]);
                            w[g] += 1.0;
                            w[p] -= 1.0;
                            let s = sums.entry(*k).or_insert([0.0; LABELS]);
                            s[g] += step;
                            s[p] -= step;
                        }
                    }
                    if i > 0 {
                        let (gp, pp) = (gold[i - 1].index(), guess[i - 1].index());
                        if (gp, g) != (pp, p) {
                            model.transitions[gp][g] += 1.0;
                            model.transitions[pp][p] -= 1.0;
                            transition_sums[gp][g] += step;
                            transition_sums[pp][p] -= step;
                        }
                    }
                }
            }
            step += 1.0;
        }
    }
    for (k, w) in &mut model.weights {
        let s = &sums[k];
        for l in 0..LABELS {
            w[l] -= (s[l] / step) as f32;
        }
    }
    for (row, sums) in model.transitions.iter_mut().zip(&transition_sums) {
        for (t, s) in row.iter_mut().zip(sums) {
            *t -= (s / step) as f32;
        }
    }
    model
        .weights
        .retain(|_, w| w.iter().any(|x| x.abs() >= prune));
    model
}

/// A paragraph as the tagger reads it and, with a model, tags it.
pub struct Tagged<'p, 'm> {
    /// What the tagger knows of each token.
    pub facts: Vec<TokenFacts<'p>>,
    /// The model that tagged it.
    pub model: &'m Model,
    /// Each token's features; empty for an empty model.
    pub features: Vec<Vec<u64>>,
    /// Each token's label; empty for an empty model.
    pub labels: Vec<Label>,
}

impl Parser<'_> {
    /// Paragraph `pi` read and tagged by `model`.
    pub fn tag<'m>(&self, pi: usize, model: &'m Model) -> Tagged<'_, 'm> {
        let facts = self.tagger_facts(pi);
        let (features, labels) = if model.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let features = features(&facts);
            let labels = model.tag(&features);
            (features, labels)
        };
        Tagged {
            facts,
            model,
            features,
            labels,
        }
    }

    /// Whether the tokens `content` after a cue at token `cue` can be what was said: they
    /// address no one ([`Parser::addressed`]) and, after a verb of thought that takes no noun
    /// phrase, make a clause (not "assumed the presidency"). After a verb of saying a noun
    /// phrase may be what was said ("mentioned climate change", "reported her presence").
    pub fn content_is_said(
        &self,
        facts: &[TokenFacts<'_>],
        pi: usize,
        cue: usize,
        content: Range<usize>,
    ) -> bool {
        !self.addressed(facts, pi, cue, content.clone())
            && (self.object_fits(facts, pi, cue, content)
                || self
                    .cue_at(pi, cue)
                    .is_none_or(|(c, _)| c.class != CueClass::Thought))
    }

    /// Whether a content is an object the cue at token `cue` takes: a clause, or a noun
    /// phrase after a cue of the lexicon that takes one (or after a word outside it).
    pub(crate) fn object_fits(
        &self,
        facts: &[TokenFacts<'_>],
        pi: usize,
        cue: usize,
        content: Range<usize>,
    ) -> bool {
        let clause = CLAUSE_WORDS.contains(&facts[content.start].lower)
            || infinitive_at(facts, content.start)
            || self.finite_verb_in(pi, content.start, content.end);
        self.cue_at(pi, cue)
            .is_none_or(|(lex, _)| lex.content_obj || clause)
    }

    /// Whether the tokens `content` after a cue at token `cue` name whom it was said to
    /// rather than what: "to" or "with" before a noun phrase ("spoke to industry leaders",
    /// "pleaded guilty to money laundering"), or a person ("called Russian president
    /// Vladimir Putin", "spoke to him").
    pub(crate) fn addressed(
        &self,
        facts: &[TokenFacts<'_>],
        pi: usize,
        cue: usize,
        content: Range<usize>,
    ) -> bool {
        let to = matches!(facts[content.start].lower, "to" | "with");
        if to && !infinitive_at(facts, content.start)
            || self.cue_at(pi, cue).is_some_and(|(lex, _)| lex.obj && to)
        {
            return true;
        }
        let first = content.start + usize::from(to);
        facts[first].lower == "each"
            || self.np_after(pi, first, None).is_some_and(|np| {
                matches!(np.kind, NpKind::Name(_))
                    || (matches!(np.kind, NpKind::Role { .. })
                        && np.end > np.start
                        && facts[np.end - 1].capitalised)
                    || matches!(np.kind, NpKind::Entity(id) if self.ctx.gazetteer.get(id).kind == Kind::Person)
            })
            || OBJECTS_OF_SPEECH.contains(&facts[first].lower)
            // "Russian president Vladimir Putin", "Ukrainian leader Volodymyr Zelensky".
            || facts[first..content.end]
                .iter()
                .take(6)
                .take_while(|f| f.capitalised || f.source_noun)
                .any(|f| f.entity == Some("person"))
    }
}

/// Whether token `at` opens an infinitive: "to" before a lower-case verb ("to reach"), not
/// before a noun phrase ("to industry leaders").
fn infinitive_at(facts: &[TokenFacts<'_>], at: usize) -> bool {
    facts[at].lower == "to"
        && facts
            .get(at + 1)
            .is_some_and(|f| f.word && !f.capitalised && matches!(f.class, "w" | "ly"))
}

/// Whether a word negates its verb: "not", "never", "didn’t".
pub(crate) fn negation(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t")
}

/// A run of tokens with one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Source,
    Cue,
    Content,
}

fn role(label: Label) -> Option<Role> {
    match label {
        Label::Outside => None,
        Label::SourceBegin | Label::SourceInside => Some(Role::Source),
        Label::CueBegin | Label::CueInside => Some(Role::Cue),
        Label::ContentBegin | Label::ContentInside => Some(Role::Content),
    }
}

/// The runs of a label sequence: a begin label, or an inside label of another role, opens
/// a run.
fn runs(labels: &[Label]) -> Vec<(Role, Range<usize>)> {
    let mut out: Vec<(Role, Range<usize>)> = Vec::new();
    for (i, &l) in labels.iter().enumerate() {
        let Some(r) = role(l) else { continue };
        let begin = matches!(
            l,
            Label::SourceBegin | Label::CueBegin | Label::ContentBegin
        );
        match out.last_mut() {
            Some((last, range)) if !begin && *last == r && range.end == i => range.end = i + 1,
            _ => out.push((r, i..i + 1)),
        }
    }
    out
}

impl Parser<'_> {
    /// Reported speech the tagger finds in paragraph `pi`: for each cue it tags, the content
    /// after it (or before it, "…, officials said") and the nearest source, in the cue's
    /// sentence. The source is typed by the same phrase parser the rules use, falling back
    /// to the subject of the cue.
    pub fn learned_clauses(&self, pi: usize, tagged: &Tagged<'_, '_>) -> Vec<Reported> {
        if tagged.labels.is_empty() {
            return Vec::new();
        }
        let (facts, model, features, labels) = (
            &tagged.facts,
            tagged.model,
            &tagged.features,
            &tagged.labels,
        );
        let runs = runs(labels);
        let mut out = Vec::new();
        for sentence in self.sentences_of(pi) {
            let stop = self.words_end(pi, &sentence);
            let inside = |r: &Range<usize>| sentence.start <= r.start && r.end <= stop;
            for (_, cue) in runs.iter().filter(|(r, c)| *r == Role::Cue && inside(c)) {
                if cue.clone().any(|i| self.quoted(pi, i).is_some()) {
                    continue;
                }
                if model.margin(&features[cue.start], Label::CueBegin) < MIN_CUE_MARGIN {
                    continue;
                }
                // "was accused of", "have been blamed for": in the passive the subject is
                // not the source.
                let passive = (sentence.start.max(cue.start.saturating_sub(2))..cue.end)
                    .any(|i| BE.contains(&facts[i].lower))
                    && !facts[cue.end - 1].lower.ends_with("ing");
                // "did not comment on": what was not said is no statement.
                let negated = (sentence.start.max(cue.start.saturating_sub(2))..cue.end)
                    .any(|i| negation(facts[i].lower));
                if passive || negated {
                    continue;
                }
                // After the cue: over "that" or a comma, the tokens the tagger puts in an
                // attribution, as long as some of them are content.
                let after = {
                    let mut from = cue.end;
                    while from < stop && from < cue.end + 2 && labels[from] == Label::Outside {
                        from += 1;
                    }
                    let end = (from..stop)
                        .find(|&i| {
                            labels[i] == Label::Outside || self.second_verb_phrase(pi, i, stop)
                        })
                        .unwrap_or(stop);
                    Some(from..end).filter(|r| {
                        !r.is_empty()
                            && matches!(role(labels[r.start]), Some(Role::Content | Role::Source))
                            && r.clone().any(|i| role(labels[i]) == Some(Role::Content))
                    })
                };
                // Before it: "Russia is ready, Putin said", "…, said Putin".
                let before = || {
                    let mut end = cue.start;
                    while end > sentence.start
                        && end + 6 > cue.start
                        && role(labels[end - 1]) != Some(Role::Content)
                    {
                        end -= 1;
                    }
                    let mut start = end;
                    while start > sentence.start && role(labels[start - 1]) == Some(Role::Content) {
                        start -= 1;
                    }
                    Some(start..end).filter(|r| !r.is_empty())
                };
                let Some(mut content) = after.or_else(before) else {
                    continue;
                };
                // The clause without its "that", as the rules give it.
                if facts[content.start].lower == "that" && content.len() > 1 {
                    content.start += 1;
                }
                while content.end > content.start
                    && !self.paragraph_tokens[pi][content.end - 1].word
                {
                    content.end -= 1;
                }
                let words = content.clone().filter(|&i| facts[i].word).count();
                if words < 3 || content.clone().any(|i| self.quoted(pi, i).is_some()) {
                    continue;
                }
                if !self.content_is_said(facts, pi, cue.start, content.clone()) {
                    continue;
                }
                // The source: the nearest one before the cue and outside the content, else
                // right after it.
                let source = runs
                    .iter()
                    .filter(|(r, s)| {
                        *r == Role::Source
                            && inside(s)
                            && (s.end <= cue.start || s.start >= cue.end)
                            && (s.end <= content.start || s.start >= content.end)
                    })
                    .min_by_key(|(_, s)| {
                        if s.end <= cue.start {
                            cue.start - s.end
                        } else {
                            s.start - cue.end + 1
                        }
                    })
                    .map(|(_, s)| {
                        // Without the commas around it: "Donald Trump, her Republican
                        // opponent, bemoaned".
                        let mut s = s.clone();
                        while s.end > s.start && !facts[s.end - 1].word {
                            s.end -= 1;
                        }
                        while s.start < s.end && !facts[s.start].word {
                            s.start += 1;
                        }
                        s
                    })
                    .filter(|s| !s.is_empty());
                let np = match source {
                    Some(s) => self
                        .np_before(pi, s.end - 1, sentence.start, None)
                        .filter(|np| np.start < s.end && np.end > s.start)
                        .or_else(|| {
                            // A phrase the phrase parser does not know ("the 34-year-old
                            // mother of three"), named by its own words.
                            (s.len() <= 8
                                && s.clone().all(|i| {
                                    facts[i].word && !matches!(facts[i].class, "fin" | "sub")
                                }))
                            .then(|| self.group(pi, s.start, s.end))
                        }),
                    None => self.subject_of(pi, cue.start, sentence.start, None),
                };
                // "of protesters", ", including …": no subject opens with these.
                // A lone word that is no source noun ("who", "only") is no speaker either.
                let np = np.filter(|np| {
                    let first = self.lower_word(pi, np.start);
                    let lone = matches!(np.kind, NpKind::Group(_))
                        && np.end == np.start + 1
                        && !facts[np.start].capitalised
                        && !facts[np.start].source_noun;
                    self.paragraph_tokens[pi][np.start].word
                        && !lone
                        && !matches!(first, "of" | "including" | "yet" | "and" | "but" | "or")
                });
                let Some(np) = np else { continue };
                out.push(Reported {
                    np,
                    cue: self.span(pi, cue.start, cue.end),
                    clause: vec![self.span(pi, content.start, content.end)],
                    object: false,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two features per token: the word and the word before it.
    fn paragraph(words: &[&str]) -> Vec<Vec<u64>> {
        let facts: Vec<TokenFacts<'_>> = words
            .iter()
            .map(|w| TokenFacts {
                lower: w,
                word: true,
                class: "w",
                ..TokenFacts::default()
            })
            .collect();
        features(&facts)
    }

    #[test]
    fn training_learns_a_cue_and_its_content_and_the_bytes_round_trip() {
        use Label::*;
        let words = ["ann", "claimed", "rain", "falls"];
        let gold = vec![SourceBegin, CueBegin, ContentBegin, ContentInside];
        let other = ["the", "rain", "falls", "today"];
        let examples = vec![
            (paragraph(&words), gold.clone()),
            (paragraph(&other), vec![Outside; 4]),
        ];
        let model = train(&examples, 5, 1, 0.0);
        assert_eq!(model.tag(&paragraph(&words)), gold);
        assert_eq!(model.tag(&paragraph(&other)), vec![Outside; 4]);
        let back = Model::from_bytes(&model.to_bytes()).expect("a model reads back");
        assert_eq!(back.tag(&paragraph(&words)), gold);
        assert!(model.margin(&paragraph(&words)[1], CueBegin) > 0.0);
    }

    #[test]
    fn bad_model_bytes_are_an_error_and_no_bytes_an_empty_model() {
        assert!(Model::from_bytes(b"not a model").is_err());
        let mut truncated =
            train(&[(paragraph(&["a"]), vec![Label::CueBegin])], 1, 1, 0.0).to_bytes();
        truncated.pop();
        assert!(Model::from_bytes(&truncated).is_err());
        assert!(Model::from_bytes(&truncated[..20]).is_err());
        let empty = Model::from_bytes(&[]).expect("no bytes is no model");
        assert!(empty.is_empty());
        assert_eq!(empty.tag(&paragraph(&["a", "b"])), vec![Label::Outside; 2]);
        assert!(empty.tag(&[]).is_empty());
    }
}
