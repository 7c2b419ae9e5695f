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
        "Third-quarter profit will rise.",
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

#[test]
fn later_quarter_in_a_past_sentence_is_last_year() {
    check(
        "Third-quarter profit rose.",
        MON,
        expect![[r#"
            «Third-quarter» DATE 2024-Q3 -
        "#]],
    );
}

#[test]
fn month_without_year_far_ahead_is_last_years() {
    check(
        "The plant closed in December.",
        "2025-01-15",
        expect![[r#"
            «December» DATE 2024-12 2024-12
        "#]],
    );
    check(
        "In April, Reuters reported the deal; the vote is in January.",
        "2017-12-06",
        expect![[r#"
            «April» DATE 2017-04 2017-04
            «January» DATE 2018-01 2018-01
        "#]],
    );
}

#[test]
fn modal_or_scheduled_event_makes_a_month_look_ahead() {
    check(
        "She could win in November; the convention in July will pick the nominee.",
        "2016-03-08",
        expect![[r#"
            «November» DATE 2016-11 2016-11
            «July» DATE 2016-07 2016-07
        "#]],
    );
}

#[test]
fn month_of_that_year_takes_the_year_named_before() {
    check(
        "Japan has struggled since 2011, when a quake hit in March of that year.",
        "2017-11-06",
        expect![[r#"
            «2011» DATE 2011 2011
            «March of that year» DATE 2011-03 2011-03
        "#]],
    );
}

#[test]
fn last_week_of_a_month_is_no_week_before_publication() {
    check(
        "The bill should reach the floor the last week of November.",
        "2017-11-09",
        expect![[r#"
            «November» DATE 2017-11 2017-11
        "#]],
    );
}

#[test]
fn holiday_before_which_something_is_planned_is_the_coming_one() {
    check(
        "Leaders, who won the vote, want to pass it before Christmas.",
        "2017-12-13",
        expect![[r#"
            «Christmas» DATE 2017-12-25 2017-12-25
        "#]],
    );
}

#[test]
fn month_with_future_in_the_sentence_is_the_coming_one() {
    check(
        "Leaders will gather for the summit in April.",
        "2024-12-05",
        expect![[r#"
            «April» DATE 2025-04 2025-04
        "#]],
    );
}

#[test]
fn deadline_month_is_not_held_back_by_a_past_clause() {
    check(
        "The talks, which are supposed to conclude by May, were reopened two weeks ago.",
        "1998-03-22",
        expect![[r#"
            «May» DATE 1998-05 1998-05
            «two weeks ago» DATE 1998-W10 1998-03
        "#]],
    );
}

#[test]
fn past_participle_before_a_date_looks_back() {
    check(
        "Shares issued July 1 will receive a smaller dividend.",
        "1989-10-27",
        expect![[r#"
            «July 1» DATE 1989-07-01 1989-07-01
        "#]],
    );
}

#[test]
fn quarter_references_follow_the_quarter_a_report_is_about() {
    check(
        "The company posted third-quarter profit of $5 million, up from $4 million a year \
         earlier. Sales in the quarter rose, and the 1988 quarter included a charge.",
        "1989-11-02",
        expect![[r#"
            «third-quarter» DATE 1989-Q3 -
            «a year earlier» DATE 1988-Q3 -
            «the quarter» DATE 1989-Q3 -
            «the 1988 quarter» DATE 1988-Q3 -
        "#]],
    );
}

#[test]
fn year_ago_without_a_named_quarter_is_a_year() {
    check(
        "In its quarterly survey, the department said wages were 3.8 percent higher than a \
         year earlier.",
        "1998-02-06",
        expect![[r#"
            «a year earlier» DATE 1997 1997
        "#]],
    );
}

#[test]
fn fiscal_and_full_years_are_years() {
    check(
        "It expects higher sales in the current fiscal year; sales for the full year were flat.",
        "1989-11-02",
        expect![[r#"
            «the current fiscal year» DATE 1989 1989
            «the full year» DATE 1989 1989
        "#]],
    );
}

#[test]
fn half_years_centuries_and_the_week_of_a_day() {
    check(
        "Earnings fall in the first half of 1990, as in the 20th century; a hearing is set for \
         the week of March 6.",
        "2000-02-24",
        expect![[r#"
            «the first half of 1990» DATE 1990-H1 -
            «the 20th century» DATE 19 -
            «the week of March 6» DATE 2000-W10 2000-03
        "#]],
    );
}

#[test]
fn second_day_of_a_list_takes_the_month() {
    check(
        "The summit meets on April 24 and 25; April 24 and 25,000 delegates.",
        "1999-02-10",
        expect![[r#"
            «April 24» DATE 1999-04-24 1999-04-24
            «25» DATE 1999-04-25 1999-04-25
            «April 24» DATE 1999-04-24 1999-04-24
        "#]],
    );
}

#[test]
fn spelled_years_after_months_and_seasons() {
    check(
        "January nineteen ninety-seven. Prices last fell that far in the winter of nineteen \
         ninety-four.",
        "1998-02-27",
        expect![[r#"
            «January nineteen ninety-seven» DATE 1997-01 1997-01
            «the winter of nineteen ninety-four» DATE 1994-WI -
        "#]],
    );
}

#[test]
fn seasons_with_this_past_and_early() {
    check(
        "This past spring sales slowed; in the early summer they recovered.",
        "1989-10-26",
        expect![[r#"
            «This past spring» DATE 1989-SP -
            «the early summer» DATE 1989-SU -
        "#]],
    );
}

#[test]
fn election_day_is_the_tuesday_after_the_first_monday_of_november() {
    check(
        "Turnout on Election Day may be low.",
        "1998-10-26",
        expect![[r#"
            «Election Day» DATE 1998-11-03 1998-11-03
        "#]],
    );
}

#[test]
fn year_before_an_event_noun_is_a_year() {
    check(
        "In his unsuccessful 1996 campaign he said 1996 people came.",
        "1998-02-13",
        expect![[r#"
            «1996» DATE 1996 1996
        "#]],
    );
}

#[test]
fn first_two_quarters_are_the_first_half() {
    check(
        "The slump will last through the first two quarters of 1990.",
        "1989-10-26",
        expect![[r#"
            «the first two quarters of 1990» DATE 1990-H1 -
        "#]],
    );
}
