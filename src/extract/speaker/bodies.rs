//! Bodies whose names run on past where a phrase after a cue would stop: `المديرية العامة
//! للشؤون الصحية بمنطقة عسير` (the general directorate of health affairs in Asir) is one
//! speaker, not `المديرية العامة`.

use crate::extract::name_lists::{BODY_SET, RANKS};
use crate::extract::names::names_a_place;
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
