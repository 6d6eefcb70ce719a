//! `/preview` (not in the navigation): an editor chooses or drops edited JSON files, sees the
//! validation report, shows the whole portal with them in this tab, and downloads them back in
//! stable form. Nothing is uploaded; drafts stay in this browser until discarded.

use std::sync::Arc;

use crate::components::page_head::PageHead;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen_futures::JsFuture;

use crate::browser::download;
use crate::domain::content::ContentFile;
use crate::domain::sorting::sort_by;
use crate::domain::{stable_json, Content, Problem};
use crate::drafts;
use crate::i18n::problems;
use crate::site::{file_text, lang, load_content, t, use_site};

#[component]
pub fn PreviewPage() -> impl IntoView {
    let t = t();
    let site = use_site();
    // Bumped whenever drafts change, so the report and the portal read them again.
    let revision = RwSignal::new(0u32);
    let notices = RwSignal::new(Vec::<String>::new());
    let drafted = Memo::new(move |_| {
        revision.track();
        ContentFile::ALL.map(|file| drafts::get(file).is_some())
    });
    let report = LocalResource::new(move || {
        revision.track();
        load_content(site.address, true)
    });
    let changed = move || {
        revision.update(|r| *r += 1);
        if site.preview.get_untracked() {
            site.reload();
        }
    };
    let take_files = move |files: Option<web_sys::FileList>| {
        let Some(files) = files else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        leptos::task::spawn_local(async move {
            let mut said = Vec::new();
            for file in files {
                let name = file.name();
                match ContentFile::from_name(&name) {
                    None => said.push((t.not_a_content_file)(&name)),
                    Some(content_file) => {
                        let text = JsFuture::from(file.text())
                            .await
                            .ok()
                            .and_then(|v| v.as_string())
                            .unwrap_or_default();
                        if !drafts::put(content_file, &text) {
                            said.push(format!(
                                "{name}: the browser refused to keep the draft (storage full?)"
                            ));
                        }
                    }
                }
            }
            notices.set(said);
            changed();
        });
    };
    let navigate = use_navigate();
    let show_portal = move |_| {
        site.preview.set(true);
        site.reload();
        navigate("/", Default::default());
    };
    let rows = ContentFile::ALL
        .into_iter()
        .enumerate()
        .map(|(i, file)| {
            view! {
                <tr>
                    <th scope="row"><code>{file.name()}</code></th>
                    <td>{move || if drafted.get()[i] { t.draft } else { t.published_file }}</td>
                    <td>{move || report.get().map(|content| counts(&content, file))}</td>
                    <td class="row-actions">
                        <button type="button" on:click=move |_| save_file(file)>{t.download}</button>
                        <Show when=move || drafted.get()[i]>
                            <button type="button" on:click=move |_| { drafts::discard(file); changed(); }>{t.discard}</button>
                        </Show>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageHead title=t.preview_title description=t.preview_lede/>
        <h1>{t.preview_title}</h1>
        <p class="lede">{t.preview_lede}</p>
        <div class="drop-zone"
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                take_files(ev.data_transfer().and_then(|d| d.files()));
            }>
            <label class="button file-button">
                {t.choose_files}
                <input type="file" multiple accept=".json,application/json" class="visually-hidden"
                    on:change=move |ev| take_files(event_target::<web_sys::HtmlInputElement>(&ev).files())/>
            </label>
            " "<span>{t.drop_here}</span>
        </div>
        // A list cannot be a status region itself (its role is the list's): it sits in one.
        <div role="status"><ul class="notices">{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul></div>
        <table class="drafts">
            <tbody>{rows}</tbody>
        </table>
        <div class="actions">
            <button type="button" on:click=show_portal>{t.show_with_drafts}</button>
            <Show when=move || site.preview.get()>
                <button type="button" on:click=move |_| site.preview.set(false)>{t.stop_preview}</button>
            </Show>
            <button type="button" on:click=move |_| { ContentFile::ALL.into_iter().for_each(drafts::discard); changed(); }>{t.discard_all}</button>
        </div>
        <section aria-labelledby="report">
            <h2 id="report">{t.report_title}</h2>
            {move || report.get().map(|content| view! { <ProblemList problems=content.problems.clone()/> })}
        </section>
    }
}

/// `2 errors, 1 warning` for one file.
fn counts(content: &Arc<Content>, file: ContentFile) -> String {
    let problems: Vec<&Problem> = content
        .problems
        .iter()
        .filter(|p| p.file == file.name())
        .collect();
    let errors = problems.iter().filter(|p| p.is_error()).count();
    (t().problem_count)(errors, problems.len() - errors)
}

/// Downloads the draft (or the published file) in stable form; a file that is not valid JSON is
/// downloaded exactly as it is, so nothing is lost.
fn save_file(file: ContentFile) {
    let address = use_site().address;
    leptos::task::spawn_local(async move {
        if let Ok(text) = file_text(address, file, true).await {
            let stable = stable_json::format(file, &text).unwrap_or(text);
            download(file.name(), "application/json;charset=utf-8", &stable);
        }
    });
}

/// Every problem, in the editors' check's own format and the page's language, errors first.
#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    if problems.is_empty() {
        return view! { <p>{t().no_problems}</p> }.into_any();
    }
    let lang = lang();
    let mut found = problems;
    sort_by(&mut found, &|a, b| b.is_error().cmp(&a.is_error()));
    view! {
        <ul class="problems">
            {found.into_iter().map(|p| {
                let class = if p.is_error() { "problem problem-error" } else { "problem problem-warning" };
                view! { <li class=class><code>{problems::line(&p, lang)}</code></li> }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
