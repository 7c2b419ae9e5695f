use whosaid_timex::{Date, Precision, find};

/// The precision of each expression's `when`, in order.
fn precisions(text: &str, dct: &str) -> Vec<Option<Precision>> {
    let dct: Date = dct.parse().expect("valid test dct");
    find(text, Some(dct))
        .iter()
        .map(|t| t.when.map(|w| w.precision))
        .collect()
}

#[test]
fn when_keeps_day_month_and_year_precision() {
    assert_eq!(
        precisions(
            "Yesterday, in February and last year; on March 18 2022, in May 2021 and in 2020.",
            crate::MON
        ),
        [
            Some(Precision::Day),
            Some(Precision::Month),
            Some(Precision::Year),
            Some(Precision::Day),
            Some(Precision::Month),
            Some(Precision::Year),
        ]
    );
}

#[test]
fn periods_that_fix_no_day_month_or_year_have_no_when() {
    assert_eq!(
        precisions(
            "In the third quarter of 1998, in the 1990s and in recent days; for two hours.",
            crate::MON
        ),
        [None, None, None, None]
    );
}
