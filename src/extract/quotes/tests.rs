//! Quotation spans across mark styles, names in marks, unclosed marks and marks inside marks.

use super::*;
use crate::corpus::Article;

/// The quotations of a text written with the expected spans marked `[…]`: returns the
/// text without brackets and the marked spans, to compare with what is found.
fn marked(annotated: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut current: Option<String> = None;
    for c in annotated.chars() {
        match c {
            '[' => current = Some(String::new()),
            ']' => spans.extend(current.take()),
            c => {
                text.push(c);
                if let Some(span) = &mut current {
                    span.push(c);
                }
            }
        }
    }
    (text, spans)
}

fn check(annotated: &str) {
    let (text, expected) = marked(annotated);
    let article = Article::new("t.txt".into(), None, text.clone(), "UTF-8", text.len());
    let src = Source::new(&article);
    let found: Vec<String> = find(&src)
        .into_iter()
        .map(|q| src.str(q.start, q.end).to_owned())
        .collect();
    assert_eq!(found, expected, "{annotated}");
}

#[test]
fn the_mark_test_agrees_with_the_closers() {
    for c in '\0'..='\u{3000}' {
        assert_eq!(is_mark(c), !closers(c).is_empty(), "U+{:04X}", c as u32);
    }
}

#[test]
fn every_mark_style() {
    check("قال: «[الشراكة مع العراق مستمرة]».");
    check("وأضاف “[نحن ملتزمون بحماية البعثات]”.");
    check("وقال إن \"[البلدين شددا على الأمر]\".");
    check("قال „[هذا مثال بعلامات ألمانية]“ ثم غادر");
    check("قال ‹[هذا مثال آخر مهم]› ثم غادر");
    check("אמר ״[זה ציטוט בעברית מלא]״ אתמול");
}

#[test]
fn broken_pairs() {
    check("وقال ”[هذا قول بعلامة مقلوبة]” ثم");
    check("ويوجد “[شاهين 2 في الجامعة الآن]″ اليوم");
}

#[test]
fn short_quotes_names_and_titles_are_not_statements() {
    check("تنظيم “داعش” وقال “بلينكن” كلاما.");
    check("قالت صحيفة \"وول ستريت جورنال\" أمس");
    check("أعلنت «منظمة الصحة العالمية» اليوم");
    check("ونقلت لصحيفة «الشرق الأوسط الدولية» خبرا");
    check("فوفقا لعضو من «الجماعة الليبية الإسلامية المقاتلة» في أفغانستان");
    check("وقال إن «[تنظيم داعش ليس له علاقة بالإسلام]» مؤكدا");
}

#[test]
fn a_mark_with_a_space_after_it_opens_only_after_a_colon() {
    check("وقال: \" [أريد أن أؤكد أن الفريق سيعود] \".");
    check("وقال :\" [أريد أن أؤكد أن الفريق سيعود]\" ثم");
    check("وقال: « [المكان يعكس الماضي الجميل]» ثم");
    // Elsewhere it is a closing mark as often as an opening one.
    check("قال \" هنا كلام طويل بلا علامة فتح \" ثم");
    // One never closed ends before the next that opens.
    check("وخص \"التعليم\": \" فيما يخصها المقررات. وبينت: \"[والآن في ظل التغييرات]\".");
}

#[test]
fn partial_quotation_after_a_proclitic() {
    check("انضم إلى المحادثات لـ\"[إعادة تأكيد التزامه الكامل]\" بالأمن");
}

#[test]
fn a_quotation_may_run_over_a_paragraph_break() {
    check(
        "جاء في البيان: \"[أكد البلدان أن القوات موجودة.\n\nوأن دورها تدريبي]\".\n\nوقال آخرون كلاما.",
    );
}

#[test]
fn an_unclosed_mark_swallows_nothing() {
    check(
        "عاجل: \"مصر تربط آسيا بكابل عملاق شواطئ مصر\n\nوقال الوزير إن \"[الحوار مستمر بين البلدين]\".",
    );
    check("«عنوان بلا نهاية\nنص\nنص\nنص\nنص\nنص\nنص\nنص\nوقال «[كلام مقتبس هنا تماما]»");
}

#[test]
fn guillemets_inside_guillemets_are_part_of_the_quotation() {
    // A term or a name quoted inside: the quotation runs to its own closing mark.
    check("وقال: «[إن التعديل غير دستوري ويمثل «انقلاباً» على الاتفاق كله]».");
    check("وقال إن «[تنظيم «داعش» يختلف عن «حزب الله» وحركة «حماس» في أمور كثيرة]».");
    check("وأضاف: «[دفعت إيران بقواتها المتمثلة بـ«الباسيج» إلى المناطق الكردية]» ثم");
    // Four pairs are more than one quotation holds: the first mark was never closed, and
    // the pairs that read as statements are quotations of their own.
    check("«أ «[ب ج د]» و«[هـ و ز]» و«[ح ط ي]» و«[ك ل م]» ن».");
    // A pair inside and then a paragraph's end: read as it was before, the quotation
    // closing at the first mark that closes it.
    check("وقال: «[هنا كلام طويل عن قوات بـ«الباسيج]» والقوات\n\nونص آخر هنا» بعد ذلك.");
    // Nor does a pair count as inside once the quotation has run past a paragraph's end,
    // or where the paragraph ends after it: an unclosed mark swallows no paragraph so.
    check("وقال: «كلام طويل عن القوات.\n\nثم «داعش» هنا نص» بعد.");
    check("نص «أول كلام «ب ج» د\n\nهـ و ز» ح ط.");
    // A quoted sentence after a mark written the wrong way round is no pair inside.
    check(
        "الملقب بـ « المجنون «. وأبلغ لابرون الصحفيين «[قررت إعطاء المسؤولية لباسي.]» واستقال. وقال:»فوجئت",
    );
}
