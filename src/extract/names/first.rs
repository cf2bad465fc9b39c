//! The first name an article writes before a surname, and what is no first name: verbs,
//! particles, words with the article, words said in passing. Also the full names hashtags give.

use crate::extract::words::{
    ACT_SET, FIRST_NAME_SET, NOT_FIRST_NAMES, RESPONSES, SAYINGS, clean, is_cue, is_in_passing,
    is_word_char, strip_proclitic,
};
use crate::text::normalize::{fold, folded};

/// The byte range of the word of `text` holding byte `at` (a character boundary): from the
/// white space before it to the white space after it.
fn word_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (start, at + crate::extract::scan::first_white(&text[at..]))
}

/// The words written just before `surname` where it stands as a word (punctuation around it
/// aside): the candidates for its first name, in text order, each once, at most eight. The
/// surname is found by substring search, so words that are not it cost nothing.
pub(in crate::extract) fn words_before<'t>(text: &'t str, surname: &str) -> Vec<&'t str> {
    let mut out = Vec::new();
    if surname.is_empty() {
        return out;
    }
    // memchr's search (SIMD) rather than std's: every single-word speaker of every article
    // is searched for through the whole article.
    for at in memchr::memmem::find_iter(text.as_bytes(), surname.as_bytes()) {
        let (start, end) = word_around(text, at);
        let word = &text[start..end];
        if clean(word) != surname || !word.starts_with(is_word_char) {
            continue;
        }
        let Some(previous) = text[..start].split_whitespace().next_back() else {
            continue;
        };
        if !out.contains(&previous) {
            out.push(previous);
            if out.len() == 8 {
                break;
            }
        }
    }
    out
}

/// The first name of the son a name of two words (`راشد الزياني`) ends the name of, where the
/// article writes it after `بن` (son of) and a first name: `عبداللطيف بن راشد الزياني` gives
/// `عبداللطيف`. The word an article writes before a surname can be the father's name.
pub(in crate::extract) fn son_named<'t>(text: &'t str, name: &str) -> Option<&'t str> {
    let linked = format!("بن {name}");
    memchr::memmem::find_iter(text.as_bytes(), linked.as_bytes()).find_map(|at| {
        let before = &text[..at];
        let after = &text[at + linked.len()..];
        let whole =
            before.ends_with(char::is_whitespace) && !after.starts_with(|c: char| is_word_char(c));
        let son = before.split_whitespace().next_back()?;
        (whole && is_first_name(son)).then_some(son)
    })
}

/// Every hashtag name of `text` (`#أنتوني_بلينكن` → `أنتوني بلينكن`), with the folded last
/// word it may be referred to by.
pub(in crate::extract) fn hashtag_names(text: &str) -> Vec<(String, String)> {
    let mut names = Vec::new();
    // Searched for with `memchr`'s vector search: most articles hold no `#` at all, and the
    // standard library's character search read them eight bytes at a time.
    for at in memchr::memchr_iter(b'#', text.as_bytes()) {
        let (start, end) = word_around(text, at);
        if names.last().is_some_and(|&(s, _)| s == start) {
            continue; // the same word
        }
        if let Some(tag) = clean(&text[start..end])
            .strip_prefix('#')
            .filter(|t| t.contains('_'))
        {
            names.push((start, tag.replace('_', " ")));
        }
    }
    names
        .into_iter()
        .map(|(_, name)| {
            let last = fold(name.rsplit(' ').next().unwrap_or_default());
            (last, name)
        })
        .collect()
}

/// Whether `word` reads as a verb of the tenth form, or `و` (and) and one (`استعرض`,
/// `واستقل`: no name opens with `است`), or `و` and a verb in the present tense (`ويبيع`,
/// `ويشرح`, `وتعتقد`: `ي` or `ت` and at least three letters more). Names written so open with
/// `ل`, `ن`, `ا` or `و` after `ي` (`ويليام`, `ويندي`, `وياسين`, `ويوسف`) and are kept; a name
/// after `و` that is taken for a verb (`ويحيى`, `وتركي`) is written elsewhere without it.
fn is_verb_not_name(word: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| is_word_char(*c)).count();
    let rest = word.strip_prefix('و').unwrap_or(word);
    if let Some(after) = rest.strip_prefix("است") {
        return letters(after) >= 2;
    }
    if rest.len() == word.len() {
        return false;
    }
    present_tense_shape(rest, &['ل', 'ن', 'ا', 'و'])
}

/// Whether `word` has the shape of a verb in the present tense: `ي` or `ت`, a letter a name
/// does not have there (none of `name_letters`), and at least two letters more.
fn present_tense_shape(word: &str, name_letters: &[char]) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some('ي' | 'ت'), Some(second)) => {
            !name_letters.contains(&second) && chars.filter(|c| is_word_char(*c)).count() >= 2
        }
        _ => false,
    }
}

/// Particles, as written (with their hamza), that a surname can follow in a sentence: `فإن
/// البحر` (then al-Bahr), `لأن`. Without the hamza `فان` is also a name's particle (`فان خال`).
const PARTICLES_BEFORE_NAMES: &[&str] = &[
    "فإن", "وإن", "إن", "أن", "وأن", "لأن", "لكن", "ولكن", "بل", "ثم", "عدا", "سوى", "حتى", "لدى",
];

/// Whether `word`, written before a surname, opens the person's full name: a first name
/// ([`is_first_name`]) that is not a particle, a title or a rank (`قائد نصر`, commander Nasr),
/// nor a word after `ل` with its hamza (`لأوليفيه`, to Olivier).
pub(in crate::extract) fn opens_full_name(word: &str) -> bool {
    let written = clean(word);
    is_first_name(word)
        && !PARTICLES_BEFORE_NAMES.contains(&written)
        // `على`, written so, is the preposition on; Ali is `علي`.
        && written != "على"
        && !written.starts_with("لأ")
        && !written.starts_with("لإ")
        && !crate::extract::names::is_title_or_rank(&folded(written))
}

/// Letters that a first name opening with `ي` or `ت` may have second (`يوسف`, `تيسير`,
/// `يحيى` aside, which is a common name): after any other the word reads as a present tense.
const SECOND_LETTERS_OF_NAMES: &[char] = &['ل', 'ن', 'ا', 'و', 'ي', 'ش'];

/// Whether `word`, as written, has a shape no first name has where a name is looked for
/// before a surname, unless it is a common first name: a verb in the present tense (`يحدد
/// النادي`, the club decides; `تستعين نوكيا`), a word ending with an object pronoun (`نشرته
/// المجموعة`, which the group published; `يستخدمها المستوطنون`; `قدمه المصمم`): `ها`,
/// `هما`, `هم`, `ته`, or `ه` after three letters or more but `يه` (`جوزيه`) and `الله`
/// (`جارالله`), or a noun joined to a preposition: `ب` or `ل` and a noun in `م`, six letters
/// or more in all (`بمنطقة مسندم`, in the region of Musandam; `لمنصور`, to Mansour; `لمياء` is
/// a name). The feminine `ة` is another letter. Some foreign names are lost to it (`تريفور`,
/// `خواجه`), as to [`surely_first_name`].
pub(in crate::extract) fn shaped_as_no_first_name(word: &str) -> bool {
    let written = clean(word);
    let folded = folded(written);
    if is_common_first_name(&folded) {
        return false;
    }
    let letters = written.chars().filter(|c| is_word_char(*c)).count();
    let object = letters >= 4
        && (["ها", "هما", "هم", "ته"]
            .iter()
            .any(|p| written.ends_with(p))
            || (written.ends_with('ه') && !written.ends_with("يه") && !written.ends_with("الله")));
    let after_preposition = folded.chars().count() >= 6
        && folded
            .strip_prefix(['ب', 'ل'])
            .is_some_and(|bare| bare.starts_with('م'));
    object || after_preposition || present_tense_shape(&folded, SECOND_LETTERS_OF_NAMES)
}

/// Whether a folded word is a common first name ([`FIRST_NAME_SET`]) or opens with `عبد` (`عبدالله`,
/// `عبدالرحمن`): a name whatever follows it.
pub(in crate::extract) fn is_common_first_name(folded: &str) -> bool {
    FIRST_NAME_SET.contains(folded) || folded.starts_with("عبد")
}

/// Whether a word the article writes before a surname reads as a first name even to a reader
/// wary of nouns and verbs there: a common first name, `عبد…`, or a word that is neither a
/// feminine or plural noun (`أسرة المطيري`, the family; `معنويات`), a word of four letters or
/// more in the accusative (`شيئا مفاجئا`, something surprising; not `مها`), nor a present tense
/// (`تشرح رودا`, `يتوقف`: `ي` or `ت` and three letters more, the second none a name has
/// there). Foreign names of those shapes (`جوزيه`, `تريفور`) are lost to it.
pub(in crate::extract) fn surely_first_name(word: &str) -> bool {
    let folded = folded(clean(word));
    if is_common_first_name(&folded) {
        return true;
    }
    let present = present_tense_shape(&folded, SECOND_LETTERS_OF_NAMES);
    let accusative = folded.ends_with('ا') && folded.chars().count() >= 4;
    !(present || accusative || folded.ends_with('ه') || folded.ends_with("ات"))
}

/// Whether `word` (as written, punctuation included) can be a first name: plain letters, not a
/// title, a function word, a cue, a verb that takes `بالقول` (`واختتم الحكير`) or opens a
/// sentence on what someone did (`وأبدى الرهيدي`), a word for what was said (`زعم عطوف`), a
/// word passed over between a verb and its subject (`وقالت له بغيظ`), or a word with the
/// article.
pub(in crate::extract) fn is_first_name(word: &str) -> bool {
    if is_verb_not_name(word) {
        return false;
    }
    let first = clean(word);
    if first.is_empty() || word != first || !first.chars().all(is_word_char) {
        return false;
    }
    if first.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let folded = folded(first);
    // With the article, after `ب`, `ل` or `و` too (`بالجدة`, `للشركة`, `والمذيعة`), the rest
    // at least three letters long: not `فالح`, `والتر`, `بالمر`.
    let defined = folded.starts_with("ال")
        || ["بال", "لل", "وال"].iter().any(|p| {
            folded
                .strip_prefix(p)
                .is_some_and(|rest| rest.chars().count() >= 3)
        });
    let bare = strip_proclitic(&folded);
    !(defined
        || NOT_FIRST_NAMES.contains(&&*folded)
        || RESPONSES.contains(&bare)
        || ACT_SET.contains(bare)
        || is_in_passing(&folded)
        || SAYINGS.contains(&&*folded)
        || is_cue(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_told_from_names_that_open_as_they_do() {
        for verb in [
            "ويبيع",
            "ويشرح",
            "وتعتقد",
            "واستعرض",
            "استعرض",
            "أعرب",
            "وأبدى",
            "بالجدة",
        ] {
            assert!(!is_first_name(verb), "{verb}");
        }
        for name in [
            "ويليام",
            "ويندي",
            "وياسين",
            "ويوسف",
            "وليد",
            "فالح",
            "والتر",
            "بالمر",
        ] {
            assert!(is_first_name(name), "{name}");
        }
    }
}
