//! The subject of a short clause that a participle of manner closes: `وتابع كيري قائلا` (Kerry
//! went on, saying), `واختتم سوزا حديثه قائلاً` (Souza closed his talk, saying), `ورد كوربين على
//! تصريحات بلير قائلا` (Corbyn answered Blair's remarks, saying). The clause opens with its
//! verb, so the words after it, up to what the verb acts on, name who speaks, even where the
//! article had someone else speak just before. Also the word shapes that say how something
//! was said (a word in the accusative, a participle of manner), which end a speaker phrase.

use super::phrase::told_to;
use super::subject::opens_with_bi;
use super::{Attribution, is_participle};
use crate::extract::names::{formed_as_name, is_title_or_rank};
use crate::extract::words::{
    DEMONSTRATIVES, FIRST_NAME_SET, IN_STOPS, PREPOSITIONS, REFERENCES, clean, folded_clean,
    is_speech_verb, phrase_lists, strip_proclitic,
};
use crate::text::normalize::folded;
use std::borrow::Cow;

/// Verbs, folded, without proclitics, besides the speech verbs, that open a clause a participle
/// of manner closes: going on, closing, answering, commenting, talking.
const OPENING_VERBS: &[&str] = &[
    "تابع",
    "تابعت",
    "استطرد",
    "استطردت",
    "استدرك",
    "استدركت",
    "مضي",
    "مضت",
    "اختتم",
    "اختتمت",
    "ختم",
    "ختمت",
    "رد",
    "ردت",
    "علق",
    "علقت",
    "عقب",
    "عقبت",
    "تحدث",
    "تحدثت",
    "واصل",
    "واصلت",
];

/// The starts, folded, of words for what was said (`حديثه`, his talk; `كلامي`, my words;
/// `تصريحاتها`, her remarks): what the verb acts on, after its subject.
const SAID_STARTS: &[&str] = &["حديث", "كلام", "كلمت", "تصريح", "تغريد", "تعليق"];

/// Words, folded, for what was said that are only so with a pronoun (`بيانه`, his statement;
/// `بيان الهيئة` is the statement itself speaking).
const SAID_THINGS: &[&str] = &[
    "رده",
    "ردها",
    "قوله",
    "قولها",
    "بيانه",
    "بيانها",
    "خطابه",
    "خطابها",
];

/// Words, folded, of quantity (`أحد الشهود`, one of the witnesses; `بعض المواقف`, some of the
/// situations): a subject or what the verb acts on, which the clause does not tell apart.
const QUANTITIES: &[&str] = &["احد", "احدي", "بعض", "كل", "عدد", "معظم", "اغلب", "جميع"];

/// Words, folded, that open a clause before its verb.
const OPENERS: &[&str] = &["ثم", "كما", "قد", "وقد", "فقد", "لقد"];

/// The most words a clause may have before its participle, verb included.
const MOST_WORDS: usize = 8;

/// The most words its subject may have.
const MOST_SUBJECT: usize = 4;

/// Whether a word after the verb `bare` (folded, without its proclitic) ends the subject: a word
/// that ends the phrase after a speech verb (`ان`, `كذلك`, `خلال`), a preposition, the paper or person spoken to (`لـ"سبق"`, `للاعبين`), a demonstrative, what
/// was said, a word in the accusative (`سريعاً`, `مجددا`) or of the verb's own root (`ورد ردا`,
/// he answered an answer), or a verbal noun after `ب` (`بابتسامة`).
fn ends_subject(bare: &str, word: &str, folded: &str) -> bool {
    phrase_lists(folded) & IN_STOPS != 0
        || PREPOSITIONS.contains(&folded)
        || DEMONSTRATIVES.contains(&folded)
        || SAID_THINGS.contains(&folded)
        || SAID_STARTS.iter().any(|start| folded.starts_with(start))
        || folded == "ذلك"
        || told_to(word)
        || folded.starts_with("لل")
        || folded.starts_with("بال")
        || is_accusative(word)
        || is_manner_participle(folded)
        || opens_with_bi(folded)
        || folded.starts_with(bare)
}

/// Whether a folded word ends with a pronoun (`بلاده`, `رئيسها`): not a person named alone.
fn has_pronoun(folded: &str) -> bool {
    ["ه", "ها", "هم", "هما", "كم", "نا"]
        .iter()
        .any(|p| folded.ends_with(p))
}

impl Attribution<'_> {
    /// The subject of the clause `before` holds (a sentence's words up to a participle of
    /// manner): a verb opening it, a speech verb or one of [`OPENING_VERBS`], then its subject
    /// up to what it acts on. A name, a surname (`الخضيري`, `كيري`), a reference or an
    /// honorific is taken; a description without a name is left to the rules that say whom it
    /// describes.
    pub(super) fn subject_of_manner_clause(&mut self, before: &[&str]) -> Option<String> {
        if before.len() > MOST_WORDS {
            return None;
        }
        let opened = before
            .first()
            .is_some_and(|w| OPENERS.contains(&&*folded_clean(w)));
        let (verb, rest) = before[usize::from(opened)..].split_first()?;
        let folded_verb = folded_clean(verb);
        // (`ورد`, and he answered: the proclitic is taken off a verb of two letters too.)
        let bare = match folded_verb.strip_prefix(['و', 'ف']) {
            Some(rest) if rest.chars().count() == 2 => rest,
            _ => strip_proclitic(&folded_verb),
        };
        let opens =
            (is_speech_verb(verb) && !is_participle(&folded_verb)) || OPENING_VERBS.contains(&bare);
        if !opens {
            return None;
        }
        let folds: Vec<Cow<'_, str>> = rest.iter().map(|w| folded_clean(w)).collect();
        let length = rest
            .iter()
            .zip(&folds)
            .position(|(w, f)| ends_subject(bare, clean(w), f))
            .unwrap_or(rest.len());
        let (subject, folds) = (&rest[..length], &folds[..length]);
        // A subject set off by marks, brackets or punctuation is another construction.
        if subject
            .iter()
            .any(|w| w.contains(['،', ',', ':', '«', '»', '"', '“', '”', '(', ')']))
        {
            return None;
        }
        let cue = clean(verb);
        match folds {
            [] => None,
            [first, ..] if QUANTITIES.contains(&&**first) => None,
            [word] => self.surname_of_manner_clause(cue, subject[0], word),
            // A first name, a compound (`عبد الكريم`, `أبو راشد`) or a name formed with `بن`
            // or `آل`.
            [first, ..]
                if FIRST_NAME_SET.contains(first)
                    || matches!(&**first, "عبد" | "ابو" | "ابي")
                    || formed_as_name(folds) =>
            {
                (folds.len() <= MOST_SUBJECT)
                    .then(|| self.speaker_after(cue, &folded(cue), subject))
                    .flatten()
            }
            [first, ..] if is_title_or_rank(first) => {
                if folds.len() > MOST_SUBJECT {
                    return None;
                }
                let found = self.speaker_after(cue, &folded(cue), subject)?;
                let opens_titled = found
                    .split(' ')
                    .next()
                    .is_some_and(|w| is_title_or_rank(&folded(w)));
                (!opens_titled).then_some(found)
            }
            // A surname, then what the verb acts on (`وأكد بلاتر استضافة روسيا`); not a word
            // with the article (`وتابع السياسي السني`, the Sunni politician) or one before a
            // word with it (`اسعد السعود`), which a description or a name may go on from, nor
            // one of two joined by `و` (`كازنوف وماي`).
            [first, second, ..]
                if !first.starts_with("ال")
                    && !second.starts_with("ال")
                    && !second.starts_with('و') =>
            {
                self.surname_of_manner_clause(cue, subject[0], first)
            }
            _ => None,
        }
    }

    /// A subject of one word: the person an honorific (`سموه`) stands for, or a surname
    /// stands for ([`Attribution::surely_named`]), or the word itself where it reads as a
    /// surname: with the article, a family's `ي` (`المالكي`); without it, no title or head of
    /// a description (`مصدر`, `عضو`). A reference (`الوزير`) is left to the other rules.
    fn surname_of_manner_clause(&mut self, cue: &str, word: &str, folded: &str) -> Option<String> {
        if folded.chars().count() <= 2 {
            return None; // `دي` of `دي ماريا`
        }
        // A reference (`الوزير`, `البيان`) is left to the rules that say whom it stands for.
        if REFERENCES.contains(&folded) {
            return None;
        }
        // (An honorific, `سموه`, is resolved by `speaker_after`, and has a pronoun; words
        // said in passing, `عليه`, it passes over.)
        if has_pronoun(folded) {
            let found = self.speaker_after(cue, &crate::text::normalize::folded(cue), &[word])?;
            return found.contains(' ').then_some(found);
        }
        let named = self.surely_named(word);
        if named.contains(' ') {
            return Some(named);
        }
        let surname = if folded.starts_with("ال") {
            folded.ends_with('ي')
        } else {
            !(is_title_or_rank(folded) || HEADS.contains(&folded))
        };
        surname.then_some(named)
    }
}

/// Words, folded, that head a description rather than name someone: a source, a member, an
/// official, a witness, an expert.
const HEADS: &[&str] = &[
    "مصدر",
    "مصادر",
    "عضو",
    "مسوول",
    "شاهد",
    "خبير",
    "مختص",
    "مواطن",
];

/// Whether `word` ends with the accusative's tanween (`ـًا`, `ـاً`, `ـً`): an adverb or a
/// circumstantial word (`متأخرًا`, `تقديرًا`, `مضيفاً`), never a name, which is written
/// without it. Only the written mark is read; folding drops it.
pub(super) fn is_accusative(word: &str) -> bool {
    let word = clean(word);
    let mut last = word.chars().rev();
    matches!(
        (last.next(), last.next()),
        (Some('\u{064B}'), _) | (Some('ا'), Some('\u{064B}'))
    )
}

/// Whether a folded word is an active participle in the accusative, written without its
/// tanween (`مدافعا`, defending; `متسائلا`, wondering; `مستطردا`, going on; `مجددا`, again):
/// `م`, the letters of one of the participle's forms, and `ا`. Like [`is_accusative`], it says
/// how something was said. Words ending in a pronoun (`مقرها`, its seat) and names written so
/// from other languages (`ماركا`, `منغوليا`: a long vowel after `م`, or `يا` at the end) are
/// left out.
pub(super) fn is_manner_participle(folded: &str) -> bool {
    let word = match folded.strip_prefix('و') {
        Some(rest) if rest.chars().count() >= 5 => rest,
        _ => folded,
    };
    let Some(inner) = word.strip_prefix('م').and_then(|w| w.strip_suffix('ا')) else {
        return false;
    };
    let letters: Vec<char> = inner.chars().collect();
    if letters.first().is_none_or(|c| matches!(c, 'ا' | 'ي'))
        || letters.last().is_some_and(|&c| matches!(c, 'ه' | 'ي'))
    {
        return false;
    }
    matches!(
        letters[..],
        [_, _, _] | ['ت', _, _, _] | [_, 'ا', _, _] | ['س', 'ت', _, _, _] | ['ت', _, 'ا', _, _]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists are compared with folded words, so they are written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[
            OPENING_VERBS,
            SAID_STARTS,
            SAID_THINGS,
            QUANTITIES,
            OPENERS,
            HEADS,
        ]);
    }
}
