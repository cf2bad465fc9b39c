//! Building the workbench from the command line: which articles, which settings.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};

use crate::app::App;
use crate::app::config::{self, Settings};
use crate::app::loading::Feed;

use crate::corpus::{self, Article, LoadEvent, LoadProblem, read_in_batches};
use crate::extract::extract;
use crate::project::Project;
use crate::project::session::{ReadOnly, Session};

use super::OpenArgs;
use super::project::Named;

/// The articles named on the command line: the paths given, those `project` (the project
/// `--project` names, once read) covers or the folder beside it, or the built-in sample set
/// when nothing is named.
pub fn articles(args: &OpenArgs, project: Option<&Project>) -> (Vec<Article>, Vec<LoadProblem>) {
    let paths = paths(args, project);
    if paths.is_empty() {
        (corpus::sample_set(), Vec::new())
    } else {
        corpus::load(&paths)
    }
}

/// The paths to open: those given; with none, the articles the `--project` file names (none
/// for a review of the sample set), or the folder beside it when it names none. `loaded` is
/// that file as already read, so it is not read again here.
fn paths(args: &OpenArgs, loaded: Option<&Project>) -> Vec<PathBuf> {
    if !args.paths.is_empty() {
        return args.paths.clone();
    }
    let Some(project) = &args.project else {
        return Vec::new();
    };
    let named = loaded.map_or(Named::Nothing, |loaded| {
        super::project::project_articles(project, loaded)
    });
    match named {
        Named::Files(files) => return files,
        Named::Samples => return Vec::new(),
        Named::Nothing => {}
    }
    let folder = project
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    vec![folder]
}

/// `settings` with the command line's overrides (`--layout`).
fn with_flags(args: &OpenArgs, mut settings: Settings) -> Settings {
    if let Some(order) = args.layout {
        settings.pane_order = order;
    }
    settings
}

/// Shows the messages gathered before the workbench existed (config problems), with the
/// messages panel open so none goes unseen.
fn announce(app: &mut App, messages: Vec<String>) {
    if !messages.is_empty() {
        app.show_messages = true;
    }
    for message in messages {
        app.say(message);
    }
}

/// The workbench for `args`, with `settings` (overridden by `--layout`) and any messages
/// already gathered (config problems).
pub fn app(args: &OpenArgs, settings: Settings, messages: Vec<String>) -> App {
    // Shown, never written: `render` must not change anything on disk.
    let session = args
        .project
        .as_ref()
        .map(|path| match crate::project::store::load(path) {
            Ok(project) => Session::viewer(path, project.unwrap_or_default(), ReadOnly::Asked),
            Err(problem) => Session::broken(path, &problem),
        });
    let (articles, problems) = articles(args, session.as_ref().map(|s| &s.project));
    let mut app = App::new(articles, problems, with_flags(args, settings));
    announce(&mut app, messages);
    if let Some(session) = session {
        app.attach(session);
    }
    app
}

/// The workbench for the interactive session: the sample set at once, or named articles loaded
/// in the background and delivered through the returned receiver. `project` is the review
/// project already opened for `--project`, which says what to open when no path is given.
pub fn start(
    args: &OpenArgs,
    settings: Settings,
    messages: Vec<String>,
    project: Option<&Project>,
) -> (App, Option<Receiver<Feed>>) {
    let paths = paths(args, project);
    let settings = with_flags(args, settings);
    if paths.is_empty() {
        // The sample set is built in: its text shows at once, its items follow.
        let articles = corpus::sample_set();
        let copies = articles.clone();
        let mut app = App::pending(articles, Vec::new(), settings);
        announce(&mut app, messages);
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            for (article, copy) in copies.iter().enumerate() {
                let items = extract(copy);
                if sender.send(Feed::Items { article, items }).is_err() {
                    return;
                }
            }
        });
        return (app, Some(receiver));
    }
    let mut app = App::loading(settings);
    announce(&mut app, messages);
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || load_in_background(&paths, &sender));
    (app, Some(receiver))
}

/// The background loader: finds the files, then reads and extracts them a batch at a time on
/// every core, sending each article and then its items, in file order. Stops when the
/// workbench goes away.
fn load_in_background(paths: &[PathBuf], sender: &mpsc::Sender<Feed>) {
    let (files, problems) = corpus::load::article_files(paths);
    let send = |feed: Feed| sender.send(feed).is_ok();
    if !send(Feed::Load(LoadEvent::Total(files.len()))) {
        return;
    }
    for problem in problems {
        if !send(Feed::Load(LoadEvent::Problem(problem))) {
            return;
        }
    }
    let mut index = 0;
    read_in_batches(
        &files,
        corpus::load::LOAD_BATCH,
        true,
        |read| {
            read.map(|article| {
                let items = extract(&article);
                (article, items)
            })
        },
        // False, and the reading stops, when the workbench has gone.
        |results| {
            results.into_iter().all(|result| match result {
                Ok((article, items)) => {
                    let sent = send(Feed::Load(LoadEvent::Article(Box::new(article))))
                        && send(Feed::Items {
                            article: index,
                            items,
                        });
                    index += 1;
                    sent
                }
                Err(problem) => send(Feed::Load(LoadEvent::Problem(problem))),
            })
        },
    );
    // Heard by nobody if the workbench has gone.
    send(Feed::Load(LoadEvent::Done));
}

/// Settings from `--config`, or from the platform config file when `use_default` is set.
pub fn settings(args: &OpenArgs, use_default: bool) -> (Settings, Vec<String>) {
    let path = args
        .config
        .clone()
        .or_else(|| use_default.then(config::default_config_path).flatten());
    config::load(path.as_deref())
}
