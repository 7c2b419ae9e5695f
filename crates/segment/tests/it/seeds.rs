//! The seed articles in `../shared/seeds` (third-party, not in the repository), when present.

use std::path::Path;

use crate::segment_checked;

/// Quotes that must come out whole, as `inner` text, per seed file.
const KNOWN: &[(&str, &str)] = &[
    ("000", "frank and substantive."),
    (
        "000",
        "gives reason to believe that we are generally on the right track,",
    ),
    ("000", "Look, are you serious? Are you real about this?"),
    ("000", "This is not our war."),
    ("003", "When are we going to end this, Vladimir?"),
    ("003", "a bit of an impasse here"),
    ("003", "Look, are you serious? Are you real about this?"),
    (
        "003",
        "(I) have a red line in my head on when I’ll stop pushing on Russia-Ukraine,",
    ),
    ("003", "This is not my war."),
    (
        "004",
        "Vladimir, you can pick up the phone at any time, and I will be happy to answer and speak with you",
    ),
    ("001", "Hey, are you serious? Are you serious?"),
];

#[test]
fn seed_articles_keep_quotes_within_paragraphs_and_whole() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seed files in {}", dir.display());
    for path in files {
        let raw =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = raw.replace('«', "“").replace('»', "”");
        let seg = segment_checked(&text);
        for q in &seg.quotes {
            let para = &seg.paragraphs[q.paragraph];
            assert!(para.start <= q.outer.start && q.outer.end <= para.end);
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let inners: Vec<&str> = seg.quotes.iter().map(|q| &text[q.inner.clone()]).collect();
        for &(_, quote) in KNOWN.iter().filter(|(prefix, _)| name.starts_with(prefix)) {
            assert!(
                inners.contains(&quote),
                "{name}: missing «{quote}» in {inners:#?}"
            );
        }
    }
}
