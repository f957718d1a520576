//! Alibaba Cloud's own rules (`policy=aliyun`), from its help pages as `official-rules.md`
//! quotes them (A1, A2, A3).

use super::{
    ByLang, Channel, NoteKind, Profile, PromoRule, Proration, Quota, Section, Sections, TermEnd,
    Vouchers, Window, INPUT_LIMITS, PROVIDER_FIELDS, PROVIDER_RULES,
};

pub const ALIYUN: Profile = Profile {
    id: "aliyun",
    utc_offset_minutes: 480,
    // Our reading: A1 says 「新购5天内」 without a start; from payment / activation, 120 h.
    window: Window::Hours(120),
    // A3: the term ends at 00:00 on the day after its last day.
    term_end: TermEnd::NextMidnight,
    // A1: one five-day full refund per product per calendar year.
    quota: Quota::FullRefunds(1),
    promo: PromoRule::NotRefundable,
    full_needs_new_purchase: true,
    proration: Proration::StartedDays,
    // A2: vouchers and coupons are not refunded.
    vouchers: Vouchers::NeverReturned,
    fee_unknown: None,
    fields: PROVIDER_FIELDS,
    limits: INPUT_LIMITS,
    rules: PROVIDER_RULES,
    sections: Sections {
        scope: Section("aliyun-scope"),
        window: Section("aliyun-time-limit"),
        quota: Section("aliyun-quota"),
        promo: Section("aliyun-promo"),
        vouchers: Section("aliyun-vouchers"),
        partial: Section("aliyun-partial"),
        notes: Section("aliyun-notes"),
        apply: Section("aliyun-how-to-apply"),
    },
    channels: &[
        Channel::Console {
            path: ByLang {
                zh: &["费用与成本", "资源退订"],
                en: &["Expenses and Costs (费用与成本)", "Unsubscribe Resources (资源退订)"],
            },
            url: Some("https://billing-cost.console.aliyun.com/refund/"),
        },
        Channel::Phone("4008013260"),
    ],
    money_back: ByLang {
        zh: "一般在 2–3 个工作日内退回原付款方式；已开发票，或原付款渠道已过期（支付宝 548 天、网银 90 天）时，退到阿里云账户余额。",
        en: "Usually back to the original payment method within 2–3 working days; to the Alibaba Cloud account balance when an invoice was issued or the original route has lapsed (Alipay after 548 days, online banking after 90).",
    },
    standing_notes: &[
        NoteKind::Invoice,
        NoteKind::Renewal,
        NoteKind::MarketplaceImage,
        NoteKind::Released,
    ],
    compare_with: None,
};
