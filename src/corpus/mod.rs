//! Articles: reading files in any encoding, splitting paragraphs, telling the story from the
//! page furniture around it, and opening whole folders without letting one bad file stop the
//! rest.

pub mod ahead;
pub mod article;
pub mod batches;
pub mod decode;
pub mod load;
mod read;
pub mod structure;

pub use article::{Article, ParagraphSpan};
pub use batches::read_in_batches;
pub use load::{LoadEvent, LoadProblem, load, load_each, sample_set};
pub use read::ArticleFile;
pub use structure::ParagraphKind;
