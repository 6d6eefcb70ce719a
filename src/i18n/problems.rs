//! A content file's problems in words, in Kazakh, Russian and English: the reason alone (for a
//! section that cannot be shown) and the whole line the editors' check prints and the preview
//! lists, `file:line:column: error|warning: item: field: reason`.

use crate::domain::problem::{Expected, Found, Problem, ProblemKind, Severity, Syntax, Vocabulary};
use crate::domain::Lang;

/// The line for one problem. In English the severity is `error` or `warning`, the words editors'
/// tools look for after `file:line:column:`.
pub fn line(problem: &Problem, lang: Lang) -> String {
    let severity = match (lang, problem.severity) {
        (Lang::En, Severity::Error) => "error",
        (Lang::En, Severity::Warning) => "warning",
        (Lang::Ru, Severity::Error) => "ошибка",
        (Lang::Ru, Severity::Warning) => "предупреждение",
        (Lang::Kk, Severity::Error) => "қате",
        (Lang::Kk, Severity::Warning) => "ескерту",
    };
    let mut line = format!(
        "{}:{}:{}: {severity}: ",
        problem.file, problem.line, problem.column
    );
    for part in [&problem.item, &problem.field].into_iter().flatten() {
        line.push_str(part);
        line.push_str(": ");
    }
    line.push_str(&reason(&problem.kind, lang));
    line
}

/// What is wrong and what to do, in `lang`.
pub fn reason(kind: &ProblemKind, lang: Lang) -> String {
    match lang {
        Lang::En => en(kind),
        Lang::Ru => ru(kind),
        Lang::Kk => kk(kind),
    }
}

/// A value from the file as it is quoted in a reason: a pasted paragraph is cut, so that the
/// line stays readable.
fn quoted(value: &str) -> String {
    const LONGEST: usize = 60;
    match value.char_indices().nth(LONGEST) {
        Some((end, _)) => format!("`{}…`", &value[..end]),
        None => format!("`{value}`"),
    }
}

/// `; did you mean `word`?` when there is a likely word, in each language.
fn en_hint(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default()
}

fn ru_hint(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| format!("; может быть, имелось в виду `{s}`?"))
        .unwrap_or_default()
}

fn kk_hint(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| format!("; `{s}` болуы мүмкін бе?"))
        .unwrap_or_default()
}

fn en(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        NotUtf8 => "the file is not UTF-8 text; save it with the UTF-8 encoding".into(),
        EmptyFile => "the file is empty; it should hold { \"items\": [ ... ] }".into(),
        Syntax(syntax) => format!("not valid JSON: {}", en_syntax(*syntax)),
        NotAnObject => "the file should be an object like { \"items\": [ ... ] }".into(),
        MissingItems => "missing: the file should be an object like { \"items\": [ ... ] }".into(),
        ItemsNotAList => "should be a list [ ... ] of items".into(),
        UnknownTopLevelField { suggestion: Some(word) } => format!("unknown top-level field; did you mean `{word}`? It is ignored"),
        UnknownTopLevelField { suggestion: None } => "unknown top-level field; it is ignored".into(),
        UpdatedNotADate => "should be a date written as YYYY-MM-DD".into(),
        DuplicateKey { first_line, first_column } => format!("written a second time; the first is at line {first_line}, column {first_column}: keep one"),
        ItemNotAnObject => "each item should be an object { ... }".into(),
        DuplicateId { first_item } => format!("duplicate id: item #{first_item} already uses it; this one is left out"),
        UnreferencedPartner => "no internship, program or news item refers to this partner".into(),
        SiteNotAnObject => "the file should be an object like { \"owner\": { ... }, \"members\": [ ... ] }".into(),
        OwnerNotAMember { member } => format!("{} is not one of the members", quoted(member)),
        TermNotAnObject => "each entry should be an object { \"id\": ..., \"label\": ... }".into(),
        DuplicateCode { list, code } => format!("duplicate code: {list} already has {}; this one is left out", quoted(code)),
        UnknownMember { id, suggestion } => format!("unknown partner {}, not shown as a member{}", quoted(id), en_hint(suggestion.as_deref())),
        UnknownField { suggestion: Some(word), .. } => format!("unknown field; did you mean `{word}`? It is ignored"),
        UnknownField { suggestion: None, known } => format!("unknown field; it is ignored (known fields: {})", known.join(", ")),
        MissingField => "missing required field".into(),
        WrongType { expected, found } => {
            let expected = match expected {
                Expected::Text => "text in double quotes",
                Expected::TextOrTranslations => "text, or translations like {\"kk\": \"...\", \"ru\": \"...\", \"en\": \"...\"}",
                Expected::TrueOrFalse => "true or false (without quotes)",
                Expected::Number => "a number (without quotes)",
                Expected::List => "a list [ ... ]",
                Expected::Object => "an object { ... }",
            };
            let found = match found {
                Found::Text => "text",
                Found::Number => "a number",
                Found::TrueOrFalse => "true/false",
                Found::Object => "an object { }",
                Found::List => "a list [ ]",
                Found::Null => "null",
            };
            format!("expected {expected}, found {found}")
        }
        Empty => "is empty".into(),
        BadId { id, like } => format!("{} is not a valid id: use at most 64 lower-case latin letters, digits and single hyphens, like `{like}`", quoted(id)),
        MissingTranslation { missing } => format!("no translation into {}", missing.iter().map(|l| match l { Lang::Kk => "Kazakh", Lang::Ru => "Russian", Lang::En => "English" }).collect::<Vec<_>>().join(" and ")),
        OtherLanguage { code } => format!("{} is not one of the portal's languages (kk, ru, en); this translation is not shown", quoted(code)),
        NotALanguageKey { code } => format!("{} is not a language code; use kk, ru or en", quoted(code)),
        NoTranslation => "is empty in every language (Kazakh, Russian, English)".into(),
        BadDate { text } => format!("{} is not a real date written as YYYY-MM-DD", quoted(text)),
        BadLink { url } => format!("{} is not a link the portal shows: use a full address starting with https://, http:// or mailto:", quoted(url)),
        BadPath { path } => format!("{} is not a file path under public/ (like images/logo.png)", quoted(path)),
        BadCountry { code } => format!("{} is not a two-letter country code in capitals, like KZ or KG", quoted(code)),
        BadLanguage { code } => format!("{} is not a two-letter language code in lower case, like kk, ru or en", quoted(code)),
        TagLowered { tag, lower } => format!("tags are lower case: {} is read as {}", quoted(tag), quoted(lower)),
        UnknownWord { word, allowed, suggestion } => {
            format!("{} is not one of: {}{}", quoted(word), allowed.join(", "), en_hint(*suggestion))
        }
        WholeNumber { min, max } => format!("must be a whole number from {min} to {max}"),
        Degrees { limit } => format!("must be from -{limit} to {limit} degrees"),
        PartnerLeftOut { id } => format!("partner {} has an error in partners.json and is not shown until it is fixed", quoted(id)),
        UnknownPartner { id, suggestion } => format!("unknown partner {}{}", quoted(id), en_hint(suggestion.as_deref())),
        UnknownCode { code, vocabulary, suggestion } => {
            let what = match vocabulary {
                Vocabulary::Fields => "field",
                Vocabulary::Networks => "network",
            };
            format!("{} is not a {what} of site.json, so it has no label{}", quoted(code), en_hint(suggestion.as_deref()))
        }
        NotAMember { id, suggestion } => format!("{} is not a member of the network (site.json's members){}", quoted(id), en_hint(suggestion.as_deref())),
        EmptyList => "needs at least one entry".into(),
        DeadlineBeforePosting { deadline, posted } => format!("the deadline ({deadline}) is before the posting date ({posted})"),
        ExpiresBeforeSigned { expires, signed } => format!("expires ({expires}) before it was signed ({signed})"),
        TextLinkRefused { url } => format!("the link to {} is not shown, only its words: a link in text must start with https://, http:// or mailto:", quoted(url)),
        TextImage { url } => format!("pictures in text are not shown, only their description ({})", quoted(url)),
    }
}

fn en_syntax(syntax: Syntax) -> &'static str {
    match syntax {
        Syntax::MissingComma => "a comma is missing here, between two values",
        Syntax::TrailingComma => "this comma is followed by nothing: remove the comma after the last entry",
        Syntax::Comment => "comments are not allowed in JSON",
        Syntax::SingleQuotes => "text must be in double quotes \"...\", not single quotes",
        Syntax::Unquoted => "field names and text must be in double quotes \"...\"",
        Syntax::MissingColon => "a colon ':' is missing after the field name",
        Syntax::MissingValue => "a value is missing after the colon",
        Syntax::UnclosedObject => "a closing brace '}' is missing",
        Syntax::UnclosedArray => "a closing bracket ']' is missing",
        Syntax::UnclosedText => "this text has no closing double quote \"",
        Syntax::ControlInText => "a line break or tab inside text must be written as \\n or \\t",
        Syntax::StrayCloseBrace => "this closing brace '}' has no matching '{'",
        Syntax::StrayCloseBracket => "this closing bracket ']' has no matching '['",
        Syntax::ExtraComma => "there is one comma too many here",
        Syntax::ExtraColon => "there is one colon ':' too many here",
        Syntax::TextAfterEnd => "there is more text after the end of the file's object",
        Syntax::BadEscape => "a backslash \\ in text starts a sequence JSON does not know; write a backslash itself as \\\\",
        Syntax::BadNumber => "this number is not written as JSON allows (digits, like 12 or 40.5)",
        Syntax::TooDeep => "brackets are nested too deep",
        Syntax::Unexpected => "JSON does not expect this here",
    }
}

fn ru(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        NotUtf8 => "файл не в кодировке UTF-8; сохраните его в кодировке UTF-8".into(),
        EmptyFile => "файл пуст; в нём должно быть { \"items\": [ ... ] }".into(),
        Syntax(syntax) => format!("ошибка JSON: {}", ru_syntax(*syntax)),
        NotAnObject => "файл должен быть объектом вида { \"items\": [ ... ] }".into(),
        MissingItems => "отсутствует: файл должен быть объектом вида { \"items\": [ ... ] }".into(),
        ItemsNotAList => "должно быть списком [ ... ] элементов".into(),
        UnknownTopLevelField { suggestion: Some(word) } => format!("неизвестное поле верхнего уровня; может быть, имелось в виду `{word}`? Оно не учитывается"),
        UnknownTopLevelField { suggestion: None } => "неизвестное поле верхнего уровня; оно не учитывается".into(),
        UpdatedNotADate => "должно быть датой в виде YYYY-MM-DD (год-месяц-день)".into(),
        DuplicateKey { first_line, first_column } => format!("записано второй раз; первое — в строке {first_line}, столбце {first_column}: оставьте одно"),
        ItemNotAnObject => "каждый элемент должен быть объектом { ... }".into(),
        DuplicateId { first_item } => format!("повторяющийся id: его уже использует элемент #{first_item}; этот элемент не показывается"),
        UnreferencedPartner => "на этого партнёра не ссылается ни одна стажировка, программа или новость".into(),
        SiteNotAnObject => "файл должен быть объектом вида { \"owner\": { ... }, \"members\": [ ... ] }".into(),
        OwnerNotAMember { member } => format!("{} нет среди участников (members)", quoted(member)),
        TermNotAnObject => "каждая запись должна быть объектом { \"id\": ..., \"label\": ... }".into(),
        DuplicateCode { list, code } => format!("повторяющийся код: в {list} уже есть {}; эта запись не учитывается", quoted(code)),
        UnknownMember { id, suggestion } => format!("неизвестный партнёр {}, не показывается как участник{}", quoted(id), ru_hint(suggestion.as_deref())),
        UnknownField { suggestion: Some(word), .. } => format!("неизвестное поле; может быть, имелось в виду `{word}`? Оно не учитывается"),
        UnknownField { suggestion: None, known } => format!("неизвестное поле; оно не учитывается (известные поля: {})", known.join(", ")),
        MissingField => "отсутствует обязательное поле".into(),
        WrongType { expected, found } => {
            let expected = match expected {
                Expected::Text => "текст в двойных кавычках",
                Expected::TextOrTranslations => "текст или переводы вида {\"kk\": \"...\", \"ru\": \"...\", \"en\": \"...\"}",
                Expected::TrueOrFalse => "true или false (без кавычек)",
                Expected::Number => "число (без кавычек)",
                Expected::List => "список [ ... ]",
                Expected::Object => "объект { ... }",
            };
            let found = match found {
                Found::Text => "текст",
                Found::Number => "число",
                Found::TrueOrFalse => "true/false",
                Found::Object => "объект { }",
                Found::List => "список [ ]",
                Found::Null => "null",
            };
            format!("ожидается {expected}, а записано {found}")
        }
        Empty => "пусто".into(),
        BadId { id, like } => format!("{} — недопустимый id: используйте не более 64 строчных латинских букв, цифр и одиночных дефисов, например `{like}`", quoted(id)),
        MissingTranslation { missing } => format!("нет перевода: {}", missing.iter().map(|l| match l { Lang::Kk => "казахский", Lang::Ru => "русский", Lang::En => "английский" }).collect::<Vec<_>>().join(", ")),
        OtherLanguage { code } => format!("{} — не язык портала (kk, ru, en); этот перевод не показывается", quoted(code)),
        NotALanguageKey { code } => format!("{} — не код языка; используйте kk, ru или en", quoted(code)),
        NoTranslation => "не заполнено ни на одном языке (казахский, русский, английский)".into(),
        BadDate { text } => format!("{} — не существующая дата в виде YYYY-MM-DD", quoted(text)),
        BadLink { url } => format!("{} — ссылка, которую портал не показывает: укажите полный адрес, начинающийся с https://, http:// или mailto:", quoted(url)),
        BadPath { path } => format!("{} — не путь к файлу в public/ (например, images/logo.png)", quoted(path)),
        BadCountry { code } => format!("{} — не двухбуквенный код страны заглавными буквами, например KZ или KG", quoted(code)),
        BadLanguage { code } => format!("{} — не двухбуквенный код языка строчными буквами, например kk, ru или en", quoted(code)),
        TagLowered { tag, lower } => format!("теги пишутся строчными буквами: {} читается как {}", quoted(tag), quoted(lower)),
        UnknownWord { word, allowed, suggestion } => {
            format!("{} — не одно из: {}{}", quoted(word), allowed.join(", "), ru_hint(*suggestion))
        }
        WholeNumber { min, max } => format!("должно быть целым числом от {min} до {max}"),
        Degrees { limit } => format!("должно быть от -{limit} до {limit} градусов"),
        PartnerLeftOut { id } => format!("у партнёра {} ошибка в partners.json; он не показывается, пока её не исправят", quoted(id)),
        UnknownPartner { id, suggestion } => format!("неизвестный партнёр {}{}", quoted(id), ru_hint(suggestion.as_deref())),
        UnknownCode { code, vocabulary, suggestion } => {
            let what = match vocabulary {
                Vocabulary::Fields => "среди областей (fields)",
                Vocabulary::Networks => "среди сетей (networks)",
            };
            format!("{} нет {what} в site.json, поэтому у него нет названия{}", quoted(code), ru_hint(suggestion.as_deref()))
        }
        NotAMember { id, suggestion } => format!("{} не участник сети (members в site.json){}", quoted(id), ru_hint(suggestion.as_deref())),
        EmptyList => "нужен хотя бы один элемент".into(),
        DeadlineBeforePosting { deadline, posted } => format!("срок подачи ({deadline}) раньше даты публикации ({posted})"),
        ExpiresBeforeSigned { expires, signed } => format!("срок действия ({expires}) истекает раньше даты подписания ({signed})"),
        TextLinkRefused { url } => format!("ссылка на {} не показывается, только её текст: ссылка в тексте должна начинаться с https://, http:// или mailto:", quoted(url)),
        TextImage { url } => format!("изображения в тексте не показываются, только их описание ({})", quoted(url)),
    }
}

fn ru_syntax(syntax: Syntax) -> &'static str {
    match syntax {
        Syntax::MissingComma => "здесь не хватает запятой между двумя значениями",
        Syntax::TrailingComma => "после этой запятой ничего нет: уберите запятую после последнего элемента",
        Syntax::Comment => "комментарии в JSON не допускаются",
        Syntax::SingleQuotes => "текст пишется в двойных кавычках \"...\", а не в одинарных",
        Syntax::Unquoted => "названия полей и текст пишутся в двойных кавычках \"...\"",
        Syntax::MissingColon => "после названия поля не хватает двоеточия ':'",
        Syntax::MissingValue => "после двоеточия не хватает значения",
        Syntax::UnclosedObject => "не хватает закрывающей фигурной скобки '}'",
        Syntax::UnclosedArray => "не хватает закрывающей квадратной скобки ']'",
        Syntax::UnclosedText => "у этого текста нет закрывающей двойной кавычки \"",
        Syntax::ControlInText => "перенос строки или табуляцию внутри текста пишите как \\n или \\t",
        Syntax::StrayCloseBrace => "у этой закрывающей скобки '}' нет парной '{'",
        Syntax::StrayCloseBracket => "у этой закрывающей скобки ']' нет парной '['",
        Syntax::ExtraComma => "здесь лишняя запятая",
        Syntax::ExtraColon => "здесь лишнее двоеточие ':'",
        Syntax::TextAfterEnd => "после конца объекта файла есть ещё текст",
        Syntax::BadEscape => "обратная косая черта \\ в тексте начинает последовательность, которой нет в JSON; саму черту пишите как \\\\",
        Syntax::BadNumber => "число записано не так, как допускает JSON (цифрами, например 12 или 40.5)",
        Syntax::TooDeep => "скобки вложены слишком глубоко",
        Syntax::Unexpected => "JSON не ожидает здесь такого",
    }
}

fn kk(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        NotUtf8 => "файл UTF-8 кодтауында емес; оны UTF-8 кодтауымен сақтаңыз".into(),
        EmptyFile => "файл бос; онда { \"items\": [ ... ] } болуы керек".into(),
        Syntax(syntax) => format!("JSON қатесі: {}", kk_syntax(*syntax)),
        NotAnObject => "файл { \"items\": [ ... ] } түріндегі нысан болуы керек".into(),
        MissingItems => "жоқ: файл { \"items\": [ ... ] } түріндегі нысан болуы керек".into(),
        ItemsNotAList => "элементтер тізімі [ ... ] болуы керек".into(),
        UnknownTopLevelField { suggestion: Some(word) } => format!("белгісіз жоғарғы деңгейлі өріс; `{word}` болуы мүмкін бе? Ол ескерілмейді"),
        UnknownTopLevelField { suggestion: None } => "белгісіз жоғарғы деңгейлі өріс; ол ескерілмейді".into(),
        UpdatedNotADate => "YYYY-MM-DD (жыл-ай-күн) түрінде жазылған күн болуы керек".into(),
        DuplicateKey { first_line, first_column } => format!("екінші рет жазылған; біріншісі {first_line}-жолда, {first_column}-бағанда: біреуін қалдырыңыз"),
        ItemNotAnObject => "әр элемент { ... } нысаны болуы керек".into(),
        DuplicateId { first_item } => format!("қайталанған id: оны #{first_item} элемент қолданып тұр; бұл элемент көрсетілмейді"),
        UnreferencedPartner => "бұл серіктеске бірде-бір тағылымдама, бағдарлама немесе жаңалық сілтеме жасамайды".into(),
        SiteNotAnObject => "файл { \"owner\": { ... }, \"members\": [ ... ] } түріндегі нысан болуы керек".into(),
        OwnerNotAMember { member } => format!("{} мүшелер (members) арасында жоқ", quoted(member)),
        TermNotAnObject => "әр жазба { \"id\": ..., \"label\": ... } нысаны болуы керек".into(),
        DuplicateCode { list, code } => format!("қайталанған код: {list} ішінде {} бұрыннан бар; бұл жазба ескерілмейді", quoted(code)),
        UnknownMember { id, suggestion } => format!("белгісіз серіктес {}, мүше ретінде көрсетілмейді{}", quoted(id), kk_hint(suggestion.as_deref())),
        UnknownField { suggestion: Some(word), .. } => format!("белгісіз өріс; `{word}` болуы мүмкін бе? Ол ескерілмейді"),
        UnknownField { suggestion: None, known } => format!("белгісіз өріс; ол ескерілмейді (белгілі өрістер: {})", known.join(", ")),
        MissingField => "міндетті өріс жоқ".into(),
        WrongType { expected, found } => {
            let expected = match expected {
                Expected::Text => "қос тырнақшадағы мәтін",
                Expected::TextOrTranslations => "мәтін немесе {\"kk\": \"...\", \"ru\": \"...\", \"en\": \"...\"} түріндегі аудармалар",
                Expected::TrueOrFalse => "true немесе false (тырнақшасыз)",
                Expected::Number => "сан (тырнақшасыз)",
                Expected::List => "тізім [ ... ]",
                Expected::Object => "нысан { ... }",
            };
            let found = match found {
                Found::Text => "мәтін",
                Found::Number => "сан",
                Found::TrueOrFalse => "true/false",
                Found::Object => "нысан { }",
                Found::List => "тізім [ ]",
                Found::Null => "null",
            };
            format!("мұнда {expected} болуы керек, ал жазылғаны: {found}")
        }
        Empty => "бос".into(),
        BadId { id, like } => format!("{} — жарамсыз id: ең көбі 64 кіші латын әрпін, цифрды және қатар тұрмайтын дефистерді қолданыңыз, мысалы `{like}`", quoted(id)),
        MissingTranslation { missing } => format!("аудармасы жоқ: {}", missing.iter().map(|l| match l { Lang::Kk => "қазақша", Lang::Ru => "орысша", Lang::En => "ағылшынша" }).collect::<Vec<_>>().join(", ")),
        OtherLanguage { code } => format!("{} порталдың тілі емес (kk, ru, en); бұл аударма көрсетілмейді", quoted(code)),
        NotALanguageKey { code } => format!("{} тіл коды емес; kk, ru немесе en қолданыңыз", quoted(code)),
        NoTranslation => "ешбір тілде толтырылмаған (қазақша, орысша, ағылшынша)".into(),
        BadDate { text } => format!("{} YYYY-MM-DD түрінде жазылған нақты күн емес", quoted(text)),
        BadLink { url } => format!("{} портал көрсететін сілтеме емес: https://, http:// немесе mailto: деп басталатын толық мекенжай жазыңыз", quoted(url)),
        BadPath { path } => format!("{} public/ ішіндегі файл жолы емес (мысалы, images/logo.png)", quoted(path)),
        BadCountry { code } => format!("{} бас әріптермен жазылған екі әріпті ел коды емес (мысалы, KZ немесе KG)", quoted(code)),
        BadLanguage { code } => format!("{} кіші әріптермен жазылған екі әріпті тіл коды емес (мысалы, kk, ru немесе en)", quoted(code)),
        TagLowered { tag, lower } => format!("тегтер кіші әріппен жазылады: {} {} деп оқылады", quoted(tag), quoted(lower)),
        UnknownWord { word, allowed, suggestion } => {
            format!("{} мыналардың бірі емес: {}{}", quoted(word), allowed.join(", "), kk_hint(*suggestion))
        }
        WholeNumber { min, max } => format!("{min} мен {max} аралығындағы бүтін сан болуы керек"),
        Degrees { limit } => format!("-{limit} пен {limit} градус аралығында болуы керек"),
        PartnerLeftOut { id } => format!("{} серіктесінің partners.json ішінде қатесі бар; ол түзетілгенше серіктес көрсетілмейді", quoted(id)),
        UnknownPartner { id, suggestion } => format!("белгісіз серіктес {}{}", quoted(id), kk_hint(suggestion.as_deref())),
        UnknownCode { code, vocabulary, suggestion } => {
            let what = match vocabulary {
                Vocabulary::Fields => "салалары (fields)",
                Vocabulary::Networks => "желілері (networks)",
            };
            format!("{} site.json {what} арасында жоқ, сондықтан оның атауы жоқ{}", quoted(code), kk_hint(suggestion.as_deref()))
        }
        NotAMember { id, suggestion } => format!("{} желінің мүшесі емес (site.json ішіндегі members){}", quoted(id), kk_hint(suggestion.as_deref())),
        EmptyList => "кемінде бір элемент керек".into(),
        DeadlineBeforePosting { deadline, posted } => format!("өтінім беру мерзімі ({deadline}) жарияланған күннен ({posted}) бұрын"),
        ExpiresBeforeSigned { expires, signed } => format!("қолданылу мерзімі ({expires}) қол қойылған күннен ({signed}) бұрын аяқталады"),
        TextLinkRefused { url } => format!("{} сілтемесі көрсетілмейді, тек оның мәтіні көрінеді: мәтіндегі сілтеме https://, http:// немесе mailto: деп басталуы керек", quoted(url)),
        TextImage { url } => format!("мәтіндегі суреттер көрсетілмейді, тек олардың сипаттамасы көрінеді ({})", quoted(url)),
    }
}

fn kk_syntax(syntax: Syntax) -> &'static str {
    match syntax {
        Syntax::MissingComma => "мұнда екі мәннің арасында үтір жетіспейді",
        Syntax::TrailingComma => "бұл үтірден кейін ештеңе жоқ: соңғы элементтен кейінгі үтірді алып тастаңыз",
        Syntax::Comment => "JSON-да түсініктемелер жазуға болмайды",
        Syntax::SingleQuotes => "мәтін '...' ішінде емес, қос тырнақшада \"...\" жазылады",
        Syntax::Unquoted => "өріс атаулары мен мәтін қос тырнақшада \"...\" жазылады",
        Syntax::MissingColon => "өріс атауынан кейін қос нүкте ':' жетіспейді",
        Syntax::MissingValue => "қос нүктеден кейін мән жетіспейді",
        Syntax::UnclosedObject => "жабатын фигуралы жақша '}' жетіспейді",
        Syntax::UnclosedArray => "жабатын тік жақша ']' жетіспейді",
        Syntax::UnclosedText => "бұл мәтіннің жабатын қос тырнақшасы \" жоқ",
        Syntax::ControlInText => "мәтін ішіндегі жол ауыстыруды немесе табуляцияны \\n немесе \\t деп жазыңыз",
        Syntax::StrayCloseBrace => "бұл жабатын жақшаның '}' ашатын жұбы '{' жоқ",
        Syntax::StrayCloseBracket => "бұл жабатын жақшаның ']' ашатын жұбы '[' жоқ",
        Syntax::ExtraComma => "мұнда артық үтір бар",
        Syntax::ExtraColon => "мұнда артық қос нүкте ':' бар",
        Syntax::TextAfterEnd => "файлдың нысаны аяқталғаннан кейін тағы мәтін бар",
        Syntax::BadEscape => "мәтіндегі кері қиғаш сызық \\ JSON білмейтін тізбекті бастайды; сызықтың өзін \\\\ деп жазыңыз",
        Syntax::BadNumber => "сан JSON рұқсат ететіндей жазылмаған (цифрмен, мысалы 12 немесе 40.5)",
        Syntax::TooDeep => "жақшалар тым терең орналасқан",
        Syntax::Unexpected => "JSON мұнда мұндайды күтпейді",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::problem::Severity;

    fn problem(kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Warning,
            file: "internships.json".into(),
            line: 2,
            column: 3,
            item: Some("law-intern".into()),
            field: Some("titel".into()),
            kind: Box::new(kind),
        }
    }

    #[test]
    fn the_line_has_the_editors_format_in_each_language() {
        let unknown = problem(ProblemKind::UnknownField {
            suggestion: Some("title"),
            known: &["title"],
        });
        assert_eq!(
            line(&unknown, Lang::En),
            "internships.json:2:3: warning: law-intern: titel: unknown field; did you mean `title`? It is ignored"
        );
        assert!(line(&unknown, Lang::Ru).starts_with(
            "internships.json:2:3: предупреждение: law-intern: titel: неизвестное поле"
        ));
        assert!(line(&unknown, Lang::Kk)
            .starts_with("internships.json:2:3: ескерту: law-intern: titel: белгісіз өріс"));
        let whole_file = Problem {
            item: None,
            field: None,
            severity: Severity::Error,
            ..problem(ProblemKind::NotUtf8)
        };
        assert_eq!(
            line(&whole_file, Lang::En),
            "internships.json:2:3: error: the file is not UTF-8 text; save it with the UTF-8 encoding"
        );
    }

    #[test]
    fn a_long_value_is_cut_in_the_reason() {
        let long = "x".repeat(5_000);
        let reason = reason(
            &ProblemKind::UnknownPartner {
                id: long,
                suggestion: None,
            },
            Lang::En,
        );
        assert_eq!(reason, format!("unknown partner `{}…`", "x".repeat(60)));
    }

    #[test]
    fn a_duplicate_key_names_the_first() {
        let kind = ProblemKind::DuplicateKey {
            first_line: 1,
            first_column: 2,
        };
        assert!(reason(&kind, Lang::En).contains("line 1, column 2"));
        assert!(reason(&kind, Lang::Ru).contains("строке 1, столбце 2"));
        assert!(reason(&kind, Lang::Kk).contains("1-жолда, 2-бағанда"));
    }
}
