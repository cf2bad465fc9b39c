//! Building the workbench from the command line: which articles, which settings.

use std::path::PathBuf;

use crate::app::App;
use crate::app::config::{self, Settings};
use crate::corpus::{self, Article, LoadProblem};

use super::OpenArgs;

/// The articles named on the command line: the paths given, the folder of `--project`, or the
/// built-in sample set when nothing is named.
pub fn articles(args: &OpenArgs) -> (Vec<Article>, Vec<LoadProblem>) {
    let mut paths: Vec<PathBuf> = args.paths.clone();
    if let Some(project) = &args.project {
        let folder = project
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        paths.push(folder);
    }
    if paths.is_empty() {
        (corpus::sample_set(), Vec::new())
    } else {
        corpus::load(&paths)
    }
}

/// The workbench for `args`, with `settings` (overridden by `--layout`) and any messages
/// already gathered (config problems).
pub fn app(args: &OpenArgs, mut settings: Settings, messages: Vec<String>) -> App {
    if let Some(order) = args.layout {
        settings.pane_order = order;
    }
    let (articles, problems) = articles(args);
    let mut app = App::new(articles, problems, settings);
    for message in messages {
        app.say(message);
    }
    if app.messages.iter().any(|m| m.contains("config")) {
        app.show_messages = true;
    }
    app
}

/// Settings from `--config`, or from the platform config file when `use_default` is set.
pub fn settings(args: &OpenArgs, use_default: bool) -> (Settings, Vec<String>) {
    let path = args
        .config
        .clone()
        .or_else(|| use_default.then(config::default_config_path).flatten());
    config::load(path.as_deref())
}
