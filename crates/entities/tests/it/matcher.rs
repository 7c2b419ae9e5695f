//! Finding names in text.

use expect_test::{Expect, expect};
use whosaid_entities::{Gazetteer, Matcher};

use crate::gazetteer;

/// One line per mention: the matched text and the canonical name of its entity.
fn check(g: &Gazetteer, text: &str, expect: Expect) {
    let matcher = Matcher::new(g);
    let mentions = matcher.find(text);
    let mut out = String::new();
    let mut last_end = 0;
    for m in &mentions {
        assert!(
            m.range.start >= last_end,
            "overlapping or unordered: {mentions:?}"
        );
        last_end = m.range.end;
        out.push_str(&format!(
            "{:?} {}\n",
            &text[m.range.clone()],
            g.get(m.entity).canonical
        ));
    }
    if mentions.is_empty() {
        out.push_str("no mentions\n");
    }
    expect.assert_eq(&out);
}

fn news() -> Gazetteer {
    gazetteer(
        "
        Georgia,country,Sakartvelo,iso2=GE
        Donald Trump,person,Trump,cc=US
        J.D. Vance,person,Vance,cc=US
        Vladimir Putin,person,Putin,cc=RU
        Volodymyr Zelensky,person,Zelenskiy|Zelenskyy|Zelensky,cc=UA
        Theresa May,person,May,cc=GB
        Kyiv,city,Kiev,cc=UA
        Kyiv Oblast,admin1:oblast,,cc=UA
        Turkey,country,Türkiye,iso2=TR
        New York,city,,cc=US
        The New York Times,media,New York Times,
        World Health Organization,org,WHO,
        Georgia,us_state,,cc=US
        United States,country,U.S.|US,iso2=US
        Us,city,,cc=XX
        ",
    )
}

#[test]
fn names_match_as_whole_words_only() {
    check(
        &news(),
        "Trumpism is not Trump. The Kievan Rus predates Kiev. antiTrump, 2Putin, Putin2, Vance-led",
        expect![[r#"
            "Trump" Donald Trump
            "Kiev" Kyiv
            "Vance" J.D. Vance
        "#]],
    );
}

#[test]
fn possessives_match_the_name() {
    check(
        &news(),
        "Trump's aides and Zelensky’s team met in Kyiv’s centre.",
        expect![[r#"
        "Trump" Donald Trump
        "Zelensky" Volodymyr Zelensky
        "Kyiv" Kyiv
    "#]],
    );
}

#[test]
fn all_caps_headlines_match() {
    check(
        &news(),
        "PUTIN SAYS KYIV MUST YIELD; TRUMP’S ENVOY FLIES TO TURKEY",
        expect![[r#"
        "PUTIN" Vladimir Putin
        "KYIV" Kyiv
        "TRUMP" Donald Trump
        "TURKEY" Turkey
    "#]],
    );
}

#[test]
fn lower_case_words_do_not_match_capitalised_names() {
    check(
        &news(),
        "It may be that the turkey was rump steak; us and them; who knows. May said Who? The WHO said",
        expect![[r#"
            "May" Theresa May
            "WHO" World Health Organization
        "#]],
    );
}

#[test]
fn initials_match_however_they_are_written() {
    check(
        &news(),
        "J.D. Vance, JD Vance, J. D. Vance and J.D Vance are one man; so is VANCE.",
        expect![[r#"
            "J.D. Vance" J.D. Vance
            "JD Vance" J.D. Vance
            "J. D. Vance" J.D. Vance
            "J.D Vance" J.D. Vance
            "VANCE" J.D. Vance
        "#]],
    );
}

#[test]
fn the_longest_name_wins_and_a_rejected_one_falls_back_to_a_shorter() {
    check(
        &news(),
        "The New York Times reported from New York. Kyiv Oblast and the Kyiv Oblasts.",
        expect![[r#"
            "The New York Times" The New York Times
            "New York" New York
            "Kyiv Oblast" Kyiv Oblast
            "Kyiv" Kyiv
        "#]],
    );
}

#[test]
fn a_shared_name_goes_to_the_first_defined_entity() {
    check(
        &news(),
        "Georgia, U.S. and US, not Us.",
        expect![[r#"
        "Georgia" Georgia
        "U.S." United States
        "US" United States
        "Us" Us
    "#]],
    );
}

#[test]
fn offsets_are_byte_ranges_of_the_original_text() {
    let g = news();
    let text = "Émigrés in Türkiye — «Zelenskyy» said";
    let mentions = Matcher::new(&g).find(text);
    let got: Vec<_> = mentions
        .iter()
        .map(|m| (m.range.clone(), &text[m.range.clone()]))
        .collect();
    expect![[r#"
        [
            (
                13..21,
                "Türkiye",
            ),
            (
                28..37,
                "Zelenskyy",
            ),
        ]
    "#]]
    .assert_debug_eq(&got);
}

#[test]
fn odd_input_does_not_panic() {
    let g = news();
    let matcher = Matcher::new(&g);
    for text in [
        "",
        " ",
        "\u{301}Trump",
        "Trump\u{301}",
        "ß",
        "ﬀ Trump",
        "\0Putin\0",
        "KyivKyiv Kyiv",
    ] {
        let _ = matcher.find(text);
    }
    assert!(Matcher::new(&Gazetteer::default()).find("Trump").is_empty());
}
