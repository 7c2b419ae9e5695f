use expect_test::expect;

use crate::{MON, WED, check};

#[test]
fn clock_time_is_on_the_publication_day() {
    check(
        "Polls open at 10 a.m. local time.",
        WED,
        expect![[r#"
        «10 a.m. local time» TIME 2025-02-12T10:00 2025-02-12
    "#]],
    );
}

#[test]
fn clock_time_with_zone() {
    check(
        "The speech starts at 1 p.m. ET and ends by 10:30 GMT.",
        WED,
        expect![[r#"
        «1 p.m. ET» TIME 2025-02-12T13:00 2025-02-12
        «10:30 GMT» TIME 2025-02-12T10:30 2025-02-12
    "#]],
    );
}

#[test]
fn noon_and_midnight() {
    check(
        "The deadline moved from noon to midnight.",
        WED,
        expect![[r#"
        «noon» TIME 2025-02-12T12:00 2025-02-12
        «midnight» TIME 2025-02-12T24:00 2025-02-12
    "#]],
    );
}

#[test]
fn clock_time_takes_the_day_written_next_to_it() {
    check(
        "Voting ends at 8 p.m. Friday; results Thursday at 9 a.m.",
        MON,
        expect![[r#"
        «8 p.m. Friday» TIME 2025-05-16T20:00 2025-05-16
        «Thursday» DATE 2025-05-15 2025-05-15
        «9 a.m.» TIME 2025-05-15T09:00 2025-05-15
    "#]],
    );
}

#[test]
fn bare_clock_digits_are_not_times() {
    check("The score was 10:30 and 3:1.", WED, expect![[""]]);
}

#[test]
fn clock_time_without_publication_date_has_no_value() {
    check(
        "at 1 p.m. ET",
        "",
        expect![[r#"
        «1 p.m. ET» TIME - -
    "#]],
    );
}

#[test]
fn clock_time_takes_the_day_after_a_parenthesis() {
    check(
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
        "1998-08-08",
        expect![[r#"
            «about 10:35 a.m.» TIME 1998-08-07T10:35 1998-08-07
            «Friday» DATE 1998-08-07 1998-08-07
        "#]],
    );
}

#[test]
fn part_of_the_day_before_yesterday() {
    check(
        "Shares were up at mid-afternoon yesterday.",
        WED,
        expect![[r#"
        «mid-afternoon yesterday» TIME 2025-02-11TAF 2025-02-11
    "#]],
    );
}
