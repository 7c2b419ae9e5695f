//! The TimeBank and AQUAINT evaluation, when the third-party data is present.

use std::path::Path;

use whosaid_timex::eval::{Scores, evaluate_file};

#[test]
fn corpus_scores_stay_above_the_targets() {
    // `../shared` beside the repository, as for every shared-data test.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/temporal");
    let files = ["timebank.jsonl", "aquaint.jsonl"];
    if !files.iter().all(|f| dir.join(f).exists()) {
        eprintln!("skipped: no TimeBank/AQUAINT data in {}", dir.display());
        return;
    }
    let mut both = Scores::default();
    for f in files {
        let scores = evaluate_file(dir.join(f)).expect("readable gold file");
        eprint!("{}", scores.report(f));
        both.add(&scores);
    }
    eprint!("{}", both.report("both"));
    // `TIMEX_MISSES=value` (or `missed`, `spurious`, `all`) lists the disagreements.
    if let Ok(what) = std::env::var("TIMEX_MISSES") {
        for m in both
            .misses
            .iter()
            .filter(|m| what == "all" || m.what == what)
        {
            eprintln!(
                "{:8} {:24} {:>6}  {:40}  gold {:14} got {}",
                m.what,
                m.doc,
                m.at,
                m.text,
                m.gold.as_deref().unwrap_or("-"),
                m.predicted.as_deref().unwrap_or("-")
            );
        }
    }
    assert!(both.relaxed.f1() >= 0.9, "relaxed F1 {}", both.relaxed.f1());
    assert!(
        both.value_accuracy() >= 0.88,
        "value accuracy {}",
        both.value_accuracy()
    );
}
