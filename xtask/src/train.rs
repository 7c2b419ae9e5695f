//! `cargo xtask train polnear DIR`: trains the attribution tagger on PolNeAR-style gold
//! annotations and writes its weights to `crates/attribute/data/tagger.bin`.

use std::ops::Range;
use std::path::Path;

use rayon::prelude::*;
use whosaid::Resources;
use whosaid::attribute::{Label, Model};
use whosaid_eval::GoldAttribution;

/// One paragraph: features and gold labels of its tokens.
type Example = (Vec<Vec<u64>>, Vec<Label>);

/// Trains on every article of `dir` and writes the model to `out`. Returns a summary.
pub fn run(
    dir: &Path,
    out: &Path,
    epochs: usize,
    min_count: usize,
    prune: f32,
) -> anyhow::Result<String> {
    let articles = crate::eval_polnear::load(dir)?;
    // Features come from the pipeline without a tagger, so that training does not depend on
    // the model it replaces.
    let mut resources = Resources::embedded();
    resources.attributor.set_tagger(Model::default());
    let examples: Vec<Example> = articles
        .par_iter()
        .flat_map_iter(|article| {
            let doc = crate::eval_polnear::document(article);
            whosaid::tagger_paragraphs(&doc, &resources)
                .into_iter()
                .map(|(tokens, features)| (features, labels(&tokens, &article.gold)))
                .collect::<Vec<_>>()
        })
        .collect();
    let tokens: usize = examples.iter().map(|(f, _)| f.len()).sum();
    let tagged = examples
        .iter()
        .flat_map(|(_, l)| l)
        .filter(|&&l| l != Label::Outside)
        .count();
    let model = whosaid::attribute::train(&examples, epochs, min_count, prune);
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    Ok(format!(
        "{} articles, {} paragraphs, {tokens} tokens ({tagged} in attributions), {epochs} epochs \
         -> {} ({} bytes)\n",
        articles.len(),
        examples.len(),
        out.display(),
        bytes.len()
    ))
}

/// The gold label of every token. Longer contents are painted first, so an attribution
/// nested in another's content keeps its own source, cue and content; a token starts a span
/// when the token before it belongs to another span.
fn labels(tokens: &[Range<usize>], gold: &[GoldAttribution]) -> Vec<Label> {
    let mut order: Vec<&GoldAttribution> = gold.iter().collect();
    let length = |g: &GoldAttribution| g.content_ranges.iter().map(|r| r.len()).sum::<usize>();
    order.sort_by_key(|g| std::cmp::Reverse(length(g)));
    // (role, span number) per token; role 0 is outside.
    let mut painted = vec![(0u8, 0usize); tokens.len()];
    let mut span = 0;
    for g in order {
        for (role, ranges) in [
            (3, &g.content_ranges),
            (1, &g.source_ranges),
            (2, &g.cue_ranges),
        ] {
            span += 1;
            for r in ranges {
                for (t, slot) in tokens.iter().zip(painted.iter_mut()) {
                    if r.start <= t.start && t.start < r.end {
                        *slot = (role, span);
                    }
                }
            }
        }
    }
    painted
        .iter()
        .enumerate()
        .map(|(i, &(role, span))| {
            let begin = i == 0 || painted[i - 1] != (role, span);
            match (role, begin) {
                (1, true) => Label::SourceBegin,
                (1, false) => Label::SourceInside,
                (2, true) => Label::CueBegin,
                (2, false) => Label::CueInside,
                (3, true) => Label::ContentBegin,
                (3, false) => Label::ContentInside,
                _ => Label::Outside,
            }
        })
        .collect()
}
