//! Integration tests of `whosaid-entities`, one binary for all areas.

mod gazetteer;
mod matcher;
mod roles;

use std::fmt::Write;

use whosaid_entities::Gazetteer;

const HEADER: &str = "canonical,kind,aliases,extra\n";

/// A gazetteer from CSV rows written without the header.
fn gazetteer(rows: &str) -> Gazetteer {
    Gazetteer::from_csv(format!("{HEADER}{}", unindent(rows)).as_bytes(), "test.csv")
        .unwrap_or_else(|error| panic!("{error}"))
}

/// Drops the indentation of rows written inside a test.
fn unindent(rows: &str) -> String {
    rows.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .fold(String::new(), |mut out, line| {
            let _ = writeln!(out, "{line}");
            out
        })
}

/// One line per entity, every field that is set.
fn describe(gazetteer: &Gazetteer) -> String {
    let mut out = String::new();
    for (id, e) in gazetteer.entities().iter().enumerate() {
        let _ = write!(out, "{id} {:?} {:?}", e.kind, e.canonical);
        if !e.aliases.is_empty() {
            let _ = write!(out, " aliases={:?}", e.aliases);
        }
        if let Some(cc) = &e.country {
            let _ = write!(out, " country={cc}");
        }
        if let Some(gender) = e.gender {
            let _ = write!(out, " gender={gender:?}");
        }
        if let Some(party) = &e.party {
            let _ = write!(out, " party={party:?}");
        }
        if !e.demonyms.is_empty() {
            let _ = write!(out, " demonyms={:?}", e.demonyms);
        }
        for r in &e.roles {
            let date =
                |d: Option<whosaid_entities::Date>| d.map(|d| d.to_string()).unwrap_or_default();
            let _ = write!(
                out,
                "\n    {}@{}@{}..{}",
                r.office,
                r.jurisdiction.as_deref().unwrap_or(""),
                date(r.start),
                date(r.end)
            );
        }
        out.push('\n');
    }
    out
}
