//! Paragraphs: the non-blank lines.

use expect_test::{Expect, expect};

use crate::{render_paragraphs, segment_checked};

fn check(input: &str, expect: Expect) {
    let seg = segment_checked(input);
    expect.assert_eq(&render_paragraphs(input, &seg));
}

#[test]
fn each_non_empty_line_is_a_paragraph() {
    check(
        "First line.\nSecond line.\n\nThird after a blank.\n",
        expect![[r#"
        |First line.|
        |Second line.|
        |Third after a blank.|
    "#]],
    );
}

#[test]
fn white_space_only_lines_are_not_paragraphs() {
    check(
        "  \n\t\nText\n \u{a0} \n",
        expect![[r#"
        |Text|
    "#]],
    );
}

#[test]
fn paragraph_is_trimmed_and_excludes_carriage_return() {
    check(
        "  indented text  \r\nnext\r\n",
        expect![[r#"
        |indented text|
        |next|
    "#]],
    );
}

#[test]
fn empty_text_has_no_paragraphs() {
    check("", expect![]);
}

#[test]
fn last_line_without_newline_is_a_paragraph() {
    check(
        "one\ntwo",
        expect![[r#"
        |one|
        |two|
    "#]],
    );
}
