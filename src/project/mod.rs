//! Review projects: claims, tags and links over a set of articles, kept in a RON file that never
//! loses work. Pure: no terminal here.
//!
//! - [`model`]: the project, its claims, links and codebook;
//! - [`anchor`]: quote selectors and finding claims again in a changed article;
//! - [`store`]: reading and atomically writing the file, and the lock;
//! - [`session`]: a project opened over articles, with undo, redo and autosave;
//! - [`merge`]: two reviews merged, with their agreement (Cohen's kappa);
//! - [`suggest`]: link suggestions by similar wording or equal figures;
//! - [`similar`]: the index that finds those among tens of thousands of articles.

pub mod anchor;
pub mod groups;
pub mod merge;
pub mod model;
pub mod session;
pub mod similar;
pub mod store;
pub mod suggest;

pub use model::{
    Anchoring, ArticleRecord, Claim, ClaimKind, Conflict, Field, Link, Project, Relation, Selector,
    Status, Tag,
};
