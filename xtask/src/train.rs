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
    score: Option<&Path>,
) -> anyhow::Result<String> {
    // Features come from the pipeline without a tagger, so that training does not depend on
    // the model it replaces.
    let mut resources = Resources::embedded();
    resources.attributor.set_tagger(Model::default());
    let (articles, examples) = load_examples(dir, &resources)?;
    let tokens: usize = examples.iter().map(|(f, _)| f.len()).sum();
    let tagged = examples
        .iter()
        .flat_map(|(_, l)| l)
        .filter(|&&l| l != Label::Outside)
        .count();
    let model = whosaid::attribute::train(&examples, epochs, min_count, prune);
    let what = format!(
        "{articles} articles, {} paragraphs, {tokens} tokens ({tagged} in attributions), {epochs} \
         epochs",
        examples.len()
    );
    save(
        out,
        &model.to_bytes(),
        what,
        score,
        |name, examples| token_scores(name, &model, examples),
        &examples,
        |dir| Ok(load_examples(dir, &resources)?.1),
    )
}

/// Writes a trained model's bytes to `out` and returns the summary: `what` was trained, and
/// the model's `scores` on the training data and on the held-out folder `score` when given.
pub(crate) fn save<E>(
    out: &Path,
    bytes: &[u8],
    what: String,
    score: Option<&Path>,
    scores: impl Fn(&str, &[E]) -> String,
    training: &[E],
    load: impl Fn(&Path) -> anyhow::Result<Vec<E>>,
) -> anyhow::Result<String> {
    std::fs::write(out, bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    let mut summary = format!(
        "{what} -> {} ({} bytes)\n{}",
        out.display(),
        bytes.len(),
        scores("training data", training)
    );
    if let Some(dir) = score {
        summary += &scores(&dir.display().to_string(), &load(dir)?);
    }
    Ok(summary)
}

/// The articles of `dir` as tagger examples, with the number of articles.
fn load_examples(dir: &Path, resources: &Resources) -> anyhow::Result<(usize, Vec<Example>)> {
    let articles = crate::eval_polnear::load(dir)?;
    let examples = articles
        .par_iter()
        .flat_map_iter(|article| {
            let doc = crate::eval_polnear::document(article);
            whosaid::tagger_paragraphs(&doc, resources)
                .into_iter()
                .map(|(tokens, features)| (features, labels(&tokens, &article.gold)))
                .collect::<Vec<_>>()
        })
        .collect();
    Ok((articles.len(), examples))
}

/// Token precision, recall and F1 of the model's source, cue and content tags (begin and
/// inside together) on `examples`, as a line.
fn token_scores(name: &str, model: &Model, examples: &[Example]) -> String {
    let role = |l: Label| match l {
        Label::Outside => 0,
        Label::SourceBegin | Label::SourceInside => 1,
        Label::CueBegin | Label::CueInside => 2,
        Label::ContentBegin | Label::ContentInside => 3,
    };
    // Per role 1..=3: (gold, tagged, both).
    let counts = examples
        .par_iter()
        .map(|(features, gold)| {
            let mut c = [[0usize; 3]; 4];
            for (g, t) in gold.iter().zip(model.tag(features)) {
                c[role(*g)][0] += 1;
                c[role(t)][1] += 1;
                if role(*g) == role(t) {
                    c[role(t)][2] += 1;
                }
            }
            c
        })
        .reduce(
            || [[0; 3]; 4],
            |mut a, b| {
                for (x, y) in a.iter_mut().flatten().zip(b.iter().flatten()) {
                    *x += y;
                }
                a
            },
        );
    let mut line = format!("token P/R/F1 on {name}:");
    for (r, label) in [(1, "source"), (2, "cue"), (3, "content")] {
        let [gold, tagged, both] = counts[r].map(|x| x as f64);
        let (p, rec) = (both / tagged.max(1.0), both / gold.max(1.0));
        let f = if p + rec > 0.0 {
            2.0 * p * rec / (p + rec)
        } else {
            0.0
        };
        line += &format!(" {label} {p:.3}/{rec:.3}/{f:.3}");
    }
    line + "\n"
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_attributions_keep_their_own_tags() {
        // "Ann said Bob claimed rain": Ann's content holds Bob's attribution.
        let tokens = [0..3, 4..8, 9..12, 13..20, 21..25];
        let one = |r: Range<usize>| vec![r];
        let outer = GoldAttribution {
            source_ranges: one(0..3),
            cue_ranges: one(4..8),
            content_ranges: one(9..25),
            ..GoldAttribution::default()
        };
        let inner = GoldAttribution {
            source_ranges: one(9..12),
            cue_ranges: one(13..20),
            content_ranges: one(21..25),
            ..GoldAttribution::default()
        };
        use Label::*;
        assert_eq!(
            labels(&tokens, &[inner, outer]),
            [SourceBegin, CueBegin, SourceBegin, CueBegin, ContentBegin]
        );
    }

    #[test]
    fn token_scores_count_roles_not_begin_and_inside() {
        let gold = vec![Label::SourceBegin, Label::CueBegin, Label::ContentBegin];
        let examples = vec![(vec![vec![1], vec![2], vec![3]], gold.clone())];
        let model = whosaid::attribute::train(&examples, 5, 1, 0.0);
        assert_eq!(
            token_scores("x", &model, &examples),
            "token P/R/F1 on x: source 1.000/1.000/1.000 cue 1.000/1.000/1.000 \
             content 1.000/1.000/1.000\n"
        );
        assert_eq!(
            token_scores("x", &Model::default(), &examples),
            "token P/R/F1 on x: source 0.000/0.000/0.000 cue 0.000/0.000/0.000 \
             content 0.000/0.000/0.000\n"
        );
    }
}
