//! Reading BRAT standoff annotations.

use expect_test::{Expect, expect};
use whosaid_eval::{EvalError, load_polnear};

use crate::{TempCorpus, span};

/// Loads a one-article corpus and renders its gold attributions, one per line.
fn check_gold(text: &str, ann: &str, expected: Expect) {
    let corpus = TempCorpus::new("gold");
    corpus.text("art", text).ann("art_ab12", ann);
    let articles = load_polnear(corpus.path()).unwrap();
    let rendered: Vec<String> = articles[0]
        .gold
        .iter()
        .map(|g| format!("{:?} <- {:?} ({:?})", g.content, g.source, g.cue))
        .collect();
    expected.assert_eq(&rendered.join("\n"));
}

/// Loads a corpus that must fail and renders the error with the corpus path elided.
fn check_error(corpus: &TempCorpus, expected: Expect) {
    let error = load_polnear(corpus.path()).unwrap_err();
    let message = error
        .to_string()
        .replace(&corpus.path().display().to_string(), "DIR");
    expected.assert_eq(&message);
}

#[test]
fn offsets_count_code_points_not_bytes() {
    let text = "Café owner José said: “Prices are up.” Then he left.";
    let ann = format!(
        "T1\tSource {}\tJosé\nT2\tCue {}\tsaid\nT3\tContent {}\t“Prices are up.”\nT4\tAttribution {}\tsaid\n\
         E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        span(text, "José"),
        span(text, "said"),
        span(text, "“Prices are up.”"),
        span(text, "said"),
    );
    check_gold(
        text,
        &ann,
        expect![[r#""“Prices are up.”" <- Some("José") (Some("said"))"#]],
    );
}

#[test]
fn discontinuous_pieces_and_second_content_are_joined_with_a_space() {
    let text = "“We will win,” Clinton said, “and soon.” Also: “Vote.”";
    let ann = format!(
        "T1\tContent {};{}\tx\nT2\tSource {}\tClinton\nT3\tCue {}\tsaid\nT4\tAttribution {}\tsaid\n\
         T5\tContent {}\t“Vote.”\nE1\tContent2:T5 Source:T2 Attribution:T4 Cue:T3 Content:T1\n",
        span(text, "“We will win,”"),
        span(text, "“and soon.”"),
        span(text, "Clinton"),
        span(text, "said"),
        span(text, "said"),
        span(text, "“Vote.”"),
    );
    check_gold(
        text,
        &ann,
        expect![[r#""“We will win,” “and soon.” “Vote.”" <- Some("Clinton") (Some("said"))"#]],
    );
}

#[test]
fn missing_source_other_line_kinds_and_other_span_types_are_tolerated() {
    let text = "The plan has faced ridicule online. Read the rest here.";
    let ann = format!(
        "T1\tContent {}\tThe plan\nT2\tCue {}\thas faced ridicule\n\
         T3\tAttribution-no-source {}\thas faced ridicule\nT4\tDiscard {}\tRead the rest here.\n\
         #1\tAnnotatorNotes T1\tunclear\nA1\tNegated E1\nR1\tRel Arg1:T1 Arg2:T2\n\n\
         E1\tAttribution-no-source:T3 Content:T1 Cue:T2\nE2\tAttribution-no-source:T3 \n",
        span(text, "The plan"),
        span(text, "has faced ridicule"),
        span(text, "has faced ridicule"),
        span(text, "Read the rest here."),
    );
    check_gold(
        text,
        &ann,
        expect![[r#""The plan" <- None (Some("has faced ridicule"))"#]],
    );
}

#[test]
fn first_annotator_file_wins_and_articles_are_sorted() {
    let corpus = TempCorpus::new("annotators");
    let text = "Smith said yes. Jones said no.";
    let smith = format!("T1\tContent {}\tyes\nE1\tContent:T1\n", span(text, "yes"));
    let jones = format!("T1\tContent {}\tno\nE1\tContent:T1\n", span(text, "no"));
    corpus
        .text("b_article", text)
        .text("a_article", text)
        .text("unannotated", text)
        .ann("b_article_ffff", &smith)
        .ann("b_article_0a1b", &jones)
        .ann("a_article_beef", &smith);
    let articles = load_polnear(corpus.path()).unwrap();
    let rendered: Vec<String> = articles
        .iter()
        .map(|a| format!("{}: {}", a.name, a.gold[0].content))
        .collect();
    expect![[r#"
        a_article: yes
        b_article: no"#]]
    .assert_eq(&rendered.join("\n"));
}

#[test]
fn malformed_offsets_name_file_and_line() {
    let corpus = TempCorpus::new("malformed");
    corpus.text("art", "He said so.").ann(
        "art_ab12",
        "# note\nT1\tSource 0 2\tHe\nT2\tCue 3 x\tsaid\n",
    );
    check_error(
        &corpus,
        expect!["DIR/attributions/art_ab12.ann:3: span T2 has malformed offsets `3 x`"],
    );
}

#[test]
fn offsets_past_the_end_are_an_error() {
    let corpus = TempCorpus::new("past-end");
    corpus
        .text("art", "Olé")
        .ann("art_ab12", "T1\tContent 0 4\tOlé!\n");
    check_error(
        &corpus,
        expect![
            "DIR/attributions/art_ab12.ann:1: span T1 offsets 0..4 are outside the text (3 code points)"
        ],
    );
}

#[test]
fn event_with_unknown_span_or_bad_argument_is_an_error() {
    let corpus = TempCorpus::new("unknown-span");
    corpus.text("art", "He said so.").ann(
        "art_ab12",
        "T1\tContent 8 10\tso\nE1\tContent:T1 Source:T9\n",
    );
    check_error(
        &corpus,
        expect!["DIR/attributions/art_ab12.ann:2: event E1 refers to unknown span `T9`"],
    );
    let corpus = TempCorpus::new("bad-argument");
    corpus
        .text("art", "He said so.")
        .ann("art_ab12", "T1\tContent 8 10\tso\nE1\tContent=T1\n");
    check_error(
        &corpus,
        expect!["DIR/attributions/art_ab12.ann:2: event E1 has malformed argument `Content=T1`"],
    );
}

#[test]
fn annotation_without_text_or_annotator_is_an_error() {
    let corpus = TempCorpus::new("no-text");
    corpus.ann("lonely_ab12", "");
    check_error(
        &corpus,
        expect!["DIR/attributions/lonely_ab12.ann: no text file DIR/text/lonely.txt"],
    );
    let corpus = TempCorpus::new("no-annotator");
    corpus.text("plain", "").ann("plain", "");
    check_error(
        &corpus,
        expect!["DIR/attributions/plain.ann: annotation file name has no `_<annotator>` suffix"],
    );
}

#[test]
fn missing_directory_is_an_io_error() {
    let corpus = TempCorpus::new("missing");
    let error = load_polnear(&corpus.path().join("nowhere")).unwrap_err();
    assert!(matches!(error, EvalError::Io { .. }), "{error}");
}

#[test]
fn surface_text_broken_across_lines_is_skipped() {
    let text = "The number of people vetted is three, Clinton said.";
    let ann = format!(
        "T1\tContent {}\tThe number\n\nThe number of people vetted is three\nT2\tSource {}\tClinton\n\
         T3\tCue {}\tsaid\nT4\tAttribution {}\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n",
        span(text, "The number of people vetted is three"),
        span(text, "Clinton"),
        span(text, "said"),
        span(text, "said"),
    );
    check_gold(
        text,
        &ann,
        expect![[r#""The number of people vetted is three" <- Some("Clinton") (Some("said"))"#]],
    );
}
