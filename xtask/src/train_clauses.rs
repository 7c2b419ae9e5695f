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
        |dir| Ok(load_examples(dir, &resources)?.1),
    )
}

/// The candidates of every article of `dir`, labelled from its gold attributions, with the
/// number of articles.
fn load_examples(dir: &Path, resources: &Resources) -> anyhow::Result<(usize, Vec<Example>)> {
    let articles = crate::eval_polnear::load(dir)?;
    let examples = articles
        .par_iter()
        .flat_map_iter(|article| {
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
