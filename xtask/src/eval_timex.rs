//! `cargo xtask eval timex FILE.jsonl...`: scores the time-expression tagger on TimeML-style
//! gold data, file by file and, for several files, in total. The scoring and the report live
//! in `whosaid_timex::eval`; this is the front end.

use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use whosaid_timex::eval::{Scores, evaluate_file};

/// Scores each file, then, when there are several, all of them together ("total").
pub fn run_all(paths: &[PathBuf]) -> anyhow::Result<String> {
    let mut out = String::new();
    let mut total = Scores::default();
    for path in paths {
        let scores = score(path)?;
        out.push_str(&scores.report(&name_of(path)));
        total.add(&scores);
    }
    if paths.len() > 1 {
        out.push_str(&total.report("total"));
    }
    Ok(out)
}

/// Scores the tagger on `path`, one JSON document per line.
fn score(path: &Path) -> anyhow::Result<Scores> {
    evaluate_file(path)
        .map_err(|e| anyhow!(e))
        .with_context(|| format!("evaluating timex on {}", path.display()))
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
        let report = Scores::default().report("x");
        for measure in ["strict", "relaxed", "type accuracy", "value accuracy"] {
            assert!(report.contains(measure), "{report}");
        }
    }

    #[test]
    fn missing_file_is_an_error_naming_it() {
        let err = run_all(&[PathBuf::from("/nonexistent/gold.jsonl")]).unwrap_err();
        assert!(format!("{err:#}").contains("/nonexistent/gold.jsonl"));
    }
}
