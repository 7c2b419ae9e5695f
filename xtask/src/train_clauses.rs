//! `cargo xtask train clauses DIR`: fits the clause classifier on PolNeAR-style gold
//! annotations and writes it to `crates/attribute/data/clauses.bin`.
//!
//! A candidate clause is an attribution when the cue of some gold attribution whose content
//! is not a quote overlaps its verb chain, and the gold source shares a content word with its
//! subject (as the evaluation judges speakers). Where the content ends is left to the rules:
//! the classifier only learns which verbs, with which subjects, attribute.

use std::path::Path;

use rayon::prelude::*;
use whosaid::Resources;
use whosaid::attribute::{Classifier, train_classifier};

/// One candidate: its features and whether it is an attribution.
type Example = (Vec<u64>, bool);

/// Trains on every article of `dir` and writes the classifier to `out`. Returns a summary,
/// with the classifier's precision and recall on `score` when given.
pub fn run(
    dir: &Path,
    out: &Path,
    epochs: usize,
    min_count: usize,
    score: Option<&Path>,
) -> anyhow::Result<String> {
    let resources = Resources::embedded();
    let (articles, examples) = load_examples(dir, &resources)?;
    let examples: Vec<Example> = examples.into_iter().flatten().collect();
    let model = train_classifier(&examples, epochs, min_count);
    let what = format!(
        "{articles} articles, {} candidates ({} attributions), {epochs} epochs",
        examples.len(),
        examples.iter().filter(|(_, y)| *y).count(),
    );
    crate::train::save(
        out,
        &model.to_bytes(),
        what,
        score,
        |name, examples| scores(name, &model, examples),
        &examples,
        |dir| {
            Ok(load_examples(dir, &resources)?
                .1
                .into_iter()
                .flatten()
                .collect())
        },
    )
}

/// `--folds K`: splits the articles of `dir` into `k` folds, trains on all but one and
/// scores the held-out one's candidates, and prints precision, recall and F1 of the pooled
/// held-out candidates at each threshold, marking the best F1. This is how
/// [`whosaid::attribute::ACCEPT`] is chosen, on training data alone.
pub fn cross_validate(
    dir: &Path,
    k: usize,
    epochs: usize,
    min_count: usize,
) -> anyhow::Result<String> {
    anyhow::ensure!(k >= 2, "--folds needs at least 2 folds, not {k}");
    let resources = Resources::embedded();
    let (articles, examples) = load_examples(dir, &resources)?;
    let held_out: Vec<(f32, bool)> = (0..k)
        .into_par_iter()
        .flat_map_iter(|fold| {
            let train: Vec<Example> = examples
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k != fold)
                .flat_map(|(_, a)| a.iter().cloned())
                .collect();
            let model = train_classifier(&train, epochs, min_count);
            examples
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k == fold)
                .flat_map(|(_, a)| a.iter())
                .map(|(features, y)| (model.probability(features), *y))
                .collect::<Vec<_>>()
        })
        .collect();
    let gold = held_out.iter().filter(|(_, y)| *y).count();
    let rows = sweep(&held_out);
    let best = rows
        .iter()
        .map(|row| row.3)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut out = format!(
        "{articles} articles in {k} folds, {} held-out candidates ({gold} attributions), \
         {epochs} epochs\nthreshold precision recall F1\n",
        held_out.len()
    );
    for (t, p, r, f) in rows {
        let mark = if f == best { "  best" } else { "" };
        out += &format!("{t:.2} {p:.4} {r:.4} {f:.4}{mark}\n");
    }
    Ok(out)
}

/// Precision, recall and F1 of taking the candidates whose probability reaches each
/// threshold from 0.05 to 0.95, for `(probability, is an attribution)` pairs.
fn sweep(scored: &[(f32, bool)]) -> Vec<(f32, f64, f64, f64)> {
    let gold = scored.iter().filter(|(_, y)| *y).count();
    (1..20)
        .map(|step| {
            let threshold = step as f32 / 20.0;
            let (mut tp, mut accepted) = (0usize, 0usize);
            for &(p, y) in scored {
                accepted += usize::from(p >= threshold);
                tp += usize::from(p >= threshold && y);
            }
            let p = tp as f64 / accepted.max(1) as f64;
            let r = tp as f64 / gold.max(1) as f64;
            let f = if tp == 0 { 0.0 } else { 2.0 * p * r / (p + r) };
            (threshold, p, r, f)
        })
        .collect()
}

/// The candidates of each article of `dir`, labelled from its gold attributions, with the
/// number of articles.
fn load_examples(dir: &Path, resources: &Resources) -> anyhow::Result<(usize, Vec<Vec<Example>>)> {
    let articles = crate::eval_polnear::load(dir)?;
    let examples = articles
        .par_iter()
        .map(|article| {
            let doc = crate::eval_polnear::document(article);
            let text = &article.text;
            whosaid::clause_candidates(&doc, resources)
                .into_iter()
                .map(|c| {
                    let source = &text[c.source.clone()];
                    let gold = article.gold.iter().any(|g| {
                        !whosaid_eval::is_quoted(&g.content)
                            && g.cue_ranges
                                .iter()
                                .any(|r| r.start < c.cue.end && c.cue.start < r.end)
                            && g.source
                                .as_deref()
                                .is_some_and(|s| whosaid_eval::speaker_matches(s, source, source))
                    });
                    (c.features, gold)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    Ok((articles.len(), examples))
}

/// Precision and recall of the candidates the classifier accepts, as a line.
fn scores(name: &str, model: &Classifier, examples: &[Example]) -> String {
    let (mut tp, mut accepted, mut gold) = (0usize, 0usize, 0usize);
    for (features, y) in examples {
        let yes = model.accepts(features);
        accepted += usize::from(yes);
        gold += usize::from(*y);
        tp += usize::from(yes && *y);
    }
    let p = tp as f64 / accepted.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    format!(
        "on {name}: {} candidates, {gold} attributions, {accepted} accepted, precision {p:.3}, \
         recall {r:.3}\n",
        examples.len()
    )
}

#[cfg(test)]
mod tests {
    use super::sweep;

    #[test]
    fn the_sweep_scores_each_threshold() {
        let scored = [
            (0.9, true),
            (0.6, true),
            (0.6, false),
            (0.3, true),
            (0.1, false),
        ];
        let rows = sweep(&scored);
        assert_eq!(rows.len(), 19);
        // At 0.5: two of the three taken are attributions, two of the three attributions.
        let (t, p, r, f) = rows[9];
        assert_eq!(t, 0.5);
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 2.0 / 3.0).abs() < 1e-9);
        assert!((f - 2.0 / 3.0).abs() < 1e-9);
        // At 0.95 nothing is taken.
        assert_eq!(rows[18].3, 0.0);
    }
}
