use expect_test::expect;

use crate::{MON, WED, check};

#[test]
fn today_yesterday_tomorrow() {
    check(
        "Today it rains; yesterday it snowed; tomorrow it clears.",
        MON,
        expect![[r#"
        «Today» DATE 2025-05-19 2025-05-19
        «yesterday» DATE 2025-05-18 2025-05-18
        «tomorrow» DATE 2025-05-20 2025-05-20
    "#]],
    );
}

#[test]
fn parts_of_today_are_times() {
    check(
        "He spoke this morning and will speak again tonight, after last night.",
        WED,
        expect![[r#"
        «this morning» TIME 2025-02-12TMO 2025-02-12
        «tonight» TIME 2025-02-12TNI 2025-02-12
        «last night» TIME 2025-02-11TNI 2025-02-11
    "#]],
    );
}

#[test]
fn last_this_next_week_month_year() {
    check(
        "Last week, this month and next year; last month and this year.",
        MON,
        expect![[r#"
            «Last week» DATE 2025-W20 2025-05
            «this month» DATE 2025-05 2025-05
            «next year» DATE 2026 2026
            «last month» DATE 2025-04 2025-04
            «this year» DATE 2025 2025
        "#]],
    );
}

#[test]
fn week_across_two_months_has_no_when() {
    check(
        "The strike ended last week.",
        "2025-06-02",
        expect![[r#"
        «last week» DATE 2025-W22 -
    "#]],
    );
}

#[test]
fn weekends() {
    check(
        "Over the weekend it rained. Last weekend too. This weekend will be dry.",
        WED,
        expect![[r#"
            «the weekend» DATE 2025-W06-WE 2025-02
            «Last weekend» DATE 2025-W06-WE 2025-02
            «This weekend» DATE 2025-W07-WE 2025-02
        "#]],
    );
}

#[test]
fn recently_is_past_ref_and_now_is_present_ref() {
    check(
        "In recent days troops moved; recently more came. Now and currently they wait.",
        MON,
        expect![[r#"
            «recent days» DATE PAST_REF -
            «recently» DATE PAST_REF -
            «Now» DATE PRESENT_REF -
            «currently» DATE PRESENT_REF -
        "#]],
    );
}

#[test]
fn years_ago_counts_back_from_publication() {
    check(
        "Two years ago, and 10 years ago, and three days ago.",
        MON,
        expect![[r#"
        «Two years ago» DATE 2023 2023
        «10 years ago» DATE 2015 2015
        «three days ago» DATE 2025-05-16 2025-05-16
    "#]],
    );
}

#[test]
fn earlier_this_month_and_later_this_year() {
    check(
        "Earlier this month he resigned; a vote comes later this year.",
        MON,
        expect![[r#"
        «Earlier this month» DATE 2025-05 2025-05
        «later this year» DATE 2025 2025
    "#]],
    );
}

#[test]
fn anchored_days_are_dates_without_value() {
    check(
        "A day after the vote, and the day before, he left.",
        MON,
        expect![[r#"
        «A day after» DATE - -
        «the day before» DATE - -
    "#]],
    );
}

#[test]
fn relative_expressions_need_the_publication_date() {
    check(
        "Yesterday, last week and on Monday.",
        "",
        expect![[r#"
        «Yesterday» DATE - -
        «last week» DATE - -
        «Monday» DATE - -
    "#]],
    );
}

#[test]
fn yesterday_is_the_day_before_publication() {
    check(
        "The minister resigned yesterday.",
        MON,
        expect![[r#"
            «yesterday» DATE 2025-05-18 2025-05-18
        "#]],
    );
}

#[test]
fn last_week_is_the_week_before_publication() {
    check(
        "Prices rose last week.",
        MON,
        expect![[r#"
        «last week» DATE 2025-W20 2025-05
    "#]],
    );
}

#[test]
fn this_weekend_in_a_future_sentence_is_the_coming_one() {
    check(
        "The talks are expected to resume this weekend.",
        WED,
        expect![[r#"
            «this weekend» DATE 2025-W07-WE 2025-02
        "#]],
    );
}

#[test]
fn over_the_weekend_is_the_one_just_past_unless_its_clause_looks_ahead() {
    check(
        "Officials met over the weekend and will meet again over the weekend.",
        MON,
        expect![[r#"
            «the weekend» DATE 2025-W20-WE 2025-05
            «the weekend» DATE 2025-W21-WE 2025-05
        "#]],
    );
}

#[test]
fn in_recent_days_is_the_recent_past() {
    check(
        "In recent days, troops moved.",
        MON,
        expect![[r#"
        «recent days» DATE PAST_REF -
    "#]],
    );
}

#[test]
fn two_years_ago_is_a_year() {
    check(
        "The law passed two years ago.",
        MON,
        expect![[r#"
        «two years ago» DATE 2023 2023
    "#]],
    );
}

#[test]
fn earlier_this_month_is_this_month() {
    check(
        "Earlier this month, the minister resigned.",
        MON,
        expect![[r#"
            «Earlier this month» DATE 2025-05 2025-05
        "#]],
    );
}

#[test]
fn the_past_and_next_year_are_dates() {
    check(
        "Hate groups grew over the past year and will shrink over the next year or so.",
        MON,
        expect![[r#"
            «the past year» DATE 2024 2024
            «the next year» DATE 2026 2026
        "#]],
    );
}

#[test]
fn that_year_and_the_following_month_lean_on_the_date_named_before() {
    check(
        "He fled in June 1998 and returned later that year. The following month, he was \
         jailed. On May 22, 1995, he became a general; earlier that day, he met the king.",
        MON,
        expect![[r#"
            «June 1998» DATE 1998-06 1998-06
            «later that year» DATE 1998 1998
            «The following month» DATE 1998-07 1998-07
            «May 22, 1995» DATE 1995-05-22 1995-05-22
            «earlier that day» DATE 1995-05-22 1995-05-22
        "#]],
    );
}

#[test]
fn will_one_day_is_the_future() {
    check(
        "Islam will one day be the second largest religion.",
        MON,
        expect![[r#"
            «one day» DATE FUTURE_REF -
        "#]],
    );
}

#[test]
fn then_current_looks_back() {
    check(
        "Holders may buy shares at 50% of the then current price.",
        MON,
        expect![[r#"
            «current» DATE PAST_REF -
        "#]],
    );
}

#[test]
fn the_day_before_a_day_is_its_eve() {
    check(
        "The day before last Tuesday's hearing, he went to the house.",
        "2000-02-24",
        expect![[r#"
            «The day before last Tuesday» DATE 2000-02-21 2000-02-21
        "#]],
    );
}
