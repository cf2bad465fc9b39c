//! A person's name read out of a description that names them: closing a title (`المتحدث باسم
//! وزارة الخارجية الأمريكية نيد برايس`) or any description (`مدير المعرض أحمد العمري`), or
//! opening it (`باسكال كاميا المدير العام للفندق`).

use super::{
    ABOUT_ANOTHER, BLESSING_SET, INSTITUTIONS, InLeadsOn, PERSON_TITLE_SET, PREPOSITIONS, STOP_SET,
    can_be_surname, clean, end_of_name, formed_as_name, is_ali_at, is_common_first_name,
    is_first_name, is_honoured_rank, is_link, is_title_in_any_form,
    is_title_in_either_form_or_rank, is_title_or_rank, is_title_with_article, is_word_char,
    names_a_namesake, names_a_place, opens_compound, oversees, secretary_general, strip_proclitic,
    surely_first_name, ties_to_place,
};
use crate::extract::words::{FIRST_NAME_SET, ORGANISATIONS};
use std::borrow::Cow;

/// Whether a folded word is a feminine noun after `ل` or `ب` (`لحركة`, `بجامعة`, `بصحة`): a
/// body a description ties to, no part of a name.
fn joins_body(folded: &str) -> bool {
    folded.starts_with(['ب', 'ل']) && folded.ends_with('ه')
}

/// Whether a folded word starts with a letter that may join it to what comes before (`و`,
/// `ب`, `ل`: `ومطاحن`, `لقسم`, `بجهود`) and is no common first name, which it would be whole.
pub(in crate::extract) fn joined_to_particle(folded: &str) -> bool {
    folded.starts_with(['و', 'ب', 'ل']) && !is_common_first_name(folded)
}

/// Whether `word` (folded, `folded`) surely is a first name ([`surely_first_name`]) not
/// [`joined_to_particle`], and no part of a compound (`عبد الله`).
fn plain_first_name(word: &str, folded: &str) -> bool {
    surely_first_name(word) && !joined_to_particle(folded) && !opens_compound(folded)
}

/// A person's name closing a title description (`words`, and `folded` the same words folded):
/// the trailing words that are not adjectives or institutions (`المتحدث باسم وزارة الخارجية
/// الأمريكية نيد برايس` → `نيد برايس`, `المتحدث الرسمي للمركز رأفت الصباغ` → `رأفت الصباغ` where
/// `speaks_alone` says the article has `الصباغ` speak by itself).
pub(in crate::extract) fn name_closing_title(
    words: &[&str],
    folded: &[Cow<'_, str>],
    mut speaks_alone: impl FnMut(&str) -> bool,
) -> Option<String> {
    if !(PERSON_TITLE_SET.contains(folded.first()?)
        || secretary_general(&folded[0], folded.get(1).map(|w| &**w)))
    {
        return None;
    }
    let from = name_start(words, folded, words.len() - closing_len(words, folded))?;
    // `باسم` (in the name of) after a spokesman's title is followed by whom they speak for
    // (`المتحدث باسم حركة فتح`), no name of theirs; after another title it is a first name
    // (`مدير الفريق باسم أبو داود`).
    let from = match from.checked_sub(1).map(|k| &*folded[k]) {
        Some("باسم") if from >= 2 && speaks_for(&folded[from - 2]) => return None,
        Some("باسم") => from - 1,
        _ => from,
    };
    if !(2..=3).contains(&(words.len() - from)) {
        return None;
    }
    surname_closes(words, folded, from, &mut speaks_alone).then(|| words[from..].join(" "))
}

/// Whether a folded word is a spokesman's title or its adjective (`المتحدث`, `متحدثة`,
/// `الناطق`, `الرسمي`, `الإعلامي`), after which `باسم` leads to whom the spokesman speaks for.
fn speaks_for(folded: &str) -> bool {
    let bare = folded.strip_prefix("ال").unwrap_or(folded);
    let bare = bare.strip_suffix('ه').unwrap_or(bare);
    matches!(bare, "متحدث" | "ناطق" | "رسمي" | "اعلامي")
}

/// How many of the last words of a title description can be a name: none an adjective or
/// word with the article but a surname, an institution, a title, a body or place a word is
/// joined to, nor `على` (on, which folds as the name `علي`).
fn closing_len(words: &[&str], folded: &[Cow<'_, str>]) -> usize {
    let mut len = 0;
    for (k, (f, word)) in folded.iter().zip(words).enumerate().rev() {
        // The surname may have the article (`رأفت الصباغ`); no other word of the name has.
        let surname = len == 0 && f.starts_with("ال") && !PERSON_TITLE_SET.contains(f);
        // `لرابطة العالم الإسلامي بجدة عدنان مندورة`: a place or body after `ب` or `ل`
        // before a common first name closes the description.
        let joined_before_name = len > 0
            && f.starts_with(['ب', 'ل'])
            && !is_link(f)
            && !is_common_first_name(f)
            && folded
                .get(k + 1)
                .is_some_and(|next| is_common_first_name(next));
        if joined_before_name
            || joins_body(f)
            || !can_be_surname(f)
            || (f.starts_with("ال") && !surname)
            || ties_to_place(f)
            || f == "باسم"
            // (`المساعد لشؤون فلسطين`: of the affairs of, what the title is over.)
            || f.starts_with("لشوون")
            || f.starts_with("للشوون")
            // (`السفير المصري لدى روما`: whom the ambassador is accredited to.)
            || f == "لدي"
            || clean(word) == "على"
            || INSTITUTIONS.contains(&&**f)
            || PERSON_TITLE_SET.contains(f)
        {
            break;
        }
        len += 1;
    }
    len
}

/// Where the name closing a title description starts, given where the words that can be a
/// name start (`from`): there, or a word later where that word belongs to the description.
/// `None` where a title without the article is followed by no name.
fn name_start(words: &[&str], folded: &[Cow<'_, str>], from: usize) -> Option<usize> {
    let len = words.len() - from;
    // The first word may name the place or body before it, where a common first name follows
    // (`بمدينة عرعر ماجد المطلق`, `بصحة عسير سعيد النقير`), or the king or prince a place is
    // named after (`بجامعة الملك سعود مشعل الوعيل`).
    if len >= 3 && from > 0 {
        let (before, first, next) = (&*folded[from - 1], &*folded[from], &*folded[from + 1]);
        let names_what_is_before = ((names_a_place(before) || joins_body(before))
            && !is_common_first_name(first)
            && is_common_first_name(next))
            || (names_a_namesake(before) && !is_link(next) && is_first_name(words[from + 1]));
        if names_what_is_before {
            return Some(from + 1);
        }
    }
    // A title without the article or a pronoun (`مدربه لوران بلان`, his coach) is followed by
    // what it is the title of or by an adjective (`مدير مطار بلاكبوش`, `مسؤولة عسكرية
    // إسرائيلية`), not by the name. That word is left to the description, and the two words
    // after it are the name only where they read as a first name and a surname (`مدرب بنما
    // داريو غوميز`): not after a company, a club or another body, whose name they are (`رئيس
    // شركة إكسون موبيل`), not opening with another adjective (`مسؤول دفاع أميركي كبير`), and
    // not where three words follow it, a place and a name (`مدير مطار عدن طارق عبده`, which
    // the rule for any description reads).
    if from == 1 && !folded[0].starts_with("ال") && !clean(words[0]).ends_with('ه') {
        if len != 3 {
            return None;
        }
        let (of, first) = (&*folded[1], &*folded[2]);
        let adjective = first.ends_with('ي') && !is_common_first_name(first);
        if ORGANISATIONS.contains(&of)
            // (`مدير عام جمرك سلوى`: the title goes on.)
            || matches!(of, "عام" | "عامه")
            || adjective
            || !surely_first_name(words[2])
            || folded[2..].iter().any(|w| w.chars().count() < 2)
        {
            return None;
        }
        return Some(2);
    }
    Some(from)
}

/// Whether the last word closes the name from word `from` of a title description: one without
/// the article does. A surname with the article does only where the article has it speak by itself (`وأضاف الصباغ`), after a first name:
/// otherwise the words are the end of the description (`بوزارة الداخلية`, `رئيس وزراء اليمن`,
/// `مدير عام التعليم`). Or where the institution before it ends with a word with the article
/// and the two words read as a first name and a family name: the first surely a first name,
/// and the family name an adjective in `ي` or the first name a common one (`عضو اتحاد القدم
/// سياف المعاوي`, not `المكلفة شؤون الإرهاب`); unless the word before is a rank or honorific, a
/// king, a prince, a sheikh or an imam a place may be named after (`مستشفى الملك فهد
/// الجامعي`), `آل` or the end of a compound first name (`عبد الله نايف المريبض`).
fn surname_closes(
    words: &[&str],
    folded: &[Cow<'_, str>],
    from: usize,
    speaks_alone: &mut impl FnMut(&str) -> bool,
) -> bool {
    let surname = &folded[words.len() - 1];
    if !surname.starts_with("ال") {
        return true;
    }
    let bare = strip_proclitic(&folded[from]);
    let before = from.checked_sub(1).map_or("", |b| &*folded[b]);
    let after_institution = words.len() - from == 2
        && before.starts_with("ال")
        && !matches!(before, "ال" | "الله" | "الامام")
        && !is_honoured_rank(before)
        && plain_first_name(words[from], &folded[from])
        && (surname.ends_with('ي') || is_common_first_name(&folded[from]));
    is_first_name(words[from])
        && !bare.starts_with("ال")
        && !INSTITUTIONS.contains(&bare)
        && can_be_surname(surname)
        && (after_institution || speaks_alone(words[words.len() - 1]))
}

/// The person's name closing a description no other rule read a name from (`words`, and
/// `folded` the same words folded): `مدير المعرض أحمد العمري` → `أحمد العمري`, `المتحدث
/// الرسمي لمركز الملك سلمان للإغاثة … رأفت الصباغ` → `رأفت الصباغ`. The description opens
/// with a title or a rank; the name opens with a common first name ([`FIRST_NAMES`]) or `عبد`
/// and runs to the end, two to six words of names, links and a surname, nothing tying it to
/// a place or an institution. Not after a preposition or a word for someone else (`شقيق`),
/// where the name is not the speaker's.
pub(in crate::extract) fn name_closing_description(
    words: &[&str],
    folded: &[Cow<'_, str>],
) -> Option<String> {
    let titled = is_title_in_either_form_or_rank;
    if !folded
        .first()
        .is_some_and(|w| titled(w) || secretary_general(w, folded.get(1).map(|w| &**w)))
    {
        return None;
    }
    let len = folded.len();
    let belongs = |w: &Cow<'_, str>| {
        !(titled(w)
            || ties_to_place(w)
            || PREPOSITIONS.contains(&&**w)
            || STOP_SET.contains(w)
            || BLESSING_SET.contains(w))
    };
    for p in 1..len.saturating_sub(1) {
        let w = &*folded[p];
        // (`في منطقة عسير`, in the region of Asir, places the description, and a name may
        // follow.)
        let next = folded.get(p + 1).map(|n| &**n);
        let placed = InLeadsOn::ANYWHERE
            .at(w, next, words.get(p + 2).copied())
            .is_some()
            || (w == "علي" && oversees(&folded[0]));
        // (`وليد بن علي الجلال`: `علي` after a link is Ali, no preposition.)
        let ali = is_ali_at(folded, p, 0);
        if (PREPOSITIONS.contains(&w) && !placed && !ali) || ABOUT_ANOTHER.contains(&w) {
            return None;
        }
        // After `بن` (son of) a name is the father's, after `بني` or `آل` a tribe's or a
        // family's (`بني مالك`, `آل فاطمة`); after
        // `الملك` (king) it may name an airport or a university (`مطار الملك عبدالعزيز`).
        let previous = &*folded[p - 1];
        let after_link = is_link(previous) || matches!(previous, "بني" | "الملك" | "ال");
        let opens = w == "عبد" || FIRST_NAME_SET.contains(w);
        if !opens || after_link || !(2..=6).contains(&(len - p)) {
            continue;
        }
        // Without `بن` or `آل`, a first name and two more names at most, a compound (`عبد
        // الرحمن`, `أبو مازن`) counting as one.
        let compounds = folded[p..len - 1]
            .iter()
            .filter(|w| opens_compound(w))
            .count();
        let few = len - p - compounds <= 3;
        if (few || formed_as_name(&folded[p..]))
            && end_of_closing_name(words, folded, p) == len
            && can_be_surname(&folded[len - 1])
            && folded[p..].iter().all(|w| w.chars().all(is_word_char))
            && (p + 1..len).all(|i| belongs(&folded[i]) || is_ali_at(folded, i, 0))
        {
            return Some(words[p..].join(" "));
        }
    }
    None
}

/// Whether `word` (folded, `folded`) reads as a family name closing a name: a word read as a
/// name ([`surely_first_name`]: not a verb or a noun such as `شكره`) or written with a closing
/// `ة` and no joined letter (`علي بن موسى زعلة`: after a name's links, where the phrase ends,
/// a feminine noun is not written so), not joined by `و` (`وبين`), that can be a surname, and
/// with the article only as a family's adjective in `ي` (`الرويلي`, not `الاحتفال`).
fn family_name(word: &str, folded: &str) -> bool {
    let in_ta_marbuta = || {
        let written = clean(word);
        written.ends_with('ة') && !written.starts_with(['ب', 'ل', 'ك', 'ف'])
    };
    (surely_first_name(word) || in_ta_marbuta())
        && !folded.starts_with('و')
        && can_be_surname(folded)
        && (!folded.starts_with("ال") || folded.ends_with('ي'))
}

/// Where a person's name starting at `start` in `words` (and `folded`, the same words folded)
/// ends, the phrase ending with it: [`end_of_name`], or one word further where that last word
/// is a family name after the name's links (`خالد بن محمد بووشل`, `سعد آل سحيم الأسمري`,
/// `حسين بن الراوي الرويلي`).
pub(in crate::extract) fn end_of_closing_name(
    words: &[&str],
    folded: &[Cow<'_, str>],
    start: usize,
) -> usize {
    let end = end_of_name(folded, start);
    let family = end > start
        && end + 1 == folded.len()
        && formed_as_name(&folded[start..end])
        && !is_link(&folded[end - 1])
        && family_name(words[end], &folded[end]);
    end + usize::from(family)
}

/// A person's name opening a description of them (`words`, and `folded` the same words folded):
/// the two or three words before the first title, `وهو` or `أحد` (`باسكال كاميا المدير العام
/// للفندق`, `محمد الشميمري المستشار المالي`, `فرج اقعيم وهو قائد ميداني`, `فهد الذياب أحد أشهر
/// الدلالين`), or up to six before a title where a first name has a link to the father's name
/// (`سعيد بن علي البسامي رئيس لجنة النقل`); where none is a title, a rank, an institution or a
/// preposition, the first no body (`مصادر أمنية مسؤولة`), and only a surname after a first name
/// has the article; and no name closes the description (`أمين منطقة تبوك رئيس اللجنة محمد بن
/// عبدالهادي العمري`). As the guidelines ask, the name is the speaker, not its description.
pub(in crate::extract) fn name_opening_description(
    words: &[&str],
    folded: &[Cow<'_, str>],
) -> Option<String> {
    let title = folded
        .iter()
        .position(|w| is_title_with_article(w) || matches!(&**w, "وهو" | "وهي" | "احد" | "احدي"))?;
    // (`لمركز الملك سلمان`, `جامعة الملك سعود`: a king or prince an institution is named
    // after names no one.)
    let named_for = |i: usize| {
        let Some(before) = i.checked_sub(1).map(|j| &folded[j]) else {
            return false;
        };
        matches!(&*folded[i], "الملك" | "الامير")
            && (before.starts_with(['ل', 'ب']) || ORGANISATIONS.contains(&strip_proclitic(before)))
    };
    let named_after = (title..folded.len())
        .any(|i| is_link(&folded[i]) || (is_honoured_rank(&folded[i]) && !named_for(i)));
    // A name of more words has a link to a father's name (`سعيد بن علي البسامي`).
    // (Not before `أحد` or `وهو`: `أسامة بن لادن لمراسل إحدى المحطات`, to a reporter of one
    // of the channels.)
    let linked = || {
        folded[1..title].iter().any(|w| is_link(w))
            && is_first_name(words[0])
            && is_title_with_article(&folded[title])
    };
    let sized = (2..=3).contains(&title) || ((4..=6).contains(&title) && linked());
    if !sized || named_after || !can_be_surname(&folded[0]) {
        return None;
    }
    let plain = |(i, w): (usize, &Cow<'_, str>)| {
        !(is_title_or_rank(w)
            || is_title_in_any_form(w)
            || INSTITUTIONS.contains(&&**w)
            || ties_to_place(w)
            || PREPOSITIONS.contains(&&**w)
            || STOP_SET.contains(w)
            // For (`متحدث باسم`), but first it is Basem (`باسم مؤمنة رئيس مجلس إدارة`).
            || (i > 0 && &**w == "باسم")
            // Regarding, a region or city (`أمين منطقة جازان`, the region's mayor), told, a
            // club (`عضو نادي أحد`, of the Ohud club).
            || matches!(
                &**w,
                "بخصوص" | "منطقه" | "محافظه" | "مدينه" | "ابلغ" | "نادي"
            )
            || w.chars().any(|c| !is_word_char(c)))
    };
    let surname = title - 1;
    let articles_fit = folded[..title]
        .iter()
        .enumerate()
        .all(|(i, w)| !w.starts_with("ال") || (i == surname && is_first_name(words[0])));
    // (`فان` as written, without the hamza of `فإن`, inside a name is Van: `لويس فان جال
    // المدير الفني`; `علي` after `بن` is Ali: `سعيد بن علي البسامي`.)
    let fits = |(i, (w, written)): (usize, (&Cow<'_, str>, &&str))| {
        plain((i, w)) || *written == "فان" || is_ali_at(&folded[..title], i, 0)
    };
    (articles_fit && folded[..title].iter().zip(words).enumerate().all(fits))
        .then(|| words[..title].join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::folded;

    #[test]
    fn a_closing_name_takes_a_family_name_after_its_links_and_nothing_else() {
        for (words, name) in [
            ("خالد بن محمد بووشل", "خالد بن محمد بووشل"),
            ("سعد آل سحيم الأسمري", "سعد آل سحيم الأسمري"),
            ("حسين بن الراوي الرويلي", "حسين بن الراوي الرويلي"),
            // A verb joined by `و`, a noun, a noun with the article: no family name.
            ("محمد بن عبدالله وبين", "محمد بن عبدالله"),
            ("فيصل بن سلمان شكره", "فيصل بن سلمان"),
            ("محمد بن عبد الله العساف الاحتفال", "محمد بن عبد الله العساف"),
            // Without links, a name ends where `end_of_name` ends it.
            ("عبدالقادر دعم", "عبدالقادر دعم"),
            ("أنور البراك عدم", "أنور البراك"),
        ] {
            let words: Vec<&str> = words.split(' ').collect();
            let folds: Vec<Cow<'_, str>> = words.iter().map(|w| folded(w)).collect();
            let end = end_of_closing_name(&words, &folds, 0);
            assert_eq!(words[..end].join(" "), name);
        }
    }

    #[test]
    fn of_the_affairs_of_belongs_to_the_title_not_to_a_name_closing_it() {
        let closing = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let folds: Vec<Cow<'_, str>> = words.iter().map(|w| folded(w)).collect();
            name_closing_title(&words, &folds, |_| false)
        };
        assert_eq!(closing("الأمين العام المساعد لشؤون فلسطين"), None);
        assert_eq!(closing("المساعد للشؤون السياسية"), None);
    }
}
