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
fn odd_input_never_panics() {
    let inputs = [
        "",
        "Feb. 30, 2025 and 31 April",
        "9999 BC in 1800 at 99:99 p.m.",
        "ünïcödé Friday 🚀 at 10 a.m. on März 3",
        "in 2099 ... the 1900s ' '80s '",
        "Monday,\n\nTuesday",
    ];
    for text in inputs {
        for dct in [None, "0001-01-01".parse().ok(), "9999-12-31".parse().ok()] {
            let _ = whosaid_timex::find(text, dct);
        }
    }
}
