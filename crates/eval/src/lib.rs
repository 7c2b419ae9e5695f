//! Evaluation: scores predicted quotes and speakers against the PolNeAR gold attributions.
//!
//! The crate does not depend on the pipeline: a caller (`cargo xtask eval polnear DIR`) loads
//! the corpus with [`load_polnear`], runs whatever produces [`Predicted`] statements for each
//! [`Article`], and hands the pairs to [`score`] (figures, printed with `Display`) and
//! [`errors`] (the individual misses, for developers).
//!
//! # Scoring rules
//!
//! - Text is compared as a bag of [`tokens`]: lower-cased runs of alphanumeric characters.
//!   Quote marks and punctuation are ignored; apostrophes split words ("don’t" is "don", "t"),
//!   the same way on both sides.
//! - A prediction matches a gold content when the token-overlap F1 ([`match_score`]) is at
//!   least 0.5. For a content that holds quoted fragments the score is the better of the F1
//!   against the whole content and against its [`quoted_fragments`] alone.
//! - Matching is one-to-one per article over all gold and all predictions: greedy by
//!   descending F1, ties broken by gold index, then prediction index.
//! - A gold content [`is_quoted`] (direct or partial quote) when it holds a double quote mark
//!   (two apostrophes `''` count as one: the New York Times texts are typed that way) or a
//!   ‘…’ pair; otherwise it is indirect.
//! - The speaker is right when [`speaker_matches`] the gold source; a gold attribution
//!   without a source never has a right speaker.

mod brat;
mod score;
mod text;

pub use brat::{Article, EvalError, GoldAttribution, load_polnear};
pub use score::{ErrorCase, ErrorKind, Predicted, Scores, errors, score};
pub use text::{
    STOP_WORDS, content_words, is_quoted, match_score, quoted_fragments, speaker_matches, tokens,
};
