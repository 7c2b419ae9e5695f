//! Speaker phrases and what they refer to: names, titles, pronouns, role nouns, appositives
//! and the article's own introductions ("White House spokeswoman Karoline Leavitt").

use std::ops::Range;

use whosaid_entities::{Entity, EntityId, Gender, Kind};

use crate::lexicon::{Cue, CueClass, Lexicon, Scope};
use crate::tagger::{TokenFacts, negation};
use crate::tokens::{Token, tokenize};
use crate::{Context, Found, Speaker, StatementKind};

/// What a speaker phrase is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NpKind {
    /// he, she, they, it, I, we (lower case).
    Pronoun(String),
    /// A gazetteer entity.
    Entity(EntityId),
    /// A capitalised name not (or not fully) in the gazetteer, without its title.
    Name(String),
    /// A role noun phrase: "the Russian leader", "Kremlin spokesman", "the Republican".
    Role {
        /// Normalised office, `party:X`, or empty.
        office: String,
        /// What it refers to.
        scope: Scope,
        /// Country named by an adjective ("Russian").
        country: Option<String>,
        /// Organisation named in the phrase ("Kremlin").
        org: Option<String>,
        /// The role head words, lower case ("spokeswoman").
        head: String,
    },
    /// A group or unnamed source: "sources", "a source", "officials".
    Group(String),
}

/// A speaker phrase with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Np {
    /// What it is.
    pub kind: NpKind,
    /// Bytes of the phrase.
    pub range: Range<usize>,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Gender implied by a title or role word (Mr, spokeswoman).
    pub gender: Option<Gender>,
}

/// Reported speech found in a sentence: "Putin said [Russia was ready]", "urged [supporters
/// to vote]".
#[derive(Debug, Clone)]
pub struct Reported {
    /// Who reported it.
    pub np: Np,
    /// The cue's bytes.
    pub cue: Range<usize>,
    /// The reported words' bytes; two ranges when the cue interrupts them.
    pub clause: Vec<Range<usize>>,
    /// The content is the object of the cue ("criticised the plan"), not a clause.
    pub object: bool,
}

impl Reported {
    /// Whether a statement with this cue and these clause ranges shares bytes with its cue
    /// or its clause: the later finders only add what the earlier ones left alone.
    pub fn overlaps(&self, cue: &Range<usize>, clause: &[Range<usize>]) -> bool {
        let overlap = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
        overlap(&self.cue, cue)
            || self
                .clause
                .iter()
                .any(|c| clause.iter().any(|d| overlap(c, d)))
    }
}

/// A person mentioned in the article, for pronouns and surnames.
#[derive(Debug, Clone)]
struct Person {
    at: usize,
    paragraph: usize,
    name: String,
    entity: Option<EntityId>,
    gender: Option<Gender>,
    /// Global index of its sentence in the document.
    sentence: usize,
    /// Not the object of a preposition ("with Mr Putin"), so a likely subject.
    subject: bool,
}

/// An introduction binding a role to a person: "White House spokeswoman Karoline Leavitt".
#[derive(Debug, Clone)]
struct Binding {
    at: usize,
    office: String,
    head: String,
    person: Speaker,
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];
const TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "president",
    "sen.",
    "senator",
    "rep.",
    "gov.",
    "governor",
    "chancellor",
    "king",
    "queen",
    "pope",
    "prince",
    "gen.",
    "general",
    "minister",
    "ambassador",
    "secretary",
    "prime",
    "vice",
    "judge",
    "justice",
    "mayor",
    "speaker",
    "leader",
    "commissioner",
    "director",
    "professor",
    "prof.",
    "sir",
    "lord",
    "lady",
    "dame",
];
/// Capitalised words that open sentences or phrases but are no part of a name ("The",
/// "However"); see [`capital_stopword`], which adds the days and months.
const CAPITAL_STOPWORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Whom",
    "Where",
    "So",
    "Yet",
    "For",
    "From",
    "To",
    "With",
    "Without",
    "By",
    "Of",
    "Not",
    "No",
    "Yes",
    "Shortly",
    "However",
    "Meanwhile",
    "Also",
    "Although",
    "Over",
    "During",
    "Under",
    "Following",
    "Speaking",
    "According",
    "Earlier",
    "Later",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Asked",
    "Like",
    "Unlike",
    "Even",
    "Only",
    "Just",
    "Still",
    "Both",
    "Each",
    "Every",
    "All",
    "Some",
    "Many",
    "Most",
    "Such",
    "Another",
    "Other",
    "Immediately",
    "Hours",
    "Moments",
    "Days",
    "Though",
    "Because",
    "Until",
    "Unless",
    "Whether",
    "Once",
    "Instead",
    "Indeed",
    "Having",
    "Keeps",
    "Let",
    "Outside",
    "Inside",
    "Last",
    "Next",
    "First",
    "Despite",
    "Amid",
    "Among",
    "Against",
    "Around",
    "Across",
    "Behind",
    "Beyond",
    "Near",
    "Through",
    "Throughout",
    "Upon",
    "Within",
    "Together",
    "Finally",
    "Again",
];
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "al", "bin", "da", "di", "du", "la", "le", "del", "ibn",
];
/// Words that may stand between a subject and its cue: "has also said", "publicly insisted".
const BETWEEN: &[&str] = &[
    "here",
    "there",
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "previously",
    "again",
    "repeatedly",
    "publicly",
    "privately",
    "recently",
    "once",
    "would",
    "will",
    "could",
    "might",
    "may",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "reportedly",
    "earlier",
    "further",
    "immediately",
    "simply",
    "just",
    "firmly",
    "flatly",
    "falsely",
    "openly",
    "angrily",
    "bluntly",
    "quickly",
    "separately",
    "subsequently",
    "initially",
    "first",
    "only",
    "already",
    "even",
    "not",
    "often",
    "frequently",
    "both",
    "all",
    "himself",
    "herself",
    "themselves",
    "itself",
    "however",
    "going",
    "to",
    "’s",
    "'s",
    "did",
    "does",
    "do",
    "shortly",
    "clearly",
    "directly",
    "personally",
    "categorically",
    "still",
    "always",
    "now",
    "sometimes",
    "usually",
];
/// Words that open a common noun phrase.
const NOUN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "my", "his", "her", "their", "our", "its", "this", "another",
];

/// Words that are not the head noun or a modifier of a common noun phrase.
const NOT_NOUNS: &[&str] = &[
    "first", "second", "third", "last", "next", "latter", "former", "other", "others", "same",
    "rest", "all", "both", "each", "more", "most", "so", "very", "key", "few", "many", "several",
    "lot", "couple", "number", "series", "pair", "kind", "sort", "type",
];
/// Words that are neither the head nor a modifier of a common noun phrase: "The Republican
/// not only avoided", "The United States has begun".
const NOT_MODIFIERS: &[&str] = &[
    "only", "also", "not", "just", "even", "still", "is", "are", "was", "were", "be", "been",
    "being", "will", "would", "can", "could", "may", "might", "must", "should", "does", "did",
    "do",
];

/// Words that end a run of descriptors before a name: a preposition, conjunction or
/// relative word starts another phrase ("said on Monday", "said that", "said of").
const FUNCTION_WORDS: &[&str] = &[
    "in", "on", "at", "to", "for", "by", "with", "of", "from", "about", "as", "after", "before",
    "during", "and", "or", "but", "that", "which", "who", "when", "while", "if", "than",
];
/// Lower-case modifiers allowed inside a role phrase ("the former top Russian diplomat").
const MODIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "former",
    "top",
    "senior",
    "chief",
    "deputy",
    "then",
    "current",
    "new",
    "presidential",
    "press",
    "foreign",
    "policy",
    "acting",
    "interim",
    "longtime",
    "veteran",
    "state",
    "federal",
    "national",
    "white",
    "house",
    "kremlin",
    "campaign",
    "special",
    "security",
    "defence",
    "defense",
    "head",
    "of",
    "government",
    "ministry",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "spokes",
    "prime",
    "vice",
    "military",
    "senior",
    "u.s.",
    "us",
    "un",
    "eu",
    "nato",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "whose", "’s", "'s", "first", "second", "phone", "last", "next",
];
/// Words after which a cue ends the statement's clause: "…, Mr Putin said following the call."
const AFTER_INVERTED: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "following",
    "during",
    "as",
    "when",
    "while",
    "ahead",
    "last",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "late",
    "recently",
    "then",
    "again",
    "afterward",
    "afterwards",
    "shortly",
    "from",
    "via",
    "by",
    "with",
    "to",
];
/// Forms of "be", which make a following participle passive.
pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
const PREPOSITIONS: &[&str] = &[
    "with", "to", "by", "of", "from", "for", "about", "after", "before", "between", "against",
    "than", "like", "toward", "towards", "at", "on", "in", "into", "over", "under", "without",
    "and", "or", "’s", "'s",
];
/// Prepositions that open an adverbial phrase after an object, which is no part of what was
/// said or done: "denounced the annexation during a broadcast", "praised the deal amid …".
/// Measured on PolNeAR: "in", "on", "at", "as", "with" and "after" more often go on the
/// object than end it.
const ADJUNCTS: &[&str] = &["during", "amid", "following", "despite"];

/// Last words of a capitalised name that make it an institution or a place, not a person
/// ("the Eastern District", "the Tax Foundation"). Words that are also surnames (Day, Hall,
/// Park) are left out.
const INSTITUTION_HEADS: &[&str] = &[
    "Administration",
    "Agency",
    "Airport",
    "Army",
    "Association",
    "Avenue",
    "Bank",
    "Board",
    "Bureau",
    "Campaign",
    "Caucus",
    "Center",
    "Centre",
    "City",
    "Club",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Corporation",
    "Council",
    "County",
    "Court",
    "Department",
    "District",
    "Economics",
    "Foundation",
    "Fund",
    "Group",
    "Hospital",
    "Institute",
    "Institution",
    "Island",
    "Journal",
    "Lawyers",
    "Ministry",
    "Museum",
    "Network",
    "News",
    "Office",
    "Officers",
    "Party",
    "Police",
    "Post",
    "Province",
    "Road",
    "School",
    "Senate",
    "Service",
    "Square",
    "Stadium",
    "Street",
    "Technologies",
    "Times",
    "Union",
    "University",
];

/// Nouns naming where or how something was said: "in a statement", "in early-morning
/// tweets", "on Twitter".
const MEDIUM_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "interviews",
    "tweet",
    "tweets",
    "twitter",
    "post",
    "posts",
    "ruling",
    "speech",
    "speeches",
    "letter",
    "op-ed",
    "column",
    "editorial",
    "email",
    "memo",
    "release",
    "conference",
    "briefing",
    "appearance",
    "diatribe",
    "filing",
    "broadcast",
    "podcast",
    "video",
    "remarks",
    "address",
];
/// Occasions after "at" that name where something was said, not what: "at a rally", "at
/// last week’s forum".
const OCCASION_NOUNS: &[&str] = &[
    "rally",
    "event",
    "forum",
    "debate",
    "hearing",
    "meeting",
    "summit",
    "briefing",
    "conference",
    "convention",
    "ceremony",
    "fundraiser",
    "luncheon",
    "dinner",
    "gathering",
    "roundtable",
    "stop",
];
/// Adjectives of a stance after "be" ("has been critical of Trump", "are afraid that …").
const STANCE_ADJECTIVES: &[&str] = &[
    "critical",
    "supportive",
    "skeptical",
    "sceptical",
    "wary",
    "opposed",
    "afraid",
    "confident",
    "convinced",
    "worried",
    "concerned",
    "hopeful",
    "optimistic",
    "pessimistic",
    "adamant",
    "unhappy",
    "furious",
    "angry",
    "doubtful",
    "dismissive",
    "enthusiastic",
    "proud",
    "fond",
    "suspicious",
    "eager",
    "reluctant",
    "committed",
    "sympathetic",
    "hostile",
];
/// Nouns of a stance after "be a" ("is a staunch opponent of the death penalty").
const STANCE_NOUNS: &[&str] = &[
    "supporter",
    "opponent",
    "critic",
    "proponent",
    "advocate",
    "champion",
    "backer",
    "defender",
    "fan",
    "admirer",
    "foe",
];
/// Nouns that name a statement or a stance of their possessor and take a clause after
/// "that" ("Trump's claim that …").
const THAT_NOUN_CUES: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "argument",
    "statement",
    "announcement",
    "bet",
    "promise",
    "promises",
    "pledge",
    "vow",
    "warning",
    "insistence",
    "belief",
    "view",
    "views",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "suggestion",
    "hopes",
    "admission",
    "denial",
    "concern",
    "concerns",
    "contention",
    "fear",
    "fears",
    "hope",
];
/// Nouns that name an act or a stance of their possessor, after which "that" opens a
/// relative clause ("her decision to …", "his plan that matches …").
const ACT_NOUN_CUES: &[&str] = &[
    "decision",
    "determination",
    "plan",
    "proposal",
    "proposals",
    "call",
    "calls",
    "demand",
    "demands",
    "threat",
    "criticism",
    "critique",
    "attack",
    "attacks",
    "refusal",
    "support",
    "opposition",
    "endorsement",
    "embrace",
    "desire",
    "push",
    "rejection",
    "request",
    "recommendation",
    "thoughts",
    "hostility",
    "assessment",
    "passion",
    "focus",
    "comments",
    "defense",
    "condemnation",
    "stance",
    "reluctance",
    "commitment",
    "tirade",
    "approach",
];
/// Words after a comma that end a speech act's object: "criticised the plan, which …".
const CLAUSE_BREAKS: &[&str] = &[
    "which",
    "who",
    "but",
    "while",
    "although",
    "though",
    "saying",
    "adding",
    "according",
    "as",
    "after",
    "before",
    "when",
    "because",
    "since",
    "and",
    "where",
    "said",
    "says",
];
/// Words opening an adverbial clause before its subject.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "while", "as", "because", "since", "although", "though", "if",
    "once", "until",
];
/// Tells whether a capitalised word is no part of a name: a [`CAPITAL_STOPWORDS`] word, a
/// weekday or a month.
fn capital_stopword(word: &str) -> bool {
    CAPITAL_STOPWORDS.contains(&word)
        || whosaid_timex::WEEKDAYS.contains(&word)
        || whosaid_timex::MONTHS.contains(&word)
}

/// Determiners and quantifiers that can open the subject of a bare clause after a cue ("said
/// no decision had been made", "said most voters …").
const CLAUSE_OPENERS: &[&str] = &[
    "the", "there", "this", "these", "those", "a", "an", "no", "his", "her", "its", "their", "our",
    "my", "your", "every", "any", "many", "some", "most", "several", "few", "both", "all", "each",
];
/// Auxiliaries and modals, after which a verb chain goes on ("would have loved").
pub(crate) const AUXILIARIES: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "wo",
    "ca",
    "isn’t",
    "wasn’t",
    "won’t",
    "can’t",
    "doesn’t",
    "didn’t",
    "hasn’t",
    "hadn’t",
    "aren’t",
    "weren’t",
    "isn't",
    "wasn't",
    "won't",
    "can't",
    "doesn't",
    "didn't",
    "hasn't",
];
/// Common verbs that, besides the auxiliaries, mark a finite clause.
const FINITE_VERBS: &[&str] = &[
    "wants", "want", "needs", "need", "remains", "remain", "knows", "know", "plans", "hopes",
    "intends", "seeks", "supports", "opposes", "faces", "lacks", "owns", "holds", "makes", "takes",
    "gets", "got", "made", "took", "gave", "went", "came", "saw", "left", "won", "lost", "met",
    "sent", "kept", "began",
];

/// Whether `w` (lower case) marks a finite clause: an auxiliary, a modal or a common verb.
fn finite(w: &str) -> bool {
    AUXILIARIES.contains(&w) || FINITE_VERBS.contains(&w)
}
/// Cues whose object may be the listener before what they said: "told the BBC the firm had
/// been hit", "warned Putin he would face sanctions", not "found Trump would raise taxes".
const LISTENER_CUES: &[&str] = &[
    "tell",
    "ask",
    "remind",
    "assure",
    "reassure",
    "notify",
    "warn",
    "caution",
    "advise",
    "urge",
    "promise",
    "instruct",
    "order",
    "inform",
    "email",
    "e-mail",
    "text",
    "counsel",
    "convince",
    "persuade",
    "brief",
    "pledge",
    "vow",
    "guarantee",
    "threaten",
    "request",
];
const OBJECTS: &[&str] = &[
    "reporters",
    "journalists",
    "him",
    "her",
    "them",
    "us",
    "me",
    "supporters",
    "lawmakers",
    "listeners",
    "viewers",
    "audience",
    "crowd",
    "officials",
    "members",
    "leaders",
    "interviewer",
    "press",
    "media",
];

/// The parsed document: tokens per paragraph and article-level knowledge.
pub struct Parser<'a> {
    /// The stage input.
    pub ctx: &'a Context<'a>,
    pub(crate) lexicon: &'a Lexicon,
    /// Tokens of each paragraph.
    pub paragraph_tokens: Vec<Vec<Token>>,
    /// For each paragraph's tokens, the top-level quote containing it.
    quote_of: Vec<Vec<Option<usize>>>,
    people: Vec<Person>,
    bindings: Vec<Binding>,
    /// Global index of each paragraph's first sentence.
    sentence_base: Vec<usize>,
    /// For each paragraph's tokens, whether a sentence ends after it.
    boundaries: Vec<Vec<bool>>,
    /// For each paragraph's tokens, the index of its sentence in the paragraph.
    sentence_index: Vec<Vec<usize>>,
    /// Whether each paragraph is a headline: short and in title case, so its verbs are
    /// capitalised ("Trump Praises …").
    headline: Vec<bool>,
    /// Each token lower-cased, once: the rules ask for it over and over.
    lowered: Vec<Vec<Box<str>>>,
}

/// Whether a paragraph's words are in title case: a headline or a heading.
fn title_case(text: &str, toks: &[Token]) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "from",
        "as", "is", "but", "vs",
    ];
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.word)
        .map(|t| &text[t.range.clone()])
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let content = words.iter().filter(|w| !SMALL.contains(w)).count();
    let capitalised = words.iter().filter(|w| is_capitalised(w)).count();
    (3..=40).contains(&words.len()) && capitalised * 10 >= content * 9
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn sentence_end(w: &str) -> bool {
    matches!(w, "." | "?" | "!")
}

impl<'a> Parser<'a> {
    /// Tokenizes the document and collects its people and introductions.
    pub fn new(ctx: &'a Context<'a>, lexicon: &'a Lexicon) -> Parser<'a> {
        let seg = ctx.segmented;
        let mut paragraph_tokens = Vec::with_capacity(seg.paragraphs.len());
        let mut quote_of = Vec::with_capacity(seg.paragraphs.len());
        let mut headline = Vec::with_capacity(seg.paragraphs.len());
        let mut lowered = Vec::with_capacity(seg.paragraphs.len());
        // Top-level quotes by paragraph, in one pass over the quotes.
        let mut tops_of: Vec<Vec<usize>> = vec![Vec::new(); seg.paragraphs.len()];
        for (q, quote) in seg.quotes.iter().enumerate() {
            if quote.depth == 0 {
                if let Some(tops) = tops_of.get_mut(quote.paragraph) {
                    tops.push(q);
                }
            }
        }
        for (pi, range) in seg.paragraphs.iter().enumerate() {
            let toks = tokenize(ctx.text, range.clone());
            let tops = &tops_of[pi];
            let of = toks
                .iter()
                .map(|t| {
                    tops.iter().copied().find(|&q| {
                        seg.quotes[q].outer.start <= t.range.start
                            && t.range.end <= seg.quotes[q].outer.end
                    })
                })
                .collect();
            headline.push(title_case(ctx.text, &toks));
            lowered.push(
                toks.iter()
                    .map(|t| ctx.text[t.range.clone()].to_lowercase().into_boxed_str())
                    .collect(),
            );
            paragraph_tokens.push(toks);
            quote_of.push(of);
        }
        let mut parser = Parser {
            ctx,
            lexicon,
            paragraph_tokens,
            quote_of,
            people: Vec::new(),
            bindings: Vec::new(),
            sentence_base: Vec::new(),
            boundaries: Vec::new(),
            sentence_index: Vec::new(),
            headline,
            lowered,
        };
        // Sentence ends are asked for over and over; find them once.
        for pi in 0..parser.paragraph_tokens.len() {
            let ends: Vec<bool> = (0..parser.paragraph_tokens[pi].len())
                .map(|k| parser.find_boundary_after(pi, k))
                .collect();
            let mut sentence = 0;
            let index = ends
                .iter()
                .map(|&end| {
                    let here = sentence;
                    sentence += usize::from(end);
                    here
                })
                .collect();
            parser.boundaries.push(ends);
            parser.sentence_index.push(index);
        }
        parser.collect_people();
        parser
    }

    pub(crate) fn word(&self, pi: usize, i: usize) -> &'a str {
        let t = &self.paragraph_tokens[pi][i];
        &self.ctx.text[t.range.clone()]
    }

    /// Token `i` of paragraph `pi`, lower-cased.
    pub(crate) fn lower_word(&self, pi: usize, i: usize) -> &str {
        &self.lowered[pi][i]
    }

    fn words(&self, pi: usize, range: Range<usize>) -> Vec<&'a str> {
        range.map(|i| self.word(pi, i)).collect()
    }

    pub(crate) fn in_timex(&self, pi: usize, i: usize) -> bool {
        let r = &self.paragraph_tokens[pi][i].range;
        self.ctx
            .timexes
            .iter()
            .any(|t| t.range.start <= r.start && r.end <= t.range.end)
    }

    /// Tells whether token `i` is an adverb in -ly ("steadily", "emotionally").
    pub(crate) fn adverb(&self, pi: usize, i: usize) -> bool {
        let w = self.lower_word(pi, i);
        w.len() > 4 && w.ends_with("ly") && !is_capitalised(self.word(pi, i))
    }

    /// Tells whether token `i`, before a cue at token `k`, may stand between the cue and its
    /// subject: an auxiliary or adverb ("has also", "has been steadily pounding") or a time
    /// ("federal prosecutors in April charged").
    pub(crate) fn between_subject_and_cue(&self, pi: usize, i: usize, k: usize) -> bool {
        BETWEEN.contains(&self.lower_word(pi, i))
            || self.adverb(pi, i)
            || self.in_timex(pi, i)
            || self.time_preposition(pi, i, k)
    }

    /// Tells whether token `i` is a preposition opening a time expression that ends before
    /// token `k` ("in April", "during 2001").
    fn time_preposition(&self, pi: usize, i: usize, k: usize) -> bool {
        i + 1 < k
            && matches!(
                self.lower_word(pi, i),
                "in" | "during" | "at" | "since" | "until" | "by" | "earlier" | "late" | "early"
            )
            && self.in_timex(pi, i + 1)
    }

    pub(crate) fn quoted(&self, pi: usize, i: usize) -> Option<usize> {
        self.quote_of[pi][i]
    }

    fn mention_at(&self, byte: usize) -> Option<&'a whosaid_entities::Mention> {
        let m = self.ctx.mentions;
        let idx = m.partition_point(|x| x.range.end <= byte);
        m.get(idx).filter(|x| x.range.start <= byte)
    }

    fn token_at_or_after(&self, pi: usize, byte: usize) -> usize {
        self.paragraph_tokens[pi].partition_point(|t| t.range.start < byte)
    }

    /// Whether a sentence ends after token `k`: a final mark outside quotes, or a quote whose
    /// words end a sentence ("… very intelligent.” The Republican …").
    fn boundary_after(&self, pi: usize, k: usize) -> bool {
        self.boundaries[pi].get(k).copied().unwrap_or(false)
    }

    /// Whether a sentence ends after token `k`, worked out (see [`Parser::boundary_after`]).
    fn find_boundary_after(&self, pi: usize, k: usize) -> bool {
        if self.quoted(pi, k).is_none() {
            // A full stop ends a sentence only where the segmenter, which knows
            // abbreviations ("D-Wis.", "Sen."), starts the next one.
            let toks = &self.paragraph_tokens[pi];
            // An abbreviation's own period may end one too ("in the U.S. He says …").
            let w = self.word(pi, k);
            return (sentence_end(w) || (w.len() > 2 && w.ends_with('.')))
                && toks.get(k + 1).is_none_or(|next| {
                    let sentences = &self.ctx.segmented.sentences;
                    let i = sentences.partition_point(|s| s.range.start < toks[k].range.end);
                    sentences
                        .get(i)
                        .is_some_and(|s| s.range.start <= next.range.start)
                });
        }
        let Some(q) = self.quoted(pi, k) else {
            return false;
        };
        let quote = &self.ctx.segmented.quotes[q];
        let toks = &self.paragraph_tokens[pi];
        if toks[k].range.end != quote.outer.end || !quote.closed {
            return false;
        }
        let inner = self.ctx.text[quote.inner.clone()].trim_end();
        let next = toks.get(k + 1).map(|t| &self.ctx.text[t.range.clone()]);
        inner.ends_with(['.', '?', '!']) && next.is_some_and(is_capitalised)
    }

    /// The paragraph and first token of the sentence with global index `sentence`.
    fn first_token_of(&self, sentence: usize) -> Option<(usize, usize)> {
        let pi = self
            .sentence_base
            .partition_point(|&b| b <= sentence)
            .checked_sub(1)?;
        let local = sentence - self.sentence_base[pi];
        let k = self.sentence_index[pi].iter().position(|&s| s == local)?;
        Some((pi, k))
    }

    /// Index of the sentence of token `i` within paragraph `pi`.
    fn sentence_of(&self, pi: usize, i: usize) -> usize {
        match self.sentence_index[pi].get(i) {
            Some(&index) => index,
            // Past the last token: after every boundary.
            None => self.boundaries[pi].iter().filter(|&&end| end).count(),
        }
    }

    /// Token ranges of the sentences of a paragraph, split at sentence-final marks outside
    /// quotes.
    pub fn sentences_of(&self, pi: usize) -> Vec<Range<usize>> {
        let n = self.paragraph_tokens[pi].len();
        let mut out = Vec::new();
        let mut start = 0;
        for k in 0..n {
            if self.boundary_after(pi, k) {
                out.push(start..k + 1);
                start = k + 1;
            }
        }
        if start < n {
            out.push(start..n);
        }
        out
    }

    fn sentence_start(&self, pi: usize, i: usize) -> usize {
        let mut k = i;
        while k > 0 {
            if self.boundary_after(pi, k - 1) {
                break;
            }
            k -= 1;
        }
        k
    }

    /// Whether byte offsets `a` and `b` lie in one sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        let seg = self.ctx.segmented;
        let pa = seg.paragraphs.partition_point(|p| p.end < a);
        let pb = seg.paragraphs.partition_point(|p| p.end < b);
        if pa != pb || pa >= seg.paragraphs.len() {
            return false;
        }
        let (ta, tb) = (self.token_at_or_after(pa, a), self.token_at_or_after(pb, b));
        let (lo, hi) = (ta.min(tb), ta.max(tb));
        !(lo..hi).any(|k| self.boundary_after(pa, k))
    }

    pub(crate) fn cue_at(&self, pi: usize, i: usize) -> Option<(&'a Cue, usize)> {
        let n = self.paragraph_tokens[pi].len();
        if i >= n || !self.paragraph_tokens[pi][i].word || self.quoted(pi, i).is_some() {
            return None;
        }
        let words = self.words(pi, i..(i + 4).min(n));
        let first = words[0];
        // "According to X" may open a sentence; other cues are lower-case verbs, and a cue
        // word after a determiner is a noun ("the call", "his post").
        // "Said Dorothy Poynter, who grew up with Ali, “…”": an inverted cue opening its
        // sentence before a name.
        let inverted_opening = || {
            i + 1 < n
                && self.sentence_start(pi, i) == i
                && is_capitalised(self.word(pi, i + 1))
                && self
                    .lexicon
                    .cue_at(&[first])
                    .is_some_and(|(cue, _)| cue.quote && cue.class == CueClass::Speech)
        };
        if is_capitalised(first)
            && !first.eq_ignore_ascii_case("according")
            && !self.headline[pi]
            && !inverted_opening()
        {
            return None;
        }
        // "who’s called for": a clitic after a pronoun is "has" or "is", not a possessive.
        let clitic = i > 1
            && matches!(self.lower_word(pi, i - 1), "’s" | "'s")
            && matches!(self.lower_word(pi, i - 2), "who" | "he" | "she");
        if i > 0 && DETERMINERS.contains(&self.lower_word(pi, i - 1)) && !clitic {
            return None;
        }
        // "The Istanbul talks had been organized", "an analysis of newly filed reports
        // shows": a plural before an auxiliary or a cue in -s is a noun.
        if first.ends_with('s') && i + 1 < n && {
            let next = self.lower_word(pi, i + 1);
            matches!(
                next,
                "had" | "have" | "were" | "are" | "will" | "would" | "could" | "can"
            ) || (first != "says"
                && next.len() > 3
                && next.ends_with('s')
                && self.lexicon.cue_at(&[next]).is_some()
                // "says talks will begin": the second word is the clause's subject.
                && (i + 2 >= n || !finite(self.lower_word(pi, i + 2))))
        } {
            return None;
        }
        // "a controversial comment": a singular subject never takes the bare verb, so after
        // "a" and one more word the bare form is a noun.
        if i > 1
            && matches!(self.lower_word(pi, i - 2), "a" | "an")
            && !first.ends_with('s')
            && !first.ends_with("ed")
            && !first.ends_with("ing")
            && !IRREGULAR_PAST.contains(&first)
        {
            return None;
        }
        // "state officials", "the state of Ohio": the noun far more often than the verb,
        // which opens a clause with "that".
        if first == "state" && words.get(1) != Some(&"that") {
            return None;
        }
        // "Twenty-seven states led by West Virginia", "several reports": after a number or a
        // plural quantifier a word in -s is a plural noun, not a verb.
        if i > 0 && first.ends_with('s') && plural_count(self.lower_word(pi, i - 1)) {
            return None;
        }
        // "11% of Democratic claims": a plural noun after an adjective ("Democratic",
        // "Russian") after a preposition.
        if i > 1
            && first.ends_with('s')
            && regional(self.word(pi, i - 1))
            && PREPOSITIONS.contains(&self.lower_word(pi, i - 2))
        {
            return None;
        }
        self.lexicon.cue_at(&words)
    }

    pub(crate) fn span(&self, pi: usize, start: usize, end: usize) -> Range<usize> {
        let t = &self.paragraph_tokens[pi];
        t[start].range.start..t[end - 1].range.end
    }

    /// The speaker phrase ending at token `j`, not reaching before token `lo`. Tokens inside
    /// a top-level quote are refused unless it is quote `inside`.
    pub(crate) fn np_before(
        &self,
        pi: usize,
        j: usize,
        lo: usize,
        inside: Option<usize>,
    ) -> Option<Np> {
        if j < lo || j >= self.paragraph_tokens[pi].len() {
            return None;
        }
        if self.quoted(pi, j).is_some() && self.quoted(pi, j) != inside {
            return None;
        }
        let tok = &self.paragraph_tokens[pi][j];
        let w = self.word(pi, j);
        if !tok.word {
            if w == "," {
                return self.appositive(pi, j, lo, inside);
            }
            // "The Supreme Court justice -- who has been … -- said": an aside between dashes.
            if matches!(w, "—" | "–" | "--" | "-") {
                // "--" may come as two hyphens.
                let mut close = j;
                while close > lo && self.word(pi, close - 1) == w {
                    close -= 1;
                }
                let mut open = (lo..close)
                    .rev()
                    .take(40)
                    .take_while(|&k| self.quoted(pi, k).is_none())
                    .find(|&k| self.word(pi, k) == w)?;
                while open > lo && self.word(pi, open - 1) == w {
                    open -= 1;
                }
                return (open > lo)
                    .then(|| {
                        self.np_before(pi, open - 1, lo, inside)
                            .or_else(|| self.common_noun_phrase(pi, open - 1, lo))
                    })
                    .flatten();
            }
            return None;
        }
        let lw = lower(w);
        // "Stevie Wonder, who joked": the relative pronoun stands for the name before it.
        if lw == "who" && j >= lo + 2 && self.word(pi, j - 1) == "," {
            let antecedent = self.np_before(pi, j - 2, lo, inside)?;
            return matches!(antecedent.kind, NpKind::Entity(_) | NpKind::Name(_)).then(|| Np {
                range: tok.range.clone(),
                start: j,
                end: j + 1,
                ..antecedent
            });
        }
        if PRONOUNS.contains(&lw.as_str()) {
            return Some(Np {
                kind: NpKind::Pronoun(lw),
                range: tok.range.clone(),
                start: j,
                end: j + 1,
                gender: None,
            });
        }
        if let Some(m) = self.mention_at(tok.range.start) {
            let mut start = self.token_at_or_after(pi, m.range.start).max(lo);
            // "the University of Michigan", "the Council of Economic Advisers": a body
            // named after the place or field it serves.
            if start >= lo + 2
                && self.word(pi, start - 1) == "of"
                && ORGANISATION_HEADS.contains(&self.word(pi, start - 2))
            {
                let first = start - 2;
                let range = self.paragraph_tokens[pi][first].range.start..tok.range.end;
                return Some(Np {
                    kind: NpKind::Name(self.ctx.text[range.clone()].to_owned()),
                    range,
                    start: first,
                    end: j + 1,
                    gender: None,
                });
            }
            let gender = self.titles_before(pi, &mut start, lo);
            return Some(Np {
                kind: NpKind::Entity(m.entity),
                range: self.paragraph_tokens[pi][start].range.start..m.range.end.max(tok.range.end),
                start,
                end: j + 1,
                gender,
            });
        }
        // A role phrase: "the Russian leader", "White House press secretary".
        // Role phrases are short: the last few words are all `role_ending` needs (one more
        // for the surname test below).
        let from = lo.max((j + 1).saturating_sub(self.lexicon.longest_role() + 1));
        let window: Vec<&str> = self.words(pi, from..j + 1);
        // "Mr. King", "Larry King": a capitalised one-word role after a title or a first name
        // is a surname.
        let toks = &self.paragraph_tokens[pi];
        let surname = || {
            is_capitalised(w)
                && j > lo
                && toks
                    .get(j + 1)
                    .is_none_or(|t| !is_capitalised(&self.ctx.text[t.range.clone()]))
                && self.mention_at(toks[j - 1].range.start).is_none()
                && (matches!(
                    self.lower_word(pi, j - 1),
                    "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "dr" | "dr."
                ) || (is_capitalised(self.word(pi, j - 1))
                    && !capital_stopword(self.word(pi, j - 1))
                    && self
                        .lexicon
                        .role_ending(&window[..window.len() - 1])
                        .is_none()))
        };
        if let Some((role, n)) = self
            .lexicon
            .role_ending(&window)
            .filter(|&(_, n)| n > 1 || !surname())
        {
            let head_start = j + 1 - n;
            let head = lower(&window[window.len() - n..].join(" "));
            let mut start = head_start;
            let mut country = None;
            let mut org = None;
            while start > lo {
                let k = start - 1;
                if self.quoted(pi, k).is_some() && self.quoted(pi, k) != inside {
                    break;
                }
                let w = self.word(pi, k);
                let lw = lower(w);
                if let Some(cc) = self.ctx.gazetteer.country_code(w) {
                    country.get_or_insert_with(|| cc.to_owned());
                } else if let Some(m) = self.mention_at(self.paragraph_tokens[pi][k].range.start) {
                    let e = self.ctx.gazetteer.get(m.entity);
                    match e.kind {
                        Kind::Organisation | Kind::Media => {
                            org.get_or_insert_with(|| e.canonical.clone());
                        }
                        // "the Russian leader" (a country), "the New York businessman".
                        Kind::Place => {
                            if let Some(cc) = e.country.as_ref().filter(|_| !e.demonyms.is_empty())
                            {
                                country.get_or_insert_with(|| cc.clone());
                            }
                        }
                        _ => {
                            // "Putin's spokesman": the possessor's country or organisation.
                            if k + 1 < j && matches!(self.word(pi, k + 1), "’s" | "'s") {
                                org.get_or_insert_with(|| e.canonical.clone());
                            } else {
                                break;
                            }
                        }
                    }
                    start = self.token_at_or_after(pi, m.range.start).max(lo);
                    continue;
                } else if !(MODIFIERS.contains(&lw.as_str())
                    // "one West Virginia official", "two senior officials".
                    || QUANTIFIERS.contains(&lw.as_str())
                    || matches!(w, "’s" | "'s")
                    || (role.scope == Scope::Group && regional(w)))
                {
                    break;
                }
                start = k;
            }
            // "the vice president of the United States"
            let gender = if head.ends_with("woman") || head == "queen" {
                Some(Gender::Female)
            } else if head.ends_with("man") || head == "king" {
                Some(Gender::Male)
            } else {
                None
            };
            let range = self.span(pi, start, j + 1);
            let kind = match role.scope {
                Scope::Group => NpKind::Group(descriptive(&self.ctx.text[range.clone()])),
                scope => NpKind::Role {
                    office: role.office.clone(),
                    scope,
                    country,
                    org,
                    head,
                },
            };
            return Some(Np {
                kind,
                range,
                start,
                end: j + 1,
                gender,
            });
        }
        // "the Ukrainian told him": a demonym on its own stands for a person of that country.
        if j > lo
            && self.lower_word(pi, j - 1) == "the"
            && let Some(cc) = self.ctx.gazetteer.country_code(w)
        {
            return Some(Np {
                kind: NpKind::Role {
                    office: format!("country:{cc}"),
                    scope: Scope::Person,
                    country: Some(cc.to_owned()),
                    org: None,
                    head: lw,
                },
                range: self.span(pi, j - 1, j + 1),
                start: j - 1,
                end: j + 1,
                gender: None,
            });
        }
        if is_capitalised(w)
            && !capital_stopword(w)
            && (!TITLES.contains(&lw.as_str()) || surname())
            && (self.lexicon.cue_at(&[w]).is_none() || surname())
        {
            let mut start = j;
            while start > lo {
                let k = start - 1;
                let pw = self.word(pi, k);
                let ok_word = self.paragraph_tokens[pi][k].word
                    && (self.quoted(pi, k).is_none() || self.quoted(pi, k) == inside)
                    && ((is_capitalised(pw)
                        && !capital_stopword(pw)
                        && !TITLES.contains(&lower(pw).as_str())
                        // Not "Said" of "Said Dorothy Poynter, …".
                        && self.lexicon.cue_at(&[pw]).is_none())
                        || PARTICLES.contains(&pw));
                if !ok_word {
                    break;
                }
                start = k;
            }
            let name_range = self.span(pi, start, j + 1);
            let gender = self.titles_before(pi, &mut start, lo);
            return Some(Np {
                kind: NpKind::Name(self.ctx.text[name_range].to_owned()),
                range: self.span(pi, start, j + 1),
                start,
                end: j + 1,
                gender,
            });
        }
        None
    }

    /// Extends `start` back over titles ("Mr", "Vice President"), returning the gender they
    /// imply.
    fn titles_before(&self, pi: usize, start: &mut usize, lo: usize) -> Option<Gender> {
        let mut gender = None;
        while *start > lo {
            let w = self.lower_word(pi, *start - 1);
            if !(TITLES.contains(&w) || w == "of" || w == "state") {
                break;
            }
            if matches!(w, "of" | "state") && *start < 2 {
                break;
            }
            match w {
                "mr" | "mr." | "sir" | "lord" | "king" | "prince" => gender = Some(Gender::Male),
                "mrs" | "mrs." | "ms" | "ms." | "queen" | "lady" | "dame" => {
                    gender = Some(Gender::Female)
                }
                _ => {}
            }
            *start -= 1;
        }
        // Do not leave a dangling "of"/"state" at the front.
        while *start < self.paragraph_tokens[pi].len()
            && matches!(self.lower_word(pi, *start), "of" | "state")
        {
            *start += 1;
        }
        gender
    }

    /// "Hugh Hill, a doctor, said" and "Putin's spokesman, Dmitry Peskov, confirmed": the
    /// phrase before a comma-delimited apposition.
    fn appositive(&self, pi: usize, comma: usize, lo: usize, inside: Option<usize>) -> Option<Np> {
        // Appositions run long: "Leonard E. Burman, director of the … Center and a professor
        // at the … University, said".
        let first = (lo..comma)
            .rev()
            .take(40)
            .take_while(|&k| self.quoted(pi, k).is_none() || self.quoted(pi, k) == inside)
            .find(|&k| self.word(pi, k) == ",")?;
        if first <= lo {
            return None;
        }
        let inner = self
            .np_before(pi, comma - 1, first + 1, inside)
            .filter(|np| np.start == first + 1);
        // "Harry Reid (D-Nev.), in particular,": over a short parenthesis after the name.
        let mut before = first - 1;
        if self.word(pi, before) == ")"
            && let Some(open) = (lo..before)
                .rev()
                .take(8)
                .find(|&i| self.word(pi, i) == "(")
            && open > lo
        {
            before = open - 1;
        }
        // "His former business partner, Lawrence B. Cummings,": a common noun phrase before
        // a name.
        let named = |np: &Np| matches!(np.kind, NpKind::Entity(_) | NpKind::Name(_));
        let Some(outer) = self
            .np_before(pi, before, lo, inside)
            .or_else(|| self.common_noun_phrase(pi, before, lo))
        else {
            // "an attorney for the family, Justin Bamberg,", "one of the family's attorneys,
            // Justin Bamberg,": a description too long to parse before a name.
            let i = inner.filter(|i| named(i))?;
            let open = (lo..first)
                .rev()
                .find(|&k| self.word(pi, k) == ",")
                .map_or(lo, |k| k + 1);
            let opener = self.lower_word(pi, open);
            let description = first > open + 1
                && first - open <= 8
                && (DETERMINERS.contains(&opener) || QUANTIFIERS.contains(&opener))
                && (open..first).all(|x| {
                    (self.paragraph_tokens[pi][x].word || matches!(self.word(pi, x), "’s" | "'s"))
                        && self.quoted(pi, x).is_none()
                        && !finite(self.lower_word(pi, x))
                        && self.cue_at(pi, x).is_none()
                });
            return description.then(|| Np {
                start: open,
                range: i.range.clone(),
                ..i
            });
        };
        match inner {
            Some(i)
                if named(&outer) && matches!(i.kind, NpKind::Role { .. } | NpKind::Group(_)) =>
            {
                Some(outer)
            }
            Some(i)
                if matches!(outer.kind, NpKind::Role { .. } | NpKind::Group(_)) && named(&i) =>
            {
                Some(Np {
                    start: outer.start,
                    range: i.range.clone(),
                    ..i
                })
            }
            Some(_) => None,
            // A parenthetical: "Putin, for his part, insisted", "Burman, director of … and a
            // professor at …, said"; not a dateline ("PHILADELPHIA, July 25 (UPI) — …,").
            // Not a new clause: "…with Republicans, and the meeting deteriorated from
            // there, said one GOP source".
            None if (named(&outer) || matches!(outer.kind, NpKind::Pronoun(_)))
                && !matches!(
                    self.lower_word(pi, first + 1),
                    "and" | "but" | "or" | "so" | "yet"
                )
                && (comma - first <= 6
                    // "Roy Cooper (D), McCrory's opponent in the … election, said".
                    || matches!(self.word(pi, first + 2), "’s" | "'s")
                    || (!is_capitalised(self.word(pi, first + 1))
                        && !(first..comma)
                            .any(|x| matches!(self.word(pi, x), "—" | "–" | "-" | "(")))) =>
            {
                Some(outer)
            }
            None => None,
        }
    }

    /// The longest speaker phrase starting at token `i`.
    pub(crate) fn np_after(&self, pi: usize, i: usize, inside: Option<usize>) -> Option<Np> {
        let n = self.paragraph_tokens[pi].len();
        let mut best: Option<Np> = None;
        for end in i..(i + 10).min(n) {
            if let Some(np) = self.np_before(pi, end, i, inside) {
                let prefix_ok = np.start > i
                    && ((i..np.start).all(|k| MODIFIERS.contains(&self.lower_word(pi, k)))
                        || self
                            .np_before(pi, np.start - 1, i, inside)
                            .is_some_and(|r| {
                                r.start == i && matches!(r.kind, NpKind::Role { .. })
                            })
                        // "noted NBC’s Dante Chinni": a possessor before a name.
                        || (np.start > i + 1
                            && matches!(np.kind, NpKind::Name(_) | NpKind::Entity(_))
                            && matches!(self.word(pi, np.start - 1), "’s" | "'s")
                            && self
                                .np_before(pi, np.start - 2, i, inside)
                                .is_some_and(|r| {
                                    r.start == i
                                        && matches!(r.kind, NpKind::Name(_) | NpKind::Entity(_))
                                })));
                // "said 9/11 widow Terry Strada": lower-case descriptors before a name.
                let descriptors = || {
                    np.start - i <= 5
                        && matches!(np.kind, NpKind::Name(_))
                        && (i..np.start).all(|k| {
                            let w = self.word(pi, k);
                            let word = self.paragraph_tokens[pi][k].word
                                && !is_capitalised(w)
                                && !FUNCTION_WORDS.contains(&lower(w).as_str())
                                && self.cue_at(pi, k).is_none();
                            word || w.chars().all(|c| c.is_ascii_digit() || c == '/')
                        })
                };
                if np.start == i || prefix_ok || descriptors() {
                    best = Some(Np { start: i, ..np });
                }
            }
            if self.word(pi, end) == "," && end > i {
                // Allow one apposition: "said Putin's spokesman, Dmitry Peskov".
                continue;
            }
        }
        // Trailing apposition with a name: "said the Kremlin's aide, Yuri Ushakov".
        best
    }

    /// A subject that is neither a name nor a known role: a determiner and a common noun,
    /// with modifiers and one prepositional phrase ("the announcer", "a narrator in the
    /// Clinton ad", "my father", "one questioner"). Its own words name it.
    fn common_noun_phrase(&self, pi: usize, j: usize, lo: usize) -> Option<Np> {
        let toks = &self.paragraph_tokens[pi];
        let head = self.word(pi, j);
        let lhead = lower(head);
        if !toks[j].word
            || is_capitalised(head)
            || !head.chars().all(char::is_alphabetic)
            || self.quoted(pi, j).is_some()
            || PRONOUNS.contains(&lhead.as_str())
            || NOUN_DETERMINERS.contains(&lhead.as_str())
            || FUNCTION_WORDS.contains(&lhead.as_str())
            || BETWEEN.contains(&lhead.as_str())
            || NOT_NOUNS.contains(&lhead.as_str())
            || NOT_MODIFIERS.contains(&lhead.as_str())
            || (lhead.len() > 4 && lhead.ends_with("ed"))
            || self.cue_at(pi, j).is_some()
        {
            return None;
        }
        // Back over modifiers to the determiner.
        let determiner = |to: usize| {
            let mut k = to;
            while k > lo && to - k < 5 {
                k -= 1;
                let w = self.word(pi, k);
                let lw = lower(w);
                // "63 percent said": a number opens the phrase too.
                if NOUN_DETERMINERS.contains(&lw.as_str())
                    || (lw.starts_with(|c: char| c.is_ascii_digit())
                        && lw.chars().all(|c| c.is_ascii_digit() || c == ',')
                        && k + 1 == to)
                {
                    return Some(k);
                }
                // "Carson’s business manager": a possessive name is a determiner.
                if matches!(w, "’s" | "'s") && k > lo && k + 1 < to {
                    let mut first = k - 1;
                    while first > lo
                        && is_capitalised(self.word(pi, first))
                        && is_capitalised(self.word(pi, first - 1))
                        && !capital_stopword(self.word(pi, first - 1))
                    {
                        first -= 1;
                    }
                    if is_capitalised(self.word(pi, first)) {
                        return Some(first);
                    }
                }
                // Not a verb: "The United States has begun", "The Republican not only
                // avoided".
                let verb = BETWEEN.contains(&lw.as_str())
                    || NOT_MODIFIERS.contains(&lw.as_str())
                    || ["ed", "ly", "ing"].iter().any(|end| lw.ends_with(end));
                let modifier = (toks[k].word
                    && !verb
                    && !FUNCTION_WORDS.contains(&lw.as_str())
                    && self.cue_at(pi, k).is_none())
                    || matches!(w, "’s" | "'s" | "-" | "/");
                if !modifier || self.quoted(pi, k).is_some() {
                    return None;
                }
            }
            None
        };
        let mut start = determiner(j)?;
        // "a narrator in the Clinton ad": a noun before one prepositional phrase.
        if start > lo + 1
            && matches!(self.lower_word(pi, start - 1), "in" | "of" | "at" | "from")
            && let Some(outer) = determiner(start - 1)
        {
            start = outer;
        }
        // "Protesters marching through the streets chanted": the object of a preposition is
        // not the subject.
        let before = if start > lo {
            self.lower_word(pi, start - 1)
        } else {
            ""
        };
        if FUNCTION_WORDS.contains(&before)
            || (PREPOSITIONS.contains(&before) && !matches!(before, "’s" | "'s"))
            || matches!(
                before,
                "through"
                    | "across"
                    | "among"
                    | "around"
                    | "near"
                    | "inside"
                    | "outside"
                    | "within"
            )
        {
            return None;
        }
        Some(self.group(pi, start, j + 1))
    }

    /// The subject of a participle cue with none of its own: the subject opening the sentence
    /// ("Trump unleashed a series of tweets on Friday saying that …").
    fn participle_subject(
        &self,
        pi: usize,
        k: usize,
        lo: usize,
        inside: Option<usize>,
    ) -> Option<Np> {
        // Also the second of two verbs: "Scott beamed and asked the crowd".
        let coordinated = k > lo && self.lower_word(pi, k - 1) == "and";
        // A participle of the clause follows a comma, a time or a conjunction ("tweeted
        // early Friday saying", "began by saying"); right after a noun it describes the noun
        // ("a memorandum outlining") or is a gerund ("stop attacking").
        let participle = self.lower_word(pi, k).ends_with("ing")
            && k > lo
            && (matches!(
                self.lower_word(pi, k - 1),
                "," | "by"
                    | "while"
                    | "when"
                    | "after"
                    | "before"
                    | "in"
                    | "despite"
                    | "without"
                    | "since"
                    | "upon"
            ) || self.in_timex(pi, k - 1));
        if !(participle || coordinated) || k < lo + 3 {
            return None;
        }
        let mut start = self.sentence_start(pi, k).max(lo);
        // "with Donald Trump tweeting that … and asking": the subject of the verb before.
        if coordinated {
            let before = (start..k - 1).rev().find_map(|k2| {
                self.cue_at(pi, k2)?;
                self.subject_of(pi, k2, start, inside)
            });
            if before.is_some() {
                return before;
            }
        }
        // A dateline is not the subject: "PHILADELPHIA, July 25 (UPI) — The committee …".
        let dateline = self.word(pi, start).len() > 1
            && self.word(pi, start).chars().all(|c| !c.is_lowercase());
        if dateline {
            start = (start..(start + 14).min(k))
                .find(|&x| matches!(self.word(pi, x), "—" | "–" | "-"))?
                + 1;
        }
        // The nearest clause subject before the participle: "in which he continued his
        // assault on Mr. Bush, mocking …".
        let clause_start = |x: usize| {
            x == start
                || matches!(
                    self.lower_word(pi, x - 1),
                    "," | ";"
                        | "and"
                        | "but"
                        | "which"
                        | "that"
                        | "when"
                        | "while"
                        | "as"
                        | "because"
                        | "after"
                        | "before"
                        | "since"
                        | "where"
                )
        };
        let nearest = (start + 1..k.saturating_sub(1)).rev().find_map(|end| {
            let np = self.np_before(pi, end, start, inside)?;
            let next = self.word(pi, end + 1);
            let verb = self.paragraph_tokens[pi][end + 1].word
                && !is_capitalised(next)
                && !FUNCTION_WORDS.contains(&lower(next).as_str())
                && !PREPOSITIONS.contains(&lower(next).as_str());
            let who = matches!(
                np.kind,
                NpKind::Entity(_) | NpKind::Name(_) | NpKind::Pronoun(_) | NpKind::Role { .. }
            );
            (np.end == end + 1 && verb && who && clause_start(np.start)).then_some(np)
        });
        if let Some(np) = nearest.filter(|np| np.start > start) {
            return Some(np);
        }
        let np = self.np_after(pi, start, inside)?;
        let next = self.word(pi, np.end);
        let negated = (np.end..k).any(|i| {
            matches!(
                self.lower_word(pi, i),
                "not" | "never" | "n’t" | "n't" | "avoided" | "refused" | "declined"
            )
        });
        let verb = np.end + 1 < k
            && !negated
            && self.paragraph_tokens[pi][np.end].word
            && !is_capitalised(next)
            && !FUNCTION_WORDS.contains(&lower(next).as_str());
        let who = matches!(
            np.kind,
            NpKind::Entity(_) | NpKind::Name(_) | NpKind::Pronoun(_) | NpKind::Role { .. }
        );
        (np.start == start && verb && who).then_some(np)
    }

    /// The subject of a cue at token `k`: the phrase before it, over auxiliaries and adverbs.
    pub(crate) fn subject_of(
        &self,
        pi: usize,
        k: usize,
        lo: usize,
        inside: Option<usize>,
    ) -> Option<Np> {
        let mut j = k;
        while j > lo {
            let w = self.lower_word(pi, j - 1);
            if matches!(w, "not" | "never" | "n’t" | "n't") {
                return None;
            }
            if self.between_subject_and_cue(pi, j - 1, k) || (w == "on" && j < k) {
                j -= 1;
                continue;
            }
            // "Rep. Gwen Moore (D-Wis.) said": a short parenthesis after the subject.
            if w == ")" {
                if let Some(open) = (lo..j - 1).rev().take(8).find(|&i| self.word(pi, i) == "(") {
                    j = open;
                    continue;
                }
            }
            break;
        }
        if j == 0 || j <= lo {
            return self.participle_subject(pi, k, lo, inside);
        }
        // "Paul Ryan, despite admitting …": a preposition before a participle is no subject;
        // the phrase opening the sentence before its comma is.
        if self.lower_word(pi, k).ends_with("ing")
            && matches!(self.lower_word(pi, j - 1), "despite" | "without" | "upon")
        {
            let opening = (j >= lo + 3 && self.word(pi, j - 2) == ",")
                .then(|| self.np_before(pi, j - 3, lo, inside))
                .flatten()
                .filter(|np| np.start == lo);
            return opening.or_else(|| self.participle_subject(pi, k, lo, inside));
        }
        // A common noun phrase only before a verb that shows it is one ("the announcer said",
        // not "a private email server" nor "the key question").
        let inflected = || {
            let w = self.lower_word(pi, k);
            self.cue_at(pi, k).is_some_and(|(cue, _)| {
                cue.lemma.split_whitespace().next() != Some(w) && !w.ends_with("ing")
            })
        };
        let np = self
            .np_before(pi, j - 1, lo, inside)
            .or_else(|| {
                inflected()
                    .then(|| self.common_noun_phrase(pi, j - 1, lo))
                    .flatten()
            })
            .or_else(|| self.participle_subject(pi, k, lo, inside))
            .or_else(|| {
                // "Protesters marching through the streets chanted", "The poll released
                // Friday shows": the head before a participle phrase of a few words.
                let participle = (lo + 1..j).rev().take(8).find(|&t| {
                    let w = self.lower_word(pi, t);
                    (w.ends_with("ing")
                        || (w.len() > 4 && w.ends_with("ed"))
                        || PARTICIPLES.contains(&w))
                        && self.quoted(pi, t).is_none()
                })?;
                if (participle..j)
                    .any(|x| !self.paragraph_tokens[pi][x].word || finite(self.lower_word(pi, x)))
                {
                    return None;
                }
                self.np_before(pi, participle - 1, lo, inside)
                    .filter(|np| {
                        matches!(
                            np.kind,
                            NpKind::Group(_) | NpKind::Name(_) | NpKind::Entity(_)
                        )
                    })
                    .or_else(|| {
                        let (np, source) = self.common_np(pi, participle - 1, lo)?;
                        (source && inflected()).then_some(np)
                    })
            })?;
        // "Mr. Morgan of the Sierra Club said", "Dan McLaughlin at the National Review agreed":
        // the person, not their organisation.
        let organisation = match np.kind {
            NpKind::Entity(id) => {
                matches!(
                    self.ctx.gazetteer.get(id).kind,
                    Kind::Organisation | Kind::Media
                )
            }
            NpKind::Name(_) => true,
            _ => false,
        };
        let mut of = np.start;
        if of > lo && self.lower_word(pi, of - 1) == "the" {
            of -= 1;
        }
        if organisation
            && of > lo + 1
            && matches!(self.lower_word(pi, of - 1), "of" | "at" | "from")
        {
            let person = self
                .np_before(pi, of - 2, lo, inside)
                .filter(|p| match p.kind {
                    NpKind::Entity(id) => self.ctx.gazetteer.get(id).kind == Kind::Person,
                    NpKind::Name(_) => true,
                    _ => false,
                });
            if person.is_some() {
                return person;
            }
        }
        // "A USA TODAY analysis of super PACs shows": what a study's phrase names is not the
        // source; the study, with its modifiers, is.
        let mut phrase = of;
        while phrase > lo + 1
            && np.start - phrase < 2
            && self.paragraph_tokens[pi][phrase - 1].word
            && word_class(self.lower_word(pi, phrase - 1)) == "w"
        {
            phrase -= 1;
        }
        if !matches!(np.kind, NpKind::Pronoun(_))
            && phrase > lo + 1
            && matches!(self.lower_word(pi, phrase - 1), "of" | "about" | "on")
            && self.paragraph_tokens[pi][phrase - 2].word
            && matches!(
                self.lower_word(pi, phrase - 2),
                "analysis" | "poll" | "survey" | "study" | "report" | "review" | "audit" | "tally"
            )
        {
            let head = phrase - 2;
            let mut start = head;
            while start > lo
                && head - start < 6
                && self.paragraph_tokens[pi][start - 1].word
                && ((is_capitalised(self.word(pi, start - 1))
                    && !capital_stopword(self.word(pi, start - 1)))
                    || matches!(self.lower_word(pi, start - 1), "a" | "an" | "the" | "new"))
            {
                start -= 1;
            }
            return Some(self.group(pi, start, np.end));
        }
        // "About 46 percent of voters said": a role phrase opening with "of" belongs to the
        // quantity before it.
        let np = if self.lower_word(pi, np.start) == "of" {
            let (wide, _) = self.common_np(pi, np.end - 1, lo)?;
            wide
        } else {
            np
        };
        Some(self.group_with_phrase(pi, np, lo))
    }

    /// The group a subject phrase describes, with the phrase: "Officials in Kiev",
    /// "Experts on North Korea and nuclear nonproliferation", "people familiar with the
    /// matter". A group speaks, not the phrase's object; one person ("a spokesman for the
    /// Kremlin") is left to the phrase's organisation.
    fn group_with_phrase(&self, pi: usize, np: Np, lo: usize) -> Np {
        let with_article =
            |at: usize| at - usize::from(at > lo && self.lower_word(pi, at - 1) == "the");
        let mut at = with_article(np.start);
        // Over a coordinated object: "on North Korea and nuclear nonproliferation".
        if at > lo + 2
            && self.lower_word(pi, at - 1) == "and"
            && let Some(first) = self.np_before(pi, at - 2, lo, None)
        {
            at = with_article(first.start);
        }
        let mut group = self.group_before_phrase(pi, at, lo);
        // Over up to two more phrases: "people familiar with the talks on the deal".
        for _ in 0..2 {
            if group.is_some()
                || at < lo + 3
                || !PREPOSITIONS.contains(&self.lower_word(pi, at - 1))
            {
                break;
            }
            let Some((inner, _)) = self.common_np(pi, at - 2, lo) else {
                break;
            };
            at = with_article(inner.start);
            group = self.group_before_phrase(pi, at, lo);
        }
        match group {
            Some(group) => {
                let range = group.range.start..np.range.end;
                Np {
                    kind: NpKind::Group(descriptive(&self.ctx.text[range.clone()])),
                    range,
                    end: np.end,
                    ..group
                }
            }
            None => np,
        }
    }

    /// A plural group noun phrase before a prepositional phrase opening at token `at`.
    fn group_before_phrase(&self, pi: usize, at: usize, lo: usize) -> Option<Np> {
        if at < lo + 2 {
            return None;
        }
        let mut p = at - 1;
        if !matches!(
            self.lower_word(pi, p),
            "in" | "of" | "on" | "at" | "from" | "with" | "for" | "across" | "inside"
        ) {
            return None;
        }
        if p > lo + 1 && matches!(self.lower_word(pi, p - 1), "familiar" | "close" | "based") {
            p -= 1;
        }
        let head = p - 1;
        let lh = self.lower_word(pi, head);
        let plural = (lh.len() > 3 && lh.ends_with('s') && !lh.ends_with("ss"))
            || matches!(lh, "people" | "police" | "staff" | "personnel")
            // "a person familiar with …", "a source close to …".
            || (p + 1 < at && self.lexicon.is_source_noun(self.word(pi, head)));
        // "The foreign ministry in Moscow", "the U.S. embassy in Kyiv": a body where it sits.
        let seat = matches!(self.lower_word(pi, p), "in" | "at")
            && (self.lexicon.is_source_noun(self.word(pi, head)) || self.lexicon.ends_role(lh));
        if !(plural || seat)
            || self
                .mention_at(self.paragraph_tokens[pi][head].range.start)
                .is_some()
        {
            return None;
        }
        self.common_np(pi, head, lo)
            .filter(|&(_, source)| source || lh == "people")
            .map(|(group, _)| group)
    }

    /// "From Mr Starmer:": a paragraph introducing the quotes that follow by their source.
    pub fn source_intro(&self, pi: usize) -> Option<Np> {
        let n = self.paragraph_tokens[pi].len();
        if n < 3 || self.lower_word(pi, 0) != "from" || self.word(pi, n - 1) != ":" {
            return None;
        }
        self.np_after(pi, 1, None).filter(|np| np.end == n - 1)
    }

    /// Whether the cue at token `k` is a verb of speaking or writing ("told", "wrote").
    pub fn speech_cue(&self, pi: usize, k: usize) -> bool {
        self.cue_at(pi, k)
            .is_some_and(|(cue, _)| matches!(cue.class, CueClass::Speech | CueClass::Writing))
    }

    /// The first subject and cue in tokens `from..to`, outside quotes.
    pub fn subject_and_cue(&self, pi: usize, from: usize, to: usize) -> Option<Found> {
        for k in from..to {
            if let Some((_, n)) = self.cue_at(pi, k) {
                if let Some(np) = self.subject_of(pi, k, from, None) {
                    return Some(Found {
                        np,
                        cue: Some(self.span(pi, k, k + n)),
                        anchor: k,
                    });
                }
            }
        }
        None
    }

    fn quote_tokens(&self, qi: usize) -> (usize, usize, usize) {
        let q = &self.ctx.segmented.quotes[qi];
        let pi = q.paragraph;
        let open = self.token_at_or_after(pi, q.outer.start);
        let after = self.token_at_or_after(pi, q.outer.end);
        (pi, open, after)
    }

    /// Direct when the quote stands as its own clause, partial when woven into a sentence.
    pub fn quote_kind(&self, qi: usize) -> StatementKind {
        let (pi, open, _) = self.quote_tokens(qi);
        if open == 0 {
            return StatementKind::Direct;
        }
        let prev = self.word(pi, open - 1);
        match prev {
            ":" | "." | "?" | "!" | "—" | "–" | "-" | "(" => StatementKind::Direct,
            "," if open >= 2 && self.cue_at(pi, open - 2).is_some() => StatementKind::Direct,
            "," => {
                let inner = &self.ctx.text[self.ctx.segmented.quotes[qi].inner.clone()];
                if inner.chars().next().is_some_and(char::is_uppercase)
                    && inner.split_whitespace().count() > 3
                {
                    StatementKind::Direct
                } else {
                    StatementKind::Partial
                }
            }
            _ => StatementKind::Partial,
        }
    }

    /// "…,” Trump wrote", "…,” said the Ukrainian head of state", "…” — Commissioner X".
    pub fn attribution_after(&self, qi: usize) -> Option<Found> {
        let q = &self.ctx.segmented.quotes[qi];
        if !q.closed {
            return None;
        }
        let (pi, open, mut k) = self.quote_tokens(qi);
        let n = self.paragraph_tokens[pi].len();
        if k < n && self.word(pi, k) == "," {
            k += 1;
        }
        if k >= n || self.quoted(pi, k).is_some() {
            return None;
        }
        // "Trump claimed on Tuesday that “…,” one of the prosecutors said the two cases …":
        // a quote a cue's "that" introduces is that cue's when the next cue has a clause of
        // its own (not "Polling shows that “…,” said Sylke Tempel" nor "…,” Lewandowski
        // added, saying …", where the later speaker says the whole).
        let start = self.sentence_start(pi, open);
        let own_clause = || {
            let sentence = self.sentence_of(pi, k);
            let end = (k..n)
                .find(|&x| self.sentence_of(pi, x) != sentence)
                .unwrap_or(n);
            (k..end)
                .find_map(|m| self.cue_at(pi, m).map(|(_, len)| m + len))
                .is_some_and(|after| {
                    after + 2 < end
                        && self.paragraph_tokens[pi][after].word
                        && !is_capitalised(self.word(pi, after))
                        && self.quoted(pi, after).is_none()
                })
        };
        if open > start + 1
            && self.lower_word(pi, open - 1) == "that"
            && (open.saturating_sub(6).max(start)..open - 1).any(|x| {
                self.cue_at(pi, x)
                    .is_some_and(|(cue, len)| cue.that && x + len < open)
            })
            && own_clause()
        {
            return None;
        }
        // "Bemoaning the “phony system,” Trump accused Holt of …": words quoted in an opening
        // participle's phrase are the participle's, said by the subject that follows.
        if open > start
            && self.quote_kind(qi) == StatementKind::Partial
            && self.lower_word(pi, start).ends_with("ing")
            && self.lexicon.cue_at(&[self.word(pi, start)]).is_some()
            && !(start..open).any(|x| !self.paragraph_tokens[pi][x].word)
        {
            let np = self.np_after(pi, k, None).filter(|np| np.start == k)?;
            return Some(Found {
                np,
                cue: Some(self.span(pi, start, start + 1)),
                anchor: start,
            });
        }
        let w = self.word(pi, k);
        if matches!(w, "—" | "–" | "-") {
            let np = self.np_after(pi, k + 1, None)?;
            return Some(Found {
                np,
                cue: Some(self.span(pi, k, k + 1)),
                anchor: k,
            });
        }
        if let Some((cue, len)) = self.cue_at(pi, k) {
            // "…” suggests that Phoenix …": a clause, not the speaker, follows the cue.
            if cue.quote || cue.lemma == "according to" {
                if k + len < n && self.lower_word(pi, k + len) == "that" {
                    return None;
                }
                // "…,” said the ruling.", "…,” said one person with knowledge of …": a common
                // noun phrase, up to a preposition or a mark.
                let common = || {
                    (k + len + 1..(k + len + 7).min(n))
                        .take_while(|&end| {
                            let w = self.lower_word(pi, end);
                            (self.paragraph_tokens[pi][end].word || matches!(w, "’s" | "'s"))
                                && !FUNCTION_WORDS.contains(&w)
                                && !PREPOSITIONS.contains(&w)
                        })
                        .filter_map(|end| self.common_noun_phrase(pi, end, k + len))
                        .filter(|np| np.start == k + len)
                        .last()
                };
                let np = self.np_after(pi, k + len, None).or_else(common)?;
                // "…,” said the candidate could be …": the subject of the cue's clause.
                if np.end < n && finite(self.lower_word(pi, np.end)) {
                    return None;
                }
                return Some(Found {
                    np,
                    cue: Some(self.span(pi, k, k + len)),
                    anchor: k,
                });
            }
        }
        // "… an “outlaw nation.” Russia insisted …": a partial quote ending its sentence
        // hands over to the next sentence, not to its attribution.
        let inner = self.ctx.text[q.inner.clone()].trim_end();
        let ends_sentence = inner.ends_with('.') && self.quote_kind(qi) == StatementKind::Partial;
        if ends_sentence {
            return None;
        }
        if let Some(np) = self.np_after(pi, k, None) {
            let mut m = np.end;
            while m < n && BETWEEN.contains(&self.lower_word(pi, m)) {
                m += 1;
            }
            // "…benefit the mother.” O’Neill said officials are …": after a quote that ends
            // its sentence, a cue with a clause of its own starts a new statement.
            let closes = |end: usize| {
                !inner.ends_with('.')
                    || end >= n
                    || matches!(self.word(pi, end), "." | "," | ";")
                    || AFTER_INVERTED.contains(&self.lower_word(pi, end))
            };
            if let Some((_, len)) = self.cue_at(pi, m).filter(|&(_, len)| closes(m + len)) {
                return Some(Found {
                    np,
                    cue: Some(self.span(pi, m, m + len)),
                    anchor: m,
                });
            }
            // "…,” Michael McFaul, a senior fellow at … and a former ambassador, said": a
            // named speaker, an apposition of any length, and the cue.
            let named = matches!(np.kind, NpKind::Entity(_) | NpKind::Name(_));
            if named && m < n && self.word(pi, m) == "," {
                let close = (m + 1..(m + 40).min(n))
                    .take_while(|&x| self.quoted(pi, x).is_none() && !self.boundary_after(pi, x))
                    .find(|&x| self.word(pi, x) == "," && self.cue_at(pi, x + 1).is_some());
                if let Some(c) = close {
                    let (_, len) = self.cue_at(pi, c + 1)?;
                    return Some(Found {
                        np,
                        cue: Some(self.span(pi, c + 1, c + 1 + len)),
                        anchor: c + 1,
                    });
                }
            }
        }
        // "…,” Douglas Holtz-Eakin, an economist, told me", "…,” Rep. Gwen Moore (D-Wis.)
        // said", "…,” Clinton campaign spokesman Brian Fallon told reporters": the first cue
        // of the clause after the quote, and its subject.
        // Only after a quote that hands over to its attribution ("…,” "…?”), not one that
        // ends its sentence or sits inside one.
        // "…,” as a Homeland Security memo put it.": the subject of the "as" clause.
        if self.lower_word(pi, k) == "as" {
            let as_clause = (k + 1..(k + 10).min(n))
                .take_while(|&m| self.quoted(pi, m).is_none())
                .find_map(|m| {
                    let (_, len) = self.cue_at(pi, m)?;
                    let np = self
                        .subject_of(pi, m, k + 1, None)
                        .or_else(|| self.common_noun_phrase(pi, m - 1, k + 1))?;
                    Some(Found {
                        np,
                        cue: Some(self.span(pi, m, m + len)),
                        anchor: m,
                    })
                });
            if as_clause.is_some() {
                return as_clause;
            }
        }
        if !inner.ends_with([',', '?', '!'])
            || matches!(
                self.lower_word(pi, k),
                "and"
                    | "but"
                    | "or"
                    | "that"
                    | "which"
                    | "who"
                    | "as"
                    | "while"
                    | "when"
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "if"
                    | "although"
                    | "though"
                    | "until"
            )
        {
            return None;
        }
        let sentence = self.sentence_of(pi, k);
        for m in k..(k + 24).min(n) {
            if self.quoted(pi, m).is_some() || self.boundary_after(pi, m) && m + 1 < n {
                break;
            }
            if let Some((_, len)) = self.cue_at(pi, m) {
                let np = self.subject_of(pi, m, k, None).filter(|np| np.start >= k)?;
                if self.sentence_of(pi, m) != sentence {
                    return None;
                }
                return Some(Found {
                    np,
                    cue: Some(self.span(pi, m, m + len)),
                    anchor: m,
                });
            }
        }
        None
    }

    /// "“…” for criminal behavior, she said.", "They discussed the “impressive” prospects, the
    /// Kremlin has said.": the attribution closing the quote's sentence after a comma.
    pub fn attribution_closing(&self, qi: usize) -> Option<Found> {
        let (pi, _, after) = self.quote_tokens(qi);
        let toks = &self.paragraph_tokens[pi];
        let mut end = after;
        while end < toks.len() && !self.boundary_after(pi, end) {
            end += 1;
        }
        // Before the final mark.
        if end >= toks.len() || toks[end].word {
            return None;
        }
        if (after..end).any(|x| self.quoted(pi, x).is_some()) {
            return None;
        }
        // "…” about the decision, said RoseAnn DeMoro, executive director of …": an inverted
        // cue after any comma, its speaker ending the sentence or followed by an apposition.
        let inverted = (after..end)
            .filter(|&x| self.word(pi, x) == ",")
            .find_map(|comma| {
                let k = comma + 1;
                let (_, len) = self.cue_at(pi, k).filter(|(cue, _)| cue.quote)?;
                let np = self.np_after(pi, k + len, None)?;
                (np.end == end || self.word(pi, np.end) == ",").then(|| Found {
                    np,
                    cue: Some(self.span(pi, k, k + len)),
                    anchor: k,
                })
            });
        if inverted.is_some() {
            return inverted;
        }
        let comma = (after..end)
            .rev()
            .take(8)
            .find(|&x| self.word(pi, x) == ",")?;
        let k = comma + 1;
        let (np, cue) = match self.cue_at(pi, k) {
            Some((cue, len)) if cue.quote => (self.np_after(pi, k + len, None)?, k..k + len),
            _ => {
                let np = self.np_after(pi, k, None)?;
                let mut m = np.end;
                while m < end && BETWEEN.contains(&self.lower_word(pi, m)) {
                    m += 1;
                }
                let (_, len) = self.cue_at(pi, m)?;
                (np.clone(), m..m + len)
            }
        };
        (np.end.max(cue.end) == end).then(|| Found {
            np,
            cue: Some(self.span(pi, cue.start, cue.end)),
            anchor: cue.start,
        })
    }

    /// "including the former candidate Mitt Romney -- “…” --": a quote set off by dashes
    /// right after a name is that person's.
    pub fn dash_inset(&self, qi: usize) -> Option<Found> {
        let (pi, open, _) = self.quote_tokens(qi);
        let mut k = open;
        while k > 0 && matches!(self.word(pi, k - 1), "-" | "—" | "–") {
            k -= 1;
        }
        if k == open || k == 0 {
            return None;
        }
        let start = self.sentence_start(pi, k - 1);
        let np = self.np_before(pi, k - 1, start, None)?;
        // The name opens its clause: not "supportive of Mr. Trump -- “…”".
        if np.start > start && PREPOSITIONS.contains(&self.lower_word(pi, np.start - 1)) {
            return None;
        }
        let person = match np.kind {
            NpKind::Entity(id) => self.ctx.gazetteer.get(id).kind == Kind::Person,
            NpKind::Name(ref s) => s.contains(' '),
            _ => false,
        };
        person.then(|| Found {
            cue: Some(self.span(pi, k, open)),
            anchor: k,
            np,
        })
    }

    /// A cue earlier in the quote's sentence: "Trump said: “…”", "described the call as “…”".
    pub fn attribution_before(&self, qi: usize) -> Option<Found> {
        let (pi, open, _) = self.quote_tokens(qi);
        let start = self.sentence_start(pi, open);
        let opening = |x: usize| {
            let w = self.lower_word(pi, x);
            matches!(w, "with" | "amid" | "despite") || SUBORDINATORS.contains(&w)
        };
        for k in (start..open).rev() {
            let Some((cue, len)) = self.cue_at(pi, k) else {
                continue;
            };
            if cue.lemma == "according to" || (k == start && is_capitalised(self.word(pi, k))) {
                if let Some(np) = self.np_after(pi, k + len, None) {
                    return Some(Found {
                        np,
                        cue: Some(self.span(pi, k, k + len)),
                        anchor: k,
                    });
                }
            }
            // "With Democratic leaders increasingly worried about …, President Obama is
            // rolling out a message: “…”": a stance inside an opening adverbial phrase is not
            // the quote's attribution.
            if opening(start)
                && !matches!(cue.class, CueClass::Speech | CueClass::Writing)
                && (k + len..open).any(|x| self.word(pi, x) == "," && x + 3 < open)
            {
                continue;
            }
            // "has been called a charlatan … for promoting “quack” cures": in the passive the
            // subject is not the source.
            if self.passive_cue(pi, start, k) {
                continue;
            }
            // "Asked about the bill, several senators replied, “…”", "the mother of three
            // replied, “…”": a common noun phrase the name and role parsers do not know, before
            // a verb of saying or one that introduces quotes.
            let subject = self.subject_of(pi, k, start, None).or_else(|| {
                (matches!(cue.class, CueClass::Speech | CueClass::Writing) || cue.quote)
                    .then(|| self.plain_subject(pi, k, start, cue))
                    .flatten()
            });
            let found = Found {
                np: match subject {
                    Some(np) => np,
                    None => {
                        // "…, adding: “…”", "urges her husband to … and repeatedly says,
                        // “…”": the sentence's subject.
                        let mut before = k;
                        while before > start && self.adverb(pi, before - 1) {
                            before -= 1;
                        }
                        if before > start
                            && (self.word(pi, before - 1) == ","
                                || matches!(self.lower_word(pi, before - 1), "and" | "but"))
                        {
                            if let Some(f) = self.subject_and_cue(pi, start, k) {
                                return Some(Found {
                                    np: f.np,
                                    cue: Some(self.span(pi, k, k + len)),
                                    anchor: k,
                                });
                            }
                            // "Mr. Manafort, citing “…,” said …": the subject the participle
                            // follows, opening the sentence.
                            if before >= start + 2
                                && self.word(pi, before - 1) == ","
                                && self.lower_word(pi, k).ends_with("ing")
                                && let Some(np) = self
                                    .np_before(pi, before - 2, start, None)
                                    .filter(|np| np.start == start)
                            {
                                return Some(Found {
                                    np,
                                    cue: Some(self.span(pi, k, k + len)),
                                    anchor: k,
                                });
                            }
                        }
                        continue;
                    }
                },
                cue: Some(self.span(pi, k, k + len)),
                anchor: k,
            };
            // "Vance told reporters that Washington recognised “…”": a thought inside someone's
            // speech is reported by the speaker.
            // So is a finding ("saying that Clinton had shown …") or what "it" says.
            let it = matches!(&found.np.kind, NpKind::Pronoun(p) if p == "it");
            if !matches!(cue.class, CueClass::Speech | CueClass::Writing) || it {
                // Not over a main clause: "When Clinton noted that …, Trump boasted".
                let main_clause = found.np.start > start
                    && matches!(
                        self.word(pi, found.np.start - 1),
                        "," | ";" | "—" | "–" | "―" | "-"
                    );
                for k2 in (start..found.np.start).rev().filter(|_| !main_clause) {
                    let Some((outer, len2)) = self.cue_at(pi, k2) else {
                        continue;
                    };
                    let speech = matches!(
                        outer.class,
                        CueClass::Speech | CueClass::Writing | CueClass::Report
                    );
                    if !outer.that || !speech {
                        continue;
                    }
                    if let Some(np) = self.subject_of(pi, k2, start, None) {
                        return Some(Found {
                            np,
                            cue: Some(self.span(pi, k2, k2 + len2)),
                            anchor: k2,
                        });
                    }
                }
            }
            return Some(found);
        }
        // "The piece used one of her quotes as its headline: “…”": with no cue, the subject
        // of the clause the colon ends.
        if open > start && self.word(pi, open - 1) == ":" {
            let common = || {
                (start..open).find_map(|j| {
                    let np = self.common_noun_phrase(pi, j, start)?;
                    let next = self.lower_word(pi, j + 1);
                    let verb = self.paragraph_tokens[pi][j + 1].word
                        && !FUNCTION_WORDS.contains(&next)
                        && !PREPOSITIONS.contains(&next);
                    (np.start == start && verb).then_some(np)
                })
            };
            // After an opening adverbial phrase: "With leaders worried about …, Obama is
            // rolling out a message: “…”".
            let main = opening(start)
                .then(|| (start..open).find(|&x| self.word(pi, x) == ","))
                .flatten()
                .map_or(start, |c| c + 1);
            return self
                .sentence_subject(pi, main, open)
                .or_else(common)
                .map(|np| Found {
                    anchor: np.start,
                    np,
                    cue: None,
                });
        }
        None
    }

    /// Headline forms: `Zelenskiy: “…”`, `Trump, after speaking with Putin: "…"`.
    pub fn headline(&self, qi: usize) -> Option<Found> {
        let (pi, open, _) = self.quote_tokens(qi);
        // The colon: right before the quote ("Zelenskiy: “…”"), or anywhere before it in a
        // headline ("Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve’").
        let colon = if open >= 2 && self.word(pi, open - 1) == ":" {
            open - 1
        } else if self.headline[pi] {
            (1..open.min(14)).find(|&k| self.word(pi, k) == ":")?
        } else {
            return None;
        };
        // A speaker phrase holds no verb ("Donald Trump Praises Matthew Boyle:" is a clause).
        let np = self.np_after(pi, 0, None).filter(|np| {
            (np.start..np.end).all(|k| self.lexicon.cue_at(&[self.word(pi, k)]).is_none())
        })?;
        // "X, the …:", "Rep. Trey Gowdy (R-S.C.):" or "Gillibrand on Hillary’s Speeches:".
        let parenthesis = self.word(pi, np.end) == "("
            && colon > 0
            && self.word(pi, colon - 1) == ")"
            && colon - np.end <= 8;
        let gap_ok = np.end == colon
            || parenthesis
            || (matches!(self.word(pi, np.end), "," | "on") && colon - np.end <= 12);
        gap_ok.then_some(Found {
            anchor: np.start,
            np,
            cue: None,
        })
    }

    /// Whether paragraph `pi` is a headline.
    pub fn is_headline(&self, pi: usize) -> bool {
        self.headline[pi]
    }

    /// "“Great speech. She’s tested.”" followed by the paragraph "-President Obama, tweeting":
    /// a quote ending its paragraph, signed by a dash and a name in the next one.
    pub fn signature_after(&self, qi: usize) -> Option<Found> {
        let (pi, _, after) = self.quote_tokens(qi);
        let toks = &self.paragraph_tokens[pi];
        if toks[after.min(toks.len())..].iter().any(|t| t.word) {
            return None;
        }
        let next = pi + 1;
        if next >= self.paragraph_tokens.len()
            || self.paragraph_tokens[next].len() < 2
            || !matches!(self.word(next, 0), "-" | "—" | "–" | "―")
        {
            return None;
        }
        let np = self.np_after(next, 1, None)?;
        matches!(
            np.kind,
            NpKind::Entity(_) | NpKind::Name(_) | NpKind::Role { .. }
        )
        .then(|| Found {
            cue: Some(self.span(next, 0, 1)),
            anchor: 0,
            np,
        })
    }

    /// "Warren said she was angry. “…”": the speaker of the sentence before a quote that
    /// opens a sentence of its own with no cue, in the same paragraph.
    pub fn previous_sentence(&self, qi: usize) -> Option<Found> {
        let (pi, open, _) = self.quote_tokens(qi);
        if open == 0 || !matches!(self.word(pi, open - 1), "." | "?" | "!") {
            return None;
        }
        let start = self.sentence_start(pi, open - 1);
        // Not a relative clause's subject: "“…,” said Peter Morgan, a lawyer for the Sierra
        // Club, who has been challenging the coal industry. “…”" goes on with Morgan.
        self.subject_and_cue(pi, start, open)
            .map(|f| f.np)
            .filter(|np| !self.is_relative(np))
            .or_else(|| self.sentence_subject(pi, start, open))
            .filter(|np| {
                matches!(
                    np.kind,
                    NpKind::Entity(_) | NpKind::Name(_) | NpKind::Pronoun(_) | NpKind::Role { .. }
                )
            })
            .map(|np| Found {
                anchor: np.start,
                np,
                cue: None,
            })
    }

    /// The subject of the sentence in tokens `from..to`: its first speaker phrase followed by
    /// a verb, after an opening phrase set off by a comma ("On July 6, 2015, Sanders made the
    /// following comment").
    pub fn sentence_subject(&self, pi: usize, from: usize, to: usize) -> Option<Np> {
        let openings = (from..to.min(from + 12)).filter(|&k| self.word(pi, k) == ",");
        std::iter::once(from)
            .chain(openings.map(|c| c + 1))
            .find_map(|k| {
                let np = self.np_after(pi, k, None)?;
                let next = np.end;
                let verb = next < to
                    && self.paragraph_tokens[pi][next].word
                    && !is_capitalised(self.word(pi, next))
                    && !FUNCTION_WORDS.contains(&self.lower_word(pi, next));
                let person = match np.kind {
                    NpKind::Entity(id) => self.ctx.gazetteer.get(id).kind == Kind::Person,
                    NpKind::Name(_) | NpKind::Pronoun(_) | NpKind::Role { .. } => true,
                    _ => false,
                };
                (verb && person).then_some(np)
            })
    }

    /// A cue inside the enclosing quote: “Trump said, ‘Vladimir, …’”.
    pub fn attribution_inside(&self, qi: usize) -> Option<Found> {
        let q = &self.ctx.segmented.quotes[qi];
        let parent = q.parent?;
        let mut top = parent;
        while let Some(p) = self.ctx.segmented.quotes[top].parent {
            top = p;
        }
        let (pi, open, _) = self.quote_tokens(qi);
        let parent_open = self.token_at_or_after(pi, self.ctx.segmented.quotes[parent].inner.start);
        let mut start = open;
        while start > parent_open && !sentence_end(self.word(pi, start - 1)) {
            start -= 1;
        }
        for k in (start..open).rev() {
            let t = &self.paragraph_tokens[pi][k];
            if !t.word {
                continue;
            }
            let words = self.words(pi, k..(k + 3).min(open));
            let Some((cue, len)) = self.lexicon.cue_at(&words) else {
                continue;
            };
            if !cue.quote {
                continue;
            }
            if let Some(np) = self.subject_of(pi, k, start, Some(top)) {
                return Some(Found {
                    np,
                    cue: Some(self.span(pi, k, k + len)),
                    anchor: k,
                });
            }
        }
        None
    }

    /// Reported-speech clauses in a sentence (token range): subject, cue, and the clause's
    /// byte ranges (two when the cue interrupts the clause).
    pub fn reported_clauses(&self, pi: usize, sentence: Range<usize>) -> Vec<Reported> {
        let mut out = Vec::new();
        let stop = self.words_end(pi, &sentence);
        out.extend(self.poll_clause(pi, sentence.start, stop));
        out.extend(self.participle_opening(pi, sentence.start, stop));
        let mut k = sentence.start;
        // The end of the last clause found: inside it only speech cues report in turn.
        let mut inside = 0;
        let title = self.title_case(pi);
        while k < stop {
            let Some((cue, len)) = self
                .cue_at(pi, k)
                .or_else(|| title.then(|| self.title_cue_at(pi, k)).flatten())
                .filter(|(cue, _)| k >= inside || cue.class == CueClass::Speech)
            else {
                k += 1;
                continue;
            };
            // "doesn't think", "did not expect": a negated belief is a belief all the same,
            // its cue with the negation.
            let negated = if cue.class == CueClass::Thought {
                self.negation_before(pi, k, sentence.start)
            } else {
                None
            };
            let cue_range = self.span(pi, negated.unwrap_or(k), k + len);
            // "Clinton is expected to win": in the passive the subject is not the source.
            if self.passive_cue(pi, sentence.start, k) {
                k += len;
                continue;
            }
            if cue.lemma == "according to" {
                // The phrase right after the cue: not "British" of "the top British journal".
                let from = k + len;
                if let Some(np) = self
                    .np_after(pi, from, None)
                    .filter(|np| {
                        let at = |x: usize| self.paragraph_tokens[pi][x].range.start;
                        np.range.start == at(from)
                            || (np.end > from + 1
                                && np.range.start == at(from + 1)
                                && self.lower_word(pi, from) == "the")
                    })
                    .or_else(|| self.phrase_after(pi, from, stop))
                {
                    // "…, according to X", "… — according to X", and "… according to X." at
                    // the sentence's end.
                    let mark =
                        k > sentence.start + 3 && matches!(self.word(pi, k - 1), "," | "—" | "–");
                    let last = k > sentence.start + 3 && np.end >= stop;
                    if mark || last {
                        let end = if mark { k - 1 } else { k };
                        out.push(Reported {
                            np,
                            cue: cue_range,
                            clause: vec![self.span(pi, sentence.start, end)],
                            object: false,
                        });
                    } else if k == sentence.start {
                        if let Some(c) = (np.end..stop).find(|&c| self.word(pi, c) == ",") {
                            if stop - c > 3 {
                                out.push(Reported {
                                    np,
                                    cue: cue_range,
                                    clause: vec![self.span(pi, c + 1, stop)],
                                    object: false,
                                });
                            }
                        }
                    }
                }
                k += len;
                continue;
            }
            // Inside an earlier clause a cue needs its own subject: in "told him that he
            // should press …, and reiterate that …" nobody new speaks.
            let nested = k < inside;
            // "…, whom he’s alienated, said Larry Sabato, director of …": a name right after
            // a cue that takes no object, after a comma, closing the sentence or followed by
            // a comma, is its subject, whatever stands before.
            let named_after = k > sentence.start + 3
                && self.word(pi, k - 1) == ","
                && cue.that
                && !cue.content_obj
                && !self.lower_word(pi, k).ends_with("ing")
                && self.np_after(pi, k + len, None).is_some_and(|np| {
                    matches!(np.kind, NpKind::Entity(_) | NpKind::Name(_))
                        && self.closes_sentence(pi, np.end, stop)
                });
            let subject = self
                .subject_of(pi, negated.unwrap_or(k), sentence.start, None)
                .or_else(|| {
                    // "Trump spoke and urged …", "…, saying …": the clause's own subject.
                    // A comma may stand inside a quote's marks ("on “Women in Power,”
                    // answering …"), and adverbs after it (", further raising …").
                    let mut before = k;
                    while before > sentence.start && self.adverb(pi, before - 1) {
                        before -= 1;
                    }
                    while before > sentence.start
                        && matches!(self.word(pi, before - 1), "”" | "\"" | "’")
                        && before >= sentence.start + 2
                        && self.word(pi, before - 2) == ","
                    {
                        before -= 1;
                    }
                    let prev = before.checked_sub(1).map(|x| self.lower_word(pi, x));
                    let shared = !nested
                        && (matches!(prev, Some("and" | "but" | "yet"))
                            || (matches!(prev, Some("," | "—" | "–"))
                                && self.word(pi, k).ends_with("ing")));
                    shared
                        .then(|| self.subject_and_cue(pi, sentence.start, k))
                        .flatten()
                        .map(|f| f.np)
                        .or_else(|| self.reduced_relative_subject(pi, k, sentence.start))
                        .or_else(|| self.plain_subject(pi, k, sentence.start, cue))
                        .or_else(|| {
                            (!nested)
                                .then(|| {
                                    self.whole_sentence_subject(pi, k, sentence.start)
                                        .or_else(|| self.infinitive_subject(pi, k, sentence.start))
                                })
                                .flatten()
                        })
                })
                .filter(|_| !named_after);
            // "About 46 percent of voters said", "Several senators said": a group named by a
            // role noun takes the whole noun phrase.
            let subject = subject.map(|np| match np.kind {
                NpKind::Group(_) if np.end > sentence.start => self
                    .common_np(pi, np.end - 1, sentence.start)
                    .map(|(wide, _)| wide)
                    .filter(|wide| {
                        wide.start < np.start
                            && ((wide.start..np.start).any(|x| {
                                let w = self.lower_word(pi, x);
                                w == "of"
                                    || QUANTIFIERS.contains(&w)
                                    || w.starts_with(|c: char| c.is_ascii_digit())
                            })
                                // "…, labor-policy experts say": the phrase between commas.
                                || (wide.start > sentence.start
                                    && self.word(pi, wide.start - 1) == ","))
                    })
                    .unwrap_or_else(|| self.group_with_phrase(pi, np, sentence.start)),
                _ => np,
            });
            let Some(mut np) = subject else {
                // Inverted: "…, said Mr Putin."
                if cue.that && k > sentence.start + 3 && self.word(pi, k - 1) == "," {
                    // "…, said David Autor, a professor at M.I.T.", "…, said several
                    // observers".
                    let np = self.np_after(pi, k + len, None).or_else(|| {
                        // Not a clause: "…, said the videos were clear".
                        self.phrase_after(pi, k + len, stop).filter(|np| {
                            np.end - np.start <= 8
                                && !(np.start..np.end).any(|x| finite(self.lower_word(pi, x)))
                                && (np.start..np.end).any(|x| {
                                    self.lexicon.is_source_noun(self.word(pi, x))
                                        || self.lexicon.ends_role(self.word(pi, x))
                                })
                        })
                    });
                    let closes = |np: &Np| self.closes_sentence(pi, np.end, stop);
                    // "…, said former Pennsylvania governor Ed Rendell": a name after a title
                    // the phrase parsers do not read whole.
                    let np = np.filter(|np| closes(np)).or_else(|| {
                        (k + len + 1..(k + len + 5).min(stop))
                            .take_while(|&x| {
                                // Only over a title: capitalised words, role nouns, "former".
                                let t = self.word(pi, x - 1);
                                self.paragraph_tokens[pi][x].word
                                    && (x == k + len + 1 || self.paragraph_tokens[pi][x - 1].word)
                                    && (is_capitalised(t)
                                        || self.lexicon.ends_role(t)
                                        || matches!(t, "former" | "acting" | "deputy" | "senior"))
                            })
                            .find_map(|x| {
                                self.np_after(pi, x, None).filter(|np| {
                                    np.start == x
                                        && matches!(np.kind, NpKind::Entity(_) | NpKind::Name(_))
                                        && closes(np)
                                })
                            })
                    });
                    if let Some(np) = np {
                        out.push(Reported {
                            np,
                            cue: cue_range,
                            clause: vec![self.span(pi, sentence.start, k - 1)],
                            object: false,
                        });
                    }
                }
                k += len;
                continue;
            };
            // "of directors urging", ", fueling worries", "including states that …": a
            // phrase opening with "of", a conjunction or a comma is no subject.
            if np.start < np.end && !self.is_relative(&np) && {
                let first = self.lower_word(pi, np.start);
                let punctuation =
                    !self.paragraph_tokens[pi][np.start].word && !matches!(first, "’s" | "'s");
                punctuation || matches!(first, "of" | "including" | "yet" | "and" | "but" | "or")
            } {
                k += len;
                continue;
            }
            // "…, the IMF said.": the article belongs to a name's phrase.
            if np.start > sentence.start
                && self.lower_word(pi, np.start - 1) == "the"
                && matches!(np.kind, NpKind::Entity(_) | NpKind::Name(_))
            {
                np.start -= 1;
            }
            // "Hawaii, as one of Mr. Obama's advisers pointed out, normally does not get …":
            // the sentence around the aside is what was said.
            if np.start >= sentence.start + 3
                && self.lower_word(pi, np.start - 1) == "as"
                && self.word(pi, np.start - 2) == ","
                && let Some(close) =
                    (k + len..(k + len + 6).min(stop)).find(|&x| self.word(pi, x) == ",")
                && close + 2 < stop
            {
                let before = self.span(pi, sentence.start, np.start - 2);
                out.push(Reported {
                    np,
                    cue: cue_range,
                    clause: vec![before, self.span(pi, close + 1, stop)],
                    object: false,
                });
                k = close;
                continue;
            }
            // "… whether Scott had a gun, as police have said.": an aside closing the sentence.
            if np.start >= sentence.start + 4
                && self.lower_word(pi, np.start - 1) == "as"
                && self.word(pi, np.start - 2) == ","
                && (k + len..stop).all(|x| self.in_timex(pi, x) || self.adverb(pi, x))
            {
                let before = self.span(pi, sentence.start, np.start - 2);
                out.push(Reported {
                    np,
                    cue: cue_range,
                    clause: vec![before],
                    object: false,
                });
                k += len;
                continue;
            }
            let clause_start = self.clause_start(pi, cue, k + len, stop);
            // "…, a school spokesman said": where the subject's phrase begins.
            let lead = self.phrase_lead(pi, &np, sentence.start);
            if lead < np.start {
                np.range.start = self.paragraph_tokens[pi][lead].range.start;
                np.start = lead;
            }
            // "…, his top aide, Tad Devine, told …": a name in apposition after its
            // description, right before the cue, closing the description's phrase.
            let apposed = np.end + 1 == k
                && self.word(pi, np.end) == ","
                && (np.start..np.end).any(|x| self.word(pi, x) == ",");
            // "On Monday, a new poll shows …", "Days before the convention, a new poll
            // shows …": one opening adverbial phrase before the subject.
            // Not "In his state, Christie said, drug offenders are …".
            let opening = np.start > sentence.start + 1
                && self.word(pi, np.start - 1) == ","
                && k + len < stop
                && self.word(pi, k + len) != ","
                && !(sentence.start..np.start - 1).any(|x| !self.paragraph_tokens[pi][x].word)
                && np.start - sentence.start <= 9
                && {
                    let first = self.lower_word(pi, sentence.start);
                    (PREPOSITIONS.contains(&first)
                        && !(sentence.start + 1..np.start - 1).any(|x| self.verb_like(pi, x)))
                        || (sentence.start..np.start - 1).take(3).any(|x| {
                            matches!(
                                self.lower_word(pi, x),
                                "days" | "weeks" | "months" | "years" | "hours" | "minutes"
                            )
                        })
                };
            // A cue inside an adverbial clause ("when Trump asked …, the Ukrainian told him
            // that …") reports only up to the clause's comma.
            // "Although in September she said …, she apologized": the subordinator may stand
            // a few words before the subject.
            let subordinate = self.subordinate(pi, sentence.start, np.start);
            // "Jones, who backed Sanders and won the state, …": a relative clause ends at its
            // comma or at a second verb.
            let relative = self.is_relative(&np);
            let stop = if relative {
                self.relative_end(pi, k + len, stop)
            } else {
                stop
            };
            let end = match clause_start {
                Some(c) if subordinate => {
                    (c..stop).find(|&x| self.word(pi, x) == ",").unwrap_or(stop)
                }
                Some(c) => {
                    // "insists the party must change, and has championed …": the subject's
                    // next act is not part of what it said.
                    let end = self.trailing_attribution(pi, c, stop).unwrap_or(stop);
                    (c + 1..end)
                        .find(|&x| self.next_act(pi, c, x, end, false))
                        .unwrap_or(end)
                }
                None => stop,
            };
            match clause_start {
                Some(c) if end > c + 2 => {
                    out.push(Reported {
                        np,
                        cue: cue_range,
                        clause: vec![self.span(pi, c, end)],
                        object: false,
                    });
                    // The clause may report someone else in turn ("said that aides had told
                    // him …").
                    inside = end;
                    k = c;
                }
                // Not inverted when the subject is that of an earlier verb ("On Thursday,
                // Trump spoke to …, promising to …"), nor after an opening adverbial phrase.
                _ if !cue.that
                    || opening
                    || relative
                    || lead == sentence.start
                    || self.word(pi, lead - 1) != ","
                    || ((np.end..k).any(|x| self.word(pi, x) == ",") && !apposed)
                    // "Railing Against Trump, Sanders Vows To Eliminate …": an infinitive
                    // after the cue is its object, whatever stands before the subject.
                    || (k + len < stop && self.lower_word(pi, k + len) == "to") =>
                {
                    // "urged supporters to monitor polling places", "criticised the plan".
                    match self.object_complement(pi, cue, k + len, stop) {
                        Some(content) => {
                            out.push(Reported {
                                np,
                                cue: cue_range,
                                clause: vec![self.span(pi, content.start, content.end)],
                                object: true,
                            });
                            inside = content.end;
                            k = content.start;
                        }
                        None => k += len,
                    }
                }
                _ => {
                    // "Moscow is ready to work toward peace, Mr Putin said following the call."
                    // A quote after the cue is what it introduces ("…, his wife whispered to
                    // him: “…”").
                    // Not one another cue introduces ("…, Nefzi said, adding, “…”").
                    // Not a show's or a book's title: "…, he said on MSNBC’s “Morning Joe.”"
                    let title = |x: usize| {
                        // The word before the opening mark.
                        let before = if self.paragraph_tokens[pi][x].word {
                            2
                        } else {
                            1
                        };
                        x >= k + len + before
                            && matches!(
                                self.lower_word(pi, x - before),
                                "’s" | "'s" | "on" | "in" | "at" | "of"
                            )
                    };
                    let quote_follows = (k + len..stop)
                        .take_while(|&x| self.cue_at(pi, x).is_none())
                        .find(|&x| self.quoted(pi, x).is_some())
                        .is_some_and(|x| !title(x));
                    // "…, he told reporters", "…, Peskov told the BBC on Friday": whom it was
                    // told to comes before the rest.
                    let mut rest = self.listener_end(pi, cue, k + len, stop);
                    // "…, Israeli officials said Wednesday.": a time after the cue.
                    while rest < stop && self.in_timex(pi, rest) {
                        rest += 1;
                    }
                    let after = (rest + 1 < stop).then(|| self.lower_word(pi, rest + 1));
                    let closing = rest >= stop
                        || AFTER_INVERTED.contains(&self.lower_word(pi, rest))
                        // "…, Clinton allies believe — backers she will need …".
                        || matches!(self.word(pi, rest), "—" | "–")
                        // "…, Mr. Manafort said, adding that …": the sentence goes on with
                        // the speaker's next act.
                        || (self.word(pi, rest) == ","
                            && after.is_some_and(|w| {
                                CLAUSE_BREAKS.contains(&w) || w.ends_with("ing")
                            }));
                    // Not from inside an earlier clause ("said that …, he said, …").
                    // "In their last call, on March 18, Putin agreed to …": opening
                    // adverbial phrases are not what anyone said.
                    let adverbial = self
                        .words(pi, sentence.start..lead)
                        .split(|w| *w == ",")
                        .all(|chunk| {
                            chunk.len() <= 8
                                && chunk.first().is_none_or(|w| {
                                    let w = lower(w);
                                    PREPOSITIONS.contains(&w.as_str())
                                        || SUBORDINATORS.contains(&w.as_str())
                                })
                        });
                    let after_comma = !quote_follows
                        && k >= inside
                        && lead >= sentence.start + 2
                        && self.word(pi, lead - 1) == ",";
                    if after_comma && lead > sentence.start + 3 && closing && !adverbial {
                        out.push(Reported {
                            np: np.clone(),
                            cue: cue_range,
                            clause: vec![self.span(pi, sentence.start, lead - 1)],
                            object: false,
                        });
                    } else if after_comma && rest + 2 < stop && self.word(pi, rest) == "," {
                        // "Climate change, Mr. Obama often says, is the greatest threat", "Time,
                        // Mr. Pence added, was on their side."
                        out.push(Reported {
                            np: np.clone(),
                            cue: cue_range,
                            clause: vec![
                                self.span(pi, sentence.start, lead - 1),
                                self.span(pi, rest + 1, stop),
                            ],
                            object: false,
                        });
                    }
                    k += len;
                }
            }
        }
        out
    }

    /// Whether the cue at token `k` is a participle after a form of "be", adverbs between
    /// ("Clinton is expected to win", "has been called"): in the passive the subject is not
    /// the source.
    fn passive_cue(&self, pi: usize, lo: usize, k: usize) -> bool {
        !self.lower_word(pi, k).ends_with("ing")
            && (lo..k)
                .rev()
                .find(|&x| !self.lower_word(pi, x).ends_with("ly"))
                .is_some_and(|x| BE.contains(&self.lower_word(pi, x)))
    }

    /// Whether a subject after an inverted cue, ending at token `end`, closes the sentence:
    /// nothing, a comma or a closing phrase follows ("…, said Larry Sabato, director of …",
    /// "…, the IMF said on Friday").
    fn closes_sentence(&self, pi: usize, end: usize, stop: usize) -> bool {
        end >= stop
            || self.word(pi, end) == ","
            || AFTER_INVERTED.contains(&self.lower_word(pi, end))
    }

    /// Where the phrase of a subject begins when words its mention leaves out stand between
    /// it and a comma: capitalised title words before a name ("…, Defense Secretary Ash
    /// Carter told"), or a determiner, a possessor or a modifier before a group or a role
    /// ("…, a school spokesman said", "…, the prime minister’s spokesman said").
    /// `np.start` otherwise.
    fn phrase_lead(&self, pi: usize, np: &Np, lo: usize) -> usize {
        if np.end == 0 || self.is_relative(np) {
            return np.start;
        }
        // "…, Defense Secretary Ash Carter told": capitalised title words before a name.
        let named = is_capitalised(self.word(pi, np.end - 1));
        if named {
            let mut s = np.start;
            while s > lo + 1
                && np.start - s < 3
                && self.paragraph_tokens[pi][s - 1].word
                && is_capitalised(self.word(pi, s - 1))
                && self.quoted(pi, s - 1).is_none()
            {
                s -= 1;
            }
            return if s < np.start && self.word(pi, s - 1) == "," {
                s
            } else {
                np.start
            };
        }
        if !matches!(np.kind, NpKind::Group(_) | NpKind::Role { .. }) {
            return np.start;
        }
        self.common_np(pi, np.end - 1, lo)
            .map(|(wide, _)| wide.start)
            .filter(|&s| s < np.start && s > lo && self.word(pi, s - 1) == ",")
            .unwrap_or(np.start)
    }

    /// The token after whom a cue at `from` was said to, when the cue takes its listener as an
    /// object: "told reporters", "told the BBC", "told me on Friday" (a time after the
    /// listener goes with it), not "says Putin and Trump discussed" nor "found Trump would
    /// raise taxes" (only [`LISTENER_CUES`] take a listener). `from` itself when there is
    /// none.
    fn listener_end(&self, pi: usize, cue: &Cue, from: usize, stop: usize) -> usize {
        if !cue.content_obj
            || !LISTENER_CUES.contains(&cue.lemma.as_str())
            || from >= stop
            || !self.paragraph_tokens[pi][from].word
        {
            return from;
        }
        let w = self.lower_word(pi, from);
        let end = if OBJECTS.contains(&w) {
            from + 1
        } else if matches!(w, "a" | "an" | "the") {
            // "told a Senate panel", "told the court": an article and a few words of a noun
            // phrase, up to a preposition, a mark or a verb.
            let end = (from + 1..(from + 5).min(stop))
                .take_while(|&x| {
                    let lx = self.lower_word(pi, x);
                    self.paragraph_tokens[pi][x].word
                        && !matches!(lx, "a" | "an" | "the")
                        && !PREPOSITIONS.contains(&lx)
                        && !FUNCTION_WORDS.contains(&lx)
                        && !finite(lx)
                        && !self.in_timex(pi, x)
                        && self.cue_at(pi, x).is_none()
                })
                .last()
                .map_or(from, |x| x + 1);
            // Not "told the candidate would lose": a verb after the phrase.
            if end == from || (end < stop && self.finite_verb_at(pi, end)) {
                return from;
            }
            end
        } else {
            match self.np_after(pi, from, None) {
                Some(np)
                    if np.start == from
                        && np.end <= stop
                        && matches!(
                            np.kind,
                            NpKind::Entity(_) | NpKind::Name(_) | NpKind::Role { .. }
                        ) =>
                {
                    np.end
                }
                _ => return from,
            }
        };
        let past_time = |mut x: usize| {
            while x < stop && self.in_timex(pi, x) {
                x += 1;
            }
            x
        };
        let end = past_time(end);
        if end + 1 < stop
            && matches!(self.lower_word(pi, end), "on" | "in" | "at" | "during")
            && self.in_timex(pi, end + 1)
        {
            return past_time(end + 1);
        }
        end
    }

    /// "Sanders: Brexit could draw Trump support.", "TAPPER: Do you think …", "Poll: Trump
    /// ties Clinton.": a paragraph opening with a short source and a colon reports the rest
    /// of the paragraph. Quotes after the colon are left to the quote attribution.
    pub fn colon_source(&self, pi: usize) -> Option<Reported> {
        let toks = &self.paragraph_tokens[pi];
        let n = toks.len();
        let colon = (1..n.min(8)).find(|&c| self.word(pi, c) == ":")?;
        let mut end = n;
        while end > colon + 1 && !toks[end - 1].word {
            end -= 1;
        }
        if (colon + 1..end).filter(|&x| toks[x].word).count() < 4 {
            return None;
        }
        let content = &self.ctx.text[self.span(pi, colon + 1, end)];
        if content.starts_with(|c: char| c.is_ascii_digit())
            || content.contains(['@', '/'])
            || (0..end).any(|x| self.quoted(pi, x).is_some())
            || (0..colon)
                .any(|x| !toks[x].word && !matches!(self.word(pi, x), "’s" | "'s" | "." | "-"))
        {
            return None;
        }
        let label = lower(&self.ctx.text[self.span(pi, 0, colon)]);
        let last = self.word(pi, colon - 1);
        if LABELS
            .iter()
            .any(|l| label == *l || label.ends_with(&format!(" {l}")))
            || label.chars().count() < 2
            || label.contains(|c: char| c.is_ascii_digit())
            || capital_stopword(self.word(pi, 0))
            || (0..colon).any(|x| self.cue_at(pi, x).is_some() || self.verb_like(pi, x))
        {
            return None;
        }
        let place = |np: &Np| match np.kind {
            NpKind::Entity(id) => self.ctx.gazetteer.get(id).kind == Kind::Place,
            _ => false,
        };
        // A name, a role, or a source noun ("Poll:", "Clinton camp:", "Historians:").
        let lone_word = |np: &Np| matches!(&np.kind, NpKind::Name(name) if !name.contains(' '));
        let np = match self.np_after(pi, 0, None).filter(|np| np.end == colon) {
            Some(np) if place(&np) => return None,
            Some(np) if !lone_word(&np) => np,
            _ if self.lexicon.is_source_noun(last) || last.ends_with("ians") => {
                self.group(pi, 0, colon)
            }
            _ => return None,
        };
        Some(Reported {
            np,
            cue: self.span(pi, colon, colon + 1),
            clause: vec![self.span(pi, colon + 1, end)],
            object: false,
        })
    }

    /// Where the reported clause of a that-cue starts, in tokens: after "that" within a few
    /// words, at an indirect question ("asked Zelensky what …"), or right after the cue and
    /// its listener when a subject and a finite verb follow. `None` for other cues.
    fn clause_start(&self, pi: usize, cue: &Cue, from: usize, stop: usize) -> Option<usize> {
        if !cue.that {
            return None;
        }
        // The clause: after "that" within a few words, or right after the cue (and an
        // object such as "reporters").
        let mut m = from;
        // "says at a campaign stop in Toledo, Ohio, that …": a prepositional phrase, commas
        // and all, before the clause.
        let phrase = m < stop
            && self.lower_word(pi, m) != "to"
            && PREPOSITIONS.contains(&self.lower_word(pi, m));
        let reach = if phrase { 14 } else { 10 };
        // "stressed her support of the raid that killed …": "that" before a verb, after
        // words of the object, is a relative pronoun.
        let that = (m..(m + reach).min(stop))
            .find(|&c| self.lower_word(pi, c) == "that")
            .filter(|&c| c == m || !(c + 1 < stop && self.finite_like(pi, c + 1)));
        let blocked = |c: usize| {
            (m..c).any(|x| {
                // "reported on Tuesday -- a development that injects …".
                (matches!(self.word(pi, x), ";" | ":" | "—" | "–" | "-")
                    || (self.word(pi, x) == "," && !phrase)
                    // "said officials have video that shows …": after a verb, "that" is
                    // a relative pronoun, not the clause's opening.
                    || finite(self.lower_word(pi, x))
                    || self.cue_at(pi, x).is_some())
            })
        };
        // An indirect question after an optional object: "asked Zelensky what he
        // should discuss".
        let wh = (m..(m + 6).min(stop)).find(|&c| {
            matches!(
                self.lower_word(pi, c),
                "what" | "whether" | "how" | "why" | "who" | "when"
            )
        });
        // "said fathers and parents who adopt …": "who" after a noun is a relative, and
        // "highlighted differences in how …" asks nothing.
        let wh = wh.filter(|&c| {
            (self.lower_word(pi, c) != "who"
                || c == m
                || OBJECTS.contains(&self.lower_word(pi, c - 1))
                || is_capitalised(self.word(pi, c - 1)))
                && !(m..c).any(|x| PREPOSITIONS.contains(&self.lower_word(pi, x)))
        });
        match (that, wh) {
            // "said that was a mistake": "that" followed by a verb is the clause's subject.
            (Some(c), _)
                if !blocked(c) && c + 1 < stop && finite(self.lower_word(pi, c + 1)) && c == m =>
            {
                Some(c)
            }
            (Some(c), _) if !blocked(c) => Some(c + 1),
            // Only after a short object: not "show Scott calmly leaving his car when …".
            (_, Some(c))
                if cue.obj
                    && !blocked(c)
                    && c <= m + 3
                    && !(m..c).any(|x| self.lower_word(pi, x).ends_with("ing")) =>
            {
                Some(c)
            }
            // "explained how the plan works": a question right after the cue.
            (_, Some(c)) if c == from => Some(c),
            _ => {
                // "told reporters …", not "said her decision …".
                while m < stop
                    && OBJECTS.contains(&self.lower_word(pi, m))
                    && LISTENER_CUES.contains(&cue.lemma.as_str())
                {
                    m += 1;
                }
                // "told the BBC the firm had been hit …".
                if m == from {
                    m = self.listener_end(pi, cue, m, stop);
                }
                // "said Monday the plan was dead": a time before the clause.
                while m < stop && self.in_timex(pi, m) {
                    m += 1;
                }
                // "said after the convention he would …": a short phrase before a clause
                // whose subject is a pronoun.
                if phrase {
                    if let Some(x) = (m + 2..(m + 8).min(stop)).find(|&x| {
                        matches!(self.lower_word(pi, x), "he" | "she" | "they" | "we" | "i")
                    }) {
                        if !(m..x).any(|y| {
                            !self.paragraph_tokens[pi][y].word
                                || finite(self.lower_word(pi, y))
                                || self.cue_at(pi, y).is_some()
                        }) {
                            m = x;
                        }
                    }
                }
                let w = if m < stop { self.word(pi, m) } else { "" };
                // "he’ll", "it’s": a pronoun with its verb.
                let (base, contracted) = match w.split_once(['’', '\'']) {
                    Some((base, _)) => (lower(base), true),
                    None => (lower(w), false),
                };
                let lw = lower(w);
                // "reported at least six planes filled the skies": a quantity.
                let at_least = lw == "at"
                    && m + 2 < stop
                    && matches!(self.lower_word(pi, m + 1), "least" | "most");
                // "said smugglers dig tunnels": a bare noun phrase after a verb of saying.
                let bare_noun = cue.class != CueClass::Other
                    && (at_least || !PREPOSITIONS.contains(&lw.as_str()))
                    && !(NOT_SOURCE_HEADS.contains(&lw.as_str())
                        || (lw.len() > 4 && lw.ends_with("ly"))
                        || lw.ends_with("ing")
                        || finite(lw.as_str()));
                let starts_clause = !w.is_empty()
                    && self.paragraph_tokens[pi][m].word
                    && self.quoted(pi, m).is_none()
                    && (PRONOUNS.contains(&base.as_str())
                        || CLAUSE_OPENERS.contains(&lw.as_str())
                        || is_capitalised(w)
                        || w.chars().all(|c| c.is_ascii_digit() || c == ',')
                        || bare_noun);
                // "it’s" may come as "it" and "’s".
                let contracted =
                    contracted || (m + 1 < stop && matches!(self.word(pi, m + 1), "’s" | "'s"));
                let subject_pronoun = matches!(base.as_str(), "he" | "she" | "they" | "we" | "i")
                    || (contracted
                        && matches!(base.as_str(), "it" | "there" | "that" | "you" | "what"));
                // "believe this provides an incentive to …": a long clause after a verb of
                // saying or thinking, even where no verb form gives it away.
                let long = matches!(
                    cue.lemma.as_str(),
                    "say"
                        | "tell"
                        | "believe"
                        | "think"
                        | "argue"
                        | "claim"
                        | "insist"
                        | "write"
                        | "feel"
                        | "know"
                        | "suggest"
                        | "warn"
                        | "contend"
                        | "report"
                ) && !PREPOSITIONS.contains(&lw.as_str())
                    && !matches!(lw.as_str(), "his" | "her" | "their" | "its" | "my" | "our")
                    && stop >= m + 5
                    && !(m..m + 5).any(|x| matches!(self.word(pi, x), "," | ";" | ":"));
                // "outlined his cybersecurity plan and vowed to …": a common noun phrase's verb
                // comes before any "and" and is no bare noun like "plan", or the phrase was
                // the cue's object.
                let finite_verb = if is_capitalised(w) || PRONOUNS.contains(&base.as_str()) {
                    self.finite_verb_in(pi, m, stop)
                } else {
                    // After a cue that takes no object the phrase may hold an apposition
                    // between commas ("said their networks of donors, almost exclusively
                    // men, were …").
                    // The closing comma of an apposition opened at `x`.
                    let apposition = |x: usize| {
                        (x + 2..(x + 14).min(stop))
                            .find(|&c| self.word(pi, c) == ",")
                            .filter(|&c| {
                                !cue.content_obj
                                    && !(x + 1..c).any(|y| {
                                        self.verb_like(pi, y)
                                            || !self.paragraph_tokens[pi][y].word
                                            || matches!(
                                                self.lower_word(pi, y),
                                                "which" | "who" | "but" | "and"
                                            )
                                    })
                            })
                    };
                    let mut verb_stop = m + 1;
                    while verb_stop < stop {
                        match self.word(pi, verb_stop) {
                            "and" | ";" => break,
                            "," => match apposition(verb_stop) {
                                Some(close) => verb_stop = close,
                                None => break,
                            },
                            _ => {}
                        }
                        verb_stop += 1;
                    }
                    self.finite_verb_in(pi, m, verb_stop)
                        && (m + 1..verb_stop).any(|x| {
                            let lx = self.lower_word(pi, x);
                            self.cue_at(pi, x).is_none_or(|(cue, _)| cue.lemma != lx)
                                && self.finite_verb_at(pi, x)
                        })
                };
                (starts_clause && (subject_pronoun || finite_verb || long)).then_some(m)
            }
        }
    }

    /// The comma before a closing attribution of the whole sentence ("…, the source added",
    /// "…, according to the Roper Center"), so an inner clause stops there.
    fn trailing_attribution(&self, pi: usize, from: usize, stop: usize) -> Option<usize> {
        (from..stop).find(|&x| {
            self.word(pi, x) == ","
                && x + 1 < stop
                && stop - x <= 8
                && (self.lower_word(pi, x + 1) == "according"
                    || (x + 1..stop).any(|y| self.cue_at(pi, y).is_some()))
        })
    }

    /// The object of a speech act as its content, in tokens: "urged [supporters to monitor
    /// polling places]", "criticised [the plan]", "talked about [the economy]". Ends at the
    /// clause's end; `None` when the cue takes no object or only a listener follows.
    fn object_complement(
        &self,
        pi: usize,
        cue: &Cue,
        from: usize,
        stop: usize,
    ) -> Option<Range<usize>> {
        if from >= stop || !self.paragraph_tokens[pi][from].word {
            return None;
        }
        let mut start = from;
        // "spoke out Tuesday about …", "spoke emotionally of …": a time or an adverb
        // between the cue and its object.
        while start + 1 < stop && (self.in_timex(pi, start) || self.adverb(pi, start)) {
            start += 1;
        }
        let first = self.lower_word(pi, start);
        let speech = matches!(
            cue.class,
            CueClass::Speech | CueClass::Writing | CueClass::Report
        );
        if speech && matches!(first, "about" | "of") {
            start += 1;
        } else if !(cue.content_obj || cue.as_ || (first == "to" && cue.that)) {
            return None;
        }
        let w = self.lower_word(pi, start);
        let next = (start + 1 < stop).then(|| self.lower_word(pi, start + 1));
        // "told reporters", "asked him": the listener of a speech act is not what was said;
        // "denounced him" and "praised her record" are.
        let possessive = w == "her"
            && start + 1 < stop
            && self.paragraph_tokens[pi][start + 1].word
            && !PREPOSITIONS.contains(&next.unwrap_or(""));
        // "shows him with his hands in the air": only a cue that takes a listener has one.
        let listener_only = speech
            && (cue.class != CueClass::Report || LISTENER_CUES.contains(&cue.lemma.as_str()))
            && !possessive
            && OBJECTS.contains(&w)
            && !matches!(next, Some("to" | "about" | "of" | "for" | "on"));
        // "declined to comment", "hopes to win": an infinitive is what a stance is about.
        let infinitive = w == "to"
            && (!speech || cue.lemma == "claim")
            && next.is_some_and(|v| {
                self.paragraph_tokens[pi][start + 1].word
                    && (!is_capitalised(self.word(pi, start + 1)) || self.title_case(pi))
                    && !DETERMINERS.contains(&v)
                    && !PRONOUNS.contains(&v)
                    && !OBJECTS.contains(&v)
                    && !PREPOSITIONS.contains(&v)
                    && !v.starts_with(|c: char| c.is_ascii_digit())
            });
        if listener_only
            || (PREPOSITIONS.contains(&w) && !infinitive)
            // "rejected that argument": without a that-clause frame "that" is a determiner.
            || (w == "that"
                && (cue.that
                    || !next.is_some_and(|v| {
                        self.paragraph_tokens[pi][start + 1].word
                            && !FUNCTION_WORDS.contains(&v)
                            && !finite(v)
                            && !is_capitalised(self.word(pi, start + 1))
                            && (!v.ends_with('s') || v.ends_with("ss"))
                            && !v.ends_with("ed")
                    })))
            || matches!(w, "so" | "not" | "nothing")
            // "His approval rating remains strong": an auxiliary or a copula after the cue
            // makes the cue a noun of the subject.
            || AUXILIARIES.contains(&w)
            || matches!(w, "remains" | "remained" | "seems" | "seemed")
            || (speech && matches!(w, "it" | "this"))
            || self.quoted(pi, start).is_some()
            || self.in_timex(pi, start)
        {
            return None;
        }
        let end = (start + 1..stop)
            .find(|&x| {
                let w = self.word(pi, x);
                let lw = self.lower_word(pi, x);
                // "condemned the launch while the leaders met": an adverbial clause ends
                // the object.
                let adverbial = x > start + 1
                    && SUBORDINATORS.contains(&lw)
                    && (!matches!(lw, "as" | "if" | "after" | "before" | "until" | "since")
                        // "indicates a tightening race as Trump consolidates …": "as" before
                        // a clause of its own.
                        || (lw == "as" && self.clause_follows(pi, x + 1, stop)));
                // A hyphen standing alone is a dash ("admirals -- most of whom …").
                (matches!(w, ";" | "—" | "–" | "-" | "(" | ":")
                    || (w == "," && !self.apposition_comma(pi, x, stop)))
                    || adverbial
                    || ADJUNCTS.contains(&lw)
                    || self.medium_phrase(pi, x, stop)
                    || self.quoted(pi, x).is_some()
                    || self.next_act(pi, start, x, stop, true)
            })
            .unwrap_or(stop);
        // "condemned the “attack …”": an object cut short by a quote is the quote's.
        let dangling = end > start && {
            let last = self.lower_word(pi, end - 1);
            DETERMINERS.contains(&last) || PREPOSITIONS.contains(&last)
        };
        // A one-word object is a name, a pronoun or a noun: "endorsed her", "praised Obama",
        // "declared bankruptcy".
        let one_word = is_capitalised(self.word(pi, start))
            || (!speech && matches!(w, "him" | "her" | "them" | "it" | "us" | "me"))
            || (matches!(word_class(w), "w" | "s") && !self.adverb(pi, start) && w.len() > 3);
        // "called the charges false", not "called Putin on Tuesday": naming needs an object
        // and a lower-case description, with no preposition in between.
        let naming = cue.lemma != "call"
            || (end >= start + 3
                && !(start + 1..(start + 3).min(end))
                    .any(|x| PREPOSITIONS.contains(&self.lower_word(pi, x)))
                && !is_capitalised(self.word(pi, end - 1)));
        (end > start && !dangling && naming && (end > start + 1 || one_word)).then_some(start..end)
    }

    /// Whether the comma at token `x` opens or closes the state or country of a place named
    /// before it, or the age of a person: "Tulsa, Okla., police", "Charlotte, North Carolina,
    /// police", "Mark Folger, 63, sentenced".
    fn apposition_comma(&self, pi: usize, x: usize, stop: usize) -> bool {
        let toks = &self.paragraph_tokens[pi];
        let place = |k: usize| {
            self.mention_at(toks[k].range.start)
                .is_some_and(|m| self.ctx.gazetteer.get(m.entity).kind == Kind::Place)
        };
        // The closing comma of the state that the comma at `open` opens.
        let close_of = |open: usize| {
            if open == 0
                || open + 2 >= stop
                || !toks[open - 1].word
                || !is_capitalised(self.word(pi, open - 1))
            {
                return None;
            }
            let close = (open + 2..(open + 5).min(stop)).find(|&c| self.word(pi, c) == ",")?;
            let inside = (open + 1..close).all(|k| {
                (toks[k].word && is_capitalised(self.word(pi, k))) || self.word(pi, k) == "."
            });
            // An abbreviation ("Okla.") or a place the gazetteer knows; or an age ("Mark
            // Folger, 63, sentenced to …").
            let state = self.word(pi, close - 1) == "." || place(open + 1);
            let age = close == open + 2
                && self.word(pi, open + 1).len() <= 3
                && self.word(pi, open + 1).chars().all(|c| c.is_ascii_digit());
            ((inside && state && close - open <= 4) || age).then_some(close)
        };
        close_of(x).is_some()
            || (x.saturating_sub(4)..x)
                .any(|open| self.word(pi, open) == "," && close_of(open) == Some(x))
    }

    /// Whether token `x` starts the subject's next act, which ends a content that began at
    /// token `from`: "criticized Singer and challenged him" (for an `object` content only),
    /// "…, telling reporters", "… - noting that", "…, and 39 have said …".
    fn next_act(&self, pi: usize, from: usize, x: usize, stop: usize, object: bool) -> bool {
        let w = self.word(pi, x);
        if x + 1 >= stop {
            return false;
        }
        let next = self.lower_word(pi, x + 1);
        // "…, and 39 have said they support Sanders", "…, while the army said …": a
        // coordinated clause with its own subject and cue.
        let conjunction = if w == "," && matches!(next, "and" | "but" | "while" | "whereas") {
            Some(x + 1)
        } else {
            matches!(w, "and" | "but" | ";").then_some(x)
        };
        // Only after a verb: "Putin and Trump agreed" joins two names, not two clauses.
        let verb_before = (from..x).any(|v| self.verb_like(pi, v));
        if let Some(c) = conjunction.filter(|_| verb_before) {
            let from = c + 1;
            // "…, and when pressed on why …, she replied": a new sentence part.
            if from < stop
                && matches!(
                    self.lower_word(pi, from),
                    "when" | "while" | "if" | "because" | "although" | "though"
                )
            {
                return true;
            }
            let attributed = (from + 1..(from + 8).min(stop)).any(|t| {
                self.cue_at(pi, t).is_some_and(|(cue, _)| {
                    self.subject_of(pi, t, from, None)
                        .or_else(|| self.plain_subject(pi, t, from, cue))
                        .is_some_and(|np| np.start == from)
                })
            });
            if attributed {
                return true;
            }
        }
        match w {
            // Inside a clause "and agreed to meet" goes on with the clause's own subject; a
            // phrase with no verb of its own before it was the cue's object ("bemoaned the
            // unrest in Charlotte and said …").
            // "… and repeatedly says": adverbs may come first.
            "and" | "but" => {
                let verb = (x + 1..stop)
                    .find(|&v| !self.adverb(pi, v))
                    .unwrap_or(x + 1);
                (object || !verb_before) && verb < stop && self.verb_like(pi, verb)
            }
            "," | "—" | "–" | "-" => {
                // "has “expanded the party,” claiming …": over a closing quote mark.
                let next = if matches!(next, "”" | "’") && x + 2 < stop {
                    self.lower_word(pi, x + 2)
                } else {
                    next
                };
                (next.len() > 4 && next.ends_with("ing"))
                    // "…, although he again refused …", "…, even as footage …", "…,
                    // especially given that …": a concession or aside of the writer's.
                    || matches!(next, "although" | "though" | "especially")
                    || (next == "even"
                        && x + 2 < stop
                        && matches!(self.lower_word(pi, x + 2), "as" | "though" | "if"))
                    // "…, with RealClearPolitics showing her ahead": an absolute phrase.
                    || (next == "with"
                        && (x + 2..(x + 6).min(stop)).any(|y| {
                            let w = self.lower_word(pi, y);
                            w.len() > 4 && w.ends_with("ing")
                        }))
                    || (matches!(next, "and" | "but")
                        && x + 2 < stop
                        && self.finite_like(pi, x + 2))
            }
            // "said the timing was not intentional; they only learned on Friday …": a
            // clause of its own after a semicolon.
            ";" => self.clause_follows(pi, x + 1, stop),
            _ => false,
        }
    }

    /// Whether token `x` opens the phrase naming where or how something was said, which
    /// is not what was said: "attacked Machado in early-morning tweets", "rejected that
    /// argument in a ruling released Thursday", "criticized the plan in an interview".
    fn medium_phrase(&self, pi: usize, x: usize, stop: usize) -> bool {
        let at = self.lower_word(pi, x) == "at";
        if !at && !matches!(self.lower_word(pi, x), "in" | "on" | "via" | "through") {
            return false;
        }
        // "cited the figure at last week’s forum", "said at a rally": the occasion.
        (x + 1..(x + 5).min(stop))
            .take_while(|&i| {
                let w = self.lower_word(pi, i);
                (self.paragraph_tokens[pi][i].word || matches!(w, "’s" | "'s"))
                    && (i == x + 1 || !matches!(word_class(w), "prep" | "fin" | "conj"))
            })
            .any(|i| {
                let w = self.lower_word(pi, i);
                MEDIUM_NOUNS.contains(&w) || (at && OCCASION_NOUNS.contains(&w))
            })
    }

    /// Whether a finite verb follows soon after `from`, so the words there are a clause
    /// ("Russia was in favour") and not an object ("proposed the meeting to buy time").
    pub(crate) fn finite_verb_in(&self, pi: usize, from: usize, stop: usize) -> bool {
        (from + 1..(from + 20).min(stop)).any(|k| self.finite_verb_at(pi, k))
    }

    /// Whether token `k` reads as a finite verb: an auxiliary or common verb, a word in -ed,
    /// a cue, an irregular past or a verb in -s.
    fn finite_verb_at(&self, pi: usize, k: usize) -> bool {
        let w = self.lower_word(pi, k);
        finite(w)
            || (w.len() > 4 && w.ends_with("ed") && !is_capitalised(self.word(pi, k)))
            || self.cue_at(pi, k).is_some()
            || IRREGULAR_PAST.contains(&w)
            || self.lexicon.verb_in_s(w)
            // "the staffers read NDAs": a bare verb after a plural subject.
            || (k > 0 && self.lexicon.base_verb(w) && self.plural_noun(pi, k - 1))
    }

    /// Whether token `k` is a plural subject: a plural pronoun or a lower-case noun in -s
    /// ("staffers", not "says" or "Hicks").
    fn plural_noun(&self, pi: usize, k: usize) -> bool {
        let w = self.word(pi, k);
        let lw = self.lower_word(pi, k);
        matches!(lw, "they" | "we" | "people")
            || (w == lw
                && lw.len() > 3
                && lw.ends_with('s')
                && !lw.ends_with("ss")
                && !self.lexicon.verb_in_s(lw))
    }

    /// The subject of a reported-speech cue at token `k` that [`Parser::subject_of`] does
    /// not parse: a relative pronoun ("Jones, who said …"), which keeps its mention and
    /// refers to its antecedent, or a common noun phrase ("the company said", "46 percent of
    /// voters said", "polls show").
    fn plain_subject(&self, pi: usize, k: usize, lo: usize, cue: &Cue) -> Option<Np> {
        let mut j = k;
        while j > lo {
            let w = self.lower_word(pi, j - 1);
            if matches!(w, "not" | "never" | "n’t" | "n't") {
                return None;
            }
            if !self.between_subject_and_cue(pi, j - 1, k) || w == "to" {
                break;
            }
            j -= 1;
        }
        // "Paul Ryan, despite admitting …": a preposition heads no subject.
        if j <= lo
            || self.quoted(pi, j - 1).is_some()
            || ADJUNCTS.contains(&self.lower_word(pi, j - 1))
            || matches!(self.lower_word(pi, j - 1), "without" | "upon" | "since")
        {
            return None;
        }
        let head = j - 1;
        let next = (k + 1 < self.paragraph_tokens[pi].len()).then(|| self.lower_word(pi, k + 1));
        // "his home state of Vermont", "talk of division": a noun, not a cue.
        if next == Some("of") {
            return None;
        }
        if matches!(self.lower_word(pi, head), "who" | "which" | "that") {
            return Some(self.relative(pi, head, lo));
        }
        // "Indeed, proponents of more controls on hate speech say": after a short opening
        // phrase and its comma.
        let opened = (lo + 1..(lo + 4).min(head))
            .find(|&c| self.word(pi, c) == ",")
            .filter(|&c| {
                (lo..c).all(|x| self.paragraph_tokens[pi][x].word && !self.verb_like(pi, x))
            })
            .map_or(lo, |c| c + 1);
        let (np, source) = self
            .common_np(pi, head, lo)
            .or_else(|| self.modified_subject(pi, head, lo))
            .or_else(|| (opened > lo).then(|| self.modified_subject(pi, head, opened))?)?;
        // "people familiar with the talks": the group before the phrase speaks.
        let wide = self.group_with_phrase(pi, np.clone(), lo);
        let source = source
            || (wide.start..np.start)
                .any(|x| matches!(self.lower_word(pi, x), "familiar" | "close"));
        let np = wide;
        // A noun that is not known to speak takes only a cue that cannot be a noun itself
        // ("the affidavit said", "statistics show that"), not "a private email server".
        let past = {
            let form = self.lower_word(pi, k);
            let lemma = cue.lemma.split_whitespace().next().unwrap_or("");
            form != lemma
                && !form
                    .strip_suffix('s')
                    .is_some_and(|f| lemma.starts_with(f.trim_end_matches(['e', 'i'])))
        };
        // "leaked documents show he took …": a subject pronoun after the cue opens its clause.
        let clause = next.is_some_and(|w| matches!(w, "that" | "he" | "she" | "they" | "we"));
        (source || past || clause).then_some(np)
    }

    /// The noun phrase opening a sentence at token `lo`, before what modifies it up to token
    /// `head`: a participle ("The poll released Friday"), a prepositional phrase ("Video of
    /// the incident"), a relative clause after "which" or "who", or an aside in commas. A
    /// participle or a phrase holds no verb of its own.
    fn modified_subject(&self, pi: usize, head: usize, lo: usize) -> Option<(Np, bool)> {
        (lo..(lo + 8).min(head)).find_map(|h| {
            // A name is read as names are, so that it resolves to whom it names.
            let whole = |np: &Np| np.start == lo && np.end == h + 1;
            let (np, source) = self
                .np_before(pi, h, lo, None)
                .filter(whole)
                .filter(|np| match np.kind {
                    NpKind::Entity(_) | NpKind::Role { .. } => true,
                    // "Donna Sampson Rawlings, 59, …" and "Schiff, 56, who …" (named before),
                    // not "Moreover, …".
                    NpKind::Name(_) => {
                        np.end > np.start + 1
                            || self
                                .resolve(np, pi, None)
                                .is_some_and(|sp| sp.entity.is_some())
                    }
                    _ => false,
                })
                .map(|np| (np, true))
                .or_else(|| self.common_np(pi, h, lo).filter(|(np, _)| whole(np)))?;
            // "A person familiar with the talks": the noun before the adjective heads it.
            let source = source
                || (h > lo
                    && matches!(self.lower_word(pi, h), "familiar" | "close")
                    && self.lexicon.is_source_noun(self.word(pi, h - 1)));
            let next = self.lower_word(pi, h + 1);
            let participle = next.len() > 4 && next.ends_with("ed");
            // Not "that", which may open a verb's clause ("Video shows that …").
            // An aside ends right before the cue's adverbs: "The museum, opened in 2016,
            // celebrated …".
            let clause = matches!(next, "which" | "who" | "(")
                || (next == "," && h + 1 < head && self.word(pi, head) == ",");
            let phrase = matches!(
                next,
                "of" | "from" | "in" | "on" | "at" | "for" | "about" | "with" | "by" | "over"
            );
            let plain = (h + 2..=head).all(|x| {
                self.paragraph_tokens[pi][x].word
                    && !finite(self.lower_word(pi, x))
                    && self.cue_at(pi, x).is_none()
            });
            (clause || ((participle || phrase) && plain)).then_some((np, source))
        })
    }

    /// A relative pronoun at token `at` as a speaker phrase: its mention is the pronoun, its
    /// kind that of the phrase it follows ("the senator, who").
    pub(crate) fn relative(&self, pi: usize, at: usize, lo: usize) -> Np {
        let mut end = at;
        if end > lo && self.word(pi, end - 1) == "," {
            end -= 1;
        }
        let antecedent = (end > lo)
            .then(|| {
                self.np_before(pi, end - 1, lo, None)
                    .or_else(|| self.common_np(pi, end - 1, lo).map(|(np, _)| np))
            })
            .flatten();
        let range = self.paragraph_tokens[pi][at].range.clone();
        match antecedent {
            // The pronoun becomes the mention, so a role is read from the antecedent's own
            // words now: "the mayor, who said" is the mayor, not "who".
            Some(np) if matches!(np.kind, NpKind::Role { .. }) => {
                let kind = match self.resolve(&np, pi, None) {
                    Some(Speaker {
                        entity: Some(id), ..
                    }) => NpKind::Entity(id),
                    Some(sp) => NpKind::Group(sp.name),
                    None => NpKind::Group(descriptive(&self.ctx.text[np.range.clone()])),
                };
                Np {
                    kind,
                    range,
                    end: at + 1,
                    ..np
                }
            }
            Some(np) => Np {
                range,
                end: at + 1,
                ..np
            },
            None => Np {
                kind: NpKind::Pronoun(self.lower_word(pi, at).to_owned()),
                range,
                start: at,
                end: at + 1,
                gender: None,
            },
        }
    }

    /// A common noun phrase ending at token `head`: "the company", "several senators",
    /// "46 percent of voters", "Trump’s new disclosure form". Without a determiner it must
    /// open its clause, so that "proposed the meeting" gives no "meeting". The flag tells
    /// whether the head is a noun known to speak (a source noun, a role, a quantifier or an
    /// agent noun such as "technologists").
    pub(crate) fn common_np(&self, pi: usize, head: usize, lo: usize) -> Option<(Np, bool)> {
        let toks = &self.paragraph_tokens[pi];
        let hw = self.word(pi, head);
        let lh = lower(hw);
        let number = |k: usize| {
            let w = self.lower_word(pi, k);
            w.chars().all(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w)
        };
        // "42% say": a percentage is a share.
        let percent = |k: usize| {
            let w = self.word(pi, k);
            w.len() > 1
                && w.ends_with('%')
                && w[..w.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.')
        };
        if percent(head) || (hw == "%" && head > lo && number(head - 1)) {
            let mut start = if hw == "%" { head - 1 } else { head };
            if start > lo && APPROXIMATIONS.contains(&self.lower_word(pi, start - 1)) {
                start -= 1;
            }
            return Some((self.group(pi, start, head + 1), true));
        }
        // "six in 10", "one in five": a share, headed by its first number.
        if head >= lo + 2
            && toks[head].word
            && number(head)
            && self.lower_word(pi, head - 1) == "in"
            && number(head - 2)
        {
            let (np, _) = self.common_np(pi, head - 2, lo)?;
            return Some((self.group(pi, np.start, head + 1), true));
        }
        let quantifier = QUANTIFIERS.contains(&lh.as_str());
        if !toks[head].word
            || self.quoted(pi, head).is_some()
            || self.in_timex(pi, head)
            || (NOT_SOURCE_HEADS.contains(&lh.as_str()) && !quantifier)
            || PREPOSITIONS.contains(&lh.as_str())
            || finite(lh.as_str())
            || (lh.len() > 4 && lh.ends_with("ly"))
            // "the ruling said", "the same polling suggests": a source noun in -ing.
            || (lh.ends_with("ing") && !self.lexicon.is_source_noun(hw))
            || lh.ends_with("n’t")
            || lh.ends_with("n't")
            || hw.starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let agent = ["ers", "ors", "ists", "ians", "ents", "ants"]
            .iter()
            .any(|suffix| lh.len() > suffix.len() + 2 && lh.ends_with(suffix));
        let source =
            quantifier || agent || self.lexicon.is_source_noun(hw) || self.lexicon.ends_role(hw);
        let determined = |k: usize| {
            k > lo && {
                let before = self.lower_word(pi, k - 1);
                DETERMINERS.contains(&before) || QUANTIFIERS.contains(&before)
            }
        };
        // A word in -ed is a verb ("Bloomberg started publishing"), unless a determiner makes
        // it a noun.
        if lh.ends_with("ed") && !determined(head) {
            return None;
        }
        let mut start = head;
        let mut determiner = false;
        while start > lo {
            let k = start - 1;
            let w = self.word(pi, k);
            let lw = lower(w);
            if self.quoted(pi, k).is_some() {
                break;
            }
            // "Trump’s new form", "last year’s figures", "the teachers’ union": the possessor
            // belongs to the phrase.
            let plural_possessive = matches!(w, "’" | "'")
                && k > lo
                && toks[k - 1].word
                && self.word(pi, k - 1).ends_with('s')
                && toks[k - 1].range.end == toks[k].range.start;
            if (matches!(w, "’s" | "'s") || plural_possessive) && k > lo && toks[k - 1].word {
                start = k - 1;
                continue;
            }
            if !toks[k].word {
                break;
            }
            if determiner {
                // "one of the senators", "a group of rabbis": an of-phrase goes on to its head.
                if lw == "of" && k > lo && toks[k - 1].word {
                    start = k - 1;
                    determiner = QUANTIFIERS.contains(&self.lower_word(pi, k - 1))
                        || self
                            .word(pi, k - 1)
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == ',');
                    if !determiner && determined(k - 1) {
                        start = k - 2;
                        determiner = true;
                    }
                    continue;
                }
                break;
            }
            if DETERMINERS.contains(&lw.as_str()) || QUANTIFIERS.contains(&lw.as_str()) {
                start = k;
                determiner = true;
                continue;
            }
            if lw == "of" && k > lo && toks[k - 1].word {
                start = k;
                continue;
            }
            let modifier = w
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                || (!NOT_SOURCE_HEADS.contains(&lw.as_str())
                    && !PREPOSITIONS.contains(&lw.as_str())
                    && !finite(lw.as_str())
                    && !capital_stopword(w)
                    // "Elected officials …" opening a sentence, "…, elected officials from
                    // both parties say": a participle as adjective opening a clause.
                    && (!lw.ends_with("ed")
                        || (k == lo && is_capitalised(w))
                        || (k > lo && matches!(self.word(pi, k - 1), "," | ";"))
                        // "newly filed campaign-finance reports".
                        || (k > lo && self.adverb(pi, k - 1)))
                    && !self.in_timex(pi, k)
                    && self.lexicon.cue_at(&[w]).is_none());
            if !modifier {
                break;
            }
            start = k;
        }
        if self.lower_word(pi, start) == "of" {
            return None;
        }
        // "About 9 percent", "nearly half": an approximation opens the phrase.
        if start > lo
            && APPROXIMATIONS.contains(&self.lower_word(pi, start - 1))
            && (self
                .word(pi, start)
                .starts_with(|c: char| c.is_ascii_digit())
                || QUANTIFIERS.contains(&self.lower_word(pi, start)))
        {
            start -= 1;
        }
        // "More than 60 percent", "fewer than half".
        if start > lo + 1
            && self.lower_word(pi, start - 1) == "than"
            && matches!(self.lower_word(pi, start - 2), "more" | "fewer" | "less")
        {
            start -= 2;
        }
        // A cue word is a noun only in a phrase with a determiner or modifier ("the report
        // said", "a news report said"), not on its own ("reports suggest" is a verb).
        if self.lexicon.cue_at(&[hw]).is_some() && start == head {
            return None;
        }
        // Without a determiner the phrase opens its clause.
        let opens = start == lo
            || determiner
            || matches!(
                self.word(pi, start - 1),
                "," | ";" | ":" | "(" | "—" | "–" | "―" | "-"
            )
            || self.in_timex(pi, start - 1)
            || CONJUNCTIONS.contains(&self.lower_word(pi, start - 1));
        if !opens {
            return None;
        }
        Some((self.group(pi, start, head + 1), source))
    }

    /// The subject of the whole sentence for a cue at token `k` that follows another verb
    /// ("He gestured and declared that …", "Trump escalated his attacks, saying …") or a
    /// long apposition ("Bob Friedman, a host at the oldest station in Alabama, said …").
    fn whole_sentence_subject(&self, pi: usize, k: usize, lo: usize) -> Option<Np> {
        // "had no choice but to accept" is an infinitive, not a second verb.
        if k > lo && self.lower_word(pi, k - 1) == "to" {
            return None;
        }
        let mut j = k;
        while j > lo && BETWEEN.contains(&self.lower_word(pi, j - 1)) {
            if matches!(self.lower_word(pi, j - 1), "not" | "n’t" | "n't") {
                return None;
            }
            j -= 1;
        }
        if j <= lo + 1 {
            return None;
        }
        let prev = self.lower_word(pi, j - 1);
        let participle = self.word(pi, k).ends_with("ing");
        let coordinated = matches!(prev, "and" | "but" | "yet") || (prev == "," && participle);
        if coordinated {
            // The subject of the sentence's first verb: "Presumptive nominee Donald Trump
            // describes himself as … and has said …".
            let verb = (lo + 1..j - 1).find(|&v| {
                self.quoted(pi, v).is_none()
                    && self.paragraph_tokens[pi][v].word
                    && !is_capitalised(self.word(pi, v))
                    && self.verb_like(pi, v)
            })?;
            return self
                .subject_of(pi, verb, lo, None)
                .or_else(|| {
                    let mut h = verb;
                    while h > lo && BETWEEN.contains(&self.lower_word(pi, h - 1)) {
                        h -= 1;
                    }
                    (h > lo)
                        .then(|| self.common_np(pi, h - 1, lo))
                        .flatten()
                        .filter(|(_, source)| *source)
                        .map(|(np, _)| np)
                })
                .filter(|np| np.end <= verb);
        }
        if prev != "," {
            return None;
        }
        // "Bob Friedman, a host at the oldest station in Alabama, said": the phrase opening
        // the sentence, before a long apposition.
        let np = self.np_after(pi, lo, None).or_else(|| {
            (lo..j.min(lo + 6))
                .filter_map(|end| self.common_np(pi, end, lo))
                .filter(|(np, source)| np.start == lo && *source)
                .map(|(np, _)| np)
                .next_back()
        })?;
        let fits = np.end < j - 1
            && self.word(pi, np.end) == ","
            && !(np.end + 1..j - 1).any(|x| self.quoted(pi, x).is_some());
        (fits
            && matches!(
                np.kind,
                NpKind::Entity(_)
                    | NpKind::Name(_)
                    | NpKind::Role { .. }
                    | NpKind::Group(_)
                    | NpKind::Pronoun(_)
            ))
        .then_some(np)
    }

    /// The subject of a cue in an infinitive after another verb: "he went on to endorse",
    /// "Fiorina has often sought to characterize", "declined at first to criticize".
    fn infinitive_subject(&self, pi: usize, k: usize, lo: usize) -> Option<Np> {
        if k < lo + 2 || self.lower_word(pi, k - 1) != "to" {
            return None;
        }
        // The verb before "to", over adverbs: "declined at first to", "has often sought to".
        let mut verb = k - 2;
        while verb > lo {
            let w = self.lower_word(pi, verb);
            let adverb = w.len() > 4 && w.ends_with("ly");
            if !(adverb || matches!(w, "first" | "at" | "then" | "also" | "again")) {
                break;
            }
            verb -= 1;
        }
        if self.lower_word(pi, verb) == "on"
            && verb > lo
            && matches!(self.lower_word(pi, verb - 1), "went" | "goes" | "go")
        {
            verb -= 1;
        }
        let w = self.lower_word(pi, verb);
        let control = (w.len() > 4 && w.ends_with("ed") && !finite(w))
            || matches!(
                w,
                "wants"
                    | "plans"
                    | "tries"
                    | "hopes"
                    | "seeks"
                    | "vows"
                    | "decides"
                    | "continues"
                    | "threatens"
                    | "promises"
                    | "went"
                    | "sought"
                    | "began"
                    | "refuses"
                    | "declines"
            );
        if verb <= lo || !control || self.quoted(pi, verb).is_some() {
            return None;
        }
        if matches!(
            self.lower_word(pi, verb - 1),
            "not" | "n’t" | "n't" | "never"
        ) {
            return None;
        }
        // "went on to endorse": the particle belongs to the verb.
        self.subject_of(pi, verb, lo, None)
            .or_else(|| self.whole_sentence_subject(pi, verb, lo))
            .filter(|np| np.end <= verb)
    }

    /// The source after "according to" when it names no one known: "a new poll", "early
    /// results of exit polls conducted for The Associated Press", "the state's business
    /// records". It runs to the next comma or the clause's end, at most two dozen words.
    fn phrase_after(&self, pi: usize, from: usize, stop: usize) -> Option<Np> {
        if from >= stop || !self.paragraph_tokens[pi][from].word {
            return None;
        }
        const LONGEST: usize = 24;
        let end = (from..stop)
            .take(LONGEST)
            .find(|&x| {
                matches!(self.word(pi, x), "," | ";" | "(" | "—" | "–" | "-" | ":")
                    || self.quoted(pi, x).is_some()
                    || matches!(self.lower_word(pi, x), "that" | "which" | "who")
            })
            .unwrap_or(stop.min(from + LONGEST));
        if end == from || end - from >= LONGEST && end < stop {
            return None;
        }
        Some(self.group(pi, from, end))
    }

    /// Whether paragraph `pi` is a headline with no quote in it (a headline with a quote is
    /// the quote's), where cue verbs are capitalised too.
    fn title_case(&self, pi: usize) -> bool {
        self.headline[pi]
            && !self.ctx.text[self.ctx.segmented.paragraphs[pi].clone()]
                .contains(['“', '”', '"', '‘', '«'])
    }

    /// A capitalised cue inside a title-case headline: "Bernie Sanders Promises Action".
    fn title_cue_at(&self, pi: usize, k: usize) -> Option<(&'a Cue, usize)> {
        let n = self.paragraph_tokens[pi].len();
        if k == 0 || k >= n || !self.paragraph_tokens[pi][k].word || self.quoted(pi, k).is_some() {
            return None;
        }
        let words: Vec<&str> = (k..(k + 4).min(n))
            .map(|i| self.lower_word(pi, i))
            .collect();
        // An inflected form: "Email Scandal" and "Post" are nouns, "Slams" is a verb.
        self.lexicon.cue_at(&words).filter(|(cue, _)| {
            cue.lemma != "according to"
                && words[0] != cue.lemma.split_whitespace().next().unwrap_or("")
        })
    }

    /// Whether a speaker phrase is a relative pronoun standing for its antecedent.
    fn is_relative(&self, np: &Np) -> bool {
        matches!(
            lower(&self.ctx.text[np.range.clone()]).as_str(),
            "who" | "which" | "that"
        )
    }

    /// Where a relative clause whose verb ends before token `from` ends: at its comma or
    /// before a second verb ("who backed Sanders and won the state").
    fn relative_end(&self, pi: usize, from: usize, stop: usize) -> usize {
        (from..stop)
            .find(|&x| {
                let w = self.word(pi, x);
                w == ","
                    || w == ";"
                    || (matches!(w, "and" | "but") && x + 1 < stop && self.verb_like(pi, x + 1))
            })
            .unwrap_or(stop)
    }

    /// "In a CBS News poll last month, she led Mr. Sanders 56 percent to 32 percent": a poll
    /// or a survey opening the sentence at token `start` is the source of the clause after its
    /// comma (and after a participle's aside: "In the poll, conducted in early September,
    /// …"), unless a cue in that clause reports it.
    fn poll_clause(&self, pi: usize, start: usize, stop: usize) -> Option<Reported> {
        if start + 3 >= stop || self.lower_word(pi, start) != "in" {
            return None;
        }
        let comma = (start + 2..(start + 16).min(stop)).find(|&x| self.word(pi, x) == ",")?;
        let head = (start + 1..comma).find(|&x| {
            matches!(
                self.lower_word(pi, x),
                "poll" | "polls" | "survey" | "surveys"
            )
        })?;
        let mut from = comma + 1;
        if from < stop && self.lower_word(pi, from).ends_with("ed") {
            from = (from..stop).find(|&x| self.word(pi, x) == ",")? + 1;
        }
        if stop < from + 3 || (from..stop).any(|x| self.cue_at(pi, x).is_some()) {
            return None;
        }
        Some(Reported {
            np: self.group(pi, start + 1, head + 1),
            cue: self.span(pi, start, start + 1),
            clause: vec![self.span(pi, from, stop)],
            object: false,
        })
    }

    /// Tokens `start..end` as a group named by its own words ("the national poll").
    pub(crate) fn group(&self, pi: usize, start: usize, end: usize) -> Np {
        let range = self.span(pi, start, end);
        Np {
            kind: NpKind::Group(descriptive(&self.ctx.text[range.clone()])),
            range,
            start,
            end,
            gender: None,
        }
    }

    /// The end of a sentence's last word: before its closing punctuation.
    pub(crate) fn words_end(&self, pi: usize, sentence: &Range<usize>) -> usize {
        let mut stop = sentence.end;
        while stop > sentence.start && !self.paragraph_tokens[pi][stop - 1].word {
            stop -= 1;
        }
        stop
    }

    /// Statements named by a noun after their source's possessive, between tokens `start` and
    /// `stop`: "North Korea's claims about the potency of its test", "President Obama's
    /// decision to restore relations", "his attacks on him", "Mr. Obama's bet is that …".
    /// The content runs to the next punctuation or, but after "that", to the next verb; a
    /// quote in it leaves it to the quote.
    pub(crate) fn noun_cue_clauses(&self, pi: usize, sentence: Range<usize>) -> Vec<Reported> {
        let start = sentence.start;
        let stop = self.words_end(pi, &sentence);
        let mut out = Vec::new();
        for x in start + 1..stop.saturating_sub(1) {
            // What follows first, the cheapest test: the cue's preposition or clause.
            if !matches!(
                self.lower_word(pi, x + 1),
                "to" | "of" | "about" | "on" | "for" | "against" | "that" | "is" | "was"
            ) {
                continue;
            }
            let noun = self.lower_word(pi, x);
            let that = THAT_NOUN_CUES.contains(&noun);
            if !(that || ACT_NOUN_CUES.contains(&noun)) || self.quoted(pi, x).is_some() {
                continue;
            }
            // One modifier may stand between: "Trump's latest attacks on".
            let mut p = x - 1;
            if p > start
                && self.paragraph_tokens[pi][p].word
                && !is_capitalised(self.word(pi, p))
                && word_class(self.lower_word(pi, p)) == "w"
            {
                p -= 1;
            }
            let np = match self.lower_word(pi, p) {
                // Not "It’s a good bet …".
                "’s" | "'s" if p > start => self
                    .np_before(pi, p - 1, start, None)
                    .or_else(|| self.common_np(pi, p - 1, start).map(|(np, _)| np))
                    .filter(|np| !matches!(np.kind, NpKind::Pronoun(_))),
                w @ ("his" | "her" | "their" | "its") => Some(Np {
                    kind: NpKind::Pronoun(
                        match w {
                            "his" => "he",
                            "her" => "she",
                            "their" => "they",
                            _ => "it",
                        }
                        .to_owned(),
                    ),
                    range: self.paragraph_tokens[pi][p].range.clone(),
                    start: p,
                    end: p + 1,
                    gender: None,
                }),
                _ => None,
            };
            let Some(np) = np else { continue };
            let next = self.lower_word(pi, x + 1);
            let (from, clause) = match next {
                "to" if x + 2 < stop && word_class(self.lower_word(pi, x + 2)) == "w" => {
                    (x + 1, false)
                }
                "of" | "about" | "on" | "for" | "against" => (x + 2, false),
                // "the claim that …", not "his plan that matches …".
                "that" if that => (x + 2, true),
                "is" | "was" if x + 2 < stop && self.lower_word(pi, x + 2) == "that" => {
                    (x + 3, true)
                }
                _ => continue,
            };
            let end = self.phrase_end(pi, from, stop, clause);
            if end <= from {
                continue;
            }
            out.push(Reported {
                np,
                cue: self.span(pi, x, x + 1),
                clause: vec![self.span(pi, from, end)],
                object: true,
            });
        }
        out
    }

    /// Where the content of a noun or an adjective's stance that starts at token `from` ends:
    /// at the next punctuation or, unless it is a `clause` after "that", at the next verb. A
    /// relative clause's verb is the phrase's own ("her support of the raid that killed bin
    /// Laden").
    fn phrase_end(&self, pi: usize, from: usize, stop: usize, clause: bool) -> usize {
        let mut relative = false;
        (from..stop)
            .find(|&e| {
                let finite = self.finite_like(pi, e);
                let verb = !clause && e > from && finite && !relative;
                relative = matches!(self.lower_word(pi, e), "that" | "which" | "who")
                    || (relative && finite);
                // "critical of Trump since they both …": a subordinate clause of its own.
                let subordinate = e > from
                    && !clause
                    && matches!(
                        self.lower_word(pi, e),
                        "since" | "because" | "although" | "though" | "while" | "when"
                    );
                matches!(self.word(pi, e), "," | ";" | ":" | "—" | "–" | "(") || verb || subordinate
            })
            .unwrap_or(stop)
    }

    /// Stances stated with "be", between the sentence's tokens: "Graham has been critical of
    /// Trump", "Many Democrats are afraid that …", "who is a staunch opponent of the death
    /// penalty", "Sanders is against it". The subject is the source and what follows the
    /// adjective's or noun's preposition the content.
    pub(crate) fn stance_clauses(&self, pi: usize, sentence: Range<usize>) -> Vec<Reported> {
        let start = sentence.start;
        let stop = self.words_end(pi, &sentence);
        let mut out = Vec::new();
        for be in start + 1..stop.saturating_sub(2) {
            if !matches!(
                self.lower_word(pi, be),
                "is" | "are" | "was" | "were" | "been" | "’s" | "'s" | "’re" | "'re"
            ) || self.quoted(pi, be).is_some()
            {
                continue;
            }
            // "critical of", "a staunch opponent of", "against": the stance and where its
            // content starts.
            let mut x = be + 1;
            while x < stop && self.adverb(pi, x) {
                x += 1;
            }
            let w = self.lower_word(pi, x);
            let (cue_end, from, clause) = if w == "against" {
                (x + 1, x + 1, false)
            } else if STANCE_ADJECTIVES.contains(&w) && x + 1 < stop {
                match self.lower_word(pi, x + 1) {
                    "of" | "about" | "toward" | "towards" | "with" | "to" => (x + 2, x + 2, false),
                    "that" => (x + 2, x + 2, true),
                    _ => continue,
                }
            } else if matches!(w, "a" | "an") {
                let noun = (x + 1..(x + 5).min(stop))
                    .take_while(|&y| self.paragraph_tokens[pi][y].word)
                    .find(|&y| STANCE_NOUNS.contains(&self.lower_word(pi, y)));
                match noun {
                    Some(n) if n + 1 < stop && self.lower_word(pi, n + 1) == "of" => {
                        (n + 2, n + 2, false)
                    }
                    _ => continue,
                }
            } else {
                continue;
            };
            // "has been", "is not": the auxiliaries before the verb belong to the cue.
            let mut first = be;
            while first > start
                && (AUXILIARIES.contains(&self.lower_word(pi, first - 1))
                    || self.adverb(pi, first - 1))
            {
                first -= 1;
            }
            if from >= stop || self.negation_before(pi, first, start).is_some() {
                continue;
            }
            let subject = if matches!(self.word(pi, be), "’s" | "'s" | "’re" | "'re") {
                self.np_before(pi, be - 1, start, None)
            } else {
                self.subject_of(pi, first, start, None)
                    .or_else(|| self.common_np(pi, first - 1, start).map(|(np, _)| np))
            };
            let Some(np) = subject.filter(|np| np.end == first) else {
                continue;
            };
            let end = self.phrase_end(pi, from, stop, clause);
            if end <= from || !self.plausible_group(&np) {
                continue;
            }
            out.push(Reported {
                np,
                cue: self.span(pi, first, cue_end),
                clause: vec![self.span(pi, from, end)],
                object: true,
            });
        }
        out
    }

    /// Passives with their agent after "by", between the sentence's tokens: "The registration
    /// issue was first reported by The Washington Post", "a record penalty imposed by the
    /// bureau". The agent is the source and the passive's subject, or the noun phrase the
    /// participle follows, the content.
    pub(crate) fn passive_clauses(&self, pi: usize, sentence: Range<usize>) -> Vec<Reported> {
        let start = sentence.start;
        let stop = self.words_end(pi, &sentence);
        let mut out = Vec::new();
        for k in start + 1..stop.saturating_sub(2) {
            if self.lower_word(pi, k + 1) != "by" {
                continue;
            }
            let w = self.lower_word(pi, k);
            let participle = (w.len() > 4 && w.ends_with("ed")) || IRREGULAR_PAST.contains(&w);
            if !participle
                || self.quoted(pi, k).is_some()
                || self.lexicon.cue_at(&[self.word(pi, k)]).is_none()
            {
                continue;
            }
            // Not a manner: "responded by using …".
            if self.lower_word(pi, k + 2).ends_with("ing") {
                continue;
            }
            // "by dozens of papers ranging from …": the agent ends before a participle.
            let agent_stop = (k + 3..stop)
                .find(|&x| {
                    let w = self.lower_word(pi, x);
                    w.len() > 4 && w.ends_with("ing")
                })
                .unwrap_or(stop);
            let Some(agent) = self
                .np_after(pi, k + 2, None)
                .or_else(|| self.phrase_after(pi, k + 2, agent_stop))
                .filter(|np| {
                    (np.start == k + 2
                        || (np.start == k + 3 && self.lower_word(pi, k + 2) == "the"))
                        && self.plausible_group(np)
                })
            else {
                continue;
            };
            // Back over adverbs and the auxiliaries of the passive.
            let mut j = k;
            while j > start && self.between_subject_and_cue(pi, j - 1, k) {
                j -= 1;
            }
            if j == start {
                continue;
            }
            let be = (j..k).any(|x| BE.contains(&self.lower_word(pi, x)));
            // The passive's subject with what modifies it ("The discussions about bolstering
            // defense cooperation are supported by …"), or the noun phrase the participle
            // modifies.
            let content = (be && j > start + 1)
                .then(|| self.modified_subject(pi, j - 1, start))
                .flatten()
                .map(|(np, _)| np.start..j)
                .or_else(|| {
                    self.np_before(pi, j - 1, start, None)
                        .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)) || be)
                        .map(|np| np.start..np.end)
                        .or_else(|| {
                            self.common_np(pi, j - 1, start)
                                .map(|(np, _)| np.start..np.end)
                        })
                });
            let Some(content) = content.filter(|c| {
                (c.start..c.end).all(|x| self.quoted(pi, x).is_none())
                    && !(c.start..c.end).any(|x| finite(self.lower_word(pi, x)))
            }) else {
                continue;
            };
            out.push(Reported {
                np: agent,
                cue: self.span(pi, k, k + 2),
                clause: vec![self.span(pi, content.start, content.end)],
                object: true,
            });
        }
        out
    }

    /// Whether a clause with its own subject starts at token `from`: a name, a pronoun or a
    /// short noun phrase, then a finite verb ("Trump consolidates", "the talks stalled").
    fn clause_follows(&self, pi: usize, from: usize, stop: usize) -> bool {
        (from + 1..(from + 4).min(stop)).any(|v| {
            let w = self.word(pi, v);
            // "as Trump consolidates the support": a word in -s between a name or a
            // pronoun and a determiner is a verb.
            let between = || {
                v + 1 < stop
                    && DETERMINERS.contains(&self.lower_word(pi, v + 1))
                    && (is_capitalised(self.word(pi, v - 1))
                        || matches!(self.lower_word(pi, v - 1), "he" | "she" | "it"))
            };
            let verb = self.finite_like(pi, v)
                || (w.ends_with('s')
                    && !w.ends_with("ss")
                    && !is_capitalised(w)
                    && (self.lexicon.verb_in_s(self.lower_word(pi, v)) || between()));
            verb && (from..v).all(|x| {
                self.paragraph_tokens[pi][x].word
                    && !self.finite_like(pi, x)
                    && !PREPOSITIONS.contains(&self.lower_word(pi, x))
            })
        })
    }

    /// "All the experts I interviewed said", "Everyone I spoke to said": the noun phrase
    /// before a relative clause without "that", which ends right before the cue at `k`.
    fn reduced_relative_subject(&self, pi: usize, k: usize, lo: usize) -> Option<Np> {
        let mut j = k;
        if j > lo && PREPOSITIONS.contains(&self.lower_word(pi, j - 1)) {
            j -= 1;
        }
        if j < lo + 3
            || !self.finite_like(pi, j - 1)
            || !matches!(
                self.lower_word(pi, j - 2),
                "i" | "we" | "you" | "they" | "he" | "she"
            )
        {
            return None;
        }
        let head = j - 3;
        self.np_before(pi, head, lo, None)
            .or_else(|| self.common_np(pi, head, lo).map(|(np, _)| np))
            .filter(|np| np.end == head + 1 && !matches!(np.kind, NpKind::Pronoun(_)))
    }

    /// The start of a negation and its auxiliaries right before token `k` ("doesn't", "did
    /// not", "would never"), not before token `lo`.
    fn negation_before(&self, pi: usize, k: usize, lo: usize) -> Option<usize> {
        let mut j = k;
        let mut negated = false;
        while j > lo {
            let w = self.lower_word(pi, j - 1);
            if negation(w) {
                negated = true;
            } else if !(AUXILIARIES.contains(&w) || self.adverb(pi, j - 1)) {
                break;
            }
            j -= 1;
        }
        negated.then_some(j)
    }

    /// "Citing an unfounded conspiracy theory, Trump refused …": a cue in -ing opening the
    /// sentence at token `start` reports, up to its comma, for the subject after the comma;
    /// not when a preposition follows it ("Speaking to reporters on Monday, …").
    fn participle_opening(&self, pi: usize, start: usize, stop: usize) -> Option<Reported> {
        let w = self.lower_word(pi, start);
        if !w.ends_with("ing")
            || self.quoted(pi, start).is_some()
            || self.lexicon.cue_at(&[w]).is_none_or(|(_, len)| len != 1)
        {
            return None;
        }
        if PREPOSITIONS.contains(&self.lower_word(pi, start + 1)) {
            return None;
        }
        let comma = (start + 2..stop)
            .take_while(|&x| self.quoted(pi, x).is_none() && self.word(pi, x) != ";")
            .find(|&x| self.word(pi, x) == ",")?;
        let np = self
            .np_after(pi, comma + 1, None)
            .filter(|np| np.start == comma + 1 || np.start == comma + 2)?;
        let mut verb = np.end;
        while verb < stop && self.adverb(pi, verb) {
            verb += 1;
        }
        (verb < stop && self.finite_like(pi, verb) && self.plausible_group(&np)).then(|| Reported {
            np,
            cue: self.span(pi, start, start + 1),
            clause: vec![self.span(pi, start + 1, comma)],
            object: true,
        })
    }

    /// Whether a subject starting at token `np` of a sentence starting at `sentence` opens an
    /// adverbial clause ("when Trump asked …, the Ukrainian told him …"). The subordinator
    /// may stand a few words before the subject ("Although in September she said …").
    pub(crate) fn subordinate(&self, pi: usize, sentence: usize, np: usize) -> bool {
        (sentence..np)
            .rev()
            .take_while(|&x| self.word(pi, x) != ",")
            .any(|x| SUBORDINATORS.contains(&self.lower_word(pi, x)))
    }

    /// Whether token `k` is a verb form that needs a subject: an auxiliary, a word in -ed, an
    /// irregular past or an inflected cue, not a bare infinitive ("…, and reiterate that").
    pub(crate) fn finite_like(&self, pi: usize, k: usize) -> bool {
        let w = self.word(pi, k);
        let lw = lower(w);
        finite(lw.as_str())
            || IRREGULAR_PAST.contains(&lw.as_str())
            || (lw.len() > 4 && lw.ends_with("ed") && !is_capitalised(w))
            || self
                .cue_at(pi, k)
                .is_some_and(|(cue, _)| cue.lemma.split_whitespace().next() != Some(lw.as_str()))
    }

    /// What the learned tagger reads of each token of paragraph `pi`.
    pub fn tagger_facts(&self, pi: usize) -> Vec<TokenFacts<'_>> {
        let g = self.ctx.gazetteer;
        let timexes = self.ctx.timexes;
        let sentences = &self.sentence_index[pi];
        self.paragraph_tokens[pi]
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let word = self.word(pi, i);
                let lower = self.lower_word(pi, i);
                let at = t.range.start;
                let timex = timexes.partition_point(|x| x.range.end <= at);
                TokenFacts {
                    lower,
                    word: t.word,
                    capitalised: is_capitalised(word),
                    cue: self.cue_at(pi, i).map(|(cue, _)| match cue.class {
                        CueClass::Speech => "speech",
                        CueClass::Writing => "writing",
                        CueClass::Report => "report",
                        CueClass::Thought => "thought",
                        CueClass::Other => "other",
                    }),
                    quoted: self.quoted(pi, i).is_some(),
                    entity: self.mention_at(at).map(|m| match g.get(m.entity).kind {
                        Kind::Person => "person",
                        Kind::Organisation => "organisation",
                        Kind::Place => "place",
                        Kind::Media => "media",
                    }),
                    timex: timexes
                        .get(timex)
                        .is_some_and(|x| x.range.start <= at && t.range.end <= x.range.end),
                    source_noun: self.lexicon.is_source_noun(word) || self.lexicon.ends_role(word),
                    sentence_start: i == 0 || sentences[i] != sentences[i - 1],
                    class: word_class(lower),
                    cluster: self.lexicon.cluster(lower),
                }
            })
            .collect()
    }

    /// Whether token `k` looks like a finite verb: an auxiliary, a cue, or a word in -ed.
    fn verb_like(&self, pi: usize, k: usize) -> bool {
        let w = self.word(pi, k);
        let lw = lower(w);
        finite(lw.as_str())
            || (lw.len() > 4 && lw.ends_with("ed") && !is_capitalised(w))
            || self.cue_at(pi, k).is_some()
    }

    /// Collects the people named outside quotes (for pronouns and surnames) and the
    /// introductions that bind role nouns to them.
    fn collect_people(&mut self) {
        let mut people = Vec::new();
        let mut bindings = Vec::new();
        self.sentence_base = Vec::with_capacity(self.paragraph_tokens.len());
        let mut base = 0;
        for pi in 0..self.paragraph_tokens.len() {
            self.sentence_base.push(base);
            base += self.sentences_of(pi).len().max(1);
        }
        for pi in 0..self.paragraph_tokens.len() {
            let n = self.paragraph_tokens[pi].len();
            let mut i = 0;
            while i < n {
                if self.quoted(pi, i).is_some() || !self.paragraph_tokens[pi][i].word {
                    i += 1;
                    continue;
                }
                // The longest name-like phrase starting at i.
                let mut best: Option<Np> = None;
                for end in i..(i + 6).min(n) {
                    // Only a mention, a capitalised word or an appositive's comma can end one.
                    let w = self.word(pi, end);
                    if !(is_capitalised(w)
                        || w == ","
                        || self
                            .mention_at(self.paragraph_tokens[pi][end].range.start)
                            .is_some())
                    {
                        continue;
                    }
                    if let Some(np) = self.np_before(pi, end, i, None) {
                        if np.start == i && matches!(np.kind, NpKind::Entity(_) | NpKind::Name(_)) {
                            best = Some(np);
                        }
                    }
                }
                let Some(np) = best else {
                    i += 1;
                    continue;
                };
                // "U.S. Defense Secretary Pete Hegseth": capitalised words before a titled name
                // are its modifiers, not a person of their own.
                let titled_next = (np.end..(np.end + 6).min(n)).any(|end| {
                    self.np_before(pi, end, np.end, None).is_some_and(|next| {
                        next.start == np.end
                            && TITLES.contains(&self.lower_word(pi, np.end))
                            && matches!(next.kind, NpKind::Entity(_) | NpKind::Name(_))
                    })
                });
                if titled_next {
                    i = np.end;
                    continue;
                }
                let (name, entity, mut gender) = match &np.kind {
                    NpKind::Entity(id) => {
                        let e = self.ctx.gazetteer.get(*id);
                        if e.kind != Kind::Person {
                            i = np.end;
                            continue;
                        }
                        (e.canonical.clone(), Some(*id), e.gender)
                    }
                    // "the Eastern District", "African Americans": an institution or a
                    // people (a demonym in the plural), not a person; "Randy Evans" is one.
                    NpKind::Name(s)
                        if s.rsplit(' ').next().is_some_and(|w| {
                            INSTITUTION_HEADS.contains(&w)
                                || w.strip_suffix('s').is_some_and(|one| {
                                    one.ends_with("an")
                                        && self.ctx.gazetteer.country_code(one).is_some()
                                })
                        }) =>
                    {
                        i = np.end;
                        continue;
                    }
                    NpKind::Name(s) => (s.clone(), None, None),
                    _ => {
                        i = np.end;
                        continue;
                    }
                };
                gender = gender.or(np.gender);
                let single = !name.contains(' ');
                let at = self.paragraph_tokens[pi][np.start].range.start;
                // Surnames and titled names link to the full name used earlier.
                let resolved = if entity.is_none() && (single || np.gender.is_some()) {
                    let last = name.split_whitespace().last().unwrap_or(&name).to_owned();
                    people
                        .iter()
                        .rev()
                        .find(|p: &&Person| p.name.split_whitespace().last() == Some(last.as_str()))
                        .map(|p| (p.name.clone(), p.entity, p.gender.or(gender)))
                        .or_else(|| {
                            self.ctx.gazetteer.lookup(&last).and_then(|id| {
                                let e = self.ctx.gazetteer.get(id);
                                (e.kind == Kind::Person)
                                    .then(|| (e.canonical.clone(), Some(id), e.gender.or(gender)))
                            })
                        })
                } else {
                    None
                };
                let (name, entity, mut gender) = resolved.unwrap_or((name, entity, gender));
                // A lone capitalised word nobody introduced is not a person (a place, a brand),
                // unless it speaks ("DuVernay said").
                let mut after = np.end;
                while after < n && BETWEEN.contains(&self.lower_word(pi, after)) {
                    after += 1;
                }
                let speaks = self.speech_cue(pi, after);
                if entity.is_none() && single && np.gender.is_none() && !speaks {
                    i = np.end;
                    continue;
                }
                // Introductions: a role phrase right before the name, or a role appositive.
                let speaker = Speaker {
                    name: name.clone(),
                    entity,
                    mention: np.range.clone(),
                };
                // The title words inside the phrase ("Ohio Senator Bernie Moreno") count too.
                let title_role = (np.start..np.end.saturating_sub(1))
                    .rev()
                    .filter_map(|k| self.np_before(pi, k, 0, None))
                    .find(|r| matches!(r.kind, NpKind::Role { .. }));
                let role = title_role
                    .or_else(|| {
                        np.start
                            .checked_sub(1)
                            .and_then(|k| self.np_before(pi, k, 0, None))
                    })
                    .or_else(|| {
                        (np.start > 1 && self.word(pi, np.start - 1) == ",")
                            .then(|| self.np_before(pi, np.start - 2, 0, None))
                            .flatten()
                    });
                // "Karoline Leavitt, the press secretary, said".
                let appositive = (np.end + 1 < n && self.word(pi, np.end) == ",")
                    .then(|| self.np_after(pi, np.end + 1, None))
                    .flatten()
                    .filter(|r| r.end < n && self.word(pi, r.end) == ",");
                for role in [role, appositive].into_iter().flatten() {
                    if let NpKind::Role { office, head, .. } = &role.kind {
                        bindings.push(Binding {
                            at,
                            office: office.clone(),
                            head: head.clone(),
                            person: speaker.clone(),
                        });
                        gender = gender.or(role.gender);
                    }
                }
                let sentence = self.sentence_base[pi] + self.sentence_of(pi, np.start);
                // "after Trump has reiterated …": a name before its verb is a subject.
                let subject = np.start == 0
                    || !PREPOSITIONS.contains(&self.lower_word(pi, np.start - 1))
                    || (np.end < n && self.finite_like(pi, np.end));
                people.push(Person {
                    at,
                    paragraph: pi,
                    name,
                    entity,
                    gender,
                    sentence,
                    subject,
                });
                i = np.end;
            }
        }
        self.people = people;
        self.bindings = bindings;
        self.add_role_mentions();
    }

    /// Role nouns that stand for a known person ("The Republican", "the Russian leader") are
    /// mentions of that person too, so that a later "he" can refer to them.
    fn add_role_mentions(&mut self) {
        let mut found = Vec::new();
        for pi in 0..self.paragraph_tokens.len() {
            let n = self.paragraph_tokens[pi].len();
            // A role phrase ends with a role noun or, for "the Ukrainian", a demonym.
            let could_end: Vec<bool> = (0..n)
                .map(|k| {
                    let w = self.word(pi, k);
                    self.paragraph_tokens[pi][k].word
                        && (self.lexicon.ends_role(w)
                            || self.ctx.gazetteer.country_code(w).is_some())
                })
                .collect();
            let mut i = 0;
            while i < n {
                if self.quoted(pi, i).is_some() || !self.paragraph_tokens[pi][i].word {
                    i += 1;
                    continue;
                }
                let role = (i..(i + 6).min(n))
                    .filter(|&end| could_end[end])
                    .filter_map(|end| self.np_before(pi, end, i, None))
                    .rfind(|np| {
                        np.start == i
                            && matches!(
                                np.kind,
                                NpKind::Role {
                                    scope: Scope::Person,
                                    ..
                                }
                            )
                    });
                let Some(np) = role else {
                    i += 1;
                    continue;
                };
                let person = self.resolve(&np, pi, None).and_then(|sp| {
                    let e = self.ctx.gazetteer.get(sp.entity?);
                    (e.kind == Kind::Person).then(|| Person {
                        at: np.range.start,
                        paragraph: pi,
                        name: sp.name.clone(),
                        entity: sp.entity,
                        gender: e.gender.or(np.gender),
                        sentence: self.sentence_base[pi] + self.sentence_of(pi, np.start),
                        subject: np.start == 0
                            || !PREPOSITIONS.contains(&self.lower_word(pi, np.start - 1)),
                    })
                });
                found.extend(person);
                i = np.end;
            }
        }
        self.people.extend(found);
        self.people.sort_by_key(|p| p.at);
    }

    /// Resolves a speaker phrase inside another speaker's quote: an unqualified role ("the
    /// president" in a quote by the US vice president) is read from the quoting speaker's
    /// country first.
    pub fn resolve_inside(&self, np: &Np, pi: usize, outer: Option<&Speaker>) -> Option<Speaker> {
        let outer_cc = outer
            .and_then(|sp| sp.entity)
            .and_then(|id| self.ctx.gazetteer.get(id).country.clone());
        if let (
            NpKind::Role {
                country: None,
                scope: Scope::Person,
                ..
            },
            Some(cc),
        ) = (&np.kind, outer_cc)
        {
            let mut local = np.clone();
            if let NpKind::Role { country, .. } = &mut local.kind {
                *country = Some(cc);
            }
            if let Some(sp) = self
                .resolve(&local, pi, None)
                .filter(|sp| sp.entity.is_some())
            {
                return Some(sp);
            }
        }
        self.resolve(np, pi, None)
    }

    /// "The Security Council … pledged sanctions against what it called …": "it" or "they"
    /// as the organisation or group opening the same sentence.
    fn subject_organisation(&self, pi: usize, at: usize, mention: Range<usize>) -> Option<Speaker> {
        let tok = self.token_at_or_after(pi, at);
        let start = self.sentence_start(pi, tok);
        let np = self.np_after(pi, start, None).filter(|np| np.end < tok)?;
        let organisation = match &np.kind {
            NpKind::Entity(id) => matches!(
                self.ctx.gazetteer.get(*id).kind,
                Kind::Organisation | Kind::Media
            ),
            NpKind::Group(_) => true,
            NpKind::Role { scope, .. } => matches!(scope, Scope::Org | Scope::Group),
            _ => false,
        };
        if !organisation {
            return None;
        }
        self.resolve(&np, pi, None)
            .map(|sp| Speaker { mention, ..sp })
    }

    /// The speaker a transcript turn's label names ("PENCE" for Mike Pence, named earlier;
    /// "JAKE TAPPER"), resolved as a name in title case. "Q" and "A" name no one: the speaker
    /// then has an empty name and the label for its mention.
    pub fn turn_speaker(&self, pi: usize, label: Range<usize>) -> Option<Speaker> {
        let words = &self.ctx.text[label.clone()];
        if matches!(words, "Q" | "A") {
            return Some(Speaker {
                name: String::new(),
                entity: None,
                mention: label,
            });
        }
        // "O’REILLY" is "O’Reilly": a capital after a space, an apostrophe or a hyphen.
        let mut name = String::with_capacity(words.len());
        let mut capital = true;
        for c in words.chars() {
            if capital {
                name.push(c);
            } else {
                name.extend(c.to_lowercase());
            }
            capital = matches!(c, ' ' | '’' | '\'' | '-');
        }
        let start = self.token_at_or_after(pi, label.start);
        let np = Np {
            kind: NpKind::Name(name),
            range: label.clone(),
            start,
            end: self.token_at_or_after(pi, label.end),
            gender: None,
        };
        self.resolve(&np, pi, None)
    }

    /// A pronoun that [`resolve`](Self::resolve) could not tie to anyone ("they wrote", "he
    /// said" with no one named before): a speaker with an empty name that keeps the mention,
    /// so the statement still says who in the text said it.
    pub fn unresolved(&self, np: &Np) -> Option<Speaker> {
        matches!(np.kind, NpKind::Pronoun(_)).then(|| Speaker {
            name: String::new(),
            entity: None,
            mention: np.range.clone(),
        })
    }

    /// Whether a speaker phrase named by its own words reads as a noun phrase: it names
    /// someone (not "the two leaders"), a lone word is no verb ("Keeps", "Don’t"), and a lone
    /// lower-case word must be a plural, a source noun, a role or a pronoun ("officials",
    /// "someone", "who"), not "perhaps", "please" or "About". Other phrases always do.
    pub(crate) fn plausible_group(&self, np: &Np) -> bool {
        let phrase = &self.ctx.text[np.range.clone()];
        // "the two leaders", "both", "both of them": people named before, whom the phrase
        // does not name (but "two officials" and "both candidates" are sources of their own).
        let mut words = phrase.split_whitespace();
        let anaphor = match (words.next(), words.next()) {
            (Some(first), second)
                if first.eq_ignore_ascii_case("both")
                    && second.is_none_or(|w| w.eq_ignore_ascii_case("of")) =>
            {
                true
            }
            (Some(the), Some(n)) => {
                the.eq_ignore_ascii_case("the")
                    && ["two", "three", "four"]
                        .iter()
                        .any(|x| n.eq_ignore_ascii_case(x))
            }
            _ => false,
        };
        if matches!(np.kind, NpKind::Group(_)) && anaphor {
            return false;
        }
        // "42% say": a share.
        if phrase.contains(char::is_whitespace)
            || (phrase.ends_with('%') && phrase.starts_with(|c: char| c.is_ascii_digit()))
        {
            return true;
        }
        let lw = lower(phrase);
        let class = word_class(&lw);
        // "Keeps saying …", "Don’t blame …": a verb opening a sentence is no name.
        let verb = class == "fin"
            || lw.ends_with("n’t")
            || lw.ends_with("n't")
            || (class == "s" && self.lexicon.verb_in_s(&lw));
        // Only at a sentence's start, where a capital says nothing ("Manning said").
        let opening = self.ctx.text[..np.range.start]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | ';' | '”' | '"'));
        match np.kind {
            NpKind::Name(_) => return !(verb && opening),
            NpKind::Group(_) => {}
            _ => return true,
        }
        !verb
            && !matches!(class, "prep" | "ly" | "ing" | "ed" | "conj")
            && !ADVERBS_IN_S.contains(&lw.as_str())
            && (is_capitalised(phrase)
                || matches!(class, "s" | "pron" | "det")
                || matches!(lw.as_str(), "who" | "which" | "that")
                || lw.ends_with("one")
                || lw.ends_with("body")
                || self.lexicon.is_source_noun(phrase)
                || self.lexicon.ends_role(phrase))
    }

    /// The canonical speaker a phrase refers to: names to the article's earlier full names or
    /// the gazetteer, pronouns to the nearest fitting subject or the current speaker, role
    /// nouns to the article's introductions or the gazetteer's office holders on the
    /// publication date. `None` when nothing fits (an unresolved pronoun); a role or group
    /// that refers to no one known is named by its own words ("Russian news agencies").
    pub fn resolve(&self, np: &Np, pi: usize, current: Option<&Speaker>) -> Option<Speaker> {
        let g = self.ctx.gazetteer;
        let mention = np.range.clone();
        let at = mention.start;
        match &np.kind {
            NpKind::Entity(id) => {
                let e = g.get(*id);
                Some(Speaker {
                    name: e.canonical.clone(),
                    entity: Some(*id),
                    mention,
                })
            }
            NpKind::Name(s) => {
                let last = s.split_whitespace().last().unwrap_or(s);
                let known = self
                    .people
                    .iter()
                    .filter(|p| p.at <= at || p.paragraph == pi)
                    .rev()
                    .find(|p| p.name == *s || p.name.split_whitespace().last() == Some(last));
                match known {
                    Some(p) => Some(Speaker {
                        name: p.name.clone(),
                        entity: p.entity,
                        mention,
                    }),
                    None if s.contains(' ') => Some(Speaker {
                        name: s.clone(),
                        entity: None,
                        mention,
                    }),
                    None => g
                        .lookup(s)
                        .map(|id| Speaker {
                            name: g.get(id).canonical.clone(),
                            entity: Some(id),
                            mention: mention.clone(),
                        })
                        .or(Some(Speaker {
                            name: s.clone(),
                            entity: None,
                            mention,
                        })),
                }
            }
            NpKind::Pronoun(p) => {
                let want = match p.as_str() {
                    "he" => Some(Gender::Male),
                    "she" => Some(Gender::Female),
                    "it" | "they" => return self.subject_organisation(pi, at, mention),
                    _ => None,
                };
                want?;
                let fits = |gender: Option<Gender>| gender.is_none() || gender == want;
                let sentence =
                    self.sentence_base[pi] + self.sentence_of(pi, self.token_at_or_after(pi, at));
                // The subject of the same sentence, then of the sentences just before, then the
                // current speaker, then the most recent person who fits.
                for back in 0..=2 {
                    let Some(target) = sentence.checked_sub(back) else {
                        break;
                    };
                    // "She has faced controversies … investigating his wife, Hillary Clinton.
                    // She has called …": the same pronoun opening a sentence before is the
                    // same person.
                    if back > 0
                        && let Some((tp, tk)) = self.first_token_of(target)
                        && self.lower_word(tp, tk) == p.as_str()
                    {
                        let earlier = Np {
                            kind: np.kind.clone(),
                            range: self.paragraph_tokens[tp][tk].range.clone(),
                            start: tk,
                            end: tk + 1,
                            gender: np.gender,
                        };
                        if let Some(sp) = self.resolve(&earlier, tp, current) {
                            return Some(Speaker { mention, ..sp });
                        }
                    }
                    let subject = self
                        .people
                        .iter()
                        .find(|p| p.sentence == target && p.subject && p.at < at && fits(p.gender));
                    if let Some(p) = subject {
                        return Some(Speaker {
                            name: p.name.clone(),
                            entity: p.entity,
                            mention,
                        });
                    }
                }
                // Only a person: "she" is never the Kremlin.
                let person = |c: &Speaker| match c.entity {
                    Some(id) => g.get(id).kind == Kind::Person,
                    None => self.people.iter().any(|p| p.name == c.name),
                };
                if let Some(c) = current.filter(|c| person(c)) {
                    let gender = c.entity.and_then(|id| g.get(id).gender).or_else(|| {
                        self.people
                            .iter()
                            .rev()
                            .find(|p| p.name == c.name)
                            .and_then(|p| p.gender)
                    });
                    if fits(gender) {
                        return Some(Speaker {
                            name: c.name.clone(),
                            entity: c.entity,
                            mention,
                        });
                    }
                }
                self.people
                    .iter()
                    .rev()
                    .filter(|p| p.at < at && p.paragraph + 3 >= pi && fits(p.gender))
                    .map(|p| Speaker {
                        name: p.name.clone(),
                        entity: p.entity,
                        mention: mention.clone(),
                    })
                    .next()
            }
            NpKind::Group(words) => {
                // "Mr rump": a title before a lower-case word is a misspelt surname of someone
                // in the article, or no one.
                let mut parts = words.split_whitespace();
                let (Some(title), Some(word), None) = (parts.next(), parts.next(), parts.next())
                else {
                    return Some(Speaker {
                        name: words.clone(),
                        entity: None,
                        mention,
                    });
                };
                if !TITLES.contains(&lower(title).as_str()) || is_capitalised(word) {
                    return Some(Speaker {
                        name: words.clone(),
                        entity: None,
                        mention,
                    });
                }
                self.people
                    .iter()
                    .rev()
                    .filter(|p| p.at < at)
                    .find(|p| {
                        p.name
                            .split_whitespace()
                            .last()
                            .is_some_and(|surname| one_edit(&lower(surname), word))
                    })
                    .map(|p| Speaker {
                        name: p.name.clone(),
                        entity: p.entity,
                        mention,
                    })
            }
            NpKind::Role {
                office,
                scope,
                country,
                org,
                head,
            } => {
                // "the Republican", "the Ukrainian": the latest person of that party or country.
                let member = |e: &Entity| {
                    if let Some(party) = office.strip_prefix("party:") {
                        e.party.as_deref().is_some_and(|x| x.starts_with(party))
                    } else if let Some(cc) = office.strip_prefix("country:") {
                        e.kind == Kind::Person && e.country.as_deref() == Some(cc)
                    } else {
                        false
                    }
                };
                if office.starts_with("party:") || office.starts_with("country:") {
                    let found = self
                        .people
                        .iter()
                        .rev()
                        .filter(|p| p.at < at)
                        .find(|p| p.entity.is_some_and(|id| member(g.get(id))));
                    return Some(match found {
                        Some(p) => Speaker {
                            name: p.name.clone(),
                            entity: p.entity,
                            mention,
                        },
                        None => Speaker {
                            name: descriptive(&self.ctx.text[mention.clone()]),
                            entity: None,
                            mention,
                        },
                    });
                }
                if *scope == Scope::Org {
                    let name = org
                        .clone()
                        .unwrap_or_else(|| descriptive(&self.ctx.text[mention.clone()]));
                    let id = g.lookup(&name);
                    return Some(Speaker {
                        name,
                        entity: id,
                        mention,
                    });
                }
                // The article's own introductions first. When several people were introduced
                // with the role ("US President Donald Trump", "Russian President Vladimir
                // Putin"), the one the article mentions most; the latest on a tie.
                let fits_country = |b: &&Binding| {
                    country.as_ref().is_none_or(|cc| {
                        b.person
                            .entity
                            .is_none_or(|id| g.get(id).country.as_deref().is_none_or(|c| c == cc))
                    })
                };
                let candidates: Vec<&Binding> = self
                    .bindings
                    .iter()
                    .filter(|b| b.at < at || b.person.mention.start < at)
                    .filter(|b| (!office.is_empty() && b.office == *office) || b.head == *head)
                    .filter(fits_country)
                    .collect();
                let salience = |name: &str| self.people.iter().filter(|p| p.name == name).count();
                let bound = candidates
                    .iter()
                    .enumerate()
                    .max_by_key(|(i, b)| (salience(&b.person.name), *i))
                    .map(|(_, b)| *b);
                if let Some(b) = bound {
                    return Some(Speaker {
                        name: b.person.name.clone(),
                        entity: b.person.entity,
                        mention,
                    });
                }
                if !office.is_empty() {
                    let jurisdiction = country.as_deref().or(org.as_deref());
                    let holders = g.holders(office, jurisdiction, self.ctx.published);
                    // Prefer holders the article mentions, most mentioned first.
                    let mentioned =
                        |id: EntityId| self.ctx.mentions.iter().filter(|m| m.entity == id).count();
                    let best = holders
                        .iter()
                        .copied()
                        .filter(|&id| mentioned(id) > 0)
                        .max_by_key(|&id| (mentioned(id), std::cmp::Reverse(id)));
                    let pick = best.or_else(|| {
                        (jurisdiction.is_some() && holders.len() == 1).then(|| holders[0])
                    });
                    if let Some(id) = pick {
                        return Some(Speaker {
                            name: g.get(id).canonical.clone(),
                            entity: Some(id),
                            mention,
                        });
                    }
                }
                Some(Speaker {
                    name: descriptive(&self.ctx.text[mention.clone()]),
                    entity: None,
                    mention,
                })
            }
        }
    }
}

/// A capitalised adjective of region or bloc that qualifies a group: "European leaders",
/// "Western officials", "Nordic diplomats". Countries' own demonyms are gazetteer data.
/// Whether `a` and `b` differ by at most one inserted, deleted or replaced character, and
/// are long enough for that to be a typo rather than another word.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 3 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.len().max(b.len()) - prefix - suffix <= 1 && a != b
}

/// Whether a word counts more than one: a number ("27", "twenty-seven", "dozens") or a
/// plural quantifier ("many", "several").
fn plural_count(word: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
    ];
    let number = word.starts_with(|c: char| c.is_ascii_digit())
        || word
            .split('-')
            .all(|part| NUMBERS.contains(&part.strip_suffix('s').unwrap_or(part)));
    number
        || matches!(
            word,
            "many" | "several" | "few" | "both" | "most" | "other" | "more"
        )
}

fn regional(word: &str) -> bool {
    is_capitalised(word)
        && !capital_stopword(word)
        && ["an", "ern", "ic"].iter().any(|s| word.ends_with(s))
}

/// A speaker phrase as a name when it refers to no one known: "Russian news agencies" from
/// "according to Russian news agencies", without a leading article.
/// A rough part of speech from the word lists and endings, for the tagger.
pub(crate) fn word_class(w: &str) -> &'static str {
    if PRONOUNS.contains(&w) || OBJECTS.contains(&w) {
        "pron"
    } else if DETERMINERS.contains(&w) || QUANTIFIERS.contains(&w) {
        "det"
    } else if finite(w) {
        "fin"
    } else if SUBORDINATORS.contains(&w) {
        "sub"
    } else if CONJUNCTIONS.contains(&w) {
        "conj"
    } else if PREPOSITIONS.contains(&w) {
        "prep"
    } else if IRREGULAR_PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed")) {
        "ed"
    } else if w.len() > 4 && w.ends_with("ing") {
        "ing"
    } else if w.len() > 4 && w.ends_with("ly") {
        "ly"
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        "s"
    } else {
        "w"
    }
}

pub(crate) fn descriptive(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let skip = words
        .iter()
        .take_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
        .count();
    words[skip..].join(" ")
}

/// Adverbs that `word_class` takes for plurals.
const ADVERBS_IN_S: &[&str] = &[
    "perhaps",
    "always",
    "sometimes",
    "thus",
    "besides",
    "nevertheless",
    "nonetheless",
    "afterwards",
    "regardless",
    "unless",
    "whereas",
    "towards",
    "across",
    "yes",
    "plus",
    "less",
];

/// Words that head no speaker phrase of their own.
const NOT_SOURCE_HEADS: &[&str] = &[
    "it",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "why",
    "how",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "then",
    "now",
    "also",
    "still",
    "yet",
    "just",
    "even",
    "only",
    "too",
    "very",
    "more",
    "less",
    "much",
    "not",
    "no",
    "yes",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
    "us",
    "me",
    "his",
    "its",
    "their",
    "our",
    "my",
    "your",
    "the",
    "a",
    "an",
    "if",
    "because",
    "while",
    "although",
    "though",
    "as",
    "since",
    "than",
    "whether",
    "however",
    "instead",
    "meanwhile",
    "again",
    "already",
    "ago",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "once",
    "ever",
    "never",
    "often",
    "always",
    "soon",
    "well",
    "being",
    "having",
    "himself",
    "herself",
    "themselves",
    "itself",
    "everyone",
    "everybody",
    "anyone",
    "nobody",
    "someone",
    "something",
    "anything",
    "nothing",
    "everything",
    "time",
    "way",
    "year",
    "years",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
];
/// Capitalised heads of a body's name before "of" and a place ("University of Michigan").
const ORGANISATION_HEADS: &[&str] = &[
    "University",
    "Bank",
    "Department",
    "Ministry",
    "Council",
    "Institute",
    "College",
    "Center",
    "Centre",
    "Office",
    "Board",
    "Commission",
    "Committee",
    "Association",
    "Federation",
    "Society",
    "Foundation",
    "Government",
    "Chamber",
    "Academy",
    "Bureau",
    "Agency",
    "Court",
    "Museum",
    "School",
];
/// Words that make a number an approximation ("about 9 percent", "nearly half").
const APPROXIMATIONS: &[&str] = &[
    "about", "nearly", "almost", "roughly", "only", "just", "over", "some",
];
/// Numbers spelt out, as in a share ("six in 10").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
/// Quantifiers that open a noun phrase or stand for one: "many said", "some of the voters".
const QUANTIFIERS: &[&str] = &[
    "many", "some", "most", "several", "few", "both", "all", "others", "none", "one", "two",
    "three", "four", "five", "half", "each", "majority", "other", "more",
];
/// Words after which a clause, and so a subject, can begin.
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "or", "because", "while", "as", "if", "that", "when", "since", "although",
    "though", "after", "before", "where", "so", "whether", "until", "once", "while", "yet", "even",
    "though", "unless",
];
/// Irregular past participles that open a phrase after a noun: "polls taken over the past
/// two weeks".
const PARTICIPLES: &[&str] = &[
    "taken", "given", "written", "seen", "shown", "known", "made", "held", "built", "sent", "paid",
    "chosen", "done", "drawn", "run",
];
/// Irregular past tenses, which mark a finite clause: "said the location never shut its doors".
const IRREGULAR_PAST: &[&str] = &[
    "shut",
    "put",
    "set",
    "cut",
    "hit",
    "let",
    "said",
    "told",
    "thought",
    "found",
    "knew",
    "saw",
    "became",
    "brought",
    "bought",
    "caught",
    "held",
    "lost",
    "paid",
    "ran",
    "sold",
    "spent",
    "stood",
    "wrote",
    "grew",
    "drew",
    "fell",
    "felt",
    "led",
    "rose",
    "fought",
    "built",
    "broke",
    "chose",
    "drove",
    "forgot",
    "meant",
    "sought",
    "taught",
    "threw",
    "understood",
    "spoke",
    "struck",
    "won",
    "beat",
    "hurt",
    "cost",
    "quit",
    "spread",
];
/// Labels before a colon that name no source: "Update: …", "Editor’s note: …".
const LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor’s note",
    "editor's note",
    "related",
    "watch",
    "read",
    "read more",
    "photos",
    "photo",
    "video",
    "correction",
    "full text",
    "exclusive",
    "breaking",
    "live",
    "see also",
    "more",
    "opinion",
    "analysis",
    "source",
    "sources",
    "daily",
    "podcast",
    "transcript",
    "timeline",
    "what",
    "why",
    "how",
    "who",
    "when",
    "where",
    "here",
    "look",
    "revealed",
    "latest",
    "listen",
    "see",
    "warning",
    "bottom line",
    "lesson",
    "question",
    "contributing",
    "paid notice",
    "wow",
    "bombshell",
    "boom",
];
