//! `annotations.jsonld`: the review in the W3C Web Annotation Data Model, for annotation tools
//! of the web. One `AnnotationCollection` whose page holds an `Annotation` per claim — its
//! article as target, found by a `TextQuoteSelector` and a `TextPositionSelector` (code
//! points, as the model counts), with bodies for its kind, tags, status and note — and one
//! `Annotation` with `motivation: linking` per link, from one claim's annotation to the
//! other's. Identifiers are relative to the file (`#claim-3`), sources to the bundle.

use serde_json::{Value, json};

use super::{Bundle, is_rtl, language_of};
use crate::project::{Claim, Link};

/// The context every Web Annotation document names.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The identifier of claim `id`'s annotation.
pub fn claim_iri(id: u32) -> String {
    format!("#claim-{id}")
}

/// A plain-text body with a purpose.
fn body(purpose: &str, value: &str) -> Value {
    json!({"type": "TextualBody", "purpose": purpose, "value": value})
}

/// The annotation of one claim.
fn claim_annotation(bundle: &Bundle, claim: &Claim) -> Value {
    let mut bodies = vec![body("classifying", claim.kind.name())];
    bodies.extend(claim.tags.iter().map(|t| body("tagging", t)));
    bodies.push(body("assessing", claim.status.name()));
    if !claim.note.is_empty() {
        let mut note = body("commenting", &claim.note);
        note["format"] = json!("text/plain");
        if let Some(language) = language_of(&claim.note) {
            note["language"] = json!(language);
        }
        note["textDirection"] = json!(if is_rtl(&claim.note) { "rtl" } else { "ltr" });
        bodies.push(note);
    }
    json!({
        "id": claim_iri(claim.id),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": claim.created,
        "modified": claim.modified,
        "body": bodies,
        "target": {
            "source": claim.article,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": bundle.text_of(claim),
                    "prefix": claim.quote.prefix,
                    "suffix": claim.quote.suffix,
                },
                {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            ],
        },
    })
}

/// The annotation of one link: its target the claim it goes from, its bodies the claim it goes
/// to and the relation.
fn link_annotation(link: &Link) -> Value {
    let mut bodies = vec![
        json!({"id": claim_iri(link.to)}),
        body("classifying", link.relation.name()),
    ];
    if let Some(note) = link.note.as_deref().filter(|n| !n.is_empty()) {
        bodies.push(body("commenting", note));
    }
    json!({
        "id": format!("#link-{}", link.id),
        "type": "Annotation",
        "motivation": "linking",
        "body": bodies,
        "target": claim_iri(link.from),
    })
}

/// The whole document, pretty printed.
pub fn jsonld(bundle: &Bundle) -> String {
    let mut items: Vec<Value> = bundle
        .project
        .claims
        .iter()
        .map(|c| claim_annotation(bundle, c))
        .collect();
    items.extend(bundle.project.links.iter().map(link_annotation));
    let document = json!({
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "tahqiq review",
        "generator": {"type": "Software", "name": concat!("tahqiq ", env!("CARGO_PKG_VERSION"))},
        "total": items.len(),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests_support::sample_bundle;

    fn document() -> (Bundle, Value) {
        let bundle = sample_bundle();
        let value = serde_json::from_str(&jsonld(&bundle)).expect("valid JSON");
        (bundle, value)
    }

    #[test]
    fn the_collection_has_the_model_shape() {
        let (bundle, doc) = document();
        assert_eq!(doc["@context"], CONTEXT);
        assert_eq!(doc["type"], "AnnotationCollection");
        let items = doc["first"]["items"].as_array().expect("items");
        assert_eq!(doc["total"], items.len());
        assert_eq!(
            items.len(),
            bundle.project.claims.len() + bundle.project.links.len()
        );
        for item in items {
            assert_eq!(item["type"], "Annotation");
            assert!(item["id"].as_str().is_some_and(|id| id.starts_with('#')));
        }
    }

    #[test]
    fn claims_carry_both_selectors_and_their_bodies() {
        let (bundle, doc) = document();
        let items = doc["first"]["items"].as_array().expect("items");
        for claim in &bundle.project.claims {
            let item = items
                .iter()
                .find(|i| i["id"] == claim_iri(claim.id))
                .expect("the claim's annotation");
            let selectors = item["target"]["selector"].as_array().expect("selectors");
            assert_eq!(selectors[0]["type"], "TextQuoteSelector");
            assert_eq!(selectors[0]["exact"], bundle.text_of(claim));
            assert_eq!(selectors[1]["type"], "TextPositionSelector");
            assert_eq!(selectors[1]["start"], claim.start);
            assert_eq!(selectors[1]["end"], claim.end);
            assert_eq!(item["target"]["source"], claim.article);
            let bodies = item["body"].as_array().expect("bodies");
            let with =
                |purpose: &'static str| bodies.iter().filter(move |b| b["purpose"] == purpose);
            assert_eq!(with("tagging").count(), claim.tags.len());
            assert_eq!(with("assessing").count(), 1);
            let note = with("commenting").next();
            assert_eq!(note.is_some(), !claim.note.is_empty());
            if let Some(note) = note {
                let rtl = is_rtl(&claim.note);
                assert_eq!(note["textDirection"], if rtl { "rtl" } else { "ltr" });
                assert_eq!(note["language"].as_str(), language_of(&claim.note));
            }
        }
    }

    #[test]
    fn links_are_linking_annotations_between_claims() {
        let (bundle, doc) = document();
        let items = doc["first"]["items"].as_array().expect("items");
        let links: Vec<&Value> = items
            .iter()
            .filter(|i| i["motivation"] == "linking")
            .collect();
        assert_eq!(links.len(), bundle.project.links.len());
        for (item, link) in links.iter().zip(&bundle.project.links) {
            assert_eq!(item["target"], claim_iri(link.from));
            assert_eq!(item["body"][0]["id"], claim_iri(link.to));
            assert_eq!(item["body"][1]["value"], link.relation.name());
        }
    }
}
