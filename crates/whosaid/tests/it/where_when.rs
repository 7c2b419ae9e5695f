//! Where and when, end to end: datelines, places of utterance, media, time expressions that
//! govern a statement, and role nouns that mean different people in different years.

use whosaid::{Date, Document, QuoteRecord, Resources, analyze};

fn article(published: &str, text: &str) -> Vec<QuoteRecord> {
    let doc = Document {
        id: "t".into(),
        origin: "test".into(),
        outlet: None,
        published: Some(published.parse::<Date>().expect("test date")),
        language: None,
        text: text.into(),
    };
    analyze(&doc, &Resources::embedded())
}

/// `speaker | place | medium | when | when_source` of each statement, one per line.
fn setting(records: &[QuoteRecord]) -> String {
    records
        .iter()
        .map(|r| {
            format!(
                "{} | {} | {} | {} | {}\n",
                r.speaker, r.place, r.medium, r.when, r.when_source
            )
        })
        .collect()
}

#[test]
fn the_us_president_is_whoever_held_the_office_then() {
    let text = "The US president said on Tuesday that the deal was “a historic step”.";
    assert!(setting(&article("2016-03-10", text)).starts_with("Barack Obama |"));
    assert!(setting(&article("2025-03-13", text)).starts_with("Donald Trump |"));
}

#[test]
fn the_british_prime_minister_in_2005_is_tony_blair() {
    let text =
        "The British prime minister told MPs that the plan was “the right one for the country”.";
    assert!(setting(&article("2005-02-01", text)).starts_with("Tony Blair |"));
    assert!(setting(&article("2025-02-01", text)).starts_with("Keir Starmer |"));
}

#[test]
fn agency_datelines_give_the_place() {
    for dateline in [
        "WASHINGTON (AP) —",
        "Washington (AFP) –",
        "WASHINGTON, May 19 (Reuters) -",
    ] {
        let text = format!("{dateline} Senator Jane Holloway said the bill was “dead on arrival”.");
        let got = setting(&article("2025-05-20", &text));
        assert!(got.contains("| Washington"), "{dateline}: {got}");
    }
}

#[test]
fn a_dateline_with_two_places_gives_the_speakers_own() {
    let text = "Washington / Moscow - Vladimir Putin said the talks were “useful”. \
                Donald Trump said the call had gone “very well”. \
                Russian officials said the meeting was “premature”.";
    let got = setting(&article("2025-05-20", text));
    assert!(got.contains("Vladimir Putin | Moscow"), "{got}");
    assert!(got.contains("Donald Trump | Washington"), "{got}");
    assert!(got.contains("Russian officials | Moscow"), "{got}");
}

#[test]
fn the_sentence_names_the_place_before_the_dateline() {
    let text = "LONDON, May 19 (Reuters) - Volodymyr Zelensky told reporters in Kiev that \
                Ukraine was “ready for a ceasefire”.";
    let got = setting(&article("2025-05-20", text));
    assert!(got.starts_with("Volodymyr Zelensky | Kyiv"), "{got}");
}

#[test]
fn media_are_named() {
    for (sentence, medium) in [
        (
            "Donald Trump wrote on Truth Social that the talks were “excellent”.",
            "Truth Social",
        ),
        ("Elon Musk wrote on X that the plan was “a disaster”.", "X"),
        (
            "Volodymyr Zelensky said in an interview with The Economist that Ukraine was “not giving up”.",
            "The Economist",
        ),
        (
            "The Kremlin said in a statement that the call was “constructive”.",
            "statement",
        ),
        (
            "Donald Trump told reporters that the call was “excellent”.",
            "reporters",
        ),
    ] {
        let got = setting(&article("2025-05-20", sentence));
        assert!(got.contains(&format!("{medium} |")), "{sentence}: {got}");
    }
}

#[test]
fn the_time_expression_of_the_cue_dates_the_statement() {
    let cases = [
        (
            "Putin said on Monday that the talks were “useful”.",
            "2025-05-19",
            "Monday",
        ),
        (
            "Putin said yesterday that the talks were “useful”.",
            "2025-05-20",
            "yesterday",
        ),
        (
            "Putin said last week that the talks were “useful”.",
            "2025-05",
            "last week",
        ),
        (
            "Putin said on March 18 that the talks were “useful”.",
            "2025-03-18",
            "March 18",
        ),
        (
            "Putin said in February that the talks were “useful”.",
            "2025-02",
            "February",
        ),
        (
            "Putin said two years ago that the talks were “useful”.",
            "2023",
            "two years ago",
        ),
        (
            "Putin said earlier this month that the talks were “useful”.",
            "2025-05",
            "earlier this month",
        ),
        (
            "Putin said over the weekend that the talks were “useful”.",
            "2025-05",
            "the weekend",
        ),
        (
            "Putin said that the talks were “useful”.",
            "2025-05-21",
            "published",
        ),
    ];
    for (sentence, when, source) in cases {
        let got = setting(&article("2025-05-21", sentence));
        assert!(
            got.contains(&format!("| {when} | {source}\n")),
            "{sentence}: {got}"
        );
    }
}

#[test]
fn places_talked_about_are_recorded() {
    let text = "Volodymyr Zelensky said that “Crimea and Donbas are Ukraine”.";
    let records = article("2025-05-21", text);
    assert_eq!(records.len(), 1);
    assert!(
        records[0].places_mentioned.contains("Crimea"),
        "{records:?}"
    );
}
