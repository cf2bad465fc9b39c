//! Bundles: a review written out as a folder of files that colleagues and other tools open.
//! Pure: no terminal here.
//!
//! A bundle holds `project.ron` (the project, its articles under `articles/`), the articles as
//! UTF-8, `claims.jsonl` and `claims.csv` ([`table`]), `annotations.jsonld` ([`webanno`]), a
//! `brat/` folder ([`brat`]) and `report.html`/`report.md` ([`report`]). Every offset in every
//! file is a Unicode code point offset into the article's text, end exclusive.
//!
//! [`Bundle::new`] gathers what the files say; [`write()`] writes them into a fresh folder and
//! moves it into place in one rename, so a bundle is never half written. [`import`] reads a
//! brat folder back into a project.

pub mod brat;
pub mod import;
pub mod report;
pub mod table;
pub mod webanno;
mod write;

#[cfg(test)]
pub(crate) mod tests_support;

use std::collections::BTreeMap;

use crate::corpus::Article;
use crate::corpus::article::sha256_hex;
use crate::project::{ArticleRecord, Claim, Project};
use crate::text::bidi::class_of;

pub use write::{ExportError, Progress, Summary, write};

/// Folder of the articles inside a bundle.
pub const ARTICLES: &str = "articles";

/// An article of the project with its text: `key` is how the project names it.
#[derive(Clone, Debug)]
pub struct Source {
    /// The article's path as the project's claims give it.
    pub key: String,
    /// The article, decoded.
    pub article: Article,
}

/// An article's text inside a bundle.
#[derive(Clone, Debug)]
pub struct Text {
    /// Its headline.
    pub title: String,
    /// Its text, as written to the bundle.
    pub text: String,
    /// The same, as code points: claims' offsets index this.
    pub chars: Vec<char>,
    /// Its paragraphs that hold any text, as code point ranges (the article's own split).
    pub paragraphs: Vec<(usize, usize)>,
}

impl Text {
    /// Whether the article reads right to left: most of its strong characters do. (Its first
    /// strong character may belong to a Latin menu line above the story.)
    pub fn is_rtl(&self) -> bool {
        use unicode_bidi::BidiClass::{AL, L, R};
        let (mut rtl, mut ltr) = (0usize, 0usize);
        for &c in &self.chars {
            match class_of(c) {
                R | AL => rtl += 1,
                L => ltr += 1,
                _ => {}
            }
        }
        rtl > ltr
    }
}

/// What a bundle says, before it is written.
#[derive(Clone, Debug)]
pub struct Bundle {
    /// The project as the bundle's `project.ron` has it: articles at `articles/NAME`, and the
    /// claims' article paths to match.
    pub project: Project,
    /// Each article's text, by its path in the bundle.
    pub texts: BTreeMap<String, Text>,
    /// Articles the project names whose text was not at hand, by their path in the project.
    pub missing: Vec<String>,
}

impl Bundle {
    /// The bundle of `project`, whose articles are `sources` (by the project's paths).
    pub fn new(project: &Project, sources: &[Source]) -> Self {
        let names = bundle_names(project);
        let by_key: BTreeMap<&str, &Article> = sources
            .iter()
            .map(|s| (s.key.as_str(), &s.article))
            .collect();
        let mut bundled = project.clone();
        let mut texts = BTreeMap::new();
        let mut missing = Vec::new();
        bundled.articles.clear();
        for (key, name) in &names {
            let path = format!("{ARTICLES}/{name}");
            let record = project.article(key);
            let Some(article) = by_key.get(key.as_str()) else {
                missing.push(key.clone());
                if let Some(record) = record {
                    bundled.articles.push(ArticleRecord {
                        path,
                        ..record.clone()
                    });
                }
                continue;
            };
            bundled.articles.push(ArticleRecord {
                path: path.clone(),
                sha256: sha256_hex(article.text.as_bytes()),
                encoding: "UTF-8".to_owned(),
                title: record.map_or_else(|| article.title.clone(), |r| r.title.clone()),
            });
            texts.insert(
                path,
                Text {
                    title: article.title.clone(),
                    text: article.text.clone(),
                    chars: article.text.chars().collect(),
                    paragraphs: article
                        .paragraphs
                        .iter()
                        .filter(|p| !article.text[p.byte_start..p.byte_end].trim().is_empty())
                        .map(|p| (p.start, p.end))
                        .collect(),
                },
            );
        }
        for claim in &mut bundled.claims {
            if let Some(name) = names.get(&claim.article) {
                claim.article = format!("{ARTICLES}/{name}");
            }
        }
        bundled.normalise();
        Self {
            project: bundled,
            texts,
            missing,
        }
    }

    /// The text a claim covers: the article's code points at its offsets, or the text it was
    /// made on when the article is missing or the claim lost its place.
    pub fn text_of(&self, claim: &Claim) -> String {
        self.texts
            .get(&claim.article)
            .and_then(|t| t.chars.get(claim.start..claim.end))
            .map_or_else(|| claim.quote.exact.clone(), |c| c.iter().collect())
    }

    /// The file name of an article in the bundle (`articles/` left off).
    pub fn file_name(path: &str) -> &str {
        path.strip_prefix(ARTICLES)
            .and_then(|p| p.strip_prefix('/'))
            .unwrap_or(path)
    }
}

/// A file name in the bundle for every article the project names, keeping names and making
/// them unique (`a.txt`, `a-2.txt`), in the order of the project's paths.
fn bundle_names(project: &Project) -> BTreeMap<String, String> {
    let mut keys: Vec<&str> = project.articles.iter().map(|a| a.path.as_str()).collect();
    keys.extend(project.claims.iter().map(|c| c.article.as_str()));
    keys.sort_unstable();
    keys.dedup();
    let mut taken = std::collections::BTreeSet::new();
    let mut names = BTreeMap::new();
    for key in keys {
        let base = key.rsplit('/').find(|p| !p.is_empty()).unwrap_or("article");
        let base = if base == "." || base == ".." {
            "article"
        } else {
            base
        };
        let (stem, extension) = match base.rfind('.') {
            Some(dot) if dot > 0 => (&base[..dot], &base[dot..]),
            _ => (base, ""),
        };
        let mut name = base.to_owned();
        let mut n = 2;
        while !taken.insert(name.clone()) {
            name = format!("{stem}-{n}{extension}");
            n += 1;
        }
        names.insert(key.to_owned(), name);
    }
    names
}

/// `n` and the noun, plural when `n` is not one (`1 claim`, `3 links`).
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Whether `text`'s first strong character is right to left.
pub fn is_rtl(text: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, L, R};
    text.chars()
        .map(class_of)
        .find(|c| matches!(c, L | R | AL))
        .is_some_and(|c| c != L)
}

/// The language of `text` as a BCP 47 tag, told by its script: `he` for Hebrew, `fa` when the
/// letters only Persian uses appear, `ar` for other Arabic script; `None` otherwise.
pub fn language_of(text: &str) -> Option<&'static str> {
    let mut arabic = false;
    for c in text.chars() {
        match c {
            '\u{0590}'..='\u{05FF}' => return Some("he"),
            'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => return Some("fa"),
            c if crate::text::in_arabic_block(c) => arabic = true,
            _ => {}
        }
    }
    arabic.then_some("ar")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::session::new_claim;
    use crate::project::{ClaimKind, Project};

    #[test]
    fn names_are_kept_and_made_unique() {
        let mut project = Project::default();
        for path in ["a/x.txt", "b/x.txt", "y.md", "../c/x.txt"] {
            project.articles.push(ArticleRecord {
                path: path.to_owned(),
                sha256: String::new(),
                encoding: "UTF-8".to_owned(),
                title: String::new(),
            });
        }
        let names = bundle_names(&project);
        assert_eq!(names["../c/x.txt"], "x.txt");
        assert_eq!(names["a/x.txt"], "x-2.txt");
        assert_eq!(names["b/x.txt"], "x-3.txt");
        assert_eq!(names["y.md"], "y.md");
    }

    #[test]
    fn claims_follow_their_article_into_the_bundle() {
        let text = "قال الوزير «نعم» أمس";
        let article = Article::new("a.txt".into(), None, text.into(), "UTF-8", text.len());
        let chars: Vec<char> = text.chars().collect();
        let mut project = Project::default();
        project.add_claim(new_claim(1, "src/a.txt", &chars, 11, 16, ClaimKind::Span));
        let bundle = Bundle::new(
            &project,
            &[Source {
                key: "src/a.txt".into(),
                article,
            }],
        );
        let claim = &bundle.project.claims[0];
        assert_eq!(claim.article, "articles/a.txt");
        assert_eq!(bundle.text_of(claim), "«نعم»");
        assert_eq!(bundle.project.articles[0].path, "articles/a.txt");
        assert!(bundle.missing.is_empty());
    }

    #[test]
    fn direction_and_language_come_from_the_script() {
        assert!(is_rtl("2500 جندي"));
        assert!(!is_rtl("EBITDA هامش"));
        assert_eq!(language_of("قال"), Some("ar"));
        assert_eq!(language_of("گفت"), Some("fa"));
        assert_eq!(language_of("אמר"), Some("he"));
        assert_eq!(language_of("said"), None);
    }
}
