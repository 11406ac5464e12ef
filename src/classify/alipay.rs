//! Alipay's own categories (`交易分类`, statement-formats.md §1c) mapped onto Yearbook's report
//! categories.

use crate::model::Category;

/// Maps Alipay's `交易分类` (statement-formats.md §1c) onto a Yearbook category.
pub fn from_alipay(category: &str) -> Category {
    match category {
        "餐饮美食" => Category::Dining,
        "日用百货" | "超市便利" => Category::Groceries,
        "服饰装扮" | "美容美发" | "母婴亲子" | "家居家装" | "运动户外" | "宠物" | "爱车养车" => {
            Category::Shopping
        }
        "交通出行" => Category::Transport,
        "住房物业" | "充值缴费" | "生活服务" => Category::HousingUtilities,
        "医疗健康" | "互助保障" | "保险" => Category::Health,
        "教育培训" | "文化休闲" => Category::EducationCulture,
        "休闲娱乐" => Category::Entertainment,
        "酒店旅游" => Category::Travel,
        "数码电器" => Category::Digital,
        "转账红包" => Category::GiftsRedPackets,
        _ => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alipay_categories_map_onto_report_categories() {
        for (alipay, expected) in [
            ("餐饮美食", Category::Dining),
            ("日用百货", Category::Groceries),
            ("交通出行", Category::Transport),
            ("数码电器", Category::Digital),
            ("文化休闲", Category::EducationCulture),
            ("充值缴费", Category::HousingUtilities),
            ("转账红包", Category::GiftsRedPackets),
            ("商业服务", Category::Other),
            ("", Category::Other),
        ] {
            assert_eq!(from_alipay(alipay), expected, "{alipay}");
        }
    }
}
