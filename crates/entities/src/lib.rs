//! Entity matching: a gazetteer of people, organisations, places and media, compiled into one
//! Aho-Corasick automaton (leftmost-longest, whole words only).
//!
//! CONTRACT (to be implemented): the signatures below are fixed; bodies are filled in.

use std::ops::Range;

pub use jiff::civil::Date;

/// Index of an entity in its [`Gazetteer`].
pub type EntityId = u32;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A person.
    Person,
    /// A government, institution, company, party or other body ("the Kremlin", "NATO").
    Organisation,
    /// A country, region, city or other place.
    Place,
    /// A news outlet or platform ("Reuters", "The Economist", "Truth Social").
    Media,
}

/// A person's grammatical gender, for resolving "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
}

/// An office held for a period: "president" of "US" from 2025-01-20.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// Normalised office, lower case: "president", "vice president", "prime minister",
    /// "foreign minister", "spokesperson", "press secretary", "senator", ...
    pub office: String,
    /// ISO 3166-1 alpha-2 country code ("US") or the canonical name of an organisation
    /// ("Kremlin", "NATO") whose office it is.
    pub jurisdiction: Option<String>,
    /// First day in office, when known.
    pub start: Option<Date>,
    /// Last day in office; `None` means still in office or unknown.
    pub end: Option<Date>,
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The canonical name used in reports ("Volodymyr Zelensky", "Kyiv").
    pub canonical: String,
    /// What it is.
    pub kind: Kind,
    /// Other spellings, including the initials variants generated for "J.D. Vance".
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the entity's country (for places, the country they are in).
    pub country: Option<String>,
    /// For people, when known.
    pub gender: Option<Gender>,
    /// For people, the party when known ("Republican").
    pub party: Option<String>,
    /// Offices held, with dates.
    pub roles: Vec<Role>,
    /// For countries: adjectives that stand for them ("Russian", "Kremlin"?, "U.S.", "American").
    pub demonyms: Vec<String>,
}

/// A problem reading a gazetteer.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// A malformed row; `line` is 1-based.
    #[error("{source_name}:{line}: {message}")]
    Row {
        /// File name or other label of the input.
        source_name: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong, in lower case.
        message: String,
    },
    /// The input could not be read.
    #[error("{source_name}: {error}")]
    Io {
        /// File name or other label of the input.
        source_name: String,
        /// The underlying error.
        error: std::io::Error,
    },
}

/// A collection of entities.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    // implementation-defined
}

impl Gazetteer {
    /// The embedded default gazetteer: people, organisations, places and media of
    /// international news.
    pub fn embedded() -> Gazetteer {
        unimplemented!()
    }
    /// Reads a gazetteer CSV with the columns `canonical,kind,aliases,extra`
    /// (aliases `|`-separated, extra `k=v;k=v`), the format of `../shared/gazetteers`.
    pub fn from_csv<R: std::io::Read>(reader: R, source_name: &str) -> Result<Gazetteer, GazetteerError> {
        let _ = (reader, source_name);
        unimplemented!()
    }
    /// Adds the entities of `other`; an entity with the same canonical name and kind merges.
    pub fn merge(&mut self, other: Gazetteer) {
        let _ = other;
        unimplemented!()
    }
    /// All entities; an [`EntityId`] indexes this slice.
    pub fn entities(&self) -> &[Entity] {
        unimplemented!()
    }
    /// The entity with this id.
    pub fn get(&self, id: EntityId) -> &Entity {
        let _ = id;
        unimplemented!()
    }
    /// The entity one of whose names is exactly `name` (case-sensitive), if any.
    pub fn lookup(&self, name: &str) -> Option<EntityId> {
        let _ = name;
        unimplemented!()
    }
    /// People holding `office` in `jurisdiction` on `date` (any date when `None`).
    pub fn holders(&self, office: &str, jurisdiction: Option<&str>, date: Option<Date>) -> Vec<EntityId> {
        let _ = (office, jurisdiction, date);
        unimplemented!()
    }
    /// The country code an adjective or name stands for: "Russian" and "Russia" give "RU",
    /// "U.S.", "US" and "American" give "US".
    pub fn country_code(&self, word: &str) -> Option<&str> {
        let _ = word;
        unimplemented!()
    }
}

/// One match of an entity name in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the matched name.
    pub range: Range<usize>,
    /// The entity it names.
    pub entity: EntityId,
}

/// A compiled automaton over every name of a gazetteer.
pub struct Matcher {
    // implementation-defined
}

impl Matcher {
    /// Compiles every name and alias of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        let _ = gazetteer;
        unimplemented!()
    }
    /// All leftmost-longest whole-word matches in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let _ = text;
        unimplemented!()
    }
}
