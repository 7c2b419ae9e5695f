//! The seed articles in ../shared/seeds, when present: real page junk goes, quotes stay.

use std::path::{Path, PathBuf};

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

#[test]
fn seed_articles_keep_quotes_and_drop_spanish_paywall() {
    let Some(files) = seed_files() else {
        println!("seed check skipped: ../shared is absent");
        return;
    };
    for file in files {
        let Ok(raw) = std::fs::read_to_string(&file) else {
            continue;
        };
        let cleaned = clean_en(&raw);
        println!("=== {}", file.display());
        print!("{}", crate::render(&raw, &cleaned));
    }
}
