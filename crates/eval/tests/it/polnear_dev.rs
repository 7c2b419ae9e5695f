//! The scorer on the PolNeAR dev split, when `../shared` is present.

use std::path::PathBuf;

use whosaid_eval::{Article, ErrorKind, Predicted, Scores, errors, is_quoted, load_polnear, score};

fn dev_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/polnear/dev")
}

/// Baseline (a): every gold content predicted, with its gold source as the speaker.
fn gold_as_predictions(article: &Article) -> Vec<Predicted> {
    article
        .gold
        .iter()
        .map(|g| Predicted {
            kind: if is_quoted(&g.content) {
                "direct"
            } else {
                "indirect"
            }
            .to_string(),
            quote: g.content.clone(),
            speaker: g.source.clone().unwrap_or_default(),
            speaker_mention: g.source.clone().unwrap_or_default(),
        })
        .collect()
}

/// Baseline (b): every “…” span of the text as a direct quote with no speaker.
fn curly_quotes(article: &Article) -> Vec<Predicted> {
    let mut predictions = Vec::new();
    let mut rest = article.text.as_str();
    while let Some(open) = rest.find('“') {
        let after = &rest[open + '“'.len_utf8()..];
        let Some(close) = after.find('”') else {
            break;
        };
        predictions.push(Predicted {
            kind: "direct".to_string(),
            quote: after[..close].to_string(),
            speaker: String::new(),
            speaker_mention: String::new(),
        });
        rest = &after[close + '”'.len_utf8()..];
    }
    predictions
}

fn run(articles: &[Article], predict: fn(&Article) -> Vec<Predicted>) -> (Scores, usize) {
    let corpus: Vec<(Article, Vec<Predicted>)> =
        articles.iter().map(|a| (a.clone(), predict(a))).collect();
    let wrong_speakers = errors(&corpus)
        .iter()
        .filter(|e| e.kind == ErrorKind::WrongSpeaker)
        .count();
    (score(&corpus), wrong_speakers)
}

#[test]
fn dev_split_loads_and_baselines_score_sanely() {
    let dir = dev_dir();
    if !dir.is_dir() {
        eprintln!("skipped: PolNeAR dev split not found at {}", dir.display());
        return;
    }
    let articles = load_polnear(&dir).unwrap();
    assert_eq!(articles.len(), 84);
    let gold: usize = articles.iter().map(|a| a.gold.len()).sum();
    let quoted = articles
        .iter()
        .flat_map(|a| &a.gold)
        .filter(|g| is_quoted(&g.content))
        .count();
    let no_source = articles
        .iter()
        .flat_map(|a| &a.gold)
        .filter(|g| g.source.is_none())
        .count();
    println!(
        "dev: {} articles, {gold} gold attributions: {quoted} direct+partial, {} indirect, \
         {no_source} without source",
        articles.len(),
        gold - quoted
    );
    assert!(
        gold > 1000 && quoted > 300 && gold - quoted > 300,
        "{gold} {quoted}"
    );

    let (ceiling, wrong) = run(&articles, gold_as_predictions);
    println!("baseline (a) gold contents with gold sources ({wrong} wrong speakers):\n{ceiling}");
    assert_eq!(ceiling.quote_found, ceiling.quote_gold);
    assert_eq!(ceiling.indirect_found, ceiling.indirect_gold);
    assert_eq!(ceiling.quote_predicted, ceiling.quote_gold);

    let (quotes, _) = run(&articles, curly_quotes);
    println!("baseline (b) every “…” span, no speaker:\n{quotes}");
    assert_eq!(quotes.quote_found_right_speaker, 0);
    assert!(quotes.detection_recall() > 0.3, "{quotes}");
}
