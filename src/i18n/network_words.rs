//! Words of the network: its members, agreements over time, and the map.

use super::{number, plural};
use crate::domain::Lang;

pub struct NetworkWords {
    pub member: &'static str,
    pub members_title: &'static str,
    pub members_lede: &'static str,
    pub enquiries: &'static str,
    pub contact: &'static str,
    pub phone: &'static str,
    /// The member of the network that signed an agreement.
    pub signed_by: &'static str,
    pub partner: &'static str,
    /// A member's agreements, from the partners' side.
    pub signed_with_partners: &'static str,
    /// Agreement statuses: active, open-ended, expired; an expiring one says when.
    pub in_force: &'static str,
    pub open_ended: &'static str,
    pub expired: &'static str,
    pub expires_today: &'static str,
    pub expires_in: fn(i64) -> String,
    pub agreement_status: &'static str,
    pub expiring_within: &'static str,
    pub sort_name: &'static str,
    pub sort_expiry: &'static str,
    pub expiring_title: &'static str,
    pub none_expiring: &'static str,
    /// Under the charts: expired agreements are not in them.
    pub expired_apart: fn(usize) -> String,
    pub agreements_calendar: &'static str,
    pub calendar_title: &'static str,
    pub calendar_summary: fn(&str, &str) -> String,
    pub calendar_description: fn(&str, &str) -> String,
    pub map_caption: &'static str,
    pub whole_world: &'static str,
    pub fit_partners: &'static str,
    pub cities: &'static str,
    pub city_partners: fn(&str, usize) -> String,
}

pub static KK: NetworkWords = NetworkWords {
    member: "Желі мүшесі",
    members_title: "Желі мүшелері",
    members_lede: "Желіні құрайтын университеттер. Тізімдегі басқа ұйымдар — олардың серіктестері.",
    enquiries: "Серіктестік туралы сұрақтар",
    contact: "Байланыс",
    phone: "Телефон",
    signed_by: "Қол қойған",
    partner: "Серіктес",
    signed_with_partners: "Серіктестермен жасалған келісімдер",
    in_force: "Күшінде",
    open_ended: "Мерзімсіз",
    expired: "Мерзімі өткен",
    expires_today: "Бүгін аяқталады",
    expires_in: |days| format!("{} күннен кейін аяқталады", number(Lang::Kk, days as u64)),
    agreement_status: "Келісім мәртебесі",
    expiring_within: "90 күн ішінде аяқталады",
    sort_name: "Атауы",
    sort_expiry: "Ең жақын аяқталу мерзімі",
    expiring_title: "Алдағы 90 күнде аяқталатын келісімдер",
    none_expiring: "Алдағы 90 күнде ешбір келісімнің мерзімі аяқталмайды.",
    expired_apart: |n| format!("Мерзімі өткен {} келісім диаграммаларға кірмейді.", number(Lang::Kk, n as u64)),
    agreements_calendar: "Келісімдердің аяқталу күнтізбесі (.ics)",
    calendar_title: "Келісімдердің аяқталуы",
    calendar_summary: |kind, partner| format!("Келісім аяқталады: {kind}, {partner}"),
    calendar_description: |title, url| format!("Келісімнің соңғы күні: {title}.\n{url}"),
    map_caption: "Әр шеңбер — бір қала, өлшемі ондағы серіктестер санына сай. Шеңбер сол қаланың серіктестер тізімін ашады.",
    whole_world: "Бүкіл әлем",
    fit_partners: "Серіктестерге жақындату",
    cities: "Қалалар бойынша серіктестер",
    city_partners: |city, n| format!("{city}: {} серіктес", number(Lang::Kk, n as u64)),
};

pub static RU: NetworkWords = NetworkWords {
    member: "Участник сети",
    members_title: "Участники сети",
    members_lede: "Университеты, которые составляют сеть. Остальные организации в списке — их партнёры.",
    enquiries: "Вопросы о партнёрстве",
    contact: "Связаться",
    phone: "Телефон",
    signed_by: "Подписал",
    partner: "Партнёр",
    signed_with_partners: "Соглашения, подписанные с партнёрами",
    in_force: "Действует",
    open_ended: "Бессрочное",
    expired: "Истекло",
    expires_today: "Истекает сегодня",
    expires_in: |days| {
        let n = days as u64;
        format!(
            "Истекает через {} {}",
            number(Lang::Ru, n),
            plural(Lang::Ru, n, "день", "дня", "дней")
        )
    },
    agreement_status: "Статус соглашения",
    expiring_within: "Истекает в течение 90 дней",
    sort_name: "Название",
    sort_expiry: "Ближайшее окончание",
    expiring_title: "Соглашения, истекающие в ближайшие 90 дней",
    none_expiring: "В ближайшие 90 дней ни одно соглашение не истекает.",
    expired_apart: |n| {
        let n = n as u64;
        format!(
            "{} {} не {} в диаграммах.",
            number(Lang::Ru, n),
            plural(Lang::Ru, n, "истёкшее соглашение", "истёкших соглашения", "истёкших соглашений"),
            plural(Lang::Ru, n, "учтено", "учтены", "учтены")
        )
    },
    agreements_calendar: "Календарь окончания соглашений (.ics)",
    calendar_title: "Окончание соглашений",
    calendar_summary: |kind, partner| format!("Истекает соглашение: {kind}, {partner}"),
    calendar_description: |title, url| format!("Последний день соглашения: {title}.\n{url}"),
    map_caption: "Каждый круг — город, его размер зависит от числа партнёров. Круг ведёт к списку партнёров этого города.",
    whole_world: "Весь мир",
    fit_partners: "Приблизить к партнёрам",
    cities: "Партнёры по городам",
    city_partners: |city, n| {
        let n = n as u64;
        format!(
            "{city}: {} {}",
            number(Lang::Ru, n),
            plural(Lang::Ru, n, "партнёр", "партнёра", "партнёров")
        )
    },
};

pub static EN: NetworkWords = NetworkWords {
    member: "Member of the network",
    members_title: "Members of the network",
    members_lede: "The universities that make up the network. The other organisations listed are their partners.",
    enquiries: "Partnership enquiries",
    contact: "Contact",
    phone: "Phone",
    signed_by: "Signed by",
    partner: "Partner",
    signed_with_partners: "Agreements signed with partners",
    in_force: "In force",
    open_ended: "Open-ended",
    expired: "Expired",
    expires_today: "Expires today",
    expires_in: |days| {
        let n = days as u64;
        format!(
            "Expires in {} {}",
            number(Lang::En, n),
            plural(Lang::En, n, "day", "days", "days")
        )
    },
    agreement_status: "Agreement status",
    expiring_within: "Expiring within 90 days",
    sort_name: "Name",
    sort_expiry: "Next expiry",
    expiring_title: "Agreements expiring in the next 90 days",
    none_expiring: "No agreement expires in the next 90 days.",
    expired_apart: |n| {
        let n = n as u64;
        format!(
            "{} expired {} not counted in the charts.",
            number(Lang::En, n),
            plural(Lang::En, n, "agreement is", "agreements are", "agreements are")
        )
    },
    agreements_calendar: "Calendar of agreement expiry dates (.ics)",
    calendar_title: "Agreement expiry dates",
    calendar_summary: |kind, partner| format!("Agreement ends: {kind}, {partner}"),
    calendar_description: |title, url| format!("Last day of the agreement: {title}.\n{url}"),
    map_caption: "Each circle is a city, sized by its number of partners. A circle leads to the list of that city's partners.",
    whole_world: "Whole world",
    fit_partners: "Zoom to the partners",
    cities: "Partners by city",
    city_partners: |city, n| {
        let n = n as u64;
        format!(
            "{city}: {} {}",
            number(Lang::En, n),
            plural(Lang::En, n, "partner", "partners", "partners")
        )
    },
};
