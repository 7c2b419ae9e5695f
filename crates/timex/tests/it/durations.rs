use expect_test::expect;

use crate::{MON, check};

#[test]
fn duration_is_not_a_date() {
    check(
        "Talks lasted two hours after a two-hour delay and a 30-day truce.",
        MON,
        expect![[r#"
            «two hours» DURATION PT2H -
            «two-hour» DURATION PT2H -
            «30-day» DURATION P30D -
        "#]],
    );
}

#[test]
fn years_and_weeks_are_durations() {
    check(
        "He served 14 years, then a week, then the 14 years ended.",
        MON,
        expect![[r#"
        «14 years» DURATION P14Y -
        «a week» DURATION P1W -
        «the 14 years» DURATION P14Y -
    "#]],
    );
}

#[test]
fn age_is_a_duration_and_hyphenated_age_is_nothing() {
    check(
        "The girl is three years old; a 6-year-old boy.",
        MON,
        expect![[r#"
        «three years old» DURATION P3Y -
    "#]],
    );
}

#[test]
fn vague_durations() {
    check(
        "It took several months, for years, a decades-long fight.",
        MON,
        expect![[r#"
        «several months» DURATION PXM -
        «years» DURATION PXY -
        «decades-long» DURATION PXDE -
    "#]],
    );
}

#[test]
fn past_n_units_is_a_duration() {
    check(
        "In the past two months prices fell.",
        MON,
        expect![[r#"
        «the past two months» DURATION P2M -
    "#]],
    );
}
