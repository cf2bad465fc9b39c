//! `claims.jsonl` and `claims.csv`: one claim a line or a row, for spreadsheets, pandas and
//! scripts. The CSV starts with a byte order mark so spreadsheet programs read it as UTF-8 and
//! show Arabic as Arabic.

use serde::{Deserialize, Serialize};

use super::Bundle;
use crate::project::{Anchoring, Claim, ClaimKind, Relation, Status};

/// A link as one claim's line gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkRow {
    /// The link's id.
    pub id: u32,
    /// How the claims relate, read from `from` to `to`.
    pub relation: Relation,
    /// The claim the relation goes from.
    pub from: u32,
    /// The claim it goes to.
    pub to: u32,
}

/// One line of `claims.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// The claim's id.
    pub id: u32,
    /// The article's path in the bundle.
    pub article: String,
    /// What it is.
    pub kind: ClaimKind,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text at those offsets.
    pub text: String,
    /// Who said it.
    pub speaker: Option<String>,
    /// The words that introduce it.
    pub cue: Option<String>,
    /// A figure's value.
    #[serde(serialize_with = "figure_value")]
    pub value: Option<f64>,
    /// A figure's unit or counted noun.
    pub unit: Option<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// How far it has been checked.
    pub status: Status,
    /// The reviewer's note.
    pub note: String,
    /// Whether it still sits where it was made.
    pub anchoring: Anchoring,
    /// The links that touch it.
    pub links: Vec<LinkRow>,
}

/// Writes a figure's value as a whole number when it is one (`2500`, not `2500.0`): how people
/// and scripts expect a count, and how every file tahqiq writes gives it. Read back, a whole
/// number is the same `f64`.
pub fn figure_value<S: serde::Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match *value {
        // Beyond 2^53 not every whole number is an `f64`: those stay as they are.
        Some(v) if v.fract() == 0.0 && v.abs() < 9e15 => serializer.serialize_some(&(v as i64)),
        Some(v) => serializer.serialize_some(&v),
        None => serializer.serialize_none(),
    }
}

/// The row of `claim`.
pub fn row(bundle: &Bundle, claim: &Claim) -> ClaimRow {
    ClaimRow {
        id: claim.id,
        article: claim.article.clone(),
        kind: claim.kind,
        start: claim.start,
        end: claim.end,
        text: bundle.text_of(claim),
        speaker: claim.speaker.clone(),
        cue: claim.cue.clone(),
        value: claim.value,
        unit: claim.unit.clone(),
        tags: claim.tags.clone(),
        status: claim.status,
        note: claim.note.clone(),
        anchoring: claim.anchoring,
        links: bundle
            .project
            .links_of(claim.id)
            .map(|l| LinkRow {
                id: l.id,
                relation: l.relation,
                from: l.from,
                to: l.to,
            })
            .collect(),
    }
}

/// `claims.jsonl`: every claim as one JSON object a line, by id.
pub fn jsonl(bundle: &Bundle) -> String {
    let mut out = String::new();
    for claim in &bundle.project.claims {
        // A row of strings and numbers always serialises.
        if let Ok(line) = serde_json::to_string(&row(bundle, claim)) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The columns of `claims.csv`.
pub const COLUMNS: [&str; 15] = [
    "id",
    "article",
    "kind",
    "start",
    "end",
    "text",
    "speaker",
    "cue",
    "value",
    "unit",
    "tags",
    "status",
    "note",
    "anchoring",
    "links",
];

/// The cells of `row`, in the order of [`COLUMNS`]: tags joined by `; `, links as
/// `#1 same #4` (link id, relation, the other end read from `from`), joined by `; `.
pub fn cells(row: &ClaimRow) -> [String; 15] {
    let links: Vec<String> = row
        .links
        .iter()
        .map(|l| format!("{} {} {}", l.from, l.relation.name(), l.to))
        .collect();
    [
        row.id.to_string(),
        row.article.clone(),
        row.kind.name().to_owned(),
        row.start.to_string(),
        row.end.to_string(),
        row.text.clone(),
        row.speaker.clone().unwrap_or_default(),
        row.cue.clone().unwrap_or_default(),
        row.value.map(|v| v.to_string()).unwrap_or_default(),
        row.unit.clone().unwrap_or_default(),
        row.tags.join("; "),
        row.status.name().to_owned(),
        row.note.clone(),
        anchoring_name(row.anchoring).to_owned(),
        links.join("; "),
    ]
}

fn anchoring_name(anchoring: Anchoring) -> &'static str {
    match anchoring {
        Anchoring::Exact => "exact",
        Anchoring::Moved => "moved",
        Anchoring::Orphaned => "orphaned",
    }
}

/// `claims.csv`: a header and one row per claim, UTF-8 with a byte order mark, CRLF line
/// ends and quoting as RFC 4180 has them.
pub fn csv(bundle: &Bundle) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to memory fails only on a record of the wrong length, which cannot happen here.
    let _ = writer.write_record(COLUMNS);
    for claim in &bundle.project.claims {
        let _ = writer.write_record(cells(&row(bundle, claim)));
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests_support::sample_bundle;

    #[test]
    fn each_claim_is_one_json_line_with_its_links() {
        let bundle = sample_bundle();
        let text = jsonl(&bundle);
        let rows: Vec<ClaimRow> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("a claim row"))
            .collect();
        assert_eq!(rows.len(), bundle.project.claims.len());
        let figure = rows
            .iter()
            .find(|r| r.kind == ClaimKind::Number)
            .expect("a figure");
        assert!(figure.links.iter().any(|l| l.relation == Relation::Same));
        // Written as `tahqiq extract` writes it, and read back as the same value.
        assert_eq!(figure.value, Some(2500.0));
        assert!(text.contains("\"value\":2500,"), "{text}");
        assert!(!text.contains("2500.0"), "{text}");
        let links: usize = rows.iter().map(|r| r.links.len()).sum();
        assert_eq!(
            links,
            2 * bundle.project.links.len(),
            "each link on both its claims"
        );
        for row in &rows {
            let chars = &bundle.texts[&row.article].chars;
            let at: String = chars[row.start..row.end].iter().collect();
            assert_eq!(at, row.text);
        }
    }

    #[test]
    fn the_csv_reads_back_with_a_bom_and_the_same_rows() {
        let bundle = sample_bundle();
        let bytes = csv(&bundle);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut reader = ::csv::Reader::from_reader(&bytes[3..]);
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header, COLUMNS);
        let records: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.expect("row").iter().map(str::to_owned).collect())
            .collect();
        let expected: Vec<Vec<String>> = bundle
            .project
            .claims
            .iter()
            .map(|c| cells(&row(&bundle, c)).to_vec())
            .collect();
        assert_eq!(records, expected);
        assert!(
            records.iter().any(|r| r[12].contains('\n')),
            "a note on two lines"
        );
    }
}
