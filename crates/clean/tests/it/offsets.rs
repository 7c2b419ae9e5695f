//! Cleaned offsets map back to the original input.

use expect_test::expect;
use whosaid_clean::Cleaned;

use crate::clean_en;

/// The original text of each cleaned character, checking the map's invariants on the way:
/// ranges are on character boundaries, in order, and unchanged characters map to themselves.
/// Characters produced together from one original chunk ("«" + U+0301) share its range.
fn original_of_each_char(input: &str, cleaned: &Cleaned) -> Vec<(char, String)> {
    let mut out = Vec::new();
    let mut last = 0..0;
    for (i, c) in cleaned.text.char_indices() {
        let range = cleaned.map.range_to_original(i..i + c.len_utf8());
        assert_eq!(range.start, cleaned.map.to_original(i));
        let Some(original) = input.get(range.clone()) else {
            panic!("{range:?} is not a slice of {input:?}");
        };
        let in_order = range.start >= last.end || range == last || c == '\n';
        assert!(in_order, "out of order at {i} in {input:?}");
        last = range.clone();
        if c.is_ascii_alphanumeric() {
            assert_eq!(original, c.to_string(), "in {input:?}");
        }
        out.push((c, original.to_owned()));
    }
    out
}

#[test]
fn a_word_maps_back_to_its_original_bytes_through_changed_characters() {
    let input = "_\nHe said «Hel\u{a0}lo\u{200b}» on\u{2011}air.\r\n";
    let cleaned = clean_en(input);
    let start = cleaned.text.find('“').unwrap_or_default();
    let end = cleaned.text.find('”').unwrap_or_default() + '”'.len_utf8();
    let original = cleaned.map.range_to_original(start..end);
    expect![[r#""«Hel\u{a0}lo\u{200b}»""#]].assert_eq(&format!("{:?}", &input[original]));
    let all = cleaned.map.range_to_original(0..cleaned.text.len());
    expect![[r#""He said «Hel\u{a0}lo\u{200b}» on‑air.""#]]
        .assert_eq(&format!("{:?}", &input[all]));
}

#[test]
fn end_of_text_maps_to_end_of_last_kept_paragraph() {
    let input = "First kept paragraph here.\n3 min\nSecond kept paragraph here.  \r\n\n_\n";
    let cleaned = clean_en(input);
    let end = cleaned.map.to_original(cleaned.text.len());
    assert_eq!(
        &input[..end],
        "First kept paragraph here.\n3 min\nSecond kept paragraph here."
    );
    assert_eq!(cleaned.map.to_original(cleaned.text.len() + 10), end);
}

#[test]
fn newline_between_paragraphs_maps_to_the_gap_with_the_dropped_lines() {
    let input = "First kept paragraph here.\n3 min\nSecond kept paragraph here.";
    let cleaned = clean_en(input);
    let newline = cleaned.text.find('\n').unwrap_or_default();
    let gap = cleaned.map.range_to_original(newline..newline + 1);
    assert_eq!(&input[gap], "\n3 min\n");
}

#[test]
fn inserted_dateline_dash_maps_to_an_empty_range_at_the_split() {
    let input = "WashingtonUS President Donald Trump spoke on Monday.";
    let cleaned = clean_en(input);
    let dash = cleaned.text.find('—').unwrap_or_default();
    let range = cleaned.map.range_to_original(dash..dash + '—'.len_utf8());
    assert_eq!(range, 10..10);
    let us = cleaned.text.find("US").unwrap_or_default();
    assert_eq!(&input[cleaned.map.range_to_original(us..us + 2)], "US");
}

#[test]
fn map_stays_compact_on_long_unchanged_text() {
    let input = "The talks went on. ".repeat(10_000);
    let cleaned = clean_en(&input);
    assert_eq!(cleaned.map.run_count(), 1);
}

#[test]
fn every_cleaned_character_maps_to_its_original_text_on_generated_inputs() {
    let pieces = [
        "Mr",
        " ",
        "\u{a0}",
        "Putin",
        "«",
        "»",
        "“",
        "”",
        "„",
        "‚s",
        "Kremlin\u{201a}s",
        "'",
        "\u{200b}",
        "\u{ad}",
        "\u{2011}",
        "\u{2013}",
        " \u{2212} ",
        "e\u{301}",
        "\u{301}",
        "\r\n",
        "\n",
        "\n\n",
        "3 min\n",
        "_\n",
        "\t",
        "said.",
        "Washington",
        "US",
        "日本",
        "😀",
        "\u{0}",
    ];
    // A small linear congruential generator: deterministic, no dependency.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        usize::try_from(state >> 33).unwrap_or_default() % n
    };
    for _ in 0..2000 {
        let len = 1 + next(24);
        let input: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
        let cleaned = clean_en(&input);
        for (c, original) in original_of_each_char(&input, &cleaned) {
            match c {
                '\n' => assert!(original.contains('\n'), "{input:?}"),
                ' ' => {
                    let blank = original.is_empty() || original.chars().any(char::is_whitespace);
                    assert!(blank, "space from {original:?} in {input:?}");
                }
                _ if c.is_alphanumeric() || "“”„‘’\"'—-".contains(c) => {}
                _ => assert!(!original.is_empty(), "{c:?} from nothing in {input:?}"),
            }
        }
        let end = cleaned.map.to_original(cleaned.text.len());
        assert!(input.is_char_boundary(end));
    }
}
