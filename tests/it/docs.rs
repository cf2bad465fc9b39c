//! The documentation keeps up with the code.

use tahqiq::app::COMMANDS;

use crate::support::root;

#[test]
fn readme_names_every_command() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    for command in COMMANDS {
        let documented = readme.contains(&format!("`{}`", command.name))
            || command.action.article_number().is_some() && readme.contains("`open_1` … `open_9`");
        assert!(documented, "README.md does not document `{}`", command.name);
    }
}

#[test]
fn readme_quick_start_is_the_two_commands() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    assert!(readme.contains("cargo run --release") && readme.contains("cargo test"));
}
