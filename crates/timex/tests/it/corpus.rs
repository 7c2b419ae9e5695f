//! The TimeBank and AQUAINT evaluation, when the third-party data is present.

use std::path::Path;

use whosaid_timex::eval::{Scores, evaluate_file};

#[test]
fn corpus_scores_stay_above_loose_floors() {
    let dir = Path::new("/work/shared/temporal");
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
    assert!(both.relaxed.f1() > 0.8, "relaxed F1 {}", both.relaxed.f1());
    assert!(
        both.value_accuracy() > 0.7,
        "value accuracy {}",
        both.value_accuracy()
    );
}
