//! Who a word stands for, when it is not a name: the two sides (`الطرفان`), a bare
//! reference (`المصادر`), the subject of the verb before `بالقول`, the person an honorific
//! stands for (`سموه`), the subject a Persian verb closes; and whether the words after a
//! participle name anyone at all. (The subject a sentence opens with is read in `subject`.)

use super::before::is_as_for;
use super::phrase::closes_marks;
use super::{Attribution, before_spoken};
use crate::extract::names::{is_common_first_name, is_title_in_any_form, name_after_honorific};
use crate::extract::pairs;
use crate::extract::words::{
    PERSIAN_STOPS, PREPOSITIONS, RESPONSES, STOP_SET, TRAILING, clean, folded_clean, is_in_passing,
    is_word_char, strip_proclitic, tidy,
};
use crate::text::normalize::{fold, fold_char, folded, folds_to};

/// The titles, folded, that a person's honorific (folded) answers to: `سموه` to `سمو` and
/// `الأمير`, `معاليه` to `معالي`, … None for God's (`تعالى`, `سبحانه`).
fn titles_of(honorific: &str) -> Option<&'static [&'static str]> {
    Some(match honorific {
        "سموه" | "سموها" => &["سمو", "الامير", "الاميره"],
        "معاليه" | "معاليها" => &["معالي"],
        "سماحته" => &["سماحه"],
        "فضيلته" => &["فضيله"],
        "سعادته" | "سعادتها" => &["سعاده"],
        "جلالته" => &["جلاله", "الملك"],
        "فخامته" => &["فخامه"],
        _ => return None,
    })
}

/// Whether `speaker` can be whom `honorific` (folded) stands for: a person named in two words
/// or more, a prince or a ruler for `سموه` (His Highness), and not God or the Prophet as
/// sermons name them (`الله تعالى`, `رسول الله`, `عليه السلام`), whom they quote between the
/// preacher's words.
fn may_be_honoured(honorific: &str, speaker: &str) -> bool {
    let folded = fold(speaker);
    let has = |words: &[&str]| folded.split(' ').any(|w| words.contains(&w));
    let royal = || has(&["الامير", "الاميره", "امير", "سمو", "ولي", "خادم", "الشيخ"]);
    folded.contains(' ')
        && !has(&["الله", "تعالي", "سبحانه", "رسول", "السلام", "النبي"])
        && (!honorific.starts_with("سمو") || royal())
}

/// Whether the words after a participle (`مؤكداً`, `مشيرا`) may name who speaks. The
/// participle says how the subject of a verb before it spoke, so what follows it is most
/// often what it stresses or points out (`مؤكدا رفض تلك التصريحات`, stressing the rejection
/// of those remarks; `معتبرا إياها`), no speaker. Only an honorific (`مؤكداً سموه أن`), a
/// title or rank (`مبيناً مدير إدارة الدفاع المدني …`), a common first name or one word
/// before a colon (`مبينا الفهد:`) names someone there; elsewhere the speaker is read as
/// for a participle with nothing after it (the subject of the sentence, the speaker before).
pub(super) fn may_name_after_participle(words: &[&str]) -> bool {
    let Some((first, folded)) = words
        .iter()
        .map(|w| (w, folded_clean(w)))
        .find(|(_, folded)| !is_in_passing(folded))
    else {
        return false;
    };
    titles_of(&folded).is_some()
        || is_title_in_any_form(first)
        || is_common_first_name(&folded)
        || (first.ends_with(':') && !folded.is_empty())
}

/// The name in marks that `words` open, cleaned (`“ديلي`, `ميل”` → `ديلي ميل`): the first word
/// opens a quotation mark it does not close, and one of the next three closes it. None where
/// the first word is no such opening.
fn name_in_marks(words: &[&str]) -> Option<String> {
    let (first, rest) = words.split_first()?;
    if !first.starts_with(['“', '«', '"']) || closes_marks(first) {
        return None;
    }
    let last = rest.iter().position(|w| closes_marks(w))?;
    let name: Vec<&str> = std::iter::once(*first)
        .chain(rest[..=last].iter().copied())
        .map(clean)
        .collect();
    Some(name.join(" "))
}

impl Attribution<'_> {
    /// The two sides a dual speaker stands for: the last pair of places named before the
    /// statement (`بغداد وواشنطن`), or else the first one named after it.
    pub(super) fn two_sides(&self) -> Option<String> {
        let (before, after) = self.src.text.split_at_checked(self.cursor)?;
        pairs::last_pair(before).or_else(|| pairs::first_pair(after))
    }

    /// The subject of the verb opening the last clause of `words` (after the last comma before
    /// its end), for `بالقول` (by saying), which is no verb itself: `ردت وزارة الخارجية على ذلك،
    /// بالقول إن` (the ministry answered that by saying) is by `وزارة الخارجية`. Only verbs that
    /// take `بالقول` ([`RESPONSES`]) count, and words such as `بدوره` (in turn) or `عليه` (on
    /// it) between the verb and its subject are passed over.
    pub(super) fn subject_of_last_clause(&mut self, words: &[&str]) -> Option<String> {
        let (_, opening) = words.split_last()?;
        let start = opening
            .iter()
            .rposition(|w| w.ends_with(['،', ',']))
            .map_or(0, |i| i + 1);
        let (verb, rest) = words[start..].split_first()?;
        if !RESPONSES.contains(&strip_proclitic(&folded_clean(verb))) {
            return None;
        }
        self.speaker_after(verb, &folded(verb), before_spoken(rest))
    }

    /// The topic `أما` (as for) sets before a verb joined by `ف` that closes its clause: `أما
    /// بيرنهارد كوفاتش الشريك المؤسس للمبادرة فيقول` (as for Bernhard Kovacs, he says) is by
    /// him. `words` are the sentence's up to the verb; the topic is read as the words after a
    /// verb are, so a topic that is no one (`أما عن الشعر السياسي، فيقول`, as for political
    /// poetry) gives none, nor one that opens with a question or a relative `ما` (`أما كيف
    /// يستطيع المبدع`, `أما عما يشتمل عليه برنامجها`, `أما فيما يخص المؤتمر`).
    pub(super) fn topic_of_amma(
        &mut self,
        cue: &str,
        folded_cue: &str,
        words: &[&str],
    ) -> Option<String> {
        let amma = words.iter().rposition(|w| is_as_for(w))?;
        let topic = &words[amma + 1..];
        let opening = folded_clean(topic.first()?);
        let no_one = matches!(
            &*opening,
            "عما" | "فيما" | "كيف" | "لماذا" | "ماذا" | "متي" | "اين" | "بالنسبه"
        );
        (!no_one)
            .then(|| self.speaker_after(cue, folded_cue, topic))
            .flatten()
    }

    /// The speaker a bare reference (`المصادر`, `الصحيفة`) points to: the previous speaker if
    /// it is of that kind, else the nearest indefinite mention before (`مصادر أميركية`), else
    /// the previous speaker.
    pub(super) fn resolve_reference(&self, reference: &str) -> Option<String> {
        let bare = fold(reference);
        let bare = bare.strip_prefix("ال").unwrap_or(&bare).to_owned();
        let previous_matches = self.previous.as_deref().is_some_and(|p| {
            fold(p.split(' ').next().unwrap_or("")).trim_start_matches("ال") == bare
        });
        if previous_matches || bare.chars().count() < 3 {
            return self.previous.clone();
        }
        // Backwards from the statement, word pairs (noun, adjective), folding only the nouns
        // that can match.
        let mut words = self.src.text[..self.cursor].split_whitespace().rev();
        let Some(mut next) = words.next() else {
            return self.previous.clone();
        };
        let first = bare.chars().next();
        // The words after the adjective, nearest first, for a name in marks (`صحيفة “ديلي
        // ميل”`): the adjective is `later[0]`.
        let mut later = [""; 4];
        for word in words {
            later.rotate_right(1);
            later[0] = next;
            let adjective = next;
            next = word;
            // Nearly every word is ruled out as the noun by its first letter, which cleaning
            // keeps, before it is cleaned, and before its neighbour is.
            if let Some(c) = word.chars().next()
                && is_word_char(c)
                && fold_char(c).is_some_and(|f| Some(f) != first)
            {
                continue;
            }
            let noun = clean(word);
            if !folds_to(noun, &bare) {
                continue;
            }
            let adjective = clean(adjective);
            if adjective.is_empty() {
                continue;
            }
            let folded = fold(adjective);
            // An adjective, not a preposition (`مسؤول في …`).
            let preposition = PREPOSITIONS.contains(&folded.as_str());
            // (`بيان نشرته`, a statement it published, `بيان يوم الأحد`: the statement. A
            // preposition is read on: `مصدر من المقاومة`.)
            if !preposition && TRAILING.contains(&folded.as_str()) {
                return Some(noun.to_owned());
            }
            if !folded.starts_with("ال") && !STOP_SET.contains(&folded) && !preposition {
                let name = name_in_marks(&later).unwrap_or_else(|| adjective.to_owned());
                return Some(format!("{noun} {name}"));
            }
        }
        self.previous.clone()
    }

    /// The person an honorific alone (`سموه`, given folded) stands for: named after the
    /// nearest title before the statement that it answers to (`سمو الأمير خالد الفيصل`,
    /// `سماحة مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ`), in the form the speaker before has
    /// where that is the same person; else the speaker before, where that can be whom it
    /// honours. None for a word that is no person's honorific (God's, `تعالى`, `سبحانه`, answer
    /// to no title).
    pub(super) fn honoured(&self, honorific: &str) -> Option<String> {
        let titles = titles_of(honorific)?;
        match self.named_after_title(titles) {
            Some(name) => Some(self.as_named_before(name)),
            None => self
                .previous
                .clone()
                .filter(|previous| may_be_honoured(honorific, previous)),
        }
    }

    /// `name`, or the previous speaker where it names the same person more fully (`سمو الأمير
    /// خالد الفيصل` for `خالد الفيصل`).
    pub(super) fn as_named_before(&self, name: String) -> String {
        match &self.previous {
            Some(previous) if previous.contains(&name) => previous.clone(),
            _ => name,
        }
    }

    /// The name after the nearest of the last three words before the statement that are one
    /// of `titles` (folded; `وسمو ولي العهد` names no one, the prince named before does), read
    /// in its sentence's first two parts between commas (`…، الشيخ عبدالعزيز آل الشيخ،
    /// المسلمين`).
    fn named_after_title(&self, titles: &[&str]) -> Option<String> {
        let before = self.src.text.get(..self.cursor)?;
        let is_title = |w: &str| titles.iter().any(|title| folds_to(w, title));
        // Most words are ruled out by their first letter, before they are cleaned.
        let may_start = |c: char| {
            !is_word_char(c)
                || c == 'و'
                || fold_char(c).is_some_and(|c| titles.iter().any(|t| t.starts_with(c)))
        };
        let calls_so = |word: &&str| {
            word.chars().next().is_some_and(may_start) && {
                let word = clean(word);
                is_title(word) || word.strip_prefix('و').is_some_and(is_title)
            }
        };
        before
            .split_whitespace()
            .rev()
            .filter(calls_so)
            .take(3)
            .find_map(|word| {
                let at = word.as_ptr() as usize - before.as_ptr() as usize;
                let sentence = self.src.str(at, self.src.sentence_end(at));
                sentence.split(['،', ',']).take(2).find_map(|part| {
                    let words = tidy(&part.split_whitespace().take(24).collect::<Vec<_>>());
                    let folded: Vec<_> = words.iter().map(|w| folded(w)).collect();
                    name_after_honorific(&words, &folded)
                })
            })
    }

    /// The subject of a Persian sentence, which its verb ends: the words it opens with, up to
    /// a preposition, a conjunction or a comma (`مدیرکل اقتصادی بانک مرکزی گفت`); `وی` or
    /// `او` (he, she) is the speaker before.
    pub(super) fn persian_subject(&self, words: &[&str]) -> Option<String> {
        let mut words = words;
        // A dateline opens a story's first sentence: `تهران- ایرنا- مدیرکل … گفت`.
        while let Some((first, rest)) = words.split_first()
            && first.ends_with(['-', '–'])
        {
            words = rest;
        }
        // `به گزارش فارس،` (as Fars reports) is not the subject: it starts after the comma,
        // written against the next word or not (`فارس،«دونالد`).
        let after_source: Vec<&str>;
        if let [to, report, ..] = words
            && folded_clean(to) == "به"
            && folded_clean(report) == "گزارش"
        {
            let comma = words.iter().position(|w| w.contains(['،', ',']))?;
            let (_, attached) = words[comma].split_once(['،', ','])?;
            after_source = std::iter::once(attached)
                .filter(|w| !w.is_empty())
                .chain(words[comma + 1..].iter().copied())
                .collect();
            words = &after_source;
        }
        let first = folded_clean(words.first()?);
        if matches!(&*first, "وي" | "او" | "ايشان") {
            return self.previous.clone();
        }
        let mut subject = Vec::new();
        for word in words {
            if PERSIAN_STOPS.contains(&&*folded_clean(word)) {
                break;
            }
            subject.push(*word);
            if word.ends_with(['،', ',']) || subject.len() > 5 {
                break;
            }
        }
        let subject = tidy(&subject);
        (1..=5).contains(&subject.len()).then(|| subject.join(" "))
    }
}
