//! Every quotation in the seed articles, with the speaker a careful reader gives it. The
//! seeds are committed in `seeds/`, so this runs on a fresh clone.

use std::path::Path;

use whosaid::{Input, QuoteRecord, Resources, analyze};

fn seeds() -> Vec<(whosaid::Document, Vec<QuoteRecord>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let (input, problems) = Input::open(&dir).expect("seeds folder opens");
    assert!(problems.is_empty(), "{problems:?}");
    let resources = Resources::embedded();
    input
        .documents()
        .map(|d| {
            let doc = d.expect("seed reads");
            let records = analyze(&doc, &resources);
            (doc, records)
        })
        .collect()
}

/// (seed number, words inside the quote, expected speaker).
const EXPECTED: &[(usize, &str, &str)] = &[
    (0, "are on the right track", "Vladimir Putin"),
    (
        0,
        "gives reason to believe that we are generally on the right track",
        "Vladimir Putin",
    ),
    (0, "frank and substantive", "Vladimir Putin"),
    (
        0,
        "will immediately start negotiations toward a Ceasefire",
        "Donald Trump",
    ),
    (0, "more than open to walking away", "JD Vance"),
    (
        0,
        "The U.S. president expressed his position",
        "Vladimir Putin",
    ),
    (
        0,
        "I think the president has been quite clear",
        "Karoline Leavitt",
    ),
    (0, "He wants to see this fighting end", "Karoline Leavitt"),
    (0, "see outcomes", "JD Vance"),
    (0, "going to say to President Putin", "JD Vance"),
    (
        0,
        "he doesn’t quite know how to get out of the war",
        "JD Vance",
    ),
    (0, "it takes two to tango", "JD Vance"),
    (0, "very intelligent", "Donald Trump"),
    (0, "dictator", "Donald Trump"),
    (0, "concession", "Donald Trump"),
    (
        1,
        "Russia and Ukraine will immediately begin ceasefire negotiations",
        "Donald Trump",
    ),
    (1, "I think it went very well", "Donald Trump"),
    (
        1,
        "immediately begin negotiations for a ceasefire, and even more importantly",
        "Donald Trump",
    ),
    (1, "stop the massacre", "Donald Trump"),
    (1, "productive day", "Donald Trump"),
    (
        1,
        "I am not satisfied with the Russian attacks on Kiev",
        "Donald Trump",
    ),
    (1, "We’re seeing a bit of a stalemate", "JD Vance"),
    (
        1,
        "large-scale trade with the United States",
        "Donald Trump",
    ),
    (
        1,
        "There is an immense opportunity for Russia",
        "Donald Trump",
    ),
    (2, "As we both agreed", "Donald Trump"),
    (2, "We agreed to work together", "Donald Trump"),
    (
        2,
        "I just spoke to President Volodymyr Zelenskyy",
        "Donald Trump",
    ),
    (
        2,
        "No one wants peace more than Ukraine",
        "Volodymyr Zelensky",
    ),
    (
        2,
        "Together with the U.S., we are charting our next steps",
        "Volodymyr Zelensky",
    ),
    (
        2,
        "I believe this effort will lead to a successful conclusion",
        "Donald Trump",
    ),
    (2, "lengthy and highly productive", "Donald Trump"),
    (2, "the power of the dollar", "Donald Trump"),
    (2, "long and productive", "Dmitry Peskov"),
    (
        2,
        "has spoken in favor of a speedy end to hostilities",
        "Kremlin",
    ),
    (2, "the root causes", "Vladimir Putin"),
    (
        2,
        "A long-term solution can be achieved through peaceful negotiations",
        "Vladimir Putin",
    ),
    (2, "peace in the Middle East", "Kremlin"),
    (2, "within 24 hours", "Donald Trump"),
    (2, "unrealistic", "Pete Hegseth"),
    (2, "I want to thank President Putin", "Donald Trump"),
    (
        3,
        "When are we going to end this, Vladimir?",
        "Donald Trump",
    ),
    (3, "excellent", "Donald Trump"),
    (3, "a bit of an impasse here", "JD Vance"),
    (
        3,
        "And I think the president’s going to say to president Putin",
        "JD Vance",
    ),
    (3, "I think honestly that president Putin", "JD Vance"),
    (3, "takes two to tango", "JD Vance"),
    (3, "We’re going to try to end it", "JD Vance"),
    (
        3,
        "Well because I think there’s a chance of getting something done",
        "Donald Trump",
    ),
    (3, "some big egos involved", "Donald Trump"),
    (3, "I’m just going to back away", "Donald Trump"),
    (3, "This is not my war.", "Donald Trump"),
    (3, "have a red line in my head", "Donald Trump"),
    (3, "Let the process begin,", "Donald Trump"),
    (
        3,
        "The presidents also spoke in some detail",
        "Yuri Ushakov",
    ),
    (
        3,
        "He specifically emphasised that the prospects",
        "Yuri Ushakov",
    ),
    (3, "it would be great", "Donald Trump"),
    (
        3,
        "The Vatican, as represented by the Pope, has stated",
        "Donald Trump",
    ),
    (
        3,
        "Ukraine is ready for direct negotiations with Russia",
        "Volodymyr Zelensky",
    ),
    (
        4,
        "The conditions for that will be negotiated",
        "Donald Trump",
    ),
    (4, "If it wasn’t, I would say so now", "Donald Trump"),
    (4, "peaceful settlement", "Vladimir Putin"),
    (4, "frank and meaningful", "Vladimir Putin"),
    (4, "memorandum", "Vladimir Putin"),
    (
        4,
        "At the same time, I would like to note",
        "Vladimir Putin",
    ),
    (4, "productive day", "Donald Trump"),
    (4, "more than open", "JD Vance"),
    (
        4,
        "important, given the talks that took place in Istanbul",
        "Dmitry Peskov",
    ),
    (
        4,
        "Trump said, ‘Vladimir, you can pick up the phone",
        "Yuri Ushakov",
    ),
    (4, "in the works", "Yuri Ushakov"),
    (4, "serious sanctions", "Volodymyr Zelensky"),
    (
        4,
        "Ukraine doesn’t need to be persuaded",
        "Volodymyr Zelensky",
    ),
    (4, "He’s grown weary and frustrated", "Karoline Leavitt"),
    (4, "He has made it clear to both sides", "Karoline Leavitt"),
];

#[test]
fn every_seed_quotation_is_found_with_its_speaker() {
    let docs = seeds();
    let mut failures = Vec::new();
    for &(n, words, speaker) in EXPECTED {
        let (doc, records) = &docs[n];
        let quoted: Vec<&QuoteRecord> = records
            .iter()
            .filter(|r| r.kind != "indirect" && r.quote.contains(words))
            .collect();
        if quoted.is_empty() {
            failures.push(format!("{}: missing quote {words:?}", doc.id));
        } else if !quoted.iter().any(|r| r.speaker == speaker) {
            let got: Vec<&str> = quoted.iter().map(|r| r.speaker.as_str()).collect();
            failures.push(format!(
                "{}: {words:?} attributed to {got:?}, expected {speaker:?}",
                doc.id
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        EXPECTED.len(),
        failures.join("\n")
    );
}

#[test]
fn a_quote_reported_inside_a_quote_is_marked_with_its_reporter() {
    let docs = seeds();
    let inner = docs[4]
        .1
        .iter()
        .find(|r| r.quote.starts_with("Vladimir, you can pick up the phone"));
    let inner = inner.expect("inner quote found");
    assert_eq!(
        (inner.speaker.as_str(), inner.reported_by.as_str()),
        ("Donald Trump", "Yuri Ushakov")
    );
}

#[test]
fn offsets_point_at_the_quote_in_the_original_text() {
    for (doc, records) in seeds() {
        for r in &records {
            let original = doc
                .text
                .get(r.start..r.end)
                .unwrap_or_else(|| panic!("{}: bad offsets {}..{}", doc.id, r.start, r.end));
            let first = r.quote.split(" … ").next().unwrap_or_default();
            // The quote column is normalised text (’ for '), the offsets are the original's.
            let fold = |s: &str| {
                s.replace(['’', '‘', '‚'], "'")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let start: String = fold(first).chars().take(12).collect();
            assert!(
                fold(original).contains(&start),
                "{}: {start:?} not at {}..{}: {original:?}",
                doc.id,
                r.start,
                r.end
            );
        }
    }
}

#[test]
fn speakers_are_never_pronouns_and_paywall_text_yields_nothing() {
    for (doc, records) in seeds() {
        for r in &records {
            let lower = r.speaker.to_lowercase();
            assert!(
                !["he", "she", "they", "it", "i", "we"].contains(&lower.as_str()),
                "{}: {r:?}",
                doc.id
            );
            assert!(
                !r.quote.contains("suscripción"),
                "{}: paywall text in {r:?}",
                doc.id
            );
        }
    }
}

#[test]
fn when_comes_from_the_cue_sentence_or_the_publication_date() {
    let docs = seeds();
    let find = |n: usize, words: &str| {
        docs[n]
            .1
            .iter()
            .find(|r| r.quote.contains(words))
            .cloned()
            .expect(words)
    };
    // "…,” White House press secretary Karoline Leavitt told reporters on Monday" (published 2025-05-19).
    let r = find(4, "He’s grown weary");
    assert_eq!(
        (r.when.as_str(), r.when_source.as_str()),
        ("2025-05-19", "Monday")
    );
    // No time expression near the cue: the publication date.
    let r = find(0, "The U.S. president expressed his position");
    assert_eq!(
        (r.when.as_str(), r.when_source.as_str()),
        ("2025-05-20", "published")
    );
}

#[test]
fn place_and_medium_come_from_the_cue_sentence() {
    let docs = seeds();
    let find = |n: usize, words: &str| {
        docs[n]
            .1
            .iter()
            .find(|r| r.quote.contains(words))
            .cloned()
            .expect(words)
    };
    let r = find(2, "unrealistic");
    assert_eq!(r.place, "Brussels, Belgium");
    let r = find(1, "I am not satisfied");
    assert_eq!(r.medium, "Truth Social");
    let r = find(1, "We’re seeing a bit of a stalemate");
    assert!(r.place.starts_with("Air Force Two"), "{r:?}");
    let r = find(3, "Ukraine is ready for direct negotiations");
    assert_eq!(r.medium, "X");
}
