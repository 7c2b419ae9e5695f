//! Cue verbs, role nouns, source nouns and word classes, compiled into the binary from
//! `data/cues.csv`, `data/roles.csv`, `data/source_nouns.txt` and `data/clusters.tsv`.

use std::collections::{HashMap, HashSet};

use fnv::FnvHashMap;

/// What kind of cue a verb is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// say, tell, add, claim, warn, ...
    Speech,
    /// write, post, tweet.
    Writing,
    /// report, reveal, confirm, according to.
    Report,
    /// believe, think, hope: weak as attribution.
    Thought,
    /// Any other class in the lexicon (question, reply, accusation, description, ...).
    Other,
}

/// One cue form.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Base form.
    pub lemma: String,
    /// Class.
    pub class: CueClass,
    /// Takes a direct quote.
    pub quote: bool,
    /// Takes a that-clause (indirect speech).
    pub that: bool,
    /// Takes "X as 'Y'" (described the call as "frank").
    pub as_: bool,
    /// Takes an object before its clause (told reporters that) or a listener (said to).
    pub obj: bool,
    /// Takes a noun phrase as its content (criticised the plan, urged supporters to vote).
    pub content_obj: bool,
}

/// A role noun phrase.
#[derive(Debug, Clone)]
pub struct RoleNoun {
    /// Normalised office ("president"), `party:Republican`, or empty for a generic role.
    pub office: String,
    /// `person`, `org` or `group`.
    pub scope: Scope,
}

/// What a role noun refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One person.
    Person,
    /// An organisation speaking (the campaign, the administration).
    Org,
    /// A plural or generic group (officials, sources).
    Group,
}

/// The cue and role lexicons.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Single-word cue forms, lower case.
    cues: HashMap<String, Cue>,
    /// Multi-word cue forms by first word, longest first: (remaining words, cue).
    multi: HashMap<String, Vec<(Vec<String>, Cue)>>,
    /// Role phrases, lower case, by last word: (all words, role).
    roles: HashMap<String, Vec<(Vec<String>, RoleNoun)>>,
    /// Words in the longest role phrase.
    longest_role: usize,
    /// Common nouns heading a source ("company", "critics"), singular and plural.
    source_nouns: HashSet<String>,
    /// Word classes learned from unannotated news (`cargo xtask clusters`), lower case. Read
    /// for every token, so hashed with FNV.
    clusters: FnvHashMap<String, u16>,
    /// The word classes of "says" and "wants": present-tense verbs, not plural nouns.
    present_verbs: [Option<u16>; 2],
    /// The word classes of "make" and "want": verbs in their bare form.
    base_verbs: [Option<u16>; 2],
}

const CUES: &str = include_str!("../data/cues.csv");
const ROLES: &str = include_str!("../data/roles.csv");
const SOURCE_NOUNS: &str = include_str!("../data/source_nouns.txt");
const CLUSTERS: &str = include_str!("../data/clusters.tsv");

/// The plural of a regular English noun: "critic" → "critics", "ally" → "allies",
/// "witness" → "witnesses", "businessman" → "businessmen".
fn plural(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("man") {
        return format!("{stem}men");
    }
    if let Some(stem) = noun.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if noun.ends_with(['s', 'x']) || noun.ends_with("sh") || noun.ends_with("ch") {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

impl Lexicon {
    /// The embedded lexicons.
    pub fn embedded() -> Lexicon {
        let mut lexicon = Lexicon {
            cues: HashMap::new(),
            multi: HashMap::new(),
            roles: HashMap::new(),
            longest_role: 0,
            source_nouns: HashSet::new(),
            clusters: CLUSTERS
                .lines()
                .filter_map(|line| {
                    let (word, class) = line.split_once('\t')?;
                    Some((word.to_owned(), class.trim().parse().ok()?))
                })
                .collect(),
            present_verbs: [None; 2],
            base_verbs: [None; 2],
        };
        lexicon.present_verbs = ["says", "wants"].map(|w| lexicon.cluster(w));
        lexicon.base_verbs = ["make", "want"].map(|w| lexicon.cluster(w));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(CUES.as_bytes());
        for row in reader.records().flatten() {
            let (Some(lemma), Some(forms), Some(class), Some(frame)) =
                (row.get(0), row.get(1), row.get(2), row.get(3))
            else {
                continue;
            };
            let frames: Vec<&str> = frame.split('|').map(str::trim).collect();
            let cue = Cue {
                lemma: lemma.trim().to_owned(),
                class: match class.trim() {
                    "speech" => CueClass::Speech,
                    "writing" => CueClass::Writing,
                    "report" => CueClass::Report,
                    "thought" => CueClass::Thought,
                    _ => CueClass::Other,
                },
                quote: frames.contains(&"quote") || frames.contains(&"inverted"),
                that: frames.contains(&"that"),
                as_: frames.contains(&"as"),
                obj: frames.contains(&"obj") || frames.contains(&"to"),
                content_obj: frames.contains(&"obj"),
            };
            for form in forms.split('|') {
                let words: Vec<String> = form.split_whitespace().map(str::to_lowercase).collect();
                match words.as_slice() {
                    [] => {}
                    [one] => {
                        lexicon
                            .cues
                            .entry(one.clone())
                            .or_insert_with(|| cue.clone());
                    }
                    [first, rest @ ..] => {
                        lexicon
                            .multi
                            .entry(first.clone())
                            .or_default()
                            .push((rest.to_vec(), cue.clone()));
                    }
                }
            }
        }
        for list in lexicon.multi.values_mut() {
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(ROLES.as_bytes());
        for row in reader.records().flatten() {
            let (Some(phrase), Some(office), Some(scope)) = (row.get(0), row.get(1), row.get(2))
            else {
                continue;
            };
            let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
            let Some(last) = words.last().cloned() else {
                continue;
            };
            lexicon.longest_role = lexicon.longest_role.max(words.len());
            let scope = match scope.trim() {
                "org" => Scope::Org,
                "group" => Scope::Group,
                _ => Scope::Person,
            };
            lexicon.roles.entry(last).or_default().push((
                words,
                RoleNoun {
                    office: office.trim().to_owned(),
                    scope,
                },
            ));
        }
        for list in lexicon.roles.values_mut() {
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        for line in SOURCE_NOUNS.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let noun = line.to_lowercase();
            lexicon.source_nouns.insert(plural(&noun));
            lexicon.source_nouns.insert(noun);
        }
        lexicon
    }

    /// The cue starting at `words[0]`, with how many words it takes.
    pub fn cue_at(&self, words: &[&str]) -> Option<(&Cue, usize)> {
        let first = words.first()?.to_lowercase();
        if let Some(list) = self.multi.get(&first) {
            for (rest, cue) in list {
                if rest.len() < words.len()
                    && rest
                        .iter()
                        .zip(&words[1..])
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
                {
                    return Some((cue, rest.len() + 1));
                }
            }
        }
        self.cues.get(&first).map(|c| (c, 1))
    }

    /// The role phrase ending at the last of `words`, with how many words it takes.
    pub fn role_ending(&self, words: &[&str]) -> Option<(&RoleNoun, usize)> {
        let last = words.last()?.to_lowercase();
        let list = self.roles.get(&last)?;
        for (phrase, role) in list {
            if phrase.len() <= words.len()
                && phrase
                    .iter()
                    .zip(&words[words.len() - phrase.len()..])
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
            {
                return Some((role, phrase.len()));
            }
        }
        None
    }

    /// Whether some role phrase ends with `word` (any case).
    pub fn ends_role(&self, word: &str) -> bool {
        self.roles.contains_key(&word.to_lowercase())
    }

    /// Whether `word` (any case) is a common noun that can head a source phrase, singular or
    /// plural: "the company said", "critics argue".
    pub fn is_source_noun(&self, word: &str) -> bool {
        self.source_nouns.contains(&word.to_lowercase())
    }

    /// The word class of a lower-case word, when it is frequent enough to have one.
    pub fn cluster(&self, lower: &str) -> Option<u16> {
        self.clusters.get(lower).copied()
    }

    /// Whether a lower-case word in -s is a verb: the word classes put it with "says" or
    /// "wants" ("means", "remains", "believes"), not with plural nouns ("critics").
    pub fn verb_in_s(&self, lower: &str) -> bool {
        lower.len() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && self
                .cluster(lower)
                .is_some_and(|k| self.present_verbs.contains(&Some(k)))
    }

    /// Whether a lower-case word is a verb in its bare form: the word classes put it with
    /// "make" or "want" ("read", "agree"), not with nouns ("sign", "plan").
    pub fn base_verb(&self, lower: &str) -> bool {
        self.cluster(lower)
            .is_some_and(|k| self.base_verbs.contains(&Some(k)))
    }

    /// Words in the longest role phrase: [`Lexicon::role_ending`] looks no further back.
    pub fn longest_role(&self) -> usize {
        self.longest_role
    }

    /// Number of single- and multi-word cue forms, for tests and reports.
    pub fn cue_forms(&self) -> usize {
        self.cues.len() + self.multi.values().map(Vec::len).sum::<usize>()
    }
}
