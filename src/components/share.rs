//! Keeping and passing on an internship: its deadline as a calendar event made in the browser,
//! and its link copied or shared.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::browser::download;
use crate::domain::calendar::{calendar, internship_deadline};
use crate::domain::Internship;
use crate::site::{lang, page_address, t};

/// Downloads an `.ics` file with the internship's deadline.
pub struct CalendarButton;

impl CalendarButton {
    pub fn for_internship(internship: &Internship) -> AnyView {
        let t = t();
        let lang = lang();
        let internship = internship.clone();
        // The event names this page, so it is made when asked for, in the browser.
        let add = move |_| {
            let event = internship_deadline(
                &internship,
                lang,
                page_url(),
                &window().location().host().unwrap_or_default(),
            );
            download(
                &format!("{}-deadline.ics", internship.id),
                "text/calendar;charset=utf-8",
                &calendar(std::slice::from_ref(&event), &utc_stamp()),
            )
        };
        view! {
            <button type="button" on:click=add>
                <span aria-hidden="true">"📅 "</span>{t.add_to_calendar}
            </button>
        }
        .into_any()
    }
}

/// Copy link always; Share where the device has the Web Share API.
#[component]
pub fn ShareButtons() -> impl IntoView {
    let t = t();
    let copied = RwSignal::new(None::<bool>);
    let can_share = crate::browser::IN_BROWSER
        && js_sys::Reflect::has(&window().navigator(), &JsValue::from_str("share"))
            .unwrap_or(false);
    let copy = move |_| {
        let url = page_url();
        leptos::task::spawn_local(async move {
            let written = JsFuture::from(window().navigator().clipboard().write_text(&url)).await;
            copied.set(Some(written.is_ok()));
        });
    };
    let share = move |_| {
        let data = web_sys::ShareData::new();
        data.set_url(&page_url());
        data.set_title(&document().title());
        // The reader may close the share sheet: that is not an error to show.
        let _ = window().navigator().share_with_data(&data);
    };
    view! {
        <button type="button" on:click=copy>{t.copy_link}</button>
        {can_share.then(|| view! { <button type="button" on:click=share>{t.share}</button> })}
        <span class="copy-status" role="status">
            {move || match copied.get() {
                Some(true) => view! { <span>{t.link_copied}</span> }.into_any(),
                // No clipboard access: the link, selected, to copy by hand.
                Some(false) => view! {
                    <input class="copy-fallback" type="text" readonly aria-label=t.copy_link value=page_url()
                        on:focus={|ev| event_target::<web_sys::HtmlInputElement>(&ev).select()}/>
                }.into_any(),
                None => ().into_any(),
            }}
        </span>
    }
}

/// The page's address without its language: whoever it is passed to gets the page in their own
/// language (`src/language.js`), as the reader got it in theirs.
fn page_url() -> String {
    let location = window().location();
    let [origin, pathname, search, hash] = [
        location.origin(),
        location.pathname(),
        location.search(),
        location.hash(),
    ]
    .map(|part| part.unwrap_or_default());
    format!("{origin}{}{search}{hash}", page_address(&pathname, None))
}

/// The current time in UTC as iCalendar writes it.
fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}
