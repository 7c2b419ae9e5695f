use expect_test::expect;

use crate::{MON, check};

#[test]
fn recurring_expressions_are_sets() {
    check(
        "They meet every Monday, publish daily and weekly, and vote each year.",
        MON,
        expect![[r#"
            «every Monday» SET XXXX-WXX-1 -
            «daily» SET P1D -
            «weekly» SET P1W -
            «each year» SET P1Y -
        "#]],
    );
}

#[test]
fn plural_weekday_is_a_set() {
    check(
        "The market opens on Saturdays.",
        MON,
        expect![[r#"
        «Saturdays» SET XXXX-WXX-6 -
    "#]],
    );
}
