//! The editor's state, provided once as context: every page part reads and changes the same
//! open files, so one value holds them rather than props threaded through every control.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::domain::content::{Content, ContentFile};
use crate::domain::editing::{self, Document};
use crate::domain::json::Json;
use crate::domain::{Lang, Problem};
use crate::i18n::editor_words::{editor_words, EditorWords};

/// One content file as the editor has it.
#[derive(Clone, Copy)]
pub struct OpenFile {
    pub file: ContentFile,
    pub doc: RwSignal<Document>,
    /// The file's text in stable form (or a broken file's text), as it changes.
    pub text: Memo<String>,
    /// The text last opened or saved: the work differs from it until saved.
    pub base: RwSignal<String>,
    /// The file's problems, each with the item it belongs to (none: the file's own).
    pub problems: Memo<Vec<(Option<usize>, Problem)>>,
    /// The published file's text, once fetched.
    pub published: RwSignal<Option<String>>,
    /// The text read from the folder, when the file came from one: saving checks that the file
    /// on disk still has it.
    pub on_disk: RwSignal<Option<String>>,
}

impl OpenFile {
    pub fn unsaved(self) -> bool {
        self.text.with(|text| self.base.with(|base| text != base))
    }

    /// The ids of the published file's items: changing one of them breaks shared links.
    pub fn published_ids(self) -> HashSet<String> {
        self.published.with(|text| {
            text.as_deref()
                .map(|text| match Document::open(self.file, text) {
                    Document::Tree(root) => editing::items(&root)
                        .iter()
                        .filter_map(|item| item.get("id").and_then(Json::as_str))
                        .map(str::to_string)
                        .collect(),
                    Document::Broken { .. } => HashSet::new(),
                })
                .unwrap_or_default()
        })
    }

    /// Changes the file's tree (nothing when the file is broken).
    pub fn change(self, edit: impl FnOnce(&mut Json)) {
        self.doc.update(|doc| {
            if let Document::Tree(root) = doc {
                edit(root);
            }
        });
    }
}

/// A button a notice offers: its words and what it does.
pub type Action = (&'static str, std::sync::Arc<dyn Fn() + Send + Sync>);

/// A message shown above the editor, with the actions it offers.
#[derive(Clone)]
pub struct Notice {
    pub text: String,
    pub actions: Vec<Action>,
}

#[derive(Clone, Copy)]
pub struct Editor {
    pub lang: Lang,
    pub words: &'static EditorWords,
    pub files: [OpenFile; 5],
    /// The file shown (`?file=` in the address).
    pub shown: RwSignal<ContentFile>,
    /// The item whose form is open (`?item=`), counting from 0.
    pub item: RwSignal<Option<usize>>,
    /// The partners of partners.json as the editor has it: id and name in the interface's
    /// language, for the pickers.
    pub partners: Memo<Vec<(String, String)>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// An item deleted last, and where it was: undo puts it back.
    pub deleted: RwSignal<Option<(ContentFile, usize, Json)>>,
}

impl Editor {
    pub fn new(lang: Lang) -> Editor {
        let docs =
            ContentFile::ALL.map(|_| RwSignal::new(Document::Tree(Json::Object(Vec::new()))));
        let texts: [Memo<String>; 5] = std::array::from_fn(|i| {
            let (doc, file) = (docs[i], ContentFile::ALL[i]);
            Memo::new(move |_| doc.with(|doc| doc.text(file)))
        });
        // Every file is read again on each change, by the portal's own reader: a reference or a
        // code in one file is checked against the others.
        let all = Memo::new(move |_| {
            let [site, partners, internships, programs, news] = texts.map(|t| Ok(t.get()));
            Content::problems(site, partners, internships, programs, news)
        });
        let files = std::array::from_fn(|i| {
            let (file, text) = (ContentFile::ALL[i], texts[i]);
            OpenFile {
                file,
                doc: docs[i],
                text,
                problems: Memo::new(move |_| placed(file, text, all)),
                base: RwSignal::new(String::new()),
                published: RwSignal::new(None),
                on_disk: RwSignal::new(None),
            }
        });
        let partners_doc = docs[ContentFile::ALL
            .iter()
            .position(|f| *f == ContentFile::Partners)
            .unwrap_or_default()];
        Editor {
            lang,
            words: editor_words(lang),
            files,
            shown: RwSignal::new(ContentFile::Internships),
            item: RwSignal::new(None),
            partners: Memo::new(move |_| partners_doc.with(|doc| partners_of(doc, lang))),
            notices: RwSignal::new(Vec::new()),
            deleted: RwSignal::new(None),
        }
    }

    pub fn file(self, file: ContentFile) -> OpenFile {
        self.files[ContentFile::ALL
            .iter()
            .position(|f| *f == file)
            .unwrap_or_default()]
    }

    pub fn shown_file(self) -> OpenFile {
        self.file(self.shown.get())
    }

    pub fn say(self, text: String) {
        self.notices.update(|n| {
            n.push(Notice {
                text,
                actions: Vec::new(),
            })
        });
    }

    pub fn ask(self, text: String, actions: Vec<Action>) {
        self.notices.update(|n| n.push(Notice { text, actions }));
    }

    /// The codes and labels of one of site.json's vocabularies (`fields`, `networks`).
    pub fn vocabulary(self, list: &str) -> Vec<(String, String)> {
        let lang = self.lang;
        self.file(ContentFile::Site).doc.with(|doc| match doc {
            Document::Tree(root) => match root.get(list) {
                Some(Json::Array(terms)) => terms
                    .iter()
                    .filter_map(|term| {
                        let id = term.get("id").and_then(Json::as_str)?.to_string();
                        let label = term
                            .get("label")
                            .and_then(|l| editing::text_in(l, lang))
                            .unwrap_or_else(|| id.clone());
                        Some((id, label))
                    })
                    .collect(),
                _ => Vec::new(),
            },
            Document::Broken { .. } => Vec::new(),
        })
    }
}

/// The partners of partners.json: id and name in `lang`.
fn partners_of(doc: &Document, lang: Lang) -> Vec<(String, String)> {
    match doc {
        Document::Tree(root) => editing::items(root)
            .iter()
            .filter_map(|p| {
                let id = p.get("id").and_then(Json::as_str)?.to_string();
                let name = editing::item_title(p, lang).unwrap_or_else(|| id.clone());
                Some((id, name))
            })
            .collect(),
        Document::Broken { .. } => Vec::new(),
    }
}

/// `file`'s problems among `all`, each with the item it is in, found by its line in `text`.
fn placed(
    file: ContentFile,
    text: Memo<String>,
    all: Memo<Vec<Problem>>,
) -> Vec<(Option<usize>, Problem)> {
    let lines = text.with(|text| editing::item_lines(file, text));
    all.with(|all| {
        all.iter()
            .filter(|p| p.file == file.name())
            .map(|p| {
                let item = if file.has_items() {
                    editing::item_at(&lines, p.line)
                } else {
                    None
                };
                (item, p.clone())
            })
            .collect()
    })
}

pub fn use_editor() -> Editor {
    expect_context()
}
