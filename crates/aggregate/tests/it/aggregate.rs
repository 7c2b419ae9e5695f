//! Counting: speakers, kinds, articles, dates, the example cap.

use whosaid_aggregate::{Aggregator, Summary};

use crate::fixture::{self, doc, statement};

#[test]
fn speakers_are_ranked_by_statements_then_by_name() {
    let d = doc("a.txt", "", "", 0);
    let mut aggregator = Aggregator::new(0);
    for speaker in [
        "Zelensky", "Albanese", "Putin", "Macron", "Putin", "Zelensky", "Albanese",
    ] {
        aggregator.add(&statement(&d, "direct", speaker, "…", "said", ""));
    }
    let names: Vec<String> = aggregator
        .speakers()
        .into_iter()
        .map(|r| r.speaker)
        .collect();
    assert_eq!(names, ["Albanese", "Putin", "Zelensky", "Macron"]);
}

#[test]
fn unattributed_statements_are_counted_but_not_a_speaker() {
    let aggregator = fixture::aggregated();
    assert!(aggregator.speakers().iter().all(|r| !r.speaker.is_empty()));
    assert_eq!(
        aggregator.summary(),
        Summary {
            documents: 4,
            bytes: 27_723,
            outlets: 3,
            statements: 13,
            direct: 8,
            partial: 2,
            indirect: 3,
            speakers: 5,
            unattributed: 1,
        }
    );
}

#[test]
fn articles_count_each_document_once_per_speaker() {
    let trump = &fixture::aggregated().speakers()[0];
    assert_eq!(trump.speaker, "Donald Trump");
    assert_eq!((trump.statements, trump.articles), (6, 3));
}

#[test]
fn month_only_date_sorts_before_days_of_that_month() {
    let putin = &fixture::aggregated().speakers()[1];
    assert_eq!(putin.speaker, "Vladimir Putin");
    assert_eq!(
        (putin.first.as_str(), putin.last.as_str()),
        ("2025-05", "2025-05-19")
    );
}

#[test]
fn malformed_dates_take_no_part_in_the_range() {
    let d = doc("a.txt", "", "", 0);
    let mut aggregator = Aggregator::new(1);
    for when in ["yesterday", "2025-13", "", "2025-05-19", "20250519"] {
        aggregator.add(&statement(&d, "direct", "Putin", "…", "said", when));
    }
    let row = &aggregator.speakers()[0];
    assert_eq!(
        (row.first.as_str(), row.last.as_str()),
        ("2025-05-19", "2025-05-19")
    );
}

#[test]
fn examples_are_capped_but_everything_is_counted() {
    let d = doc("a.txt", "", "", 0);
    let mut aggregator = Aggregator::new(2);
    for i in 0..10 {
        aggregator.add(&statement(
            &d,
            "direct",
            "Putin",
            &format!("quote {i}"),
            "said",
            "",
        ));
    }
    assert_eq!(aggregator.speakers()[0].statements, 10);
    let report = aggregator.markdown();
    assert!(report.contains("“quote 0”") && report.contains("“quote 1”"));
    assert!(!report.contains("“quote 2”"));
    assert!(report.contains("_And 8 more statements, listed in `quotes.csv`._"));
}

#[test]
fn blank_speaker_counts_as_unattributed() {
    let d = doc("a.txt", "", "", 0);
    let mut aggregator = Aggregator::new(1);
    aggregator.add(&statement(&d, "direct", " \n", "…", "said", ""));
    assert!(aggregator.speakers().is_empty());
    assert_eq!(aggregator.summary().unattributed, 1);
}

#[test]
fn a_streaming_aggregator_gives_the_same_report_from_a_second_pass() {
    let mut streaming = Aggregator::streaming(4, usize::MAX);
    for doc in fixture::documents() {
        streaming.add_document(&doc);
    }
    for record in fixture::statements() {
        streaming.add(&record);
    }
    for record in fixture::statements() {
        streaming.add_example(&record);
    }
    assert_eq!(streaming.markdown(), fixture::aggregated().markdown());
}

#[test]
fn a_streaming_report_gives_sections_to_the_speakers_quoted_most() {
    let mut streaming = Aggregator::streaming(4, 1);
    for record in fixture::statements() {
        streaming.add(&record);
    }
    for record in fixture::statements() {
        streaming.add_example(&record);
    }
    let report = streaming.markdown();
    let top = &streaming.speakers()[0].speaker;
    assert!(report.contains(&format!("## {top}\n")), "{report}");
    let second = &streaming.speakers()[1].speaker;
    assert!(!report.contains(&format!("## {second}\n")), "{report}");
    assert!(report.contains("## Unattributed\n"), "{report}");
    let others = streaming.speakers().len() - 1;
    assert!(
        report.contains(&format!("_{others} more speakers, with ")),
        "{report}"
    );
}

#[test]
fn places_talked_about_are_counted_most_named_first() {
    let d = doc("a.txt", "Wire", "2025-05-19", 100);
    let mut aggregator = Aggregator::new(5);
    for places in ["Kyiv|Crimea", "Crimea", "Donbas|Crimea|Kyiv", ""] {
        let mut record = statement(&d, "direct", "Volodymyr Zelensky", "words", "said", "");
        record.places_mentioned = places.into();
        aggregator.add(&record);
    }
    assert_eq!(
        aggregator.speakers()[0].places_mentioned,
        "Crimea|Kyiv|Donbas"
    );
    assert!(
        aggregator
            .markdown()
            .contains("Talked about Crimea, Kyiv and Donbas.")
    );
}
