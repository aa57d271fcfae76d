"""What the demo book's disputes look like per industry: who the workers are and what they earn,
which claims they bring, how the facts are worded, and who represents them."""

from __future__ import annotations

from mediation_desk.domain.cases import AgentAuthority, ClaimKind, Industry, IntakeChannel

# Industry profile: male share, age (low, high, mode), monthly pay (low, high),
# and the word for what the worker is paid.
_PROFILE: dict[Industry, tuple[float, tuple[int, int, int], tuple[int, int], str]] = {
    Industry.FOOD_DELIVERY: (0.9, (19, 52, 30), (4200, 8200), "配送报酬"),
    Industry.RIDE_HAILING: (0.95, (24, 58, 38), (4500, 9000), "营运收入"),
    Industry.COURIER: (0.85, (20, 52, 32), (4300, 7800), "派件费"),
    Industry.FREIGHT: (0.97, (25, 58, 40), (5000, 10000), "运费"),
    Industry.HOUSEKEEPING: (0.08, (30, 58, 46), (3200, 6500), "服务费"),
    Industry.LIVE_STREAMING: (0.35, (18, 35, 23), (3000, 6000), "保底工资"),
}

# Claim kinds likely in each industry (first pick); extra claims are drawn
# from the same table.
K = ClaimKind
_CLAIM_WEIGHTS: dict[Industry, tuple[tuple[ClaimKind, int], ...]] = {
    Industry.FOOD_DELIVERY: (
        (K.UNPAID_PAY, 40), (K.DEPOSIT_REFUND, 14), (K.UNLAWFUL_DEDUCTION, 14), (K.CONFIRM_RELATIONSHIP, 8),
        (K.DOUBLE_PAY, 6), (K.ECONOMIC_COMPENSATION, 4), (K.UNLAWFUL_TERMINATION, 3), (K.WORK_INJURY, 5),
        (K.SOCIAL_INSURANCE, 3), (K.OVERTIME_PAY, 2), (K.BELOW_MINIMUM_WAGE, 1),
    ),
    Industry.RIDE_HAILING: (
        (K.UNPAID_PAY, 28), (K.UNLAWFUL_DEDUCTION, 26), (K.DEPOSIT_REFUND, 24), (K.CONFIRM_RELATIONSHIP, 8),
        (K.RETURN_DOCUMENTS, 4), (K.UNLAWFUL_TERMINATION, 5), (K.WORK_INJURY, 5),
    ),
    Industry.COURIER: (
        (K.UNPAID_PAY, 34), (K.UNLAWFUL_DEDUCTION, 16), (K.DOUBLE_PAY, 10), (K.ECONOMIC_COMPENSATION, 8),
        (K.OVERTIME_PAY, 8), (K.HOLIDAY_PAY, 5), (K.CONFIRM_RELATIONSHIP, 8), (K.SOCIAL_INSURANCE, 5),
        (K.DEPOSIT_REFUND, 4), (K.WORK_INJURY, 2),
    ),
    Industry.FREIGHT: (
        (K.UNPAID_PAY, 50), (K.DEPOSIT_REFUND, 22), (K.UNLAWFUL_DEDUCTION, 22), (K.WORK_INJURY, 6),
    ),
    Industry.HOUSEKEEPING: (
        (K.UNPAID_PAY, 45), (K.DEPOSIT_REFUND, 18), (K.CONFIRM_RELATIONSHIP, 10), (K.WORK_INJURY, 10),
        (K.RETURN_DOCUMENTS, 7), (K.UNLAWFUL_DEDUCTION, 10),
    ),
    Industry.LIVE_STREAMING: (
        (K.UNPAID_PAY, 40), (K.UNLAWFUL_DEDUCTION, 18), (K.CONFIRM_RELATIONSHIP, 14), (K.DOUBLE_PAY, 12),
        (K.BELOW_MINIMUM_WAGE, 8), (K.ECONOMIC_COMPENSATION, 8),
    ),
}
# Claims that presuppose a labour relationship (a gig worker usually asks for
# its confirmation first).
_NEEDS_RELATIONSHIP = frozenset({
    K.DOUBLE_PAY, K.ECONOMIC_COMPENSATION, K.UNLAWFUL_TERMINATION, K.SOCIAL_INSURANCE, K.OVERTIME_PAY,
    K.HOLIDAY_PAY, K.BELOW_MINIMUM_WAGE,
})
# Confirmation of the relationship comes first, the rest in ClaimKind order.
_CLAIM_ORDER = {kind: (kind is not K.CONFIRM_RELATIONSHIP, i) for i, kind in enumerate(ClaimKind)}
del K

_CHANNELS = (IntakeChannel.WRITTEN, IntakeChannel.ORAL, IntakeChannel.REFERRED)
_CHANNEL_CUM = (75, 92, 100)
_REFERRERS = ("南昌市12345政务服务便民热线", "{d}人力资源和社会保障局", "{d}总工会", "{d}劳动人事争议仲裁院", "南昌市劳动保障监察支队")

# Industry wording for the facts.
_WORK_STATEMENT: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: (
        "申请人自{start}起通过“{brand}”平台配送外卖，系{unit}{road}站的专送骑手，每日在线约{hours}小时",
        "申请人自{start}起在{unit}“{brand}”{road}站从事外卖配送工作，按每单{piece}元计酬，每日在线约{hours}小时",
    ),
    Industry.RIDE_HAILING: (
        "申请人自{start}起驾驶{car}通过“{brand}”平台从事网约车客运服务，每日出车约{hours}小时",
        "申请人自{start}起经{unit}招募，驾驶{car}在“{brand}”平台接单营运，平台按每单流水抽取约{cut}%的信息服务费",
    ),
    Industry.COURIER: (
        "申请人自{start}起在{unit}“{brand}”{road}网点从事快递收派工作，按件计酬，每件{piece}元",
        "申请人自{start}起为{unit}“{brand}”网点派送快递，负责{district}{road}一带的派件，每天早上{clock}点到网点分拣",
    ),
    Industry.FREIGHT: (
        "申请人自{start}起驾驶{truck}通过“{brand}”平台承接同城货运订单，由{unit}统一派单和结算运费",
        "申请人自{start}起挂靠{unit}，驾驶{truck}在“{brand}”平台接单，运费按月结算",
    ),
    Industry.HOUSEKEEPING: (
        "申请人自{start}起经“{brand}”平台派单，由{unit}安排为客户提供{service}服务",
        "申请人自{start}起在{unit}从事{service}工作，通过“{brand}”平台接受派单，报酬按月结算",
    ),
    Industry.LIVE_STREAMING: (
        "申请人自{start}起与{unit}签订《主播合作协议》，在“{brand}”平台从事{stream}直播，约定保底月收入{base}元另加流水提成",
        "申请人自{start}起由{unit}安排在“{brand}”平台从事{stream}直播，每天直播不少于{hours}小时，须到公司直播间打卡",
    ),
}
_MANAGEMENT: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("站点要求每天早上{clock}点参加早会并打卡，实行排班制，每月休息不超过{rest}天", "站点规定迟到、拒单均要罚款，每月休息须经站长批准"),
    Industry.RIDE_HAILING: ("{unit_or_platform}规定每天在线不少于{hours}小时，每月完成不少于{orders}单，否则扣除奖励",),
    Industry.COURIER: ("网点要求每天早上{clock}点到岗分拣，每月休息不超过{rest}天", "网点对派件时效、签收和投诉实行考核，考核结果与报酬挂钩"),
    Industry.FREIGHT: ("平台对接单率和准时率进行考核，考核不合格即限制派单",),
    Industry.HOUSEKEEPING: ("公司统一着装、统一培训，工作时间由公司安排，客户付款先进入公司账户",),
    Industry.LIVE_STREAMING: ("直播时间、内容和着装均由公司安排，缺播须提前请假", "公司要求每月直播不少于{live_days}天、每天不少于{hours}小时"),
}
_STOP_REASONS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("违反站点管理规定", "多次超时送达", "顾客投诉", "不服从站点调度", "旷工"),
    Industry.RIDE_HAILING: ("服务分过低", "乘客投诉", "车辆不符合平台要求", "未完成出车任务"),
    Industry.COURIER: ("派件时效不达标", "顾客投诉", "遗失快件", "不服从网点安排"),
    Industry.FREIGHT: ("准时率不达标", "货主投诉", "车辆证件过期"),
    Industry.HOUSEKEEPING: ("客户投诉", "服务不达标", "年龄偏大"),
    Industry.LIVE_STREAMING: ("直播时长不达标", "流水未达到约定目标", "违反公司管理规定"),
}
_STOP_ACTIONS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("停止向申请人派单", "封停申请人的骑手账号", "口头通知申请人不用再来上班"),
    Industry.RIDE_HAILING: ("封禁申请人的司机账号", "解除合作并收回车辆"),
    Industry.COURIER: ("收回申请人的派件区域", "口头通知申请人不用再来上班"),
    Industry.FREIGHT: ("停止向申请人派单", "冻结申请人的司机账号"),
    Industry.HOUSEKEEPING: ("不再为申请人安排工作", "通知申请人解除合作"),
    Industry.LIVE_STREAMING: ("停止安排申请人直播", "通知申请人解除合作协议"),
}
_DEDUCTION_REASONS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("超时送达、顾客差评", "未参加早会、未穿工服", "拒单、转单"),
    Industry.RIDE_HAILING: ("乘客投诉、绕路", "取消订单、服务分低"),
    Industry.COURIER: ("顾客投诉、虚假签收", "快件延误、遗失"),
    Industry.FREIGHT: ("货物延误、货损",),
    Industry.HOUSEKEEPING: ("客户投诉、迟到",),
    Industry.LIVE_STREAMING: ("迟到、缺播", "未完成流水目标"),
}
_DEPOSIT_ITEMS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("装备押金", "餐箱及工服押金", "电动车押金", "入职保证金"),
    Industry.RIDE_HAILING: ("车辆押金", "合作保证金"),
    Industry.COURIER: ("工服及巴枪押金", "电动三轮车押金", "入职保证金"),
    Industry.FREIGHT: ("合作保证金", "车辆押金"),
    Industry.HOUSEKEEPING: ("服装押金", "上岗保证金"),
    Industry.LIVE_STREAMING: ("设备押金", "合作保证金"),
}
_DAILY_HOURS: dict[Industry, tuple[int, int]] = {
    Industry.FOOD_DELIVERY: (8, 12),
    Industry.RIDE_HAILING: (8, 12),
    Industry.COURIER: (9, 12),
    Industry.FREIGHT: (8, 11),
    Industry.HOUSEKEEPING: (8, 10),
    Industry.LIVE_STREAMING: (4, 8),
}
_SPECIAL_SCOPE = "特别授权：代为提出、承认、放弃、变更调解请求，进行和解，签收法律文书"
_GENERAL_SCOPE = "一般授权：代为提出调解申请、参加调解、签收法律文书"
_AGENT_KINDS: tuple[tuple[str, AgentAuthority, str], ...] = (
    ("近亲属", AgentAuthority.GENERAL, _GENERAL_SCOPE),
    ("法律援助律师", AgentAuthority.SPECIAL, _SPECIAL_SCOPE),
    ("工会推荐", AgentAuthority.GENERAL, _GENERAL_SCOPE),
    ("律师", AgentAuthority.SPECIAL, _SPECIAL_SCOPE),
)
_AGENT_CUM = (45, 75, 90, 100)
_DEPOSIT_AMOUNTS = (300, 500, 500, 600, 800, 1000, 1000, 1200, 1500, 2000)
_LEAVE_REASONS = ("家中有事", "身体原因", "另找工作", "需回老家照顾老人", "孩子上学需要接送")
_INJURIES = ("右腿胫骨骨折", "左手腕骨折", "锁骨骨折", "腰椎压缩性骨折", "多处软组织挫伤", "右踝关节骨折")
_CARS = ("自有小型轿车", "自有新能源轿车", "自有新能源轿车", "租赁的新能源轿车")
_TRUCKS = ("自有厢式货车", "自有小型面包车", "自有厢式货车")
_SERVICES = ("家庭保洁", "育儿嫂", "住家保姆", "钟点工", "月嫂", "老人陪护")
_STREAMS = ("带货", "才艺", "游戏", "本地生活带货")
_DOCUMENTS = ("居民身份证原件", "驾驶证原件", "健康证原件")
