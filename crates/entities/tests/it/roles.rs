//! Who held which office when.

use expect_test::{Expect, expect};
use whosaid_entities::{Date, Gazetteer};

use crate::gazetteer;

/// The canonical names of the holders, one query per line: `office jurisdiction date`,
/// with `-` for an absent jurisdiction or date.
fn check(g: &Gazetteer, queries: &str, expect: Expect) {
    let mut out = String::new();
    for query in queries.lines().map(str::trim).filter(|q| !q.is_empty()) {
        let mut parts = query.rsplitn(3, ' ');
        let (Some(date), Some(jurisdiction), Some(office)) =
            (parts.next(), parts.next(), parts.next())
        else {
            panic!("bad query {query:?}");
        };
        let date: Option<Date> = (date != "-").then(|| date.parse().unwrap());
        let jurisdiction = (jurisdiction != "-").then_some(jurisdiction);
        let names: Vec<&str> = g
            .holders(office, jurisdiction, date)
            .into_iter()
            .map(|id| g.get(id).canonical.as_str())
            .collect();
        out.push_str(&format!("{query}: {}\n", names.join(", ")));
    }
    expect.assert_eq(&out);
}

fn presidents() -> Gazetteer {
    gazetteer(
        "
        Barack Obama,person,Obama,cc=US;roles=president@US@2009-01-20..2017-01-20
        Donald Trump,person,Trump,cc=US;roles=president@US@2017-01-20..2021-01-20|president@US@2025-01-20..
        Joe Biden,person,Biden,cc=US;roles=vice president@US@2009-01-20..2017-01-20|president@US@2021-01-20..2025-01-20
        ",
    )
}

#[test]
fn the_president_on_a_date_is_the_one_in_office_then() {
    check(
        &presidents(),
        "
        president US 2016-06-01
        president US 2025-06-01
        president US 2022-06-01
        president US 2017-01-20
        president US 2000-01-01
        President us 2016-06-01
        vice president US 2016-06-01
        president RU 2016-06-01
        president - 2030-01-01
        president US -
        ",
        expect![[r#"
            president US 2016-06-01: Barack Obama
            president US 2025-06-01: Donald Trump
            president US 2022-06-01: Joe Biden
            president US 2017-01-20: Barack Obama, Donald Trump
            president US 2000-01-01: 
            President us 2016-06-01: Barack Obama
            vice president US 2016-06-01: Joe Biden
            president RU 2016-06-01: 
            president - 2030-01-01: Donald Trump
            president US -: Barack Obama, Donald Trump, Joe Biden
        "#]],
    );
}

#[test]
fn the_leader_of_a_country_is_the_holder_of_its_leading_office() {
    let mut g = gazetteer(
        "
        Vladimir Putin,person,Putin,cc=RU;roles=president@RU@2012-05-07..
        Dmitry Medvedev,person,Medvedev,cc=RU;roles=president@RU@2008-05-07..2012-05-07|prime minister@RU@2012-05-08..2020-01-16
        Mishustin,leader,,state=Russia;start=2020-01-16
        ",
    );
    g.merge(gazetteer(
        "
        Russia,country,Russian Federation,iso2=RU;leader=president
        United Kingdom,country,UK,iso2=GB;leader=prime minister
        Keir Starmer,person,Starmer,cc=GB;roles=prime minister@GB@2024-07-05..
        ",
    ));
    check(
        &g,
        "
        leader RU 2024-01-01
        leader Russia 2010-01-01
        leader RU -
        leader GB 2025-01-01
        leader - 2025-01-01
        prime minister RU 2015-01-01
        ",
        expect![[r#"
            leader RU 2024-01-01: Vladimir Putin, Mishustin
            leader Russia 2010-01-01: Dmitry Medvedev
            leader RU -: Vladimir Putin, Dmitry Medvedev, Mishustin
            leader GB 2025-01-01: Keir Starmer
            leader - 2025-01-01: Vladimir Putin, Mishustin, Keir Starmer
            prime minister RU 2015-01-01: Dmitry Medvedev
        "#]],
    );
}

#[test]
fn senators_sit_for_a_state_within_their_country() {
    let g = gazetteer(
        "
        Maria Cantwell,person,,cc=US;party=Democrat;last_role=sen:WA:2025-01-03..2031-01-03
        J.D. Vance,person,Vance,cc=US;last_role=viceprez:US:2025-01-20..2029-01-20
        Gavin Newsom,person,Newsom,cc=US;last_role=gov:CA:2019-01-07..
        ",
    );
    check(
        &g,
        "
        senator US 2026-01-01
        senator US-WA 2026-01-01
        senator WA 2026-01-01
        senator U 2026-01-01
        vice president US 2026-01-01
        governor US-CA 2026-01-01
        ",
        expect![[r#"
            senator US 2026-01-01: Maria Cantwell
            senator US-WA 2026-01-01: Maria Cantwell
            senator WA 2026-01-01: 
            senator U 2026-01-01: 
            vice president US 2026-01-01: J.D. Vance
            governor US-CA 2026-01-01: Gavin Newsom
        "#]],
    );
}

#[test]
fn archigos_leaders_get_the_code_of_their_state_once_countries_are_known() {
    let leaders = "
        Obama,leader,,gwcode=2;state=United States of America;stateabb=USA;start=2009-01-20;end=in office at 2015-12-31
        Cleveland,leader,,gwcode=2;state=United States of America;stateabb=USA;start=1885-03-04;end=1889-03-04
        Cleveland,leader,,gwcode=2;state=United States of America;stateabb=USA;start=1893-03-04;end=1897-03-04
        Bouterse,leader,,gwcode=115;state=Surinam;stateabb=SUR;start=2010-08-12;end=in office at 2015-12-31
    ";
    let alone = gazetteer(leaders);
    check(
        &alone,
        "
        leader United States of America 2012-01-01
        leader US 2012-01-01
        ",
        expect![[r#"
            leader United States of America 2012-01-01: 
            leader US 2012-01-01: 
        "#]],
    );
    let mut g =
        gazetteer("United States,country,United States of America|USA,iso2=US;leader=president");
    g.merge(alone);
    check(
        &g,
        "
        leader US 2012-01-01
        leader US 2024-01-01
        leader US 1895-01-01
        leader Surinam 2012-01-01
        ",
        expect![[r#"
            leader US 2012-01-01: Obama
            leader US 2024-01-01: 
            leader US 1895-01-01: Cleveland
            leader Surinam 2012-01-01: Bouterse
        "#]],
    );
}
