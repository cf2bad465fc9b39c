//! Who said it: the speech verb before a statement (its cue) and the speaker it names.
//!
//! The speaker is, in order of preference: a hashtag name (`#أنتوني_بلينكن`); a name in marks
//! (`“بلينكن”`); a name set off by commas after a description (`المتحدث باسم الوزارة، نيد
//! برايس،`); a person's name closing a title (`المتحدثة باسم البيت الأبيض جين ساكي`); the
//! description itself (`صحيفة (وول ستريت جورنال)` → `صحيفة وول ستريت جورنال`). When the
//! subject stands before the verb it is looked for there. `نقل … عن X` gives X, `جاء في X`
//! gives X. A continuation verb with no subject, or with a bare reference (`الأخير`,
//! `المسؤول`, `الصحيفة`), keeps the previous speaker. The two sides (`الطرفان`, `البلدان`, or
//! a dual verb with no subject, `ذكرا`) are the last pair of places named (`pairs`).
//! `بالقول`, `بقوله` (by saying, by his saying) are by the subject of the verb they follow
//! (`ردت الوزارة … بالقول`); after a speech verb, `بقوله` leaves the cue to the verb. An
//! honorific alone (`وقال سموه`) is the person named after the nearest title it answers to
//! (`سمو الأمير …`), else the previous speaker where that can be whom it honours. A participle
//! with no subject of its own (`، مؤكدا أن`), or a verb joined by `و` after a comma (`، وقال:`),
//! goes on with the subject of the verb opening its sentence, where that is a person called by
//! title or rank (the name after them, to its surname), a name set off by a comma, or a first
//! name and surname before a title; a statement nothing before gave a speaker is by
//! the person one of the three sentences before it opens with so (the lead: `أكد وزير الإسكان
//! … على أهمية …. وقال:`). A surname alone is resolved to the fullest form of the name in the
//! article; before its verb, only to a speaker already named so (`لكن فالون صرّح`), and so
//! too after the verb of the sentence a participle goes on with (`وأبدى رانييري رضاه …،
//! قائلا`), where it names one speaker. A phrase that opens a clause rather than a name is no
//! speaker (`opening`).

mod after;
mod before;
mod bodies;
mod delivered;
mod manner;
mod opening;
mod phrase;
mod references;
mod relative;
mod subject;
mod surnames;
mod verb_first;

use super::Source;
use super::names::{
    hashtag_names, name_after_profession, name_after_rank, name_closing_description,
    name_closing_title, name_opening_description,
};
use super::withheld::names_withheld;
use super::words::{
    PARTICIPLES, RANKS, SPOKEN, TRAILING, clean, folded_clean, is_according, is_cue, is_explained,
    is_persian_verb, is_speech_verb, strip_proclitic, tidy,
};
use super::{pairs, reported};
use crate::text::normalize::{fold, folded};
use crate::text::words::Spaces;
use references::may_name_after_participle;
use std::borrow::Cow;

/// Whether a cue, given folded, is `بالقول` or `بقوله` (by saying, by his saying), which say
/// how the subject of the verb before spoke.
fn is_by_saying(folded_cue: &str) -> bool {
    strip_proclitic(folded_cue) == "القول" || is_by_his_saying(folded_cue)
}

/// Whether a cue, given folded, is `بقوله`, `بقولها` or `بقولهم` (by his, her, their saying).
fn is_by_his_saying(folded_cue: &str) -> bool {
    matches!(strip_proclitic(folded_cue), "قوله" | "قولها" | "قولهم")
}

/// Whether a cue, given folded, is a speech verb as a participle (`مضيفاً`, `وموضحا`).
fn is_participle(folded_cue: &str) -> bool {
    PARTICIPLES.contains(&strip_proclitic(folded_cue))
}

/// The words of `text`, part of a paragraph holding `spaces`, collected into a vector sized
/// for them at once: a sentence's words
/// are collected for every statement, and growing the vector a word at a time reallocated it
/// several times each.
fn words_of(text: &str, spaces: Spaces) -> Vec<&str> {
    // Arabic words average five or six letters, two bytes each, and a space.
    let mut words = Vec::with_capacity(text.len() / 8 + 4);
    words.extend(crate::text::words::words_with(text, spaces).map(|(_, w)| w));
    words
}

/// A verb's subject, `words`, cut before what the verb spoke or wrote ([`SPOKEN`]: `اختتم
/// الوزير حديثه`, the minister ended his talk), which follows the subject with nothing between.
fn before_spoken<'w, 's>(words: &'w [&'s str]) -> &'w [&'s str] {
    let length = words
        .iter()
        .position(|w| SPOKEN.contains(&&*folded_clean(w)))
        .unwrap_or(words.len());
    &words[..length]
}

/// Attributes statements in text order, remembering the previous speaker.
pub struct Attribution<'a> {
    src: &'a Source<'a>,
    previous: Option<String>,
    /// Full names from hashtags (`#أنتوني_بلينكن`), after their folded last word.
    names: Vec<(String, String)>,
    /// Where the statement being attributed starts (a byte offset).
    cursor: usize,
    /// Descriptions seen with a name set off by commas (`مستشار الأمن القومي العراقي، قاسم
    /// الأعرجي،`), folded, and that name: the description alone later means the same person.
    described: Vec<(String, String)>,
    /// Surnames already resolved, with their fullest form.
    resolved: Vec<(String, String)>,
    /// Surnames already searched for, with the words written before them ([`words_before`]).
    before: Vec<(String, Vec<&'a str>)>,
    /// Sentences read for the subject they open with ([`Attribution::subject_before`]): where
    /// each ends (its mark) and starts, and that subject.
    subjects: Vec<(usize, usize, Option<String>)>,
    /// The speakers of several words found so far, after their folded last word, for a surname
    /// alone before a verb.
    speakers: Vec<(String, String)>,
}

impl<'a> Attribution<'a> {
    /// Prepares attribution for an article.
    pub fn new(src: &'a Source<'a>) -> Self {
        Self {
            src,
            previous: None,
            names: hashtag_names(&src.article.text),
            cursor: 0,
            described: Vec::new(),
            resolved: Vec::new(),
            before: Vec::new(),
            subjects: Vec::new(),
            speakers: Vec::new(),
        }
    }

    /// The speaker a list of words names, if it names one. `folds`, where the caller has them,
    /// are the words tidied ([`tidy`]) and folded, one for each.
    fn name_in(&mut self, words: &[&str], folds: Option<Vec<Cow<'_, str>>>) -> Option<String> {
        // A hashtag name or a name in marks anywhere in the phrase.
        for word in words.iter().rev() {
            if let Some(tag) = clean(word).strip_prefix('#')
                && tag.contains('_')
            {
                return Some(tag.replace('_', " "));
            }
        }
        let mut tidied = tidy(words);
        let mut folded: Vec<Cow<'_, str>> = match folds {
            Some(folds) if folds.len() == tidied.len() => folds,
            _ => tidied.iter().map(|w| folded(w)).collect(),
        };
        // `حذرت السفارة الأمريكية من أن`: the phrase ran on to a word that ends no name.
        while folded.last().is_some_and(|w| TRAILING.contains(&&**w)) {
            tidied.pop();
            folded.pop();
        }
        if tidied.is_empty() {
            return None;
        }
        if let Some(name) = name_closing_title(&tidied, &folded, |s| self.speaks_alone(s))
            .or_else(|| name_after_rank(&tidied, &folded))
            .or_else(|| name_after_profession(&tidied, &folded))
        {
            return Some(name);
        }
        // `اللواء التركي` (the general al-Turki): the person the article names more fully
        // (`اللواء منصور التركي`), or else the rank and surname as written.
        if let [ranks @ .., last] = folded.as_slice()
            && !ranks.is_empty()
            && ranks.iter().all(|w| RANKS.contains(&&**w))
            && !RANKS.contains(&&**last)
        {
            let surname = &tidied[tidied.len() - 1];
            let full = self.fullest(surname);
            return Some(if full.contains(' ') {
                full
            } else {
                tidied.join(" ")
            });
        }
        let description = folded.join(" ");
        if let Some((_, name)) = self.described.iter().find(|(d, _)| *d == description) {
            return Some(name.clone());
        }
        if tidied.len() == 1 {
            return Some(self.fullest(tidied[0]));
        }
        // `وأضاف آل الشيخ` (Al ash-Sheikh added): the speaker named so far with that family name.
        if let [particle, family] = folded.as_slice()
            && let Some(name) = self.named_by_family_name(particle, family)
        {
            return Some(name);
        }
        name_closing_description(&tidied, &folded)
            .or_else(|| name_opening_description(&tidied, &folded))
            .or_else(|| Some(tidied.join(" ")))
    }

    /// Speaker and cue of the statement at `at` (its opening mark or first word) that ends at
    /// `end` (its closing mark, or the end of its clause).
    pub fn attribute(&mut self, at: usize, end: usize) -> (Option<String>, Option<String>) {
        self.cursor = at;
        let before = self.src.str(self.src.sentence_start(at), at);
        let words = words_of(before, self.src.spaces_at(at));
        // `طالبا عدم ذكر اسمه` (asking that his name not be mentioned): after `عدم` (not), the
        // word is a noun, no cue.
        let negated = |k: usize| k > 0 && folded_clean(words[k - 1]) == "عدم";
        // `رفض ذكر اسمه` (declined to give his name), `رافضاً كشف هويته` (declining to
        // reveal his identity): naming oneself is no statement.
        let naming = |k: usize| names_withheld(words.get(k + 1).copied());
        // `بقوله` (by his saying) is the cue only where no speech verb is: `وأضافت بقولها`,
        // `أوضح المدير … بقوله` are the verb's. One pass back from the statement finds the
        // verb, the `بقوله` nearest the statement, and the first after the verb, where its
        // subject ends.
        let (mut nearest, mut first_after) = (None, None);
        let verb = (0..words.len()).rev().find(|&k| {
            let previous = k.checked_sub(1).map(|j| words[j]);
            // (The clause it reports, for a verb read by where it stands.)
            let explained = || {
                is_explained(words[k], previous)
                    && words[k + 1..].iter().any(|w| reported::opens_clause(w))
            };
            let cue = is_cue(words[k]) || (words[k].ends_with("بين") && explained());
            if !cue || negated(k) || naming(k) {
                return false;
            }
            // (Folding leaves `ق` as it is and makes it of no other letter: a word without
            // one is let through unfolded.)
            if words[k].contains('ق') && is_by_his_saying(&folded_clean(words[k])) {
                nearest.get_or_insert(k);
                first_after = Some(k);
                return false;
            }
            true
        });
        let Some(cue_index) = verb.or(nearest) else {
            return self.attribute_after(end);
        };
        let after_end = first_after
            .filter(|&k| k > cue_index)
            .unwrap_or(words.len());
        let mut after = &words[cue_index + 1..after_end];
        let mut cue = clean(words[cue_index]).to_owned();
        // Folded once: every test of the cue below compares it folded.
        let mut folded_cue = folded(&cue).into_owned();
        if folded_cue.ends_with("جاء")
            && let Some(next) = after.first()
            && folded_clean(next) == "في"
        {
            cue = format!("{cue} {}", clean(next));
            folded_cue.push_str(" في");
            after = &after[1..];
        }
        let before = &words[..cue_index];
        // `بالقول`, `بقوله` (by saying, by his saying): the speaker comes before, never after.
        let by_saying = is_by_saying(&folded_cue);
        let participle = is_participle(&folded_cue);
        // (`وقال`, `فقال`: the proclitic taken off leaves the verb.)
        let joined =
            folded_cue.starts_with(['و', 'ف']) && strip_proclitic(&folded_cue) != folded_cue;
        // `أبدى فهد المفرج سعادته …، وقال:` (expressed his joy …, and said): a verb joined by
        // `و` goes on with its sentence's subject, as a participle does, with a comma before it
        // or none (`وأعرب المدرب يواكيم لوف عن ارتياحه وقال:`).
        let goes_on = participle || (joined && folded_cue.starts_with('و'));
        let named_after = !by_saying && (!participle || may_name_after_participle(after));
        let speaker = named_after
            .then(|| self.speaker_after(&cue, &folded_cue, after))
            .flatten()
            .or_else(|| self.delivered_by(before, after))
            .or_else(|| {
                pairs::is_dual_verb(&folded_cue)
                    .then(|| self.two_sides())
                    .flatten()
            })
            .or_else(|| {
                by_saying
                    .then(|| self.subject_of_last_clause(before))
                    .flatten()
            })
            .or_else(|| {
                (joined && folded_cue.starts_with('ف'))
                    .then(|| self.topic_of_amma(&cue, &folded_cue, before))
                    .flatten()
            })
            .or_else(|| {
                is_persian_verb(&folded_cue)
                    .then(|| self.persian_subject(before))
                    .flatten()
            })
            // Not a description before `بقوله`: its pronoun stands for someone named already.
            .or_else(|| {
                (!is_by_his_saying(&folded_cue))
                    .then(|| self.speaker_before(before, (&cue, &folded_cue), participle, joined))
                    .flatten()
            })
            .or_else(|| {
                participle
                    .then(|| self.subject_of_manner_clause(before))
                    .flatten()
            })
            .or_else(|| self.antecedent_of_relative(before, &folded_cue))
            .or_else(|| {
                goes_on
                    .then(|| {
                        self.body_after_verb(before, &folded_cue)
                            .or_else(|| self.subject_of_sentence(before, false))
                            .or_else(|| self.surname_after_verb(before))
                    })
                    .flatten()
                    .map(|name| self.as_named_before(name))
            })
            .or_else(|| self.previous.clone())
            // `كشفت مؤسسة النقد عن …، مشيرة إلى أن …` (the agency revealed …, pointing out
            // that …): the subject of the sentence's speech verb.
            .or_else(|| {
                participle
                    .then(|| self.subject_of_verb_before(before))
                    .flatten()
            })
            .or_else(|| self.subject_before())
            .and_then(opening::cleared);
        self.said(&speaker);
        (speaker, Some(cue))
    }

    /// A cue after the statement, in the same sentence: `"…"، بحسب ما قال جون كيربي`.
    fn attribute_after(&mut self, end: usize) -> (Option<String>, Option<String>) {
        let from = self.src.after_char(end);
        let after = self.src.str(from, self.src.sentence_end(from).max(from));
        let words = words_of(after, self.src.spaces_at(from));
        // `، قال X` or `بحسب ما قال X` / `وفق X`.
        let found = (0..words.len()).find(|&k| {
            let after_comma = k == 0 && after.trim_start().starts_with(['،', ','])
                || k > 0 && words[k - 1].ends_with(['،', ',']);
            let according = is_according(words[k]);
            (after_comma && is_speech_verb(words[k])) || according
        });
        let Some(mut cue_start) = found else {
            return (self.previous.clone(), None);
        };
        if words[cue_start] == "،" {
            cue_start += 1;
        }
        // `بحسب ما قال`: the cue runs to the verb.
        let mut cue_end = cue_start;
        if !is_speech_verb(words[cue_start])
            && words
                .get(cue_start + 1)
                .is_some_and(|w| folded_clean(w) == "ما")
            && words.get(cue_start + 2).is_some_and(|w| is_speech_verb(w))
        {
            cue_end = cue_start + 2;
        }
        let cue = words[cue_start..=cue_end]
            .iter()
            .map(|w| clean(w))
            .collect::<Vec<_>>()
            .join(" ");
        let cue_index = cue_end;
        // A cue ending with a colon (`، مضيفا: «…»`) opens another statement, not a name.
        let speaker = (!words[cue_index].ends_with(':'))
            .then(|| self.speaker_after(&cue, &folded(&cue), &words[cue_index + 1..]))
            .flatten()
            .or_else(|| self.previous.clone())
            .and_then(opening::cleared);
        self.said(&speaker);
        (speaker, Some(cue))
    }

    /// Takes `speaker`, where there is one, as the previous speaker, and one of several words
    /// as a speaker its surname may stand for later ([`Attribution::named_by_surname`]).
    fn said(&mut self, speaker: &Option<String>) {
        let Some(name) = speaker else { return };
        if let Some((_, last)) = name.rsplit_once(' ')
            && !self.speakers.iter().any(|(_, known)| known == name)
        {
            self.speakers.push((fold(last), name.clone()));
        }
        self.previous.clone_from(speaker);
    }

    fn remember(&mut self, description: &[&str], name: &str) {
        let description = fold(&tidy(description).join(" "));
        let description = description
            .trim_start_matches("وكان ")
            .trim_start_matches("كان ")
            .to_owned();
        if !description.is_empty() {
            self.described.push((description, name.to_owned()));
        }
    }
}
