//! Bodies whose names run on past where a phrase after a cue would stop: `المديرية العامة
//! للشؤون الصحية بمنطقة عسير` (the general directorate of health affairs in Asir) is one
//! speaker, not `المديرية العامة`. A body after a sentence's verb is also the subject a
//! continuation (`، مشيرة إلى أن`) goes on with, where the two agree.

use super::Attribution;
use super::verb_first::{opens_with_verb, past_demonstrative, past_qad, titled};
use crate::extract::name_lists::{BODY_SET, RANKS};
use crate::extract::names::names_a_place;
use crate::extract::words::{STOP_SET, folded_clean, is_cue, strip_proclitic};
use std::borrow::Cow;

/// Whether a phrase whose words so far are `so_far`, folded, is a body whose name goes on
/// through `tie`, folded, a word with `لل` or `بال`: a general body (`المديرية العامة للشؤون
/// الصحية`, the general directorate of health affairs), a body with an adjective of a nation
/// or field (`المركز الإعلامي للمقاومة`, `الشركة السعودية للكهرباء`), a statement or report of
/// a body (`بيان للديوان الملكي`), and a news agency (`وكالة فارس للأنباء`). (Whom a body spoke
/// to, `للصحفيين`, ends the phrase before this is asked: it is in `PREPOSITIONAL`.)
pub(super) fn body_goes_on(so_far: &[Cow<'_, str>], tie: &str) -> bool {
    match so_far {
        [body, general] if body.starts_with("ال") && matches!(&**general, "العامه" | "العام") => {
            true
        }
        // (Only before `لل`: `بيان الهيئة باللغة الصينية` is a statement in Chinese.)
        [body, adjective] if BODY_SET.contains(body) => {
            tie.starts_with("لل")
                && adjective.starts_with("ال")
                && (adjective.ends_with('ي') || adjective.ends_with("يه"))
        }
        [document] => matches!(&**document, "بيان" | "تقرير") && tie.starts_with("لل"),
        [agency, ..] => matches!(&**agency, "وكاله" | "الوكاله") && tie == "للانباء",
        _ => false,
    }
}

/// Whether a folded word says where a body's domain stands in its name: a region, province or
/// city ([`names_a_place`]: `بمنطقة عسير`, in the region of Asir), or an emirate (`بإمارة
/// منطقة مكة المكرمة`).
fn places_body(folded: &str) -> bool {
    names_a_place(folded) || folded == "باماره"
}

/// Whether a folded word, after `before` (folded), goes on with a body's name that
/// [`body_goes_on`] let the phrase into (`المديرية العامة للشؤون الصحية بمنطقة عسير`): a word with the article, alone or after `ل`,
/// `ب` or `و`; a region and the name after it; `في` and the word after it (what `في` may
/// lead on to is asked as for any phrase); the name after a rank (`المنسق العام للمسابقة
/// الدكتور …`). Anything else (`حالة الطوارئ`, what the body announced) is past it.
pub(super) fn continues_body_name(word: &str, before: Option<&Cow<'_, str>>) -> bool {
    ["ال", "لل", "بال", "وال"]
        .iter()
        .any(|a| word.starts_with(a))
        || places_body(word)
        || word == "في"
        || before.is_some_and(|b| places_body(b) || *b == "في" || RANKS.contains(&&**b))
}

/// Bodies without the article, folded, that speak through a sentence's verb with the word
/// they are of (`وزارة العمل`, `شركة الكهرباء`, `هيئة الطيران المدني`).
const BODY_HEADS: &[&str] = &[
    "وزاره",
    "هييه",
    "شركه",
    "حكومه",
    "اداره",
    "منظمه",
    "موسسه",
    "جمعيه",
    "لجنه",
    "مجلس",
    "وكاله",
    "صحيفه",
    "امانه",
    "مديريه",
    "رياسه",
    "محكمه",
    "اتحاد",
    "نادي",
    "بنك",
    "جامعه",
    "مركز",
    "قياده",
    "سفاره",
    "بلديه",
];

/// Whether a cue, folded, speaks of one woman or of a thing named by a feminine word: a
/// participle in `ة` (`مشيرة`, `قائلة`) or a verb in `ت` (`قالت`, `وأضافت`) does, one without
/// (`مشيرا`, `وقال`) does not; none is said of a plural (`مؤكدين`, `قالوا`).
fn feminine_cue(folded_cue: &str) -> Option<bool> {
    // (Folded, a cue has no tanween: `مشيراً` is `مشيرا`.)
    let bare = strip_proclitic(folded_cue);
    if bare.ends_with("ين") || bare.ends_with("ون") || bare.ends_with("وا") {
        return None;
    }
    Some(bare.ends_with('ه') || bare.ends_with('ت'))
}

impl Attribution<'_> {
    /// A body after the sentence's verb, the subject a continuation goes on with (`حددت وزارة
    /// العمل ضوابط …، مشيرة إلى أن`, the Ministry of Labour set rules …, pointing out that),
    /// where the cue (`folded_cue`) agrees with it: a feminine one (`مشيرة`, `وقالت`) with a
    /// body named by a feminine word (`وزارة`, `الحكومة`), a masculine one (`مشيرا`, `وقال`)
    /// with a masculine (`المجلس`, `الاتحاد`); otherwise it goes on with a person.
    ///
    /// The body is read to where its name ends: one with the article ([`BODY_SET`]) and the
    /// adjectives after it, which end in `ي` or `ة` (`الحكومة الأوكرانية`, `الاتحاد الدولي`),
    /// not what the verb acts on (`اللجنة الإضافات`); one without ([`BODY_HEADS`]) and the word
    /// with the article it is of, and after that adjectives or words tied to it by `لل` (`هيئة
    /// الطيران المدني`, `إدارة التعليم للبنين`; not `وزارة الخارجية المصرية السلطات`), each up
    /// to a time or a relative pronoun (`الحكومة الأمريكية أمس`, `الاتحاد الذي يرأسه`) or a
    /// comma.
    ///
    /// None where the name may go on past that (a tie, a word joined by `و`, a name in marks:
    /// `المرصد السوري لحقوق الإنسان`, `التقرير الحادي والخمسون`, `صحيفة "الديلي ميل"`), where
    /// another speech verb with a subject of its own follows it (`وقالت الجامعة إنها …، وقال
    /// مدير المسجد …، وتابعت`; `إلا أنه قال`), or where it is the bare body and someone spoke
    /// before (`الوزارة` after `وزارة الخارجية الصينية`), whom it most often is.
    pub(super) fn body_after_verb(&mut self, words: &[&str], folded_cue: &str) -> Option<String> {
        let (verb, rest) = past_qad(words).split_first()?;
        // (`أكدت ذلك وزارة الصحة`, the ministry confirmed this: past the demonstrative.)
        let rest = past_demonstrative(rest);
        let head = folded_clean(rest.first()?);
        let with_article = head.starts_with("ال") && BODY_SET.contains(&head);
        if !(with_article || BODY_HEADS.contains(&&*head)) || rest[0].ends_with(['،', ',']) {
            return None;
        }
        let feminine = head.ends_with('ه') || head.ends_with("ات");
        if feminine_cue(folded_cue) != Some(feminine) {
            return None;
        }
        let folded_verb = folded_clean(verb);
        if !opens_with_verb(verb, &folded_verb) {
            return None;
        }
        let mut length = 1;
        for word in &rest[1..] {
            // (`الصحيفة الأميركية «وول ستريت جورنال»`: a name in marks goes on with it.)
            if word.contains(['«', '"', '“', '”']) {
                return None;
            }
            let w = folded_clean(word);
            // (`إل` of `إل جي` folds to the article alone.)
            let defined = w.starts_with("ال") && w.len() > "ال".len();
            let named = if with_article || length > 1 {
                (defined && w.ends_with(['ي', 'ه'])) || (!with_article && w.starts_with("لل"))
            } else {
                defined
            };
            // (`STOP_SET` holds times and the relative pronouns.)
            if !named || STOP_SET.contains(&w) {
                if w.starts_with("وال") || (with_article && w.starts_with('ل')) {
                    return None;
                }
                break;
            }
            length += 1;
            if word.ends_with(['،', ',']) {
                break;
            }
        }
        // (`نفت الشركة مسؤوليتها وأكدت سلامة …، مضيفة`: a verb joined by `و` with no subject
        // of its own goes on with the body.)
        let own_subject = |k: usize| {
            is_cue(rest[k])
                && (!rest[k].starts_with('و')
                    || rest
                        .get(k + 1)
                        .is_some_and(|next| folded_clean(next).starts_with("ال") || titled(next)))
        };
        let bare = length == 1;
        if (bare && (!with_article || self.previous.is_some()))
            || (length..rest.len()).any(own_subject)
        {
            return None;
        }
        self.speaker_after(verb, &folded_verb, &rest[..length])
    }
}
