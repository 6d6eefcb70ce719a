//! Keeping and passing on an internship: its deadline as a calendar event made in the browser,
//! and its link copied or shared.

use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::icon::{Glyph, Icon};
use crate::browser::download;
use crate::domain::calendar::{
    calendar, google_template, internship_deadline, DeadlineEvent, EventWords,
};
use crate::domain::Internship;
use crate::site::{lang, t, use_site};

/// The deadline to a calendar: an `.ics` file made in the browser, and Google Calendar's
/// template link (many Android phones open no `.ics`), which opens Google's page in a new tab;
/// the portal itself sends nothing anywhere.
pub struct CalendarButton;

/// The last day to apply to `internship` as an event in the reader's language, linking to the
/// page without one: whoever opens the calendar later gets it in their own.
fn deadline_event(internship: &Internship) -> DeadlineEvent {
    let t = t();
    let url = use_site()
        .address
        .absolute(&format!("/internships/{}", internship.id));
    let host = url.split('/').nth(2).unwrap_or_default().to_string();
    let words = EventWords {
        summary: t.calendar_deadline,
        description: t.calendar_description,
    };
    internship_deadline(internship, lang(), url, &host, words)
}

impl CalendarButton {
    pub fn for_internship(internship: &Internship) -> AnyView {
        let t = t();
        let event = deadline_event(internship);
        let google = format!(
            "https://calendar.google.com/calendar/render{}",
            google_template(&event)
                .into_iter()
                .collect::<ParamsMap>()
                .to_query_string()
        );
        let file_name = format!("{}-deadline.ics", internship.id);
        let add = move |_| {
            download(
                &file_name,
                "text/calendar;charset=utf-8",
                &calendar(std::slice::from_ref(&event), &utc_stamp()),
            )
        };
        view! {
            <button type="button" class="with-icon" on:click=add>
                <Icon glyph=Glyph::Calendar/>{t.add_to_calendar}
            </button>
            <a class="button-link with-icon google-calendar" href=google target="_blank" rel="noopener noreferrer">
                <Icon glyph=Glyph::External/>{t.phone.add_to_google_calendar}
                <span class="visually-hidden">" ("{t.phone.opens_in_new_tab}")"</span>
            </a>
        }
        .into_any()
    }
}

/// The deadlines of `internships` (the open ones saved) in one `.ics` file.
#[component]
pub fn SavedDeadlinesButton(#[prop(into)] internships: Signal<Vec<Internship>>) -> impl IntoView {
    let t = t();
    let add = move |_| {
        let events: Vec<DeadlineEvent> = internships.read().iter().map(deadline_event).collect();
        download(
            "saved-deadlines.ics",
            "text/calendar;charset=utf-8",
            &calendar(&events, &utc_stamp()),
        )
    };
    view! {
        <button type="button" class="with-icon" on:click=add>
            <Icon glyph=Glyph::Calendar/>{move || (t.add_saved_to_calendar)(internships.read().len())}
        </button>
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

/// The page's own address, which names its language: a link preview (which reads the page
/// without script) shows what the sharer saw, and the recipient switches in one tap.
fn page_url() -> String {
    window().location().href().unwrap_or_default()
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
