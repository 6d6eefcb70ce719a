//! Rich text: CommonMark turned into a small tree that the views render as elements. Raw HTML in
//! the text stays text, and only the contract's link kinds become links, so nothing in a content
//! file can run script.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::url::is_allowed_url;

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    Element(Element, Vec<Node>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    Paragraph,
    /// Levels 1–6 as written; views shift them below the page's own headings.
    Heading(u8),
    BlockQuote,
    CodeBlock,
    List {
        ordered_start: Option<u64>,
    },
    Item,
    Emphasis,
    Strong,
    Strikethrough,
    Code,
    Link {
        href: String,
    },
    LineBreak,
    Rule,
    /// A table is not worth its weight here: its cells are kept as plain rows.
    Row,
}

pub fn parse(markdown: &str) -> Vec<Node> {
    // Each open element with the children collected so far; the root is the bottom of the stack.
    let mut stack: Vec<(Option<Element>, Vec<Node>)> = vec![(None, Vec::new())];
    let push = |stack: &mut Vec<(Option<Element>, Vec<Node>)>, node: Node| {
        stack.last_mut().expect("root").1.push(node)
    };
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(tag) => stack.push((open(tag), Vec::new())),
            Event::End(end) => {
                let (element, children) = stack.pop().expect("balanced events");
                match element {
                    Some(element) => push(&mut stack, Node::Element(element, children)),
                    // Unsupported or refused elements (a `javascript:` link, an image) keep their text.
                    None => stack.last_mut().expect("root").1.extend(children),
                }
                if matches!(end, TagEnd::TableHead | TagEnd::TableRow) {
                    push(&mut stack, Node::Element(Element::LineBreak, Vec::new()));
                }
            }
            Event::Text(text)
            | Event::Html(text)
            | Event::InlineHtml(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text) => push(&mut stack, Node::Text(text.into_string())),
            Event::Code(code) => push(
                &mut stack,
                Node::Element(Element::Code, vec![Node::Text(code.into_string())]),
            ),
            Event::SoftBreak => push(&mut stack, Node::Text(" ".into())),
            Event::HardBreak => push(&mut stack, Node::Element(Element::LineBreak, Vec::new())),
            Event::Rule => push(&mut stack, Node::Element(Element::Rule, Vec::new())),
            Event::FootnoteReference(label) => push(&mut stack, Node::Text(format!("[{label}]"))),
            Event::TaskListMarker(done) => push(
                &mut stack,
                Node::Text(if done { "☑ " } else { "☐ " }.into()),
            ),
        }
    }
    stack.pop().map(|(_, nodes)| nodes).unwrap_or_default()
}

fn open(tag: Tag) -> Option<Element> {
    Some(match tag {
        Tag::Paragraph => Element::Paragraph,
        Tag::Heading { level, .. } => Element::Heading(level as u8),
        Tag::BlockQuote(_) => Element::BlockQuote,
        Tag::CodeBlock(_) => Element::CodeBlock,
        Tag::List(start) => Element::List {
            ordered_start: start,
        },
        Tag::Item => Element::Item,
        Tag::Emphasis => Element::Emphasis,
        Tag::Strong => Element::Strong,
        Tag::Strikethrough => Element::Strikethrough,
        Tag::Link { dest_url, .. } if is_allowed_url(&dest_url) => Element::Link {
            href: dest_url.into_string(),
        },
        Tag::TableRow | Tag::TableHead => Element::Row,
        _ => return None,
    })
}

/// Whether reading a content file reports the links and pictures of its rich texts
/// ([`refused`]). The check and the editor do; the portal's app shows no warnings, and without
/// this check (and with rich text drawn by a part of its own, `components::rich_text`) the
/// students' download carries no Markdown parser, a seventh of the app.
pub const LINKS_CHECKED: bool = cfg!(any(not(target_arch = "wasm32"), feature = "editor"));

/// A link or picture of a Markdown text that `parse` shows as plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    /// Where it starts in the text, in bytes.
    pub at: usize,
    pub url: String,
    pub image: bool,
}

/// Every link whose address the portal does not show (`javascript:`, `data:`, a relative
/// path), and every picture: the editor's link would vanish without a word otherwise.
pub fn refused(markdown: &str) -> Vec<Refused> {
    // Every link and picture starts with `[` (`![`, references too) or `<` (an autolink; bare
    // addresses are not links here). Most texts have neither, and parsing every text of every
    // file was a good part of reading them in the browser.
    if !markdown.contains(['[', '<']) {
        return Vec::new();
    }
    Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH)
        .into_offset_iter()
        .filter_map(|(event, range)| {
            let (url, image) = match event {
                Event::Start(Tag::Link { dest_url, .. }) if !is_allowed_url(&dest_url) => {
                    (dest_url, false)
                }
                Event::Start(Tag::Image { dest_url, .. }) => (dest_url, true),
                _ => return None,
            };
            Some(Refused {
                at: range.start,
                url: url.into_string(),
                image,
            })
        })
        .collect()
}

/// The text alone, blocks joined by spaces, cut at a word to at most `max_chars` characters
/// with an ellipsis: for a page's description in search results and link previews.
pub fn summary(markdown: &str, max_chars: usize) -> String {
    summary_of(&parse(markdown), max_chars)
}

/// [`summary`] of a text already parsed.
pub fn summary_of(nodes: &[Node], max_chars: usize) -> String {
    fn flatten(nodes: &[Node], out: &mut String) {
        for node in nodes {
            match node {
                Node::Text(text) => out.push_str(text),
                Node::Element(element, children) => {
                    flatten(children, out);
                    if !matches!(
                        element,
                        Element::Emphasis
                            | Element::Strong
                            | Element::Strikethrough
                            | Element::Code
                            | Element::Link { .. }
                    ) {
                        out.push(' ');
                    }
                }
            }
        }
    }
    let mut text = String::new();
    flatten(nodes, &mut text);
    let mut summary = String::new();
    for word in text.split_whitespace() {
        let length = summary.chars().count() + word.chars().count() + 1;
        if length > max_chars.saturating_sub(1) {
            summary.push('…');
            return summary;
        }
        if !summary.is_empty() {
            summary.push(' ');
        }
        summary.push_str(word);
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use Element::*;

    fn text(s: &str) -> Node {
        Node::Text(s.into())
    }

    #[test]
    fn renders_paragraphs_lists_and_emphasis() {
        let nodes = parse("The **round table**.\n\n- KazNU\n- Academy\n");
        assert_eq!(
            nodes[0],
            Node::Element(
                Paragraph,
                vec![
                    text("The "),
                    Node::Element(Strong, vec![text("round table")]),
                    text(".")
                ]
            )
        );
        let Node::Element(
            List {
                ordered_start: None,
            },
            items,
        ) = &nodes[1]
        else {
            panic!("{nodes:?}")
        };
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn raw_html_stays_text() {
        let nodes = parse("Hi <script>alert(1)</script> there\n\n<img src=x onerror=alert(1)>\n");
        let all = format!("{nodes:?}");
        assert!(all.contains("<script>") && all.contains("<img src=x onerror=alert(1)>"));
        assert!(!all.contains("Link"));
    }

    #[test]
    fn only_safe_links_become_links() {
        let nodes =
            parse("[site](https://www.kaznu.kz) [bad](javascript:alert(1)) [mail](mailto:a@b.kz)");
        let Node::Element(Paragraph, children) = &nodes[0] else {
            panic!()
        };
        assert_eq!(
            children[0],
            Node::Element(
                Link {
                    href: "https://www.kaznu.kz".into()
                },
                vec![text("site")]
            )
        );
        assert_eq!(children[2], text("bad"));
        assert!(matches!(&children[4], Node::Element(Link { href }, _) if href == "mailto:a@b.kz"));
    }

    #[test]
    fn a_bare_address_is_text_not_a_refused_link() {
        assert_eq!(
            refused("Write to javascript:alert(1) or data:text/html,x"),
            vec![]
        );
        assert_eq!(refused("<javascript:alert(1)>").len(), 1);
    }

    #[test]
    fn refused_links_and_pictures_are_found_where_they_are() {
        let text = "See [site](https://kaznu.kz).\n\n[x](javascript:alert(1)) <javascript:alert(2)>\n[y](&#106;avascript:alert(3)) ![pic](data:image/png;base64,AAAA)";
        let found = refused(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            found,
            vec![
                Refused {
                    at: at("[x]"),
                    url: "javascript:alert(1)".into(),
                    image: false
                },
                Refused {
                    at: at("<javascript"),
                    url: "javascript:alert(2)".into(),
                    image: false
                },
                Refused {
                    at: at("[y]"),
                    url: "javascript:alert(3)".into(),
                    image: false
                },
                Refused {
                    at: at("![pic]"),
                    url: "data:image/png;base64,AAAA".into(),
                    image: true
                },
            ]
        );
        assert_eq!(refused("[mail](mailto:a@b.kz) and **bold**"), vec![]);
    }

    #[test]
    fn a_summary_is_plain_text_cut_at_a_word() {
        let markdown = "## Round table\n\nThe **round table** of [KazNU](https://kaznu.kz)\nand the *Academy*.\n\n- one\n- two";
        assert_eq!(
            summary(markdown, 200),
            "Round table The round table of KazNU and the Academy. one two"
        );
        assert_eq!(summary(markdown, 30), "Round table The round table…");
        assert!(summary(markdown, 30).chars().count() <= 30);
        assert_eq!(summary("<script>x</script>", 50), "<script>x</script>");
    }
}
