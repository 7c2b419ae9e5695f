use expect_test::expect;

use crate::{MON, check};

#[test]
fn spanish_su_tu_never_dates() {
    check(
        "Tu suscripción vence el martes. Actualiza su cuenta en 2025 o mo.",
        MON,
        expect![[""]],
    );
}

#[test]
fn french_and_german_lines_yield_nothing() {
    check(
        "Votre abonnement expire mardi. Ihr Abo endet am Montag.",
        MON,
        expect![[""]],
    );
}

#[test]
fn two_letter_tokens_are_never_weekdays() {
    check("We mo tu th fr sa su.", MON, expect![[""]]);
}

#[test]
fn spanish_paragraph_yields_no_dates() {
    check(
        "Tu suscripción se renovará el lunes. Su cuenta vence el martes.",
        MON,
        expect![[""]],
    );
}

#[test]
fn short_tokens_are_never_dates() {
    check(
        "The cat sat in the sun; prices may rise. Sun and Sat are names; a mar on his record; \
         Mar-a-Lago. We su tu sat sun mar may.",
        MON,
        expect![[""]],
    );
}

#[test]
fn odd_input_never_panics() {
    let inputs = [
        "",
        "Feb. 30, 2025 and 31 April",
        "9999 BC in 1800 at 99:99 p.m.",
        "ünïcödé Friday 🚀 at 10 a.m. on März 3",
        "in 2099 ... the 1900s ' '80s '",
        "Monday,\n\nTuesday",
        "the week of Dec. 31 and 32; the 0th century; Election Day; the 1988 quarter",
        "that year, the following month, the previous Friday, a year earlier, the quarter",
        "week of May 1 and 31 in the first half of 2099 and nineteen ninety-nine",
    ];
    for text in inputs {
        for dct in [None, "0001-01-01".parse().ok(), "9999-12-31".parse().ok()] {
            let _ = whosaid_timex::find(text, dct);
        }
    }
}
