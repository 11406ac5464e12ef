//! Presentation: the report as a person reads it, in Chinese or English. `describe_report`
//! turns every section into a title, plain sentences, the id of its chart and a table of display
//! strings, so the page and `report.html` render sections generically and compute nothing;
//! `headline` gives the report's title and per-currency totals line, the same everywhere;
//! `story` chooses the story's cards.
//! Every word comes from the template catalogues of `phrase`, rendered here in one language.

mod describe;
pub mod format;
mod headline;
pub mod html;
mod sections;
pub mod story;

pub use describe::{describe_report, Section, Table};
pub use headline::{headline, Headline, HeadlineLine};
pub use story::{story, story_text, Card, CardChart, CardText, Story, StoryText};

pub use crate::lang::Lang;
