//! Is a line in another language than the article?
//!
//! Two independent kinds of evidence must agree: `whatlang` must name another language, and
//! function words must side with it. Function words are what makes a sentence English (or
//! Spanish); names and topic words are shared across languages and cannot tell.

use whatlang::Lang;

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
    pub(crate) fn is_foreign(&self, text: &str, words: &[String]) -> bool {
        if words.len() < 4 {
            return false;
        }
        // Running text in our language is full of our function words: no need to ask whatlang.
        if let Some(ours) = function_words(self.lang) {
            let own = words.iter().filter(|w| ours.contains(&w.as_str())).count();
            if own * 5 >= words.len() {
                return false;
            }
        }
        let Some(info) = whatlang::detect(sample(text)) else {
            return false;
        };
        let detected = info.lang();
        if detected == self.lang || info.confidence() < 0.5 || !is_prose(text) {
            return false;
        }
        let own = count(words, self.lang, detected);
        match function_words(detected) {
            Some(_) => {
                let theirs = count(words, detected, self.lang);
                let dense = theirs * 8 >= words.len();
                dense
                    && theirs >= 2
                    && theirs > 2 * own
                    && (info.is_reliable() || own == 0 || theirs >= 4)
            }
            // No function-word list for the detected language: it must at least be reliable,
            // and the line must be nearly free of our own function words.
            None => info.is_reliable() && own * 10 < words.len(),
        }
    }

    /// Whether a short line's words lean to another language: none of ours, one of theirs, or
    /// a detector verdict for another language.
    pub(crate) fn leans_foreign(&self, text: &str, words: &[String]) -> bool {
        let detected = whatlang::detect(sample(text)).map(|info| info.lang());
        let own = count(words, self.lang, detected.unwrap_or(self.lang));
        own == 0 && detected.is_some_and(|l| l != self.lang)
    }
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

/// Counts the words that are function words of `lang` and not of `other`.
fn count(words: &[String], lang: Lang, other: Lang) -> usize {
    let Some(mine) = function_words(lang) else {
        return 0;
    };
    let theirs = function_words(other).unwrap_or(&[]);
    words
        .iter()
        .filter(|w| mine.contains(&w.as_str()) && !theirs.contains(&w.as_str()))
        .count()
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
