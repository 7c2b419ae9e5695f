//! The seed articles in ../shared/seeds, when present: real page junk goes, quotes stay.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use whosaid_clean::DropReason;

use crate::clean_en;

fn seed_files() -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let entries = std::fs::read_dir(&dir).ok()?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Some(files)
}

/// Whether a line carries a quotation mark (apostrophes inside words do not count).
fn has_quote(line: &str) -> bool {
    line.contains(['“', '”', '„', '"', '«', '»', '‘', '‚'])
}

/// Lines of the EL PAÍS Spanish paywall, recognised here by words only Spanish uses.
fn is_spanish_paywall(line: &str) -> bool {
    ["suscripción", "dispositivo", "cuenta", "¿", "Flecha"]
        .iter()
        .any(|w| line.contains(w))
}

#[test]
fn seed_articles_keep_quote_lines_and_drop_the_spanish_paywall() {
    let Some(files) = seed_files() else {
        println!("seed check skipped: ../shared is absent");
        return;
    };
    for file in files {
        let Ok(raw) = std::fs::read_to_string(&file) else {
            continue;
        };
        let cleaned = clean_en(&raw);
        let name = file.display();
        let dropped: HashMap<&str, DropReason> = cleaned
            .dropped
            .iter()
            .filter_map(|d| Some((raw.get(d.original.clone())?, d.reason)))
            .collect();
        let kept: HashSet<&str> = cleaned.text.lines().collect();
        for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let reason = dropped.get(line);
            if has_quote(line) {
                // A caption label may repeat a kept headline: the quote survives in the headline.
                let repeats_kept = line.split_once(": ").is_some_and(|(_, r)| kept.contains(r));
                assert!(
                    reason.is_none() || repeats_kept,
                    "{name}: quote line dropped ({reason:?}): {line}"
                );
            }
            if is_spanish_paywall(line) {
                assert_eq!(
                    reason,
                    Some(&DropReason::ForeignLanguage),
                    "{name}: Spanish line kept: {line}"
                );
            }
        }
    }
}
