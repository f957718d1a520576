//! The refund guide shown beside the calculator: the project's own rewrite of the source
//! article's five sections, in Chinese and English. Pure data, so that the prerender and the
//! browser render exactly the same text. Facts come from the article; the wording is ours.

use crate::policy::{Lang, Section};

/// One block of a guide section, rendered as a paragraph, a list, or a numbered list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    Para(&'static str),
    Bullets(&'static [&'static str]),
    Numbered(&'static [&'static str]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideSection {
    pub section: Section,
    pub title: &'static str,
    pub blocks: &'static [Block],
}

/// A point where the provider's official help pages differ from the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference {
    pub text: &'static str,
    /// Address of the official page, when there is one to cite.
    pub link: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub heading: &'static str,
    pub intro: &'static str,
    pub sections: [GuideSection; 5],
    pub source_label: &'static str,
    pub source_title: &'static str,
    pub source_url: &'static str,
    pub disclaimer: &'static str,
    pub differences_heading: &'static str,
    pub differences: &'static [Difference],
}

pub fn guide(lang: Lang) -> &'static Guide {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// The guide in Chinese, the page's default language.
pub const ZH: Guide = Guide {
    heading: "退款指南",
    intro: "这里整理了来源文章中的退款规则，文字由我们重新撰写。本页的计算器就是按这些规则给出结果的。",
    sections: [
        GuideSection {
            section: Section::Scope,
            title: "哪些订单能退",
            blocks: &[
                Block::Para(
                    "只有预先付费、而且还没用掉的产品才能退款，例如从按量付费转成包年包月的订单。",
                ),
                Block::Para(
                    "已经用掉的时长一律不退。纯按量付费是用多少付多少，没有预付的钱，所以不在退款范围内；买的时长全部到期后，也就没有可退的部分了。",
                ),
            ],
        },
        GuideSection {
            section: Section::TimeLimit,
            title: "5天的期限",
            blocks: &[
                Block::Para(
                    "付款成功后5天内申请，不需要说明理由，可以全额退款。这5天从付款成功的那一刻算起，一共120小时。",
                ),
                Block::Para(
                    "本计算器的两点约定：5天的期限正好在付款后第120小时结束，在那一分钟提交已经算晚；所有时间都按北京时间（UTC+8）计算。例如2026年11月25日10:00付款，期限到11月30日10:00结束，10:00整申请就不在5天之内了。",
                ),
                Block::Para(
                    "过了5天，但购买的服务期还没结束：可以联系客服协商。能不能退、退多少要和客服商量，不作保证。",
                ),
            ],
        },
        GuideSection {
            section: Section::HowToApply,
            title: "怎么申请",
            blocks: &[
                Block::Para("可以通过下面两种渠道申请："),
                Block::Numbered(&[
                    "在控制台提交：控制台 → 费用中心 → 账单管理 → 退款。",
                    "打客服电话：400-871-9366。这是文章给出的号码，拨打前请先到阿里云官网核实。",
                ]),
                Block::Para("不管用哪种方式，都请保留好交易记录，并准备好身份证明材料，方便审核。"),
            ],
        },
        GuideSection {
            section: Section::Notes,
            title: "注意事项",
            blocks: &[Block::Bullets(&[
                "每个账号每个自然月最多只能提交一次退款申请。",
                "部分特殊促销活动中买的产品可能不能退款，请看清商品页面上的说明。",
                "订单里如果含有第三方服务或硬件等费用，这部分会先扣除，再结算退款。",
            ])],
        },
        GuideSection {
            section: Section::Summary,
            title: "小结",
            blocks: &[Block::Para(
                "退款有时间和次数的限制，最省事的做法是下单前想清楚：选好产品类型，也选好购买时长。确实需要退款时，尽量在5天内提出。",
            )],
        },
    ],
    source_label: "来源文章",
    source_title: "阿里云服务器购买后退款指南与流程解析",
    source_url: "https://aliyunyh.com/374654.html",
    disclaimer: "本指南不是阿里云的官方文本，一切以阿里云当前的条款为准。本页给出的是估算，不是承诺。",
    differences_heading: "与官方帮助页面的差异",
    differences: &[
        Difference {
            text: "退款次数：官方帮助页面写的是每个用户每个产品在一个自然年（1月1日至12月31日）内，可以5天无理由全额退订一台实例，而不是文章说的每个账号每月一次。",
            link: Some("https://help.aliyun.com/document_detail/431646.html"),
        },
        Difference {
            text: "适用范围：官方页面的5天无理由全额退款只针对包年包月的新购订单；标明「不支持退款」的促销活动完全不能退。",
            link: None,
        },
        Difference {
            text: "退还的款项：官方页面说明只退现金和储值卡支付的部分，代金券、优惠券不退。",
            link: Some("https://help.aliyun.com/zh/ecs/refund-instructions"),
        },
        Difference {
            text: "控制台路径：目前的入口是 费用与成本 → 资源退订；文章里的 费用中心 → 账单管理 → 退款 可能已经过时。",
            link: None,
        },
        Difference {
            text: "客服电话：文章给出的400-871-9366在我们找到的官方页面上都没有出现；官方帮助页面底部显示的是4008013260。",
            link: None,
        },
    ],
};

/// The guide in English: written on its own, not a word-for-word translation of `ZH`, but with
/// the same facts. Chinese menu names stay in parentheses, as the console is in Chinese.
pub const EN: Guide = Guide {
    heading: "Refund guide",
    intro: "A summary of the refund rules in the source article, rewritten in our own words. The calculator on this page applies these rules.",
    sections: [
        GuideSection {
            section: Section::Scope,
            title: "Which orders qualify",
            blocks: &[
                Block::Para(
                    "Only prepaid products that have not been used yet can be refunded. One example is a pay-as-you-go (按量付费) order converted to a subscription (包年包月).",
                ),
                Block::Para(
                    "Time you have already used is never refunded. Plain pay-as-you-go has nothing prepaid, so it does not qualify. Once the whole term you bought has run out, nothing is left to refund.",
                ),
            ],
        },
        GuideSection {
            section: Section::TimeLimit,
            title: "The 5-day window",
            blocks: &[
                Block::Para(
                    "Apply within 5 days and you get a full refund, with no reason needed. The 5 days start at the moment your payment succeeded, so the window is 120 hours long.",
                ),
                Block::Para(
                    "Two choices this calculator makes: the window ends exactly 120 hours after payment, so an application at that exact minute is too late; and all times are Beijing time (UTC+8). For example, if you paid at 2026-11-25 10:00, the window closes at 2026-11-30 10:00, and applying at 10:00 that day is already too late.",
                ),
                Block::Para(
                    "Past the 5 days, but still within the service period you paid for: contact customer service and negotiate. Whether you get money back, and how much, is up to that conversation. Nothing is guaranteed.",
                ),
            ],
        },
        GuideSection {
            section: Section::HowToApply,
            title: "How to apply",
            blocks: &[
                Block::Para("There are two ways to apply:"),
                Block::Numbered(&[
                    "In the console: Console → Billing (费用中心) → Bills (账单管理) → Refund (退款).",
                    "By phone: 400-871-9366. This is the number the article gives; check it on Alibaba Cloud's official site before you call.",
                ]),
                Block::Para(
                    "Whichever way you choose, keep your transaction records and have your identity documents ready. They help the review go through.",
                ),
            ],
        },
        GuideSection {
            section: Section::Notes,
            title: "Things to note",
            blocks: &[Block::Bullets(&[
                "Each account can make at most one refund request per calendar month.",
                "Some purchases made during special promotions may be excluded. Read the product page.",
                "If the order includes third-party services or hardware costs, these are deducted before the refund is settled.",
            ])],
        },
        GuideSection {
            section: Section::Summary,
            title: "In short",
            blocks: &[Block::Para(
                "Refunds are limited in time and in number, so the easiest way is to decide before you order: choose the product type and the term carefully. If you do need a refund, ask within the 5 days.",
            )],
        },
    ],
    source_label: "Source article",
    source_title: "阿里云服务器购买后退款指南与流程解析 (Refunding an Alibaba Cloud server after purchase: a guide to the rules and the process)",
    source_url: "https://aliyunyh.com/374654.html",
    disclaimer: "This is not Alibaba Cloud's official text; Alibaba Cloud's current terms prevail. This page gives an estimate, not a promise.",
    differences_heading: "Where the official help pages differ",
    differences: &[
        Difference {
            text: "Quota: the official help pages allow each user one instance per product per calendar year (1 January to 31 December) to be cancelled with a full 5-day refund, not one request per account per month as the article says.",
            link: Some("https://help.aliyun.com/document_detail/431646.html"),
        },
        Difference {
            text: "Scope: officially, the 5-day full refund covers new subscription (包年包月) purchases only, and promotions marked 不支持退款 (no refunds) cannot be refunded at all.",
            link: None,
        },
        Difference {
            text: "What is refunded: only payments made in cash or with stored-value cards. Vouchers and coupons (代金券、优惠券) are not refunded.",
            link: Some("https://help.aliyun.com/zh/ecs/refund-instructions"),
        },
        Difference {
            text: "Console: the current path is Expenses and Costs (费用与成本) → Unsubscribe Resources (资源退订). The article's Billing (费用中心) → Bills (账单管理) → Refund (退款) may be out of date.",
            link: None,
        },
        Difference {
            text: "Phone: the article's 400-871-9366 appears on no official page we found. The footer of the official help pages shows 4008013260.",
            link: None,
        },
    ],
};
