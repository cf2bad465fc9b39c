//! Articles arriving from a background loader: the workbench opens at once and fills as files
//! are read, so a large folder or a huge article never freezes it.

use std::time::Instant;

use crate::corpus::LoadEvent;
use crate::extract::Item;
use crate::project::session::Session;

use super::App;
use super::config::Settings;

/// How far loading has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadProgress {
    /// Files tried so far.
    pub done: usize,
    /// Files to try, once known.
    pub total: Option<usize>,
    /// When the count of files became known.
    pub started: Option<Instant>,
}

impl LoadProgress {
    /// The status bar's words for it at `now`: `loading 4,118 of 31,030 files · 3,400/s · 8 s
    /// left` (the rate and time left once there is a second's worth of evidence).
    pub fn describe(&self, now: Instant) -> String {
        let Some(total) = self.total else {
            return "looking for articles…".to_owned();
        };
        let mut out = format!("loading {} of {total} files…", self.done);
        let elapsed = self
            .started
            .map_or(0.0, |s| now.duration_since(s).as_secs_f64());
        if elapsed >= 1.0 && self.done > 0 {
            let rate = self.done as f64 / elapsed;
            let left = total.saturating_sub(self.done) as f64 / rate;
            out.push_str(&format!(" {rate:.0}/s, {left:.0} s left"));
        }
        out
    }
}

/// What the background loader sends: articles as they are read, then their statements and
/// numbers as soon as they are extracted (so text shows first, highlights right after).
#[derive(Debug)]
pub enum Feed {
    /// Loading news.
    Load(LoadEvent),
    /// The items of article `article` (its index in arrival order).
    Items {
        /// Which article.
        article: usize,
        /// Its statements and numbers.
        items: Vec<Item>,
    },
}

impl App {
    /// Takes one message from the background loader.
    pub fn feed(&mut self, feed: Feed) {
        match feed {
            Feed::Load(event) => self.receive(event),
            Feed::Items { article, items } => {
                // Each article's items come once; the index takes them then.
                if let Some(slot @ None) = self.items.get_mut(article) {
                    self.similar.add(article, &items);
                    *slot = Some(items);
                }
            }
        }
    }

    /// An empty workbench waiting for articles from a loader.
    pub fn loading(settings: Settings) -> Self {
        let mut app = Self::pending(Vec::new(), Vec::new(), settings);
        app.messages.clear();
        app.show_messages = false;
        app.loading = Some(LoadProgress::default());
        app
    }

    /// Takes one event from the loader.
    pub fn receive(&mut self, event: LoadEvent) {
        match event {
            LoadEvent::Total(total) => {
                if let Some(progress) = &mut self.loading {
                    progress.total = Some(total);
                    progress.started = Some(Instant::now());
                }
            }
            LoadEvent::Article(article) => {
                let index = self.articles.len();
                self.keys.push(self.session.key_of(&article));
                if let Some(message) = self.session.reconcile(&article) {
                    self.say(message);
                }
                if let Some(filter) = &mut self.list_filter {
                    filter.offer(index, &article);
                }
                self.articles.push(*article);
                self.folded.push(None);
                self.items.push(None);
                self.step();
                if self.panes.is_empty() {
                    self.relayout();
                    return;
                }
                // A pane repeating an earlier pane's article (there were too few) takes the
                // newcomer.
                let repeat = (1..self.panes.len()).find(|&i| {
                    self.panes[..i]
                        .iter()
                        .any(|p| p.article == self.panes[i].article)
                });
                if let Some(i) = repeat {
                    self.panes[i].open(index);
                }
                self.prepare();
            }
            LoadEvent::Problem(problem) => {
                self.messages.push(problem.to_string());
                self.problems.push(problem);
                self.step();
                self.show_messages = true;
                self.relayout();
            }
            LoadEvent::Done => {
                self.loading = None;
                self.report_missing();
                if self.articles.is_empty() {
                    self.messages.push("no article could be opened".to_owned());
                    self.show_messages = true;
                } else {
                    self.status = Some(format!(
                        "{} articles open{}",
                        self.articles.len(),
                        match self.problems.len() {
                            0 => String::new(),
                            n => format!(", {n} could not be (m shows why)"),
                        }
                    ));
                }
                self.relayout();
            }
        }
    }

    /// Uses `session` as the review project: every article open is brought up to date with
    /// it, and the project's articles not open are reported (once loading is done).
    pub fn attach(&mut self, session: Session) {
        self.session = session;
        self.keys = self
            .articles
            .iter()
            .map(|a| self.session.key_of(a))
            .collect();
        for i in 0..self.articles.len() {
            if let Some(message) = self.session.reconcile(&self.articles[i]) {
                self.say(message);
            }
        }
        if self.loading.is_none() {
            self.report_missing();
        }
        if let Some(why) = &self.session.read_only {
            let message = format!("project {why}");
            self.say(message);
            self.show_messages = true;
        }
    }

    /// Tells which of the project's articles are not open (their claims are kept).
    fn report_missing(&mut self) {
        let missing: Vec<String> = self
            .session
            .missing(|key| self.keys.contains(key))
            .map(|a| a.path.clone())
            .collect();
        if missing.is_empty() {
            return;
        }
        let claims = self
            .session
            .project
            .claims
            .iter()
            .filter(|c| missing.contains(&c.article))
            .count();
        self.say(format!(
            "{} article(s) of the project are missing, their {claims} claim(s) kept: {}",
            missing.len(),
            missing.join(", ")
        ));
        self.show_messages = true;
    }

    fn step(&mut self) {
        if let Some(progress) = &mut self.loading {
            progress.done += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadProblem, sample_set};

    #[test]
    fn progress_gives_rate_and_time_left_after_a_second() {
        let start = Instant::now();
        let mut progress = LoadProgress {
            done: 3000,
            total: Some(30_000),
            started: Some(start),
        };
        assert_eq!(progress.describe(start), "loading 3000 of 30000 files…");
        let later = start + std::time::Duration::from_secs(2);
        assert_eq!(
            progress.describe(later),
            "loading 3000 of 30000 files… 1500/s, 18 s left"
        );
        progress.total = None;
        assert_eq!(progress.describe(later), "looking for articles…");
    }

    #[test]
    fn panes_fill_as_articles_arrive() {
        let mut app = App::loading(Settings::default());
        app.resize(160, 45);
        assert!(app.panes.is_empty());
        app.receive(LoadEvent::Total(3));
        let mut samples = sample_set().into_iter();
        app.receive(LoadEvent::Article(Box::new(
            samples.next().expect("a sample"),
        )));
        assert_eq!(app.panes.len(), 2);
        assert_eq!((app.panes[0].article, app.panes[1].article), (0, 0));
        app.receive(LoadEvent::Problem(LoadProblem {
            path: "bad.txt".into(),
            reason: "empty file".into(),
        }));
        app.receive(LoadEvent::Article(Box::new(
            samples.next().expect("a sample"),
        )));
        assert_eq!(
            app.panes[1].article, 1,
            "the second pane takes the new article"
        );
        assert_eq!(app.loading.map(|p| (p.done, p.total)), Some((3, Some(3))));
        app.receive(LoadEvent::Done);
        assert!(app.loading.is_none());
        assert!(app.show_messages);
        assert_eq!(app.messages, ["bad.txt: empty file"]);
    }

    #[test]
    fn nothing_loaded_says_so() {
        let mut app = App::loading(Settings::default());
        app.resize(100, 30);
        app.receive(LoadEvent::Total(0));
        app.receive(LoadEvent::Done);
        assert_eq!(app.messages, ["no article could be opened"]);
    }
}
