//! Rich text (CommonMark) rendered as elements: never as HTML, so nothing in it can run.

use futures::FutureExt;
use leptos::prelude::*;

use super::apart::apart;
use crate::domain::markdown::{self, Element, Node};
use crate::domain::Text;
use crate::site::lang;

// The Markdown parser is a seventh of the app (54 KiB brotli), and only the detail pages draw
// rich text: their routes fetch this part before they draw them (`pages::routes`).
apart!(pub markdown_tree: fn(markdown: String) -> Vec<Node> { markdown::parse(&markdown) });

/// The tree of `markdown`. On a page whose route fetched the Markdown part (and where parts are
/// not split off, natively), at once; anywhere else the text is shown as it is written.
pub fn tree(markdown: &str) -> Vec<Node> {
    match markdown_tree::call(markdown.to_owned()).now_or_never() {
        Some(Ok(nodes)) => nodes,
        _ => vec![Node::Text(markdown.to_owned())],
    }
}

/// Drawn once, like `LocalText`: a page's language never changes.
#[component]
pub fn RichText(text: Text) -> impl IntoView {
    let reader = lang();
    let shown = text.show(reader);
    let own = shown.foreign_lang(reader).map(|l| l.code());
    view! { <div class="rich-text" lang=own>{render(tree(shown.text))}</div> }
}

fn render(nodes: Vec<Node>) -> Vec<AnyView> {
    nodes.into_iter().map(render_node).collect()
}

fn render_node(node: Node) -> AnyView {
    let (element, children) = match node {
        Node::Text(text) => return text.into_any(),
        Node::Element(element, children) => (element, render(children)),
    };
    match element {
        Element::Paragraph => view! { <p>{children}</p> }.into_any(),
        // The page's own title is h1 and its sections h2: content headings sit below them.
        Element::Heading(1 | 2) => view! { <h3>{children}</h3> }.into_any(),
        Element::Heading(3) => view! { <h4>{children}</h4> }.into_any(),
        Element::Heading(_) => view! { <h5>{children}</h5> }.into_any(),
        Element::BlockQuote => view! { <blockquote>{children}</blockquote> }.into_any(),
        Element::CodeBlock => view! { <pre><code>{children}</code></pre> }.into_any(),
        Element::List {
            ordered_start: None,
        } => view! { <ul>{children}</ul> }.into_any(),
        Element::List {
            ordered_start: Some(start),
        } => view! { <ol start=start>{children}</ol> }.into_any(),
        Element::Item => view! { <li>{children}</li> }.into_any(),
        Element::Emphasis => view! { <em>{children}</em> }.into_any(),
        Element::Strong => view! { <strong>{children}</strong> }.into_any(),
        Element::Strikethrough => view! { <del>{children}</del> }.into_any(),
        Element::Code => view! { <code>{children}</code> }.into_any(),
        Element::Link { href } => view! { <a href=href rel="noopener">{children}</a> }.into_any(),
        Element::LineBreak => view! { <br/> }.into_any(),
        Element::Rule => view! { <hr/> }.into_any(),
        Element::Row => view! { <span class="row">{children}</span> }.into_any(),
    }
}

/// Markdown as an editor writes it, drawn as the portal will draw it (the editor's preview).
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
#[component]
pub fn Markdown(markdown: String) -> impl IntoView {
    view! { <div class="rich-text">{render(markdown::parse(&markdown))}</div> }
}
