//! The rules of the source article, "阿里云服务器购买后退款指南与流程解析", as
//! `shared/spec/article-rules.md` makes them exact.

use super::{
    ByLang, Channel, NoteKind, Profile, PromoRule, Proration, Quota, Rule, Section, Sections,
    TermEnd, Vouchers, Window, ARTICLE_FIELDS, INPUT_LIMITS,
};

pub const ARTICLE: Profile = Profile {
    id: "article",
    utc_offset_minutes: 480,
    window: Window::Hours(120),
    term_end: TermEnd::SameTime,
    quota: Quota::PerMonth(1),
    promo: PromoRule::Note,
    full_needs_new_purchase: false,
    proration: Proration::NegotiatedDays,
    vouchers: Vouchers::NotAsked,
    fee_unknown: None,
    fields: ARTICLE_FIELDS,
    limits: INPUT_LIMITS,
    rules: &[
        Rule::Payg,
        Rule::Expired,
        Rule::MonthlyLimit,
        Rule::FullWindow,
        Rule::Negotiable,
    ],
    sections: Sections {
        scope: Section("scope"),
        window: Section("time-limit"),
        quota: Section("notes"),
        promo: Section("notes"),
        vouchers: Section("notes"),
        partial: Section("time-limit"),
        notes: Section("notes"),
        apply: Section("how-to-apply"),
    },
    channels: &[
        Channel::Console {
            path: ByLang {
                zh: &["控制台", "费用中心", "账单管理", "退款"],
                en: &[
                    "Console (控制台)",
                    "Billing Center (费用中心)",
                    "Bill Management (账单管理)",
                    "Refund (退款)",
                ],
            },
            url: None,
        },
        Channel::Phone("400-871-9366"),
    ],
    money_back: ByLang {
        zh: "文章没有说明退款退到哪里、多久到账。",
        en: "The article does not say where the money goes back or how long it takes.",
    },
    standing_notes: &[NoteKind::KeepRecords],
    compare_with: Some("aliyun"),
};
