//! Unicode normalisation and glued datelines.

use expect_test::{Expect, expect};

use crate::clean_en;

/// Cleans `input` and shows the text with escapes, so invisible characters are visible.
fn check(input: &str, expected: Expect) {
    let cleaned = clean_en(input);
    expected.assert_eq(&format!("{:?}", cleaned.text));
}

#[test]
fn no_break_and_exotic_spaces_become_plain_spaces() {
    check(
        "Mr\u{a0}Putin met\u{202f}Mr\u{2007}Trump\tat\u{2003}noon today.",
        expect![[r#""Mr Putin met Mr Trump at noon today.""#]],
    );
}

#[test]
fn zero_width_characters_and_soft_hyphens_disappear() {
    check(
        "The nego\u{ad}tiations\u{200b} were\u{feff} long and hard.",
        expect![[r#""The negotiations were long and hard.""#]],
    );
}

#[test]
fn hyphen_and_dash_variants_are_unified() {
    check(
        "A well\u{2010}known cease\u{2011}fire plan \u{2013} and a truce \u{2015} failed.",
        expect![[r#""A well-known cease-fire plan — and a truce — failed.""#]],
    );
}

#[test]
fn minus_sign_becomes_a_dash_only_when_spaced() {
    check(
        "Temperatures fell to \u{2212}5 degrees \u{2212} a record low.",
        expect![[r#""Temperatures fell to −5 degrees — a record low.""#]],
    );
}

#[test]
fn guillemets_and_exotic_quotes_become_standard_quotes() {
    check(
        "He said «no» and ‹maybe› to the \u{ff02}plan\u{ff02} and 5\u{2032} of it.",
        expect![[r#""He said “no” and ‘maybe’ to the \"plan\" and 5' of it.""#]],
    );
}

#[test]
fn curly_low_and_straight_quotes_are_kept_for_the_segmenter() {
    check(
        "„Let the process begin,“ he said, and “more” and \"this\" and ‘that’ too.",
        expect![[r#""„Let the process begin,“ he said, and “more” and \"this\" and ‘that’ too.""#]],
    );
}

#[test]
fn doubled_apostrophes_and_backticks_are_double_quote_marks() {
    check(
        "''Of course, I pay federal taxes,'' he said, calling it ``smart''. Rock 'n' roll.",
        expect![[
            r#""\"Of course, I pay federal taxes,\" he said, calling it \"smart\". Rock 'n' roll.""#
        ]],
    );
}

#[test]
fn low_comma_or_apostrophe_between_letters_becomes_right_single_quote() {
    check(
        "The Kremlin\u{201a}s aide said Trump's call went well.",
        expect![[r#""The Kremlin’s aide said Trump’s call went well.""#]],
    );
}

#[test]
fn decomposed_accents_are_composed() {
    check(
        "The cafe\u{301} in Bogota\u{301} reopened on Monday.",
        expect![[r#""The café in Bogotá reopened on Monday.""#]],
    );
}

#[test]
fn carriage_returns_are_removed() {
    check(
        "First paragraph of the story.\r\n\r\nSecond para\rgraph of it.\r\n",
        expect![[r#""First paragraph of the story.\nSecond paragraph of it.""#]],
    );
}

#[test]
fn glued_dateline_is_split_when_its_first_word_is_a_place() {
    check(
        "WashingtonUS President Donald Trump and Russian President Vladimir Putin spoke.",
        expect![[
            r#""Washington — US President Donald Trump and Russian President Vladimir Putin spoke.""#
        ]],
    );
}

#[test]
fn glued_word_is_not_split_when_its_first_word_is_not_a_place() {
    check(
        "McDonald and MacArthur met in LondonTown on Monday.\nDeSantis also spoke on Monday.",
        expect![[
            r#""McDonald and MacArthur met in LondonTown on Monday.\nDeSantis also spoke on Monday.""#
        ]],
    );
}
