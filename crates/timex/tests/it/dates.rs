use expect_test::expect;

use crate::{MON, WED, check};

#[test]
fn month_day_takes_the_publication_year() {
    check(
        "The talks began on March 18.",
        MON,
        expect![[r#"
        «March 18» DATE 2025-03-18 2025-03-18
    "#]],
    );
}

#[test]
fn month_day_year_is_absolute() {
    check(
        "It was signed May 19, 2025, in Geneva.",
        "",
        expect![[r#"
        «May 19, 2025» DATE 2025-05-19 2025-05-19
    "#]],
    );
}

#[test]
fn day_month_year_is_absolute() {
    check(
        "It was signed on 19 May 2025.",
        "",
        expect![[r#"
        «19 May 2025» DATE 2025-05-19 2025-05-19
    "#]],
    );
}

#[test]
fn iso_date_is_absolute() {
    check(
        "Published 2025-05-19 by the ministry.",
        "",
        expect![[r#"
        «2025-05-19» DATE 2025-05-19 2025-05-19
    "#]],
    );
}

#[test]
fn weekday_before_date_is_part_of_it() {
    check(
        "The vote is on Tuesday, June 3.",
        MON,
        expect![[r#"
        «Tuesday, June 3» DATE 2025-06-03 2025-06-03
    "#]],
    );
}

#[test]
fn month_and_year_is_a_month() {
    check(
        "Since March 2022, prices have doubled.",
        MON,
        expect![[r#"
        «March 2022» DATE 2022-03 2022-03
    "#]],
    );
}

#[test]
fn bare_month_is_in_the_publication_year() {
    check(
        "Exports fell in February.",
        MON,
        expect![[r#"
        «February» DATE 2025-02 2025-02
    "#]],
    );
}

#[test]
fn later_month_in_a_past_sentence_is_last_year() {
    check(
        "The plant was closed in November.",
        MON,
        expect![[r#"
        «November» DATE 2024-11 2024-11
    "#]],
    );
}

#[test]
fn later_month_in_a_future_sentence_is_this_year() {
    check(
        "Elections will be held in November.",
        MON,
        expect![[r#"
        «November» DATE 2025-11 2025-11
    "#]],
    );
}

#[test]
fn month_of_last_year() {
    check(
        "The deal collapsed in November of last year.",
        MON,
        expect![[r#"
        «November of last year» DATE 2024-11 2024-11
    "#]],
    );
}

#[test]
fn may_and_march_need_a_preposition() {
    check(
        "Officials may march on the capital. It opened in May.",
        MON,
        expect![[r#"
        «May» DATE 2025-05 2025-05
    "#]],
    );
}

#[test]
fn month_name_before_a_capitalised_name_is_a_person() {
    check("April Ryan asked a question.", MON, expect![[""]]);
}

#[test]
fn year_after_a_preposition() {
    check(
        "The war began in 2022 and has lasted since 2014; pre-2014 borders.",
        MON,
        expect![[r#"
        «2022» DATE 2022 2022
        «2014» DATE 2014 2014
        «2014» DATE 2014 2014
    "#]],
    );
}

#[test]
fn year_before_a_noun_after_the() {
    check(
        "He lost the 2016 election.",
        MON,
        expect![[r#"
        «2016» DATE 2016 2016
    "#]],
    );
}

#[test]
fn number_is_not_a_year_without_context() {
    check(
        "Some 1,000 prisoners and 2000 soldiers; 273 drone strikes; 1999 votes were cast.",
        MON,
        expect![[""]],
    );
}

#[test]
fn decade_and_quarter() {
    check(
        "Sales in the 1990s beat the third quarter of 1998.",
        MON,
        expect![[r#"
        «the 1990s» DATE 199X -
        «the third quarter of 1998» DATE 1998-Q3 -
    "#]],
    );
}

#[test]
fn quarter_without_year_is_the_publication_year() {
    check(
        "Third-quarter profit rose.",
        MON,
        expect![[r#"
        «Third-quarter» DATE 2025-Q3 -
    "#]],
    );
}

#[test]
fn season_needs_a_determiner() {
    check(
        "Prices fall. Last summer they rose, and they will rise this winter.",
        MON,
        expect![[r#"
        «Last summer» DATE 2024-SU -
        «this winter» DATE 2025-WI -
    "#]],
    );
}

#[test]
fn absolute_dates_resolve_without_publication_date() {
    check(
        "On March 18 and in 2021 and on May 19, 2025.",
        "",
        expect![[r#"
        «March 18» DATE - -
        «2021» DATE 2021 2021
        «May 19, 2025» DATE 2025-05-19 2025-05-19
    "#]],
    );
}

#[test]
fn holiday_is_a_day() {
    check(
        "Shops were closed on Christmas Day and Thanksgiving.",
        WED,
        expect![[r#"
        «Christmas Day» DATE 2024-12-25 2024-12-25
        «Thanksgiving» DATE 2024-11-28 2024-11-28
    "#]],
    );
}
