//! The rules of the source article, "阿里云服务器购买后退款指南与流程解析", as
//! `shared/spec/article-rules.md` makes them exact.

use super::{ByLang, Channel, Profile, Rule, Section, Sections, Source};

pub const ARTICLE: Profile = Profile {
    id: "article",
    source: Source {
        title: "阿里云服务器购买后退款指南与流程解析",
        url: "https://aliyunyh.com/374654.html",
    },
    utc_offset_minutes: 480,
    window_hours: 120,
    requests_per_month: 1,
    year_min: 2000,
    year_max: 2099,
    months_min: 1,
    months_max: 60,
    amount_min_fen: 1,
    amount_max_fen: 1_000_000_000,
    requests_max: 99,
    rules: &[
        Rule::Payg,
        Rule::Expired,
        Rule::MonthlyLimit,
        Rule::FullWindow,
        Rule::Negotiable,
    ],
    sections: Sections {
        payg: Section::Scope,
        expired: Section::Scope,
        monthly_limit: Section::Notes,
        full_window: Section::TimeLimit,
        negotiable: Section::TimeLimit,
        promo: Section::Notes,
        third_party: Section::Notes,
        monthly_request: Section::Notes,
        records: Section::HowToApply,
        steps: Section::HowToApply,
    },
    channels: &[
        Channel::Console(ByLang {
            zh: &["控制台", "费用中心", "账单管理", "退款"],
            en: &[
                "Console (控制台)",
                "Billing Center (费用中心)",
                "Bill Management (账单管理)",
                "Refund (退款)",
            ],
        }),
        Channel::Phone("400-871-9366"),
    ],
};
