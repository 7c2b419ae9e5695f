//! Matching predictions to gold and counting the figures.

use expect_test::{Expect, expect};
use whosaid_eval::{Article, ErrorKind, GoldAttribution, Predicted, errors, load_polnear, score};

use crate::{TempCorpus, span};

fn predicted(kind: &str, quote: &str, speaker: &str, speaker_mention: &str) -> Predicted {
    Predicted {
        kind: kind.to_string(),
        quote: quote.to_string(),
        speaker: speaker.to_string(),
        speaker_mention: speaker_mention.to_string(),
    }
}

/// An article whose gold is `(content, source)` pairs; the text is not used by the scorer.
fn article(gold: &[(&str, &str)]) -> Article {
    Article {
        name: "art".to_string(),
        text: String::new(),
        gold: gold
            .iter()
            .map(|&(content, source)| GoldAttribution {
                content: content.to_string(),
                source: (!source.is_empty()).then(|| source.to_string()),
                ..GoldAttribution::default()
            })
            .collect(),
    }
}

fn check_errors(corpus: &[(Article, Vec<Predicted>)], expected: Expect) {
    let rendered: Vec<String> = errors(corpus).iter().map(ToString::to_string).collect();
    expected.assert_eq(&rendered.join("\n"));
}

#[test]
fn greedy_matching_pairs_best_scores_first() {
    // In gold order, "alpha beta gamma delta" would take the first prediction (F1 0.75) and
    // leave both speakers wrong; the global greedy order pairs the exact matches.
    let corpus = vec![(
        article(&[
            ("“alpha beta gamma delta”", "Smith"),
            ("“alpha beta gamma epsilon”", "Jones"),
        ]),
        vec![
            predicted("direct", "alpha beta gamma epsilon", "Jones", ""),
            predicted("direct", "alpha beta gamma delta", "Smith", ""),
        ],
    )];
    check_errors(&corpus, expect![""]);
    let scores = score(&corpus);
    assert_eq!((scores.quote_found, scores.quote_correct), (2, 2));
}

#[test]
fn each_gold_matches_at_most_one_prediction() {
    let corpus = vec![(
        article(&[("“alpha beta gamma”", "Smith")]),
        vec![
            predicted("direct", "alpha beta gamma", "Smith", ""),
            predicted("partial", "alpha beta gamma", "Smith", ""),
        ],
    )];
    check_errors(
        &corpus,
        expect![[r#"
            false positive in art
              predicted partial: [Smith / ] alpha beta gamma"#]],
    );
}

#[test]
fn ties_go_to_the_earlier_gold_and_prediction() {
    let corpus = vec![(
        article(&[
            ("“alpha beta gamma”", "Smith"),
            ("“alpha beta gamma”", "Jones"),
        ]),
        vec![predicted("direct", "alpha beta gamma", "Jones", "")],
    )];
    check_errors(
        &corpus,
        expect![[r#"
            missed quote in art
              gold: [Jones] “alpha beta gamma”
            wrong speaker in art
              gold: [Smith] “alpha beta gamma”
              predicted direct: [Jones / ] alpha beta gamma"#]],
    );
}

#[test]
fn below_half_f1_is_no_match() {
    let corpus = vec![(
        article(&[("“alpha beta gamma delta epsilon eta”", "Smith")]),
        vec![predicted("direct", "alpha beta zeta", "Smith", "")],
    )];
    let kinds: Vec<ErrorKind> = errors(&corpus).iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [ErrorKind::MissedQuote, ErrorKind::FalsePositive]);
}

#[test]
fn gold_without_source_never_has_the_right_speaker() {
    let corpus = vec![(
        article(&[("the plan failed", "")]),
        vec![predicted("indirect", "the plan failed", "", "")],
    )];
    let scores = score(&corpus);
    assert_eq!(
        (scores.indirect_found, scores.indirect_found_right_speaker),
        (1, 0)
    );
}

/// Writes one gold attribution line set for `content` said by `source` in `text`.
fn attribution(n: usize, text: &str, content: &str, source: &str) -> String {
    let (c, s, e) = (3 * n + 1, 3 * n + 2, n + 1);
    format!(
        "T{c}\tContent {}\t{content}\nT{s}\tSource {}\t{source}\nE{e}\tContent:T{c} Source:T{s}\n",
        span(text, content),
        span(text, source),
    )
}

fn check_scores(corpus: &[(Article, Vec<Predicted>)], expected: Expect) {
    expected.assert_eq(&score(corpus).to_string());
}

#[test]
fn figures_on_a_tiny_corpus() {
    let first = "“We will build the wall,” Trump said. Clinton said the plan would fail. \
                 Pence said the rally was “a great day for America” and thanked volunteers in Ohio.";
    let second = "“No comment,” a spokesman said. He added that talks would resume.";
    let dir = TempCorpus::new("tiny");
    dir.text("first", first)
        .text("second", second)
        .ann(
            "first_aaaa",
            &[
                attribution(0, first, "“We will build the wall,”", "Trump"),
                attribution(1, first, "the plan would fail", "Clinton"),
                attribution(
                    2,
                    first,
                    "the rally was “a great day for America” and thanked volunteers in Ohio",
                    "Pence",
                ),
            ]
            .concat(),
        )
        .ann(
            "second_bbbb",
            &[
                attribution(0, second, "“No comment,”", "a spokesman"),
                attribution(1, second, "talks would resume", "He"),
            ]
            .concat(),
        );
    let mut articles = load_polnear(dir.path()).unwrap().into_iter();
    let (Some(first), Some(second)) = (articles.next(), articles.next()) else {
        panic!("two articles expected");
    };
    let corpus = vec![
        (
            first,
            vec![
                predicted("direct", "We will build the wall", "Donald Trump", "Trump"),
                predicted("partial", "a great day for America", "Mike Pence", "Pence"),
                predicted("indirect", "the plan would fail", "Donald Trump", "Trump"),
                predicted("direct", "Build it now", "Donald Trump", "Trump"),
            ],
        ),
        (
            second,
            vec![
                predicted("direct", "No comment", "", ""),
                predicted("indirect", "talks would resume", "", "He"),
            ],
        ),
    ];
    check_scores(
        &corpus,
        expect![[r#"
            articles                                        2
            direct+partial quotes
              gold                                          3
              gold with pronoun or no source                0
              predicted (direct or partial)                 4
              gold found by any prediction                  3   detection recall  1.000
                of which right speaker                      2   speaker accuracy  0.667
              found by a quote, right speaker               2   precision         0.500
                                                                recall            0.667
                                                                f1                0.571
            indirect statements
              gold                                          2
              predicted (other kinds)                       2
                of which matching no gold                   0   share             0.000
              gold found by any prediction                  2   detection recall  1.000
              found with right speaker                      1   recall            0.500
        "#]],
    );
    check_errors(
        &corpus,
        expect![[r#"
            false positive in first
              predicted direct: [Donald Trump / Trump] Build it now
            wrong speaker in first
              gold: [Clinton] the plan would fail
              predicted indirect: [Donald Trump / Trump] the plan would fail
            wrong speaker in second
              gold: [a spokesman] “No comment,”
              predicted direct: [ / ] No comment"#]],
    );
}
