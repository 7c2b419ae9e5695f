//! The progress bar of `cargo xtask report` on stderr: articles/s, MB/s and ETA. indicatif
//! hides it when stderr is not a terminal, so logs and CI output stay clean.

use std::cell::Cell;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use whosaid::Progress;

/// A bar that follows a run's [`Progress`] and clears itself when dropped.
pub struct Bar {
    bar: ProgressBar,
    /// When the analysis (the second pass) began.
    analysing_since: Cell<Option<Instant>>,
}

impl Bar {
    /// A bar drawn on stderr at most a few times a second.
    pub fn new() -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
        bar.set_style(
            ProgressStyle::with_template("{spinner} counting lines: {pos} articles read")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(250));
        Bar {
            bar,
            analysing_since: Cell::new(None),
        }
    }

    /// Shows `progress`.
    pub fn update(&self, progress: Progress) {
        match progress {
            Progress::Counting { documents } => self.bar.set_position(documents),
            Progress::Analysing {
                documents,
                bytes,
                total,
            } => {
                if self.bar.length() != Some(total) {
                    self.bar.set_length(total);
                    self.bar.set_style(
                        ProgressStyle::with_template(
                            "{bar:30} {pos}/{len} articles · {msg} · ETA {eta}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                    self.bar.reset_elapsed();
                    self.bar.reset_eta();
                }
                let since = self.analysing_since.get().unwrap_or_else(Instant::now);
                self.analysing_since.set(Some(since));
                let seconds = since.elapsed().as_secs_f64().max(1e-3);
                self.bar.set_message(format!(
                    "{:.0} articles/s · {:.1} MB/s",
                    documents as f64 / seconds,
                    bytes as f64 / 1e6 / seconds
                ));
                self.bar.set_position(documents);
            }
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
