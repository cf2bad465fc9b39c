//! A reading pane: which article it shows, where it is scrolled to, and the visual lines on
//! screen.
//!
//! Layout is lazy: a paragraph is laid out when it first comes into view and kept in a small
//! cache, so a 50 MB article opens and scrolls as fast as a short one. The position is a
//! paragraph and a visual line inside it, which survives a resize better than a line number.

use std::collections::HashMap;
use std::ops::Range;

use crate::corpus::{Article, ParagraphKind};
use crate::text::{LayoutOptions, ParagraphLayout, VisualLine, layout_headline, layout_paragraph};

/// A position in a pane: visual line `line` of paragraph `para`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// Paragraph index in the article.
    pub para: usize,
    /// Visual line within the paragraph.
    pub line: usize,
}

/// One visual line ready to draw.
#[derive(Clone, Debug)]
pub struct ViewLine {
    /// The paragraph it belongs to.
    pub para: usize,
    /// What that paragraph is (furniture is drawn dimmed).
    pub kind: ParagraphKind,
    /// The cells.
    pub line: VisualLine,
}

/// A search in one pane.
#[derive(Clone, Debug, Default)]
pub struct Search {
    /// What was searched for.
    pub query: String,
    /// Every match, as code point ranges of the article.
    pub matches: Vec<Range<usize>>,
    /// The current match.
    pub current: Option<usize>,
}

/// Paragraphs kept laid out beyond which the cache is trimmed around the view.
const CACHE_LIMIT: usize = 1024;

/// A reading pane.
#[derive(Clone, Debug)]
pub struct Pane {
    /// Index of the article shown.
    pub article: usize,
    /// The first line on screen.
    pub top: Pos,
    /// The active search, if any.
    pub search: Option<Search>,
    /// The statement or number reached with `]`/`[`, as an index into the article's items.
    pub current_item: Option<usize>,
    /// The claim being worked on in this pane, by id.
    pub current_claim: Option<u32>,
    /// The lines on screen, prepared before drawing.
    pub view: Vec<ViewLine>,
    /// Whether the last line of the article (as shown) is on screen.
    pub at_end: bool,
    options: LayoutOptions,
    cache: HashMap<usize, ParagraphLayout>,
}

impl Pane {
    /// A pane showing article `article` from the top.
    pub fn new(article: usize) -> Self {
        Self {
            article,
            top: Pos::default(),
            search: None,
            current_item: None,
            current_claim: None,
            view: Vec::new(),
            at_end: true,
            options: LayoutOptions::default(),
            cache: HashMap::new(),
        }
    }

    /// Shows another article, from its top.
    pub fn open(&mut self, article: usize) {
        if article != self.article {
            *self = Self {
                options: self.options,
                ..Self::new(article)
            };
        }
    }

    /// Sets the layout options (width included); the cache is dropped when they change.
    pub fn set_options(&mut self, options: LayoutOptions) {
        if options != self.options {
            self.options = options;
            self.cache.clear();
        }
    }

    fn layout(&mut self, article: &Article, para: usize) -> &ParagraphLayout {
        let options = self.options;
        self.cache.entry(para).or_insert_with(|| {
            let span = article.paragraphs[para];
            let text = article.paragraph_text(para);
            if span.kind == ParagraphKind::Title {
                layout_headline(text, span.start, &options)
            } else {
                layout_paragraph(text, span.start, &options)
            }
        })
    }

    fn line_count(&mut self, article: &Article, para: usize) -> usize {
        self.layout(article, para).lines.len()
    }

    fn first_shown(article: &Article, from: usize, hide: bool) -> Option<usize> {
        (from..article.paragraphs.len()).find(|&p| article.is_shown(p, hide))
    }

    fn last_shown(article: &Article, before: usize, hide: bool) -> Option<usize> {
        (0..before).rev().find(|&p| article.is_shown(p, hide))
    }

    fn next(&mut self, article: &Article, pos: Pos, hide: bool) -> Option<Pos> {
        if pos.line + 1 < self.line_count(article, pos.para) {
            return Some(Pos {
                line: pos.line + 1,
                ..pos
            });
        }
        Self::first_shown(article, pos.para + 1, hide).map(|para| Pos { para, line: 0 })
    }

    fn prev(&mut self, article: &Article, pos: Pos, hide: bool) -> Option<Pos> {
        if pos.line > 0 {
            return Some(Pos {
                line: pos.line - 1,
                ..pos
            });
        }
        let para = Self::last_shown(article, pos.para, hide)?;
        let line = self.line_count(article, para).saturating_sub(1);
        Some(Pos { para, line })
    }

    /// The highest top position: the last line at the bottom of a view `height` lines tall.
    fn bottom(&mut self, article: &Article, height: usize, hide: bool) -> Pos {
        let Some(para) = Self::last_shown(article, article.paragraphs.len(), hide) else {
            return Pos::default();
        };
        let line = self.line_count(article, para).saturating_sub(1);
        let mut pos = Pos { para, line };
        for _ in 1..height {
            match self.prev(article, pos, hide) {
                Some(p) => pos = p,
                None => break,
            }
        }
        pos
    }

    /// Moves the top to a valid position: on a shown paragraph, on an existing line, and not
    /// past the bottom.
    fn settle(&mut self, article: &Article, height: usize, hide: bool) {
        if article.paragraphs.is_empty() {
            self.top = Pos::default();
            return;
        }
        if !article.is_shown(self.top.para, hide) {
            self.top = match Self::first_shown(article, self.top.para, hide) {
                Some(para) => Pos { para, line: 0 },
                None => self.bottom(article, height, hide),
            };
        }
        let lines = self.line_count(article, self.top.para);
        self.top.line = self.top.line.min(lines.saturating_sub(1));
        let bottom = self.bottom(article, height, hide);
        if self.top > bottom {
            self.top = bottom;
        }
    }

    /// Scrolls down `n` lines, stopping with the last line at the bottom.
    pub fn scroll_down(&mut self, article: &Article, n: usize, height: usize, hide: bool) {
        for _ in 0..n {
            match self.next(article, self.top, hide) {
                Some(pos) => self.top = pos,
                None => break,
            }
        }
        self.settle(article, height, hide);
    }

    /// Scrolls up `n` lines.
    pub fn scroll_up(&mut self, article: &Article, n: usize, hide: bool) {
        for _ in 0..n {
            match self.prev(article, self.top, hide) {
                Some(pos) => self.top = pos,
                None => break,
            }
        }
    }

    /// Goes to the top.
    pub fn to_top(&mut self, article: &Article, hide: bool) {
        self.top = Self::first_shown(article, 0, hide)
            .map(|para| Pos { para, line: 0 })
            .unwrap_or_default();
    }

    /// Goes to the bottom.
    pub fn to_bottom(&mut self, article: &Article, height: usize, hide: bool) {
        self.top = self.bottom(article, height, hide);
    }

    /// Scrolls so that code point `offset` is on screen, a third of the way down.
    pub fn reveal(&mut self, article: &Article, offset: usize, height: usize, hide: bool) {
        let para = article.paragraph_at(offset);
        let line = self
            .layout(article, para)
            .locate(offset)
            .map_or(0, |(line, _)| line);
        self.top = Pos { para, line };
        self.scroll_up(article, height / 3, hide);
        self.settle(article, height, hide);
    }

    /// Whether `offset` is within the lines on screen.
    pub fn shows(&self, offset: usize) -> bool {
        self.view
            .iter()
            .any(|l| l.line.start <= offset && offset < l.line.end)
    }

    /// How far down the article the top line is, in percent of its text.
    pub fn percent(&self, article: &Article) -> usize {
        let Some(first) = self.view.first() else {
            return 0;
        };
        if self.at_end {
            return 100;
        }
        (first.line.start * 100)
            .checked_div(article.chars.max(1))
            .unwrap_or(0)
    }

    /// Lays out what a view `height` lines tall shows from the top, into [`Pane::view`].
    pub fn prepare(&mut self, article: &Article, height: usize, hide: bool) {
        self.settle(article, height, hide);
        self.view.clear();
        let mut pos = Some(self.top).filter(|_| !article.paragraphs.is_empty());
        while let Some(p) = pos {
            if self.view.len() >= height {
                break;
            }
            let kind = article.paragraphs[p.para].kind;
            let line = self.layout(article, p.para).lines[p.line].clone();
            self.view.push(ViewLine {
                para: p.para,
                kind,
                line,
            });
            pos = self.next(article, p, hide);
        }
        self.at_end = pos.is_none();
        if self.cache.len() > CACHE_LIMIT {
            let around = self.top.para;
            self.cache
                .retain(|&para, _| para.abs_diff(around) <= CACHE_LIMIT / 4);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(paragraphs: usize) -> Article {
        let text: Vec<String> = (0..paragraphs)
            .map(|i| format!("الفقرة رقم {i} من المقال وفيها كلمات تكفي لسطرين على الأقل."))
            .collect();
        let text = text.join("\n");
        Article::new("t.txt".into(), None, text.clone(), "UTF-8", text.len())
    }

    fn pane(article: &Article, width: usize) -> Pane {
        let mut pane = Pane::new(0);
        pane.set_options(LayoutOptions {
            width: Some(width),
            ..LayoutOptions::default()
        });
        pane.prepare(article, 10, false);
        pane
    }

    #[test]
    fn scrolling_moves_by_visual_lines_and_stops_at_the_bottom() {
        let a = article(20);
        let mut p = pane(&a, 40);
        assert_eq!(p.view.len(), 10);
        p.scroll_down(&a, 1, 10, false);
        assert_eq!(p.top, Pos { para: 0, line: 1 });
        p.scroll_down(&a, 1000, 10, false);
        p.prepare(&a, 10, false);
        assert_eq!(p.view.len(), 10, "the last page is full");
        assert_eq!(p.view.last().map(|l| l.line.end), Some(a.chars));
        assert_eq!(p.percent(&a), 100);
        p.scroll_up(&a, 1, false);
        p.to_top(&a, false);
        assert_eq!(p.top, Pos::default());
    }

    #[test]
    fn reveal_brings_an_offset_into_view() {
        let a = article(50);
        let mut p = pane(&a, 40);
        let offset = a.paragraphs[30].start + 5;
        p.reveal(&a, offset, 10, false);
        p.prepare(&a, 10, false);
        assert!(p.shows(offset));
    }

    #[test]
    fn a_resize_keeps_the_paragraph_in_view() {
        let a = article(50);
        let mut p = pane(&a, 40);
        p.reveal(&a, a.paragraphs[25].start, 10, false);
        let para = p.top.para;
        p.set_options(LayoutOptions {
            width: Some(20),
            ..LayoutOptions::default()
        });
        p.prepare(&a, 10, false);
        assert_eq!(p.top.para, para);
    }
}
