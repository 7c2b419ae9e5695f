//! `cargo xtask eval timex FILE.jsonl`: time-expression scores on TimeML JSON Lines.

use std::path::Path;

/// Scores the tagger on one file and returns the printed report.
pub fn run(path: &Path) -> anyhow::Result<String> {
    let scores = whosaid_timex::eval::evaluate_file(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(scores.report(&path.display().to_string()))
}
