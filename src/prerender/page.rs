//! One page: the app rendered for a path in one language and set into the built `index.html`.
//! The HTML is edited by an HTML rewriter (lol_html) that selects elements as CSS does, by the
//! marks of the page-shell contract (`site::shell`).

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::{Arc, Once};

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use lol_html::html_content::ContentType;
use lol_html::{
    doc_comments, element, rewrite_str, ElementContentHandlers, RewriteStrSettings, Selector,
};

use crate::domain::lang::path_in;
use crate::domain::Content;
use crate::site::shell::{PAGE_HEAD, PAGE_PARTS, PRERENDERED, SITE_URL};
use crate::site::{Build, BuiltHead, BuiltParts};
use crate::App;

/// The built `index.html`, with the page-specific parts taken out: its title, its own head tags
/// and `<html>` attributes come from each page, and its body is the page.
pub struct Template {
    base_path: String,
    shell: String,
    /// `src/language.js`'s tag (`scripts/postbuild.py` puts it in): only pages whose address
    /// names no language need it, and it would cost the others a request before their first paint.
    language_redirect: String,
}

/// Marks `src/language.js`'s tag.
const LANGUAGE_REDIRECT: &str = "data-language-redirect";

impl Template {
    /// `index_html` is Trunk's page, or a page the build wrote from it.
    pub fn new(index_html: &str) -> Result<Template, String> {
        let base_href = RefCell::new(None);
        let language_script = RefCell::new(None);
        let [html, head, body] = [(); 3].map(|()| RefCell::new(false));
        let shell = rewrite(
            index_html,
            vec![
                element!("html", |el| {
                    *html.borrow_mut() = true;
                    // The page sets its own language and classes.
                    let names: Vec<String> = el.attributes().iter().map(|a| a.name()).collect();
                    for name in names {
                        el.remove_attribute(&name);
                    }
                    Ok(())
                }),
                element!("head", |_| {
                    *head.borrow_mut() = true;
                    Ok(())
                }),
                element!("head title", |el| {
                    el.remove();
                    Ok(())
                }),
                element!(&format!("head [{PAGE_HEAD}]"), |el| {
                    el.remove();
                    Ok(())
                }),
                element!("head base[href]", |el| {
                    *base_href.borrow_mut() = el.get_attribute("href");
                    el.remove_attribute(SITE_URL);
                    Ok(())
                }),
                element!(&format!("head script[{LANGUAGE_REDIRECT}][src]"), |el| {
                    *language_script.borrow_mut() = el.get_attribute("src");
                    el.remove();
                    Ok(())
                }),
                element!("body", |el| {
                    *body.borrow_mut() = true;
                    el.remove_attribute(PRERENDERED);
                    el.set_inner_content("", ContentType::Html);
                    Ok(())
                }),
            ],
        )?;
        for (seen, tag) in [(html, "<html>"), (head, "<head>"), (body, "<body>")] {
            if !seen.into_inner() {
                return Err(format!("index.html has no {tag}"));
            }
        }
        Ok(Template {
            base_path: base_href
                .into_inner()
                .unwrap_or_default()
                .trim_end_matches('/')
                .to_string(),
            shell,
            language_redirect: language_script
                .into_inner()
                .map(|src| format!("<script src=\"{src}\" {LANGUAGE_REDIRECT}></script>"))
                .unwrap_or_default(),
        })
    }

    /// `html`, a page of this template, for an address that names no language: it sends readers
    /// to their own language first (without script, it is the page as it is).
    pub fn with_language_redirect(&self, html: &str) -> String {
        rewrite(
            html,
            vec![element!("head base", |el| {
                el.after(&self.language_redirect, ContentType::Html);
                Ok(())
            })],
        )
        .unwrap_or_else(|_| html.to_string())
    }

    /// The path the build is published under, from its `<base href>`: empty at the root.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }
}

/// `html` as `handlers` rewrite it, without comments: the app does not hydrate, so the markers
/// Leptos writes between texts (`<!>`) would be of no use, and they are no valid HTML.
fn rewrite<'h>(
    html: &str,
    handlers: Vec<(Cow<'_, Selector>, ElementContentHandlers<'h>)>,
) -> Result<String, String> {
    let settings =
        RewriteStrSettings::new().append_document_content_handler(doc_comments!(|comment| {
            comment.remove();
            Ok(())
        }));
    let settings = handlers.into_iter().fold(settings, |settings, handler| {
        settings.append_element_content_handler(handler)
    });
    rewrite_str(html, settings).map_err(|e| format!("index.html cannot be read as HTML: {e}"))
}

/// The page `build` names, in its language, as a whole HTML document.
pub fn render_page(template: &Template, content: Arc<Content>, build: Build) -> String {
    render(template, build, move || {
        view! { <App content=Some(content)/> }.into_any()
    })
}

/// The editor's page (`/{lang}/edit`), which the editors' bundle replaces.
pub fn render_editor_page(template: &Template, build: Build) -> String {
    render(template, build, || {
        view! { <crate::pages::edit::EditShell/> }.into_any()
    })
}

fn render(template: &Template, build: Build, page: impl FnOnce() -> AnyView) -> String {
    static EXECUTOR: Once = Once::new();
    EXECUTOR.call_once(|| {
        any_spawner::Executor::init_futures_executor().expect("no other executor");
    });
    let owner = Owner::new();
    owner.with(|| {
        let head = BuiltHead::default();
        provide_context(head.clone());
        let parts = BuiltParts::default();
        provide_context(parts.clone());
        provide_context(RequestUrl::new(&format!(
            "{}{}",
            build.address.base_path,
            path_in(&build.path, build.lang)
        )));
        let site_url = build.address.site_url;
        let lang = build.lang.code();
        provide_context(build);
        let body = page().to_html();
        let head = head.take();
        let parts = parts.take().join(" ");
        let document = rewrite(
            &template.shell,
            vec![
                element!("html", |el| {
                    el.set_attribute("lang", lang).map_err(|e| e.to_string())?;
                    if !parts.is_empty() {
                        el.set_attribute(PAGE_PARTS, &parts)
                            .map_err(|e| e.to_string())?;
                    }
                    Ok(())
                }),
                element!("head", |el| {
                    el.append(&head, ContentType::Html);
                    Ok(())
                }),
                element!("head base", |el| {
                    el.set_attribute(SITE_URL, site_url)
                        .map_err(|e| e.to_string())?;
                    Ok(())
                }),
                element!("body", |el| {
                    el.set_attribute(PRERENDERED, "")
                        .map_err(|e| e.to_string())?;
                    el.set_inner_content(&body, ContentType::Html);
                    Ok(())
                }),
            ],
        )
        .expect("the template was read as HTML");
        // Leptos's markers are in the page's body, which the template's rewriting set in whole.
        rewrite(&document, Vec::new()).expect("the page was written as HTML")
    })
}
