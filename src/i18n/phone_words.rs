//! The words of the phone-first interface: the header's menu, the chosen filters and the filter
//! sheet, undoing a removal from the saved list, and the Google Calendar link.

pub struct PhoneWords {
    /// The header's button that opens the sections, languages and low-vision choice on phones.
    pub menu: &'static str,
    pub close_menu: &'static str,
    /// Closes the filter sheet.
    pub close: &'static str,
    /// The filters chosen on a list, shown as chips above it.
    pub chosen_filters: &'static str,
    pub remove_filter: fn(&str) -> String,
    /// Closes the filter sheet, back to the list.
    pub show_results: &'static str,
    /// Said after an internship leaves the saved list, beside the undo button.
    pub removed_from_saved: &'static str,
    pub undo: &'static str,
    pub add_to_google_calendar: &'static str,
    pub opens_in_new_tab: &'static str,
}

pub static KK: PhoneWords = PhoneWords {
    menu: "Мәзір",
    close_menu: "Мәзірді жабу",
    close: "Жабу",
    chosen_filters: "Таңдалған сүзгілер",
    remove_filter: |label| format!("Сүзгіні алып тастау: {label}"),
    show_results: "Нәтижелерді көрсету",
    removed_from_saved: "Сақталғандардан алынды.",
    undo: "Қайтару",
    add_to_google_calendar: "Google Күнтізбесіне қосу",
    opens_in_new_tab: "жаңа қойындыда ашылады",
};

pub static RU: PhoneWords = PhoneWords {
    menu: "Меню",
    close_menu: "Закрыть меню",
    close: "Закрыть",
    chosen_filters: "Выбранные фильтры",
    remove_filter: |label| format!("Убрать фильтр: {label}"),
    show_results: "Показать результаты",
    removed_from_saved: "Убрано из сохранённых.",
    undo: "Отменить",
    add_to_google_calendar: "Добавить в Google Календарь",
    opens_in_new_tab: "откроется в новой вкладке",
};

pub static EN: PhoneWords = PhoneWords {
    menu: "Menu",
    close_menu: "Close menu",
    close: "Close",
    chosen_filters: "Chosen filters",
    remove_filter: |label| format!("Remove filter: {label}"),
    show_results: "Show results",
    removed_from_saved: "Removed from saved.",
    undo: "Undo",
    add_to_google_calendar: "Add to Google Calendar",
    opens_in_new_tab: "opens in a new tab",
};
