//! The speaker named after the cue: where the phrase after the verb ends, and the name in it.

use super::bodies::{body_goes_on, continues_body_name};
use super::manner::{is_accusative, is_manner_participle};
use super::phrase::{
    closes_marks, ends_name_with_manner, opens_clause_of_state, source_after_li, spoken_to,
    takes_li, told_to,
};
use super::verb_first::past_demonstrative;
use super::{Attribution, is_participle};
use crate::extract::names::{
    InLeadsOn, LedInto, is_ali, is_common_first_name, is_title_in_any_form, is_title_with_article,
    oversees, secretary_general,
};
use crate::extract::pairs;
use crate::extract::withheld::opens_withholding;
use crate::extract::words::{
    AGE_WORDS, ASIDES, DEMONSTRATIVES, IN_BLESSINGS, IN_BREAKS, IN_MANNER, IN_PREPOSITIONAL,
    IN_STOPS, LAST_OR_NEXT, PERSON_TITLE_SET, PREPOSITIONS, RANKS, REFERENCES, SAYINGS,
    SPOKESMAN_WORDS, TIME_NOUNS, clean, folded_clean, is_according, is_ban_ki_moon, is_in_passing,
    is_speech_verb, is_van, phrase_lists, tidy,
};
use crate::text::normalize::folded;
use std::borrow::Cow;

impl Attribution<'_> {
    /// The speaker named after the cue (`قال وزير الخارجية …`): the phrase up to a word that
    /// ends it (`أن`, a preposition, the paper told, an aside), the name set off by commas in
    /// it, or what [`Attribution::name_in`] makes of it; a reference or the two sides stand for
    /// whom they refer to. `folded_cue` is `cue` folded, as the caller has it.
    pub(super) fn speaker_after(
        &mut self,
        cue: &str,
        folded_cue: &str,
        words: &[&str],
    ) -> Option<String> {
        let source_named = folded_cue.ends_with(" في");
        // `حسب زعم عطوف` (according to Attouf's claim): the source follows what it said.
        let according = || is_according(cue);
        let words = match words.split_first() {
            Some((first, rest)) if SAYINGS.contains(&&*folded_clean(first)) && according() => rest,
            _ => words,
        };
        let source = if takes_li(folded_cue) {
            source_after_li(words)
        } else {
            words.into()
        };
        let words = &*source;
        // `قال له` (said to him), `يقول أيضا` (also says), `علق بدوره` (in turn).
        let passed = words
            .iter()
            .take_while(|w| is_in_passing(&folded_clean(w)))
            .count();
        let words = &words[passed..];
        // The first segment sized for the few words a phrase mostly has before it stops. Beside
        // each segment, its words cleaned and folded as the loop folds them: what is asked of
        // the phrase after the loop, and by `name_in`, is asked of these, not of words folded
        // again.
        let mut segments: Vec<Vec<&str>> = vec![Vec::with_capacity(words.len().min(8))];
        let mut folds: Vec<Vec<Cow<'_, str>>> = vec![Vec::with_capacity(words.len().min(8))];
        // Words of a `told to` phrase still to pass over.
        let mut passing = 0;
        // Whether the phrase opens with a title (`المتحدث`, `مدير`, `المدير`).
        let mut titled = false;
        // Where the name after the country or capital a title serves in stands (`السفير
        // المصري في واشنطن علي شلتوت`): there `علي` is Ali, which `في` led on to.
        let mut served_name = None;
        // Whether the phrase has gone on into a body's name ([`body_goes_on`]).
        let mut in_body_name = false;
        for (k, word) in words.iter().enumerate() {
            if passing > 0 {
                passing -= 1;
                continue;
            }
            // `قال لـ«الاقتصادية» أنس عتيق`: the paper told can come first, the speaker after.
            if told_to(word) && segments[0].is_empty() {
                passing = if *word == "لـ" {
                    1 // the paper is the next word
                } else if word.contains(['«', '“', '”', '"']) {
                    words[k..]
                        .iter()
                        .take(4)
                        .position(|w| closes_marks(w))
                        .unwrap_or(0)
                } else {
                    0
                };
                continue;
            }
            let w = folded_clean(word);
            if word.starts_with(':') && !segments[0].is_empty() {
                break;
            }
            // An age after the name (`محمد الرغاي 72 سنة`, `مارادونا (54 عاما)`).
            let number = !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
            if number
                && words
                    .get(k + 1)
                    .is_some_and(|n| AGE_WORDS.contains(&&*folded_clean(n)))
            {
                break;
            }
            // A title goes on through the country or capital it serves in, and one with the
            // article through a region or city too (`المدير التنفيذي للشؤون الأكاديمية في
            // المدينة الدكتور عبد الناصر باطوق`).
            let led_into = if w == "في" {
                let leads_on = InLeadsOn {
                    regions: titled && folds[0].first().is_some_and(|t| t.starts_with("ال")),
                    countries: titled,
                };
                let next = words.get(k + 1).map(|n| folded_clean(n));
                leads_on.at(&w, next.as_deref(), words.get(k + 2).copied())
            } else {
                None
            };
            if led_into == Some(LedInto::Country) {
                served_name = Some(k + 2);
            }
            // `بيان صادر عن رئاسة الحكومة` (a statement issued by): the issuer is who speaks.
            let issued_by = w == "عن"
                && k > 0
                && matches!(&*folded_clean(words[k - 1]), "صدر" | "صادر" | "صادره");
            // `من جانبه` (for his part), `من جهة أخرى` (on the other hand): an aside.
            let aside = w == "من"
                && words
                    .get(k + 1)
                    .is_some_and(|n| ASIDES.contains(&&*folded_clean(n)));
            // `ابن باز رحمه الله` (may God have mercy on him): a blessing after the name.
            let lists = phrase_lists(&w);
            let blessing = lists & IN_BLESSINGS != 0
                && words.get(k + 1).is_some_and(|n| folded_clean(n) == "الله");
            // `علي بن محمد`, `أحمد بن علي`: Ali, not `على` (on); `آل الشيخ على` is the family
            // name and `على`.
            let ali = w == "علي"
                && (served_name == Some(k) || {
                    let fold_at =
                        |i: Option<usize>| i.and_then(|i| words.get(i)).map(|w| folded_clean(w));
                    is_ali(
                        &w,
                        fold_at(k.checked_sub(1)).as_deref(),
                        fold_at(k.checked_sub(2)).as_deref(),
                        fold_at(Some(k + 1)).as_deref(),
                    )
                });
            // `الوزير ظريف بالتحديات`: a title with the article and a name are the person;
            // what follows is no institution of the title.
            let named = || {
                matches!(folds[0].as_slice(), [title, name]
                    if title.starts_with("ال") && !name.starts_with("ال")
                        && !is_title_in_any_form(name))
            };
            let tie = w.starts_with("لل") || (k > 0 && w.starts_with("بال"));
            // Into a body's name: the tie is part of it (`المديرية العامة للشؤون الصحية`).
            let into_body = tie && segments.len() == 1 && body_goes_on(&folds[0], &w);
            // `المشرف العام على برنامج` (supervising the programme) goes on to the name.
            let over = w == "علي"
                && folds[0].first().is_some_and(|t| oversees(t))
                && words
                    .get(k + 1)
                    .is_some_and(|n| phrase_lists(&folded_clean(n)) & IN_BREAKS == 0);
            let ban = is_ban_ki_moon(word, words.get(k + 1).copied())
                || is_van(
                    k.checked_sub(1).map_or("", |j| words[j]),
                    word,
                    words.get(k + 1).copied(),
                );
            let stop = (lists & IN_STOPS != 0 && !issued_by && !ali && !over && !ban
                || (w == "في" && led_into.is_none()))
                || lists & IN_PREPOSITIONAL != 0
                // (After `المتحدث الرسمي` the name in marks is the body he speaks for.)
                || (told_to(word)
                    && !(k > 0 && SPOKESMAN_WORDS.contains(&&*folded_clean(words[k - 1]))))
                // A title goes on through its institution (`المتحدث الرسمي للإدارة العامة للدفاع
                // المدني بالعاصمة المقدسة الرائد نايف الشريف`) to the name closing it.
                || (tie && (!titled || named()) && !into_body)
                || (in_body_name && !continues_body_name(&w, folds[0].last()))
                // `فالون لهيئة الإذاعة البريطانية` (Fallon to the BBC): the broadcaster or
                // paper spoken to, after a name.
                || (!titled && k > 0 && spoken_to(&w, words.get(k + 1).copied()))
                // `أول من أمس` (the day before yesterday).
                || (w == "اول" && words.get(k + 1).is_some_and(|n| folded_clean(n) == "من"))
                || (w == "صدر" && words.get(k + 1).is_none_or(|n| folded_clean(n) != "عن"))
                // `جورج أوزبورن الشهر الماضي` (last month): a time after the name.
                || (TIME_NOUNS.contains(&&*w)
                    && words
                        .get(k + 1)
                        .is_some_and(|n| LAST_OR_NEXT.contains(&&*folded_clean(n))))
                // `وأضاف رومنيجه دون الكشف` (without revealing); `دون` first or after a title is
                // a name (`دون ريجل`, `السفيرة دون ليبري`).
                || (w == "دون" && k > 0 && !is_title_in_any_form(words[k - 1]))
                // `قال من جديد` (said again), `قال ما يلي` (said the following): no one named.
                || (segments[0].is_empty() && matches!(&*w, "من" | "ما"))
                // `مسؤول أمني طلب عدم نشر اسمه` (who asked that his name not be published).
                || opens_withholding(lists, words.get(k + 1).copied())
                // `فقال عز بهدوء` (Ezz said calmly), `عز بلا حماس` (without enthusiasm), `أحمد
                // الأنصاري وهو يبتسم` (smiling): how it was said, after the name; a phrase of
                // manner first (`وقالوا بصوت واحد`, with one voice) names no one.
                || (!segments[0].is_empty()
                    && ends_name_with_manner(lists, &w, words.get(k + 1).copied()))
                || (segments[0].is_empty() && lists & IN_MANNER != 0);
            // A title goes on through `لدى` to whom it is accredited, and to the name after
            // (`مندوب مصر الدائم لدى الجامعة العربية السفير طارق عادل`); not `لدى` before a
            // noun with a pronoun, when (`لدى سؤاله`, when he was asked).
            let with_pronoun = |n: &str| {
                let n = clean(n);
                ["ه", "ها", "هم"].iter().any(|p| n.ends_with(p))
            };
            let accredited =
                titled && w == "لدي" && words.get(k + 1).is_some_and(|n| !with_pronoun(n));
            let stop = stop && !accredited;
            // `قال متأخرًا` (said late), `وقال الوزير مبتسماً` (said, smiling): a word in the
            // accusative says how it was said, and ends the phrase that names who.
            if stop
                || aside
                || blessing
                || w.is_empty()
                || is_accusative(word)
                || is_manner_participle(&w)
            {
                break;
            }
            in_body_name |= into_body && !titled;
            if segments.len() == 1 && segments[0].is_empty() {
                titled = PERSON_TITLE_SET.contains(&w)
                    || is_title_with_article(&w)
                    || secretary_general(&w, words.get(k + 1).map(|n| folded_clean(n)).as_deref());
            }
            if let (Some(current), Some(current_folds)) = (segments.last_mut(), folds.last_mut()) {
                current.push(word);
                current_folds.push(w);
            }
            if word.ends_with(['،', ',']) {
                segments.push(Vec::new());
                folds.push(Vec::new());
            }
        }
        segments.retain(|s| !s.is_empty());
        folds.retain(|f| !f.is_empty());
        let first = segments.first()?;
        // `قائلا وهو ينصرف` (saying as he left): what the speaker was doing, not who he is.
        if opens_clause_of_state(&folds[0]) {
            return None;
        }
        let tidied = tidy(first);
        // `وقالت هذه المصادر` (these sources said): whoever was speaking, if anyone was.
        if self.previous.is_some()
            && folds[0]
                .first()
                .is_some_and(|w| DEMONSTRATIVES.contains(&&**w))
        {
            return self.previous.clone();
        }
        // The two sides (`الطرفان`): the last pair named.
        if pairs::is_dual_reference(&tidied)
            && let Some(pair) = self.two_sides()
        {
            return Some(pair);
        }
        // A bare reference, perhaps with adjectives (`الصحيفة الأميركية`): the previous speaker,
        // or the reference itself where the article named none before (`وقال المصدر إن`).
        // (Each word of the phrase cleans to something, so the tidied phrase is the phrase
        // cleaned, word for word, and its folds are the loop's.)
        let is_reference = !source_named
            && folds[0].first().is_some_and(|w| REFERENCES.contains(&&**w))
            && folds[0].iter().skip(1).all(|w| w.starts_with("ال"));
        if is_reference {
            return self
                .resolve_reference(tidied[0])
                .or_else(|| Some(tidied.join(" ")));
        }
        // `وقال سموه` (His Highness said): the person the honorific stands for.
        if let [honorific] = folds[0].as_slice()
            && let Some(person) = self.honoured(honorific)
        {
            return Some(person);
        }
        // `description، NAME،`: the name set off by commas. Hebrew puts the name first
        // (`גיל פרידריך, מנכ"ל Avanan,`), so a phrase without Arabic script is left to
        // `name_in`.
        let arabic_script = |w: &&str| w.chars().any(crate::text::in_arabic_block);
        // Not a description (`تريفور فيندلاي، وهو خبير`, and he is an expert) or a phrase with a
        // preposition (`، من جهة أخرى،`).
        if let (Some(second), Some(second_folds)) = (segments.get(1), folds.get(1))
            && (1..=4).contains(&second.len())
            && first.iter().any(arabic_script)
            && !opens_clause_of_state(second_folds)
            && !second_folds.iter().any(|w| PREPOSITIONS.contains(&&**w))
        {
            let (name, name_folds): (Vec<&str>, Vec<&Cow<'_, str>>) = second
                .iter()
                .copied()
                .zip(second_folds)
                .filter(|(_, f)| !RANKS.contains(&&***f))
                .unzip();
            // Only a family name may have the article, after a common first name (`نايف صالح
            // البكري`).
            let family = |last: &Cow<'_, str>, rest: &[&Cow<'_, str>]| {
                rest.iter().all(|f| !f.starts_with("ال"))
                    && (!last.starts_with("ال")
                        || rest.first().is_some_and(|f| is_common_first_name(f)))
            };
            if name.len() >= 2
                && let Some((last, rest)) = name_folds.split_last()
                && family(last, rest)
            {
                let name = tidy(&name).join(" ");
                self.remember(first, &name);
                return Some(name);
            }
        }
        let first_folds = folds.swap_remove(0);
        self.name_in(first, Some(first_folds))
    }

    /// The subject of the last speech verb of `before` (the words of a sentence up to a
    /// participle, which goes on with what that subject said): the few words after the verb,
    /// where a preposition or a comma ends them soon (`كشفت مؤسسة النقد عن`). Where nothing
    /// does, the words run on into the verb's object (`أوضحت الوزارة هذا الأمر`), and no
    /// subject is read.
    pub(super) fn subject_of_verb_before(&mut self, before: &[&str]) -> Option<String> {
        /// The most words a subject read so may have.
        const MOST: usize = 5;
        /// The most after `ذلك`: a title, a rank and a name (`رئيس مجلس إدارة الغرفة
        /// المهندس عبد الله المبطي`).
        const MOST_AFTER_THAT: usize = 10;
        let verb = (0..before.len())
            .rev()
            .find(|&k| is_speech_verb(before[k]) && !is_participle(&folded_clean(before[k])))?;
        let after = &before[verb + 1..];
        // `ذكر ذلك سعد الثويني، …، مبيناً أن` (Saad Al-Thuwaini said so, …, explaining that):
        // the subject comes right after the verb's `ذلك` (that), up to its comma, and may be
        // a title and a name as long as those `speaker_after` reads.
        let past_that = past_demonstrative(after);
        let after_that = past_that.len() < after.len();
        let (after, most) = if after_that {
            (past_that, MOST_AFTER_THAT)
        } else {
            (after, MOST)
        };
        // The subject ends at a comma, `في` or a word that breaks a name, within `most` words
        // after those in passing that open it (`كشف عنه أحد أقارب المعتقلين`, a relative
        // revealed it: `عنه` is passed over, as `speaker_after` passes it). Each word is folded
        // once.
        let mut passed = 0;
        let mut ended = None;
        for (k, w) in after.iter().enumerate() {
            if k > passed + most {
                break;
            }
            let folded = folded_clean(w);
            if k == passed && is_in_passing(&folded) {
                passed += 1;
            } else if w.ends_with(['،', ','])
                || folded == "في"
                || phrase_lists(&folded) & IN_BREAKS != 0
            {
                ended = Some(k);
                break;
            }
        }
        // (After `ذلك` the subject may run to the participle with no comma before it, or the
        // comma written against the participle: `ذكر ذلك سعد الثويني مدير … مبيناً`.)
        let end = match ended {
            Some(end) => end,
            None if after_that && (1..=most + 1).contains(&after.len()) => after.len() - 1,
            None => return None,
        };
        let subject = &after[..=end];
        let cue = clean(before[verb]);
        self.speaker_after(cue, &folded(cue), subject)
    }
}
