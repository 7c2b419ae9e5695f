//! `cargo xtask eval timex FILE.jsonl`: scores the time-expression tagger on TimeML-style
//! gold data. The scoring lives in `whosaid_timex::eval`; this is the reader and printer.

use std::path::Path;

use anyhow::{Context, anyhow};
use whosaid_timex::eval::{Scores, evaluate_file};

/// Scores the tagger on `path` (one JSON document per line) and returns the printed report.
pub fn run(path: &Path) -> anyhow::Result<String> {
    let scores = evaluate_file(path)
        .map_err(|e| anyhow!(e))
        .with_context(|| format!("evaluating timex on {}", path.display()))?;
    Ok(render(&name_of(path), &scores))
}

/// The report for one file: counts, strict and relaxed extraction, type and value accuracy.
pub fn render(name: &str, scores: &Scores) -> String {
    scores.report(name)
}

/// The file name without directory and extension, used as the report heading.
fn name_of(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_heading_is_the_file_stem() {
        assert_eq!(name_of(Path::new("/data/timebank.jsonl")), "timebank");
    }

    #[test]
    fn report_lists_the_measures() {
        let report = render("x", &Scores::default());
        for measure in ["strict", "relaxed", "type accuracy", "value accuracy"] {
            assert!(report.contains(measure), "{report}");
        }
    }

    #[test]
    fn missing_file_is_an_error_naming_it() {
        let err = run(Path::new("/nonexistent/gold.jsonl")).unwrap_err();
        assert!(format!("{err:#}").contains("/nonexistent/gold.jsonl"));
    }
}
