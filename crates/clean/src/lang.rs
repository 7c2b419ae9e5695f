//! Is a line in another language than the article?
//!
//! Two independent kinds of evidence must agree: `whatlang` must name another language, and
//! function words must side with it. Function words are what makes a sentence English (or
//! Spanish); names and topic words are shared across languages and cannot tell.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use whatlang::{Info, Lang, Script};

use crate::counts::FnvBuild;

/// Detection and the token rules only look at this many bytes of a line, to stay fast on
/// megabyte lines; longer lines are prose anyway.
const SAMPLE_BYTES: usize = 2000;

/// The article language and how to recognise its function words.
#[derive(Clone, Copy)]
pub(crate) struct Target {
    lang: Lang,
}

impl Target {
    /// The target for an ISO 639-1 code ("en"); ISO 639-3 codes ("eng") are accepted too.
    pub(crate) fn from_code(code: &str) -> Option<Target> {
        let code = code.trim().to_ascii_lowercase();
        let lang = match code.as_str() {
            "en" => Lang::Eng,
            "es" => Lang::Spa,
            "fr" => Lang::Fra,
            "de" => Lang::Deu,
            "it" => Lang::Ita,
            "pt" => Lang::Por,
            "nl" => Lang::Nld,
            "ru" => Lang::Rus,
            "uk" => Lang::Ukr,
            "pl" => Lang::Pol,
            "sv" => Lang::Swe,
            "da" => Lang::Dan,
            "nb" | "no" => Lang::Nob,
            "fi" => Lang::Fin,
            "tr" => Lang::Tur,
            "ar" => Lang::Ara,
            "he" => Lang::Heb,
            "zh" => Lang::Cmn,
            "ja" => Lang::Jpn,
            "ko" => Lang::Kor,
            "hi" => Lang::Hin,
            other => Lang::from_code(other)?,
        };
        Some(Target { lang })
    }

    /// Whether `words` (lowercase) are confidently in another language.
    ///
    /// `text` is the line itself, given to the statistical detector.
    pub(crate) fn is_foreign(&self, text: &str, words: &[&str]) -> bool {
        if words.len() < 4 {
            return false;
        }
        let lists = Lists::of(words);
        if !self.may_be_foreign(text, &lists) {
            return false;
        }
        self.is_foreign_by_detector(text, &lists)
    }

    /// Whether [`Target::is_foreign`] could be true whatever the detector says: the
    /// checks that need no detector, made first because the detector is slow. A line
    /// fails them when it is short, full of our function words, not prose, or when it has
    /// too few function words of any other language we have a list for and too many of
    /// ours for a language we have none for.
    fn may_be_foreign(&self, text: &str, lists: &Lists) -> bool {
        if self.plainly_ours(lists) {
            return false;
        }
        let n = lists.words;
        let listed = LISTED
            .iter()
            .filter(|&&(l, _)| l != self.lang)
            .any(|&(l, _)| {
                let theirs = lists.count(l, Some(self.lang));
                theirs * 8 >= n && theirs >= 2 && theirs > 2 * lists.count(self.lang, Some(l))
            });
        let unlisted = lists.count(self.lang, None) * 10 < n;
        (listed || unlisted) && is_prose(text)
    }

    /// Too short to judge, or running text in our language, full of our function words.
    fn plainly_ours(&self, lists: &Lists) -> bool {
        lists.words < 4
            || (function_words(self.lang).is_some()
                && lists.count(self.lang, None) * 5 >= lists.words)
    }

    /// The verdict of [`Target::is_foreign`] once the detector is asked.
    fn is_foreign_by_detector(&self, text: &str, lists: &Lists) -> bool {
        if self.plainly_ours(lists) {
            return false;
        }
        let n = lists.words;
        let Some(info) = detect(text) else {
            return false;
        };
        let detected = info.lang();
        if detected == self.lang || info.confidence() < 0.5 || !is_prose(text) {
            return false;
        }
        let own = lists.count(self.lang, Some(detected));
        match function_words(detected) {
            Some(_) => {
                let theirs = lists.count(detected, Some(self.lang));
                let dense = theirs * 8 >= n;
                dense
                    && theirs >= 2
                    && theirs > 2 * own
                    && (info.is_reliable() || own == 0 || theirs >= 4)
            }
            // No function-word list for the detected language: it must at least be reliable,
            // and the line must be nearly free of our own function words.
            None => info.is_reliable() && own * 10 < n,
        }
    }

    /// Whether a short line's words lean to another language: none of ours, one of theirs, or
    /// a detector verdict for another language.
    pub(crate) fn leans_foreign(&self, text: &str, words: &[&str]) -> bool {
        let detected = detect(text).map(|info| info.lang());
        let own = Lists::of(words).count(self.lang, Some(detected.unwrap_or(self.lang)));
        own == 0 && detected.is_some_and(|l| l != self.lang)
    }
}

/// Which function-word lists the words of a line are on.
struct Lists {
    /// Number of words.
    words: usize,
    /// For each word that is on some list, the lists it is on (see [`LISTED`]).
    on: Vec<u8>,
}

impl Lists {
    fn of(words: &[&str]) -> Lists {
        Lists {
            words: words.len(),
            on: words
                .iter()
                .filter_map(|w| FUNCTION_WORDS.get(w).copied())
                .collect(),
        }
    }

    /// Counts the words that are function words of `lang` and not of `other`.
    fn count(&self, lang: Lang, other: Option<Lang>) -> usize {
        let mine = list_bit(lang);
        let theirs = other.map_or(0, list_bit);
        if mine == 0 {
            return 0;
        }
        self.on
            .iter()
            .filter(|&&on| on & mine != 0 && on & theirs == 0)
            .count()
    }
}

/// The languages we have function words for, each with its bit in [`Lists::on`].
const LISTED: [(Lang, u8); 6] = [
    (Lang::Eng, 1),
    (Lang::Spa, 2),
    (Lang::Fra, 4),
    (Lang::Deu, 8),
    (Lang::Ita, 16),
    (Lang::Por, 32),
];

fn list_bit(lang: Lang) -> u8 {
    LISTED
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(0, |&(_, bit)| bit)
}

/// Every function word, with the lists it is on.
static FUNCTION_WORDS: LazyLock<HashMap<&'static str, u8, FnvBuild>> = LazyLock::new(|| {
    let mut words: HashMap<&'static str, u8, FnvBuild> = HashMap::default();
    for (lang, bit) in LISTED {
        for &w in function_words(lang).unwrap_or(&[]) {
            *words.entry(w).or_default() |= bit;
        }
    }
    words
});

/// ASCII samples up to this long have the detector's verdict remembered: table rows and
/// short furniture lines that differ only in their numbers ("Net 1,523,000 vs 1,158,000")
/// come back again and again, and most of the detector's cost is the same for every line
/// (it compares the line with each language's profile).
const REMEMBERED_BYTES: usize = 256;

/// Verdicts remembered per thread before starting afresh.
const REMEMBERED_LINES: usize = 4096;

/// What the detector said: the parts of its [`Info`], or nothing.
type Verdict = Option<(Script, Lang, f64)>;

thread_local! {
    /// The detector's verdicts on the [`detector_view`]s of short ASCII samples.
    static VERDICTS: RefCell<HashMap<String, Verdict, FnvBuild>> =
        RefCell::new(HashMap::default());
}

/// `whatlang`'s verdict on the [`sample`] of `text`, remembered for short ASCII lines.
fn detect(text: &str) -> Option<Info> {
    let text = sample(text);
    if text.len() > REMEMBERED_BYTES || !text.is_ascii() {
        return whatlang::detect(text);
    }
    let view = detector_view(text);
    VERDICTS.with_borrow_mut(|verdicts| {
        if let Some(verdict) = verdicts.get(&view) {
            return verdict.map(|(script, lang, confidence)| Info::new(script, lang, confidence));
        }
        let info = whatlang::detect(text);
        if verdicts.len() >= REMEMBERED_LINES {
            verdicts.clear();
        }
        let verdict = info
            .as_ref()
            .map(|i| (i.script(), i.lang(), i.confidence()));
        verdicts.insert(view, verdict);
        info
    })
}

/// ASCII `text` as `whatlang` sees it: it skips every ASCII character but the letters and
/// DEL (its "stop characters") and only tells a single one between two letters from a run
/// of them. So each run becomes one space, or two when it is longer, and the verdict on the
/// view is the verdict on the text (a test checks this).
fn detector_view(text: &str) -> String {
    let is_stop = |b: u8| b.is_ascii() && !b.is_ascii_alphabetic() && b != 0x7f;
    let mut view = String::with_capacity(text.len());
    let mut run = 0;
    for b in text.bytes() {
        if is_stop(b) {
            run += 1;
            if run <= 2 {
                view.push(' ');
            }
        } else {
            run = 0;
            view.push(char::from(b));
        }
    }
    view
}

/// Whether most words of `text` start in lowercase (or in a script without case), as in running
/// text; lists of names or Title Case headlines are not evidence of a language.
fn is_prose(text: &str) -> bool {
    let (mut words, mut capitalised) = (0usize, 0usize);
    for word in sample(text).split_whitespace() {
        let Some(first) = word.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        words += 1;
        capitalised += usize::from(first.is_uppercase());
    }
    capitalised * 2 <= words
}

/// The first [`SAMPLE_BYTES`] of `text`, cut at a character boundary.
pub(crate) fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The function words of a language, when we have a list for it.
pub(crate) fn function_words(lang: Lang) -> Option<&'static [&'static str]> {
    Some(match lang {
        Lang::Eng => ENGLISH,
        Lang::Spa => SPANISH,
        Lang::Fra => FRENCH,
        Lang::Deu => GERMAN,
        Lang::Ita => ITALIAN,
        Lang::Por => PORTUGUESE,
        _ => return None,
    })
}

const ENGLISH: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
    "by", "about", "as", "into", "than", "after", "before", "over", "between", "that", "this",
    "these", "those", "which", "who", "whom", "what", "when", "where", "why", "how", "is", "are",
    "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "not", "no", "it", "its", "he",
    "she", "his", "her", "him", "they", "them", "their", "we", "our", "us", "you", "your", "i",
    "my", "me", "there", "here", "if", "so", "also", "more", "most", "some", "any", "all", "one",
    "said", "says", "up", "out", "just", "very", "while", "because", "during", "against", "under",
];
const SPANISH: &[&str] = &[
    "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "y", "que", "se",
    "por", "para", "con", "su", "sus", "tu", "tus", "es", "no", "está", "están", "este", "esta",
    "esto", "otro", "otra", "si", "sí", "qué", "quién", "cómo", "más", "lo", "al", "pero", "como",
    "muy", "aquí", "puedes", "quieres", "tienes", "desde", "vez", "cada", "uno", "os", "te", "le",
    "les", "ya", "también",
];
const FRENCH: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "dans", "pour", "que", "qui",
    "sur", "avec", "vous", "votre", "nous", "ce", "cette", "pas", "ne", "au", "aux", "il", "elle",
    "sont", "être", "plus", "mais", "ou", "où", "se", "sa", "son", "ses",
];
const GERMAN: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "ist", "nicht", "mit",
    "von", "zu", "auf", "für", "sich", "sie", "es", "ich", "wir", "ihr", "ihre", "sind", "auch",
    "noch", "wie", "oder", "aber", "dass", "werden", "wird", "hat",
];
const ITALIAN: &[&str] = &[
    "il", "lo", "la", "gli", "le", "un", "una", "di", "del", "della", "che", "e", "è", "per",
    "con", "non", "sono", "si", "nel", "nella", "alla", "questo", "questa", "anche", "più", "ma",
    "come",
];
const PORTUGUESE: &[&str] = &[
    "o", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "em", "no", "na", "que", "e",
    "é", "para", "com", "não", "se", "por", "mais", "seu", "sua", "você", "está", "este", "esta",
    "isso", "também",
];

/// Whether `w` (lowercase) is an English function word.
pub(crate) fn is_english_function_word(w: &str) -> bool {
    ENGLISH.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Tokens;

    /// Lines in several languages and shapes, for the detector shortcuts.
    const LINES: &[&str] = &[
        "",
        "Hola",
        "The minister said on Monday that the talks would resume next week.",
        "El ministro dijo el lunes que las conversaciones se reanudarán la próxima semana.",
        "Der Minister sagte am Montag, dass die Gespräche nächste Woche fortgesetzt werden.",
        "Le ministre a dit lundi que les discussions reprendraient la semaine prochaine.",
        "Il ministro ha detto lunedì che i colloqui riprenderanno la prossima settimana.",
        "O ministro disse na segunda-feira que as negociações serão retomadas.",
        "De minister zei maandag dat de gesprekken volgende week worden hervat.",
        "Menteri mengatakan pada hari Senin bahwa pembicaraan akan dilanjutkan minggu depan.",
        "Министр заявил в понедельник, что переговоры возобновятся на следующей неделе.",
        "部长周一表示，会谈将于下周恢复。",
        "وقال الوزير يوم الاثنين إن المحادثات ستستأنف الأسبوع المقبل",
        "Suscríbete para seguir leyendo y accede a todo el contenido sin límites",
        "Melden Sie sich an, um weiterzulesen und alle Inhalte zu sehen",
        "Shr 58 cts vs 42 cts",
        "Net 1,523,000 vs 1,158,000",
        "Avg shrs 91.6 mln vs 90.0 mln",
        "WEST GERMAN METALS - APRIL 7 copper basis lme settlement high",
        "Factors on Wednesday, Feb 25 Bank borrowings............1,234",
        "Donald Trump Giorgia Meloni Emmanuel Macron Olaf Scholz",
        "Breaking News From Around The World Today",
        "He said: “Es ist vorbei, und wir wissen das.” Then he left the room.",
        "the el la de que y en los se del las por un para con no una su al lo como",
        "der die das und ist nicht mit von zu auf für sich es ich wir",
        "a b c d e f g h i j k l m n o p",
        "12 34 56 78 90 12 34 56",
    ];

    #[test]
    fn the_detector_is_only_skipped_where_it_could_not_change_the_verdict() {
        let long = LINES.join(" ").repeat(30);
        let lines = LINES.iter().copied().chain([long.as_str()]);
        for line in lines {
            let tokens = Tokens::of(sample(line));
            let words = tokens.words();
            for code in ["en", "es", "de", "fr", "it", "pt", "nl", "ru", "zh"] {
                let target = Target::from_code(code).unwrap();
                let lists = Lists::of(&words);
                assert_eq!(
                    target.is_foreign(line, &words),
                    target.is_foreign_by_detector(line, &lists),
                    "{code}: {line:?}"
                );
            }
        }
    }

    #[test]
    fn the_detector_gives_the_same_verdict_on_the_detector_view() {
        let lines = LINES
            .iter()
            .map(|l| l.to_string())
            .chain(shared_lines())
            .filter(|l| l.is_ascii());
        for line in lines {
            let line = sample(&line);
            let view = detector_view(line);
            let verdict = |i: Option<Info>| i.map(|i| (i.script(), i.lang(), i.confidence()));
            assert_eq!(
                verdict(whatlang::detect(line)),
                verdict(whatlang::detect(&view)),
                "{line:?} seen as {view:?}"
            );
            // Remembered or not, the verdict is the same.
            for _ in 0..2 {
                assert_eq!(verdict(detect(line)), verdict(whatlang::detect(line)));
            }
        }
    }

    #[test]
    fn the_detector_view_keeps_letters_and_the_length_of_gaps() {
        assert_eq!(detector_view("Net 1,523,000 vs 1 x-y"), "Net  vs  x y");
        assert_eq!(detector_view("a\u{7f}b"), "a\u{7f}b");
    }

    /// Lines of the shared news corpora (the first articles of each), when present.
    fn shared_lines() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipped: no news corpora in {}", dir.display());
            return Vec::new();
        };
        let mut lines = Vec::new();
        for path in entries.flatten().map(|e| e.path()) {
            if path.extension().is_none_or(|e| e != "jsonl") {
                continue;
            }
            let corpus = std::fs::read_to_string(&path).unwrap_or_default();
            // JSON escapes a line break in the text as \n: split there, roughly.
            let text: String = corpus.chars().take(40_000).collect();
            lines.extend(text.split("\\n").map(str::to_owned));
        }
        lines
    }

    #[test]
    fn foreign_paragraphs_are_still_recognised() {
        let en = Target::from_code("en").unwrap();
        // Spanish, German, French, Italian, Portuguese, Indonesian (ASCII, and no list of
        // function words), Arabic.
        for line in [3, 4, 5, 6, 7, 9, 12].map(|i| LINES[i]) {
            assert!(en.is_foreign(line, &Tokens::of(line).words()), "{line:?}");
        }
        assert!(!en.is_foreign(LINES[2], &Tokens::of(LINES[2]).words()));
    }
}
