//! `tahqiq import`: a brat standoff folder — a bundle's `brat/`, or any folder of `.txt`
//! files with `.ann` files beside them — read into a project. Text-bound annotations become
//! claims (brat types other than tahqiq's kinds become spans tagged with the type), relations
//! links, `Status` the status, other attributes tags, `AnnotatorNotes` notes; links across
//! documents come from `cross-document.tsv` when it is there. Statements and figures found
//! again by extraction at the same place get their speaker, cue, value and unit back.
//!
//! Claims keep their brat numbers as ids when those are unique over the folder (as in a
//! bundle), so a bundle round-trips; otherwise they are numbered in document order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::brat::{CROSS_DOCUMENT, unescape_note};
use crate::corpus::{self, Article};
use crate::extract::extract;
use crate::project::session::{claim_from_item, key_for, new_claim};
use crate::project::{ArticleRecord, Claim, ClaimKind, Link, Project, Relation, Status, Tag};

/// A text-bound annotation as read.
#[derive(Clone, Debug, PartialEq)]
struct Bound {
    number: u32,
    kind: ClaimKind,
    extra_tag: Option<String>,
    start: usize,
    end: usize,
}

/// One `.ann` file, read.
#[derive(Debug, Default)]
struct Ann {
    bounds: Vec<Bound>,
    /// Relation number, type, from and to (T numbers).
    relations: Vec<(u32, String, u32, u32)>,
    /// T number, attribute name, value.
    attributes: Vec<(u32, String, Option<String>)>,
    /// T number, note.
    notes: Vec<(u32, String)>,
}

/// What an import made, and what it could not read.
#[derive(Debug)]
pub struct Imported {
    /// The project.
    pub project: Project,
    /// The documents read.
    pub documents: usize,
    /// Lines and files that could not be used, each naming the file (and line).
    pub problems: Vec<String>,
}

/// The claim kind of a brat type, or `None` for a type of another scheme.
fn kind_of(brat_type: &str) -> Option<ClaimKind> {
    ClaimKind::ALL
        .into_iter()
        .find(|k| k.name().eq_ignore_ascii_case(brat_type))
}

/// The relation of a brat type, or `None` for a type of another scheme.
fn relation_of(brat_type: &str) -> Option<Relation> {
    Relation::ALL
        .iter()
        .map(|&(r, _)| r)
        .find(|r| r.name().eq_ignore_ascii_case(brat_type))
}

/// `T12` → 12.
fn number(id: &str, prefix: char) -> Option<u32> {
    id.strip_prefix(prefix)?.parse().ok()
}

/// Reads one `.ann` text; problems name `file` and the line.
fn parse_ann(file: &str, text: &str, chars: usize, problems: &mut Vec<String>) -> Ann {
    let mut ann = Ann::default();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let id = fields.next().unwrap_or_default();
        let data = fields.next().unwrap_or_default();
        let tail = fields.next().unwrap_or_default();
        let bad = |why: &str| format!("{file}:{}: {why}: {line}", index + 1);
        let read = match id.chars().next() {
            Some('T') => parse_bound(id, data, chars).map(|b| ann.bounds.push(b)),
            Some('R') => parse_relation(id, data).map(|r| ann.relations.push(r)),
            Some('A' | 'M') => parse_attribute(data).map(|a| ann.attributes.push(a)),
            Some('#') => parse_note(data, tail).map(|n| ann.notes.extend(n)),
            Some('E' | '*' | 'N') => Err("events, equivalences and normalisations are not read"),
            _ => Err("not a brat annotation"),
        };
        if let Err(why) = read {
            problems.push(bad(why));
        }
    }
    ann
}

fn parse_bound(id: &str, data: &str, chars: usize) -> Result<Bound, &'static str> {
    let number = number(id, 'T').ok_or("a text-bound id must be T and a number")?;
    let (brat_type, offsets) = data.split_once(' ').ok_or("no offsets")?;
    let mut pieces = Vec::new();
    for piece in offsets.split(';') {
        let (s, e) = piece
            .trim()
            .split_once(' ')
            .ok_or("offsets come in pairs")?;
        let s: usize = s.parse().map_err(|_| "an offset is not a number")?;
        let e: usize = e.parse().map_err(|_| "an offset is not a number")?;
        pieces.push((s, e));
    }
    let start = pieces.iter().map(|p| p.0).min().ok_or("no offsets")?;
    let end = pieces.iter().map(|p| p.1).max().ok_or("no offsets")?;
    if start >= end || end > chars {
        return Err("offsets outside the text");
    }
    let kind = kind_of(brat_type);
    Ok(Bound {
        number,
        kind: kind.unwrap_or(ClaimKind::Span),
        extra_tag: kind.is_none().then(|| brat_type.to_owned()),
        start,
        end,
    })
}

fn parse_relation(id: &str, data: &str) -> Result<(u32, String, u32, u32), &'static str> {
    let number = number(id, 'R').ok_or("a relation id must be R and a number")?;
    let mut words = data.split_whitespace();
    let brat_type = words.next().ok_or("no relation type")?;
    let mut arg = |_: ()| {
        words
            .next()
            .and_then(|w| w.split_once(':'))
            .and_then(|(_, t)| self::number(t, 'T'))
            .ok_or("a relation needs two T arguments")
    };
    let from = arg(())?;
    let to = arg(())?;
    Ok((number, brat_type.to_owned(), from, to))
}

fn parse_attribute(data: &str) -> Result<(u32, String, Option<String>), &'static str> {
    let mut words = data.split_whitespace();
    let name = words.next().ok_or("no attribute name")?;
    let target = words
        .next()
        .and_then(|t| number(t, 'T'))
        .ok_or("attributes are read on text-bound annotations only")?;
    Ok((target, name.to_owned(), words.next().map(str::to_owned)))
}

fn parse_note(data: &str, tail: &str) -> Result<Option<(u32, String)>, &'static str> {
    let mut words = data.split_whitespace();
    let kind = words.next().ok_or("no note type")?;
    let Some(target) = words.next().and_then(|t| number(t, 'T')) else {
        return Ok(None); // notes on relations or events have nowhere to go
    };
    Ok((kind == "AnnotatorNotes").then(|| (target, unescape_note(tail))))
}

/// The documents of `folder`: every `.txt` file, sorted by name.
fn documents(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && p.is_file())
        .collect();
    found.sort();
    Ok(found)
}

/// Reads the brat folder `folder` into a project to be saved at `project_file` (article paths
/// are made relative to it).
pub fn import(folder: &Path, project_file: &Path) -> std::io::Result<Imported> {
    let mut problems = Vec::new();
    let mut read: Vec<(String, Article, Ann)> = Vec::new();
    for path in documents(folder)? {
        let article = match corpus::load::read_article(&path) {
            Ok(article) => article,
            Err(problem) => {
                problems.push(format!("{}: {}", problem.path.display(), problem.reason));
                continue;
            }
        };
        let ann_path = path.with_extension("ann");
        let ann = match std::fs::read_to_string(&ann_path) {
            Ok(text) => parse_ann(
                &ann_path.display().to_string(),
                &text,
                article.chars,
                &mut problems,
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ann::default(),
            Err(e) => {
                problems.push(format!("{}: {e}", ann_path.display()));
                Ann::default()
            }
        };
        let key = key_for(Some(project_file), &path);
        read.push((key, article, ann));
    }
    let project = build(folder, read, &mut problems);
    Ok(Imported {
        documents: project.articles.len(),
        project,
        problems,
    })
}

/// The project of the documents read.
fn build(folder: &Path, read: Vec<(String, Article, Ann)>, problems: &mut Vec<String>) -> Project {
    let mut project = Project::default();
    let all: Vec<u32> = read
        .iter()
        .flat_map(|(_, _, a)| a.bounds.iter().map(|b| b.number))
        .collect();
    let mut unique = all.clone();
    unique.sort_unstable();
    unique.dedup();
    let keep_numbers = unique.len() == all.len() && !unique.contains(&0);
    // (document name, T number) → claim id.
    let mut ids: HashMap<(String, u32), u32> = HashMap::new();
    let mut relations = Vec::new();
    for (key, article, ann) in read {
        let document = Path::new(&key)
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        project.articles.push(ArticleRecord {
            path: key.clone(),
            sha256: article.sha256.clone(),
            encoding: article.encoding.to_owned(),
            title: article.title.clone(),
        });
        let chars: Vec<char> = article.text.chars().collect();
        let items = extract(&article);
        for bound in &ann.bounds {
            let id = if keep_numbers {
                bound.number
            } else {
                project.next_claim_id()
            };
            let found = items
                .iter()
                .find(|i| i.start == bound.start && i.end == bound.end);
            let made = found.map(|item| claim_from_item(id, &key, &chars, item));
            let mut claim = match made.filter(|c| c.kind == bound.kind) {
                Some(claim) => claim,
                None => new_claim(id, &key, &chars, bound.start, bound.end, bound.kind),
            };
            claim.tags.extend(bound.extra_tag.clone());
            ids.insert((document.clone(), bound.number), id);
            project.claims.push(claim);
        }
        let id_of = |n: u32| ids.get(&(document.clone(), n)).copied();
        for (target, name, value) in &ann.attributes {
            let Some(claim) = id_of(*target).and_then(|id| claim_in(&mut project.claims, id))
            else {
                continue;
            };
            apply_attribute(claim, name, value.as_deref());
        }
        for (target, note) in &ann.notes {
            if let Some(claim) = id_of(*target).and_then(|id| claim_in(&mut project.claims, id)) {
                if !claim.note.is_empty() {
                    claim.note.push('\n');
                }
                claim.note.push_str(note);
            }
        }
        for (number, brat_type, from, to) in &ann.relations {
            if let (Some(from), Some(to)) = (id_of(*from), id_of(*to)) {
                relations.push((*number, brat_type.clone(), from, to, None));
            }
        }
    }
    read_cross_document(folder, &ids, &mut relations, problems);
    let keep_links = {
        let mut numbers: Vec<u32> = relations.iter().map(|r| r.0).collect();
        numbers.sort_unstable();
        let n = numbers.len();
        numbers.dedup();
        numbers.len() == n && !numbers.contains(&0)
    };
    project.normalise();
    for (index, (number, brat_type, from, to, note)) in relations.into_iter().enumerate() {
        let relation = relation_of(&brat_type);
        let note = note.or_else(|| relation.is_none().then(|| brat_type.clone()));
        project.links.push(Link {
            id: if keep_links { number } else { index as u32 + 1 },
            from,
            to,
            relation: relation.unwrap_or(Relation::Elaborates),
            note,
        });
    }
    add_tags_to_codebook(&mut project);
    project.normalise();
    project
}

fn claim_in(claims: &mut [Claim], id: u32) -> Option<&mut Claim> {
    claims.iter_mut().find(|c| c.id == id)
}

/// `Status` sets the status; any other attribute becomes a tag (`Name`, or `Name=Value`).
fn apply_attribute(claim: &mut Claim, name: &str, value: Option<&str>) {
    if name == "Status"
        && let Some(status) = Status::ALL
            .iter()
            .find(|s| value.is_some_and(|v| s.name().eq_ignore_ascii_case(v)))
    {
        claim.status = *status;
        return;
    }
    claim.tags.push(match value {
        Some(value) => format!("{name}={value}"),
        None => name.to_owned(),
    });
}

/// Reads `cross-document.tsv` when the folder has one.
fn read_cross_document(
    folder: &Path,
    ids: &HashMap<(String, u32), u32>,
    relations: &mut Vec<(u32, String, u32, u32, Option<String>)>,
    problems: &mut Vec<String>,
) {
    let path = folder.join(CROSS_DOCUMENT);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    for (index, line) in text.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        let parsed = (|| {
            let number = number(fields.first()?, 'R')?;
            let from = ids.get(&(fields.get(2)?.to_string(), number_t(fields.get(3)?)?))?;
            let to = ids.get(&(fields.get(4)?.to_string(), number_t(fields.get(5)?)?))?;
            let note = fields
                .get(6)
                .filter(|n| !n.is_empty())
                .map(|n| unescape_note(n));
            Some((number, fields.get(1)?.to_string(), *from, *to, note))
        })();
        match parsed {
            Some(relation) => relations.push(relation),
            None => problems.push(format!(
                "{}:{}: not a link between two known annotations: {line}",
                path.display(),
                index + 1
            )),
        }
    }
}

fn number_t(id: &str) -> Option<u32> {
    number(id, 'T')
}

/// Tags used by claims but missing from the codebook are added to it.
fn add_tags_to_codebook(project: &mut Project) {
    let mut used: Vec<String> = project.claims.iter().flat_map(|c| c.tags.clone()).collect();
    used.sort();
    used.dedup();
    let palette = ["yellow", "cyan", "blue", "magenta", "green", "red", "gray"];
    for name in used {
        if project.tag(&name).is_none() {
            let colour = palette[project.codebook.len() % palette.len()].to_owned();
            project.codebook.push(Tag {
                name,
                colour,
                key: None,
                description: "Imported from brat".to_owned(),
            });
        }
    }
}
