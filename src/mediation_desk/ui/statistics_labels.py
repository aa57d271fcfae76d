"""The definitions and sources of the statistics' figures, listed once so ``pyside6-lupdate`` collects
them into the "labels" context of the English translation: the indicators of the dispute tables
(``domain.statistics.INDICATORS``) and the breakdowns of the platform-enterprise report
(``domain.platform_report``). The Chinese text is the domain's own; the pages show it through
``definition_text`` (``labels.label_text``), so the English interface shows the English definition.
``tests/gui/test_platform_page.py`` checks that every definition and source is listed here and has
an English translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediation_desk.ui.labels import label_text

STATISTICS_CATALOG = (
    # the dispute tables: definitions and sources
    QT_TRANSLATE_NOOP("labels", "期初前一日结束时尚未结案的案件数（收案日期早于期初，且当日状态不是已达成调解协议、已裁决、移送法院、已结案、已撤回）。"),
    QT_TRANSLATE_NOOP("labels", "本程序的统计口径（docs/statistics.md）"),
    QT_TRANSLATE_NOOP("labels", "期内登记收案的案件数，加上期初前已结、期内恢复处理的案件数（如调解协议未履行转入仲裁）；每件案件在一个统计期内只计一次。"),
    QT_TRANSLATE_NOOP("labels", "收案日期在统计期内的案件数。"),
    QT_TRANSLATE_NOOP("labels", "期初前已结、期内由已结状态转回办理状态的案件数（不属新收案件）。"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件中，按集体（群体）案件登记且劳动者一方十人以上的案件数。"),
    QT_TRANSLATE_NOOP("labels", "劳动争议调解仲裁法第七条"),
    QT_TRANSLATE_NOOP("labels", "当期受理的集体争议案件的申请人（劳动者）人数之和。"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件的申请人（劳动者）人数之和；集体争议按登记的成员人数计。"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件按争议原因分类，每件只计一次；一案有多项请求的，按确认劳动关系、变更解除终止劳动合同、社会保险、劳动报酬、其他的顺序取第一项所属原因。请求种类的归类见 docs/statistics.md。"),
    QT_TRANSLATE_NOOP("labels", "劳动争议调解仲裁法第二条（争议范围）；本程序的归类口径"),
    QT_TRANSLATE_NOOP("labels", "上期未结及当期受理的案件中，期末日结束时处于已结状态的案件数；每件只计一次，按期末有效的结案方式、日期计。"),
    QT_TRANSLATE_NOOP("labels", "workflows.md（案件流程：调解协议、裁决、撤回、移送法院、结案）；本程序的统计口径"),
    QT_TRANSLATE_NOOP("labels", "由办理状态转为“已达成调解协议”结案（含仲裁调解书生效）。"),
    QT_TRANSLATE_NOOP("labels", "由仲裁中转为“已裁决”结案。"),
    QT_TRANSLATE_NOOP("labels", "申请人撤回申请（“已撤回”）结案。"),
    QT_TRANSLATE_NOOP("labels", "由办理状态直接转为“已结案”或“移送法院”的（不予受理、调解不成终结、逾期未裁移送等）。"),
    QT_TRANSLATE_NOOP("labels", "裁决结案且各项裁决均为支持，或调解结案且协议金额不低于请求金额的案件数。"),
    QT_TRANSLATE_NOOP("labels", "裁决结案且各项请求均被驳回的案件数。"),
    QT_TRANSLATE_NOOP("labels", "其余裁决结案和调解结案的案件数。"),
    QT_TRANSLATE_NOOP("labels", "撤回和其他方式结案的案件数（不分胜负）。"),
    QT_TRANSLATE_NOOP("labels", "上期未结 + 当期受理 − 结案。"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件登记的各项请求金额之和（含集体争议成员各自的请求）。"),
    QT_TRANSLATE_NOOP("labels", "结案案件登记的请求金额之和。"),
    QT_TRANSLATE_NOOP("labels", "裁决结案案件经审批的裁决书（含先行裁决书）中支持、部分支持的各项金额之和。"),
    QT_TRANSLATE_NOOP("labels", "调解结案案件最近一次调解协议各条款金额之和；仲裁调解书结案的，取经审批的仲裁调解书所列金额。"),
    QT_TRANSLATE_NOOP("labels", "结案 ÷（上期未结 + 当期受理）× 100%。"),
    QT_TRANSLATE_NOOP("labels", "调解结案 ÷ 结案 × 100%。"),
    QT_TRANSLATE_NOOP("labels", "（调解结案 + 撤回结案）÷ 结案 × 100%。"),
    QT_TRANSLATE_NOOP("labels", "裁决结案案件中，经审批的裁决书为终局裁决或部分终局的案件数。"),
    QT_TRANSLATE_NOOP("labels", "劳动争议调解仲裁法第四十七条"),
    QT_TRANSLATE_NOOP("labels", "终局裁决 ÷ 裁决结案 × 100%。"),
    QT_TRANSLATE_NOOP("labels", "结案案件自收案日至结案日的自然日数的中位数（Python statistics.median）；恢复处理的案件自最初收案日起算。"),
    QT_TRANSLATE_NOOP("labels", "同上天数的第90百分位：statistics.quantiles(n=10, method='inclusive') 的第9个分位点（线性插值）；只有一件时取该件天数。"),
    QT_TRANSLATE_NOOP("labels", "上期未结及当期受理的案件中，调解期限（十五日）或仲裁裁决期限（四十五日，经批准延长十五日，扣除中止、公告期间）的到期日早于结案日，或期末仍未结而到期日早于期末日的案件数。期限按案件事件以本程序的期限规则重新计算。"),
    QT_TRANSLATE_NOOP("labels", "劳动争议调解仲裁法第十四条、第四十三条；劳动人事争议仲裁办案规则第四十五条、第四十六条"),
    QT_TRANSLATE_NOOP("labels", "结案日晚于期限到期日的结案案件数。"),
    QT_TRANSLATE_NOOP("labels", "期末未结且期限到期日早于期末日的案件数。"),
    # the platform-enterprise report: definitions and sources of the breakdowns
    QT_TRANSLATE_NOOP("labels", "当期受理案件按登记的行业（外卖配送、网约车、快递、网约货运、家政、网络主播、其他）分组；每件只计一次，各行之和等于合计。"),
    QT_TRANSLATE_NOOP("labels", "人社部发〔2021〕56号《关于维护新就业形态劳动者劳动保障权益的指导意见》；本程序的统计口径"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件按登记的平台名称分组（名称按全角转半角、去空格、英文字母大写、统一括号后比较，显示最常用的写法）；未填写的单列；每件只计一次，各行之和等于合计。"),
    QT_TRANSLATE_NOOP("labels", "洪人社发〔2022〕88号《关于维护新就业形态劳动者劳动保障权益的实施方案》第十六项（平台企业用工情况报告制度）；本程序的统计口径"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件按被申请人、第三人中企业的角色分组：平台（平台企业）、合作商/站点（代理）、外包（外包、劳务公司）、派遣（劳务派遣）、加盟、其他。一案有多种角色的企业时在每种角色各计一次，各行之和可大于合计；校验改为每件案件至少计入一行。"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件按被申请人、第三人中的每家企业分组，同一企业按统一社会信用代码识别，无代码的按规范化名称识别（与劳动保障监察移送的多次被申请企业同一口径）；列出其被登记的角色。一案涉及多家企业时在每家各计一次，金额为整案金额，各行之和可大于合计；校验改为每件案件至少计入一行。"),
    QT_TRANSLATE_NOOP("labels", "按案件关系认定表各用工链条最新版本的最终认定类别分组；各链条认定不同的，取劳动关系、不完全符合确立劳动关系情形、民事关系中在前者。认定表只有三类，“个人依托平台自主经营”与其他民事关系同属民事关系一类；没有认定表的计入未认定。每件只计一次，各行之和等于合计。"),
    QT_TRANSLATE_NOOP("labels", "当期受理案件按请求种类分组（含集体争议成员各自的请求），请求种类的归并见 docs/statistics.md。一案有几类请求就在几行各计一次，案件数、人数、结案及调解、裁决金额（整案金额）之和可大于合计；请求金额按该类各项请求金额之和计，各行之和等于合计。校验：每件案件至少计入一行，请求金额之和等于合计。"),
)


def definition_text(chinese: str) -> str:
    """A definition or source in the UI language (the Chinese text when it has no translation)."""
    return label_text(chinese)
