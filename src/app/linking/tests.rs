//! Linking claims: suggestions of the same statement and figure in other outlets, linking by
//! hand, and the claims panel's filters.

use super::*;
use crate::app::Action;
use crate::app::claims::ClaimFilter;
use crate::project::Status;

fn app() -> App {
    crate::app::sample_app()
}

/// Makes the first item of article `article` whose text contains `needle` the current
/// claim of pane 0.
fn claim_on(app: &mut App, article: usize, needle: &str) -> u32 {
    app.panes[0].open(article);
    let index = app.items[article]
        .as_ref()
        .and_then(|items| items.iter().position(|i| i.text.contains(needle)))
        .expect("the item is found");
    app.go_to_item(0, index);
    app.apply(Action::MakeClaim);
    app.panes[0].current_claim.expect("a claim is made")
}

#[test]
fn the_same_statement_in_another_outlet_is_suggested_and_linked() {
    let mut app = app();
    let id = claim_on(&mut app, 0, "بيانا وشيكا");
    app.apply(Action::SuggestLinks);
    assert!(
        matches!(app.mode, Mode::Suggestions { .. }),
        "{:?}",
        app.status
    );
    let first = &app.suggestions[0];
    assert_eq!(first.target.article_index, 4, "{:?}", app.suggestions);
    assert_eq!(first.relation, Relation::Same);
    app.handle_key(Key::plain(KeyCode::Enter));
    let links: Vec<_> = app.session.project.links_of(id).collect();
    assert_eq!(links.len(), 1);
    let other = app
        .session
        .project
        .claim(links[0].to)
        .expect("target claim");
    assert_eq!(other.article, app.keys[4]);
    let other = other.id;
    // o shows it in the other pane.
    app.apply(Action::FollowLink);
    assert_eq!(app.panes[1].article, 4);
    assert_eq!(app.panes[1].current_claim, Some(other));
}

#[test]
fn figures_suggest_the_same_count_elsewhere() {
    let mut app = app();
    claim_on(&mut app, 4, "2500");
    app.apply(Action::SuggestLinks);
    let articles: Vec<usize> = app
        .suggestions
        .iter()
        .filter(|s| s.target.value == Some(2500.0))
        .map(|s| s.target.article_index)
        .collect();
    assert!(
        articles.contains(&1) && articles.contains(&2),
        "{articles:?}"
    );
}

#[test]
fn linking_by_hand_asks_for_the_relation() {
    let mut app = app();
    let a = claim_on(&mut app, 0, "بيانا وشيكا");
    app.apply(Action::Link);
    let b = claim_on(&mut app, 1, "2500");
    app.apply(Action::Link);
    assert_eq!(app.mode, Mode::Relation { from: a, to: b });
    app.handle_key(Key::plain(KeyCode::Char('e')));
    let link = app.session.project.links.first().expect("a link");
    assert_eq!(
        (link.from, link.to, link.relation),
        (a, b, Relation::Elaborates)
    );
    // Undo takes it back, redo brings it again.
    app.apply(Action::Undo);
    assert!(app.session.project.links.is_empty());
    app.apply(Action::Redo);
    assert_eq!(app.session.project.links.len(), 1);
}

#[test]
fn the_claims_panel_filters_by_tag_and_status() {
    let mut app = app();
    let a = claim_on(&mut app, 0, "بيانا وشيكا");
    app.apply(Action::Tags);
    app.handle_key(Key::plain(KeyCode::Char('c')));
    app.handle_key(Key::plain(KeyCode::Esc));
    claim_on(&mut app, 1, "2500");
    app.apply(Action::CycleStatus);
    app.apply(Action::ClaimsPanel);
    assert_eq!(app.listed_claims(&ClaimFilter::default()).len(), 2);
    app.handle_key(Key::plain(KeyCode::Char('t')));
    let Mode::Claims { filter, .. } = &app.mode else {
        panic!("the panel stays open");
    };
    assert_eq!(filter.tag.as_deref(), Some("claim"));
    assert_eq!(app.listed_claims(filter), [a]);
    let supported = ClaimFilter {
        status: Some(Status::Supported),
        ..ClaimFilter::default()
    };
    assert_eq!(app.listed_claims(&supported).len(), 1);
}
