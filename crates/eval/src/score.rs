//! Matching predictions to gold attributions and counting.

use std::fmt;

use crate::brat::{Article, GoldAttribution};
use crate::text::{F1, GoldTokens, content_words, is_quoted, sorted_tokens, speaker_matches};

/// One statement a system found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Predicted {
    /// `direct`, `partial` or `indirect`; only `direct` and `partial` (any case) count as
    /// quote predictions.
    pub kind: String,
    /// The statement's text; quote marks and punctuation are ignored.
    pub quote: String,
    /// The resolved speaker ("Hillary Clinton"), empty when unknown.
    pub speaker: String,
    /// The speaker's mention in the text ("Clinton", "she"), empty when unknown.
    pub speaker_mention: String,
}

impl Predicted {
    fn is_quote(&self) -> bool {
        let kind = self.kind.trim();
        kind.eq_ignore_ascii_case("direct") || kind.eq_ignore_ascii_case("partial")
    }
}

/// Counts over a corpus, with the figures derived from them.
///
/// "Quote" means a gold content that [`is_quoted`](crate::is_quoted) (direct or partial) or a
/// prediction of kind `direct` or `partial`; "indirect" is every other gold content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    /// Articles scored.
    pub articles: usize,
    /// Gold quote contents.
    pub quote_gold: usize,
    /// Predictions of kind `direct` or `partial`.
    pub quote_predicted: usize,
    /// Gold quote contents matched by any prediction.
    pub quote_found: usize,
    /// Gold quote contents matched by any prediction with the right speaker.
    pub quote_found_right_speaker: usize,
    /// Gold quote contents matched by a quote prediction with the right speaker: the
    /// numerator of [`Scores::precision`] and [`Scores::recall`].
    pub quote_correct: usize,
    /// Gold quote contents whose source has no content word or is missing, so that only a
    /// prediction naming the same pronoun mention (or none, for a missing source) can be right.
    pub quote_gold_weak_source: usize,
    /// Gold indirect contents.
    pub indirect_gold: usize,
    /// Predictions of any kind other than `direct` or `partial`.
    pub indirect_predicted: usize,
    /// Predictions of other kinds that match no gold content at all: reported speech found
    /// where the annotators saw none, or with a clause too far off to match.
    pub indirect_unmatched: usize,
    /// Gold indirect contents matched by any prediction.
    pub indirect_found: usize,
    /// Gold indirect contents matched by any prediction with the right speaker.
    pub indirect_found_right_speaker: usize,
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

impl Scores {
    /// Share of gold quotes matched by any prediction.
    pub fn detection_recall(&self) -> f64 {
        ratio(self.quote_found, self.quote_gold)
    }

    /// Share of matched gold quotes whose speaker is right.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.quote_found_right_speaker, self.quote_found)
    }

    /// Share of quote predictions that match a gold quote with the right speaker.
    pub fn precision(&self) -> f64 {
        ratio(self.quote_correct, self.quote_predicted)
    }

    /// Share of gold quotes matched by a quote prediction with the right speaker.
    pub fn recall(&self) -> f64 {
        ratio(self.quote_correct, self.quote_gold)
    }

    /// Harmonic mean of [`Scores::precision`] and [`Scores::recall`].
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Share of gold indirect contents matched by any prediction.
    pub fn indirect_detection_recall(&self) -> f64 {
        ratio(self.indirect_found, self.indirect_gold)
    }

    /// Share of gold indirect contents matched by any prediction with the right speaker.
    pub fn indirect_recall(&self) -> f64 {
        ratio(self.indirect_found_right_speaker, self.indirect_gold)
    }

    /// Share of other-kind predictions that match no gold content.
    pub fn indirect_unmatched_share(&self) -> f64 {
        ratio(self.indirect_unmatched, self.indirect_predicted)
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // (label, count, figure); a row with neither count nor figure is a heading.
        type Row<'a> = (&'a str, Option<usize>, Option<(&'a str, f64)>);
        let rows: [Row<'_>; 16] = [
            ("articles", Some(self.articles), None),
            ("direct+partial quotes", None, None),
            ("  gold", Some(self.quote_gold), None),
            (
                "  gold with pronoun or no source",
                Some(self.quote_gold_weak_source),
                None,
            ),
            (
                "  predicted (direct or partial)",
                Some(self.quote_predicted),
                None,
            ),
            (
                "  gold found by any prediction",
                Some(self.quote_found),
                Some(("detection recall", self.detection_recall())),
            ),
            (
                "    of which right speaker",
                Some(self.quote_found_right_speaker),
                Some(("speaker accuracy", self.speaker_accuracy())),
            ),
            (
                "  found by a quote, right speaker",
                Some(self.quote_correct),
                Some(("precision", self.precision())),
            ),
            ("", None, Some(("recall", self.recall()))),
            ("", None, Some(("f1", self.f1()))),
            ("indirect statements", None, None),
            ("  gold", Some(self.indirect_gold), None),
            (
                "  predicted (other kinds)",
                Some(self.indirect_predicted),
                None,
            ),
            (
                "    of which matching no gold",
                Some(self.indirect_unmatched),
                Some(("share", self.indirect_unmatched_share())),
            ),
            (
                "  gold found by any prediction",
                Some(self.indirect_found),
                Some(("detection recall", self.indirect_detection_recall())),
            ),
            (
                "  found with right speaker",
                Some(self.indirect_found_right_speaker),
                Some(("recall", self.indirect_recall())),
            ),
        ];
        for (label, count, figure) in rows {
            let line = match (count, figure) {
                (Some(count), Some((name, value))) => {
                    format!("{label:<42}{count:>7}   {name:<18}{value:.3}")
                }
                (None, Some((name, value))) => format!("{label:<52}{name:<18}{value:.3}"),
                (Some(count), None) => format!("{label:<42}{count:>7}"),
                (None, None) => label.to_string(),
            };
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

/// What went wrong in one [`ErrorCase`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ErrorKind {
    /// A gold quote that no prediction matched.
    MissedQuote,
    /// A gold indirect statement that no prediction matched.
    MissedIndirect,
    /// A `direct` or `partial` prediction that matched no gold content.
    FalsePositive,
    /// A matched pair whose predicted speaker is not the gold source.
    WrongSpeaker,
}

/// One scoring error, for developers to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCase {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The article's name.
    pub article: String,
    /// The gold attribution involved (none for a false positive).
    pub gold: Option<GoldAttribution>,
    /// The prediction involved (none for a missed statement).
    pub predicted: Option<Predicted>,
}

impl fmt::Display for ErrorCase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            ErrorKind::MissedQuote => "missed quote",
            ErrorKind::MissedIndirect => "missed indirect",
            ErrorKind::FalsePositive => "false positive",
            ErrorKind::WrongSpeaker => "wrong speaker",
        };
        write!(f, "{kind} in {}", self.article)?;
        if let Some(gold) = &self.gold {
            let source = gold.source.as_deref().unwrap_or("(none)");
            write!(f, "\n  gold: [{source}] {}", gold.content)?;
        }
        if let Some(predicted) = &self.predicted {
            write!(
                f,
                "\n  predicted {}: [{} / {}] {}",
                predicted.kind, predicted.speaker, predicted.speaker_mention, predicted.quote
            )?;
        }
        Ok(())
    }
}

/// The one-to-one matching of one article.
struct ArticleMatch {
    /// Per gold attribution: whether its content is a quote.
    gold_quoted: Vec<bool>,
    /// Per gold attribution: the matched prediction and whether the speaker is right.
    gold_match: Vec<Option<(usize, bool)>>,
    /// Per prediction: whether it matched some gold content.
    predicted_matched: Vec<bool>,
}

/// Matches predictions to gold contents one-to-one: greedy by descending F1 among pairs
/// scoring at least 0.5, ties broken by gold index, then prediction index.
fn match_article(article: &Article, predictions: &[Predicted]) -> ArticleMatch {
    let gold_tokens: Vec<GoldTokens> = article
        .gold
        .iter()
        .map(|g| GoldTokens::new(&g.content))
        .collect();
    let predicted_tokens: Vec<Vec<String>> = predictions
        .iter()
        .map(|p| sorted_tokens(&p.quote))
        .collect();
    let mut pairs: Vec<(F1, usize, usize)> = Vec::new();
    for (g, gold) in gold_tokens.iter().enumerate() {
        for (p, predicted) in predicted_tokens.iter().enumerate() {
            let f1 = gold.score(predicted);
            if f1.is_match() {
                pairs.push((f1, g, p));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_match = vec![None; article.gold.len()];
    let mut predicted_matched = vec![false; predictions.len()];
    for (_, g, p) in pairs {
        if gold_match[g].is_some() || predicted_matched[p] {
            continue;
        }
        let predicted = &predictions[p];
        let right = article.gold[g].source.as_deref().is_some_and(|source| {
            speaker_matches(source, &predicted.speaker, &predicted.speaker_mention)
        });
        gold_match[g] = Some((p, right));
        predicted_matched[p] = true;
    }
    ArticleMatch {
        gold_quoted: article.gold.iter().map(|g| is_quoted(&g.content)).collect(),
        gold_match,
        predicted_matched,
    }
}

/// Scores predictions against the gold attributions of their articles.
///
/// Each article is matched once, over all its gold contents and all its predictions; the
/// quote and indirect figures are counted from that one matching.
pub fn score(articles_with_predictions: &[(Article, Vec<Predicted>)]) -> Scores {
    let mut scores = Scores {
        articles: articles_with_predictions.len(),
        ..Scores::default()
    };
    for (article, predictions) in articles_with_predictions {
        let matching = match_article(article, predictions);
        for (p, predicted) in predictions.iter().enumerate() {
            if predicted.is_quote() {
                scores.quote_predicted += 1;
            } else {
                scores.indirect_predicted += 1;
                scores.indirect_unmatched += usize::from(!matching.predicted_matched[p]);
            }
        }
        for (g, gold) in article.gold.iter().enumerate() {
            let found = matching.gold_match[g];
            let right = found.is_some_and(|(_, right)| right);
            if matching.gold_quoted[g] {
                scores.quote_gold += 1;
                let weak = gold
                    .source
                    .as_deref()
                    .is_none_or(|s| content_words(s).is_empty());
                scores.quote_gold_weak_source += usize::from(weak);
                scores.quote_found += usize::from(found.is_some());
                scores.quote_found_right_speaker += usize::from(right);
                let by_quote = found.is_some_and(|(p, _)| predictions[p].is_quote());
                scores.quote_correct += usize::from(right && by_quote);
            } else {
                scores.indirect_gold += 1;
                scores.indirect_found += usize::from(found.is_some());
                scores.indirect_found_right_speaker += usize::from(right);
            }
        }
    }
    scores
}

/// Lists the scoring errors, article by article: missed quotes, missed indirect statements,
/// false positives, then wrong speakers.
///
/// Uses the same matching as [`score`]; filter by [`ErrorCase::kind`] to print the first few
/// of each kind.
pub fn errors(articles_with_predictions: &[(Article, Vec<Predicted>)]) -> Vec<ErrorCase> {
    let mut cases = Vec::new();
    for (article, predictions) in articles_with_predictions {
        let matching = match_article(article, predictions);
        let case =
            |kind, gold: Option<&GoldAttribution>, predicted: Option<&Predicted>| ErrorCase {
                kind,
                article: article.name.clone(),
                gold: gold.cloned(),
                predicted: predicted.cloned(),
            };
        let mut wrong_speakers = Vec::new();
        for (g, gold) in article.gold.iter().enumerate() {
            match matching.gold_match[g] {
                None if matching.gold_quoted[g] => {
                    cases.push(case(ErrorKind::MissedQuote, Some(gold), None));
                }
                None => cases.push(case(ErrorKind::MissedIndirect, Some(gold), None)),
                Some((p, false)) => {
                    wrong_speakers.push(case(
                        ErrorKind::WrongSpeaker,
                        Some(gold),
                        Some(&predictions[p]),
                    ));
                }
                Some((_, true)) => {}
            }
        }
        for (p, predicted) in predictions.iter().enumerate() {
            if predicted.is_quote() && !matching.predicted_matched[p] {
                cases.push(case(ErrorKind::FalsePositive, None, Some(predicted)));
            }
        }
        cases.append(&mut wrong_speakers);
    }
    cases
}
