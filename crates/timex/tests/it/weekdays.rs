use expect_test::expect;

use crate::{MON, WED, check};

#[test]
fn bare_weekday_resolves_to_on_or_before_publication() {
    check(
        "The minister resigned on Friday.",
        MON,
        expect![[r#"
        «Friday» DATE 2025-05-16 2025-05-16
    "#]],
    );
}

#[test]
fn weekday_equal_to_publication_day_is_that_day() {
    check(
        "Protesters gathered Monday outside parliament.",
        MON,
        expect![[r#"
        «Monday» DATE 2025-05-19 2025-05-19
    "#]],
    );
}

#[test]
fn future_sentence_weekday_resolves_forward() {
    check(
        "The meeting that is being set up on Friday in Munich.",
        WED,
        expect![[r#"
        «Friday» DATE 2025-02-14 2025-02-14
    "#]],
    );
}

#[test]
fn will_moves_a_weekday_forward() {
    check(
        "The council will vote on Thursday.",
        MON,
        expect![[r#"
        «Thursday» DATE 2025-05-22 2025-05-22
    "#]],
    );
}

#[test]
fn reporting_verb_keeps_weekday_in_the_past() {
    check(
        "The ministry said Friday it will raise taxes.",
        MON,
        expect![[r#"
        «Friday» DATE 2025-05-16 2025-05-16
    "#]],
    );
}

#[test]
fn this_weekday_follows_the_news_strategy() {
    check(
        "This Monday he met the press. He is expected to travel this Saturday.",
        WED,
        expect![[r#"
        «This Monday» DATE 2025-02-10 2025-02-10
        «this Saturday» DATE 2025-02-15 2025-02-15
    "#]],
    );
}

#[test]
fn last_weekday_is_strictly_before() {
    check(
        "He arrived last Monday and leaves next Monday.",
        MON,
        expect![[r#"
        «last Monday» DATE 2025-05-12 2025-05-12
        «next Monday» DATE 2025-05-26 2025-05-26
    "#]],
    );
}

#[test]
fn weekday_with_part_of_day_is_a_time() {
    check(
        "Shots were fired Tuesday night.",
        WED,
        expect![[r#"
        «Tuesday night» TIME 2025-02-11TNI 2025-02-11
    "#]],
    );
}

#[test]
fn abbreviated_weekday_only_with_a_date() {
    check(
        "Wed. Feb. 12 and Sun. were busy; Mon is not a weekday.",
        WED,
        expect![[r#"
        «Wed. Feb. 12» DATE 2025-02-12 2025-02-12
    "#]],
    );
}

#[test]
fn deadline_weekday_lies_ahead() {
    check(
        "The group could leave as soon as Tuesday; relatives have until 9 a.m. Tuesday to sign.",
        MON,
        expect![[r#"
            «Tuesday» DATE 2025-05-20 2025-05-20
            «9 a.m. Tuesday» TIME 2025-05-20T09:00 2025-05-20
        "#]],
    );
}

#[test]
fn until_in_a_past_clause_looks_back() {
    check(
        "Until Thursday, they had not called him a suspect.",
        MON,
        expect![[r#"
            «Thursday» DATE 2025-05-15 2025-05-15
        "#]],
    );
}

#[test]
fn present_tense_schedule_looks_ahead() {
    check(
        "The Senate votes Tuesday on the bill.",
        MON,
        expect![[r#"
        «Tuesday» DATE 2025-05-20 2025-05-20
    "#]],
    );
}

#[test]
fn firm_plan_a_few_words_back_looks_ahead() {
    check(
        "Protesters were planning to drive around Miami International Airport on Monday.",
        WED,
        expect![[r#"
            «Monday» DATE 2025-02-17 2025-02-17
        "#]],
    );
}

#[test]
fn the_previous_weekday_counts_from_the_day_the_story_is_at() {
    check(
        "Stocks closed on May 9 down 4% from the previous Friday.",
        MON,
        expect![[r#"
            «May 9» DATE 2025-05-09 2025-05-09
            «the previous Friday» DATE 2025-05-02 2025-05-02
        "#]],
    );
}

#[test]
fn plural_noun_before_a_weekday_is_no_schedule() {
    check(
        "McConnell could only count on 43 votes on Wednesday night.",
        "2017-12-02",
        expect![[r#"
            «Wednesday night» TIME 2017-11-29TNI 2017-11-29
        "#]],
    );
}

#[test]
fn future_in_a_quoted_sentence_stays_in_its_sentence() {
    check(
        "“The people will decide this election!” McConnell urged Moore on Monday to quit.",
        "2017-11-14",
        expect![[r#"
            «Monday» DATE 2017-11-13 2017-11-13
        "#]],
    );
}
