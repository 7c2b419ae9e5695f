//! Entity matching: a gazetteer of people, organisations, places and media, compiled into
//! Aho-Corasick automata split by the first byte of the names (leftmost-longest, whole
//! words only).
//!
//! ```
//! use whosaid_entities::{Gazetteer, Matcher};
//!
//! let csv = "canonical,kind,aliases,extra\n\
//!            Vladimir Putin,person,Putin,cc=RU;gender=m\n\
//!            Kyiv,city,Kiev,cc=UA\n";
//! let gazetteer = Gazetteer::from_csv(csv.as_bytes(), "inline").unwrap();
//! let matcher = Matcher::new(&gazetteer);
//! let text = "PUTIN SAYS Kiev talks are over";
//! let names: Vec<_> = matcher
//!     .find(text)
//!     .iter()
//!     .map(|m| &gazetteer.get(m.entity).canonical)
//!     .collect();
//! assert_eq!(names, ["Vladimir Putin", "Kyiv"]);
//! ```
//!
//! # Gazetteer files
//!
//! A gazetteer is a CSV file with the header `canonical,kind,aliases,extra`: aliases are
//! `|`-separated, extra is `key=value;key=value` (unknown keys are ignored). The kinds:
//!
//! - `person`; `leader` (an Archigos national leader, named by surname) → [`Kind::Person`];
//! - `organisation`, `organization`, `org`, `party`, `institution` → [`Kind::Organisation`];
//! - `place`, `country`, `city`, `region`, `state`, `us_state` and `admin…`
//!   (`admin1:region`) → [`Kind::Place`];
//! - `media`, `outlet`, `platform` → [`Kind::Media`];
//! - `demonym`: the canonical is a country and the aliases are its adjectives, which become
//!   the [`Entity::demonyms`] of that country.
//!
//! Extra keys: `cc`, `iso2` (for a `country` row its own code), `gender=m|f`, `party`,
//! `demonym`/`demonyms` (`Russian|Russia's`), `roles=office@jurisdiction@start..end|…`
//! (dates `YYYY-MM-DD`, either may be empty), `last_role=sen:WA:2025-01-03..2031-01-03`
//! (prez, viceprez, sen, rep, gov; a jurisdiction other than the person's `cc` becomes the
//! subdivision `US-WA`), `leader=president` on a country row (see [`Gazetteer::holders`]),
//! and on `leader` rows `state`/`stateabb`, `start`, `end` (an office `leader` whose
//! jurisdiction is the state name, turned into a country code when the gazetteer has
//! that country; `end=in office at 2015-12-31` ends the term on the last day the data
//! knows of).
//!
//! The role table `person,role,jurisdiction,start,end,party,wikidata,source` is read too:
//! each row adds a term of office to a person.

pub mod backend;
mod format;
mod matcher;
mod names;
mod starts;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

pub use jiff::civil::Date;
pub use matcher::{Matcher, MatcherError};

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
    /// For countries: adjectives that stand for them ("Russian", "American"). They are not
    /// matched in text; [`Gazetteer::country_code`] knows them.
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

/// One match of an entity name in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the matched name.
    pub range: Range<usize>,
    /// The entity it names.
    pub entity: EntityId,
}

/// A collection of entities, with the indexes that [`Gazetteer::lookup`],
/// [`Gazetteer::holders`] and [`Gazetteer::country_code`] need.
///
/// Entities keep the order in which they were first defined; an [`EntityId`] never changes
/// when more entities are merged in.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Canonical name and kind → entities, the key under which rows merge (several when
    /// their countries differ).
    by_key: HashMap<(String, Kind), Vec<EntityId>>,
    /// Every canonical name and alias → the first entity with it.
    by_name: HashMap<String, EntityId>,
    /// Country code → the country entity.
    country_by_code: HashMap<String, EntityId>,
    /// Names, aliases, codes and demonyms of countries → country code.
    country_codes: HashMap<String, String>,
    /// Country code → the office whose holder leads that country (`leader=president`).
    leader_offices: HashMap<String, String>,
    /// Lower-cased office → the entities that ever held it, in gazetteer order; built on the
    /// first [`Gazetteer::holders`] call and dropped whenever an entity is added.
    by_office: OnceLock<HashMap<String, Vec<EntityId>>>,
}

/// The embedded default gazetteer files, in the order their entities are defined.
const EMBEDDED: [(&str, &str); 5] = [
    ("countries.csv", include_str!("../data/countries.csv")),
    ("people.csv", include_str!("../data/people.csv")),
    (
        "organisations.csv",
        include_str!("../data/organisations.csv"),
    ),
    ("media.csv", include_str!("../data/media.csv")),
    ("places.csv", include_str!("../data/places.csv")),
];

impl Gazetteer {
    /// The embedded default gazetteer: people, organisations, places and media of
    /// international news.
    ///
    /// Countries are defined first, so that a name shared by a country and another place
    /// ("Georgia") goes to the country.
    ///
    /// # Panics
    ///
    /// Never for a build whose unit tests pass: they parse the embedded files.
    pub fn embedded() -> Gazetteer {
        let mut gazetteer = Gazetteer::default();
        for (name, text) in EMBEDDED {
            match Gazetteer::from_csv(text.as_bytes(), name) {
                Ok(part) => gazetteer.merge(part),
                Err(error) => panic!("bug in the embedded gazetteer: {error}"),
            }
        }
        gazetteer
    }

    /// Reads a gazetteer CSV with the columns `canonical,kind,aliases,extra`
    /// (aliases `|`-separated, extra `k=v;k=v`), the format of `../shared/gazetteers`.
    ///
    /// See the [crate documentation](crate#gazetteer-files) for the kinds and keys.
    /// Rows with the same canonical name and kind merge, as in [`Gazetteer::merge`].
    pub fn from_csv<R: std::io::Read>(
        reader: R,
        source_name: &str,
    ) -> Result<Gazetteer, GazetteerError> {
        let mut gazetteer = Gazetteer::default();
        for row in format::read_rows(reader, source_name)? {
            gazetteer.add(row.entity, row.is_country, row.leader_office);
        }
        gazetteer.resolve_jurisdictions();
        Ok(gazetteer)
    }

    /// Adds the entities of `other`; an entity with the same canonical name and kind merges.
    ///
    /// Entities whose country codes differ stay apart although name and kind agree: Georgia
    /// the country (`GE`) and the US state (`US`) are both places. Merging takes the union of aliases, roles and demonyms and fills fields that are
    /// missing here. Countries also merge by country code, so a `demonym` row for
    /// "United States" finds the country whatever file defined it. New entities come after
    /// the existing ones.
    pub fn merge(&mut self, other: Gazetteer) {
        let Gazetteer {
            entities,
            country_by_code,
            leader_offices,
            ..
        } = other;
        for (id, entity) in (0..).zip(entities) {
            let is_country = entity
                .country
                .as_ref()
                .is_some_and(|cc| country_by_code.get(cc) == Some(&id));
            let leader_office = entity
                .country
                .as_ref()
                .filter(|_| is_country)
                .and_then(|cc| leader_offices.get(cc))
                .cloned();
            self.add(entity, is_country, leader_office);
        }
        self.resolve_jurisdictions();
    }

    /// All entities; an [`EntityId`] indexes this slice.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id.
    ///
    /// # Panics
    ///
    /// If `id` does not come from this gazetteer.
    pub fn get(&self, id: EntityId) -> &Entity {
        &self.entities[id as usize]
    }

    /// The entity one of whose names is exactly `name` (case-sensitive), if any.
    ///
    /// Names include the generated initials variants ("JD Vance"). When entities share a
    /// name, the first defined wins.
    pub fn lookup(&self, name: &str) -> Option<EntityId> {
        self.by_name.get(name).copied()
    }

    /// People holding `office` in `jurisdiction` on `date` (any date when `None`).
    ///
    /// The office compares case-insensitively with [`Role::office`]. The jurisdiction, when
    /// given, is a country code, a country name the gazetteer knows ("Russia") or an
    /// organisation name; it compares case-insensitively and also takes in subdivisions
    /// (`US` finds the senators of `US-WA`). A date must fall within the role's first and
    /// last day; a missing end is open. Entities come in gazetteer order.
    ///
    /// The office `leader` finds explicit `leader` roles and, for a country whose row says
    /// `leader=president`, the holders of that office: `holders("leader", Some("RU"), date)`
    /// gives the president of Russia.
    pub fn holders(
        &self,
        office: &str,
        jurisdiction: Option<&str>,
        date: Option<Date>,
    ) -> Vec<EntityId> {
        let office = office.trim();
        let jurisdiction = jurisdiction
            .map(str::trim)
            .map(|j| self.country_code(j).unwrap_or(j));
        let wants_leader = office.eq_ignore_ascii_case("leader");
        let office_fits = |role: &Role| {
            role.office.eq_ignore_ascii_case(office)
                || (wants_leader
                    && role.jurisdiction.as_ref().is_some_and(|j| {
                        self.leader_offices
                            .get(&j.to_ascii_uppercase())
                            .is_some_and(|o| o.eq_ignore_ascii_case(&role.office))
                    }))
        };
        let jurisdiction_fits = |role: &Role| match (jurisdiction, &role.jurisdiction) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(wanted), Some(j)) => {
                j.eq_ignore_ascii_case(wanted)
                    || (j.len() > wanted.len()
                        && j.is_char_boundary(wanted.len())
                        && j[..wanted.len()].eq_ignore_ascii_case(wanted)
                        && j.as_bytes()[wanted.len()] == b'-')
            }
        };
        let date_fits = |role: &Role| {
            date.is_none_or(|d| {
                role.start.is_none_or(|start| start <= d) && role.end.is_none_or(|end| d <= end)
            })
        };
        // Only the entities that ever held the office (or, for "leader", any office) can fit.
        let by_office = self.by_office.get_or_init(|| {
            let mut index: HashMap<String, Vec<EntityId>> = HashMap::new();
            for (id, entity) in (0..).zip(&self.entities) {
                for role in &entity.roles {
                    let ids = index.entry(role.office.to_lowercase()).or_default();
                    if ids.last() != Some(&id) {
                        ids.push(id);
                    }
                }
            }
            index
        });
        let fits = |id: &EntityId| {
            self.entities[*id as usize]
                .roles
                .iter()
                .any(|r| office_fits(r) && jurisdiction_fits(r) && date_fits(r))
        };
        if wants_leader {
            let mut ids: Vec<EntityId> =
                by_office.values().flatten().copied().filter(fits).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        } else {
            by_office
                .get(&office.to_lowercase())
                .map(|ids| ids.iter().copied().filter(fits).collect())
                .unwrap_or_default()
        }
    }

    /// The country code an adjective or name stands for: "Russian" and "Russia" give "RU",
    /// "U.S.", "US" and "American" give "US".
    ///
    /// Knows the names, aliases, codes and demonyms of country rows (kinds `country` and
    /// `demonym`). Case-sensitive.
    pub fn country_code(&self, word: &str) -> Option<&str> {
        self.country_codes.get(word).map(String::as_str)
    }

    /// Adds or merges one entity and indexes its names.
    fn add(&mut self, entity: Entity, is_country: bool, leader_office: Option<String>) {
        self.by_office = OnceLock::new();
        let code = entity.country.clone().filter(|_| is_country);
        let key = (entity.canonical.clone(), entity.kind);
        let same_country = |id: &&EntityId| {
            let other = self
                .entities
                .get(**id as usize)
                .and_then(|e| e.country.as_ref());
            match (&entity.country, other) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        };
        let existing = code
            .as_ref()
            .and_then(|cc| self.country_by_code.get(cc))
            .or_else(|| self.by_key.get(&key)?.iter().find(same_country))
            .copied();
        let id = match existing {
            Some(id) => {
                merge_into(&mut self.entities[id as usize], entity);
                id
            }
            None => {
                let Ok(id) = EntityId::try_from(self.entities.len()) else {
                    // More than 4 billion entities: nothing sensible to do but stop growing.
                    return;
                };
                self.by_key.entry(key).or_default().push(id);
                self.entities.push(entity);
                id
            }
        };
        if let Some(cc) = &code {
            self.country_by_code.entry(cc.clone()).or_insert(id);
            if let Some(office) = leader_office {
                self.leader_offices.entry(cc.clone()).or_insert(office);
            }
        }
        let entity = &self.entities[id as usize];
        for name in std::iter::once(&entity.canonical).chain(&entity.aliases) {
            self.by_name.entry(name.clone()).or_insert(id);
        }
        let country_code = entity
            .country
            .as_ref()
            .filter(|cc| self.country_by_code.get(*cc) == Some(&id));
        if let Some(cc) = country_code {
            for name in std::iter::once(&entity.canonical)
                .chain(&entity.aliases)
                .chain(&entity.demonyms)
                .chain(std::iter::once(cc))
            {
                self.country_codes
                    .entry(name.clone())
                    .or_insert_with(|| cc.clone());
            }
        }
    }

    /// Turns role jurisdictions that name a known country ("United States of America")
    /// into its code.
    fn resolve_jurisdictions(&mut self) {
        for role in self.entities.iter_mut().flat_map(|e| &mut e.roles) {
            if let Some(j) = &mut role.jurisdiction {
                if let Some(code) = self.country_codes.get(j.as_str()) {
                    if code != j {
                        *j = code.clone();
                    }
                }
            }
        }
    }
}

/// Merges `other` into `entity`: unions names, roles and demonyms, fills missing fields.
fn merge_into(entity: &mut Entity, other: Entity) {
    if other.canonical != entity.canonical {
        entity.aliases.push(other.canonical);
    }
    entity.aliases.extend(other.aliases);
    entity.demonyms.extend(other.demonyms);
    for role in other.roles {
        if !entity.roles.contains(&role) {
            entity.roles.push(role);
        }
    }
    entity.country = entity.country.take().or(other.country);
    entity.gender = entity.gender.or(other.gender);
    entity.party = entity.party.take().or(other.party);
    format::dedup_names(entity);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded data must parse, and each file must define an entity once.
    #[test]
    fn embedded_gazetteer_parses_without_duplicates() {
        let mut seen = HashMap::new();
        for (name, text) in EMBEDDED {
            let rows =
                format::read_rows(text.as_bytes(), name).unwrap_or_else(|error| panic!("{error}"));
            for row in rows {
                let e = &row.entity;
                for role in &e.roles {
                    assert!(
                        role.start.zip(role.end).is_none_or(|(s, e)| s <= e),
                        "{name}:{}: role {role:?} ends before it starts",
                        row.line
                    );
                }
                let key = (e.canonical.clone(), e.kind, row.is_demonym);
                if let Some(first) = seen.insert(key, (name, row.line)) {
                    panic!(
                        "{name}:{}: {:?} ({:?}) is already defined at {}:{}",
                        row.line, e.canonical, e.kind, first.0, first.1
                    );
                }
            }
        }
        let gazetteer = Gazetteer::embedded();
        for (id, entity) in (0..).zip(gazetteer.entities()) {
            assert!(gazetteer.lookup(&entity.canonical).is_some());
            assert_eq!(gazetteer.get(id).canonical, entity.canonical);
        }
        let _ = Matcher::new(&gazetteer);
    }
}
