//! `report.md`: a corpus summary, a table of the speakers quoted most often, then a section
//! per speaker with their statements grouped by date, and the unattributed statements last.
//!
//! Written for an editor reading on GitHub or in a mail client: dates as `19 May 2025`,
//! verbatim words in typographic quotes and reported speech without them, every value
//! escaped so it renders as the same characters.

use std::fmt::{self, Write};

use crate::QuoteRecord;
use crate::dates;
use crate::markdown::{Slugger, code_span, escape, flatten, shorten};
use crate::stats::{Aggregator, Kinds, Speaker};

/// How [`Aggregator::markdown_with`] lays out the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    /// Quotes longer than this many characters are shortened on a word boundary, with ` …`.
    pub max_quote_chars: usize,
    /// Rows in the summary table of speakers; every speaker still gets a section.
    pub top_speakers: usize,
}

impl Default for ReportOptions {
    /// Quotes up to 300 characters, 25 speakers in the table.
    fn default() -> Self {
        ReportOptions {
            max_quote_chars: 300,
            top_speakers: 25,
        }
    }
}

/// Places a speaker talked about named in their section's opening line, most named first.
const TALKED_ABOUT: usize = 5;

/// Outlets listed by name in the corpus summary; the rest are counted.
const LISTED_OUTLETS: usize = 12;

impl Aggregator {
    /// The Markdown report, with [`ReportOptions::default`].
    pub fn markdown(&self) -> String {
        self.markdown_with(&ReportOptions::default())
    }

    /// The Markdown report, laid out as `options` say.
    pub fn markdown_with(&self, options: &ReportOptions) -> String {
        let mut out = String::new();
        let report = Report {
            aggregator: self,
            options,
            slugs: Slugger::default(),
        };
        // Writing to a `String` cannot fail.
        let _ = report.write(&mut out);
        out
    }
}

struct Report<'a> {
    aggregator: &'a Aggregator,
    options: &'a ReportOptions,
    slugs: Slugger,
}

impl Report<'_> {
    fn write(mut self, out: &mut String) -> fmt::Result {
        let corpus = &self.aggregator.corpus;
        self.slugs.slug("Who said what");
        writeln!(out, "# Who said what\n")?;
        writeln!(out, "{}\n", self.lede())?;
        if corpus.kinds.total() == 0 {
            writeln!(out, "No statements found.")?;
            return Ok(());
        }

        // Anchors depend on every heading before them, so the sections are rendered first.
        let ranked = self.aggregator.ranked();
        let table = !ranked.is_empty() && self.options.top_speakers > 0;
        if table {
            self.slugs.slug("Speakers");
        }
        let mut sections = String::new();
        let with_section = self
            .aggregator
            .sections
            .unwrap_or(usize::MAX)
            .min(ranked.len());
        let mut anchors = Vec::with_capacity(with_section);
        for (name, speaker) in &ranked[..with_section] {
            anchors.push(self.slugs.slug(&flatten(name)));
            writeln!(sections, "## {}\n", escape(name))?;
            writeln!(sections, "{}\n", self.speaker_line(speaker))?;
            self.statements(&mut sections, speaker)?;
        }
        if with_section < ranked.len() {
            let rest = &ranked[with_section..];
            let statements: u64 = rest.iter().map(|(_, s)| s.kinds.total()).sum();
            writeln!(
                sections,
                "_{} more {}, with {}, are listed in `speakers.csv` and `quotes.csv`._\n",
                thousands(rest.len() as u64),
                if rest.len() == 1 {
                    "speaker"
                } else {
                    "speakers"
                },
                count(statements, "statement", "statements"),
            )?;
        }
        let unattributed = &self.aggregator.unattributed;
        let unattributed_anchor = if unattributed.kinds.total() > 0 {
            let anchor = self.slugs.slug("Unattributed");
            writeln!(sections, "## Unattributed\n")?;
            writeln!(
                sections,
                "Statements the articles do not attribute to an identifiable speaker. {}\n",
                self.speaker_line(unattributed)
            )?;
            self.statements(&mut sections, unattributed)?;
            Some(anchor)
        } else {
            None
        };

        self.totals(out, ranked.len(), unattributed_anchor.as_deref())?;
        if table {
            self.table(out, &ranked, &anchors)?;
        }
        out.push_str(sections.trim_end());
        out.push('\n');
        Ok(())
    }

    /// "5 articles from 3 outlets, published between … and …."
    fn lede(&self) -> String {
        let corpus = &self.aggregator.corpus;
        if corpus.documents == 0 {
            return "No articles were analysed.".to_owned();
        }
        let mut lede = count(corpus.documents, "article", "articles");
        if !corpus.outlets.is_empty() {
            lede += &format!(
                " from {}",
                count(corpus.outlets.len() as u64, "outlet", "outlets")
            );
        }
        match corpus.published.human() {
            Some(range) if corpus.undated > 0 => {
                lede += &format!(
                    ", published {range} ({} undated)",
                    thousands(corpus.undated)
                );
            }
            Some(range) => lede += &format!(", published {range}"),
            None => lede += ", with no publication dates",
        }
        lede.push('.');
        lede
    }

    /// The bullets of the corpus summary.
    fn totals(&self, out: &mut String, speakers: usize, unattributed: Option<&str>) -> fmt::Result {
        let corpus = &self.aggregator.corpus;
        let kinds = corpus.kinds;
        write!(
            out,
            "- **Statements:** {} ({}, {}, {}",
            thousands(kinds.total()),
            count(kinds.direct, "direct quote", "direct quotes"),
            count(kinds.partial, "partial quote", "partial quotes"),
            count(kinds.indirect, "in reported speech", "in reported speech"),
        )?;
        if kinds.other > 0 {
            write!(out, ", {} of another kind", thousands(kinds.other))?;
        }
        writeln!(out, ")")?;

        write!(out, "- **Speakers:** {} named", thousands(speakers as u64))?;
        if let Some(anchor) = unattributed {
            let n = self.aggregator.unattributed.kinds.total();
            write!(
                out,
                "; {} with no identifiable speaker, [listed at the end](#{anchor})",
                count(n, "statement", "statements")
            )?;
        }
        writeln!(out)?;

        let mut outlets: Vec<_> = corpus.outlets.iter().collect();
        outlets.sort_by_key(|&(_, &articles)| std::cmp::Reverse(articles));
        let mut listed: Vec<String> = outlets
            .iter()
            .take(LISTED_OUTLETS)
            .map(|(name, articles)| format!("*{}* ({})", escape(name), thousands(**articles)))
            .collect();
        if outlets.len() > LISTED_OUTLETS {
            listed.push(format!(
                "{} more",
                thousands((outlets.len() - LISTED_OUTLETS) as u64)
            ));
        }
        let mut line = if listed.is_empty() {
            "none named".to_owned()
        } else {
            listed.join(", ")
        };
        if corpus.without_outlet > 0 && !outlets.is_empty() {
            line += &format!(
                "; {} with no outlet named",
                count(corpus.without_outlet, "article", "articles")
            );
        }
        writeln!(out, "- **Outlets:** {line}\n")
    }

    /// The speakers quoted most often, linked to their sections.
    fn table(
        &self,
        out: &mut String,
        ranked: &[(&str, &Speaker)],
        anchors: &[String],
    ) -> fmt::Result {
        writeln!(out, "## Speakers\n")?;
        writeln!(
            out,
            "| Speaker | Statements | Direct | Partial | Indirect | Articles |"
        )?;
        writeln!(out, "| :-- | --: | --: | --: | --: | --: |")?;
        for (i, (name, speaker)) in ranked.iter().enumerate().take(self.options.top_speakers) {
            let k = speaker.kinds;
            let name = match anchors.get(i) {
                Some(anchor) => format!("[{}](#{anchor})", escape(name)),
                None => escape(name),
            };
            writeln!(
                out,
                "| {name} | {} | {} | {} | {} | {} |",
                thousands(k.total()),
                thousands(k.direct),
                thousands(k.partial),
                thousands(k.indirect),
                thousands(speaker.articles),
            )?;
        }
        writeln!(out)?;
        if ranked.len() > self.options.top_speakers {
            writeln!(
                out,
                "The {} speakers quoted most often, of {}; all have a row in `speakers.csv`.\n",
                thousands(self.options.top_speakers as u64),
                thousands(ranked.len() as u64),
            )?;
        }
        Ok(())
    }

    /// "**5 statements** (3 direct, 2 indirect) in 2 articles from *A* and *B*, between … and
    /// …. Spoke in Sochi."
    fn speaker_line(&self, speaker: &Speaker) -> String {
        let total = speaker.kinds.total();
        let mut line = format!(
            "**{}** ({}) in {}",
            count(total, "statement", "statements"),
            breakdown(speaker.kinds),
            count(speaker.articles, "article", "articles"),
        );
        let outlets: Vec<String> = speaker
            .outlets
            .iter()
            .map(|o| format!("*{}*", escape(o)))
            .collect();
        match outlets.len() {
            0 => {}
            1..=3 => line += &format!(" from {}", and_list(&outlets)),
            n => line += &format!(" from {}", count(n as u64, "outlet", "outlets")),
        }
        if let Some(range) = speaker.when.human() {
            line += &format!(", {range}");
        }
        line.push('.');
        if !speaker.places.is_empty() {
            let places: Vec<String> = speaker.places.iter().map(|p| escape(p)).collect();
            line += &format!(" Spoke in {}.", and_list(&places));
        }
        let talked_about: Vec<String> = speaker
            .most_talked_about(TALKED_ABOUT)
            .into_iter()
            .map(escape)
            .collect();
        if !talked_about.is_empty() {
            line += &format!(" Talked about {}.", and_list(&talked_about));
        }
        line
    }

    /// The kept statements grouped under date headings, in date order, undated last.
    fn statements(&mut self, out: &mut String, speaker: &Speaker) -> fmt::Result {
        let mut examples: Vec<&QuoteRecord> = speaker.examples.iter().collect();
        // Stable: statements of the same date keep their input order.
        examples.sort_by_key(|r| {
            let dated = dates::is_iso(&r.when);
            (!dated, if dated { r.when.as_str() } else { "" })
        });
        let mut current: Option<&str> = None;
        for record in examples {
            let date = if dates::is_iso(&record.when) {
                record.when.as_str()
            } else {
                ""
            };
            if current != Some(date) {
                if current.is_some() {
                    writeln!(out)?;
                }
                let heading = if date.is_empty() {
                    "Date unknown".to_owned()
                } else {
                    dates::human(date)
                };
                self.slugs.slug(&heading);
                writeln!(out, "### {}\n", escape(&heading))?;
                current = Some(date);
            }
            writeln!(out, "{}", self.bullet(record))?;
        }
        if !speaker.examples.is_empty() {
            writeln!(out)?;
        }
        let more = speaker.more();
        if more > 0 {
            writeln!(
                out,
                "_And {} more {}, listed in `quotes.csv`._\n",
                thousands(more),
                if more == 1 { "statement" } else { "statements" },
            )?;
        }
        Ok(())
    }

    /// `- “quote” (as reported by X) — wrote, in Sochi, on Truth Social · *Outlet*, `doc``
    ///
    /// Reported speech goes without quotation marks, after "_Reported:_". The cue is the word
    /// the text used ("wrote", "told", "calls on"), shown as a label rather than woven into
    /// a sentence, so no cue reads ungrammatically; "according to" adds nothing under the
    /// speaker's own heading and is left out.
    fn bullet(&self, r: &QuoteRecord) -> String {
        // A quote lifted from a longer sentence often ends in the comma before "he said".
        let quote = flatten(&r.quote);
        let quote = quote.trim_end_matches([',', ';', ':', ' ']);
        let text = escape(&shorten(quote, self.options.max_quote_chars));
        let mut line = if r.kind == "indirect" {
            format!("- _Reported:_ {text}")
        } else {
            format!("- “{text}”")
        };
        if !r.reported_by.trim().is_empty() {
            line += &format!(" (as reported by {})", escape(&r.reported_by));
        }
        let cue = flatten(&r.cue);
        let cue = if cue.to_lowercase().starts_with("according") {
            String::new()
        } else {
            escape(&cue)
        };
        let place = if r.place.trim().is_empty() {
            String::new()
        } else {
            format!("in {}", escape(&r.place))
        };
        let medium = medium_phrase(&escape(flatten(&r.medium).trim()));
        let source = if r.outlet.trim().is_empty() {
            code_span(&r.doc)
        } else {
            format!("*{}*, {}", escape(&r.outlet), code_span(&r.doc))
        };
        let setting: Vec<&str> = [&cue, &place, &medium]
            .into_iter()
            .map(|part| part.trim())
            .filter(|part| !part.is_empty())
            .collect();
        line += " — ";
        if !setting.is_empty() {
            line += &setting.join(", ");
            line += " · ";
        }
        line += &source;
        line
    }
}

/// The medium as the words after a cue: "on Truth Social", "to reporters", "in an interview
/// with The Economist", "in a statement".
fn medium_phrase(medium: &str) -> String {
    let Some(first) = medium.chars().next() else {
        return String::new();
    };
    if first.is_uppercase() {
        format!("on {medium}")
    } else if medium == "reporters" || medium == "journalists" {
        format!("to {medium}")
    } else if matches!(first, 'a' | 'e' | 'i' | 'o' | 'u') {
        format!("in an {medium}")
    } else {
        format!("in a {medium}")
    }
}

/// "3 direct, 2 indirect"; "all direct" or "direct" when there is one kind.
fn breakdown(kinds: Kinds) -> String {
    let parts: Vec<(u64, &str)> = [
        (kinds.direct, "direct"),
        (kinds.partial, "partial"),
        (kinds.indirect, "indirect"),
        (kinds.other, "other"),
    ]
    .into_iter()
    .filter(|&(n, _)| n > 0)
    .collect();
    match parts.as_slice() {
        [(1, kind)] => (*kind).to_owned(),
        [(_, kind)] => format!("all {kind}"),
        _ => parts
            .iter()
            .map(|(n, kind)| format!("{} {kind}", thousands(*n)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "1 article", "2 articles", "12,345 articles".
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// `12345` as `12,345`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
