"""Word pools for realistic synthetic cases: names, communities, places and facts per dispute type."""

from __future__ import annotations

from mediation_app.domain.vocabulary import DisputeType

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容")
GIVEN_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉建华春梅海燕"
    "晓东丹宇浩然子涵欣怡梓萱一诺思远佳琪雨桐俊杰博文天佑嘉怡堃喆赟玥昇淼鑫琤珺昊昕晗彧"
)
ETHNICITIES = ("汉族",) * 18 + ("回族", "满族", "蒙古族", "壮族")
OCCUPATIONS = ("个体经营", "职员", "退休", "务工", "教师", "司机", "无业", "自由职业", "农民", "学生")
COMMUNITIES = (
    "东风社区",
    "和平社区",
    "幸福里社区",
    "长青社区",
    "光明社区",
    "新华社区",
    "翠湖社区",
    "兴隆社区",
    "滨河社区",
    "建设社区",
)
STREETS = ("建设路", "人民路", "解放大道", "和平街", "中山路", "新华路", "滨河路", "文化路")
ORGANISATIONS = (
    "市安居物业服务有限公司",
    "鸿达装饰工程有限公司",
    "顺丰餐饮管理有限公司",
    "华联超市有限公司",
    "康宁民营医院",
    "恒通汽车租赁有限公司",
    "金穗房地产开发有限公司",
    "宏图建筑劳务有限公司",
)
MEDIATORS = (
    ("张建国", "police_officer"),
    ("李秀英", "peoples_mediator"),
    ("王立新", "peoples_mediator"),
    ("陈律师", "lawyer"),
    ("刘警官", "police_officer"),
    ("赵桂兰", "peoples_mediator"),
    ("孙明", "lawyer"),
    ("周海燕", "peoples_mediator"),
)
REFERRERS = ("城关派出所", "东风社区网格站", "区12345热线", "区人民法院", "区信访局", "和平社区联调站")

FACTS: dict[DisputeType, tuple[str, ...]] = {
    DisputeType.MARRIAGE_FAMILY: (
        "夫妻因家庭琐事及子女抚养问题发生争吵，女方要求离婚并分割共同财产。",
        "兄弟姐妹之间因赡养老人费用分担问题产生纠纷。",
    ),
    DisputeType.NEIGHBOUR: (
        "楼上住户卫生间漏水，导致楼下住户天花板及墙面受损，双方就维修费用协商未果。",
        "双方因楼道堆放杂物、噪音扰民问题多次发生口角。",
    ),
    DisputeType.HOUSING_LAND: ("双方因宅基地边界及院墙位置发生争议。", "租客拖欠房租三个月，房东要求解除租赁合同。"),
    DisputeType.CONTRACT: ("装修工程完工后，业主以质量问题为由拒付尾款。", "借款到期后借款人未按约定归还本金及利息。"),
    DisputeType.BUSINESS: ("合伙经营餐馆因利润分配发生分歧。", "商户因摊位使用费与市场管理方发生争议。"),
    DisputeType.DAMAGES: (
        "饲养的犬只咬伤路人，双方就医疗费、误工费赔偿产生纠纷。",
        "施工坠物砸坏停放车辆，车主要求赔偿。",
    ),
    DisputeType.FOREST_LAND: ("双方因承包地界址及林木归属发生争议。",),
    DisputeType.EXPROPRIATION: ("被拆迁户对补偿安置标准有异议，要求增加补偿。",),
    DisputeType.ENVIRONMENT: ("餐馆油烟及噪声影响周边居民正常生活。", "工地夜间施工噪声扰民。"),
    DisputeType.LABOUR: ("员工被辞退后要求公司支付拖欠工资及经济补偿金。", "农民工讨要工程款，涉及人数较多。"),
    DisputeType.CONSUMER: ("消费者购买的预付卡商家停业，要求退还余额。", "购买的家电出现质量问题，商家拒绝退换。"),
    DisputeType.MEDICAL: ("患者家属认为医院诊疗存在过错，要求赔偿。",),
    DisputeType.TRAFFIC: ("电动自行车与行人发生碰撞，双方就医疗费用承担产生争议。", "两车剐蹭，就维修费用协商不成。"),
    DisputeType.PROPERTY_MGMT: ("业主以服务质量差为由拒交物业费。", "小区停车位管理引发业主与物业公司纠纷。"),
    DisputeType.OTHER: ("双方因其他民间事务产生纠纷。",),
}

TERMS = (
    "{payer}于{due}前一次性向{payee}支付{amount}元。",
    "{payer}负责于{due}前修复受损部位，费用自行承担。",
    "双方就本纠纷再无其他争议。",
    "{payee}收到款项后出具收条。",
    "双方今后和睦相处，互不干扰对方正常生活。",
)
