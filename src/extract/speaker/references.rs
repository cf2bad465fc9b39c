//! Who a word stands for, when it is not a name: the two sides (`الطرفان`), a bare
//! reference (`المصادر`), the subject of the verb before `بالقول`, the person an honorific
//! stands for (`سموه`), the subject a participle goes on with (`مؤكدا`), the subject a Persian
//! verb closes.

use super::Attribution;
use crate::extract::name_lists::{HONOURED, RANKS};
use crate::extract::names::{is_first_name, name_after_honorific};
use crate::extract::pairs;
use crate::extract::words::{
    PERSIAN_STOPS, PERSON_TITLE_SET, PREPOSITIONS, RESPONSES, SPOKEN, STOP_SET, clean,
    folded_clean, is_cue, is_word_char, strip_proclitic, tidy,
};
use crate::text::normalize::{fold, fold_char, folded, folds_to};
use std::borrow::Cow;

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

/// Whether a folded word is a rank or an honoured title in front of a name (`الدكتور`, `سمو`).
fn is_rank(folded: &str) -> bool {
    RANKS.contains(&folded) || HONOURED.contains(&folded)
}

/// Words, folded, that open what a verb acts on rather than go on with a name: `تلك الإجراءات`
/// (those measures), `عدم تنفيذ` (not carrying out), `بما يوليه` (with what he gives).
const OBJECT_OPENERS: &[&str] = &["هذا", "هذه", "ذلك", "تلك", "هولاء", "عدم", "بما", "ان"];

/// Words, folded, that open a sentence without being its verb: conjunctions, pronouns,
/// negations.
const NOT_VERBS: &[&str] = &[
    "بينما",
    "فيما",
    "كما",
    "اذ",
    "اذا",
    "حيث",
    "لكن",
    "ان",
    "اما",
    "ثم",
    "عندما",
    "بعد",
    "قبل",
    "منذ",
    "هو",
    "هي",
    "هم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "ما",
    "لا",
    "لم",
    "لن",
    "كل",
];

/// Whether a folded word is the preposition `ب` (by, with) before a verbal noun of a derived
/// form (`بانضباط`, `باستقبال`, `بافتتاح`, `بتقديم`), which opens what a verb acts on, not a
/// name (`بندر`, `باراك`, `بترو`). (`بالباحة`, in Al-Baha, may go on with a title.)
fn opens_with_bi(folded: &str) -> bool {
    let Some(rest) = folded.strip_prefix('ب') else {
        return false;
    };
    let letters: Vec<char> = rest.chars().take(4).collect();
    rest.starts_with("ان")
        || rest.starts_with("است")
        || matches!(letters.as_slice(), ['ا', _, 'ت', ..] | ['ت', _, _, 'ي'])
}

/// First names, folded, that start with `و` as `and` does.
const WAW_NAMES: &[&str] = &[
    "وليد", "وايل", "وسام", "وحيد", "وديع", "وجدي", "وهيب", "وفاء", "وضاح",
];

/// Where a person's name starting at `start` in `folded` ends (exclusive): a first name and
/// up to two more (`أشرف لطيف تادرس`), `بن` links each followed by a name, compound names
/// (`عبد العزيز`, `أبو بكر`); it ends with a family name (`آل سعود`) or the first word with the
/// article (`الفيصل`), after the name a `بن` link leads to, or before a word that opens what
/// the verb acts on or a speech verb (`مميش قائلا`); seven words at most.
fn end_of_name(folded: &[Cow<'_, str>], start: usize) -> usize {
    let mut k = start;
    // Names read so far not led to by `بن`, and whether one was.
    let (mut plain, mut linked, mut after_link) = (0, false, false);
    while k < folded.len() && k - start < 7 {
        let word = &*folded[k];
        match word {
            "ال" => return (k + 2).min(folded.len()),
            "بن" | "ابن" | "بنت" => {
                (linked, after_link) = (true, true);
                k += 1;
                continue;
            }
            w if w.starts_with("ال")
                && !PERSON_TITLE_SET.contains(w)
                && !is_rank(w)
                && !PREPOSITIONS.contains(&w)
                && !STOP_SET.contains(w) =>
            {
                return k + 1;
            }
            // A family name after the links (`إيهاب بن حسن أبوركبة`).
            w if linked && !after_link && w.starts_with("ابو") => return k + 1,
            _ => {}
        }
        // `عبدالقادر دعم واهتمام`: a word after `و` (and) joins another noun, not a name.
        let joined = k > start && word.starts_with('و') && !WAW_NAMES.contains(&word);
        let ends = joined
            || OBJECT_OPENERS.contains(&word)
            || PREPOSITIONS.contains(&word)
            || STOP_SET.contains(word)
            || PERSON_TITLE_SET.contains(word)
            || is_cue(word)
            || (!after_link && (linked || plain == 3));
        if ends {
            return k;
        }
        k += if matches!(word, "عبد" | "ابو" | "ابي") {
            2
        } else {
            1
        };
        plain += usize::from(!after_link);
        after_link = false;
    }
    // A link with no name after it (`إبراهيم بن` at the end) is no part of the name.
    k.min(folded.len()) - usize::from(after_link)
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
        // The subject ends at what the verb acts on (`اختتم الحكير حديثه`, ended his talk).
        let length = rest
            .iter()
            .position(|w| SPOKEN.contains(&&*folded_clean(w)))
            .unwrap_or(rest.len());
        self.speaker_after(verb, &folded(verb), &rest[..length])
    }

    /// The subject of the verb opening the sentence, for a participle (`مؤكدا`, `مشيرا`),
    /// which goes on with it: `نفى الدكتور أشرف لطيف تادرس … وجود علاقة …، مشيراً إلى أن` is by
    /// `أشرف لطيف تادرس`. Only a subject that opens with a title or a rank, or a name set off by
    /// a comma (`حمّل سمير جعجع، رئيس حزب …`), is taken. What the verb acts on follows its
    /// subject with nothing between (`افتتح الأمير خالد الفيصل المعرض`), so the subject is cut
    /// where the name ends; a description alone is taken only where no one spoke before. Where
    /// `strict` (a sentence farther off), a name that follows no rank must be formed as one.
    pub(super) fn subject_of_sentence(&mut self, words: &[&str], strict: bool) -> Option<String> {
        // `وقد أشاد` (and he praised): the verb after `قد`.
        let words = match words.split_first() {
            Some((first, rest))
                if matches!(strip_proclitic(&folded_clean(first)), "قد" | "لقد") =>
            {
                rest
            }
            _ => words,
        };
        let (verb, rest) = words.split_first()?;
        // The subject opens with a title or a rank, or is a name set off by a comma after its
        // second or third word (`سمير جعجع،`): most sentences are passed over here.
        let titled = |w: &str| {
            let w = folded_clean(w);
            PERSON_TITLE_SET.contains(&w) || is_rank(&w)
        };
        let first = rest.first()?;
        let titled_first = titled(first);
        let set_off = || rest.iter().take(3).skip(1).any(|w| w.ends_with(['،', ',']));
        if !titled_first && !set_off() {
            return None;
        }
        // A sentence opening with a noun, a preposition, a conjunction or an aside (`من جهته،`)
        // does not open with its verb (`التقى`, met, is a verb despite its first letters).
        let folded_verb = folded_clean(verb);
        let bare = strip_proclitic(&folded_verb);
        let verb_with_al = matches!(bare, "التقي" | "التقت" | "التزم" | "التزمت");
        if (bare.starts_with("ال") && !verb_with_al)
            || PREPOSITIONS.contains(&bare)
            || NOT_VERBS.contains(&bare)
            || verb.ends_with(['،', ','])
        {
            return None;
        }
        // The subject ends at a quotation, a dash or a colon (a byline: `محمد السيد - سبق:`), or
        // its first comma (`وكان الفريق خلفان، جدد هجومه`), within the first sixteen words.
        let rest = &rest[..rest.len().min(16)];
        let length = rest
            .iter()
            .position(|w| w.contains(['«', '"', '“', '”', ':']) || *w == "-")
            .unwrap_or(rest.len());
        let rest = &rest[..length];
        let comma = rest.iter().position(|w| w.ends_with(['،', ',']));
        if let Some(last) = comma
            && (1..=2).contains(&last)
            && rest.get(last + 1).is_some_and(|w| titled(w))
            && is_first_name(first)
        {
            return Some(tidy(&rest[..=last]).join(" "));
        }
        if !titled_first {
            return None;
        }
        let first_part = comma.map_or(rest, |comma| &rest[..=comma]);
        // And before what it spoke or wrote (`اختتم الوزير حديثه`).
        let first_part = first_part
            .iter()
            .position(|w| SPOKEN.contains(&&*folded_clean(w)))
            .map_or(first_part, |spoken| &first_part[..spoken]);
        let tidied = tidy(first_part);
        let folds: Vec<Cow<'_, str>> = tidied.iter().map(|w| folded(w)).collect();
        // The rank is looked for up to a preposition or a word that ends a subject (not in
        // `خلال القمة … في شرم الشيخ`).
        let stop = folds
            .iter()
            .position(|w| PREPOSITIONS.contains(&&**w) || STOP_SET.contains(w))
            .unwrap_or(folds.len());
        // A rank in it (`رئيس المجلس البلدي … المهندس أنور البراك …`): the name after the rank.
        // (Not after an honorific such as `معالي` or `سماحة`, which a title follows: `سماحة
        // مفتي عام المملكة`.)
        let names_follow = |w: &str| RANKS.contains(&w) || matches!(w, "الامير" | "الاميره");
        if let Some(rank) = folds[..stop].iter().position(|w| names_follow(w))
            && let Some(start) = (rank + 1..stop).find(|&k| !is_rank(&folds[k]))
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
        // Else the phrase up to what the verb acts on, where that opens with `ب` (`أشاد رئيس
        // نادي الفتح أحمد الراشد بانضباط لاعبيه`), read as after a speech verb.
        let acted_on = (1..folds.len())
            .find(|&k| opens_with_bi(&folds[k]))
            .unwrap_or(folds.len());
        let found = self.speaker_after(verb, &folded_verb, &tidied[..acted_on])?;
        let words: Vec<&str> = found.split(' ').collect();
        let folded: Vec<Cow<'_, str>> = words.iter().map(|w| folded(w)).collect();
        if !PERSON_TITLE_SET.contains(&folded[0]) && !is_rank(&folded[0]) {
            // The name alone (`أنور البراك عدم تنفيذ …`): up to where it ends; a surname alone
            // where the article has it speak by itself.
            let name = match words.as_slice() {
                [surname] if surname.starts_with("ال") => self.speaks_alone(surname),
                _ => is_first_name(words[0]) && words[0].chars().count() > 2,
            };
            let end = end_of_name(&folded, 0);
            if !name || end == 0 {
                return None;
            }
            // Where `strict`: formed as a name (`بن` links, a family name, a surname with the
            // article), or with a last word the article has speak by itself (`هشام مرسي`,
            // `وقال مرسي`), not a name and what the verb acts on (`عبدالقادر دعم واهتمام`).
            let formed = folded[..end]
                .iter()
                .any(|w| matches!(&**w, "بن" | "ابن" | "بنت" | "ال"))
                || folded[end - 1].starts_with("ال");
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
            .is_some_and(|w| w.starts_with("ال") && !is_rank(w));
        let described = PERSON_TITLE_SET.contains(&folded[0]) && (2..=5).contains(&words.len());
        (described && ends_defined && !runs_on).then_some(found)
    }

    /// For a statement that nothing before gave a speaker: the subject of the nearest of the
    /// three sentences before it that opens with a verb and a person by title, rank or name
    /// (`أكد وزير الإسكان ماجد الحقيل على أهمية الصندوق. وقال: «…»` is by `ماجد الحقيل`).
    pub(super) fn subject_before(&mut self) -> Option<String> {
        let mut end = self.src.sentence_start(self.cursor);
        for _ in 0..3 {
            // Back over the white space and the mark ending the sentence before.
            let before = self.src.str(0, end).trim_end();
            let Some(mark) = before.char_indices().next_back().map(|(i, _)| i) else {
                break;
            };
            let start = self.src.sentence_start(mark);
            // Statements one after another with no speaker ask of the same sentences.
            let found = match self.subjects.iter().find(|(at, _)| *at == start) {
                Some((_, found)) => found.clone(),
                None => {
                    // The subject is read within the first sixteen words after the verb.
                    let words: Vec<&str> = crate::text::words::words_with(
                        self.src.str(start, mark),
                        self.src.spaces_at(start),
                    )
                    .map(|(_, w)| w)
                    .take(18)
                    .collect();
                    let found = self.subject_of_sentence(&words, true);
                    self.subjects.push((start, found.clone()));
                    found
                }
            };
            if found.is_some() {
                return found;
            }
            end = start;
        }
        None
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
        for word in words {
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
            if !folded.starts_with("ال") && !STOP_SET.contains(&folded) && !preposition {
                return Some(format!("{noun} {adjective}"));
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
