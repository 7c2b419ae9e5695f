//! Sentences: terminators, abbreviations, initials, decimals, ellipses and quotes.

use expect_test::{Expect, expect};

use crate::{render_sentences, segment_checked};

fn check(input: &str, expect: Expect) {
    let seg = segment_checked(input);
    expect.assert_eq(&render_sentences(input, &seg));
}

#[test]
fn sentences_split_at_terminators() {
    check(
        "Putin spoke first. Did he agree? No! They left.",
        expect![[r#"
        p0 Putin spoke first.
        p0 Did he agree?
        p0 No!
        p0 They left.
    "#]],
    );
}

#[test]
fn sentences_never_cross_paragraphs() {
    check(
        "One sentence without end\nAnother one. And more.\n",
        expect![[r#"
        p0 One sentence without end
        p1 Another one.
        p1 And more.
    "#]],
    );
}

#[test]
fn title_before_name_is_not_a_boundary() {
    check(
        "Mr. Trump met Dr. Smith and Sen. Jones. Gen. Lt. Col. Sgt. Brown agreed. Prof. Ms. Mrs. Gov. Rep. St. Jr. all came.",
        expect![[r#"
            p0 Mr. Trump met Dr. Smith and Sen. Jones.
            p0 Gen. Lt. Col. Sgt. Brown agreed.
            p0 Prof. Ms. Mrs. Gov. Rep. St. Jr. all came.
        "#]],
    );
}

#[test]
fn acronym_before_name_is_not_a_boundary() {
    check(
        "The U.S. President spoke with the U.K. Prime Minister and U.N. officials.",
        expect![[r#"
            p0 The U.S. President spoke with the U.K. Prime Minister and U.N. officials.
        "#]],
    );
}

#[test]
fn acronym_before_sentence_starter_is_a_boundary() {
    check(
        "Talks were held in the U.S. The president was pleased. He met the E.U. But nothing changed.",
        expect![[r#"
            p0 Talks were held in the U.S.
            p0 The president was pleased.
            p0 He met the E.U.
            p0 But nothing changed.
        "#]],
    );
}

#[test]
fn initials_are_not_boundaries() {
    check(
        "His vice president, J.D. Vance, met J. D. Vance and G. W. Bush. Then they left.",
        expect![[r#"
            p0 His vice president, J.D. Vance, met J. D. Vance and G. W. Bush.
            p0 Then they left.
        "#]],
    );
}

#[test]
fn single_capital_before_starter_is_a_boundary() {
    check(
        "They chose Plan B. The others did not.",
        expect![[r#"
        p0 They chose Plan B.
        p0 The others did not.
    "#]],
    );
}

#[test]
fn clock_and_latin_abbreviations() {
    check(
        "The call was at 10 a.m. local time, i.e. early. It ended at 2 p.m. He said so, e.g. Putin vs. Trump. Trees, bushes, etc. are fine.",
        expect![[r#"
            p0 The call was at 10 a.m. local time, i.e. early.
            p0 It ended at 2 p.m.
            p0 He said so, e.g. Putin vs. Trump.
            p0 Trees, bushes, etc. are fine.
        "#]],
    );
}

#[test]
fn company_and_month_abbreviations_before_names_are_not_boundaries() {
    check(
        "Acme Inc. Chief Smith and Foo Corp. Board met on Jan. Fifth. Acme Ltd. It closed. Bar Co. The end.",
        expect![[r#"
            p0 Acme Inc. Chief Smith and Foo Corp. Board met on Jan. Fifth.
            p0 Acme Ltd.
            p0 It closed.
            p0 Bar Co.
            p0 The end.
        "#]],
    );
}

#[test]
fn number_abbreviation_is_not_a_boundary() {
    check(
        "He is the No. 1 candidate. He won.",
        expect![[r#"
        p0 He is the No. 1 candidate.
        p0 He won.
    "#]],
    );
}

#[test]
fn decimals_are_not_boundaries() {
    check(
        "Growth was 3.5 percent. Prices rose 0.2%.",
        expect![[r#"
        p0 Growth was 3.5 percent.
        p0 Prices rose 0.2%.
    "#]],
    );
}

#[test]
fn ellipsis_before_capital_is_a_boundary() {
    check(
        "He paused... Then he spoke. She waited… Nothing came. It was … odd... really.",
        expect![[r#"
            p0 He paused...
            p0 Then he spoke.
            p0 She waited…
            p0 Nothing came.
            p0 It was … odd... really.
        "#]],
    );
}

#[test]
fn sentence_ends_after_closing_quote() {
    check(
        "He called for “peace.” Next sentence starts. The “long-awaited peace.’ And more.",
        expect![[r#"
            p0 He called for “peace.”
            p0 Next sentence starts.
            p0 The “long-awaited peace.’
            p0 And more.
        "#]],
    );
}

#[test]
fn question_in_quote_followed_by_lower_case_does_not_split() {
    check(
        "“Are you serious?” he asked. \"Vladimir, stop!\" he wrote at the time.",
        expect![[r#"
            p0 “Are you serious?” he asked.
            p0 "Vladimir, stop!" he wrote at the time.
        "#]],
    );
}

#[test]
fn leading_ellipsis_in_quote_does_not_split() {
    check(
        "“… (I) have a red line,” he said. Then nothing.",
        expect![[r#"
        p0 “… (I) have a red line,” he said.
        p0 Then nothing.
    "#]],
    );
}

#[test]
fn multibyte_text_splits_on_char_boundaries() {
    check(
        "Зеленский сказал. Путин ответил! Trump’s “Ça va?” É bom. Ünd so… Weiter.",
        expect![[r#"
            p0 Зеленский сказал.
            p0 Путин ответил!
            p0 Trump’s “Ça va?”
            p0 É bom.
            p0 Ünd so…
            p0 Weiter.
        "#]],
    );
}

#[test]
fn terminators_at_paragraph_end_and_alone() {
    check(
        "...\n. . .\n!?\nEnd.",
        expect![[r#"
        p0 ...
        p1 . . .
        p2 !?
        p3 End.
    "#]],
    );
}

/// A known trade-off of the list-driven rule: an acronym that really ends a sentence is
/// kept with a following name, as that name could as well continue it (`U.S. President`).
#[test]
fn acronym_at_real_sentence_end_before_name_is_not_split() {
    check(
        "He lives in Washington, D.C. Vance agreed.",
        expect![[r#"
        p0 He lives in Washington, D.C. Vance agreed.
    "#]],
    );
}
