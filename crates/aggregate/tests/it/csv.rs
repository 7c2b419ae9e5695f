//! `quotes.csv` and `speakers.csv`.

use expect_test::expect;
use whosaid_aggregate::{QuoteReader, QuoteRecord, QuoteWriter, neutralise, write_speakers};

use crate::fixture;

fn quotes_csv(records: &[QuoteRecord]) -> String {
    let mut writer = QuoteWriter::new(Vec::new()).unwrap();
    for record in records {
        writer.write(record).unwrap();
    }
    String::from_utf8(writer.finish().unwrap()).unwrap()
}

#[test]
fn quotes_header_is_the_documented_column_list() {
    let csv = quotes_csv(&[]);
    assert_eq!(
        csv,
        "doc,outlet,published,kind,speaker,speaker_mention,quote,cue,place,medium,when,\
         when_source,start,end,reported_by,places_mentioned\n"
    );
}

#[test]
fn every_formula_lead_character_is_neutralised() {
    for lead in ["=", "+", "-", "@", "\t", "\r"] {
        let cell = format!("{lead}cmd|' /C calc'!A0");
        assert_eq!(neutralise(&cell), format!("'{cell}"), "lead {lead:?}");
    }
}

#[test]
fn formula_behind_leading_spaces_is_neutralised() {
    assert_eq!(neutralise("  =1+1"), "'  =1+1");
    assert_eq!(neutralise("\n@SUM(A1)"), "'\n@SUM(A1)");
    assert_eq!(neutralise("\u{a0}-2"), "'\u{a0}-2");
}

#[test]
fn ordinary_cells_are_left_alone() {
    for cell in [
        "",
        "Vladimir Putin",
        "2025-05-19",
        "“Let the process begin”",
        " said",
        "a=b",
    ] {
        assert_eq!(neutralise(cell), cell);
    }
}

#[test]
fn every_string_column_is_neutralised_and_numbers_are_not() {
    let record = QuoteRecord {
        doc: "=doc".into(),
        outlet: "+outlet".into(),
        published: "-published".into(),
        kind: "@kind".into(),
        speaker: "\tspeaker".into(),
        speaker_mention: "\rmention".into(),
        quote: "=quote".into(),
        cue: "=cue".into(),
        place: "=place".into(),
        medium: "=medium".into(),
        when: "=when".into(),
        when_source: "=source".into(),
        start: 7,
        end: 42,
        reported_by: "=reporter".into(),
        places_mentioned: "=places".into(),
    };
    let csv = quotes_csv(&[record]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    let cells: Vec<&str> = row.iter().collect();
    assert_eq!(
        cells,
        [
            "'=doc",
            "'+outlet",
            "'-published",
            "'@kind",
            "'\tspeaker",
            "'\rmention",
            "'=quote",
            "'=cue",
            "'=place",
            "'=medium",
            "'=when",
            "'=source",
            "7",
            "42",
            "'=reporter",
            "'=places",
        ]
    );
}

#[test]
fn quotes_with_delimiters_line_breaks_and_unicode_round_trip() {
    let doc = fixture::doc(
        "005.txt",
        "Le Monde, édition \"internationale\"",
        "2025-05-20",
        10,
    );
    let texts = [
        "He said \"no\", then left.",
        "First paragraph.\nSecond paragraph.\r\nThird.",
        "=cmd|' /C calc'!A0",
        "- and another thing",
        "„Wir sind bereit“, sagte er – «oui» — 「はい」",
        "",
    ];
    let records: Vec<QuoteRecord> = texts
        .iter()
        .map(|text| fixture::statement(&doc, "direct", "Jean-Noël Barrot", text, "said", ""))
        .collect();
    let csv = quotes_csv(&records);

    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let quote = headers.iter().position(|h| h == "quote").unwrap();
    let outlet = headers.iter().position(|h| h == "outlet").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), records.len());
    for (row, record) in rows.iter().zip(&records) {
        assert_eq!(row.len(), 16);
        assert_eq!(&row[quote], neutralise(&record.quote));
        assert_eq!(&row[outlet], record.outlet);
    }
    assert_eq!(&rows[2][quote], "'=cmd|' /C calc'!A0");
    assert_eq!(&rows[3][quote], "'- and another thing");
}

#[test]
fn speakers_csv_lists_speakers_in_report_order() {
    let mut out = Vec::new();
    write_speakers(&fixture::aggregated().speakers(), &mut out).unwrap();
    expect![[r#"
        speaker,statements,direct,partial,indirect,articles,outlets,first,last,places,places_mentioned
        Donald Trump,6,5,1,0,3,EL PAÍS English Edition|Express & Star (Associated Press)|The Independent,2025-02-12,2025-05-19,,
        Vladimir Putin,3,1,1,1,2,Express & Star (Associated Press)|The Independent,2025-05,2025-05-19,Sochi,
        Dmitry Peskov,1,0,0,1,1,EL PAÍS English Edition,2025-02-12,2025-02-12,Moscow,
        JD Vance,1,1,0,0,1,The Independent,2025-05-19,2025-05-19,Rome,
        Yuri Ushakov,1,0,0,1,1,The Independent,2025-05-19,2025-05-19,Moscow,
    "#]]
    .assert_eq(&String::from_utf8(out).unwrap());
}

#[test]
fn quotes_read_back_equal_the_records_written_even_neutralised_ones() {
    let mut records = fixture::statements();
    let mut odd = records[0].clone();
    odd.quote = "=1+1".into();
    odd.speaker = "'=already quoted".into();
    odd.cue = "-\n“said”, with a line break".into();
    records.push(odd);
    let csv = quotes_csv(&records);
    let back: Vec<QuoteRecord> = QuoteReader::new(csv.as_bytes())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(back, records);
}

#[test]
fn a_file_that_is_not_quotes_csv_is_refused() {
    assert!(QuoteReader::new("speaker,statements\n".as_bytes()).is_err());
    let header = whosaid_aggregate::QUOTE_COLUMNS.join(",");
    let short = format!("{header}\ndoc,outlet\n");
    let mut reader = QuoteReader::new(short.as_bytes()).unwrap();
    assert!(reader.next().unwrap().is_err());
}
