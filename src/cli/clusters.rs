//! `tahqiq clusters`: the statements several articles print alike — wire stories carried by
//! several newspapers, a statement quoted by every outlet — grouped, the groups that span the
//! most articles first.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::corpus::load::article_files;
use crate::corpus::read_in_batches;
use crate::extract::{InWords, Item, extract_records};
use crate::project::similar::SimilarityIndex;
use crate::text::sanitize::display_text;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ClustersFormat {
    /// For reading: each group's statement, then where each copy stands.
    Text,
    /// One JSON object a line, one line a group.
    Jsonl,
}

/// Arguments of `tahqiq clusters`.
#[derive(Debug, Args)]
pub struct ClustersArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ClustersFormat,
    /// How alike two statements must be to be grouped: the Dice coefficient of their folded
    /// words, from 0 to 1 (link suggestions use the same measure).
    #[arg(long, default_value_t = 0.8, value_parser = share)]
    pub similarity: f64,
    /// Only groups printed by at least this many articles.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(2..))]
    pub min_articles: u16,
    /// Only statements of at least this many words: short ones are alike by chance.
    #[arg(long, default_value_t = 6)]
    pub min_words: usize,
    /// Article files and folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// A number from 0 to 1.
fn share(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(value) if (0.0..=1.0).contains(&value) => Ok(value),
        _ => Err(format!("{text} is not a number from 0 to 1")),
    }
}

/// One article as read: its name, its outlet when the page names one, and what it states.
struct Read {
    name: String,
    outlet: Option<String>,
    items: Box<[Item]>,
}

/// One copy of a statement, as written out.
#[derive(Serialize)]
struct Copy<'a> {
    article: &'a str,
    outlet: Option<&'a str>,
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
    text: &'a str,
}

/// One group, as written out in JSON Lines.
#[derive(Serialize)]
struct Group<'a> {
    articles: usize,
    copies: Vec<Copy<'a>>,
}

/// Runs `tahqiq clusters`; returns the process exit status (1 when a file failed to read,
/// 2 when nothing could be read).
pub fn run(args: &ClustersArgs) -> i32 {
    let (files, problems) = article_files(&args.paths);
    let mut failed = problems.len();
    for problem in &problems {
        eprintln!("tahqiq clusters: {problem}");
    }
    eprintln!("tahqiq clusters: reading {} files…", files.len());
    let mut results = Vec::with_capacity(files.len());
    read_in_batches(
        &files,
        256,
        false,
        |read| {
            read.map(|article| Read {
                // Kept until the end, for every article: no spare capacity. Clusters are of
                // statements, and numbers in words add nothing to them.
                items: extract_records(&article, InWords::Skip).into_boxed_slice(),
                outlet: article.outlet().map(str::to_owned),
                name: article.name,
            })
        },
        |batch| {
            results.extend(batch);
            true
        },
    );
    let mut read = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(article) => read.push(article),
            Err(problem) => {
                eprintln!("tahqiq clusters: {problem}");
                failed += 1;
            }
        }
    }
    if read.is_empty() {
        eprintln!("tahqiq clusters: no article could be read");
        return 2;
    }
    let mut index = SimilarityIndex::new();
    for (article, found) in read.iter().enumerate() {
        index.add(article, &found.items);
    }
    eprintln!(
        "tahqiq clusters: comparing {} statements of {} articles…",
        index.statements(),
        read.len()
    );
    let groups: Vec<Group<'_>> = index
        .clusters(args.similarity)
        .into_iter()
        .map(|places| group(&read, &places))
        .filter(|g| g.articles >= usize::from(args.min_articles))
        .filter(|g| {
            crate::text::words::more_words_than(g.copies[0].text, args.min_words.saturating_sub(1))
        })
        .collect();
    eprintln!(
        "tahqiq clusters: {} statements printed alike by {} articles or more",
        groups.len(),
        args.min_articles
    );
    super::report_left_out("clusters", "read", failed, files.len() + problems.len());
    // A reader that stops early (`| head`) is no failure.
    if let Err(error) = write(&groups, args.format)
        && error.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("tahqiq clusters: cannot write the output: {error}");
        return 1;
    }
    i32::from(failed > 0)
}

/// The copies of one group, in article order, with how many articles they come from.
fn group<'a>(read: &'a [Read], places: &[(usize, usize)]) -> Group<'a> {
    let copies: Vec<Copy<'a>> = places
        .iter()
        .map(|&(article, item)| {
            let source = &read[article];
            let item = &source.items[item];
            Copy {
                article: &source.name,
                outlet: source.outlet.as_deref(),
                start: item.start,
                end: item.end,
                speaker: item.speaker.as_deref(),
                text: &item.text,
            }
        })
        .collect();
    let mut articles: Vec<&str> = copies.iter().map(|c| c.article).collect();
    articles.dedup();
    Group {
        articles: articles.len(),
        copies,
    }
}

/// Writes the groups to standard output in `format`.
fn write(groups: &[Group<'_>], format: ClustersFormat) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for group in groups {
        match format {
            ClustersFormat::Jsonl => {
                serde_json::to_writer(&mut out, group)?;
                writeln!(out)?;
            }
            ClustersFormat::Text => write_text(&mut out, group)?,
        }
    }
    out.flush()
}

/// One group for reading: how many articles, the first copy's words, then each copy's place,
/// outlet and speaker.
fn write_text(out: &mut impl Write, group: &Group<'_>) -> io::Result<()> {
    let first = group.copies[0].text;
    let text: String = first.chars().take(200).collect();
    let more = if text.len() < first.len() { "…" } else { "" };
    writeln!(
        out,
        "{} articles: «{}{more}»",
        group.articles,
        display_text(&text)
    )?;
    for copy in &group.copies {
        let mut line = format!(
            "    {} {}–{}",
            display_text(copy.article),
            copy.start,
            copy.end
        );
        if let Some(outlet) = copy.outlet {
            line.push_str(&format!("  [{}]", display_text(outlet)));
        }
        if let Some(speaker) = copy.speaker {
            line.push_str(&format!("  {}", display_text(speaker)));
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out)
}
