//! Reading gazetteer CSV files into rows.
//!
//! Two layouts are understood, told apart by their header:
//!
//! - the gazetteer layout `canonical,kind,aliases,extra`, one entity per row;
//! - the role table `person,role,jurisdiction,start,end,party,wikidata,source`
//!   (`person_roles.csv` of the shared data), one office term per row.

use crate::{Date, Entity, GazetteerError, Gender, Kind, Role, names};

const GAZETTEER_HEADER: [&str; 4] = ["canonical", "kind", "aliases", "extra"];
const ROLES_HEADER: [&str; 8] = [
    "person",
    "role",
    "jurisdiction",
    "start",
    "end",
    "party",
    "wikidata",
    "source",
];

/// One parsed row: an entity and what the gazetteer needs to index it.
#[derive(Debug)]
pub(crate) struct Row {
    pub(crate) entity: Entity,
    /// A country (rows of kind `country` or `demonym`); its code is `entity.country`.
    pub(crate) is_country: bool,
    /// For countries, the office whose holder leads it (`leader=president`).
    pub(crate) leader_office: Option<String>,
    /// A `demonym` row, which names a country defined elsewhere.
    #[cfg_attr(not(test), allow(dead_code, reason = "read by the embedded data test"))]
    pub(crate) is_demonym: bool,
    /// 1-based line of the row.
    pub(crate) line: u64,
}

/// Reads every row of `reader`, failing on the first malformed one.
pub(crate) fn read_rows<R: std::io::Read>(
    reader: R,
    source_name: &str,
) -> Result<Vec<Row>, GazetteerError> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut record = csv::StringRecord::new();
    let row_error = |line: u64, message: String| GazetteerError::Row {
        source_name: source_name.to_owned(),
        line,
        message,
    };
    let read = |csv: &mut csv::Reader<R>, record: &mut csv::StringRecord| {
        csv.read_record(record).map_err(|error| {
            let line = error.position().map_or(0, |p| p.line());
            let message = match error.kind() {
                csv::ErrorKind::Utf8 { err, .. } => {
                    format!("invalid UTF-8 in column {}", err.field() + 1)
                }
                _ => error.to_string().to_lowercase(),
            };
            match error.into_kind() {
                csv::ErrorKind::Io(error) => GazetteerError::Io {
                    source_name: source_name.to_owned(),
                    error,
                },
                _ => row_error(line, message),
            }
        })
    };

    if !read(&mut csv, &mut record)? {
        return Err(row_error(
            1,
            "the file is empty; expected the header canonical,kind,aliases,extra".to_owned(),
        ));
    }
    let header: Vec<&str> = record
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if i == 0 {
                f.trim_start_matches('\u{feff}')
            } else {
                f
            }
        })
        .map(str::trim)
        .collect();
    let layout = if header == GAZETTEER_HEADER {
        Layout::Gazetteer
    } else if header == ROLES_HEADER {
        Layout::Roles
    } else {
        return Err(row_error(
            record.position().map_or(1, |p| p.line()),
            format!(
                "expected the header canonical,kind,aliases,extra, found {}",
                header.join(",")
            ),
        ));
    };

    let mut rows = Vec::new();
    while read(&mut csv, &mut record)? {
        let line = record.position().map_or(0, |p| p.line());
        let row = match layout {
            Layout::Gazetteer => gazetteer_row(&record),
            Layout::Roles => roles_row(&record),
        };
        match row {
            Ok(Some(mut row)) => {
                row.line = line;
                rows.push(row);
            }
            Ok(None) => {}
            Err(message) => return Err(row_error(line, message)),
        }
    }
    Ok(rows)
}

enum Layout {
    Gazetteer,
    Roles,
}

/// What a `kind` column value makes of a row.
enum RowKind {
    Entity(Kind),
    Country,
    Leader,
    Demonym,
}

fn row_kind(kind: &str) -> Option<RowKind> {
    let kind = kind.trim().to_ascii_lowercase();
    Some(match kind.as_str() {
        "person" => RowKind::Entity(Kind::Person),
        "leader" => RowKind::Leader,
        "organisation" | "organization" | "org" | "party" | "institution" => {
            RowKind::Entity(Kind::Organisation)
        }
        "country" => RowKind::Country,
        "place" | "city" | "region" | "state" | "us_state" => RowKind::Entity(Kind::Place),
        k if k.starts_with("admin") => RowKind::Entity(Kind::Place),
        "media" | "outlet" | "platform" => RowKind::Entity(Kind::Media),
        "demonym" => RowKind::Demonym,
        _ => return None,
    })
}

/// A row of the gazetteer layout; `Ok(None)` for a blank row.
fn gazetteer_row(record: &csv::StringRecord) -> Result<Option<Row>, String> {
    if record.iter().all(|f| f.trim().is_empty()) {
        return Ok(None);
    }
    let [canonical, kind, aliases, extra] = fields(record)?;
    if canonical.is_empty() {
        return Err("missing canonical name".to_owned());
    }
    let row_kind = row_kind(kind).ok_or_else(|| {
        format!(
            "unknown kind {kind:?}; expected person, leader, organisation, place, country, \
             city, region, state, admin…, media or demonym"
        )
    })?;
    let extra = parse_extra(extra)?;
    let list = |s: &str| -> Vec<String> {
        s.split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect()
    };

    let kind = match row_kind {
        RowKind::Entity(kind) => kind,
        RowKind::Leader => Kind::Person,
        RowKind::Country | RowKind::Demonym => Kind::Place,
    };
    let mut entity = Entity {
        canonical: canonical.to_owned(),
        kind,
        aliases: Vec::new(),
        country: None,
        gender: None,
        party: None,
        roles: Vec::new(),
        demonyms: Vec::new(),
    };
    if matches!(row_kind, RowKind::Demonym) {
        entity.demonyms = list(aliases);
    } else {
        entity.aliases = list(aliases);
    }
    let mut leader_office = None;
    let mut leader = LeaderTerm::default();
    for &(key, value) in &extra {
        match key {
            "iso2" => entity.country = Some(value.to_ascii_uppercase()),
            "cc" => {
                entity
                    .country
                    .get_or_insert_with(|| value.to_ascii_uppercase());
            }
            "gender" => {
                entity.gender = Some(match value.to_ascii_lowercase().as_str() {
                    "m" | "male" => Gender::Male,
                    "f" | "female" => Gender::Female,
                    _ => return Err(format!("invalid gender {value:?}; expected m or f")),
                })
            }
            "party" => entity.party = Some(value.to_owned()),
            "demonym" | "demonyms" => entity.demonyms.extend(list(value)),
            "roles" => {
                for role in value.split('|').map(str::trim).filter(|r| !r.is_empty()) {
                    entity.roles.push(parse_role(role)?);
                }
            }
            "last_role" => entity.roles.push(parse_last_role(value, &entity.country)?),
            "leader" => leader_office = Some(value.to_lowercase()),
            "state" => leader.state = Some(value),
            "stateabb" => leader.stateabb = Some(value),
            "start" => leader.start = Some(value),
            "end" => leader.end = Some(value),
            _ => {}
        }
    }
    if matches!(row_kind, RowKind::Leader) {
        entity.roles.push(leader.role()?);
    }
    if entity.kind == Kind::Person {
        add_initials_variants(&mut entity);
    }
    dedup_names(&mut entity);
    let is_country = matches!(row_kind, RowKind::Country | RowKind::Demonym);
    Ok(Some(Row {
        entity,
        is_country,
        leader_office: leader_office.filter(|_| is_country),
        is_demonym: matches!(row_kind, RowKind::Demonym),
        line: 0,
    }))
}

/// A row of the role table; `Ok(None)` for a blank row.
fn roles_row(record: &csv::StringRecord) -> Result<Option<Row>, String> {
    if record.iter().all(|f| f.trim().is_empty()) {
        return Ok(None);
    }
    let [
        person,
        office,
        jurisdiction,
        start,
        end,
        party,
        _wikidata,
        _source,
    ] = fields(record)?;
    if person.is_empty() {
        return Err("missing person".to_owned());
    }
    let role = Role {
        office: normalise_office(office),
        jurisdiction: non_empty(jurisdiction).map(str::to_owned),
        start: parse_optional_date(start)?,
        end: parse_optional_date(end)?,
    };
    check_role(&role)?;
    // "US" and "US-WA" name a country; "United States of America" is resolved later.
    let country = jurisdiction
        .get(..2)
        .filter(|cc| cc.bytes().all(|b| b.is_ascii_uppercase()))
        .filter(|_| jurisdiction.len() == 2 || jurisdiction.as_bytes().get(2) == Some(&b'-'))
        .map(str::to_owned);
    let mut entity = Entity {
        canonical: person.to_owned(),
        kind: Kind::Person,
        aliases: Vec::new(),
        country,
        gender: None,
        party: non_empty(party)
            .filter(|p| !p.eq_ignore_ascii_case("no party"))
            .map(str::to_owned),
        roles: vec![role],
        demonyms: Vec::new(),
    };
    add_initials_variants(&mut entity);
    Ok(Some(Row {
        entity,
        is_country: false,
        leader_office: None,
        is_demonym: false,
        line: 0,
    }))
}

/// The trimmed fields of a record with exactly `N` columns.
fn fields<const N: usize>(record: &csv::StringRecord) -> Result<[&str; N], String> {
    if record.len() != N {
        return Err(format!("expected {N} columns, found {}", record.len()));
    }
    let mut fields = [""; N];
    for (slot, field) in fields.iter_mut().zip(record) {
        *slot = field.trim();
    }
    Ok(fields)
}

fn non_empty(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

/// Splits `k=v;k=v`; keys are lower-cased, pairs with an empty value are dropped.
fn parse_extra(extra: &str) -> Result<Vec<(&str, &str)>, String> {
    let mut pairs = Vec::new();
    for pair in extra.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(format!("malformed extra {pair:?}; expected key=value"));
        };
        let key = key.trim();
        if key.is_empty() {
            return Err(format!("malformed extra {pair:?}; the key is empty"));
        }
        if let Some(value) = non_empty(value) {
            pairs.push((key, value));
        }
    }
    Ok(pairs)
}

/// `office@jurisdiction@start..end`; the jurisdiction and the dates may be left out.
fn parse_role(role: &str) -> Result<Role, String> {
    let mut parts = role.splitn(3, '@');
    let office = parts.next().map(str::trim).unwrap_or_default();
    if office.is_empty() {
        return Err(format!("role {role:?} has no office"));
    }
    let jurisdiction = parts.next().and_then(non_empty).map(str::to_owned);
    make_role(office, jurisdiction, parts.next())
}

/// A checked role from its parsed parts; `dates` is `start..end`, either side optional.
fn make_role(
    office: &str,
    jurisdiction: Option<String>,
    dates: Option<&str>,
) -> Result<Role, String> {
    let (start, end) = match dates {
        Some(dates) => parse_date_range(dates)?,
        None => (None, None),
    };
    let role = Role {
        office: office.to_lowercase(),
        jurisdiction,
        start,
        end,
    };
    check_role(&role)?;
    Ok(role)
}

/// `viceprez:US:2025-01-20..2029-01-20`. A jurisdiction that is not the person's country
/// ("sen:WA" of a person with `cc=US`) becomes a subdivision code ("US-WA").
fn parse_last_role(value: &str, country: &Option<String>) -> Result<Role, String> {
    let mut parts = value.splitn(3, ':').map(str::trim);
    let office = parts.next().unwrap_or_default();
    if office.is_empty() {
        return Err(format!("last_role {value:?} has no office"));
    }
    let office = match office {
        "prez" => "president",
        "viceprez" => "vice president",
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        other => other,
    };
    let jurisdiction = parts.next().and_then(non_empty).map(|j| match country {
        Some(cc) if j.len() == 2 && !j.eq_ignore_ascii_case(cc) => format!("{cc}-{j}"),
        _ => j.to_owned(),
    });
    make_role(office, jurisdiction, parts.next())
}

/// The `state`, `stateabb`, `start` and `end` keys of an Archigos `leader` row.
#[derive(Default)]
struct LeaderTerm<'a> {
    state: Option<&'a str>,
    stateabb: Option<&'a str>,
    start: Option<&'a str>,
    end: Option<&'a str>,
}

impl LeaderTerm<'_> {
    /// Archigos marks leaders still in office when the data ends as
    /// `end=in office at 2015-12-31`. That day becomes the end: the last day the leader is
    /// known to hold office. An open end would make them leader for ever.
    fn role(&self) -> Result<Role, String> {
        let end = match self.end {
            Some(end) => Some(parse_date(end.strip_prefix("in office at").unwrap_or(end))?),
            None => None,
        };
        let role = Role {
            office: "leader".to_owned(),
            jurisdiction: self.state.or(self.stateabb).map(str::to_owned),
            start: self.start.map(parse_date).transpose()?,
            end,
        };
        check_role(&role)?;
        Ok(role)
    }
}

fn check_role(role: &Role) -> Result<(), String> {
    match (role.start, role.end) {
        (Some(start), Some(end)) if end < start => Err(format!(
            "role {:?} ends ({end}) before it starts ({start})",
            role.office
        )),
        _ => Ok(()),
    }
}

fn parse_date_range(range: &str) -> Result<(Option<Date>, Option<Date>), String> {
    let range = range.trim();
    if range.is_empty() {
        return Ok((None, None));
    }
    let Some((start, end)) = range.split_once("..") else {
        return Err(format!("invalid date range {range:?}; expected START..END"));
    };
    Ok((parse_optional_date(start)?, parse_optional_date(end)?))
}

fn parse_optional_date(date: &str) -> Result<Option<Date>, String> {
    non_empty(date).map(parse_date).transpose()
}

/// A `YYYY-MM-DD` date, strictly.
pub(crate) fn parse_date(date: &str) -> Result<Date, String> {
    let invalid = || format!("invalid date {date:?}; expected YYYY-MM-DD");
    let b = date.trim().as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<i16> {
        let s = b.get(r)?;
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| s.iter().fold(0i16, |n, d| n * 10 + i16::from(d - b'0')))
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(invalid());
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return Err(invalid());
    };
    let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else {
        return Err(invalid());
    };
    Date::new(year, month, day).map_err(|_| invalid())
}

/// Lower-cased office of the role table: "U.S. Senator" is "senator", "President of the
/// United States" is "president", "effective national leader (Archigos)" is "leader".
fn normalise_office(office: &str) -> String {
    let mut office = office.trim().to_lowercase();
    if let Some(open) = office.find(" (") {
        office.truncate(open);
    }
    for prefix in ["u.s. ", "effective national "] {
        if let Some(rest) = office.strip_prefix(prefix) {
            office = rest.to_owned();
        }
    }
    if let Some(of) = office.find(" of the united states") {
        office.truncate(of);
    }
    office
}

fn add_initials_variants(entity: &mut Entity) {
    let variants: Vec<String> = std::iter::once(&entity.canonical)
        .chain(&entity.aliases)
        .flat_map(|name| names::initials_variants(name))
        .collect();
    entity.aliases.extend(variants);
}

/// Drops repeated aliases, aliases equal to the canonical name, and repeated demonyms.
pub(crate) fn dedup_names(entity: &mut Entity) {
    let mut seen = std::collections::HashSet::new();
    seen.insert(entity.canonical.clone());
    entity.aliases.retain(|a| seen.insert(a.clone()));
    let mut seen = std::collections::HashSet::new();
    entity.demonyms.retain(|d| seen.insert(d.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("2025-01-20").is_ok());
        for bad in [
            "2025-02-30",
            "2025-1-20",
            "20250120xx",
            "2025-01-20T00",
            "",
            "२०२५-01-20",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn offices_of_the_role_table_are_normalised() {
        assert_eq!(normalise_office("U.S. Senator"), "senator");
        assert_eq!(normalise_office("U.S. Representative"), "representative");
        assert_eq!(
            normalise_office("Vice President of the United States"),
            "vice president"
        );
        assert_eq!(
            normalise_office("effective national leader (Archigos)"),
            "leader"
        );
    }
}
