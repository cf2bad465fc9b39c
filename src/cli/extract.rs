//! `tahqiq extract`: every statement and number of the articles, as JSON Lines, JSON or RON.

use std::io::{self, IoSlice, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::corpus::ahead::list_working_ahead;
use crate::corpus::batches::read_in_batches_with;
use crate::corpus::{Article, LoadProblem};
use crate::export::table::figure_value;
use crate::extract::{InWords, Item, Kind, NumberKind, extract_records};

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// One JSON array.
    Json,
    /// One RON list.
    Ron,
}

/// Arguments of `tahqiq extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Numbers written in words too (`خمسة آلاف`, `الجولة الرابعة`), marked `"words": true`;
    /// the workbench always shows them. Reading every word for them takes about a third more
    /// time.
    #[arg(long)]
    pub words: bool,
    /// Article files and folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// One output record: the keys and their order are part of the format.
#[derive(Serialize)]
struct Row<'a> {
    article: &'a str,
    kind: Kind,
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
    #[serde(serialize_with = "figure_value")]
    value: Option<f64>,
    unit: Option<&'a str>,
    number_kind: Option<NumberKind>,
    words: bool,
}

impl<'a> Row<'a> {
    fn new(article: &'a str, item: &'a Item) -> Self {
        Self {
            article,
            kind: item.kind,
            start: item.start,
            end: item.end,
            text: &item.text,
            speaker: item.speaker.as_deref(),
            cue: item.cue.as_deref(),
            value: item.value,
            unit: item.unit.as_deref(),
            number_kind: item.number_kind,
            words: item.words,
        }
    }
}

/// The start of every line of an article's JSON Lines, up to its first key's value (`{"article":
/// "…"`): written once an article, not escaped again for each of its items.
fn line_head(article: &str) -> Vec<u8> {
    let mut head = b"{\"article\":".to_vec();
    json_string(&mut head, article);
    head
}

/// Appends `text` to `out` as a JSON string, exactly as `serde_json` writes it, without its
/// per-byte escaping for the common case: text with nothing to escape is copied whole.
fn json_string(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    // Without a branch a byte, so that the compiler can test many at once.
    let plain = bytes.iter().fold(true, |plain, &b| {
        plain & (b >= 0x20) & (b != b'"') & (b != b'\\')
    });
    if plain {
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
    } else {
        // A string always serialises, into memory without fail.
        let _ = serde_json::to_writer(&mut *out, text);
    }
}

/// Appends `item`'s row to `out` as one line of JSON, exactly as `serde_json` writes its
/// [`Row`] (a test holds the two equal); `head` is the line's start for the item's article
/// ([`line_head`]), which is all of the row the item does not hold. Writing JSON was a
/// twentieth of `tahqiq extract`'s time.
fn write_jsonl(out: &mut Vec<u8>, head: &[u8], item: &Item) {
    fn optional(out: &mut Vec<u8>, text: Option<&str>) {
        match text {
            Some(text) => json_string(out, text),
            None => out.extend_from_slice(b"null"),
        }
    }
    // An enum's name (`Kind::name`), which needs no escaping, in quotes: serde_json's
    // serializer and escaping loop twice a row were a cost of their own.
    fn name(out: &mut Vec<u8>, name: &str) {
        out.push(b'"');
        out.extend_from_slice(name.as_bytes());
        out.push(b'"');
    }
    fn number(out: &mut Vec<u8>, n: usize) {
        out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }
    out.extend_from_slice(head);
    out.extend_from_slice(b",\"kind\":");
    name(out, item.kind.name());
    out.extend_from_slice(b",\"start\":");
    number(out, item.start);
    out.extend_from_slice(b",\"end\":");
    number(out, item.end);
    out.extend_from_slice(b",\"text\":");
    json_string(out, &item.text);
    out.extend_from_slice(b",\"speaker\":");
    optional(out, item.speaker.as_deref());
    out.extend_from_slice(b",\"cue\":");
    optional(out, item.cue.as_deref());
    out.extend_from_slice(b",\"value\":");
    let _ = figure_value(&item.value, &mut serde_json::Serializer::new(&mut *out));
    out.extend_from_slice(b",\"unit\":");
    optional(out, item.unit.as_deref());
    out.extend_from_slice(b",\"number_kind\":");
    match item.number_kind {
        Some(kind) => name(out, kind.name()),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(if item.words {
        b",\"words\":true}\n"
    } else {
        b",\"words\":false}\n"
    });
}

/// Files extracted at once on all cores; their output is written in order before the next
/// batch starts, so memory stays bounded however many files there are.
const BATCH: usize = 256;

/// One file's result: its JSON Lines, or its name and items for the other formats.
enum Done {
    Lines(Vec<u8>),
    Items(String, Vec<Item>),
}

/// Extracts one article, rendering its JSON Lines on the worker when that is the format.
fn extract_article(article: Article, format: Format, in_words: InWords) -> Done {
    let items = extract_records(&article, in_words);
    if format != Format::Jsonl {
        return Done::Items(article.name, items);
    }
    let mut lines = Vec::with_capacity(items.iter().map(|i| i.text.len() + 256).sum());
    let head = line_head(&article.name);
    for item in &items {
        write_jsonl(&mut lines, &head, item);
    }
    Done::Lines(lines)
}

/// Writes every byte of `slices`, as few system calls as the output takes (`Write::write_all`
/// for a list of slices).
fn write_all_vectored(out: &mut impl Write, mut slices: &mut [IoSlice<'_>]) -> io::Result<()> {
    // Empty slices first would read as a write of nothing.
    IoSlice::advance_slices(&mut slices, 0);
    while !slices.is_empty() {
        match out.write_vectored(slices) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(written) => IoSlice::advance_slices(&mut slices, written),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(())
}

/// Runs `tahqiq extract`; returns the process exit status (1 when a file failed). Files are
/// extracted on every core, a batch at a time, and printed in the order they were found.
pub fn run(args: &ExtractArgs) -> i32 {
    // A batch's lines are handed to the system in one vectored write, straight from where the
    // workers rendered them: copying them through a buffer took this thread, beside the two
    // extracting, a thirtieth of the run on two cores.
    let mut out = io::stdout().lock();
    let mut collected: Vec<(String, Vec<Item>)> = Vec::new();
    let mut write_error = None;
    let format = args.format;
    let in_words = if args.words {
        InWords::Read
    } else {
        InWords::Skip
    };
    let work = |read: Result<Article, LoadProblem>| {
        read.map(|article| extract_article(article, format, in_words))
    };
    // The first files listed are worked on while the rest are listed.
    let (files, problems, ahead) = list_working_ahead(&args.paths, &work);
    // Files and paths that could not be read, and how many there were in all.
    let mut failed = problems.len();
    let total = files.len() + problems.len();
    for problem in problems {
        eprintln!("tahqiq extract: {problem}");
    }
    let mut write_batch = |results: Vec<Result<Done, LoadProblem>>| -> io::Result<()> {
        let mut lines = Vec::with_capacity(results.len());
        for result in &results {
            match result {
                Ok(Done::Lines(text)) => lines.push(IoSlice::new(text)),
                Ok(Done::Items(..)) => {}
                Err(problem) => {
                    eprintln!("tahqiq extract: {problem}");
                    failed += 1;
                }
            }
        }
        write_all_vectored(&mut out, &mut lines)?;
        for result in results {
            if let Ok(Done::Items(name, items)) = result {
                collected.push((name, items));
            }
        }
        Ok(())
    };
    // A thread hands batches to the cores; this one writes each out as it comes, in order,
    // while the cores extract the next, so they never wait for the output. Two batches at
    // most wait, so memory stays bounded.
    let (send, receive) = std::sync::mpsc::sync_channel(2);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            read_in_batches_with(
                &files,
                BATCH,
                false,
                |file| ahead.take(file),
                work,
                // False when the writer stopped.
                |results| send.send(results).is_ok(),
            );
        });
        for results in receive {
            if let Err(err) = write_batch(results) {
                write_error = Some(err);
                break;
            }
        }
    });
    let rows: Vec<Row<'_>> = collected
        .iter()
        .flat_map(|(name, items)| items.iter().map(move |item| Row::new(name, item)))
        .collect();
    let rendered = match args.format {
        Format::Jsonl => Ok(String::new()),
        Format::Json => serde_json::to_string_pretty(&rows).map_err(|e| e.to_string()),
        Format::Ron => ron::ser::to_string_pretty(&rows, ron::ser::PrettyConfig::default())
            .map_err(|e| e.to_string()),
    };
    match rendered {
        Ok(text) if !text.is_empty() => {
            if let Err(err) = writeln!(out, "{text}") {
                write_error = Some(err);
            }
        }
        Ok(_) => {}
        Err(err) => {
            eprintln!("tahqiq extract: {err}");
            return 2;
        }
    }
    if let Err(err) = out.flush() {
        write_error = Some(err);
    }
    super::report_left_out("extract", "extracted", failed, total);
    match write_error {
        Some(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("tahqiq extract: cannot write the output: {err}");
            2
        }
        _ => i32::from(failed > 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind's name is the one serde_json writes.
    #[test]
    fn kinds_are_written_as_serde_json_writes_them() {
        let quoted = |name: &str| format!("\"{name}\"").into_bytes();
        let kinds =
            [Kind::Quote, Kind::Reported, Kind::Number].map(|k| (serde_json::to_vec(&k), k.name()));
        let number_kinds = [
            NumberKind::Count,
            NumberKind::Percent,
            NumberKind::Money,
            NumberKind::Date,
            NumberKind::Time,
            NumberKind::Year,
            NumberKind::Ordinal,
        ]
        .map(|k| (serde_json::to_vec(&k), k.name()));
        for (expected, name) in kinds.into_iter().chain(number_kinds) {
            let expected = expected.expect("a kind serialises");
            assert_eq!(quoted(name), expected.as_slice());
        }
    }

    /// A writer that takes a few bytes a call, as a full pipe does.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let taken = buf.len().min(7);
            self.0.extend_from_slice(&buf[..taken]);
            Ok(taken)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Every byte of every slice arrives, in order, however little each write takes and
    /// wherever empty slices stand.
    #[test]
    fn vectored_writes_write_everything() {
        let parts: [&[u8]; 5] = [b"", "قال «نعم»\n".as_bytes(), b"", b"two\n", b"x"];
        let mut slices: Vec<IoSlice<'_>> = parts.iter().map(|p| IoSlice::new(p)).collect();
        let mut out = Trickle(Vec::new());
        write_all_vectored(&mut out, &mut slices).expect("written");
        assert_eq!(out.0, parts.concat());
        let mut none: Vec<IoSlice<'_>> = Vec::new();
        write_all_vectored(&mut out, &mut none).expect("nothing to write");
    }

    /// The hand-written line of every item of the sample set, and of items whose strings need
    /// escaping, is the line `serde_json` writes.
    #[test]
    fn rows_are_written_as_serde_json_writes_them() {
        let mut items: Vec<(String, Item)> = crate::corpus::sample_set()
            .iter()
            .flat_map(|a| {
                extract_records(a, InWords::Read)
                    .into_iter()
                    .map(|i| (a.name.clone(), i))
            })
            .collect();
        assert!(items.iter().any(|(_, i)| i.value.is_some()));
        assert!(items.iter().any(|(_, i)| i.speaker.is_some()));
        let (_, template) = items[0].clone();
        for (text, value) in [
            ("قال \"لا\" ثم \\ مضى\tبعد\u{1}سطر\n", Some(2.5)),
            ("«نعم»\u{7f}\u{200f}", Some(1e300)),
        ] {
            let mut item = template.clone();
            item.text = text.into();
            item.speaker = Some(text.into());
            item.value = value;
            item.words = true;
            items.push((format!("{text}.txt"), item));
        }
        for (name, item) in &items {
            let row = Row::new(name, item);
            let mut expected = serde_json::to_vec(&row).expect("a row serialises");
            expected.push(b'\n');
            let mut written = Vec::new();
            write_jsonl(&mut written, &line_head(name), item);
            assert_eq!(
                String::from_utf8_lossy(&written),
                String::from_utf8_lossy(&expected)
            );
        }
    }
}
