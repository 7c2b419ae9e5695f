//! Integration tests for whosaid-clean, one binary with a module per area.

mod counts;
mod drops;
mod normalize;
mod offsets;
mod seeds;

use whosaid_clean::{CleanOptions, Cleaned, LineCounts, clean};

/// Places the tests know, standing in for the gazetteer.
fn is_place(word: &str) -> bool {
    matches!(word, "Washington" | "Moscow" | "Kyiv" | "London")
}

/// Cleans an English document without corpus counts.
fn clean_en(input: &str) -> Cleaned {
    clean_with(input, None)
}

/// Cleans an English document, optionally with corpus counts.
fn clean_with(input: &str, corpus: Option<&LineCounts>) -> Cleaned {
    let options = CleanOptions {
        language: Some("en"),
        corpus,
        is_place: &is_place,
    };
    clean(input, &options)
}

/// Renders a cleaning result: kept lines ("| "), then dropped lines with their reason ("- ").
fn render(input: &str, cleaned: &Cleaned) -> String {
    let mut out = String::new();
    for line in cleaned.text.lines() {
        out.push_str("| ");
        out.push_str(line);
        out.push('\n');
    }
    for dropped in &cleaned.dropped {
        let text = input.get(dropped.original.clone()).unwrap_or("<bad range>");
        out.push_str(&format!("- {:?}: {text}\n", dropped.reason));
    }
    out
}
