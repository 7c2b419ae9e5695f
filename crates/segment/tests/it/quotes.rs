//! Quotation spans: roles of marks, nesting, apostrophes, unclosed and continued quotes.

use expect_test::{Expect, expect};

use crate::{render_quotes, segment_checked};

fn check(input: &str, expect: Expect) {
    let seg = segment_checked(input);
    expect.assert_eq(&render_quotes(input, &seg));
}

#[test]
fn english_curly_quotes_pair() {
    check(
        "“Let the process begin,” he wrote in a Truth Social post.",
        expect![[r#"
            #0 p0 d0 “…” «Let the process begin,» closed
        "#]],
    );
}

#[test]
fn straight_double_quotes_pair() {
    check(
        r#"Trump echoed Putin: "I think it went very well," he wrote. "Vladimir, stop!" he said."#,
        expect![[r##"
            #0 p0 d0 "…" «I think it went very well,» closed
            #1 p0 d0 "…" «Vladimir, stop!» closed
        "##]],
    );
}

#[test]
fn german_low_high_quotes_pair() {
    check(
        "Washington recognised there was „a bit of an impasse here“.",
        expect![[r#"
            #0 p0 d0 „…“ «a bit of an impasse here» closed
        "#]],
    );
}

#[test]
fn german_low_quote_closes_with_english_closer() {
    check(
        "„Well because I think there’s a chance of getting something done.” Then he left.",
        expect![[r#"
            #0 p0 d0 „…” «Well because I think there’s a chance of getting something done.» closed
        "#]],
    );
}

#[test]
fn several_german_quotes_in_one_paragraph() {
    check(
        "Mr Trump said there were „some big egos involved.“ Without progress, „I’m just going to back away,“ he said. „This is not my war.“",
        expect![[r#"
            #0 p0 d0 „…“ «some big egos involved.» closed
            #1 p0 d0 „…“ «I’m just going to back away,» closed
            #2 p0 d0 „…“ «This is not my war.» closed
        "#]],
    );
}

#[test]
fn british_single_quotes_pair() {
    check(
        "The warring nations ‘are on the right track,’ Vladimir Putin stated",
        expect![[r#"
            #0 p0 d0 ‘…’ «are on the right track,» closed
        "#]],
    );
}

#[test]
fn wrong_mark_opens_quote() {
    check(
        r#"Putin described the call with the Republican leader as ”frank and substantive." He left."#,
        expect![[r##"
            #0 p0 d0 ”…" «frank and substantive.» closed
        "##]],
    );
}

#[test]
fn single_inside_double_nests() {
    check(
        "“Trump said, ‘Vladimir, you can pick up the phone at any time’,” he said.",
        expect![[r#"
            #0 p0 d0 “…” «Trump said, ‘Vladimir, you can pick up the phone at any time’,» closed
            #1 p0 d1 in #0 ‘…’ «Vladimir, you can pick up the phone at any time» closed
        "#]],
    );
}

#[test]
fn low_single_inside_low_double_nests() {
    check(
        "„And I think the president’s going to say to president Putin: ‚Look, are you serious? Are you real about this?'“ Mr Vance said.",
        expect![[r#"
            #0 p0 d0 „…“ «And I think the president’s going to say to president Putin: ‚Look, are you serious? Are you real about this?'» closed
            #1 p0 d1 in #0 ‚…' «Look, are you serious? Are you real about this?» closed
        "#]],
    );
}

#[test]
fn double_inside_single_inside_double_nests_three_deep() {
    check(
        "“He told me, ‘They called it “a farce” and left,’ and I believed him,” she said.",
        expect![[r#"
            #0 p0 d0 “…” «He told me, ‘They called it “a farce” and left,’ and I believed him,» closed
            #1 p0 d1 in #0 ‘…’ «They called it “a farce” and left,» closed
            #2 p0 d2 in #1 “…” «a farce» closed
        "#]],
    );
}

#[test]
fn nested_quotes_close_together_at_paragraph_end() {
    check(
        "“We’re eventually going to say: ‘You know what? That was worth a try.’”",
        expect![[r#"
            #0 p0 d0 “…” «We’re eventually going to say: ‘You know what? That was worth a try.’» closed
            #1 p0 d1 in #0 ‘…’ «You know what? That was worth a try.» closed
        "#]],
    );
}

#[test]
fn apostrophe_in_possessive_is_not_a_quote() {
    check(
        "Trump’s call and Moscow's reply, the Kremlin‚s aide and Pope Leo XIV‘s Mass.",
        expect![[r#"
            (no quotes)
        "#]],
    );
}

#[test]
fn apostrophe_in_contraction_inside_quote_is_not_a_quote() {
    check(
        "“He doesn’t know, and we’re not going to wait,” she said.",
        expect![[r#"
            #0 p0 d0 “…” «He doesn’t know, and we’re not going to wait,» closed
        "#]],
    );
}

#[test]
fn apostrophe_in_plural_possessive_is_not_a_quote() {
    check(
        "The leaders’ talks ended, and the “allies’ concerns” remained.",
        expect![[r#"
            #0 p0 d0 “…” «allies’ concerns» closed
        "#]],
    );
}

#[test]
fn elisions_are_not_quotes() {
    check(
        "A hit of the ’90s, rock ’n’ roll and rock 'n' roll in ‘16, ‘tell ’em,’ he said.",
        expect![[r#"
            #0 p0 d0 ‘…’ «tell ’em,» closed
        "#]],
    );
}

#[test]
fn single_closing_mark_closes_only_an_open_single_quote() {
    check(
        "“The allies’ view is clear,” he said, ‘as is the leaders’ and ours.’",
        expect![[r#"
            #0 p0 d0 “…” «The allies’ view is clear,» closed
            #1 p0 d0 ‘…’ «as is the leaders’ and ours.» closed
        "#]],
    );
}

#[test]
fn unclosed_quote_stops_at_paragraph_end() {
    check(
        "He said “we will not stop until it is done.\nThe next paragraph is plain.\n",
        expect![[r#"
            #0 p0 d0 “…  «we will not stop until it is done.» unclosed
            ! unclosed quote at 8 “
        "#]],
    );
}

#[test]
fn unclosed_single_quote_closed_by_outer_double() {
    check(
        "“He said ‘yes and left,” she said.",
        expect![[r#"
            #0 p0 d0 “…” «He said ‘yes and left,» closed
            #1 p0 d1 in #0 ‘…  «yes and left,» unclosed
            ! unclosed quote at 11 ‘
        "#]],
    );
}

#[test]
fn stray_closing_mark_opens_nothing() {
    check(
        "He left.” Then he said “yes” and left.",
        expect![[r#"
            #0 p0 d0 “…” «yes» closed
            ! stray quote mark at 8 ”
        "#]],
    );
}

#[test]
fn multi_paragraph_quote_continues() {
    check(
        "“The first part of the statement runs on.\n“And it goes on here,” he said.\n",
        expect![[r#"
            #0 p0 d0 “…  «The first part of the statement runs on.» unclosed
            #1 p1 d0 continues #0 “…” «And it goes on here,» closed
        "#]],
    );
}

#[test]
fn multi_paragraph_quote_continues_over_three_paragraphs() {
    check(
        "\"One.\n\n\"Two.\n\"Three,\" she said.\nThen nothing.",
        expect![[r##"
            #0 p0 d0 "…  «One.» unclosed
            #1 p1 d0 continues #0 "…  «Two.» unclosed
            #2 p2 d0 continues #1 "…" «Three,» closed
        "##]],
    );
}

#[test]
fn open_quote_before_plain_paragraph_is_reported() {
    check(
        "“The first part runs on.\nAnd then “a quote” follows.\n",
        expect![[r#"
            #0 p0 d0 “…  «The first part runs on.» unclosed
            #1 p1 d0 “…” «a quote» closed
            ! unclosed quote at 0 “
        "#]],
    );
}

#[test]
fn leading_ellipsis_is_not_part_of_the_words() {
    check(
        "“… (I) have a red line in my head,” he said. \"...and more\" too.",
        expect![[r##"
            #0 p0 d0 “…” «(I) have a red line in my head,» closed
            #1 p0 d0 "…" «and more» closed
        "##]],
    );
}

#[test]
fn inner_excludes_surrounding_white_space() {
    check(
        "He said “ spaced out ” twice.",
        expect![[r#"
            #0 p0 d0 “…” «spaced out» closed
        "#]],
    );
}

#[test]
fn quote_marks_with_multibyte_text_keep_char_boundaries() {
    check(
        "Зеленский: “Мир — это ‘главное’”, сказал он. 日本は“平和”と言った。",
        expect![[r#"
            #0 p0 d0 “…” «Мир — это ‘главное’» closed
            #1 p0 d1 in #0 ‘…’ «главное» closed
            #2 p0 d0 “…” «平和» closed
        "#]],
    );
}

#[test]
fn quote_after_opening_bracket_or_dash_opens() {
    check(
        "He said (“never”) and then—“maybe”—and left.",
        expect![[r#"
            #0 p0 d0 “…” «never» closed
            #1 p0 d0 “…” «maybe» closed
        "#]],
    );
}

#[test]
fn inch_mark_after_number_is_stray_not_a_quote() {
    check(
        r#"He is 6'2" tall and said "no"."#,
        expect![[r##"
            #0 p0 d0 "…" «no» closed
            ! stray quote mark at 9 "
        "##]],
    );
}

#[test]
fn seed_style_quote_sequence_with_nested_single() {
    check(
        "that the United States wants to “see outcomes.” “I think the president’s going to say to President Putin, ‘Look, are you serious? Are you real about this?’ Because the proposal has always been clear,” Vance said.",
        expect![[r#"
            #0 p0 d0 “…” «see outcomes.» closed
            #1 p0 d0 “…” «I think the president’s going to say to President Putin, ‘Look, are you serious? Are you real about this?’ Because the proposal has always been clear,» closed
            #2 p0 d1 in #1 ‘…’ «Look, are you serious? Are you real about this?» closed
        "#]],
    );
}

#[test]
fn plural_possessive_inside_single_quote_is_not_a_closer() {
    check(
        "‘The leaders’ talks failed,’ he said, ‘and the leaders’ aides left.’ The ‘leaders’ said no.",
        expect![[r#"
            #0 p0 d0 ‘…’ «The leaders’ talks failed,» closed
            #1 p0 d0 ‘…’ «and the leaders’ aides left.» closed
            #2 p0 d0 ‘…’ «leaders» closed
        "#]],
    );
}

#[test]
fn wrong_single_mark_opens_quote() {
    check(
        "He called it ’a farce’ today.",
        expect![[r#"
        #0 p0 d0 ’…’ «a farce» closed
    "#]],
    );
}

#[test]
fn stray_single_closer_after_punctuation_is_reported() {
    check(
        "He left.’ Then he came back.",
        expect![[r#"
        ! stray quote mark at 8 ’
    "#]],
    );
}

#[test]
fn english_opening_mark_after_word_with_nothing_open_is_stray() {
    check(
        "He said yes“ and left.",
        expect![[r#"
        ! stray quote mark at 11 “
    "#]],
    );
}

#[test]
fn lone_mark_between_spaces_opens_nothing() {
    check(
        r#"He said " and left, then “yes ” he said."#,
        expect![[r##"
        #0 p0 d0 “…” «yes» closed
        ! stray quote mark at 8 "
    "##]],
    );
}

#[test]
fn mark_inside_word_closes_open_quote() {
    check(
        r#"He said “yes”and "no"then left."#,
        expect![[r##"
        #0 p0 d0 “…” «yes» closed
        #1 p0 d0 "…" «no» closed
    "##]],
    );
}

#[test]
fn straight_double_inside_straight_double_nests_by_context() {
    check(
        r#""He said "yes" today," she said."#,
        expect![[r##"
        #0 p0 d0 "…" «He said "yes" today,» closed
        #1 p0 d1 in #0 "…" «yes» closed
    "##]],
    );
}

#[test]
fn single_quote_continues_over_paragraphs() {
    check(
        "‘The first part.\n‘The second part,’ he said.",
        expect![[r#"
        #0 p0 d0 ‘…  «The first part.» unclosed
        #1 p1 d0 continues #0 ‘…’ «The second part,» closed
    "#]],
    );
}

#[test]
fn nested_quote_left_open_at_paragraph_end_is_reported_while_outer_continues() {
    check(
        "“He told me ‘wait\n“Then he left,” she said.",
        expect![[r#"
        #0 p0 d0 “…  «He told me ‘wait» unclosed
        #1 p0 d1 in #0 ‘…  «wait» unclosed
        #2 p1 d0 continues #0 “…” «Then he left,» closed
        ! unclosed quote at 14 ‘
    "#]],
    );
}

#[test]
fn quotes_are_ordered_by_start_with_nested_after_parent() {
    check(
        "“A ‘b’ c” and ‘d “e” f’ and “g”.",
        expect![[r#"
        #0 p0 d0 “…” «A ‘b’ c» closed
        #1 p0 d1 in #0 ‘…’ «b» closed
        #2 p0 d0 ‘…’ «d “e” f» closed
        #3 p0 d1 in #2 “…” «e» closed
        #4 p0 d0 “…” «g» closed
    "#]],
    );
}

#[test]
fn quoted_plural_before_next_quote_closes() {
    check(
        "He called them ‘Boasters’ and ‘Blasphemers’ like Trump.",
        expect![[r#"
            #0 p0 d0 ‘…’ «Boasters» closed
            #1 p0 d0 ‘…’ «Blasphemers» closed
        "#]],
    );
}
