//! `cargo xtask eval polnear DIR`: runs the pipeline on each PolNeAR article and scores its
//! statements against the gold attributions with `whosaid-eval`.

use std::fmt::Write;
use std::path::Path;

use rayon::prelude::*;
use whosaid::{Document, Resources};
use whosaid_eval::{ErrorKind, Predicted};

/// Scores the pipeline on a PolNeAR-style folder and returns the printed report, with up to
/// `examples` error cases of each kind, with the tagger model at `tagger` instead of the
/// embedded one.
pub fn run(dir: &Path, examples: usize, tagger: Option<&Path>) -> anyhow::Result<String> {
    let articles = load(dir)?;
    let mut resources = Resources::embedded();
    if let Some(path) = tagger {
        let bytes = std::fs::read(path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        let model = whosaid::attribute::Model::from_bytes(&bytes)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        resources.attributor.set_tagger(model);
    }
    let scored: Vec<_> = articles
        .into_par_iter()
        .map(|article| {
            let doc = document(&article);
            let predicted = whosaid::analyze(&doc, &resources)
                .into_iter()
                .map(|r| Predicted {
                    kind: r.kind,
                    quote: r.quote,
                    speaker: r.speaker,
                    speaker_mention: r.speaker_mention,
                })
                .collect();
            (article, predicted)
        })
        .collect();
    let mut out = String::new();
    writeln!(out, "PolNeAR evaluation of {}", dir.display())?;
    writeln!(out, "{}", whosaid_eval::score(&scored))?;
    if examples > 0 {
        let errors = whosaid_eval::errors(&scored);
        for kind in [
            ErrorKind::MissedQuote,
            ErrorKind::FalsePositive,
            ErrorKind::WrongSpeaker,
            ErrorKind::MissedIndirect,
        ] {
            let of_kind: Vec<_> = errors.iter().filter(|e| e.kind == kind).collect();
            writeln!(out, "\n== {kind:?}: {} cases", of_kind.len())?;
            for e in of_kind.iter().take(examples) {
                writeln!(out, "{e}")?;
            }
        }
    }
    Ok(out)
}

/// The annotated articles of a PolNeAR-style folder, with a hint where the data lives when
/// the folder is missing.
pub(crate) fn load(dir: &Path) -> anyhow::Result<Vec<whosaid_eval::Article>> {
    if !dir.exists() {
        anyhow::bail!(
            "{}: not found (PolNeAR data lives in ../shared/corpora/polnear)",
            dir.display()
        );
    }
    Ok(whosaid_eval::load_polnear(dir)?)
}

/// A PolNeAR article as a pipeline document: English, dated from its file name.
pub(crate) fn document(article: &whosaid_eval::Article) -> Document {
    Document {
        id: article.name.clone(),
        origin: article.name.clone(),
        published: published_from_name(&article.name),
        language: Some("en".into()),
        text: article.text.clone(),
        ..Document::default()
    }
}

/// PolNeAR file names start with `publisher_YYYY-MM-DD_`.
fn published_from_name(name: &str) -> Option<whosaid::Date> {
    name.split('_').nth(1).and_then(|d| d.parse().ok())
}
