//! Attribution: who said what. For every quotation and every reported-speech clause, find
//! the speaker and the cue, resolve pronouns, role nouns ("the Russian leader") and surnames
//! to canonical names, and find where, through what medium and when it was said.
//!
//! The stage is pure: it takes the cleaned text and the earlier stages' output by reference.
//!
//! ```text
//! quote ──► in a headline, the speaker before its colon (Carson: Clinton ‘Not Fit’)
//!       ──► cue after it ("…,” Trump wrote / said the Ukrainian head of state / — X)
//!       ──► cue before it in the same sentence (Trump said: “…” / described it as “…”)
//!       ──► an attribution closing its sentence (“…” for the bankers, she said.)
//!       ──► headline form (Zelenskiy: “…”)
//!       ──► a signature in the next paragraph (-President Obama, tweeting)
//!       ──► the speaker of the sentence before
//!       ──► the current speaker (a quote paragraph with no cue continues it)
//! ```

mod clauses;
mod lexicon;
mod resolve;
mod setting;
mod tagger;
mod tokens;

use std::ops::Range;

pub use clauses::{ACCEPT, Classifier, train_classifier};
pub use lexicon::{Cue, CueClass, Lexicon, RoleNoun, Scope};
use resolve::{Np, Parser, Reported};
pub use tagger::{Label, Model, train};
pub use tokens::tokenize;
use whosaid_entities::{Date, EntityId, Gazetteer, Kind, Mention};
use whosaid_segment::Segmented;
use whosaid_timex::{Timex, When};

/// Everything attribution reads about one document.
pub struct Context<'a> {
    /// The cleaned text; every range below points into it.
    pub text: &'a str,
    /// Paragraphs, sentences and quotes.
    pub segmented: &'a Segmented,
    /// Gazetteer matches, in order.
    pub mentions: &'a [Mention],
    /// Time expressions, in order.
    pub timexes: &'a [Timex],
    /// The gazetteer the mentions refer to.
    pub gazetteer: &'a Gazetteer,
    /// Publication date, for dates and for roles that change over time.
    pub published: Option<Date>,
}

/// Direct, partial or indirect speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatementKind {
    /// A full quotation: “We agreed to work together,” Trump wrote.
    Direct,
    /// Quoted words inside reported speech: described the call as “frank and substantive”.
    Partial,
    /// Reported speech without quote marks: Putin said Russia was in favour of …
    Indirect,
}

/// Who said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Canonical name, never a pronoun; empty for a pronoun that could not be resolved,
    /// whose `mention` still points at it.
    pub name: String,
    /// The gazetteer entity, when the speaker is in it.
    pub entity: Option<EntityId>,
    /// The words in the text that identified the speaker ("the Russian leader", "she").
    pub mention: Range<usize>,
}

/// One statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Direct, partial or indirect.
    pub kind: StatementKind,
    /// The speaker, when one could be found.
    pub speaker: Option<Speaker>,
    /// The quoted words (inside the marks), or the reported clause; several for a quote
    /// running across paragraphs or several fragments of one statement.
    pub fragments: Vec<Range<usize>>,
    /// The cue ("said", "according to", "—").
    pub cue: Option<Range<usize>>,
    /// Where it was said, canonical with its country ("Kyiv, Ukraine").
    pub place: Option<String>,
    /// The medium ("Truth Social", "interview with The Economist", "reporters").
    pub medium: Option<String>,
    /// The date fixed by a time expression governing the cue; `None` means the publication
    /// date applies.
    pub when: Option<When>,
    /// The time expression that fixed `when`.
    pub when_source: Option<Range<usize>>,
    /// For a quote reported inside another quote, the speaker who reported it.
    pub reported_by: Option<String>,
    /// Places named inside the statement, canonical.
    pub places_mentioned: Vec<String>,
}

impl Statement {
    /// From the start of the first fragment to the end of the last.
    pub fn span(&self) -> Range<usize> {
        let start = self.fragments.iter().map(|f| f.start).min().unwrap_or(0);
        let end = self.fragments.iter().map(|f| f.end).max().unwrap_or(start);
        start..end
    }
}

/// A clause the clause classifier judges, as training sees it.
#[derive(Debug, Clone)]
pub struct ClauseCandidate {
    /// The subject's bytes.
    pub source: Range<usize>,
    /// The verb chain's bytes.
    pub cue: Range<usize>,
    /// The classifier's features.
    pub features: Vec<u64>,
}

/// A paragraph as the tagger sees it: its tokens' byte ranges and their hashed features.
pub type TaggerParagraph = (Vec<Range<usize>>, Vec<Vec<u64>>);

/// The attribution stage, built once per run from the gazetteer.
pub struct Attributor {
    lexicon: Lexicon,
    tagger: Model,
    clauses: Classifier,
    /// Country code to country name, for "Kyiv, Ukraine".
    countries: std::collections::HashMap<String, String>,
}

impl Attributor {
    /// Builds the stage from the embedded lexicons and the gazetteer's countries.
    pub fn new(gazetteer: &Gazetteer) -> Attributor {
        let mut countries = std::collections::HashMap::new();
        for e in gazetteer.entities() {
            if e.kind == Kind::Place && !e.demonyms.is_empty() {
                if let Some(cc) = &e.country {
                    countries
                        .entry(cc.clone())
                        .or_insert_with(|| e.canonical.clone());
                }
            }
        }
        Attributor {
            lexicon: Lexicon::embedded(),
            tagger: Model::embedded(),
            clauses: Classifier::embedded(),
            countries,
        }
    }

    /// Replaces the tagger model (an empty one turns the tagger off).
    pub fn set_tagger(&mut self, tagger: Model) {
        self.tagger = tagger;
    }

    /// Replaces the clause classifier (an empty one accepts no clause).
    pub fn set_classifier(&mut self, clauses: Classifier) {
        self.clauses = clauses;
    }

    /// Every subject–verb clause the clause classifier would judge, for training.
    pub fn clause_candidates(&self, ctx: &Context<'_>) -> Vec<ClauseCandidate> {
        let parser = Parser::new(ctx, &self.lexicon);
        (0..parser.paragraph_tokens.len())
            .flat_map(|pi| {
                let found = rule_clauses(&parser, pi);
                let tagged = parser.tag(pi, &self.tagger);
                parser
                    .clause_candidates(pi, &found, &tagged)
                    .into_iter()
                    .map(|c| ClauseCandidate {
                        source: c.np.range.clone(),
                        cue: parser.span(pi, c.verb.start, c.verb.end),
                        features: c.features,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Every paragraph as the tagger sees it: its tokens' byte ranges and their features,
    /// for training.
    pub fn tagger_paragraphs(&self, ctx: &Context<'_>) -> Vec<TaggerParagraph> {
        let parser = Parser::new(ctx, &self.lexicon);
        (0..parser.paragraph_tokens.len())
            .map(|pi| {
                let ranges = parser.paragraph_tokens[pi]
                    .iter()
                    .map(|t| t.range.clone())
                    .collect();
                (ranges, tagger::features(&parser.tagger_facts(pi)))
            })
            .collect()
    }

    /// The cue and role lexicons.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Finds the statements of one document, in text order.
    pub fn attribute(&self, ctx: &Context<'_>) -> Vec<Statement> {
        let parser = Parser::new(ctx, &self.lexicon);
        // Which quotes hold no one's words (titles, identifiers), judged once for both passes.
        let seg = ctx.segmented;
        let titles: Vec<bool> = seg
            .quotes
            .iter()
            .enumerate()
            .map(|(qi, q)| {
                not_words(
                    ctx.text,
                    q,
                    seg.paragraphs[q.paragraph].clone(),
                    parser.quote_kind(qi),
                )
            })
            .collect();
        let mut statements = quotes(&parser, &titles);
        let (reported, frames) =
            indirect(&parser, &statements, &titles, &self.tagger, &self.clauses);
        // "Ushakov told reporters that Trump had said, “…”": a quote whose cue lies in the
        // clause of someone else's reported speech is reported by them. When its own speaker
        // names no one ("Clinton said anybody who complains about a microphone “is not
        // having a good night”"), the quote is the reporter's, with the reporter's cue.
        for s in &mut statements {
            let Some(cue) = &s.cue else { continue };
            let frame = frames.iter().find(|(sp, clause, _)| {
                clause
                    .iter()
                    .any(|c| c.start <= cue.start && cue.end <= c.end)
                    && s.speaker.as_ref().is_none_or(|own| own.name != sp.name)
            });
            let Some((sp, _, outer)) = frame else {
                continue;
            };
            if s.speaker.as_ref().is_some_and(|own| own.name.is_empty()) {
                s.speaker = Some(sp.clone());
                s.cue = Some(outer.clone());
            } else if s.reported_by.is_none() {
                s.reported_by = Some(sp.name.clone());
            }
        }
        statements.extend(reported);
        statements.sort_by_key(|s| (s.span().start, s.span().end));
        for s in &mut statements {
            setting::fill(&parser, &self.countries, s);
        }
        statements
    }
}

/// Whether a quote holds no one's words:
/// - a number, a date or a handle from embedded page code ("750366792434978816",
///   "2016-07-05", "HillaryClinton"), for a partial quote;
/// - a title or a name in title case: a heading standing as its own paragraph ("‘Coal Isn’t
///   the Villain.’"), a work or show named after "titled", "book", "on", "of", a year or a
///   possessive or before "program", "show" ("his 2002 book, “Make Your Kid a Millionaire,”",
///   "his “Keepin’ It Real” radio program", "a clip of ‘The 411.’"), or one that "was
///   written" or "released".
fn not_words(
    text: &str,
    q: &whosaid_segment::Quote,
    paragraph: Range<usize>,
    kind: StatementKind,
) -> bool {
    let inner = q.inner.clone();
    let words = text[inner.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let one_word = !words.contains(char::is_whitespace);
    if one_word && kind == StatementKind::Partial {
        let inner_capital =
            words.chars().skip(1).any(char::is_uppercase) && words.chars().any(char::is_lowercase);
        if words.contains(|c: char| c.is_ascii_digit()) || inner_capital {
            return true;
        }
    }
    const SMALL: [&str; 12] = [
        "of", "the", "a", "an", "and", "with", "for", "in", "on", "to", "at", "is",
    ];
    let count = words.split_whitespace().count();
    let title_case = count <= 8
        && words.chars().next().is_some_and(char::is_uppercase)
        && words.split_whitespace().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || SMALL.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        });
    if !title_case {
        return false;
    }
    let last_word = |s: &str| {
        s.trim_end_matches(|c: char| !c.is_alphanumeric())
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase()
    };
    let first_word = |s: &str| {
        s.trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase()
    };
    let lead = last_word(&text[paragraph.start.min(q.outer.start)..q.outer.start]);
    let next = first_word(&text[q.outer.end..paragraph.end.max(q.outer.end)]);
    let heading = text[paragraph.clone()].trim() == text[q.outer.clone()].trim();
    // "a clip of ‘The 411.’", "the star of “Twin Peaks”": a work, after a word for a part of
    // one or for its makers (not "chants of “Feel the Bern!”" nor "a goal of “Peace
    // Through Strength”").
    let work_of = lead == "of"
        && matches!(
            last_word(
                text[paragraph.start.min(q.outer.start)..q.outer.start]
                    .trim_end()
                    .strip_suffix("of")
                    .unwrap_or("")
            )
            .as_str(),
            "clip"
                | "preview"
                | "episode"
                | "edition"
                | "premiere"
                | "season"
                | "cover"
                | "version"
                | "performance"
                | "screening"
                | "recording"
                | "rendition"
                | "trailer"
                | "chapter"
                | "issue"
                | "sequel"
                | "remake"
                | "finale"
                | "cast"
                | "star"
                | "author"
                | "host"
                | "producer"
                | "creator"
                | "director"
        );
    let work_before = matches!(
        lead.as_str(),
        "on" | "show"
            | "program"
            | "programme"
            | "titled"
            | "entitled"
            | "film"
            | "book"
            | "song"
            | "anthem"
            | "album"
            | "novel"
            | "series"
            | "headline"
            | "documentary"
    ) || lead.ends_with("’s")
        || lead.ends_with("'s")
        // "his 1994 “Contract with America”": a dated work.
        || (lead.len() == 4 && lead.chars().all(|c| c.is_ascii_digit()));
    let work_after = matches!(
        next.as_str(),
        "program"
            | "programme"
            | "show"
            | "radio"
            | "series"
            | "book"
            | "film"
            | "documentary"
            | "event"
            | "forum"
            | "rally"
            | "podcast"
            | "segment"
            | "column"
            | "op"
    );
    // "“American Skin (41 Shots)” was written by Springsteen": a work's making.
    let made = {
        let mut words = text[q.outer.end..paragraph.end.max(q.outer.end)]
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
        matches!(words.next().as_deref(), Some("was" | "is" | "were"))
            && matches!(
                words.next().as_deref(),
                Some("written" | "released" | "published" | "recorded" | "directed" | "produced")
            )
    };
    // "a “Commander-in-Chief Forum” sponsored by NBC News": the name of an event, a law or
    // a prize, by its own last word.
    let named = matches!(
        last_word(words).as_str(),
        "forum"
            | "summit"
            | "conference"
            | "convention"
            | "festival"
            | "tour"
            | "act"
            | "award"
            | "awards"
            | "prize"
            | "initiative"
            | "caucus"
    );
    heading || work_before || work_of || work_after || made || named
}

/// A statement found for a quote, before place, medium and date are filled in.
fn statement(
    kind: StatementKind,
    speaker: Option<Speaker>,
    fragments: Vec<Range<usize>>,
    cue: Option<Range<usize>>,
) -> Statement {
    Statement {
        kind,
        speaker,
        fragments,
        cue,
        place: None,
        medium: None,
        when: None,
        when_source: None,
        reported_by: None,
        places_mentioned: Vec::new(),
    }
}

/// An attribution found for a quote: the speaker phrase and the cue.
struct Found {
    np: Np,
    cue: Option<Range<usize>>,
    /// Token index of the cue (or of the speaker when there is no cue), for grouping.
    anchor: usize,
}

/// The statements of the document's quotes; `titles` marks the quotes that hold no one's
/// words ([`not_words`]).
fn quotes(p: &Parser<'_>, titles: &[bool]) -> Vec<Statement> {
    let seg = p.ctx.segmented;
    let mut out: Vec<Statement> = Vec::new();
    // Index in `out` of the statement made for each quote.
    let mut made: Vec<Option<usize>> = vec![None; seg.quotes.len()];
    let mut current: Option<(Speaker, usize)> = None; // speaker, paragraph
    // Paragraphs a transcript turn speaks, whose quote marks are the transcript's.
    let mut in_turn = vec![false; seg.paragraphs.len()];
    let mut turns = seg.turns.iter().peekable();
    for (pi, _) in seg.paragraphs.iter().enumerate() {
        if let Some(turn) = turns.next_if(|t| t.paragraph == pi) {
            let speaker = p.turn_speaker(pi, turn.label.clone());
            if let Some(sp) = speaker.as_ref().filter(|sp| !sp.name.is_empty()) {
                current = Some((sp.clone(), pi));
            }
            for f in &turn.speech {
                in_turn[seg.paragraphs.partition_point(|r| r.end < f.start)] = true;
            }
            let colon = turn.label.end..turn.label.end + 1;
            out.push(statement(
                StatementKind::Direct,
                speaker,
                turn.speech.clone(),
                Some(colon),
            ));
        }
        if in_turn[pi] {
            continue;
        }
        let toks = &p.paragraph_tokens[pi];
        let in_par: Vec<usize> = (0..seg.quotes.len())
            .filter(|&q| seg.quotes[q].paragraph == pi)
            .collect();
        // A narrative paragraph between quotes ends the current speaker, unless it
        // introduces what follows ("Here's everything Mr Trump has said:").
        if in_par.is_empty() {
            let text = p.ctx.text[seg.paragraphs[pi].clone()].trim_end();
            if text.ends_with(':') {
                // "The woman disputes the idea. McCrummen reports:": the sentence that ends
                // in the colon introduces what follows.
                let last = p.sentences_of(pi).pop().unwrap_or(0..0);
                let np = p
                    .subject_and_cue(pi, last.start, last.end)
                    .or_else(|| p.subject_and_cue(pi, 0, toks.len()))
                    .map(|f| f.np)
                    .or_else(|| p.source_intro(pi))
                    .or_else(|| p.sentence_subject(pi, last.start, last.end));
                if let Some(np) = np {
                    if let Some(sp) = p.resolve(&np, pi, current.as_ref().map(|c| &c.0)) {
                        current = Some((sp, pi));
                    }
                }
            } else {
                // "Sanders told MSNBC that …" followed by a quote paragraph with no cue: the
                // quote goes on with the speaker of the paragraph's last sentence.
                let last = p.sentences_of(pi).pop().unwrap_or(0..0);
                current = p
                    .subject_and_cue(pi, last.start, last.end)
                    .filter(|f| p.speech_cue(pi, f.anchor))
                    .and_then(|f| p.resolve(&f.np, pi, None))
                    .map(|sp| (sp, pi));
            }
            continue;
        }
        // Partial fragments waiting to be grouped by (sentence, cue anchor).
        for &qi in &in_par {
            let q = &seg.quotes[qi];
            if q.depth > 0 {
                continue;
            }
            if q.inner.is_empty() {
                continue;
            }
            if let Some(prev) = q.continues {
                if let Some(si) = made.get(prev).copied().flatten() {
                    out[si].fragments.push(q.inner.clone());
                    made[qi] = Some(si);
                    continue;
                }
            }
            let kind = p.quote_kind(qi);
            // In a headline, "Pat Caddell: Voters Worried …" names the speaker first.
            let headline = p.is_headline(pi).then(|| p.headline(qi)).flatten();
            let found = headline
                .or_else(|| p.attribution_after(qi))
                .or_else(|| p.dash_inset(qi))
                .or_else(|| p.attribution_before(qi))
                .or_else(|| p.attribution_closing(qi))
                .or_else(|| p.headline(qi))
                .or_else(|| p.signature_after(qi))
                .or_else(|| p.previous_sentence(qi));
            let (speaker, cue, anchor) = match found {
                Some(f) => {
                    let sp = p
                        .resolve(&f.np, pi, current.as_ref().map(|c| &c.0))
                        .or_else(|| p.unresolved(&f.np));
                    (sp, f.cue, Some(f.anchor))
                }
                None => {
                    // A quote paragraph, or a later quote in a paragraph that already has a
                    // speaker, continues the current speaker.
                    // Words woven into a narrative sentence continue only a speaker of the
                    // same paragraph.
                    let reach = if kind == StatementKind::Partial { 0 } else { 2 };
                    let cont = current
                        .as_ref()
                        .filter(|(_, cp)| *cp + reach >= pi)
                        .map(|c| c.0.clone());
                    (cont, None, None)
                }
            };
            if titles[qi] {
                continue;
            }
            // Scare quotes, titles and nicknames are not statements, nor are quoted
            // identifiers, numbers or the names of shows; nor are the writer's own words in
            // quote marks ("when you start calling these organizations ‘Islamic terrorists,’"
            // after "what I learned").
            let writer = speaker.as_ref().is_some_and(|sp| {
                sp.name.is_empty()
                    && matches!(
                        p.ctx.text[sp.mention.clone()].to_lowercase().as_str(),
                        "i" | "we" | "me" | "us"
                    )
            });
            if kind == StatementKind::Partial && (speaker.is_none() || writer) {
                continue;
            }
            // Fragments of one statement: partial quotes sharing a cue in one sentence.
            if kind == StatementKind::Partial {
                if let (Some(_), Some(last)) = (anchor, out.last_mut()) {
                    if last.kind == StatementKind::Partial
                        && last.cue == cue
                        && cue.is_some()
                        && p.same_sentence(last.fragments[0].start, q.inner.start)
                    {
                        last.fragments.push(q.inner.clone());
                        made[qi] = Some(out.len() - 1);
                        continue;
                    }
                }
            }
            // "“A,” he said. “B.”" or "“A,” he said, “and B.”": a quote that goes on with the
            // speaker of the quote before it in the paragraph, or shares its cue, is one
            // statement with it (a lower-case fragment only within the same sentence).
            if let Some(last) = out.last_mut() {
                let goes_on = kind == StatementKind::Direct
                    || last
                        .fragments
                        .last()
                        .is_some_and(|f| p.same_sentence(f.end, q.inner.start));
                if goes_on
                    && last.kind == StatementKind::Direct
                    && last.cue.is_some()
                    && (cue.is_none() || cue == last.cue)
                    && seg.paragraphs[pi].contains(&last.fragments[0].start)
                    && last.speaker.as_ref().map(|s| &s.name) == speaker.as_ref().map(|s| &s.name)
                {
                    last.fragments.push(q.inner.clone());
                    made[qi] = Some(out.len() - 1);
                    continue;
                }
            }
            if let Some(sp) = speaker.as_ref().filter(|sp| !sp.name.is_empty()) {
                current = Some((sp.clone(), pi));
            }
            made[qi] = Some(out.len());
            out.push(statement(kind, speaker, vec![q.inner.clone()], cue));
        }
        // Quotes reported inside quotes.
        for &qi in &in_par {
            let q = &seg.quotes[qi];
            let Some(parent) = q.parent else { continue };
            let Some(outer) = made.get(parent).copied().flatten() else {
                continue;
            };
            if let Some(f) = p.attribution_inside(qi) {
                if let Some(sp) = p.resolve_inside(&f.np, pi, out[outer].speaker.as_ref()) {
                    let mut s = statement(
                        StatementKind::Direct,
                        Some(sp),
                        vec![q.inner.clone()],
                        f.cue,
                    );
                    s.reported_by = out[outer].speaker.as_ref().map(|sp| sp.name.clone());
                    out.push(s);
                }
            }
        }
    }
    out
}

/// The reported speech the rules find in paragraph `pi`.
fn rule_clauses(p: &Parser<'_>, pi: usize) -> Vec<Reported> {
    p.colon_source(pi)
        .into_iter()
        .chain(
            p.sentences_of(pi)
                .into_iter()
                .flat_map(|sentence| p.reported_clauses(pi, sentence)),
        )
        .collect()
}

/// A reported clause left to the quotes it holds, with who reported it and the cue.
type Frame = (Speaker, Vec<Range<usize>>, Range<usize>);

/// The reported speech of every paragraph, and the clauses left to the quotes they hold.
/// `titles` marks the quotes that hold no one's words ([`not_words`]).
fn indirect(
    p: &Parser<'_>,
    quoted: &[Statement],
    titles: &[bool],
    tagger: &Model,
    clauses: &Classifier,
) -> (Vec<Statement>, Vec<Frame>) {
    let mut out = Vec::new();
    let mut frames = Vec::new();
    // Quoted words, not the titles and names in quote marks ("during a “Commander-in-Chief
    // Forum” sponsored by NBC News"), which a clause may hold.
    let speech: Vec<&whosaid_segment::Quote> = p
        .ctx
        .segmented
        .quotes
        .iter()
        .zip(titles)
        .filter_map(|(q, &title)| (!title).then_some(q))
        .collect();
    for pi in 0..p.paragraph_tokens.len() {
        let mut found = rule_clauses(p, pi);
        let tagged = p.tag(pi, tagger);
        // Statements named by nouns ("her decision to …"), stances ("are afraid that …") or
        // passives ("was first reported by …") may lie inside the clauses found; the
        // classifier and the tagger leave their cues alone.
        let named: Vec<Reported> = p
            .sentences_of(pi)
            .into_iter()
            .flat_map(|sentence| {
                let mut named = p.noun_cue_clauses(pi, sentence.clone());
                named.extend(p.stance_clauses(pi, sentence.clone()));
                named.extend(p.passive_clauses(pi, sentence));
                named
            })
            .collect();
        let unnamed = |cue: &Range<usize>| {
            !named
                .iter()
                .any(|n| n.cue.start < cue.end && cue.start < n.cue.end)
        };
        // The clause classifier adds subject–verb clauses the rules left alone.
        if !clauses.is_empty() {
            let accepted: Vec<Reported> = p
                .clause_candidates(pi, &found, &tagged)
                .into_iter()
                .filter(|c| clauses.accepts(&c.features))
                .map(|c| Reported {
                    cue: p.span(pi, c.verb.start, c.verb.end),
                    clause: vec![p.span(pi, c.content.start, c.content.end)],
                    np: c.np,
                    object: false,
                })
                .filter(|r| unnamed(&r.cue))
                .collect();
            found.extend(accepted);
        }
        // The tagger adds what the rules and the classifier missed: a cue they did not use,
        // with a clause that overlaps none of theirs.
        let learned: Vec<Reported> = p
            .learned_clauses(pi, &tagged)
            .into_iter()
            .filter(|l| unnamed(&l.cue) && !found.iter().any(|r| r.overlaps(&l.cue, &l.clause)))
            .collect();
        found.extend(learned);
        found.extend(named);
        for Reported {
            np,
            cue,
            clause,
            object,
        } in found
        {
            // Clauses holding quotes belong to the quote statements, unless the sentence
            // moves on to another clause before the quote ("She said fathers would not be
            // eligible, and when pressed …, the mother of three replied, “…”"): then the
            // clause ends there.
            let mut clause = clause;
            if let [c] = clause.as_mut_slice()
                && let Some(q) = speech
                    .iter()
                    .find(|q| q.outer.start < c.end && c.start < q.outer.end)
                && q.outer.start > c.start
                && let Some(end) =
                    clause_break_before(p.lexicon, &p.ctx.text[c.start..q.outer.start])
                && p.ctx.text[c.start..c.start + end]
                    .split_whitespace()
                    .count()
                    >= 3
            {
                c.end = c.start + end;
            }
            let holds_quote = speech.iter().any(|q| {
                clause
                    .iter()
                    .any(|c| q.outer.start < c.end && c.start < q.outer.end)
            });
            // The clause ends at a new clause before the quote: "repeated accusations that
            // Rubio recites …, calling him a “talented guy”".
            let ends_before = |quote: &Statement| {
                let (Some(c), Some(f)) = (clause.last(), quote.fragments.first()) else {
                    return false;
                };
                c.end <= f.start
                    && cue.end <= c.start
                    && clause_break_before(p.lexicon, &p.ctx.text[c.start..f.start])
                        .is_some_and(|b| c.start + b >= c.end)
            };
            // A cue that attributes a quote in its own sentence is that quote's, and so is its
            // object ("“…,” Graham told CNN"); a clause after a quote in another sentence is
            // the cue's own ("“…” He noted that …"), and so is one that ends before the quote
            // ("repeated accusations that …, calling him a “talented guy”").
            if quoted.iter().any(|s| {
                s.cue.as_ref().is_some_and(|c| c.start == cue.start)
                    && (object
                        || (!ends_before(s)
                            && s.fragments
                                .iter()
                                .any(|f| p.same_sentence(f.start, cue.start))))
            }) {
                continue;
            }
            if holds_quote {
                if let Some(sp) = p
                    .plausible_group(&np)
                    .then(|| p.resolve(&np, pi, None))
                    .flatten()
                    .filter(|sp| !sp.name.is_empty())
                {
                    frames.push((sp, clause, cue.clone()));
                }
                continue;
            }
            if !p.plausible_group(&np) {
                continue;
            }
            let Some(sp) = p.resolve(&np, pi, None).or_else(|| p.unresolved(&np)) else {
                continue;
            };
            out.push(statement(
                StatementKind::Indirect,
                Some(sp),
                clause,
                Some(cue),
            ));
        }
    }
    (reported_inside(p, out), frames)
}

/// Where `text` last moves on to a new clause: the byte offset of its ", and", ", but" or
/// ";" (", while", ", when", ", as", a relative "which" or "who" after a comma, a comma or
/// "and" before a participle, or "and" before a verb of saying), or `None`.
fn clause_break_before(lexicon: &Lexicon, text: &str) -> Option<usize> {
    let first_word = |i: usize| text[i..].split(|c: char| !c.is_alphanumeric()).next();
    // "…, calling him a “talented guy”", "… and chiding the media for “the little game”",
    // "… and added, “…”", "… but added, “…”": the speaker's next act.
    let participle = text
        .rmatch_indices(", ")
        .map(|(i, _)| (i, i + 2))
        .chain(text.rmatch_indices(" and ").map(|(i, _)| (i, i + 5)))
        .chain(text.rmatch_indices(" but ").map(|(i, _)| (i, i + 5)))
        .filter(|&(_, w)| {
            first_word(w).is_some_and(|w| {
                (w.len() > 4 && w.ends_with("ing"))
                    || lexicon.cue_at(&[w]).is_some_and(|(cue, _)| {
                        cue.class == CueClass::Speech && w != cue.lemma && !w.ends_with('s')
                    })
            })
        })
        .map(|(i, _)| i)
        .max();
    [
        ", and ",
        ", but ",
        "; ",
        ", while ",
        ", when ",
        ", as ",
        ", which ",
        ", to which ",
        ", who ",
    ]
    .iter()
    .filter_map(|b| text.rfind(b))
    .chain(participle)
    .max()
}

/// "Ushakov told reporters that … Trump had stressed …": a statement whose cue lies inside
/// another's clause is reported by that statement's speaker (`reported_by`). An outlet's
/// report after the statements it only relays ("Zelensky told reporters that …, Reuters
/// reported") is dropped, and the outlet stays as their `reported_by`.
fn reported_inside(p: &Parser<'_>, mut out: Vec<Statement>) -> Vec<Statement> {
    let g = p.ctx.gazetteer;
    let mut relays = vec![false; out.len()];
    for i in 0..out.len() {
        let Some(outer) = out[i]
            .speaker
            .as_ref()
            .filter(|sp| !sp.name.is_empty())
            .cloned()
        else {
            continue;
        };
        // Only an outlet's report after what it relays, or "according to" it: "The Times
        // wrote that Trump had claimed a loss" is the paper's own finding.
        let trailing = out[i]
            .cue
            .as_ref()
            .zip(out[i].fragments.first())
            .is_some_and(|(cue, f)| {
                cue.start >= f.end || p.ctx.text[cue.clone()].eq_ignore_ascii_case("according to")
            });
        let media = trailing && outer.entity.is_some_and(|id| g.get(id).kind == Kind::Media);
        for j in 0..out.len() {
            let inside = out[j].cue.as_ref().is_some_and(|cue| {
                out[i]
                    .fragments
                    .iter()
                    .any(|f| f.start <= cue.start && cue.end <= f.end)
            });
            let own = out[j]
                .speaker
                .as_ref()
                .is_some_and(|sp| sp.name == outer.name);
            if j != i && inside && !own && out[j].reported_by.is_none() {
                out[j].reported_by = Some(outer.name.clone());
                relays[i] |= media;
            }
        }
    }
    let mut relays = relays.into_iter();
    out.retain(|_| !relays.next().unwrap_or(false));
    out
}
