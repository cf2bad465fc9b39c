//! The background pipeline on a generated corpus of a few hundred files: it finishes, its
//! progress runs to the total, and keys are handled while it runs.

use std::sync::mpsc::TryRecvError;

use tahqiq::app::loading::Feed;
use tahqiq::app::{Focus, Key};
use tahqiq::cli::OpenArgs;
use tahqiq::cli::open::start;
use tahqiq::corpus::LoadEvent;

use crate::support::TempDir;

const FILES: usize = 300;

#[test]
fn a_folder_of_hundreds_loads_in_the_background_while_keys_are_answered() {
    let dir = TempDir::new("scale");
    let samples = tahqiq::corpus::sample_set();
    for n in 0..FILES {
        let text = &samples[n % samples.len()].text;
        dir.write(&format!("{n:04}.txt"), format!("خبر رقم {n}\n\n{text}"));
    }
    let args = OpenArgs {
        paths: vec![dir.path().to_owned()],
        ..OpenArgs::default()
    };
    let (mut app, loader) = start(
        &args,
        tahqiq::app::config::Settings::default(),
        Vec::new(),
        None,
    );
    let loader = loader.expect("a background loader");
    app.resize(160, 45);
    let mut highest = 0;
    let mut keys_while_loading = 0;
    let mut total = None;
    loop {
        match loader.try_recv() {
            Ok(feed) => {
                if let Feed::Load(LoadEvent::Total(n)) = &feed {
                    total = Some(*n);
                }
                app.feed(feed);
                if let Some(progress) = app.loading {
                    highest = highest.max(progress.done);
                }
            }
            Err(TryRecvError::Empty) => std::thread::yield_now(),
            Err(TryRecvError::Disconnected) => break,
        }
        if app.loading.is_some() && !app.articles.is_empty() {
            // A key in the middle of loading is answered at once: focus moves.
            let before = app.focus;
            app.handle_key(Key::parse("tab").expect("a key"));
            assert_ne!(app.focus, before, "tab moved the focus while loading");
            keys_while_loading += 1;
        }
    }
    assert_eq!(total, Some(FILES));
    assert_eq!(highest, FILES, "progress reached every file");
    assert!(app.loading.is_none(), "loading finished");
    assert_eq!(app.articles.len(), FILES);
    assert!(
        app.items.iter().all(Option::is_some),
        "every article's items arrived"
    );
    assert!(keys_while_loading > 0, "keys were handled during loading");
    assert!(matches!(app.focus, Focus::List | Focus::Pane(_)));
    // Files arrive in their order.
    assert!(app.articles[10].text.starts_with("خبر رقم 10\n"));
    // The suggestion index took every statement and figure (not ordinals, which say which,
    // not how many) as it arrived.
    let items = app.items.iter().flatten().flatten();
    let statements = items.clone().filter(|i| i.is_statement()).count();
    let ordinals = items
        .clone()
        .filter(|i| i.number_kind == Some(tahqiq::extract::NumberKind::Ordinal))
        .count();
    assert!(ordinals > 0, "the sample articles' rounds of the dialogue");
    assert_eq!(app.similar.statements(), statements);
    assert_eq!(app.similar.figures(), items.count() - statements - ordinals);
    // And finds a statement in every other copy of its article (every fifth file).
    let first = app.items[0].as_ref().expect("items");
    let quote = first
        .iter()
        .find(|i| i.is_statement())
        .expect("a statement");
    let same = app
        .similar
        .statements_like(&quote.text, Some(0), 0.99, usize::MAX);
    assert_eq!(same.len(), FILES / samples.len() - 1, "{same:?}");
}
