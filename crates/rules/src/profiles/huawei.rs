//! Huawei Cloud's own rules (`policy=huawei`), from its help pages as `official-rules.md`
//! quotes them (H1, H2, H4).

use super::{
    ByLang, Channel, NoteKind, Profile, PromoRule, Proration, Quota, Section, Sections, TermEnd,
    Vouchers, Window, INPUT_LIMITS, PROVIDER_FIELDS, PROVIDER_RULES,
};

pub const HUAWEI: Profile = Profile {
    id: "huawei",
    utc_offset_minutes: 480,
    // H1: 「开通时间起5*24小时」.
    window: Window::Hours(120),
    // H2: an order bought 01-01 10:30 for a month runs to 02-01 23:59:59.
    term_end: TermEnd::NextMidnight,
    // H1: ten instances per account per calendar year.
    quota: Quota::FullRefunds(10),
    // H1: offers marked 「不支持五天无理由退订」 lose only the five-day route.
    promo: PromoRule::NoFullRefund,
    full_needs_new_purchase: true,
    proration: Proration::FlooredHours,
    // H1: used vouchers are returned with a five-day refund.
    vouchers: Vouchers::ReturnedWithFullRefund,
    // H2: the handling fee table could not be retrieved.
    fee_unknown: Some(
        "https://support.huaweicloud.com/usermanual-billing/zh-cn_topic_0083138805.html",
    ),
    fields: PROVIDER_FIELDS,
    limits: INPUT_LIMITS,
    rules: PROVIDER_RULES,
    sections: Sections {
        scope: Section("huawei-scope"),
        window: Section("huawei-time-limit"),
        quota: Section("huawei-quota"),
        promo: Section("huawei-promo"),
        vouchers: Section("huawei-vouchers"),
        partial: Section("huawei-partial"),
        notes: Section("huawei-notes"),
        apply: Section("huawei-how-to-apply"),
    },
    // No official customer service number was found: none is shown.
    channels: &[Channel::Console {
        path: ByLang {
            zh: &["退订与退换货", "云服务退订"],
            en: &[
                "Unsubscriptions and Returns (退订与退换货)",
                "Unsubscribe Cloud Services (云服务退订)",
            ],
        },
        url: None,
    }],
    money_back: ByLang {
        zh: "退到华为云账户的现金账户，大约 1 个工作日；提现要另行操作。",
        en: "To the Huawei Cloud cash account, in about 1 working day; withdrawing it is a separate step.",
    },
    standing_notes: &[NoteKind::Invoice, NoteKind::Renewal],
    compare_with: None,
};
