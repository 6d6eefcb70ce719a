//! One page: the app rendered for a path in one language and set into the built `index.html`.

use std::sync::{Arc, Once};

use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::domain::lang::path_in;
use crate::domain::Content;
use crate::site::Build;
use crate::App;

/// The built `index.html`, with the page-specific parts taken out: its title, description and
/// `<html lang>` come from each page, and its body is the page.
pub struct Template {
    base_path: String,
    doctype: String,
    head: String,
    body_tag: String,
    /// `src/language.js`'s tag (`scripts/postbuild.py` puts it in): only pages whose address
    /// names no language need it, and it would cost the others a request before their first paint.
    language_redirect: String,
}

impl Template {
    pub fn new(index_html: &str) -> Result<Template, String> {
        let (head, rest) = index_html
            .split_once("</head>")
            .ok_or("index.html has no </head>")?;
        let html_start = head.find("<html").ok_or("index.html has no <html> tag")?;
        let html_end = html_start
            + head[html_start..]
                .find('>')
                .ok_or("index.html has an unclosed <html> tag")?;
        // The doctype stays first; the `<html>` tag is written again with the page's language.
        let doctype = head[..html_start].to_string();
        let mut head = head[html_end + 1..].to_string();
        // What a page writes of its own goes, so that a prerendered page serves as a template too.
        if let Some((from, to)) = head.find("<title>").zip(head.find("</title>")) {
            head.replace_range(from..to + "</title>".len(), "");
        }
        let mut from = 0;
        while let Some(start) = head[from..].find('<').map(|at| from + at) {
            let end = head[start..]
                .find('>')
                .map_or(head.len(), |at| start + at + 1);
            if page_own(&head[start..end]) {
                head.replace_range(start..end, "");
            } else {
                from = end;
            }
        }
        let mut language_redirect = String::new();
        if let Some(start) = head.find("<script src=").filter(|&at| {
            head[at..]
                .split('>')
                .next()
                .is_some_and(|tag| tag.contains("data-language-redirect"))
        }) {
            let end = start
                + head[start..]
                    .find("</script>")
                    .ok_or("index.html has an unclosed <script>")?
                + "</script>".len();
            language_redirect = head[start..end].to_string();
            head.replace_range(start..end, "");
        }
        let body_start = rest.find("<body").ok_or("index.html has no <body>")?;
        let body_tag = rest
            [body_start..body_start + rest[body_start..].find('>').ok_or("unclosed <body>")? + 1]
            .replace(" data-prerendered", "");
        let base_path = head
            .split_once("<base href=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map_or("", |(href, _)| href);
        let base_path = base_path.trim_end_matches('/').to_string();
        Ok(Template {
            base_path,
            doctype,
            head,
            body_tag,
            language_redirect,
        })
    }

    /// `html`, a page of this template, for an address that names no language: it sends readers
    /// to their own language first (without script, it is the page as it is).
    pub fn with_language_redirect(&self, html: &str) -> String {
        match html
            .find("<base ")
            .and_then(|at| html[at..].find('>').map(|end| at + end + 1))
        {
            Some(after_base) => format!(
                "{}{}{}",
                &html[..after_base],
                self.language_redirect,
                &html[after_base..]
            ),
            None => html.to_string(),
        }
    }

    /// The path the build is published under, from its `<base href>`: empty at the root.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }
}

/// A tag of one page's head: its description, canonical and language links and Open Graph card.
fn page_own(tag: &str) -> bool {
    tag.starts_with("<meta name=\"description\"")
        || tag.starts_with("<meta property=\"og:")
        || (tag.starts_with("<link ")
            && (tag.contains("rel=\"canonical\"") || tag.contains("hreflang=")))
}

/// The page `build` names, in its language, as a whole HTML document.
pub fn render_page(template: &Template, content: Arc<Content>, build: Build) -> String {
    static EXECUTOR: Once = Once::new();
    EXECUTOR.call_once(|| {
        any_spawner::Executor::init_futures_executor().expect("no other executor");
    });
    let owner = Owner::new();
    owner.with(|| {
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        provide_context(RequestUrl::new(&format!(
            "{}{}",
            template.base_path,
            path_in(&build.path, build.lang)
        )));
        provide_context(build);
        let body = view! { <App content=Some(content)/> }.to_html();
        let body_tag = template
            .body_tag
            .replacen("<body", "<body data-prerendered", 1);
        let document = format!(
            "{}<html>{}</head>{body_tag}{body}</body></html>\n",
            template.doctype, template.head
        );
        futures::executor::block_on(async move {
            use futures::StreamExt;
            let stream = meta_output
                .inject_meta_context(futures::stream::iter([document]))
                .await;
            stream.collect::<String>().await
        })
    })
}
