//! Who said it: the speech verb before a statement (its cue) and the speaker it names.
//!
//! Speaker: a hashtag name (`#أنتوني_بلينكن`), a name in marks (`“بلينكن”`), or the description
//! after the cue (`صحيفة (وول ستريت جورنال)` → `صحيفة وول ستريت جورنال`); a name given before
//! the verb between commas (`مستشار الأمن القومي، قاسم الأعرجي، قال`); a continuation verb
//! with no subject, or with a bare reference (`الأخير`, `المسؤول`, `الصحيفة`), keeps the
//! previous speaker. A surname is resolved to the fullest form of the name in the article.

use super::Source;
use crate::text::normalize::fold;

/// Speech verbs, folded, without proclitics (و ف ك ل ب are stripped before comparing).
const VERBS: &[&str] = &[
    "قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "اضاف", "اضافت", "اضافوا", "يضيف", "اكد",
    "اكدت", "اكدوا", "اكدا", "يوكد", "توكد", "اشار", "اشارت", "اشاروا", "لفت", "لفتت", "ذكر",
    "ذكرت", "ذكروا", "ذكرا", "اعلن", "اعلنت", "اعلنوا", "صرح", "صرحت", "تابع", "تابعت", "اردف",
    "اردفت", "بين", "بينت", "شدد", "شددت", "شددا", "نقل", "نقلت", "اوضح", "اوضحت", "رجح", "رجحت",
    "افاد", "افادت", "افادوا", "كشف", "كشفت", "اعتبر", "اعتبرت", "حذر", "حذرت", "دعا", "دعت",
    "نفي", "نفت", "مشيرا", "موكدا", "مضيفا", "مردفا", "موضحا", "لافتا", "معتبرا", "قايلا",
    "متابعا", "بالقول", "حسب", "بحسب", "وفق",
];

/// Words that end the speaker phrase after the cue.
const STOPS: &[&str] = &[
    "ان", "انه", "انها", "انهم", "بان", "الي", "في", "خلال", "مع", "عقب", "امس", "اليوم", "عن",
    "بعد", "قبل", "لدي", "حول", "بشان", "امام", "عبر", "على", "علي", "نقلا", "فان", "فيه",
];

/// Bare references to someone already named.
const REFERENCES: &[&str] = &[
    "الاخير", "الاخيره", "المسوول", "الصحيفه", "البيان", "الوزير", "المتحدث", "الرييس", "الوكاله",
    "المصدر", "المسوولون", "الطرفان", "الجانبان",
];

/// Words before a surname that are titles or function words, not first names.
const NOT_FIRST_NAMES: &[&str] = &[
    "الرييس", "رييس", "اداره", "الوزير", "وزير", "و", "مع", "ان", "الي", "عن", "في", "من", "قال",
    "وقال", "بين", "نظيره", "السيد", "الملك", "الامير", "الشيخ", "حكومه", "ادارة",
];

fn strip_proclitic(word: &str) -> &str {
    for prefix in ["وب", "فب", "ول", "و", "ف", "ك", "ل", "ب"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 3
        {
            return rest;
        }
    }
    word
}

fn clean(word: &str) -> &str {
    word.trim_matches(|c: char| !(c.is_alphanumeric() || c == '#' || c == '_'))
}

fn is_verb(word: &str) -> bool {
    let w = fold(clean(word));
    VERBS.contains(&w.as_str()) || VERBS.contains(&strip_proclitic(&w))
}

/// A speaker phrase with marks, brackets and stray punctuation removed.
fn tidy(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '#' || c == '_')))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Attributes statements in text order, remembering the previous speaker.
pub struct Attribution<'a> {
    src: &'a Source<'a>,
    previous: Option<String>,
    /// Full names seen in the article: hashtags and names in marks of two words or more.
    names: Vec<String>,
}

impl<'a> Attribution<'a> {
    /// Prepares attribution for an article.
    pub fn new(src: &'a Source<'a>) -> Self {
        let mut names = Vec::new();
        for word in src.article.text.split_whitespace() {
            let w = clean(word);
            if let Some(tag) = w.strip_prefix('#')
                && tag.contains('_')
            {
                names.push(tag.replace('_', " "));
            }
        }
        Self {
            src,
            previous: None,
            names,
        }
    }

    /// The fullest form of `name` in the article: a known full name ending with it, or the
    /// word before it where that is a first name.
    fn fullest(&self, name: &str) -> String {
        let folded = fold(name);
        if folded.contains(' ') {
            return name.to_owned();
        }
        if let Some(full) = self
            .names
            .iter()
            .find(|n| fold(n).split(' ').next_back() == Some(folded.as_str()))
        {
            return full.clone();
        }
        let words: Vec<&str> = self.src.article.text.split_whitespace().collect();
        for pair in words.windows(2) {
            let (first, last) = (clean(pair[0]), clean(pair[1]));
            let first_folded = fold(first);
            if fold(last) == folded
                && !first.is_empty()
                && first.chars().all(char::is_alphabetic)
                && !first_folded.starts_with("ال")
                && !NOT_FIRST_NAMES.contains(&first_folded.as_str())
                && !is_verb(first)
                && pair[0] == first
                && pair[1].starts_with(char::is_alphabetic)
            {
                return format!("{first} {last}");
            }
        }
        name.to_owned()
    }

    /// Speaker and cue of the statement whose opening mark (or first word) is at `at`.
    pub fn attribute(&mut self, at: usize) -> (Option<String>, Option<String>) {
        let chars = &self.src.chars;
        // The sentence before the statement, within its paragraph.
        let para = self.src.article.paragraph_at(at);
        let para_start = self.src.article.paragraphs[para].start;
        let mut from = at;
        while from > para_start && !matches!(chars[from - 1], '.' | '!' | '?' | '؟') {
            from -= 1;
        }
        let before: String = chars[from..at].iter().collect();
        let words: Vec<&str> = before.split_whitespace().collect();
        let Some(cue_index) = words.iter().rposition(|w| is_verb(w)) else {
            // No cue: a statement straight after another keeps its speaker.
            return (self.previous.clone(), None);
        };
        let cue = clean(words[cue_index]).to_owned();
        let cue = match words.get(cue_index + 1) {
            Some(&next) if fold(&cue).ends_with("جاء") || fold(clean(next)) == "في" && fold(&cue) == "جاء" => {
                format!("{cue} {}", clean(next))
            }
            _ => cue,
        };
        let speaker = self.speaker_after(&words[cue_index + 1..])
            .or_else(|| self.speaker_before(&words[..cue_index]))
            .or_else(|| self.previous.clone());
        if speaker.is_some() {
            self.previous.clone_from(&speaker);
        }
        (speaker, Some(cue))
    }

    fn speaker_after(&self, words: &[&str]) -> Option<String> {
        let mut phrase: Vec<&str> = Vec::new();
        for (k, word) in words.iter().enumerate() {
            let w = fold(clean(word));
            if let Some(tag) = clean(word).strip_prefix('#')
                && tag.contains('_')
            {
                return Some(tag.replace('_', " "));
            }
            if word.starts_with(['“', '”', '"', '«']) && k == 0 {
                let name = tidy(word);
                return (!name.is_empty()).then(|| self.fullest(&name));
            }
            let stop = STOPS.contains(&w.as_str())
                || word.starts_with(['«', '“', '"', ':'])
                || (k > 0 && w.starts_with(['ب', 'ل']) && !w.starts_with("ال") && phrase.len() >= 2);
            if stop || w.is_empty() {
                break;
            }
            phrase.push(word);
            if word.ends_with(['،', ',', ':']) {
                break;
            }
        }
        let phrase = tidy(&phrase.join(" "));
        if phrase.is_empty() || REFERENCES.contains(&fold(&phrase).as_str()) {
            return None;
        }
        let folded_first = fold(phrase.split(' ').next().unwrap_or(""));
        if REFERENCES.contains(&folded_first.as_str()) && phrase.split(' ').count() <= 2 {
            return None;
        }
        Some(self.fullest(&phrase))
    }

    fn speaker_before(&self, words: &[&str]) -> Option<String> {
        // `X، NAME، قال`: the name set off by commas just before the verb.
        let joined = words.join(" ");
        let parts: Vec<&str> = joined.split('،').map(str::trim).collect();
        if parts.len() >= 3 {
            let name = tidy(parts[parts.len() - 2]);
            if !name.is_empty() && name.split(' ').count() <= 4 {
                return Some(self.fullest(&name));
            }
        }
        None
    }
}
