//! Who the subject of a sentence is, where a statement has none of its own: the subject a
//! participle goes on with (`، مؤكدا أن`), read after the verb opening its sentence, and the
//! person a sentence before opens with, for a statement nothing before gave a speaker (the
//! lead: `أكد وزير الإسكان … على أهمية …. وقال:`). What a verb that is no speech verb acts on
//! follows its subject with nothing between, so the subject is cut where the name ends.

use super::verb_first::{opens_with_verb, past_demonstrative, past_opening, past_qad, titled};
use super::{Attribution, before_spoken};
use crate::extract::name_lists::RANKS;
use crate::extract::names::{
    ABOUT_ANOTHER, OBJECT_OPENERS, end_of_closing_name, end_of_name, formed_as_name,
    is_common_first_name, is_first_name, is_honoured_rank, is_link, is_name_with_surname,
    is_title_in_any_form, is_title_or_rank, names_a_namesake, surely_first_name,
};
use crate::extract::words::{PERSON_TITLE_SET, PREPOSITIONS, STOP_SET, clean, folded_clean, tidy};
use crate::text::normalize::folded;
use std::borrow::Cow;

/// Whether a folded word is the preposition `ب` (by, with) before a verbal noun of a derived
/// form (`بانضباط`, `باستقبال`, `بافتتاح`, `بتقديم`), which opens what a verb acts on, not a
/// name (`بندر`, `باراك`, `بترو`). (`بالباحة`, in Al-Baha, may go on with a title.)
pub(super) fn opens_with_bi(folded: &str) -> bool {
    let Some(rest) = folded.strip_prefix('ب') else {
        return false;
    };
    let letters: Vec<char> = rest.chars().take(4).collect();
    rest.starts_with("ان")
        || rest.starts_with("است")
        || matches!(letters.as_slice(), ['ا', _, 'ت', ..] | ['ت', _, _, 'ي'])
}

/// A sentence's verb (after `قد`: `وقد أشاد`, and he praised) and the words after it, past a
/// demonstrative it acts on ([`past_demonstrative`]), where the first of those can open a
/// subject that is read: a title or a rank, a name set off by a comma after its second or
/// third word (`سمير جعجع،`), or two words before a title (`فهد المفرج مدير الكرة`). Most
/// sentences are passed over here, from their first five words, before anything else is
/// folded.
fn from_verb<'w, 's>(words: &'w [&'s str]) -> Option<(&'s str, &'w [&'s str])> {
    let (verb, rest) = past_qad(words).split_first()?;
    let rest = past_demonstrative(rest);
    let set_off = rest.iter().take(3).skip(1).any(|w| w.ends_with(['،', ',']));
    (set_off || titled(rest.first()?) || rest.get(2).is_some_and(|w| titled(w)))
        .then_some((*verb, rest))
}

/// The words after a sentence's verb its subject is read in: the first sixteen, up to a
/// quotation, a dash or a colon (a byline: `محمد السيد - سبق:`).
fn subject_span<'w, 's>(rest: &'w [&'s str]) -> &'w [&'s str] {
    let rest = &rest[..rest.len().min(16)];
    let length = rest
        .iter()
        .position(|w| w.contains(['«', '"', '“', '”', ':']) || *w == "-")
        .unwrap_or(rest.len());
    &rest[..length]
}

/// A name before its description, read two ways: one to three words set off by the first
/// comma (`comma`, its word's place) before a title (`حمّل سمير جعجع، رئيس حزب …`), or a common
/// first name and a surname before a title with nothing between (`أشاد فهد المفرج مدير الكرة
/// بالنادي`).
fn name_before_description(rest: &[&str], comma: Option<usize>) -> Option<String> {
    let first = rest.first()?;
    if let Some(last) = comma
        && (1..=2).contains(&last)
        && rest.get(last + 1).is_some_and(|w| titled(w))
        && is_first_name(first)
    {
        return Some(tidy(&rest[..=last]).join(" "));
    }
    let [_, second, third, ..] = rest else {
        return None;
    };
    if !titled(third) {
        return None;
    }
    let (first_folded, second_folded) = (folded_clean(first), folded_clean(second));
    let name = is_common_first_name(&first_folded)
        && (is_first_name(second) || second_folded.starts_with("ال"))
        // (`على`, on, folds as the name `علي`; `بن` leads to a longer name.)
        && ![first, second].iter().any(|w| clean(w) == "على")
        && !is_link(&first_folded)
        && !is_link(&second_folded);
    name.then(|| tidy(&rest[..2]).join(" "))
}

/// A name of one to three words set off by commas after the title that opens a subject
/// (`أعرب المدير العام للفندق، أحمد عنتبلي، عن فخره`, the hotel's general manager, Ahmed
/// Antabli, expressed his pride), the title's comma at `comma`.
/// The name must open with a common first name, and the title run to the comma with no
/// preposition (not `وأشاد الوزير في مؤتمر صحفي مع نظيره، سامح شكري،`, where the name is the
/// counterpart's).
fn name_set_off_after_title(rest: &[&str], comma: Option<usize>) -> Option<String> {
    let comma = comma?;
    let after = &rest[comma + 1..];
    let last = after.iter().take(3).position(|w| w.ends_with(['،', ',']))?;
    let plain_title = || {
        rest[..=comma]
            .iter()
            .all(|w| !PREPOSITIONS.contains(&&*folded_clean(w)))
    };
    (last > 0 && is_common_first_name(&folded_clean(after[0])) && plain_title())
        .then(|| tidy(&after[..=last]).join(" "))
}

impl Attribution<'_> {
    /// The subject of the verb opening the sentence, for a participle (`مؤكدا`, `مشيرا`),
    /// which goes on with it: `نفى الدكتور أشرف لطيف تادرس … وجود علاقة …، مشيراً إلى أن` is by
    /// `أشرف لطيف تادرس`. Only a subject that opens with a title or a rank, a name set off by a
    /// comma (`حمّل سمير جعجع، رئيس حزب …`) or a common first name and a surname before a title
    /// (`أشاد فهد المفرج مدير الكرة`), is taken. What the verb acts on follows its
    /// subject with nothing between (`افتتح الأمير خالد الفيصل المعرض`), so the subject is cut
    /// where the name ends; a description alone is taken only where no one spoke before. Where
    /// `strict` (a sentence farther off), a name that follows no rank must be formed as one.
    ///
    /// The verb is found past what opens the sentence before it ([`past_opening`]: `من جهته،`,
    /// `كما`). The readings are tried in order: a name before its description
    /// ([`name_before_description`]), a name set off by commas after its title
    /// ([`name_set_off_after_title`]), a name after a rank or a title
    /// ([`Self::name_after_title`]), and the phrase after the verb ([`Self::phrase_after_verb`]).
    pub(super) fn subject_of_sentence(&mut self, words: &[&str], strict: bool) -> Option<String> {
        let (verb, rest) = from_verb(past_opening(words))?;
        let titled_first = titled(rest.first()?);
        let folded_verb = folded_clean(verb);
        if !opens_with_verb(verb, &folded_verb) {
            return None;
        }
        let rest = subject_span(rest);
        // The subject also ends at its first comma (`وكان الفريق خلفان، جدد هجومه`).
        let comma = rest.iter().position(|w| w.ends_with(['،', ',']));
        if let Some(name) = name_before_description(rest, comma) {
            return Some(name);
        }
        if !titled_first {
            return None;
        }
        if let Some(name) = name_set_off_after_title(rest, comma) {
            return Some(name);
        }
        let tidied = tidy(before_spoken(comma.map_or(rest, |comma| &rest[..=comma])));
        let folds: Vec<Cow<'_, str>> = tidied.iter().map(|w| folded(w)).collect();
        if let Some(name) = self.name_after_title(&tidied, &folds, strict) {
            return Some(name);
        }
        self.phrase_after_verb(verb, &folded_verb, &tidied, &folds, strict)
    }

    /// The name in a subject that opens with a title (`tidied`, and `folds` the same words
    /// folded), read up to a preposition or a word that ends a subject (not in `خلال القمة … في
    /// شرم الشيخ`): after a rank (`رئيس المجلس البلدي … المهندس أنور البراك …`), or a common
    /// first name after the title and what it is the title of (`أكد محافظ الحرث مبارك بن سحمان
    /// السبيعي استقرار الوضع`), each cut where the name ends.
    fn name_after_title(
        &mut self,
        tidied: &[&str],
        folds: &[Cow<'_, str>],
        strict: bool,
    ) -> Option<String> {
        let stop = folds
            .iter()
            .position(|w| PREPOSITIONS.contains(&&**w) || STOP_SET.contains(w))
            .unwrap_or(folds.len());
        // (Not after an honorific such as `معالي` or `سماحة`, which a title follows: `سماحة
        // مفتي عام المملكة`.)
        let names_follow = |w: &str| RANKS.contains(&w) || matches!(w, "الامير" | "الاميره");
        if let Some(rank) = folds[..stop].iter().position(|w| names_follow(w))
            && let Some(start) = (rank + 1..stop).find(|&k| !is_honoured_rank(&folds[k]))
        {
            let end = end_of_name(&folds[..stop], start);
            if is_first_name(tidied[start]) && end - start >= 2 {
                return Some(tidied[start..end].join(" "));
            }
            // A surname after the rank (`وقدم اللواء السويدي هدايا`): the person the article
            // names more fully. (`الفريق الأول` is the first team, not a general.)
            if end == start + 1 && folds[start].starts_with("ال") && folds[rank] != "الفريق"
            {
                return Some(self.fullest(tidied[start]));
            }
        }
        // The first name is taken where the name ends with a surname. (Not a namesake:
        // `مدينة الملك عبدالله الرياضية`. Not in a sentence farther off, where it named too
        // many who did not speak.)
        if !strict
            && let Some(start) = (1..stop).find(|&k| is_common_first_name(&folds[k]))
            && !folds[..start].iter().any(|w| ABOUT_ANOTHER.contains(&&**w))
            && !names_a_namesake(&folds[start - 1])
        {
            let end = end_of_name(&folds[..stop], start);
            if is_name_with_surname(&folds[start..end]) {
                return Some(tidied[start..end].join(" "));
            }
        }
        None
    }

    /// The subject read as the words after a speech verb are, up to what the verb acts on where
    /// that opens with `ب` (`أشاد رئيس نادي الفتح أحمد الراشد بانضباط لاعبيه`): a name, cut
    /// where it ends, or a description alone.
    fn phrase_after_verb(
        &mut self,
        verb: &str,
        folded_verb: &str,
        tidied: &[&str],
        folds: &[Cow<'_, str>],
        strict: bool,
    ) -> Option<String> {
        let acted_on = (1..folds.len())
            .find(|&k| opens_with_bi(&folds[k]))
            .unwrap_or(folds.len());
        let found = self.speaker_after(verb, folded_verb, &tidied[..acted_on])?;
        let words: Vec<&str> = found.split(' ').collect();
        let folded: Vec<Cow<'_, str>> = words.iter().map(|w| folded(w)).collect();
        if !is_title_or_rank(&folded[0]) {
            // The name alone (`أنور البراك عدم تنفيذ …`): up to where it ends; a surname alone
            // where the article has it speak by itself.
            let name = match words.as_slice() {
                [surname] if surname.starts_with("ال") => self.speaks_alone(surname),
                _ => is_first_name(words[0]) && words[0].chars().count() > 2,
            };
            let end = end_of_closing_name(&words, &folded, 0);
            if !name || end == 0 {
                return None;
            }
            // Where `strict`: formed as a name (`بن` links, a family name, a surname with the
            // article), or with a last word the article has speak by itself (`هشام مرسي`,
            // `وقال مرسي`), not a name and what the verb acts on (`عبدالقادر دعم واهتمام`).
            let formed = formed_as_name(&folded[..end]) || folded[end - 1].starts_with("ال");
            let formed = formed || !strict || self.speaks_alone(words[end - 1]);
            return formed.then(|| words[..end].join(" "));
        }
        // A description alone (`سفير المملكة`, `مدير مكتب وزارة المالية`), if nothing it acts on
        // has run into it: it ends with a word with the article. It most often describes the
        // person named before (`معالي وزير الخارجية` after `عادل الجبير`), whom it leaves be.
        if self.previous.is_some() {
            return None;
        }
        let runs_on = folded.iter().any(|w| OBJECT_OPENERS.contains(&&**w));
        let ends_defined = folded
            .last()
            .is_some_and(|w| w.starts_with("ال") && !is_honoured_rank(w));
        let described = PERSON_TITLE_SET.contains(&folded[0]) && (2..=5).contains(&words.len());
        (described && ends_defined && !runs_on).then_some(found)
    }

    /// A surname alone after the verb opening the sentence, where it names a speaker of the
    /// article so far (`وعبر الموري عن فرحته …، وأضاف قائلا`, and al-Mouri expressed his joy …,
    /// and added, saying): that speaker, as named when he spoke, where that is a name of two to
    /// four words opening with a sure first name and holding no title (not a phrase read wrong
    /// before: `فرحة مورينيو`, Mourinho's joy; `قائد الشرطة المحلية سيف`).
    pub(super) fn surname_after_verb(&self, words: &[&str]) -> Option<String> {
        let (verb, rest) = past_qad(past_opening(words)).split_first()?;
        let surname = rest.first()?;
        if self.speakers.is_empty() || !opens_with_verb(verb, &folded_clean(verb)) {
            return None;
        }
        let name = self.named_only_by_surname(surname)?;
        let words: Vec<&str> = name.split(' ').collect();
        let plain = (2..=4).contains(&words.len())
            && is_first_name(words[0])
            && surely_first_name(words[0])
            && !words.iter().any(|w| is_title_in_any_form(w));
        plain.then_some(name)
    }

    /// For a statement that nothing before gave a speaker: the subject of the nearest of the
    /// three sentences before it that opens with a verb and a person by title, rank or name
    /// (`أكد وزير الإسكان ماجد الحقيل على أهمية الصندوق. وقال: «…»` is by `ماجد الحقيل`, the
    /// name closing the description).
    pub(super) fn subject_before(&mut self) -> Option<String> {
        let mut end = self.src.sentence_start(self.cursor);
        for _ in 0..3 {
            // Back over the white space and the mark ending the sentence before.
            let before = self.src.str(0, end).trim_end();
            let Some(mark) = before.char_indices().next_back().map(|(i, _)| i) else {
                break;
            };
            // Statements one after another with no speaker ask of the same sentences.
            let (start, found) = match self.subjects.iter().find(|(at, _, _)| *at == mark) {
                Some((_, start, found)) => (*start, found.clone()),
                None => {
                    let start = self.src.sentence_start(mark);
                    let words = || {
                        crate::text::words::words_with(
                            self.src.str(start, mark),
                            self.src.spaces_at(start),
                        )
                        .map(|(_, w)| w)
                    };
                    let opening: Vec<&str> = words().take(5).collect();
                    // The subject is read within the first sixteen words after the verb.
                    let found = from_verb(&opening).and_then(|_| {
                        let words: Vec<&str> = words().take(18).collect();
                        self.subject_of_sentence(&words, true)
                    });
                    self.subjects.push((mark, start, found.clone()));
                    (start, found)
                }
            };
            if found.is_some() {
                return found;
            }
            end = start;
        }
        None
    }
}
