<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
<context>
    <name>AcceptanceSection</name>
    <message>
        <source>（{n}）{condition}</source>
        <translation>({n}) {condition}</translation>
    </message>
    <message>
        <source>审查意见（不符合时写明）</source>
        <translation>Review note (required when not met)</translation>
    </message>
    <message>
        <source>移送法院（告知起诉权利）</source>
        <translation>Hand off to court (right to sue)</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>{day}决定：{decision}。</source>
        <translation>Decided {day}: {decision}.</translation>
    </message>
    <message>
        <source>受理：案件转入仲裁审理，生成受理通知书和应诉通知书。</source>
        <translation>Accept: the case goes to arbitration; make the acceptance and respondent notices.</translation>
    </message>
    <message>
        <source>不予受理：书面说明理由，并告知申请人可以就该争议事项向人民法院提起诉讼。</source>
        <translation>Not accepted: give the reasons in writing and tell the applicant of the right to sue in court.</translation>
    </message>
    <message>
        <source>不属于本委管辖：书面告知申请人向有管辖权的仲裁委员会申请，不出具不予受理通知书。</source>
        <translation>Outside our jurisdiction: explain in writing which commission to apply to; no non-acceptance notice.</translation>
    </message>
    <message>
        <source>已作出决定：{decision}。</source>
        <translation>Decision made: {decision}.</translation>
    </message>
    <message>
        <source>注意：已超过五日审查期限（{due}）。</source>
        <translation>Note: past the 5-day review period ({due}).</translation>
    </message>
    <message>
        <source>受理审查</source>
        <translation>Acceptance review</translation>
    </message>
    <message>
        <source>受理条件（劳动人事争议仲裁办案规则第三十条）</source>
        <translation>Conditions of acceptance (case-handling rules, art. 30)</translation>
    </message>
    <message>
        <source>管辖（劳动合同履行地或者用人单位所在地，履行地优先）</source>
        <translation>Jurisdiction (place of performance or employer&apos;s seat; place of performance prevails)</translation>
    </message>
    <message>
        <source>劳动合同履行地</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <source>例如：南昌市红谷滩区</source>
        <translation>e.g. Honggutan District, Nanchang</translation>
    </message>
    <message>
        <source>用人单位所在地</source>
        <translation>Employer&apos;s seat</translation>
    </message>
    <message>
        <source>例如：南昌市西湖区</source>
        <translation>e.g. Xihu District, Nanchang</translation>
    </message>
    <message>
        <source>本委管辖区域</source>
        <translation>This commission&apos;s area</translation>
    </message>
    <message>
        <source>履行地仲裁委员会已受理</source>
        <translation>Accepted at the place of work</translation>
    </message>
    <message>
        <source>判断管辖</source>
        <translation>Check jurisdiction</translation>
    </message>
    <message>
        <source>审查决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>不予受理的理由（不填则按不符合的条件写明）</source>
        <translation>Reasons for non-acceptance (default: the unmet conditions)</translation>
    </message>
    <message>
        <source>有管辖权的仲裁委员会</source>
        <translation>Competent commission</translation>
    </message>
    <message>
        <source>不属于本委管辖时：有管辖权的仲裁委员会</source>
        <translation>If outside our jurisdiction: the competent commission</translation>
    </message>
    <message>
        <source>不予受理后</source>
        <translation>After non-acceptance</translation>
    </message>
    <message>
        <source>作出决定</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>文书：</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>应诉通知书</source>
        <translation>Respondent notice</translation>
    </message>
    <message>
        <source>不予受理通知书</source>
        <translation>Non-acceptance notice</translation>
    </message>
    <message>
        <source>无管辖权的书面说明</source>
        <translation>Explanation of no jurisdiction</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>英文字母、数字、点、下划线，2-32个字符</source>
        <translation>Letters, digits, dot, underscore; 2-32 characters</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>AgentRow</name>
    <message>
        <source>特别授权时写明：代为承认、放弃、变更请求，进行和解等</source>
        <translation>For special authority state it: admit, waive or change claims, settle, etc.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>授权</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>代理权限</source>
        <translation>Scope of authority</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>达成调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>可不填：每一项已写明义务人、期限和方式</source>
        <translation>Optional: each item already states who performs, by when and how</translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>履行方式和期限</source>
        <translation>Manner and time of performance</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>权利人</source>
        <translation>Obligee</translation>
    </message>
    <message>
        <source>约定内容</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>款项类别</source>
        <translation>Kind of payment</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>添加一项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除所选项</source>
        <translation>Remove selected item</translation>
    </message>
    <message>
        <source>协议内容（逐项填写；其他约定选“非金钱给付”）</source>
        <translation>Terms of the agreement (one per row; choose &quot;non-monetary&quot; for terms other than payments)</translation>
    </message>
    <message>
        <source>（非金钱给付）</source>
        <translation>(non-monetary)</translation>
    </message>
</context>
<context>
    <name>ArbitrationDocuments</name>
    <message>
        <source>可以起诉的人民法院</source>
        <translation>Court to sue in</translation>
    </message>
    <message>
        <source>开庭地点</source>
        <translation>Hearing place</translation>
    </message>
    <message>
        <source>已生成{title}（{number}，第{v}版），可在“文书”中导出。</source>
        <translation>Made {title} ({number}, version {v}); export it from Documents.</translation>
    </message>
    <message>
        <source>生成文书</source>
        <translation>Make document</translation>
    </message>
    <message>
        <source>已生成：{docs}，可在“文书”中导出。</source>
        <translation>Made: {docs}; export them from Documents.</translation>
    </message>
    <message>
        <source>生成裁决书</source>
        <translation>Make award documents</translation>
    </message>
</context>
<context>
    <name>ArbitrationPanel</name>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>受理审查</source>
        <translation>Acceptance review</translation>
    </message>
    <message>
        <source>仲裁庭与开庭</source>
        <translation>Tribunal and hearings</translation>
    </message>
    <message>
        <source>审理期限</source>
        <translation>Award period</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>先行调解</source>
        <translation>Mediation first</translation>
    </message>
    <message>
        <source>裁决书</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>独任仲裁</source>
        <translation>Sole arbitrator</translation>
    </message>
    <message>
        <source>属于劳动人事争议仲裁受案范围</source>
        <translation>Within the scope of labour and personnel dispute arbitration</translation>
    </message>
    <message>
        <source>有明确的仲裁请求和事实理由</source>
        <translation>Definite claims with facts and reasons</translation>
    </message>
    <message>
        <source>申请人是与本案有直接利害关系的自然人、法人或者其他组织，有明确的被申请人</source>
        <translation>The applicant has a direct interest in the case and the respondent is identified</translation>
    </message>
    <message>
        <source>属于本仲裁委员会管辖（劳动合同履行地或者用人单位所在地，履行地优先）</source>
        <translation>Within this commission&apos;s jurisdiction (place of performance or employer&apos;s seat; place of performance prevails)</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>告知向有管辖权的仲裁委员会申请</source>
        <translation>Referred to the competent commission</translation>
    </message>
    <message>
        <source>仲裁庭（三人）</source>
        <translation>Tribunal (three arbitrators)</translation>
    </message>
    <message>
        <source>中止审理</source>
        <translation>Suspension of the hearing</translation>
    </message>
    <message>
        <source>公告送达期间</source>
        <translation>Public-notice period</translation>
    </message>
    <message>
        <source>直接送达</source>
        <translation>Direct service</translation>
    </message>
    <message>
        <source>邮寄送达</source>
        <translation>Service by post</translation>
    </message>
    <message>
        <source>电子送达</source>
        <translation>Electronic service</translation>
    </message>
    <message>
        <source>留置送达</source>
        <translation>Service by leaving</translation>
    </message>
    <message>
        <source>公告送达</source>
        <translation>Service by public notice</translation>
    </message>
    <message>
        <source>支持</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>部分支持</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>按请求类别</source>
        <translation>By claim kind</translation>
    </message>
    <message>
        <source>劳动报酬、经济补偿或赔偿金</source>
        <translation>Pay, compensation or damages</translation>
    </message>
    <message>
        <source>劳动标准（工时、休假、社保）</source>
        <translation>Labour standards (hours, leave, social insurance)</translation>
    </message>
    <message>
        <source>其他事项</source>
        <translation>Other matters</translation>
    </message>
    <message>
        <source>终局</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>非终局</source>
        <translation>Non-final</translation>
    </message>
    <message>
        <source>部分终局、部分非终局</source>
        <translation>Partly final, partly non-final</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已批准（锁定）</source>
        <translation>Approved (locked)</translation>
    </message>
    <message>
        <source>已被更正</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>已安排</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>已开庭</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>一类</source>
        <translation>Tier 1</translation>
    </message>
    <message>
        <source>二类</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>三类</source>
        <translation>Tier 3</translation>
    </message>
    <message>
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>应诉通知书</source>
        <translation>Respondent notice</translation>
    </message>
    <message>
        <source>不予受理通知书</source>
        <translation>Non-acceptance notice</translation>
    </message>
    <message>
        <source>无管辖权的书面说明</source>
        <translation>Explanation of no jurisdiction</translation>
    </message>
    <message>
        <source>不服仲裁裁决起诉期限</source>
        <translation>Time to sue against the award</translation>
    </message>
    <message>
        <source>申请撤销终局裁决期限</source>
        <translation>Time to apply to set aside a final award</translation>
    </message>
    <message>
        <source>不服仲裁裁决起诉期限（非终局部分）</source>
        <translation>Time to sue against the award (non-final part)</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation period</translation>
    </message>
    <message>
        <source>受理审查期限</source>
        <translation>Acceptance decision</translation>
    </message>
    <message>
        <source>仲裁申请书副本送达期限</source>
        <translation>Service of the application copy</translation>
    </message>
    <message>
        <source>答辩期限</source>
        <translation>Defence period</translation>
    </message>
    <message>
        <source>答辩书副本送达期限</source>
        <translation>Service of the defence copy</translation>
    </message>
    <message>
        <source>仲裁庭组成通知期限</source>
        <translation>Tribunal notice</translation>
    </message>
    <message>
        <source>开庭通知期限</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <source>仲裁裁决期限</source>
        <translation>Award period</translation>
    </message>
    <message>
        <source>仲裁裁决期限（经批准延长）</source>
        <translation>Award period (extended)</translation>
    </message>
    <message>
        <source>调解协议仲裁审查申请期限</source>
        <translation>Application for arbitral review of the agreement</translation>
    </message>
    <message>
        <source>调解协议司法确认申请期限</source>
        <translation>Application for judicial confirmation of the agreement</translation>
    </message>
    <message>
        <source>仲裁时效</source>
        <translation>Limitation period</translation>
    </message>
    <message>
        <source>仲裁时效（劳动关系终止后追索劳动报酬）</source>
        <translation>Limitation period (pay after the employment ended)</translation>
    </message>
    <message>
        <source>法律援助审查决定期限</source>
        <translation>Legal aid decision</translation>
    </message>
    <message>
        <source>指派法律援助人员期限</source>
        <translation>Assignment of a legal aid lawyer</translation>
    </message>
    <message>
        <source>本机构不是劳动人事争议仲裁委员会，不能办理仲裁受理、开庭和裁决。</source>
        <translation>This organisation is not a labour arbitration commission: it cannot accept applications, hold hearings or make awards.</translation>
    </message>
    <message>
        <source>仲裁调解书</source>
        <translation>Arbitral mediation statement</translation>
    </message>
    <message>
        <source>仲裁裁决书</source>
        <translation>Arbitral award</translation>
    </message>
    <message>
        <source>先行裁决书</source>
        <translation>Partial award</translation>
    </message>
    <message>
        <source>读取仲裁情况</source>
        <translation>Loading arbitration</translation>
    </message>
    <message>
        <source>案件状态：{status}</source>
        <translation>Case status: {status}</translation>
    </message>
    <message>
        <source>受理审查期限（5日）</source>
        <translation>Acceptance decision (5 days)</translation>
    </message>
    <message>
        <source>仲裁审理期限</source>
        <translation>Award period</translation>
    </message>
    <message>
        <source>{name}：{problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}已于{due}届满，已逾期 {n} 天</source>
        <translation>{name} was due {due}, {n} days overdue</translation>
    </message>
    <message>
        <source>{name}至{due}届满，还剩 {n} 天</source>
        <translation>{name} due {due}, {n} days left</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>已登记送达：{doc}于{day}送达{who}。</source>
        <translation>Service recorded: {doc} served on {who} on {day}.</translation>
    </message>
    <message>
        <source>无法计算（缺少该年的节假日安排）</source>
        <translation>Cannot be computed (no holiday schedule for that year)</translation>
    </message>
    <message>
        <source>终局裁决自作出之日起生效；劳动者可以自收到裁决书之日起十五日内起诉，用人单位可以自收到之日起三十日内向中级人民法院申请撤销。</source>
        <translation>A final award takes effect when made; the worker may sue within 15 days of service, the employer may apply to the intermediate people&apos;s court within 30 days of service to set it aside.</translation>
    </message>
    <message>
        <source>当事人可以自收到裁决书之日起十五日内起诉；期满不起诉的，裁决书发生法律效力。</source>
        <translation>Either party may sue within 15 days of service; if neither does, the award takes effect.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>信息不足</source>
        <translation>Not enough information</translation>
    </message>
    <message>
        <source>尚无建议结论</source>
        <translation>No recommendation yet</translation>
    </message>
    <message>
        <source>请先依据证据逐项回答左侧的因素；回答越完整，建议越可靠。</source>
        <translation>Answer the factors on the left from the evidence; the more complete the answers, the more reliable the recommendation.</translation>
    </message>
    <message>
        <source>已回答的因素不足以提出建议结论（按已回答的因素暂时倾向于“{category}”）。请依据证据查明其余因素；如已有其他依据，可以选择“改定为”并写明理由。</source>
        <translation>The factors answered are not enough for a recommendation (on the answers so far it leans towards “{category}”). Establish the other factors from the evidence; if other grounds suffice, choose “Override with” and give the reason.</translation>
    </message>
    <message>
        <source>可信度：{level}（{score}）</source>
        <translation>Confidence: {level} ({score})</translation>
    </message>
    <message>
        <source>从属性得分：{score}（0为完全自主，1为完全从属）</source>
        <translation>Subordination score: {score} (0 fully autonomous, 1 fully subordinate)</translation>
    </message>
    <message>
        <source>下列理由、警示和说明是意见表中的中文原文。</source>
        <translation>The reasons, warnings and notes below are quoted in Chinese, as they appear in the opinion form.</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>警示</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>用人单位候选</source>
        <translation>Employer candidate</translation>
    </message>
    <message>
        <source>链条上其他企业的责任</source>
        <translation>Liability of the other enterprises in the chain</translation>
    </message>
    <message>
        <source>处理途径</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>适合提出的请求</source>
        <translation>Claims that fit</translation>
    </message>
    <message>
        <source>不适合提出的请求</source>
        <translation>Claims that do not fit</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>记录开庭</source>
        <translation>Record hearing</translation>
    </message>
    <message>
        <source>开庭</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>申请人到庭</source>
        <translation>Applicant present</translation>
    </message>
    <message>
        <source>被申请人到庭</source>
        <translation>Respondent present</translation>
    </message>
    <message>
        <source>申请人无正当理由拒不到庭，按撤回仲裁申请处理</source>
        <translation>Applicant absent without good reason: treat as withdrawal</translation>
    </message>
    <message>
        <source>庭审记录摘要</source>
        <translation>Hearing record summary</translation>
    </message>
</context>
<context>
    <name>AwardEditor</name>
    <message>
        <source>请逐项写明对仲裁请求的裁决。</source>
        <translation>Give a ruling on each claim.</translation>
    </message>
    <message>
        <source>终局裁决标准：当地月最低工资标准{wage}×12个月＝{limit}。本裁决为：{finality}。</source>
        <translation>Final-award threshold: monthly minimum wage {wage} × 12 = {limit}. This award is: {finality}.</translation>
    </message>
    <message>
        <source>终局部分与非终局部分分别制作裁决书。
终局部分：{final}
非终局部分：{non_final}</source>
        <translation>The final and non-final parts are issued as separate awards.
Final part: {final}
Non-final part: {non_final}</translation>
    </message>
    <message>
        <source>权利告知：</source>
        <translation>Rights notice: </translation>
    </message>
    <message>
        <source>
所用最低工资标准自 {effective} 起执行。</source>
        <translation>
Minimum wage standard used: in force from {effective}.</translation>
    </message>
    <message>
        <source>
所用最低工资标准自 {effective} 起执行（{source}）。</source>
        <translation>
Minimum wage standard used: in force from {effective} ({source}).</translation>
    </message>
    <message>
        <source>本程序保存的最新标准自 {effective} 起执行，已超过 {years} 年，请核实现行标准。</source>
        <translation>The newest standard on file has been in force since {effective}, more than {years} years ago: confirm the current standard.</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>裁决日期</source>
        <translation>Award date</translation>
    </message>
    <message>
        <source>最低工资档次</source>
        <translation>Minimum wage tier</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>裁决先予执行（劳动报酬、工伤医疗费、经济补偿或赔偿金）</source>
        <translation>Provisional execution (pay, work-injury medical costs, compensation or damages)</translation>
    </message>
    <message>
        <source>权利义务关系明确</source>
        <translation>Rights and duties are clear</translation>
    </message>
    <message>
        <source>不先予执行将严重影响申请人的生活</source>
        <translation>Not executing first would seriously affect the applicant&apos;s life</translation>
    </message>
    <message>
        <source>仲裁请求与逐项裁决</source>
        <translation>Claims and rulings</translation>
    </message>
    <message>
        <source>按仲裁请求逐项填入</source>
        <translation>Fill from the claims</translation>
    </message>
    <message>
        <source>添加一项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除所选项</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>仲裁庭查明的事实</source>
        <translation>Facts found by the tribunal</translation>
    </message>
    <message>
        <source>添加事实</source>
        <translation>Add fact</translation>
    </message>
    <message>
        <source>删除所选事实</source>
        <translation>Remove selected fact</translation>
    </message>
    <message>
        <source>裁决理由</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>裁决理由：对争议焦点的分析和所适用的法律</source>
        <translation>Reasoning: the issues and the law applied</translation>
    </message>
    <message>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>裁决所依据的法律条文，如：《中华人民共和国劳动合同法》第三十条、第八十七条（空白时按终局性引用调解仲裁法的相应条文）</source>
        <translation>The provisions the award rests on, e.g. Labour Contract Law arts. 30 and 87 (blank: the Mediation and Arbitration Law articles for its finality)</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>批准后裁决书编号并锁定，不能再修改；更正须制作新版本</source>
        <translation>Approval numbers and locks the award; a correction is a new version</translation>
    </message>
</context>
<context>
    <name>AwardsSection</name>
    <message>
        <source>新的裁决书草稿。</source>
        <translation>New award draft.</translation>
    </message>
    <message>
        <source>案件不在仲裁审理中，不能起草裁决书。</source>
        <translation>The case is not in arbitration; no award can be drafted.</translation>
    </message>
    <message>
        <source>第{v}版已被更正版本取代，仅供查阅。</source>
        <translation>Version {v} was superseded by a correction; read only.</translation>
    </message>
    <message>
        <source>{title}{number}已于{day}批准并锁定，不能修改；如需更正，请点“更正（新版本）”。</source>
        <translation>{title} {number} was approved and locked on {day} and cannot be edited; to correct it use &quot;Correct (new version)&quot;.</translation>
    </message>
    <message>
        <source>草稿（第{v}版），尚未批准。</source>
        <translation>Draft (version {v}), not yet approved.</translation>
    </message>
    <message>
        <source>更正理由：{reason}</source>
        <translation>Reason for correction: {reason}</translation>
    </message>
    <message>
        <source>已批准{title}，文号{number}（{finality}），已锁定。</source>
        <translation>{title} approved, number {number} ({finality}), locked.</translation>
    </message>
    <message>
        <source>已保存草稿（第{v}版）。</source>
        <translation>Draft saved (version {v}).</translation>
    </message>
    <message>
        <source>批准裁决书</source>
        <translation>Approve award</translation>
    </message>
    <message>
        <source>保存裁决书草稿</source>
        <translation>Save award draft</translation>
    </message>
    <message>
        <source>已制作更正版本（第{v}版），请修改后批准；原第{old}版在批准前仍然有效。</source>
        <translation>Correction made (version {v}); edit and approve it. Version {old} stays in force until then.</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>终局性</source>
        <translation>Finality</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>裁决日期</source>
        <translation>Award date</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>新建草稿</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>更正（新版本）…</source>
        <translation>Correct (new version)…</translation>
    </message>
    <message>
        <source>送达裁决书…</source>
        <translation>Serve award…</translation>
    </message>
    <message>
        <source>生成裁决书</source>
        <translation>Make award documents</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>只有管理员可以更改备份设置；任何用户都可以立即备份和校验。</source>
        <translation>Only an administrator can change the backup settings; any user can back up now and verify.</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>自动备份间隔</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>保留最近</source>
        <translation>Keep the latest</translation>
    </message>
    <message>
        <source>留空则保存在：{path}</source>
        <translation>Leave empty to use {path}</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>上次备份</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>校验案件库</source>
        <translation>Verify case book</translation>
    </message>
    <message>
        <source>备份设置</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>点击“校验案件库”检查加密页、数据库结构和审计记录哈希链，结果显示在这里。</source>
        <translation>Click “Verify case book” to check the encrypted pages, the database structure and the audit hash chain; the result appears here.</translation>
    </message>
    <message>
        <source>校验结果</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>读取备份设置</source>
        <translation>Reading the backup settings</translation>
    </message>
    <message>
        <source>尚未备份</source>
        <translation>never</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>备份设置已保存。</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>保存备份设置</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <source>备份完成：{path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>正在备份到 {folder} ……</source>
        <translation>Backing up to {folder}…</translation>
    </message>
    <message>
        <source>正在校验案件库……</source>
        <translation>Verifying the case book…</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <source>一类（东湖区、西湖区、青云谱区、青山湖区、红谷滩区、经开区、高新区）</source>
        <translation>Tier 1 (Donghu, Xihu, Qingyunpu, Qingshanhu, Honggutan, Economic Development Zone, High-tech Zone)</translation>
    </message>
    <message>
        <source>二类（新建区、南昌县）</source>
        <translation>Tier 2 (Xinjian District, Nanchang County)</translation>
    </message>
    <message>
        <source>三类（进贤县、安义县）</source>
        <translation>Tier 3 (Jinxian County, Anyi County)</translation>
    </message>
    <message>
        <source>计算请求金额 — {kind}</source>
        <translation>Calculate the claim — {kind}</translation>
    </message>
    <message>
        <source>最低工资档次</source>
        <translation>Minimum wage tier</translation>
    </message>
    <message>
        <source>所属期间（任一天）</source>
        <translation>Period (any day in it)</translation>
    </message>
    <message>
        <source>各月实发工资（元，用逗号分隔）</source>
        <translation>Pay received each month (yuan, comma-separated)</translation>
    </message>
    <message>
        <source>月工资（元）</source>
        <translation>Monthly wage (yuan)</translation>
    </message>
    <message>
        <source>工作日延长工作时间（小时）</source>
        <translation>Overtime on working days (hours)</translation>
    </message>
    <message>
        <source>休息日工作且未补休（小时）</source>
        <translation>Rest-day work without time off (hours)</translation>
    </message>
    <message>
        <source>法定休假日工作（小时）</source>
        <translation>Work on statutory holidays (hours)</translation>
    </message>
    <message>
        <source>月工资（元，解除前十二个月平均）</source>
        <translation>Monthly wage (yuan, average of the last 12 months)</translation>
    </message>
    <message>
        <source>用工之日</source>
        <translation>First day of work</translation>
    </message>
    <message>
        <source>签订书面合同前一日或离职日</source>
        <translation>Day before the written contract, or last day of work</translation>
    </message>
    <message>
        <source>劳动关系终止日</source>
        <translation>Day the relationship ended</translation>
    </message>
    <message>
        <source>南昌市上年度职工月平均工资（元）</source>
        <translation>Nanchang&apos;s average monthly wage of the previous year (yuan)</translation>
    </message>
    <message>
        <source>南昌市上年度职工月平均工资尚未核实，本程序不提供默认值：请按市统计部门公布的数额填写，用于劳动合同法第四十七条三倍封顶的判断。</source>
        <translation>Nanchang&apos;s average monthly wage is not verified, so there is no default: enter the figure published by the city&apos;s statistics office; it decides the three-times cap of Labour Contract Law art. 47.</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>使用此结果</source>
        <translation>Use this result</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>所用标准：{tier}月最低工资 {monthly}，自 {effective} 起执行（{source}）</source>
        <translation>Standard used: {tier} monthly minimum wage {monthly}, in force from {effective} ({source})</translation>
    </message>
    <message>
        <source>本程序保存的最新最低工资标准自 {effective} 起执行，已超过 {years} 年，江西省可能已经调整；请向江西省人力资源和社会保障厅核实现行标准后再使用计算结果。</source>
        <translation>The newest minimum wage standard on file has been in force since {effective}, more than {years} years ago; Jiangxi may have adjusted it. Confirm the current standard with the Jiangxi Department of Human Resources and Social Security before using the result.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>记录事件</source>
        <translation>Record event</translation>
    </message>
    <message>
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>转送劳动保障监察…</source>
        <translation>Refer to labour inspection…</translation>
    </message>
    <message>
        <source>显示完整证件号码和电话</source>
        <translation>Show full ID and phone numbers</translation>
    </message>
    <message>
        <source>查看完整号码会记入审计记录</source>
        <translation>Seeing the full numbers is recorded in the audit trail</translation>
    </message>
    <message>
        <source>编辑案情</source>
        <translation>Edit facts</translation>
    </message>
    <message>
        <source>案件详情</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>{number}&#x3000;{status}</source>
        <translation>{number}  {status}</translation>
    </message>
    <message>
        <source>在列表中选择一个案件，这里显示当事人、请求事项、事实与办理经过。</source>
        <translation>Select a case in the list to see its parties, claims, facts and history here.</translation>
    </message>
    <message>
        <source>{worker}与{respondent}劳动争议</source>
        <translation>{worker} v. {respondent} (labour dispute)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>收案日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>收案方式</source>
        <translation>Received as</translation>
    </message>
    <message>
        <source>行业 / 平台</source>
        <translation>Industry / platform</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>法定期限</source>
        <translation>Statutory deadlines</translation>
    </message>
    <message>
        <source>已逾期{n}天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>还有{n}天</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>暂定：{reason}</source>
        <translation>Provisional: {reason}</translation>
    </message>
    <message>
        <source>{period}，{source}</source>
        <translation>{period}; {source}</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>事实与理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <source>统一社会信用代码 {code}</source>
        <translation>Unified social credit code {code}</translation>
    </message>
    <message>
        <source>（无金额）</source>
        <translation>(no amount)</translation>
    </message>
    <message>
        <source>{name}：</source>
        <translation>{name}: </translation>
    </message>
    <message>
        <source>（{name}）</source>
        <translation>({name})</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>读取案件</source>
        <translation>Reading the case</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>请求金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>读取案件列表</source>
        <translation>Reading the case list</translation>
    </message>
    <message>
        <source>点击按此列排序</source>
        <translation>Click to sort by this column</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>登记新案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>登记集体争议</source>
        <translation>New group dispute</translation>
    </message>
    <message>
        <source>转介给我的案件</source>
        <translation>Referred to me</translation>
    </message>
    <message>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>法院衔接</source>
        <translation>Court hand-off</translation>
    </message>
    <message>
        <source>读取平台</source>
        <translation>Reading the platforms</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>（只按前 {m} 个词搜索）</source>
        <translation> (searching by the first {m} words only)</translation>
    </message>
    <message>
        <source>读取案件</source>
        <translation>Reading the case</translation>
    </message>
    <message>
        <source>起草典型案例</source>
        <translation>Drafting the typical case</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Showing the full numbers</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>搜索案号、姓名、证件号、电话、金额或请求事项</source>
        <translation>Search case number, name, ID or phone number, amount or claim</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>工作记录</source>
        <translation>Work records</translation>
    </message>
    <message>
        <source>劳动关系认定</source>
        <translation>Relationship</translation>
    </message>
</context>
<context>
    <name>ChainSection</name>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>合同上署名</source>
        <translation>Named in the contract</translation>
    </message>
    <message>
        <source>劳动者签订的书面合同（协议）上署名的企业</source>
        <translation>The enterprise named in the written contract (agreement) the worker signed</translation>
    </message>
    <message>
        <source>本案没有列为被申请人或第三人的企业。</source>
        <translation>No enterprise is a respondent or third party of this case.</translation>
    </message>
    <message>
        <source>用工链条（本案的被申请人、第三人）</source>
        <translation>Chain of enterprises (respondents and third parties of the case)</translation>
    </message>
    <message>
        <source>合同名称</source>
        <translation>Contract title</translation>
    </message>
    <message>
        <source>如：合作协议、承揽协议、劳务协议</source>
        <translation>e.g. cooperation agreement, contracting agreement, service agreement</translation>
    </message>
</context>
<context>
    <name>ChangeStatusDialog</name>
    <message>
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>{number}
当前状态：{status}</source>
        <translation>{number}
Current status: {status}</translation>
    </message>
    <message>
        <source>变更为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>如：双方同意调解；申请人撤回申请……</source>
        <translation>e.g. both parties agree to mediate; the applicant withdraws…</translation>
    </message>
    <message>
        <source>请写明变更理由</source>
        <translation>Please give the reason</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ClaimRow</name>
    <message>
        <source>元，如 3,200.00</source>
        <translation>yuan, e.g. 3,200.00</translation>
    </message>
    <message>
        <source>如 劳动合同法第三十条</source>
        <translation>e.g. Labour Contract Law art. 30</translation>
    </message>
    <message>
        <source>计算…</source>
        <translation>Calculate…</translation>
    </message>
    <message>
        <source>用计算器得出金额，计算过程随请求保存</source>
        <translation>Work out the amount with a calculator; the working is kept with the claim</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>期间自</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>计算过程：{w}</source>
        <translation>Working: {w}</translation>
    </message>
</context>
<context>
    <name>CourtFiguresPage</name>
    <message>
        <source>期间内作出（裁决日期在期间内）的仲裁裁决书和先行裁决书</source>
        <translation>Awards and partial awards made in the period (award date within the period)</translation>
    </message>
    <message>
        <source>作出裁决后当事人起诉或申请撤销终局裁决的裁决</source>
        <translation>Awards after which a party sued or applied to set the final award aside</translation>
    </message>
    <message>
        <source>裁决后起诉数 ÷ 作出裁决数</source>
        <translation>Awards taken to court ÷ awards made</translation>
    </message>
    <message>
        <source>法院判决、调解或撤销裁定逐项处理的裁决事项（撤诉、驳回起诉不计）</source>
        <translation>Award items a court decided one by one in a judgment, court mediation or set-aside ruling (withdrawn or dismissed suits do not count)</translation>
    </message>
    <message>
        <source>法院维持的裁决事项</source>
        <translation>Award items the court upheld</translation>
    </message>
    <message>
        <source>法院改判的裁决事项</source>
        <translation>Award items the court changed</translation>
    </message>
    <message>
        <source>法院撤销的裁决事项</source>
        <translation>Award items the court set aside</translation>
    </message>
    <message>
        <source>维持事项 ÷ 法院处理的裁决事项</source>
        <translation>Items upheld ÷ award items decided by a court</translation>
    </message>
    <message>
        <source>改判事项 ÷ 法院处理的裁决事项</source>
        <translation>Items changed ÷ award items decided by a court</translation>
    </message>
    <message>
        <source>撤销事项 ÷ 法院处理的裁决事项</source>
        <translation>Items set aside ÷ award items decided by a court</translation>
    </message>
    <message>
        <source>（改判事项 + 撤销事项）÷ 法院处理的裁决事项</source>
        <translation>(items changed + items set aside) ÷ award items decided by a court</translation>
    </message>
    <message>
        <source>维持事项 ÷ 法院处理的裁决事项（参照广州市裁审衔接指标，地方实践 [S]）</source>
        <translation>Items upheld ÷ award items decided by a court (after Guangzhou&apos;s arbitration-litigation indicators, local practice [S])</translation>
    </message>
    <message>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>计算裁审衔接统计</source>
        <translation>Computing the court hand-off figures</translation>
    </message>
    <message>
        <source>正在从裁决和法院处理记录计算……</source>
        <translation>Computing from the awards and the courts&apos; decisions…</translation>
    </message>
    <message>
        <source>选择统计期和口径后点“计算”。</source>
        <translation>Choose the period and the basis, then click “Compute”.</translation>
    </message>
    <message>
        <source>统计期{start}至{end}，{basis}：作出裁决{made}件，其中{challenged}件被起诉或申请撤销；法院已逐项处理的裁决事项{decided}项。</source>
        <translation>Period {start} to {end}, {basis}: awards made {made}, of which taken to court or applied to be set aside {challenged}; award items decided by a court {decided}.</translation>
    </message>
    <message>
        <source>{name}：{numerator} ÷ {denominator}，{count}件案件</source>
        <translation>{name}: {numerator} ÷ {denominator}, {count} cases</translation>
    </message>
    <message>
        <source>{name}：{count}件案件</source>
        <translation>{name}: {count} cases</translation>
    </message>
    <message>
        <source>选中一个数字，这里显示它的定义；双击数字列出它背后的案件。</source>
        <translation>Select a number to see its definition here; double-click it to list the cases behind it.</translation>
    </message>
    <message>
        <source>{name}（{unit}）：{definition}</source>
        <translation>{name} ({unit}): {definition}</translation>
    </message>
    <message>
        <source>正在读取“{group}”的{name}（{value}）背后的案件……</source>
        <translation>Reading the cases behind {name} ({value}) of “{group}”…</translation>
    </message>
    <message>
        <source>读取案件清单</source>
        <translation>Reading the list of cases</translation>
    </message>
    <message>
        <source>双击上表中的一个数字，这里列出它背后的案件。</source>
        <translation>Double-click a number in the table above to list the cases behind it here.</translation>
    </message>
    <message>
        <source>“{group}”的{name}（{value}）：{count}件案件</source>
        <translation>{name} ({value}) of “{group}”: {count} cases</translation>
    </message>
    <message>
        <source>{number}（{date}）</source>
        <translation>{number} ({date})</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>未诉至法院</source>
        <translation>Not taken to court</translation>
    </message>
    <message>
        <source>{head}：审理中（{date}立案）</source>
        <translation>{head}: pending (filed {date})</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>第{no}项{result}（{amount}）</source>
        <translation>item {no} {result} ({amount})</translation>
    </message>
    <message>
        <source>第{no}项{result}</source>
        <translation>item {no} {result}</translation>
    </message>
    <message>
        <source>{decision}（{number}，{date}）</source>
        <translation>{decision} ({number}, {date})</translation>
    </message>
    <message>
        <source>导出裁审衔接统计（XLSX）</source>
        <translation>Export the court hand-off figures (XLSX)</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>正在导出裁审衔接统计……</source>
        <translation>Exporting the court hand-off figures…</translation>
    </message>
    <message>
        <source>裁审衔接统计</source>
        <translation>Awards in court: hand-off figures</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>按月、季度、年统计时，结束日随开始日所在的月、季度、年自动确定</source>
        <translation>For a month, quarter or year the end day follows from the month, quarter or year of the start day</translation>
    </message>
    <message>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>按裁决日期：期间内作出的裁决及法院此后对其的全部处理；按法院立案和裁判日期：期间内立案的起诉和撤销申请、期间内作出的法院处理</source>
        <translation>By award date: the awards made in the period and everything the courts did with them since; by court date: suits and set-aside applications filed and court decisions made in the period</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>按所选统计期和口径从案件库的裁决和法院处理记录计算</source>
        <translation>Compute from the book&apos;s awards and court decisions for the chosen period and basis</translation>
    </message>
    <message>
        <source>导出XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>双击一个数字，下方列出它背后的案件</source>
        <translation>Double-click a number to list the cases behind it below</translation>
    </message>
    <message>
        <source>列出背后的案件</source>
        <translation>List the cases behind it</translation>
    </message>
    <message>
        <source>列出选中的数字所统计的案件（也可双击该数字）</source>
        <translation>List the cases the selected number counts (or double-click the number)</translation>
    </message>
    <message>
        <source>案件清单</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>双击一件案件，在案件页打开</source>
        <translation>Double-click a case to open it in the case page</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>裁决书</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>法院处理结果</source>
        <translation>What the court decided</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>指标定义</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>定义</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>CourtFilingDialog</name>
    <message>
        <source>登记法院立案</source>
        <translation>Record court filing</translation>
    </message>
    <message>
        <source>案件 {number}：人民法院受理（立案）的程序。起诉和申请撤销裁决的立案会关闭相应的期限，并在案件的法定期限中显示。</source>
        <translation>Case {number}: a proceeding a people&apos;s court accepted. Filing a suit or a set-aside application closes the matching periods; they show in the case&apos;s deadlines.</translation>
    </message>
    <message>
        <source>（不针对裁决书）</source>
        <translation>(no award)</translation>
    </message>
    <message>
        <source>{number}（{date}）</source>
        <translation>{number} ({date})</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>针对的裁决书</source>
        <translation>Award concerned</translation>
    </message>
    <message>
        <source>受理法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>如：南昌市中级人民法院</source>
        <translation>e.g. Nanchang Intermediate People&apos;s Court</translation>
    </message>
    <message>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <source>如：（2026）赣01民特123号</source>
        <translation>e.g. (2026) Gan 01 Min Te No. 123</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>提起方</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CourtOutcomeDialog</name>
    <message>
        <source>登记法院裁判结果</source>
        <translation>Record court decision</translation>
    </message>
    <message>
        <source>{court}&#x3000;{kind}（立案：{date}）</source>
        <translation>{court}  {kind} (filed {date})</translation>
    </message>
    <message>
        <source>本程序不针对仲裁裁决书，没有逐项的裁判结果。</source>
        <translation>This proceeding concerns no award, so there are no results per award item.</translation>
    </message>
    <message>
        <source>裁决书 {number}：逐项选择法院的结果（维持、改判并填写改判后的金额、撤销）；法院未涉及的事项留空。</source>
        <translation>Award {number}: choose the court&apos;s result for each item (upheld; changed, with the new amount; set aside). Leave items the court did not decide blank.</translation>
    </message>
    <message>
        <source>选择裁判文书</source>
        <translation>Choose the judgment</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>请选择裁判结果</source>
        <translation>Choose the decision</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>裁判结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>裁判日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>收到裁判文书日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>文书编号</source>
        <translation>Judgment number</translation>
    </message>
    <message>
        <source>如：（2026）赣0111民初456号</source>
        <translation>e.g. (2026) Gan 0111 Min Chu No. 456</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>各裁决事项的结果</source>
        <translation>Result per award item</translation>
    </message>
    <message>
        <source>裁判文书（PDF）</source>
        <translation>Judgment (PDF)</translation>
    </message>
    <message>
        <source>可不选；选择后加密保存为本案的书证</source>
        <translation>Optional; kept encrypted as documentary evidence of the case</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>CourtTab</name>
    <message>
        <source>读取法院衔接记录</source>
        <translation>Reading the court hand-off records</translation>
    </message>
    <message>
        <source>发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>离线递交（导出到文件夹）</source>
        <translation>Offline (exported to a folder)</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>新的移交包默认发往：{name}（在“设置 → 法院衔接”中修改）</source>
        <translation>New packages go to: {name} (change it in Settings → Court hand-off)</translation>
    </message>
    <message>
        <source>未设置法院系统的接收地址：移交包导出到文件夹或U盘后离线递交。</source>
        <translation>No court system address is set: packages are exported to a folder or USB stick and delivered by hand.</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>（尚无结果）</source>
        <translation>(no decision yet)</translation>
    </message>
    <message>
        <source>法院衔接的期限：无正在计算的期限。</source>
        <translation>Court periods: none running.</translation>
    </message>
    <message>
        <source>已逾期{n}天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>还有{n}天</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>{name}：{due}（{left}）</source>
        <translation>{name}: {due} ({left})</translation>
    </message>
    <message>
        <source>法院衔接的期限（也显示在案件的法定期限中）：</source>
        <translation>Court periods (also in the case&apos;s deadlines): </translation>
    </message>
    <message>
        <source>本案目前不能制作任何一种移交包：</source>
        <translation>No kind of package can be made from this case now:</translation>
    </message>
    <message>
        <source>已制作移交包：{file}（{files}个文件，{size}），已记入本案。</source>
        <translation>Package made: {file} ({files} files, {size}), recorded on the case.</translation>
    </message>
    <message>
        <source>放入发件箱</source>
        <translation>Put in the outbox</translation>
    </message>
    <message>
        <source>是否把该移交包放入发件箱，发往“{name}”？
不放入的，可以把文件导出到U盘后离线递交。</source>
        <translation>Put the package in the outbox to send it to &quot;{name}&quot;?
Otherwise, take the file to the court on a USB stick.</translation>
    </message>
    <message>
        <source>不放入</source>
        <translation>Do not</translation>
    </message>
    <message>
        <source>已放入发件箱（第{id}项）。</source>
        <translation>Put in the outbox (item {id}).</translation>
    </message>
    <message>
        <source>请先在发件箱中选择一项。</source>
        <translation>Choose an item of the outbox first.</translation>
    </message>
    <message>
        <source>重新发送</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>已放回发送队列，将立即尝试发送。</source>
        <translation>Back in the queue; it is sent at the next run.</translation>
    </message>
    <message>
        <source>发送完毕：{n}项已尝试。</source>
        <translation>Sending done: {n} items tried.</translation>
    </message>
    <message>
        <source>发送移交包</source>
        <translation>Sending the package</translation>
    </message>
    <message>
        <source>取消发送</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>取消后该移交包不再发送（仍可导出或重新发送）。</source>
        <translation>The package will not be sent (it can still be exported or sent again).</translation>
    </message>
    <message>
        <source>已取消发送。</source>
        <translation>Sending cancelled.</translation>
    </message>
    <message>
        <source>登记法院签收</source>
        <translation>Record the court&apos;s receipt</translation>
    </message>
    <message>
        <source>{title}：登记法院出具的签收编号或收案号。</source>
        <translation>{title}: enter the receipt or case number the court gave.</translation>
    </message>
    <message>
        <source>已登记法院签收。</source>
        <translation>The court&apos;s receipt is recorded.</translation>
    </message>
    <message>
        <source>导出移交包到文件夹（如U盘）</source>
        <translation>Export the package to a folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>导出移交包</source>
        <translation>Exporting the package</translation>
    </message>
    <message>
        <source>已登记法院立案。</source>
        <translation>Court filing recorded.</translation>
    </message>
    <message>
        <source>已登记法院裁判结果。</source>
        <translation>Court decision recorded.</translation>
    </message>
    <message>
        <source>打开裁判文书</source>
        <translation>Opening the judgment</translation>
    </message>
    <message>
        <source>移交包</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>从本案制作一份签名的移交包（.mdpkg），可存入U盘、发送电子邮件或放入发件箱发往法院系统</source>
        <translation>Make a signed package (.mdpkg) of this case, for a USB stick, e-mail or the outbox to the court&apos;s system</translation>
    </message>
    <message>
        <source>制作移交包…</source>
        <translation>Make a package…</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <source>文件数</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>清单 SHA-256</source>
        <translation>Manifest SHA-256</translation>
    </message>
    <message>
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>发件箱</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>把选中的移交包立即发往法院系统（其他到期的移交包一并发送）</source>
        <translation>Send the chosen package to the court&apos;s system now (other packages that are due go too)</translation>
    </message>
    <message>
        <source>立即发送</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>把发送失败或已导出的移交包重新放回发送队列，尝试次数从头计算</source>
        <translation>Put a failed or exported package back in the queue; attempts count from zero</translation>
    </message>
    <message>
        <source>取消发送…</source>
        <translation>Cancel sending…</translation>
    </message>
    <message>
        <source>把移交包写到文件夹或U盘，离线递交法院</source>
        <translation>Write the package to a folder or USB stick for delivery by hand</translation>
    </message>
    <message>
        <source>导出到文件夹…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <source>登记法院的签收号或案号（离线递交或对方系统未返回时）</source>
        <translation>Enter the court&apos;s receipt or case number (delivered by hand, or the court&apos;s system gave none)</translation>
    </message>
    <message>
        <source>登记法院签收…</source>
        <translation>Record receipt…</translation>
    </message>
    <message>
        <source>发往</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>下次尝试</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>最后错误</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>法院签收号</source>
        <translation>Court receipt</translation>
    </message>
    <message>
        <source>加入时间</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>法院程序与结果</source>
        <translation>Court proceedings and decisions</translation>
    </message>
    <message>
        <source>登记法院立案…</source>
        <translation>Record filing…</translation>
    </message>
    <message>
        <source>登记法院裁判结果…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>查看裁判文书</source>
        <translation>View judgment</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>提起方</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>裁判结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>裁判日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>文书编号</source>
        <translation>Judgment number</translation>
    </message>
    <message>
        <source>裁决事项</source>
        <translation>Award item</translation>
    </message>
    <message>
        <source>裁决金额</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>法院结果</source>
        <translation>Court&apos;s result</translation>
    </message>
    <message>
        <source>改判金额</source>
        <translation>New amount</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>全部（7日内及已逾期）</source>
        <translation>All (due within 7 days or overdue)</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>7日内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>到期日暂定（节假日安排未录入）</source>
        <translation>Provisional due dates (holiday arrangement not entered)</translation>
    </message>
    <message>
        <source>无法计算</source>
        <translation>Cannot be computed</translation>
    </message>
    <message>
        <source>只看我承办的案件</source>
        <translation>Only my cases</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>双击一行打开案件。期限按法定节假日和调休安排计算；某年的节假日安排（国务院办公厅通知）尚未录入时，按周末和法定节假日推算，到期日标为“暂定”，管理员在“设置 → 节假日安排”录入通知后重新计算。</source>
        <translation>Double-click a row to open the case. Deadlines are counted with the statutory holidays and make-up working days; where a year&apos;s holiday arrangement (State Council notice) has not been entered, weekends and statutory holidays are used and the due date is marked &quot;provisional&quot; until an administrator enters the notice under Settings → Holiday arrangements and the deadlines are recomputed.</translation>
    </message>
    <message>
        <source>；{p} 项期限的到期日为暂定</source>
        <translation>; provisional due dates: {p}</translation>
    </message>
    <message>
        <source>暂定：{reason}。</source>
        <translation>Provisional: {reason}.</translation>
    </message>
    <message>
        <source>读取期限</source>
        <translation>Reading deadlines</translation>
    </message>
    <message>
        <source>已逾期 {o} 项，今日到期 {t} 项，7日内到期 {w} 项（{d}）</source>
        <translation>{o} overdue, {t} due today, {w} due within 7 days ({d})</translation>
    </message>
</context>
<context>
    <name>DecisionSection</name>
    <message>
        <source>理由（必填）：依据哪些事实和证据改定建议结论</source>
        <translation>Reason (required): the facts and evidence for overriding the recommendation</translation>
    </message>
    <message>
        <source>理由（可选）：如有补充，写明依据的事实和证据</source>
        <translation>Reason (optional): any facts and evidence to add</translation>
    </message>
    <message>
        <source>信息不足，没有可以确认的建议结论；请先查明事实，或选择“改定为”并写明依据的事实和证据。</source>
        <translation>Not enough information: there is no recommendation to confirm. Establish the facts first, or choose “Override with” and give the facts and evidence relied on.</translation>
    </message>
    <message>
        <source>调解员、仲裁员的决定</source>
        <translation>Decision of the mediator or arbitrator</translation>
    </message>
    <message>
        <source>确认建议结论</source>
        <translation>Confirm the recommendation</translation>
    </message>
    <message>
        <source>改定为</source>
        <translation>Override with</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>理由（改定时必填）：依据哪些事实和证据作出决定</source>
        <translation>Reason (required to override): the facts and evidence the decision rests on</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>调解申请登记表</source>
        <translation>Mediation application form</translation>
    </message>
    <message>
        <source>调解笔录</source>
        <translation>Mediation session record</translation>
    </message>
    <message>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>调解终止告知书</source>
        <translation>Notice of termination of mediation</translation>
    </message>
    <message>
        <source>支付令申请书</source>
        <translation>Application for a payment order</translation>
    </message>
    <message>
        <source>仲裁审查申请书</source>
        <translation>Application for arbitral review</translation>
    </message>
    <message>
        <source>司法确认申请书</source>
        <translation>Application for judicial confirmation</translation>
    </message>
    <message>
        <source>证据目录</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <source>劳动关系认定意见表</source>
        <translation>Employment relationship opinion form</translation>
    </message>
    <message>
        <source>法律援助转介函</source>
        <translation>Legal aid referral letter</translation>
    </message>
    <message>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>案件封面和卷宗目录</source>
        <translation>Case cover and file index</translation>
    </message>
    <message>
        <source>劳动人事争议仲裁申请书</source>
        <translation>Application for labour arbitration</translation>
    </message>
    <message>
        <source>受理通知书</source>
        <translation>Notice of acceptance</translation>
    </message>
    <message>
        <source>不予受理通知书</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <source>无管辖权的书面说明</source>
        <translation>Written statement of lack of jurisdiction</translation>
    </message>
    <message>
        <source>应诉通知书</source>
        <translation>Notice to respond</translation>
    </message>
    <message>
        <source>仲裁庭组成通知书</source>
        <translation>Notice of the tribunal&apos;s composition</translation>
    </message>
    <message>
        <source>开庭通知书</source>
        <translation>Notice of hearing</translation>
    </message>
    <message>
        <source>延期审理通知书</source>
        <translation>Notice of postponement</translation>
    </message>
    <message>
        <source>仲裁调解书</source>
        <translation>Arbitral mediation statement</translation>
    </message>
    <message>
        <source>仲裁裁决书（终局）</source>
        <translation>Arbitral award (final)</translation>
    </message>
    <message>
        <source>仲裁裁决书（非终局）</source>
        <translation>Arbitral award (non-final)</translation>
    </message>
    <message>
        <source>先行裁决书</source>
        <translation>Partial award</translation>
    </message>
    <message>
        <source>典型案例</source>
        <translation>Typical case</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>{title}（{kind}）</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>生成人</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出并打开…</source>
        <translation>Export and open…</translation>
    </message>
    <message>
        <source>导出一份解密的副本并用文字处理软件（WPS 或 Word）打开；导出会记入审计记录</source>
        <translation>Export a decrypted copy and open it in a word processor (WPS or Word); the export is recorded in the audit log</translation>
    </message>
    <message>
        <source>文书模板</source>
        <translation>Document template</translation>
    </message>
    <message>
        <source>读取文书</source>
        <translation>Loading documents</translation>
    </message>
    <message>
        <source>（无文号）</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Word（DOCX）</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>已生成：{title} {number}（第{v}版）</source>
        <translation>Made: {title} {number} (version {v})</translation>
    </message>
    <message>
        <source>生成文书</source>
        <translation>Make document</translation>
    </message>
    <message>
        <source>请先在列表中选择一份文书。</source>
        <translation>Select a document in the list first.</translation>
    </message>
    <message>
        <source>导出文书（将写出未加密的副本）</source>
        <translation>Export document (writes an unencrypted copy)</translation>
    </message>
    <message>
        <source>已导出到 {path}（已记入审计记录）</source>
        <translation>Exported to {path} (recorded in the audit log)</translation>
    </message>
    <message>
        <source>导出文书</source>
        <translation>Export document</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>编辑案情</source>
        <translation>Edit facts</translation>
    </message>
    <message>
        <source>{worker}与{respondent}劳动争议</source>
        <translation>{worker} v. {respondent} (labour dispute)</translation>
    </message>
    <message>
        <source>{number}&#x3000;{title}</source>
        <translation>{number} {title}</translation>
    </message>
    <message>
        <source>保存案情</source>
        <translation>Saving the facts</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>读取案件</source>
        <translation>Reading the case</translation>
    </message>
    <message>
        <source>平台：{platform}</source>
        <translation>Platform: {platform}</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>案情</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>其他工作台保存的内容（已载入，仅供对照）：</source>
        <translation>What the other desk saved (loaded, for comparison):</translation>
    </message>
</context>
<context>
    <name>EmployerSection</name>
    <message>
        <source>实际用工管理（由哪家企业实施）</source>
        <translation>Who actually managed the work</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>法院系统接收地址</source>
        <translation>Court system address</translation>
    </message>
    <message>
        <source>移交包通过HTTPS发往法院系统，验证对方证书；只保存证书和私钥文件的位置，不保存私钥本身。</source>
        <translation>Packages are posted to the court&apos;s system over HTTPS, its certificate verified; only the locations of the certificate and key files are kept, never a key itself.</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>证书和私钥 (*.pem *.crt *.cer *.key);;所有文件 (*)</source>
        <translation>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</translation>
    </message>
    <message>
        <source>保存接收地址</source>
        <translation>Saving the address</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如：南昌中院</source>
        <translation>e.g. Nanchang intermediate court</translation>
    </message>
    <message>
        <source>接收地址</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>CA证书文件</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>留空：使用系统信任的证书</source>
        <translation>Blank: the system&apos;s trusted certificates</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>客户端证书文件</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>双向认证时填写</source>
        <translation>For mutual TLS</translation>
    </message>
    <message>
        <source>客户端私钥文件</source>
        <translation>Client key</translation>
    </message>
    <message>
        <source>私钥文件不能设密码</source>
        <translation>The key file must not have a passphrase</translation>
    </message>
    <message>
        <source>超时（秒）</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <source>新的移交包默认发往此地址</source>
        <translation>New packages go to this address</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>添加证据 — {number}</source>
        <translation>Add evidence — {number}</translation>
    </message>
    <message>
        <source>编辑证据 — {number}</source>
        <translation>Edit evidence — {number}</translation>
    </message>
    <message>
        <source>选择或拖入要添加的文件</source>
        <translation>Choose or drop the file to add</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>证据种类</source>
        <translation>Type of evidence</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>如：外卖平台接单记录截图</source>
        <translation>e.g. screenshot of the delivery platform&apos;s order records</translation>
    </message>
    <message>
        <source>提供人</source>
        <translation>Provided by</translation>
    </message>
    <message>
        <source>提交证据的当事人，或调解组织自行收集</source>
        <translation>The party who submitted it, or the mediation organisation that collected it</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>如：平台App截图、银行流水、现场拍摄</source>
        <translation>e.g. platform app screenshot, bank statement, photographed on site</translation>
    </message>
    <message>
        <source>证明目的</source>
        <translation>Purpose of proof</translation>
    </message>
    <message>
        <source>该证据用来证明什么，如：申请人接受站点排班和考勤管理</source>
        <translation>What the evidence is to prove, e.g. the applicant worked to the station&apos;s shifts and attendance rules</translation>
    </message>
    <message>
        <source>收集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>已知</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>原件核对</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>原件已核对</source>
        <translation>Original seen and checked</translation>
    </message>
    <message>
        <source>质证意见</source>
        <translation>Cross-examination opinion</translation>
    </message>
    <message>
        <source>对方当事人对真实性、合法性、关联性的意见</source>
        <translation>The other side&apos;s opinion on authenticity, legality and relevance</translation>
    </message>
    <message>
        <source>文件将加密保存在案件库的证据库中，并记录收到时的SHA-256哈希值；原文件不会被改动。</source>
        <translation>The file is stored encrypted in the case book&apos;s evidence vault, with the SHA-256 hash of the file as received; the original file is not changed.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <source>所有文件 (*);;图片和截图 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.heic);;PDF (*.pdf);;Office 文档和表格 (*.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.csv);;音频和视频 (*.mp3 *.m4a *.amr *.wav *.mp4 *.mov *.avi);;聊天记录导出 (*.txt *.html *.json *.csv)</source>
        <translation>All files (*);;Images and screenshots (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.heic);;PDF (*.pdf);;Office documents and spreadsheets (*.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.csv);;Audio and video (*.mp3 *.m4a *.amr *.wav *.mp4 *.mov *.avi);;Chat exports (*.txt *.html *.json *.csv)</translation>
    </message>
    <message>
        <source>{name}，{size}</source>
        <translation>{name}, {size}</translation>
    </message>
    <message>
        <source>证明目的过长（最多{n}字）</source>
        <translation>The purpose of proof is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>质证意见过长（最多{n}字）</source>
        <translation>The cross-examination opinion is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>请选择要添加的文件</source>
        <translation>Choose the file to add</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>正在加密并保存文件……</source>
        <translation>Encrypting and saving the file…</translation>
    </message>
    <message>
        <source>添加证据</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>正在加密并保存“{name}”……</source>
        <translation>Encrypting and saving &quot;{name}&quot;…</translation>
    </message>
    <message>
        <source>已取消，证据未添加。</source>
        <translation>Cancelled; the evidence was not added.</translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>导出证据文件（解密副本）</source>
        <translation>Export evidence file (decrypted copy)</translation>
    </message>
    <message>
        <source>将把{number}“{title}”的解密副本（未加密的原始文件）写入：
{path}

该副本不再受证据库加密保护，请妥善保管，用完及时删除。本次导出将记入审计记录（导出人、时间、位置和SHA-256）。</source>
        <translation>A decrypted copy (the original file, not encrypted) of {number} &quot;{title}&quot; will be written to:
{path}

The copy is no longer protected by the vault&apos;s encryption: keep it safe and delete it when it is no longer needed. This export is recorded in the audit log (who, when, where and SHA-256).</translation>
    </message>
    <message>
        <source>导出证据文件</source>
        <translation>Export evidence file</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>可把文件拖放到这里添加证据</source>
        <translation>Drop files here to add them as evidence</translation>
    </message>
    <message>
        <source>添加证据…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>写出解密副本到您选择的位置（记入审计记录）</source>
        <translation>Write a decrypted copy to a place you choose (recorded in the audit log)</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>按登记的SHA-256重新核对加密文件</source>
        <translation>Check the encrypted files against their registered SHA-256</translation>
    </message>
    <message>
        <source>校验所选证据</source>
        <translation>Check the selected item</translation>
    </message>
    <message>
        <source>校验本案全部证据</source>
        <translation>Check all evidence of this case</translation>
    </message>
    <message>
        <source>校验证据库全部文件（所有案件）</source>
        <translation>Check every file in the vault (all cases)</translation>
    </message>
    <message>
        <source>读取证据目录</source>
        <translation>Loading the evidence list</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>证据（读取中……）</source>
        <translation>Evidence (loading…)</translation>
    </message>
    <message>
        <source>证据（共 {n} 件）</source>
        <translation>Evidence ({n})</translation>
    </message>
    <message>
        <source>已添加{number}“{title}”，SHA-256 {sha}。</source>
        <translation>Added {number} &quot;{title}&quot;, SHA-256 {sha}.</translation>
    </message>
    <message>
        <source>已保存{number}“{title}”的修改。</source>
        <translation>Saved the changes to {number} &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>已跳过 {n} 个文件夹或无法读取的项目；只能添加文件。</source>
        <translation>Skipped {n} folder(s) or unreadable item(s); only files can be added.</translation>
    </message>
    <message>
        <source>已把{number}“{title}”的解密副本导出到：{path}（已记入审计记录）。</source>
        <translation>Exported a decrypted copy of {number} &quot;{title}&quot; to {path} (recorded in the audit log).</translation>
    </message>
    <message>
        <source>导出证据</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>正在导出“{title}”……</source>
        <translation>Exporting &quot;{title}&quot;…</translation>
    </message>
    <message>
        <source>校验证据</source>
        <translation>Check evidence</translation>
    </message>
    <message>
        <source>正在校验“{title}”……</source>
        <translation>Checking &quot;{title}&quot;…</translation>
    </message>
    <message>
        <source>校验证据库全部文件</source>
        <translation>Check every file in the vault</translation>
    </message>
    <message>
        <source>正在校验证据文件……</source>
        <translation>Checking the evidence files…</translation>
    </message>
    <message>
        <source>（所有案件）</source>
        <translation> (all cases)</translation>
    </message>
    <message>
        <source>已校验 {n} 件证据{scope}，文件均完好，与登记的哈希值一致。</source>
        <translation>Checked {n} item(s){scope}: every file is intact and matches its registered hash.</translation>
    </message>
    <message>
        <source>已校验 {n} 件证据{scope}，其中 {k} 件有问题，其余完好：</source>
        <translation>Checked {n} item(s){scope}: {k} with problems, the others intact:</translation>
    </message>
    <message>
        <source>案件 {case} 的{number}“{title}”</source>
        <translation>Case {case}, {number} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>其他证据不受影响。受损的文件请从备份恢复。</source>
        <translation>The other evidence is not affected. Restore damaged files from a backup.</translation>
    </message>
    <message>
        <source>证据文件校验</source>
        <translation>Evidence file check</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>证据{n}</source>
        <translation>Evidence {n}</translation>
    </message>
    <message>
        <source>本案还没有登记证据</source>
        <translation>No evidence registered for this case yet</translation>
    </message>
    <message>
        <source>证据（{n}）</source>
        <translation>Evidence ({n})</translation>
    </message>
    <message>
        <source>证据…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <source>选择支持这一回答的证据</source>
        <translation>Choose the evidence behind this answer</translation>
    </message>
    <message>
        <source>（选择证据）</source>
        <translation>(choose evidence)</translation>
    </message>
</context>
<context>
    <name>EvidencePreviewDialog</name>
    <message>
        <source>预览 — {number}“{title}”</source>
        <translation>Preview — {number} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>{name} · {size} · SHA-256 {sha}</source>
        <translation>{name} · {size} · SHA-256 {sha}</translation>
    </message>
    <message>
        <source>预览只在内存中进行，不会在磁盘上留下解密副本。</source>
        <translation>The preview is made in memory only; no decrypted copy is left on disk.</translation>
    </message>
    <message>
        <source>正在解密……</source>
        <translation>Decrypting…</translation>
    </message>
    <message>
        <source>适应窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>写出解密副本到您选择的位置（记入审计记录）</source>
        <translation>Write a decrypted copy to a place you choose (recorded in the audit log)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>这类文件（{name}）不能在程序内预览。

如需查看，请点“导出…”把解密副本写到您选择的位置，再用其他程序打开；导出会记入审计记录。</source>
        <translation>Files of this kind ({name}) cannot be previewed in the program.

To view it, click &quot;Export…&quot; to write a decrypted copy to a place you choose and open it in another program; the export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>证据库不可用。</source>
        <translation>The evidence vault is not available.</translation>
    </message>
    <message>
        <source>预览证据</source>
        <translation>Preview evidence</translation>
    </message>
    <message>
        <source>无法解码这张图片（格式不受支持）。如需查看，请导出后用其他程序打开。</source>
        <translation>This image cannot be decoded (unsupported format). To view it, export it and open it in another program.</translation>
    </message>
    <message>
        <source>无法打开这个PDF文件（可能已加密或格式有误）。如需查看，请导出后用其他程序打开。</source>
        <translation>This PDF cannot be opened (it may be password-protected or malformed). To view it, export it and open it in another program.</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>文件较长，只显示前 {n} 个字符；完整内容请导出后查看。</source>
        <translation>The file is long; only the first {n} characters are shown. Export it to see all of it.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>提供人</source>
        <translation>Provided by</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>证明目的</source>
        <translation>Purpose of proof</translation>
    </message>
    <message>
        <source>收集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>原件核对</source>
        <translation>Original seen</translation>
    </message>
    <message>
        <source>质证意见</source>
        <translation>Cross-examination opinion</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>完整性</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>证据{n}</source>
        <translation>Evidence {n}</translation>
    </message>
    <message>
        <source>已核对</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>未核对</source>
        <translation>No</translation>
    </message>
    <message>
        <source>最后校验：{when}</source>
        <translation>Last checked: {when}</translation>
    </message>
    <message>
        <source>登记后尚未校验</source>
        <translation>Not checked since it was registered</translation>
    </message>
    <message>
        <source>{n} 字节</source>
        <translation>{n} bytes</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>延长审理期限（十五日）</source>
        <translation>Extend award period (15 days)</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>仲裁委员会主任或者其委托的仲裁院负责人</source>
        <translation>Commission chair or the delegated head of the arbitration court</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FactorsSection</name>
    <message>
        <source>因素</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>实施企业</source>
        <translation>Exercised by</translation>
    </message>
    <message>
        <source>具体事实</source>
        <translation>The facts</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <source>查明的事实</source>
        <translation>Fact found</translation>
    </message>
    <message>
        <source>所依据的证据</source>
        <translation>Evidence relied on</translation>
    </message>
</context>
<context>
    <name>FactsSection</name>
    <message>
        <source>事实和证据（如：入职时收取押金500元，见证据2）</source>
        <translation>Facts and evidence (e.g. a 500 yuan deposit taken on joining, see evidence 2)</translation>
    </message>
    <message>
        <source>事实标记（产生警示）</source>
        <translation>Facts (give warnings)</translation>
    </message>
</context>
<context>
    <name>FailedDialog</name>
    <message>
        <source>调解不成</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>例如：被申请人明确表示不同意调解</source>
        <translation>e.g. the respondent expressly refused mediation</translation>
    </message>
    <message>
        <source>结案（告知申请人可申请仲裁）</source>
        <translation>Close the case (tell the applicant to apply for arbitration)</translation>
    </message>
    <message>
        <source>转入仲裁（仲裁委员会已受理的案件）</source>
        <translation>Back to arbitration (a case the commission has accepted)</translation>
    </message>
    <message>
        <source>终止调解日期</source>
        <translation>Date mediation ended</translation>
    </message>
    <message>
        <source>终止调解的原因</source>
        <translation>Reason mediation ended</translation>
    </message>
    <message>
        <source>案件下一步</source>
        <translation>Next step for the case</translation>
    </message>
    <message>
        <source>告知的仲裁委员会</source>
        <translation>Arbitration commission named in the notice</translation>
    </message>
</context>
<context>
    <name>FigureCasesDialog</name>
    <message>
        <source>计入的案件</source>
        <translation>Cases counted</translation>
    </message>
    <message>
        <source>共{count}件</source>
        <translation>{count} cases</translation>
    </message>
    <message>
        <source>列出计入的案件</source>
        <translation>List the cases counted</translation>
    </message>
    <message>
        <source>正在从案件记录找出计入这一数字的案件……</source>
        <translation>Finding the cases behind this figure in the case records…</translation>
    </message>
    <message>
        <source>双击一件案件，在案件页打开它</source>
        <translation>Double-click a case to open it in the case view</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>收案日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>在案件页打开所选案件</source>
        <translation>Open the selected case in the case view</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>开始使用</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>案件库将保存在：{folder}
演示数据放在单独的文件夹：{demo}</source>
        <translation>The case book will be kept in: {folder}
The demo data has its own folder: {demo}</translation>
    </message>
    <message>
        <source>备份将恢复到：{folder}</source>
        <translation>The backup will be restored into: {folder}</translation>
    </message>
    <message>
        <source>至少{n}个字符</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>欢迎使用劳动争议案件工作台</source>
        <translation>Welcome to the labour dispute case desk</translation>
    </message>
    <message>
        <source>第1步（共3步）：机构和管理员</source>
        <translation>Step 1 of 3: organisation and administrator</translation>
    </message>
    <message>
        <source>第2步（共3步）：案件库口令</source>
        <translation>Step 2 of 3: case book passphrase</translation>
    </message>
    <message>
        <source>第3步（共3步）：恢复单</source>
        <translation>Step 3 of 3: recovery sheet</translation>
    </message>
    <message>
        <source>打开已有的案件库</source>
        <translation>Open an existing case book</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>连接单位的案件库服务器</source>
        <translation>Connect to the office&apos;s case book server</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>创建案件库</source>
        <translation>Create case book</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>开始恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>请填写机构全称</source>
        <translation>Enter the organisation&apos;s full name</translation>
    </message>
    <message>
        <source>请填写文书字号前缀</source>
        <translation>Enter the document number prefix</translation>
    </message>
    <message>
        <source>请填写管理员用户名</source>
        <translation>Enter the administrator&apos;s user name</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>这是演示案件库公开的密码，不能用于正式案件库，请另设一个</source>
        <translation>This is the demo&apos;s published password; a real case book cannot use it. Choose another.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>弱</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>中</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>强</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>这是常见口令，很容易被猜中</source>
        <translation>a common password, easily guessed</translation>
    </message>
    <message>
        <source>至少需要{n}个字符</source>
        <translation>needs at least {n} characters</translation>
    </message>
    <message>
        <source>再长一些（12个字符以上更好）</source>
        <translation>make it longer (12 characters or more is better)</translation>
    </message>
    <message>
        <source>混合使用字母、数字、汉字或符号</source>
        <translation>mix letters, digits, Chinese characters or symbols</translation>
    </message>
    <message>
        <source>（{hints}）</source>
        <translation> ({hints})</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>口令至少需要{n}个字符</source>
        <translation>The passphrase needs at least {n} characters</translation>
    </message>
    <message>
        <source>这是演示案件库公开的口令，不能用于正式案件库，请另设一个</source>
        <translation>This is the demo&apos;s published passphrase; a real case book cannot use it. Choose another.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>新建案件库</source>
        <translation>New case book</translation>
    </message>
    <message>
        <source>正在创建加密案件库……</source>
        <translation>Creating the encrypted case book…</translation>
    </message>
    <message>
        <source>案件库已创建：{folder}</source>
        <translation>Case book created: {folder}</translation>
    </message>
    <message>
        <source>案件库恢复单.pdf</source>
        <translation>case-book-recovery-sheet.pdf</translation>
    </message>
    <message>
        <source>保存恢复单</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存：{reason}</source>
        <translation>Cannot save: {reason}</translation>
    </message>
    <message>
        <source>已保存：{file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <source>没有可以打开PDF的程序。请用“保存恢复单”保存后再打印。</source>
        <translation>No program here opens PDF files. Save the sheet with “Save the recovery sheet” and print it from there.</translation>
    </message>
    <message>
        <source>选择案件库文件夹</source>
        <translation>Choose the case book folder</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>案件库备份 (*.mdbak);;所有文件 (*)</source>
        <translation>Case book backups (*.mdbak);;All files (*)</translation>
    </message>
    <message>
        <source>请选择案件库所在的文件夹</source>
        <translation>Choose the folder of the case book</translation>
    </message>
    <message>
        <source>这个文件夹里没有案件库（应有 casebook.db 和 casebook.key）</source>
        <translation>There is no case book in this folder (it needs casebook.db and casebook.key)</translation>
    </message>
    <message>
        <source>请选择备份文件</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>请输入备份所属案件库的口令</source>
        <translation>Enter the passphrase of the backed-up case book</translation>
    </message>
    <message>
        <source>正在核对并恢复备份……</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>选择 CA 证书文件</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>证书 (*.crt *.pem *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>请填写服务器地址</source>
        <translation>Enter the server&apos;s address</translation>
    </message>
    <message>
        <source>请填写数据库名</source>
        <translation>Enter the database name</translation>
    </message>
    <message>
        <source>请填写用户名</source>
        <translation>Enter the user name</translation>
    </message>
    <message>
        <source>请选择服务器管理员提供的 CA 证书文件</source>
        <translation>Choose the CA certificate file the server&apos;s administrator gave you</translation>
    </message>
    <message>
        <source>找不到这个文件</source>
        <translation>This file does not exist</translation>
    </message>
    <message>
        <source>请输入数据库密码</source>
        <translation>Enter the database password</translation>
    </message>
    <message>
        <source>连接服务器</source>
        <translation>Connect to the server</translation>
    </message>
    <message>
        <source>正在连接服务器……</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>试用演示数据</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>正在准备演示数据……</source>
        <translation>Preparing the demo data…</translation>
    </message>
    <message>
        <source>这台电脑上还没有案件库。请选择怎样开始：</source>
        <translation>There is no case book on this PC yet. Choose how to begin:</translation>
    </message>
    <message>
        <source>新建本机构的案件库</source>
        <translation>Create your organisation&apos;s case book</translation>
    </message>
    <message>
        <source>第一次使用：登记机构、设立管理员、设定案件库口令，并打印或保存恢复单。</source>
        <translation>First use: register the organisation, appoint the administrator, set the case book passphrase, and print or save the recovery sheet.</translation>
    </message>
    <message>
        <source>打开已有的案件库文件夹</source>
        <translation>Open an existing case book folder</translation>
    </message>
    <message>
        <source>案件库已复制到这台电脑（例如从旧电脑或U盘），选中它所在的文件夹。</source>
        <translation>The case book was copied to this PC (from the old PC or a USB stick): choose its folder.</translation>
    </message>
    <message>
        <source>用备份文件（.mdbak）和案件库口令恢复整个案件库。</source>
        <translation>Restore the whole case book from a backup file (.mdbak) and its passphrase.</translation>
    </message>
    <message>
        <source>本单位的案件库放在 PostgreSQL 服务器上（服务器版），各工作站共用；需要服务器地址、数据库名、用户名、CA 证书文件和数据库密码（向服务器管理员索取）。</source>
        <translation>The organisation&apos;s case book is on a PostgreSQL server (office edition), shared by every desk; you need the server&apos;s address, the database name, the user name, the CA certificate file and the database password (ask the server&apos;s administrator).</translation>
    </message>
    <message>
        <source>虚构的案件，放在单独的演示文件夹，不会混入正式数据；窗口和文书都标明“演示数据”。</source>
        <translation>Invented cases, in a demo folder of their own that never mixes with real data; every window and document is marked as demo data.</translation>
    </message>
    <message>
        <source>请填写使用本案件库的机构，并设立第一位管理员。管理员可以添加其他用户。</source>
        <translation>Enter the organisation that uses this case book and its first administrator, who can then add other users.</translation>
    </message>
    <message>
        <source>机构类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>机构全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>如：南昌市劳动人事争议仲裁委员会</source>
        <translation>Full name as on the seal, e.g. Nanchang Labour and Personnel Dispute Arbitration Commission</translation>
    </message>
    <message>
        <source>文书字号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <source>地址（可不填）</source>
        <translation>Address (optional)</translation>
    </message>
    <message>
        <source>电话（可不填）</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>英文字母或数字，如 admin</source>
        <translation>letters or digits, e.g. admin</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>请设定案件库口令。案件库中的全部案件、证据和文书都用它加密保护。口令无法找回：忘记口令又没有系统密钥环中的密钥时，任何人（包括技术支持）都无法打开案件库。请把口令抄写下来，密封后锁在安全的地方。</source>
        <translation>Set the case book passphrase. Every case, piece of evidence and document in the book is encrypted with it. It cannot be recovered: if it is forgotten and the key is not in the system keyring, nobody (technical support included) can open the case book. Write it down, seal it and lock it away.</translation>
    </message>
    <message>
        <source>案件库口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>显示口令</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>口令强度</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>口令保管位置（可不填）</source>
        <translation>Where the passphrase is kept (optional)</translation>
    </message>
    <message>
        <source>如：单位保险柜第2格，密封信封</source>
        <translation>e.g. office safe, shelf 2, sealed envelope</translation>
    </message>
    <message>
        <source>口令保管人（可不填）</source>
        <translation>Keeper of the passphrase (optional)</translation>
    </message>
    <message>
        <source>保管位置和保管人会印在恢复单上；口令本身不会出现在恢复单上。</source>
        <translation>The place and the keeper are printed on the recovery sheet; the passphrase itself never is.</translation>
    </message>
    <message>
        <source>恢复单记录案件库标识、主密钥编号、数据存放位置和建库日期，不记载口令。更换电脑或电脑损坏时，凭它和口令找回数据。请现在保存或打印，和口令分开存放。</source>
        <translation>The recovery sheet records the case book&apos;s identifier, the key number, where the data lives and the date it was created; never the passphrase. With it and the passphrase the data can be recovered on a new or repaired PC. Save or print it now and keep it apart from the passphrase.</translation>
    </message>
    <message>
        <source>保存恢复单（PDF）…</source>
        <translation>Save the recovery sheet (PDF)…</translation>
    </message>
    <message>
        <source>打开恢复单以打印</source>
        <translation>Open the sheet to print it</translation>
    </message>
    <message>
        <source>我已保存或打印恢复单，并已把口令抄写保管好</source>
        <translation>I have saved or printed the recovery sheet and written down and stored the passphrase</translation>
    </message>
    <message>
        <source>请选择案件库所在的文件夹（里面有 casebook.db 和 casebook.key）。以后启动时会直接打开它。</source>
        <translation>Choose the folder of the case book (it holds casebook.db and casebook.key). The program opens it directly from then on.</translation>
    </message>
    <message>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>程序先核对备份文件的完整性和口令，全部无误后才放入上述文件夹；中途取消或出错时不会留下任何改动。</source>
        <translation>The backup and the passphrase are checked first; only then is the book put into that folder. Cancelling or an error leaves nothing changed.</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>选择备份文件…</source>
        <translation>Choose backup file…</translation>
    </message>
    <message>
        <source>备份所属案件库的口令</source>
        <translation>Passphrase of the backed-up book</translation>
    </message>
    <message>
        <source>连接经过 TLS 加密，并用 CA 证书核实服务器的身份。数据库密码不写入任何文件；勾选“记住密码”时保存在系统密钥环中。</source>
        <translation>The connection is encrypted with TLS and the server&apos;s identity is checked against the CA certificate. The database password is never written to a file; with “remember” ticked it is kept in the system keyring.</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>CA 证书文件</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>选择 CA 证书文件…</source>
        <translation>Choose CA certificate file…</translation>
    </message>
    <message>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>在系统密钥环中记住密码</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>HandoffImportDialog</name>
    <message>
        <source>导入移交包</source>
        <translation>Import hand-off package</translation>
    </message>
    <message>
        <source>{key}（{sender}）——本案件库已信任（{who}，{when}）</source>
        <translation>{key} ({sender}) — trusted by this book ({who}, {when})</translation>
    </message>
    <message>
        <source>{key}（{sender}）——本案件库尚未信任此密钥。请通过电话等其他途径向发送方核对密钥编号后再信任。</source>
        <translation>{key} ({sender}) — this book does not trust this key yet. Check the key id with the sender by another channel (e.g. by phone) before trusting it.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>该签名密钥尚未被信任：核对密钥编号后勾选信任，或取消导入</source>
        <translation>This signing key is not trusted: check the key id and tick trust, or cancel the import</translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>正在核验并导入移交包……</source>
        <translation>Verifying and importing the package…</translation>
    </message>
    <message>
        <source>本案件库未打开移交包工具，不能导入。</source>
        <translation>The hand-off tools are not available for this book; nothing can be imported.</translation>
    </message>
    <message>
        <source>选择移交包</source>
        <translation>Choose a hand-off package</translation>
    </message>
    <message>
        <source>移交包 (*.mdpkg *.zip);;所有文件 (*)</source>
        <translation>Hand-off packages (*.mdpkg *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>核验移交包</source>
        <translation>Verifying a hand-off package</translation>
    </message>
    <message>
        <source>正在核验移交包的签名和每个文件……</source>
        <translation>Verifying the package&apos;s signature and every file…</translation>
    </message>
    <message>
        <source>移交包已核验。请核对其内容，确认后导入本案件库（全部导入或全部不导入）。</source>
        <translation>The package was verified. Check what it holds, then import it into this book (all of it or nothing).</translation>
    </message>
    <message>
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>我已向发送方核对上述密钥编号，信任此签名密钥</source>
        <translation>I have checked this key id with the sender; trust this signing key</translation>
    </message>
</context>
<context>
    <name>HandoffTab</name>
    <message>
        <source>读取签名密钥和接收地址</source>
        <translation>Reading the signing key and the addresses</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>正在使用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>（系统证书）</source>
        <translation>(system certificates)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>导出公钥</source>
        <translation>Export public keys</translation>
    </message>
    <message>
        <source>公钥文件 (*.json)</source>
        <translation>Public-key files (*.json)</translation>
    </message>
    <message>
        <source>已导出公钥（当前和已停用的密钥）到 {path}，请交给法院用于核验。</source>
        <translation>Public keys (current and retired) exported to {path}; give the file to the court for verifying packages.</translation>
    </message>
    <message>
        <source>更换签名密钥</source>
        <translation>Rotate the signing key</translation>
    </message>
    <message>
        <source>更换后，新的移交包用新密钥签名；旧密钥停用但仍保留，用它签名的移交包仍可核验。请把更换后导出的公钥文件交给法院。确定更换吗？</source>
        <translation>New packages will be signed with a new key; the old key is retired but kept, so packages it signed still verify. Give the courts the public-key file exported afterwards. Rotate the key?</translation>
    </message>
    <message>
        <source>更换密钥</source>
        <translation>Rotate key</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已更换签名密钥。请导出公钥文件交给法院。</source>
        <translation>Signing key rotated. Export the public keys for the courts.</translation>
    </message>
    <message>
        <source>请先在列表中选择一个接收地址。</source>
        <translation>Choose an address in the list first.</translation>
    </message>
    <message>
        <source>已保存接收地址。</source>
        <translation>Address saved.</translation>
    </message>
    <message>
        <source>删除接收地址</source>
        <translation>Remove the address</translation>
    </message>
    <message>
        <source>删除接收地址“{name}”？发往该地址、尚未发送的移交包将无法发送，可改为导出后离线递交。</source>
        <translation>Remove the address &quot;{name}&quot;? Packages waiting for it can no longer be sent; export them for delivery by hand instead.</translation>
    </message>
    <message>
        <source>已删除接收地址。</source>
        <translation>Address removed.</translation>
    </message>
    <message>
        <source>只有管理员可以更换签名密钥和修改法院系统的接收地址。</source>
        <translation>Only the administrator rotates the signing key and changes the court systems&apos; addresses.</translation>
    </message>
    <message>
        <source>本机构的签名密钥</source>
        <translation>The organisation&apos;s signing key</translation>
    </message>
    <message>
        <source>移交包用本机构的Ed25519密钥签名。把公钥文件交给法院，法院据此核验移交包确由本机构发出、未被改动。更换密钥后，旧密钥签名的移交包仍可用导出的公钥文件核验。</source>
        <translation>Packages are signed with the organisation&apos;s Ed25519 key. Give the public-key file to the courts: with it they check that a package comes from here unchanged. After a rotation, packages signed with the old key still verify with the exported file.</translation>
    </message>
    <message>
        <source>密钥编号</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>停用时间</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>导出公钥…</source>
        <translation>Export public keys…</translation>
    </message>
    <message>
        <source>更换密钥…</source>
        <translation>Rotate key…</translation>
    </message>
    <message>
        <source>法院系统接收地址（发件箱）</source>
        <translation>Court system addresses (outbox)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>接收地址</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>CA证书</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>客户端证书</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>超时（秒）</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>延期开庭</source>
        <translation>Postpone hearing</translation>
    </message>
    <message>
        <source>安排开庭</source>
        <translation>Schedule hearing</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>提出延期申请的当事人</source>
        <translation>Party requesting postponement</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>开庭前三日内提出，但确有正当理由</source>
        <translation>Requested within 3 days of the hearing, with good cause</translation>
    </message>
    <message>
        <source>开庭日期</source>
        <translation>Hearing date</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>仲裁庭室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>例如：第一仲裁庭</source>
        <translation>e.g. Hearing room 1</translation>
    </message>
    <message>
        <source>仲裁员</source>
        <translation>Arbitrator</translation>
    </message>
    <message>
        <source>多名仲裁员用顿号分隔；不改则为仲裁庭组成人员</source>
        <translation>Separate several arbitrators with commas; leave unchanged for the tribunal&apos;s members</translation>
    </message>
</context>
<context>
    <name>HearingsPage</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>已开庭</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>仲裁庭（房间）</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>仲裁员</source>
        <translation>Arbitrators</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>开庭通知</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <source>全部仲裁庭</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>全部仲裁员</source>
        <translation>All arbitrators</translation>
    </message>
    <message>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>在案件的“仲裁”页安排开庭；同一仲裁员或同一仲裁庭时间冲突的安排会被拒绝。双击一行打开案件。</source>
        <translation>Hearings are scheduled in a case&apos;s Arbitration tab; a double booking of an arbitrator or a room is refused. Double-click a row to open the case.</translation>
    </message>
    <message>
        <source>读取开庭日历</source>
        <translation>Loading hearings</translation>
    </message>
    <message>
        <source>已送达 {d}</source>
        <translation>Served {d}</translation>
    </message>
    <message>
        <source>当事人放弃</source>
        <translation>Waived by the parties</translation>
    </message>
    <message>
        <source>未送达</source>
        <translation>Not served</translation>
    </message>
    <message>
        <source>{day}（{weekday}）</source>
        <translation>{day} ({weekday})</translation>
    </message>
    <message>
        <source>（应于{d}前送达）</source>
        <translation> (due by {d})</translation>
    </message>
    <message>
        <source>本周 {n} 场开庭</source>
        <translation>{n} hearings this week</translation>
    </message>
</context>
<context>
    <name>HearingsSection</name>
    <message>
        <source>独任仲裁</source>
        <translation>Sole arbitrator</translation>
    </message>
    <message>
        <source>三名仲裁员组成仲裁庭</source>
        <translation>Three-member tribunal</translation>
    </message>
    <message>
        <source>{kind}：{names}，{day}组庭</source>
        <translation>{kind}: {names}, formed {day}</translation>
    </message>
    <message>
        <source>，{day}已书面通知当事人。</source>
        <translation>; parties notified {day}.</translation>
    </message>
    <message>
        <source>，尚未通知当事人。</source>
        <translation>; parties not yet notified.</translation>
    </message>
    <message>
        <source>尚未组成仲裁庭。</source>
        <translation>No tribunal formed yet.</translation>
    </message>
    <message>
        <source>申请人到庭</source>
        <translation>Applicant present</translation>
    </message>
    <message>
        <source>申请人缺席</source>
        <translation>Applicant absent</translation>
    </message>
    <message>
        <source>被申请人到庭</source>
        <translation>Respondent present</translation>
    </message>
    <message>
        <source>被申请人缺席</source>
        <translation>Respondent absent</translation>
    </message>
    <message>
        <source>（放弃期限）</source>
        <translation>(period waived)</translation>
    </message>
    <message>
        <source>组成仲裁庭</source>
        <translation>Form tribunal</translation>
    </message>
    <message>
        <source>已组成仲裁庭：{names}。</source>
        <translation>Tribunal formed: {names}.</translation>
    </message>
    <message>
        <source>仲裁庭组成通知</source>
        <translation>Tribunal notice</translation>
    </message>
    <message>
        <source>通知日期</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <source>已登记组庭通知。</source>
        <translation>Tribunal notice recorded.</translation>
    </message>
    <message>
        <source>已安排{day} {time}在{room}开庭；请在开庭五日前送达开庭通知（最迟{due}）。</source>
        <translation>Hearing scheduled {day} {time} in {room}; serve the notice at least 5 days before (by {due}).</translation>
    </message>
    <message>
        <source>已登记开庭通知的送达。</source>
        <translation>Hearing notice service recorded.</translation>
    </message>
    <message>
        <source>已延期开庭，改于{day} {time}开庭；请重新送达开庭通知。</source>
        <translation>Hearing postponed to {day} {time}; serve a new notice.</translation>
    </message>
    <message>
        <source>已记录开庭：申请人未到庭，按撤回仲裁申请处理。</source>
        <translation>Hearing recorded: applicant absent, treated as withdrawal.</translation>
    </message>
    <message>
        <source>已记录开庭：被申请人未到庭，可以缺席裁决。</source>
        <translation>Hearing recorded: respondent absent, a default award may be made.</translation>
    </message>
    <message>
        <source>已记录开庭。</source>
        <translation>Hearing recorded.</translation>
    </message>
    <message>
        <source>书面审理</source>
        <translation>Decision on the papers</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>例如：双方当事人书面同意不开庭，案件事实清楚</source>
        <translation>e.g. both parties agreed in writing to no hearing; the facts are clear</translation>
    </message>
    <message>
        <source>已登记书面审理的决定。</source>
        <translation>Decision on the papers recorded.</translation>
    </message>
    <message>
        <source>仲裁庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>首席（独任）</source>
        <translation>Presiding (sole)</translation>
    </message>
    <message>
        <source>仲裁员</source>
        <translation>Arbitrator</translation>
    </message>
    <message>
        <source>组庭日期</source>
        <translation>Formed on</translation>
    </message>
    <message>
        <source>同时书面通知当事人</source>
        <translation>Notify the parties in writing now</translation>
    </message>
    <message>
        <source>登记组庭通知…</source>
        <translation>Record tribunal notice…</translation>
    </message>
    <message>
        <source>开庭</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>仲裁庭室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>开庭通知送达</source>
        <translation>Notice served</translation>
    </message>
    <message>
        <source>到庭情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>安排开庭…</source>
        <translation>Schedule hearing…</translation>
    </message>
    <message>
        <source>送达开庭通知…</source>
        <translation>Serve hearing notice…</translation>
    </message>
    <message>
        <source>延期开庭…</source>
        <translation>Postpone hearing…</translation>
    </message>
    <message>
        <source>记录到庭…</source>
        <translation>Record attendance…</translation>
    </message>
    <message>
        <source>书面审理…</source>
        <translation>Decide on the papers…</translation>
    </message>
    <message>
        <source>仲裁庭决定不开庭、书面审理时登记决定及理由；裁决书据此写明审理经过</source>
        <translation>Record the tribunal&apos;s decision to decide on the papers and why; the award&apos;s account of the proceedings follows it</translation>
    </message>
    <message>
        <source>仲裁庭组成通知书</source>
        <translation>Tribunal notice</translation>
    </message>
    <message>
        <source>开庭通知书</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <source>延期审理通知书</source>
        <translation>Postponement notice</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>改定</source>
        <translation>overridden</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>信息不足</source>
        <translation>Not enough information</translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>第{n}版理由：{reason}</source>
        <translation>Reason for version {n}: {reason}</translation>
    </message>
    <message>
        <source>第{n}版未写理由。</source>
        <translation>Version {n} has no written reason.</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>认定结论</source>
        <translation>Decided category</translation>
    </message>
    <message>
        <source>建议结论</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>用工链条</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>载入所选版本</source>
        <translation>Load selected version</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>已录入通知</source>
        <translation>Notice entered</translation>
    </message>
    <message>
        <source>程序内置数据</source>
        <translation>Built-in data</translation>
    </message>
    <message>
        <source>尚无通知：按周末和法定节假日推算，期限暂定</source>
        <translation>No notice yet: weekends and statutory holidays assumed, deadlines provisional</translation>
    </message>
    <message>
        <source>缺少数据：期限无法计算</source>
        <translation>No data: deadlines cannot be computed</translation>
    </message>
    <message>
        <source>读取节假日数据</source>
        <translation>Reading the holiday data</translation>
    </message>
    <message>
        <source>只有管理员可以录入节假日安排。</source>
        <translation>Only an administrator can enter holiday arrangements.</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>节假日数据</source>
        <translation>Holiday data</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>各年份的节假日数据</source>
        <translation>Holiday data by year</translation>
    </message>
    <message>
        <source>通知名称</source>
        <translation>Notice title</translation>
    </message>
    <message>
        <source>如：国办发明电〔2026〕7号</source>
        <translation>e.g. Guo Ban Fa Ming Dian [2026] No. 7</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>放假（起）</source>
        <translation>Days off from</translation>
    </message>
    <message>
        <source>放假（止）</source>
        <translation>Days off to</translation>
    </message>
    <message>
        <source>调休上班日（如：2月20日、2月28日）</source>
        <translation>Make-up working days (e.g. 2-20, 2-28)</translation>
    </message>
    <message>
        <source>放假和调休</source>
        <translation>Days off and make-up days</translation>
    </message>
    <message>
        <source>按通知逐项填写：每个节日的放假起止日期（含其中的周六、周日）和调休上班的周六、周日；两个节日合并放假时（如国庆节、中秋节），把全部日期填在一个节日下，另一个不勾选。表中预先填入的是程序现有的数据或推算，请逐日与通知核对。</source>
        <translation>Enter the notice item by item: for each festival the first and last day off (including Saturdays and Sundays in between) and the Saturdays or Sundays worked in exchange. When two festivals are taken together (e.g. National Day and Mid-Autumn Festival), enter all the days under one of them and untick the other. The table starts from the data or estimate the program has; check every day against the notice.</translation>
    </message>
    <message>
        <source>保存并重新计算期限</source>
        <translation>Save and recompute deadlines</translation>
    </message>
    <message>
        <source>录入国务院办公厅节假日安排通知</source>
        <translation>Enter the State Council&apos;s holiday arrangement notice</translation>
    </message>
    <message>
        <source>{notice}；{who}于{when}录入</source>
        <translation>{notice}; entered by {who} on {when}</translation>
    </message>
    <message>
        <source>已保存{year}年的节假日安排，并重新计算了 {n} 个案件的法定期限。</source>
        <translation>The {year} holiday arrangement was saved and the statutory deadlines of {n} cases were recomputed.</translation>
    </message>
    <message>
        <source>保存节假日安排</source>
        <translation>Save holiday arrangement</translation>
    </message>
    <message>
        <source>已保存节假日安排，正在重新计算各案件的法定期限……</source>
        <translation>Holiday arrangement saved; recomputing the statutory deadlines of every case…</translation>
    </message>
    <message>
        <source>节假日安排已保存；重新计算已取消，下次登录时将自动完成。</source>
        <translation>The holiday arrangement was saved; the recomputation was cancelled and will be completed at the next log-in.</translation>
    </message>
</context>
<context>
    <name>InspectionReferralDialog</name>
    <message>
        <source>转送劳动保障监察</source>
        <translation>Refer to labour inspection</translation>
    </message>
    <message>
        <source>案件数：{count}</source>
        <translation>Cases: {count}</translation>
    </message>
    <message>
        <source>生成转送函并记录送出</source>
        <translation>Make the letter and record its sending</translation>
    </message>
    <message>
        <source>请至少选择一项转送事由。</source>
        <translation>Choose at least one ground.</translation>
    </message>
    <message>
        <source>预览转送函</source>
        <translation>Preview the referral letter</translation>
    </message>
    <message>
        <source>这些案件没有导入工作记录，转送函不附工作时间数据。</source>
        <translation>These cases have no imported work records; the letter states no working-time figures.</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>{claim}：{amount}</source>
        <translation>{claim}: {amount}</translation>
    </message>
    <message>
        <source>（请求事项中没有与所列情形对应的金额）</source>
        <translation>(no claimed amount for these grounds)</translation>
    </message>
    <message>
        <source>（统一社会信用代码{code}）</source>
        <translation> (credit code {code})</translation>
    </message>
    <message>
        <source>被申请人：{name}</source>
        <translation>Respondent: {name}</translation>
    </message>
    <message>
        <source>转送事由：{grounds}</source>
        <translation>Grounds: {grounds}</translation>
    </message>
    <message>
        <source>收案日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>相关请求事项及金额</source>
        <translation>Related claims and amounts</translation>
    </message>
    <message>
        <source>{ground}相关请求金额合计：{amount}</source>
        <translation>{ground}, total claimed: {amount}</translation>
    </message>
    <message>
        <source>{worker}（{number}）：工作记录统计的工作时间数据将写入转送函。</source>
        <translation>{worker} ({number}): the working-time figures of the work records are stated in the letter.</translation>
    </message>
    <message>
        <source>请至少选择一项转送事由</source>
        <translation>Choose at least one ground</translation>
    </message>
    <message>
        <source>生成转送函</source>
        <translation>Make the referral letter</translation>
    </message>
    <message>
        <source>正在生成转送函……</source>
        <translation>Making the referral letter…</translation>
    </message>
    <message>
        <source>读取转送记录</source>
        <translation>Read the referral records</translation>
    </message>
    <message>
        <source>{date}：{answer}</source>
        <translation>{date}: {answer}</translation>
    </message>
    <message>
        <source>尚未答复</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <source>转送函列明的案件：{numbers}</source>
        <translation>Cases named in the letter: {numbers}</translation>
    </message>
    <message>
        <source>该转送函的答复已登记。</source>
        <translation>The answer to this letter is recorded.</translation>
    </message>
    <message>
        <source>尚无转送记录。</source>
        <translation>No letter has been sent yet.</translation>
    </message>
    <message>
        <source>请填写监察机构答复的内容</source>
        <translation>Enter what the inspection authority answered</translation>
    </message>
    <message>
        <source>答复已登记。</source>
        <translation>Answer recorded.</translation>
    </message>
    <message>
        <source>登记答复</source>
        <translation>Record the answer</translation>
    </message>
    <message>
        <source>转送</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>转送事由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>拖欠工资</source>
        <translation>Unpaid pay</translation>
    </message>
    <message>
        <source>拖欠或者克扣劳动报酬</source>
        <translation>Pay withheld or unlawfully deducted</translation>
    </message>
    <message>
        <source>违法延长工作时间</source>
        <translation>Illegal overtime</translation>
    </message>
    <message>
        <source>附工作记录统计的接单配送时长和连续工作未休息的次数</source>
        <translation>Attaches the delivery hours and the stretches without a break from the work records</translation>
    </message>
    <message>
        <source>收取押金</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>违法收取押金、保证金</source>
        <translation>Deposits or guarantees unlawfully taken</translation>
    </message>
    <message>
        <source>接收机构</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>送出日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>送出方式</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>转送函将写明（只列记录中的事实）：</source>
        <translation>The letter will state (only facts on the record, in Chinese):</translation>
    </message>
    <message>
        <source>送出记录和答复</source>
        <translation>Letters sent and answers</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>如：已立案调查；经核查未发现违法行为……</source>
        <translation>e.g. investigation opened; no violation found…</translation>
    </message>
    <message>
        <source>采取的措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>如：责令限期支付劳动报酬</source>
        <translation>e.g. ordered to pay the wages by a date</translation>
    </message>
    <message>
        <source>登记所选转送函的答复</source>
        <translation>Record the answer to the selected letter</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source>读取重复被申请人预警条件</source>
        <translation>Read the repeat-respondent settings</translation>
    </message>
    <message>
        <source>已保存：{days}天内作为被申请人的新收案件达到{count}件即列入名单。</source>
        <translation>Saved: an enterprise named as respondent in {count} new cases within {days} days is listed.</translation>
    </message>
    <message>
        <source>保存重复被申请人预警条件</source>
        <translation>Save the repeat-respondent settings</translation>
    </message>
    <message>
        <source>只有管理员可以更改重复被申请人的预警条件。</source>
        <translation>Only the administrator can change the repeat-respondent settings.</translation>
    </message>
    <message>
        <source>重复被申请人预警</source>
        <translation>Repeat-respondent warning</translation>
    </message>
    <message>
        <source>同一用人单位或平台企业在统计期间内作为被申请人的新收案件达到所设件数时，列入“监察转送”页的重复被申请人名单，作为联合监管和转送劳动保障监察的线索。统计期间为截至查看日（含当日）的若干天。</source>
        <translation>An employer or platform named as respondent in at least this many new cases within the period is listed on the Labour inspection page, as a lead for joint supervision and for a referral to labour inspection. The period is the given number of days up to and including the day viewed.</translation>
    </message>
    <message>
        <source>案件数不少于</source>
        <translation>At least</translation>
    </message>
    <message>
        <source> 件</source>
        <translation> cases</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Within</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>申请日期</source>
        <translation>Application date</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>登记集体争议</source>
        <translation>Register a group dispute</translation>
    </message>
    <message>
        <source>登记新案件</source>
        <translation>Register a new case</translation>
    </message>
    <message>
        <source>带 * 的为必填项。身份证号码和统一社会信用代码会校验校验位；全部无误后才会保存。</source>
        <translation>Fields marked * are required. ID numbers and unified social credit codes are checked (including their check character); nothing is saved until everything is correct.</translation>
    </message>
    <message>
        <source>劳动者名单（十人以上的集体争议）</source>
        <translation>Workers (group dispute of ten or more)</translation>
    </message>
    <message>
        <source>表格第一行为列名：姓名、身份证号码、手机号码、代表（是/否），以及每项请求一列（列名为请求事项，如“拖欠劳动报酬”），填写每人的金额。</source>
        <translation>The first row holds the column names: 姓名, 身份证号码, 手机号码, 代表 (是/否), and one column per claim (named after the claim, e.g. “拖欠劳动报酬”) with each worker&apos;s amount.</translation>
    </message>
    <message>
        <source>选择表格（.xlsx / .csv）…</source>
        <translation>Choose spreadsheet (.xlsx / .csv)…</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>代表</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>请求</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>金额合计</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <source>申请人（劳动者）</source>
        <translation>Applicant (worker)</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>身份证号码 *</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>平台名称，如 速达外卖</source>
        <translation>Platform name, e.g. FastEats</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>申请方式</source>
        <translation>Application made</translation>
    </message>
    <message>
        <source>被申请人（平台企业及用工合作企业）*</source>
        <translation>Respondents (platform and cooperating enterprises) *</translation>
    </message>
    <message>
        <source>增加被申请人</source>
        <translation>Add respondent</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>增加代理人</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <source>共同请求</source>
        <translation>Common claims</translation>
    </message>
    <message>
        <source>仲裁/调解请求 *</source>
        <translation>Claims *</translation>
    </message>
    <message>
        <source>增加请求</source>
        <translation>Add claim</translation>
    </message>
    <message>
        <source>事实和理由 *</source>
        <translation>Facts and reasons *</translation>
    </message>
    <message>
        <source>何时起在哪个平台、为哪家企业工作，如何派单、考勤、计酬和处罚，争议如何发生，已作过哪些交涉……</source>
        <translation>Since when the worker worked on which platform and for which enterprise, how orders, attendance, pay and penalties worked, how the dispute arose, what has been tried…</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>Save registration</translation>
    </message>
    <message>
        <source>选择劳动者名单</source>
        <translation>Choose the list of workers</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>读取表格</source>
        <translation>Reading the spreadsheet</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>表格中有 {n} 处错误，改正后请重新选择表格；不会导入任何数据：
</source>
        <translation>The spreadsheet has {n} error(s); correct them and choose it again. Nothing will be imported:
</translation>
    </message>
    <message>
        <source>共 {n} 名劳动者，请求金额合计 {total}</source>
        <translation>{n} workers, total claimed {total}</translation>
    </message>
    <message>
        <source>请先选择劳动者名单表格。</source>
        <translation>Choose the spreadsheet of workers first.</translation>
    </message>
    <message>
        <source>表格中仍有错误，未导入任何数据。</source>
        <translation>The spreadsheet still has errors; nothing was imported.</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>请改正标红的项目后再保存。</source>
        <translation>Correct the items marked in red, then save.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>修改协议第{n}项</source>
        <translation>Correct item {n} of the agreement</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>权利人</source>
        <translation>Obligee</translation>
    </message>
    <message>
        <source>约定内容</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>款项类别</source>
        <translation>Kind of payment</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>例如：履行期限记错</source>
        <translation>e.g. the due date was entered wrongly</translation>
    </message>
</context>
<context>
    <name>LegalAidPanel</name>
    <message>
        <source>尚未核查</source>
        <translation>Not yet checked</translation>
    </message>
    <message>
        <source>符合本省经济困难标准</source>
        <translation>Meets the provincial financial hardship standard</translation>
    </message>
    <message>
        <source>不符合经济困难标准</source>
        <translation>Does not meet the financial hardship standard</translation>
    </message>
    <message>
        <source>援助条件（法律援助法第三十一条、第四十二条、第四十四条）</source>
        <translation>Eligibility (Legal Aid Law arts. 31, 42, 44)</translation>
    </message>
    <message>
        <source>进城务工人员</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <source>已委托代理人</source>
        <translation>Already has an agent</translation>
    </message>
    <message>
        <source>急需申请保全或先予执行</source>
        <translation>Preservation or provisional execution urgent</translation>
    </message>
    <message>
        <source>经济困难状况</source>
        <translation>Financial hardship</translation>
    </message>
    <message>
        <source>检查援助条件</source>
        <translation>Check eligibility</translation>
    </message>
    <message>
        <source>转介</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>转介至</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>转介进展</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>不予援助的理由 / 援助结果</source>
        <translation>Reasons for refusal / outcome</translation>
    </message>
    <message>
        <source>给予援助</source>
        <translation>Grant aid</translation>
    </message>
    <message>
        <source>不予援助</source>
        <translation>Refuse aid</translation>
    </message>
    <message>
        <source>指派律师</source>
        <translation>Assign lawyer</translation>
    </message>
    <message>
        <source>登记结果</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>生成转介函</source>
        <translation>Make referral letter</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>读取援助机构和律师</source>
        <translation>Reading the legal-aid centres and lawyers</translation>
    </message>
    <message>
        <source>读取法律援助</source>
        <translation>Loading legal aid</translation>
    </message>
    <message>
        <source>本案尚未转介法律援助。</source>
        <translation>No legal aid referral in this case yet.</translation>
    </message>
    <message>
        <source>法律援助机构</source>
        <translation>Legal-aid centre</translation>
    </message>
    <message>
        <source>转介日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>承办律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>援助结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>援助决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>已生成{title}（{number}，第{v}版），可在“文书”中导出或打开。</source>
        <translation>{title} made ({number}, version {v}); export or open it on the Documents tab.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>请输入用户名</source>
        <translation>Enter your user name</translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation>Enter your password</translation>
    </message>
    <message>
        <source>正在核对……</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>劳动争议案件工作台</source>
        <translation>Labour Dispute Case Desk</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>开庭日历</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>监察转送</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>平台用工</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>裁审衔接</source>
        <translation>Courts</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>查看期限</source>
        <translation>Show deadlines</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开移交包…</source>
        <translation>Open hand-off package…</translation>
    </message>
    <message>
        <source>核验并只读查看法院或其他机构的移交包（不写入案件库）</source>
        <translation>Verify a hand-off package from a court or another organisation and view it read-only (nothing is written to the book)</translation>
    </message>
    <message>
        <source>导入移交包…</source>
        <translation>Import hand-off package…</translation>
    </message>
    <message>
        <source>案件库：{path}</source>
        <translation>Case book: {path}</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>计算法定期限</source>
        <translation>Computing deadlines</translation>
    </message>
    <message>
        <source>节假日或期限规则已更新，正在重新计算各案件的法定期限……</source>
        <translation>Holiday or deadline rules changed; recomputing the statutory deadlines of every case…</translation>
    </message>
    <message>
        <source>{text}（{scope}）</source>
        <translation>{text} ({scope})</translation>
    </message>
    <message>
        <source>您承办的案件</source>
        <translation>your cases</translation>
    </message>
    <message>
        <source>全部案件</source>
        <translation>all cases</translation>
    </message>
    <message>
        <source>读取备份设置</source>
        <translation>Reading the backup settings</translation>
    </message>
    <message>
        <source>服务器版：由服务器管理员备份</source>
        <translation>Office edition: backed up by the server&apos;s administrator</translation>
    </message>
    <message>
        <source>尚未备份</source>
        <translation>never</translation>
    </message>
    <message>
        <source>上次备份：{when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <source>正在自动备份……</source>
        <translation>Automatic backup running…</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>自动备份完成：{path}</source>
        <translation>Automatic backup written: {path}</translation>
    </message>
    <message>
        <source>自动备份失败：{reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>MakePackageDialog</name>
    <message>
        <source>被申请人住所地</source>
        <translation>Court of the respondent&apos;s domicile</translation>
    </message>
    <message>
        <source>被申请人财产所在地</source>
        <translation>Court where the property is</translation>
    </message>
    <message>
        <source>制作移交包</source>
        <translation>Make a package</translation>
    </message>
    <message>
        <source>案件 {number}：移交包是一个签名的文件，可存入U盘、发送电子邮件，或放入发件箱发往法院系统。法院可用本机构导出的公钥核验。</source>
        <translation>Case {number}: a package is one signed file for a USB stick, e-mail or the outbox to the court&apos;s system. The court verifies it with the organisation&apos;s exported public key.</translation>
    </message>
    <message>
        <source>制作</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>本案没有可以移交的材料种类。</source>
        <translation>No kind of package applies to this case.</translation>
    </message>
    <message>
        <source>本案可以制作此类材料。</source>
        <translation>This case can be sent as this kind.</translation>
    </message>
    <message>
        <source>如：南昌市青山湖区人民法院</source>
        <translation>e.g. Qingshanhu District People&apos;s Court, Nanchang</translation>
    </message>
    <message>
        <source>保存移交包</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <source>移交包 (*.mdpkg)</source>
        <translation>Packages (*.mdpkg)</translation>
    </message>
    <message>
        <source>请填写申请保全的金额</source>
        <translation>Enter the amount to preserve</translation>
    </message>
    <message>
        <source>请选择本案可以制作的材料种类</source>
        <translation>Choose a kind this case can be sent as</translation>
    </message>
    <message>
        <source>请填写接收材料的人民法院</source>
        <translation>Enter the court the package goes to</translation>
    </message>
    <message>
        <source>请选择移交包的保存位置</source>
        <translation>Choose where to save the package</translation>
    </message>
    <message>
        <source>保存位置应是文件名，不是文件夹</source>
        <translation>Choose a file name, not a folder</translation>
    </message>
    <message>
        <source>该文件已存在，请换一个文件名</source>
        <translation>The file exists; choose another name</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>The folder does not exist</translation>
    </message>
    <message>
        <source>本程序未配置移交包的签名工具。</source>
        <translation>This program has no package signing tools configured.</translation>
    </message>
    <message>
        <source>正在制作移交包……</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <source>正在制作移交包（可以取消）……</source>
        <translation>Making the package (you may cancel)…</translation>
    </message>
    <message>
        <source>已取消，未制作移交包。</source>
        <translation>Cancelled; no package was made.</translation>
    </message>
    <message>
        <source>无法写入移交包文件：{error}</source>
        <translation>Cannot write the package file: {error}</translation>
    </message>
    <message>
        <source>材料种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>接收法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <source>已知法院的案号或收案号时填写，尚未立案的留空</source>
        <translation>The court&apos;s case or receipt number when known; blank before filing</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>移交包文件（.mdpkg）</source>
        <translation>Package file (.mdpkg)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>财产保全申请</source>
        <translation>Preservation application</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>申请保全金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>如：12000.00</source>
        <translation>e.g. 12000.00</translation>
    </message>
    <message>
        <source>保全的财产或财产线索</source>
        <translation>Property or clues to it</translation>
    </message>
    <message>
        <source>如：被申请人在某银行的账户、车辆、应收款……</source>
        <translation>e.g. the respondent&apos;s bank account, vehicles, receivables…</translation>
    </message>
    <message>
        <source>管辖法院</source>
        <translation>Court by</translation>
    </message>
    <message>
        <source>申请理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>如：被申请人正在转移财产</source>
        <translation>e.g. the respondent is moving assets away</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
</context>
<context>
    <name>MediationAgreementSection</name>
    <message>
        <source>调解协议于{day}生效：约定合计 {total}，已履行 {paid}。</source>
        <translation>Agreement effective {day}: total {total}, performed {paid}.</translation>
    </message>
    <message>
        <source>生成支付令申请书…</source>
        <translation>Draft payment-order application…</translation>
    </message>
    <message>
        <source>申请仲裁…</source>
        <translation>Apply for arbitration…</translation>
    </message>
    <message>
        <source>调解不成（{day}）：{reason}。</source>
        <translation>Mediation failed ({day}): {reason}.</translation>
    </message>
    <message>
        <source>尚未达成调解协议。</source>
        <translation>No mediation agreement yet.</translation>
    </message>
    <message>
        <source>已申请仲裁审查</source>
        <translation>Arbitral review applied for</translation>
    </message>
    <message>
        <source>已申请司法确认</source>
        <translation>Judicial confirmation applied for</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>剩 {n} 天</source>
        <translation>{n} day(s) left</translation>
    </message>
    <message>
        <source>已逾期 {n} 天</source>
        <translation>{n} day(s) overdue</translation>
    </message>
    <message>
        <source>调解协议仲裁审查申请期限</source>
        <translation>Period to apply for arbitral review of the agreement</translation>
    </message>
    <message>
        <source>调解协议司法确认申请期限</source>
        <translation>Period to apply for judicial confirmation of the agreement</translation>
    </message>
    <message>
        <source>{name}：{due}（{when}）</source>
        <translation>{name}: {due} ({when})</translation>
    </message>
    <message>
        <source>仲裁审查（15日）和司法确认（30日）的申请期限已过或已不需要。</source>
        <translation>The periods for arbitral review (15 days) and judicial confirmation (30 days) have ended or no longer apply.</translation>
    </message>
    <message>
        <source>冲正记录（理由：{reason}）</source>
        <translation>Correcting entry (reason: {reason})</translation>
    </message>
    <message>
        <source>已冲正</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>调解协议与履行</source>
        <translation>Agreement and performance</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>约定内容</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>约定金额</source>
        <translation>Agreed amount</translation>
    </message>
    <message>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>修改事项…</source>
        <translation>Correct item…</translation>
    </message>
    <message>
        <source>删除事项…</source>
        <translation>Delete item…</translation>
    </message>
    <message>
        <source>登记履行…</source>
        <translation>Record performance…</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>履行日期</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>以一条更正记录抵销所选的履行记录（原记录保留）</source>
        <translation>Cancel the selected performance entry by a correcting entry (the original is kept)</translation>
    </message>
    <message>
        <source>冲正…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <source>申请仲裁审查…</source>
        <translation>Apply for arbitral review…</translation>
    </message>
    <message>
        <source>申请司法确认…</source>
        <translation>Apply for judicial confirmation…</translation>
    </message>
</context>
<context>
    <name>MediationDialog</name>
    <message>
        <source>仲裁调解书</source>
        <translation>Arbitral mediation statement</translation>
    </message>
    <message>
        <source>调解日期</source>
        <translation>Mediated on</translation>
    </message>
    <message>
        <source>仲裁请求（每行一项）</source>
        <translation>Claims (one per line)</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>连带责任人</source>
        <translation>Jointly liable</translation>
    </message>
    <message>
        <source>权利人</source>
        <translation>Obligee</translation>
    </message>
    <message>
        <source>给付或履行的内容</source>
        <translation>What is paid or done</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>履行期限（日期或天数）</source>
        <translation>Time limit (date or days)</translation>
    </message>
    <message>
        <source>日期如2026-12-25；天数如10，即本调解书生效之日起十日内</source>
        <translation>A date such as 2026-12-25, or days such as 10 (within ten days of the statement taking effect)</translation>
    </message>
    <message>
        <source>添加一项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除所选项</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>不写义务人的一项为当事人的声明，如“申请人放弃其他仲裁请求”。</source>
        <translation>An item without an obligor is a declaration of the parties, e.g. the applicant waives the other claims.</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Agreed terms</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <source>例如：款项一次性转入申请人本人的银行账户</source>
        <translation>e.g. paid in one sum into the applicant&apos;s own bank account</translation>
    </message>
    <message>
        <source>（无，当事人声明）</source>
        <translation>(none: a declaration)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>仲裁员</source>
        <translation>Arbitrator</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>MediationDialogs</name>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>MediationDocumentsSection</name>
    <message>
        <source>调解文书</source>
        <translation>Mediation documents</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>把所选文书写到您选择的位置（记入审计记录）</source>
        <translation>Write the selected document to a place you choose (recorded in the audit log)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>MediationOutcomeActions</name>
    <message>
        <source>已登记调解协议，案件转为“已达成调解协议”。</source>
        <translation>Agreement recorded; the case is now &quot;mediation agreement reached&quot;.</translation>
    </message>
    <message>
        <source>已生成调解协议书（{number}）。</source>
        <translation>Mediation agreement document made ({number}).</translation>
    </message>
    <message>
        <source>已登记第{n}项的履行。</source>
        <translation>Performance of item {n} recorded.</translation>
    </message>
    <message>
        <source>已更正协议第{n}项。</source>
        <translation>Item {n} of the agreement corrected.</translation>
    </message>
    <message>
        <source>已生成调解协议书更正本（{number}，第{v}版）。</source>
        <translation>Corrected copy of the mediation agreement made ({number}, version {v}).</translation>
    </message>
    <message>
        <source>已删除协议第{n}项，其余各项已重新编号。</source>
        <translation>Item {n} deleted; the other items were renumbered.</translation>
    </message>
    <message>
        <source>删除协议第{n}项：{obligor} {content}</source>
        <translation>Delete item {n}: {obligor} {content}</translation>
    </message>
    <message>
        <source>删除协议事项</source>
        <translation>Delete agreement item</translation>
    </message>
    <message>
        <source>例如：不属于本协议的约定</source>
        <translation>e.g. not part of this agreement</translation>
    </message>
    <message>
        <source>已冲正{day}登记的履行记录，履行情况已重新计算。</source>
        <translation>The performance entry of {day} was reversed; performance recomputed.</translation>
    </message>
    <message>
        <source>冲正{day}登记的履行记录{amount}：原记录保留，另登记一条抵销的更正记录。</source>
        <translation>Reverse the performance entry of {day}{amount}: the original is kept and a cancelling correcting entry is recorded.</translation>
    </message>
    <message>
        <source>冲正履行记录</source>
        <translation>Reverse performance entry</translation>
    </message>
    <message>
        <source>例如：转账被银行退回</source>
        <translation>e.g. the transfer was returned by the bank</translation>
    </message>
    <message>
        <source>已登记调解不成，案件转为“{status}”。</source>
        <translation>Failed mediation recorded; the case is now &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>已生成调解终止告知书（{number}）。</source>
        <translation>Notice of termination made ({number}).</translation>
    </message>
    <message>
        <source>已登记共同申请，并生成{title}。</source>
        <translation>Joint application recorded; {title} made.</translation>
    </message>
    <message>
        <source>申请仲裁审查</source>
        <translation>Apply for arbitral review</translation>
    </message>
    <message>
        <source>仲裁委员会</source>
        <translation>Arbitration commission</translation>
    </message>
    <message>
        <source>双方当事人自调解协议生效之日起十五日内共同申请。</source>
        <translation>Both parties apply jointly within 15 days of the agreement taking effect.</translation>
    </message>
    <message>
        <source>申请司法确认</source>
        <translation>Apply for judicial confirmation</translation>
    </message>
    <message>
        <source>人民法院</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <source>双方当事人自调解协议生效之日起三十日内共同向人民法院申请。</source>
        <translation>Both parties apply jointly to the people&apos;s court within 30 days of the agreement taking effect.</translation>
    </message>
    <message>
        <source>一方不履行调解协议的，另一方可以依法申请仲裁：请在案件中登记仲裁申请。</source>
        <translation>Where one party does not perform the agreement, the other may apply for arbitration: register the arbitration application in the case.</translation>
    </message>
    <message>
        <source>已生成支付令申请书草稿，可在“调解文书”中导出。</source>
        <translation>Payment-order application drafted; export it from &quot;Mediation documents&quot;.</translation>
    </message>
    <message>
        <source>支付令申请书</source>
        <translation>Payment-order application</translation>
    </message>
    <message>
        <source>基层人民法院</source>
        <translation>Basic people&apos;s court</translation>
    </message>
    <message>
        <source>劳动者持调解协议书向有管辖权的基层人民法院申请支付令（劳动争议调解仲裁法第十六条）。</source>
        <translation>The worker applies with the agreement to the competent basic people&apos;s court for a payment order (Labour Dispute Mediation and Arbitration Law, art. 16).</translation>
    </message>
</context>
<context>
    <name>MediationOverviewSection</name>
    <message>
        <source>调解期限（15日）已于{due}届满，已逾期 {n} 天：当事人可以依法申请仲裁。</source>
        <translation>The 15-day mediation period ended on {due}, {n} day(s) ago: the parties may apply for arbitration.</translation>
    </message>
    <message>
        <source>调解期限（15日）：收到申请 {start}，至 {due} 届满，还剩 {n} 天。</source>
        <translation>15-day mediation period: application received {start}, ends {due}, {n} day(s) left.</translation>
    </message>
    <message>
        <source>案件状态：{status}。</source>
        <translation>Case status: {status}.</translation>
    </message>
    <message>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>记录调解…</source>
        <translation>Record session…</translation>
    </message>
    <message>
        <source>登记方案…</source>
        <translation>Record proposal…</translation>
    </message>
    <message>
        <source>达成调解协议…</source>
        <translation>Mediation agreement…</translation>
    </message>
    <message>
        <source>调解不成…</source>
        <translation>Mediation failed…</translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <source>读取调解情况</source>
        <translation>Reading the mediation</translation>
    </message>
    <message>
        <source>导出文书</source>
        <translation>Export document</translation>
    </message>
    <message>
        <source>文书 (*.docx *.pdf)</source>
        <translation>Documents (*.docx *.pdf)</translation>
    </message>
    <message>
        <source>已把“{title}”导出到：{path}（已记入审计记录）。</source>
        <translation>Exported &quot;{title}&quot; to {path} (recorded in the audit log).</translation>
    </message>
</context>
<context>
    <name>MediationProposalsSection</name>
    <message>
        <source>{side}：{party}</source>
        <translation>{side}: {party}</translation>
    </message>
    <message>
        <source>方案与反方案</source>
        <translation>Proposals and counter-proposals</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方案内容</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>MediationSection</name>
    <message>
        <source>已制作仲裁调解书（{number}），经双方当事人签收后发生法律效力。</source>
        <translation>Arbitral mediation statement {number} made; effective once both parties sign for it.</translation>
    </message>
    <message>
        <source>调解不成</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>调解日期</source>
        <translation>Mediated on</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>例如：被申请人不同意调解方案</source>
        <translation>e.g. the respondent rejected the proposal</translation>
    </message>
    <message>
        <source>已登记先行调解不成。</source>
        <translation>Failed mediation recorded.</translation>
    </message>
    <message>
        <source>仲裁庭在作出裁决前应当先行调解。调解达成协议的，制作仲裁调解书，经双方当事人签收后发生法律效力（劳动争议调解仲裁法第四十二条）；调解不成或者签收前反悔的，应当及时作出裁决。</source>
        <translation>The tribunal mediates before making an award. An agreement is recorded in an arbitral mediation statement, effective once both parties have signed for it (art. 42); if mediation fails or a party withdraws before signing, the award is made promptly.</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Agreed terms</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>调解成功，制作仲裁调解书…</source>
        <translation>Mediation succeeded: make statement…</translation>
    </message>
    <message>
        <source>调解不成…</source>
        <translation>Mediation failed…</translation>
    </message>
    <message>
        <source>登记仲裁庭先行调解不成；裁决书只在有此记录时写明“调解不成”</source>
        <translation>Record that the tribunal&apos;s mediation failed; the award says so only when it is recorded</translation>
    </message>
    <message>
        <source>送达（签收）…</source>
        <translation>Serve (signed receipt)…</translation>
    </message>
    <message>
        <source>仲裁调解书</source>
        <translation>Arbitral mediation statement</translation>
    </message>
</context>
<context>
    <name>MediationSessionActions</name>
    <message>
        <source>已记录{day}的调解。</source>
        <translation>Session of {day} recorded.</translation>
    </message>
    <message>
        <source>已生成调解笔录（{number}）。</source>
        <translation>Mediation record made ({number}).</translation>
    </message>
    <message>
        <source>已更正{day}的调解记录。</source>
        <translation>The record of the session on {day} was corrected.</translation>
    </message>
    <message>
        <source>已重新生成调解笔录（第{v}版）。</source>
        <translation>The session record was made again (version {v}).</translation>
    </message>
    <message>
        <source>已删除调解记录。</source>
        <translation>Session record deleted.</translation>
    </message>
    <message>
        <source>删除{day}在{place}的调解记录（本次提出的方案保留）。</source>
        <translation>Delete the record of the session on {day} at {place} (its proposals are kept).</translation>
    </message>
    <message>
        <source>删除调解记录</source>
        <translation>Delete session record</translation>
    </message>
    <message>
        <source>例如：重复登记</source>
        <translation>e.g. recorded twice</translation>
    </message>
    <message>
        <source>已登记{author}的方案。</source>
        <translation>Proposal by {author} recorded.</translation>
    </message>
    <message>
        <source>已更正{author}的方案。</source>
        <translation>Proposal by {author} corrected.</translation>
    </message>
    <message>
        <source>已删除调解方案。</source>
        <translation>Proposal deleted.</translation>
    </message>
    <message>
        <source>删除{author}于{day}提出的方案：{content}</source>
        <translation>Delete the proposal by {author} on {day}: {content}</translation>
    </message>
    <message>
        <source>删除调解方案</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <source>例如：误登记</source>
        <translation>e.g. entered by mistake</translation>
    </message>
</context>
<context>
    <name>MediationSessionsSection</name>
    <message>
        <source>调解记录</source>
        <translation>Mediation sessions</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>笔录摘要</source>
        <translation>Record (excerpt)</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>送达开庭通知</source>
        <translation>Serve hearing notice</translation>
    </message>
    <message>
        <source>开庭</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Served on</translation>
    </message>
    <message>
        <source>当事人书面同意放弃五日通知期限</source>
        <translation>Parties waived the 5-day notice period in writing</translation>
    </message>
    <message>
        <source>放弃情况</source>
        <translation>Waiver details</translation>
    </message>
</context>
<context>
    <name>OfficePasswordDialog</name>
    <message>
        <source>连接案件库服务器</source>
        <translation>Connect to the case book server</translation>
    </message>
    <message>
        <source>服务器版案件库：{where}</source>
        <translation>Office case book: {where}</translation>
    </message>
    <message>
        <source>这台电脑没有可用的系统密钥环，密码不能记住，每次连接时输入。</source>
        <translation>This PC has no usable system keyring: the password cannot be remembered and is asked at each connection.</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>请输入数据库密码</source>
        <translation>Enter the database password</translation>
    </message>
    <message>
        <source>连接服务器</source>
        <translation>Connect to the server</translation>
    </message>
    <message>
        <source>正在连接服务器……</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>在系统密钥环中记住密码</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
</context>
<context>
    <name>OrganisationInputs</name>
    <message>
        <source>如：{example}（案号为 {example}〔2026〕第12号）</source>
        <translation>e.g. the organisation&apos;s short name (case numbers then read &lt;prefix&gt;[2026] No. 12)</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>只有管理员可以修改机构信息。</source>
        <translation>Only an administrator can change the organisation&apos;s details.</translation>
    </message>
    <message>
        <source>读取机构信息</source>
        <translation>Reading the organisation</translation>
    </message>
    <message>
        <source>保存机构信息</source>
        <translation>Save organisation</translation>
    </message>
    <message>
        <source>机构信息</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>机构全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>如：南昌市劳动人事争议仲裁委员会</source>
        <translation>Full name as on the seal, e.g. Nanchang Labour and Personnel Dispute Arbitration Commission</translation>
    </message>
    <message>
        <source>机构类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>文书字号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>机构名称和文书字号前缀用于案号和文书，如“洪劳人仲案字〔2026〕第12号”。</source>
        <translation>The name and the document number prefix appear in case numbers and documents, e.g. “&lt;prefix&gt;[2026] No. 12”.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>OutboxNoteDialog</name>
    <message>
        <source>取消原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>法院签收号</source>
        <translation>Court receipt</translation>
    </message>
    <message>
        <source>法院的签收编号或收案号</source>
        <translation>The court&apos;s receipt or case number</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OutcomeItemsModel</name>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>裁决事项</source>
        <translation>Award item</translation>
    </message>
    <message>
        <source>裁决金额</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>法院结果</source>
        <translation>Court&apos;s result</translation>
    </message>
    <message>
        <source>改判金额（元）</source>
        <translation>New amount (yuan)</translation>
    </message>
    <message>
        <source>（无金额）</source>
        <translation>(no amount)</translation>
    </message>
    <message>
        <source>（未裁判）</source>
        <translation>(not decided)</translation>
    </message>
</context>
<context>
    <name>PackageFilePreview</name>
    <message>
        <source>移交包中的文件 — {title}</source>
        <translation>File in the package — {title}</translation>
    </message>
    <message>
        <source>{size} · SHA-256 {sha}</source>
        <translation>{size} · SHA-256 {sha}</translation>
    </message>
    <message>
        <source>只在内存中查看，不写入磁盘；读取时再次核对 SHA-256。</source>
        <translation>Shown from memory only, never written to disk; its SHA-256 is checked again as it is read.</translation>
    </message>
    <message>
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>文件较大（{size}），请用“另存为…”保存后查看。</source>
        <translation>The file is large ({size}): save it with “Save as…” and open it from there.</translation>
    </message>
    <message>
        <source>读取移交包中的文件</source>
        <translation>Reading a file of the package</translation>
    </message>
</context>
<context>
    <name>PackageViewerDialog</name>
    <message>
        <source>正在核验移交包……</source>
        <translation>Verifying the hand-off package…</translation>
    </message>
    <message>
        <source>已取消核验，未显示移交包的内容。</source>
        <translation>Verification cancelled; the package&apos;s content is not shown.</translation>
    </message>
    <message>
        <source>核验移交包</source>
        <translation>Verifying a hand-off package</translation>
    </message>
    <message>
        <source>正在核对签名和每个文件的 SHA-256……</source>
        <translation>Checking the signature and every file&apos;s SHA-256…</translation>
    </message>
    <message>
        <source>移交包 — {name}</source>
        <translation>Hand-off package — {name}</translation>
    </message>
    <message>
        <source>文件：{path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>按公钥文件 {name} 核验：签名密钥必须在其中。</source>
        <translation>Verified against the public-key file {name}: the signing key must be in it.</translation>
    </message>
    <message>
        <source>未指定公钥文件：签名用包内附带的公钥核对。要确认发送机构，请点“用公钥文件核验…”，选择该机构公布的公钥文件。</source>
        <translation>No public-key file chosen: the signature was checked with the public key the package carries. To confirm the sender, click “Verify with a public-key file…” and choose the file that organisation published.</translation>
    </message>
    <message>
        <source>未通过核验：{reason}</source>
        <translation>Not verified: {reason}</translation>
    </message>
    <message>
        <source>选择发送机构的公钥文件</source>
        <translation>Choose the sender&apos;s public-key file</translation>
    </message>
    <message>
        <source>公钥文件 (*.json *.pem *.pub);;所有文件 (*)</source>
        <translation>Public-key files (*.json *.pem *.pub);;All files (*)</translation>
    </message>
    <message>
        <source>打开移交包</source>
        <translation>Open a hand-off package</translation>
    </message>
    <message>
        <source>移交包 ({patterns});;所有文件 (*)</source>
        <translation>Hand-off packages ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>保存移交包中的文件</source>
        <translation>Saving a file of the package</translation>
    </message>
    <message>
        <source>正在保存 {name}……</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <source>只有PDF文件可以在程序内查看；其他文件请用“另存为…”保存后打开。</source>
        <translation>Only PDF files can be viewed in the program; save other files with “Save as…” and open them from there.</translation>
    </message>
    <message>
        <source>移交包核验通过后，这里显示它的内容。</source>
        <translation>Once the package is verified its content is shown here.</translation>
    </message>
    <message>
        <source>包中的文件</source>
        <translation>Files in the package</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>在程序内查看选中的PDF文件（只在内存中，不写入磁盘）</source>
        <translation>View the selected PDF in the program (from memory only, never written to disk)</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>把选中的文件保存到您选择的位置（保存时再次核对 SHA-256）</source>
        <translation>Save the selected file where you choose (its SHA-256 is checked again while saving)</translation>
    </message>
    <message>
        <source>只读查看：核验和查看移交包不会改动案件库。</source>
        <translation>Read-only: verifying and viewing a package changes nothing in the book.</translation>
    </message>
    <message>
        <source>用公钥文件核验…</source>
        <translation>Verify with a public-key file…</translation>
    </message>
    <message>
        <source>选择发送机构公布的公钥文件，要求移交包的签名密钥在其中</source>
        <translation>Choose the public-key file the sender published; the package&apos;s signing key must be in it</translation>
    </message>
    <message>
        <source>打开其他移交包…</source>
        <translation>Open another package…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PayerPicker</name>
    <message>
        <source>承担连带责任</source>
        <translation>Jointly liable</translation>
    </message>
    <message>
        <source>（选择义务人）</source>
        <translation>(choose the obligor)</translation>
    </message>
    <message>
        <source>（连带）</source>
        <translation> (jointly)</translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <source>登记履行</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <source>协议事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>约定金额</source>
        <translation>Agreed amount</translation>
    </message>
    <message>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>本次履行金额</source>
        <translation>Amount performed now</translation>
    </message>
    <message>
        <source>例如：银行转账回单尾号1234</source>
        <translation>e.g. bank transfer slip ending 1234</translation>
    </message>
    <message>
        <source>履行日期</source>
        <translation>Date performed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PeriodSection</name>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>（进行中）</source>
        <translation>(running)</translation>
    </message>
    <message>
        <source>已登记延长审理期限十五日。</source>
        <translation>15-day extension recorded.</translation>
    </message>
    <message>
        <source>已登记{kind}，该期间不计入审理期限。</source>
        <translation>{kind} recorded; not counted in the award period.</translation>
    </message>
    <message>
        <source>结束中止</source>
        <translation>End suspension</translation>
    </message>
    <message>
        <source>最后一日</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>已登记恢复审理。</source>
        <translation>Resumption recorded.</translation>
    </message>
    <message>
        <source>已登记，仲裁期限重新计算。</source>
        <translation>Recorded; the award period restarts.</translation>
    </message>
    <message>
        <source>本案期限</source>
        <translation>Deadlines of the case</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>起算</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>届满</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>不计入审理期限的期间</source>
        <translation>Periods not counted in the award period</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>延长审理期限…</source>
        <translation>Extend award period…</translation>
    </message>
    <message>
        <source>中止审理或公告…</source>
        <translation>Suspension or public notice…</translation>
    </message>
    <message>
        <source>结束所选中止…</source>
        <translation>End selected suspension…</translation>
    </message>
    <message>
        <source>期限重新计算…</source>
        <translation>Restart the period…</translation>
    </message>
</context>
<context>
    <name>PlatformReportPage</name>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>计算平台企业用工情况</source>
        <translation>Compute the platform-enterprise report</translation>
    </message>
    <message>
        <source>正在从案件记录计算平台企业用工情况……</source>
        <translation>Computing the platform-enterprise report from the case records…</translation>
    </message>
    <message>
        <source>（未填写平台）</source>
        <translation>(no platform recorded)</translation>
    </message>
    <message>
        <source>（未登记企业当事人）</source>
        <translation>(no enterprise party recorded)</translation>
    </message>
    <message>
        <source>选择统计期后点“计算”。</source>
        <translation>Choose the period, then click &quot;Compute&quot;.</translation>
    </message>
    <message>
        <source>{start}至{end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{count}项校验未通过：{names}。数字须核对后方可报送。</source>
        <translation>{count} checks failed: {names}. Verify the figures before reporting them.</translation>
    </message>
    <message>
        <source>各项校验均已通过。</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>统计期{period}：当期受理{cases}件（新收{new}件，恢复处理{reopened}件），涉及劳动者{workers}人，请求金额{claimed}元。{verdict}</source>
        <translation>Period {period}: {cases} cases received ({new} new, {reopened} reopened), {workers} workers, {claimed} yuan claimed. {verdict}</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>双击列出计入的案件</source>
        <translation>Double-click to list the cases counted</translation>
    </message>
    <message>
        <source>又写作：{names}</source>
        <translation>Also written: {names}</translation>
    </message>
    <message>
        <source>合计（案件）</source>
        <translation>Total (cases)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>定义：{text}</source>
        <translation>Definition: {text}</translation>
    </message>
    <message>
        <source>依据：{text}</source>
        <translation>Source: {text}</translation>
    </message>
    <message>
        <source>注：一件案件可计入多行，各行之和可大于合计。</source>
        <translation>Note: a case may count in several rows, so the rows may add up to more than the total.</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>校验（{count}项未通过）</source>
        <translation>Checks ({count} failed)</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>按行业（当期受理）</source>
        <translation>By industry (received)</translation>
    </message>
    <message>
        <source>按劳动关系认定类别</source>
        <translation>By relationship category</translation>
    </message>
    <message>
        <source>按请求种类（一案可计入多类）</source>
        <translation>By claim kind (a case may count in several)</translation>
    </message>
    <message>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>{breakdown}：{row}，{column} {value}（{start}至{end}）</source>
        <translation>{breakdown}: {row}, {column} {value} ({start} to {end})</translation>
    </message>
    <message>
        <source>导出平台企业用工情况（XLSX）</source>
        <translation>Export the platform-enterprise report (XLSX)</translation>
    </message>
    <message>
        <source>导出平台企业用工情况（PDF）</source>
        <translation>Export the platform-enterprise report (PDF)</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>正在导出平台企业用工情况……</source>
        <translation>Exporting the platform-enterprise report…</translation>
    </message>
    <message>
        <source>平台企业用工情况</source>
        <translation>Platform-enterprise employment report</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>按月、季度、年统计时，结束日随开始日所在的月、季度、年自动确定</source>
        <translation>For a month, quarter or year the end follows from the month, quarter or year of the start</translation>
    </message>
    <message>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>按所选统计期从案件库的记录计算平台企业用工情况，并运行各项校验</source>
        <translation>Compute the platform-enterprise report of the chosen period from the book&apos;s records and run every check</translation>
    </message>
    <message>
        <source>导出XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>分表</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>双击一个数字，列出它计入的案件。</source>
        <translation>Double-click a figure to list the cases it counts.</translation>
    </message>
    <message>
        <source>这里显示所选分表的定义和依据。</source>
        <translation>The definition and source of the breakdown shown appear here.</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>比较的数字</source>
        <translation>Figures compared</translation>
    </message>
    <message>
        <source>统计范围：统计期内当期受理的案件（新收案件及恢复处理的案件，每件只计一次）；已结及结案方式、调解协议金额、裁决金额按期末有效的结案计。</source>
        <translation>Scope: the cases received in the period (newly registered and reopened, each once); concluded cases, ways of closing and the amounts agreed or awarded follow the conclusion in force at the period&apos;s end.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>登记调解方案</source>
        <translation>Record proposal</translation>
    </message>
    <message>
        <source>修改调解方案</source>
        <translation>Correct proposal</translation>
    </message>
    <message>
        <source>元，可不填</source>
        <translation>yuan, optional</translation>
    </message>
    <message>
        <source>提出方</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>方案内容</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Date proposed</translation>
    </message>
    <message>
        <source>例如：提出方案的被申请人记错</source>
        <translation>e.g. the wrong respondent was recorded</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>更正（新版本）</source>
        <translation>Correct (new version)</translation>
    </message>
    <message>
        <source>更正的文书</source>
        <translation>Award corrected</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>例如：第一项裁决金额计算错误</source>
        <translation>e.g. Amount of item 1 miscalculated</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <source>记录事件 — {number}</source>
        <translation>Record event — {number}</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>如：邮寄送达，回执日期；申请人书面主张权利……</source>
        <translation>e.g. served by post, date on the receipt; the worker claimed in writing…</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RepeatRespondentsPage</name>
    <message>
        <source>读取重复被申请人</source>
        <translation>Read the repeat respondents</translation>
    </message>
    <message>
        <source>{since}至{until}（{days}天）收案，作为被申请人达到{count}件的用人单位和平台企业：{found}家。同一企业按统一社会信用代码识别，没有代码的按规范化后的名称识别。</source>
        <translation>Cases received {since} to {until} ({days} days): {found} employers or platforms named as respondent in {count} or more. The same enterprise is recognised by its unified social credit code, or without one by its normalised name.</translation>
    </message>
    <message>
        <source>{name}：{count}件案件（{numbers}）</source>
        <translation>{name}: {count} cases ({numbers})</translation>
    </message>
    <message>
        <source>转送函已生成，送出已记录在每件案件中。</source>
        <translation>The letter was made and its sending recorded on every case.</translation>
    </message>
    <message>
        <source>重复被申请人</source>
        <translation>Repeat respondents</translation>
    </message>
    <message>
        <source>查看日</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>请求金额合计</source>
        <translation>Total claimed</translation>
    </message>
    <message>
        <source>记录中的其他写法</source>
        <translation>Other spellings recorded</translation>
    </message>
    <message>
        <source>所选被申请人的案件（双击打开案件）</source>
        <translation>Cases of the selected respondent (double-click to open)</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>收案日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>请求金额</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>转送劳动保障监察…</source>
        <translation>Refer to labour inspection…</translation>
    </message>
    <message>
        <source>以所选被申请人的全部所列案件制作一份转送函</source>
        <translation>One letter naming every listed case of the selected respondent</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>重设密码：{who}</source>
        <translation>Reset password: {who}</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RespondentRow</name>
    <message>
        <source>企业全称，如 江西速达同城网络科技有限公司</source>
        <translation>Full registered name of the enterprise, as on its business licence</translation>
    </message>
    <message>
        <source>18位，可暂缺</source>
        <translation>18 characters; may be left empty for now</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RestartDialog</name>
    <message>
        <source>仲裁期限重新计算</source>
        <translation>Restart the award period</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>（未裁判）</source>
        <translation>(not decided)</translation>
    </message>
</context>
<context>
    <name>RulingsModel</name>
    <message>
        <source>仲裁请求</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>请求类别</source>
        <translation>Claim kind</translation>
    </message>
    <message>
        <source>事项类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>裁决结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>裁决金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>履行期限（日或日期）</source>
        <translation>Time limit (days or date)</translation>
    </message>
    <message>
        <source>给付或确认的内容</source>
        <translation>What is paid, done or confirmed</translation>
    </message>
    <message>
        <source>终局性</source>
        <translation>Finality</translation>
    </message>
    <message>
        <source>认定依据</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>计算过程</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>金额：支付的是什么，如“2025年4月至5月拖欠的劳动报酬”；其他事项：裁决的内容，如“确认申请人与被申请人自2024年10月1日起存在劳动关系”或“为申请人出具解除劳动合同的证明”</source>
        <translation>For money: what is paid, e.g. the unpaid pay for April to May 2025; otherwise what is ordered or confirmed, e.g. that an employment relationship has existed since 1 October 2024, or issuing a certificate of termination</translation>
    </message>
    <message>
        <source>天数：本裁决书生效之日起若干日内履行；或者具体日期，如2027-01-08</source>
        <translation>A number of days from the award taking effect, or a date such as 2027-01-08</translation>
    </message>
    <message>
        <source>（其他）</source>
        <translation>(other)</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>送达裁决书</source>
        <translation>Serve award</translation>
    </message>
    <message>
        <source>登记送达</source>
        <translation>Record service</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>送达的文书</source>
        <translation>Document served</translation>
    </message>
    <message>
        <source>受送达人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>送达方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>受送达人同意电子送达</source>
        <translation>Recipient consented to electronic service</translation>
    </message>
    <message>
        <source>发出日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>回证注明的签收日期与发出日期不同</source>
        <translation>Receipt date differs from the sending date</translation>
    </message>
    <message>
        <source>签收日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>回执或单号</source>
        <translation>Receipt or tracking no.</translation>
    </message>
    <message>
        <source>送达地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>送达产生的期限</source>
        <translation>Deadline started</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>留置送达请注明拒收情况及见证人</source>
        <translation>For service by leaving, note the refusal and the witnesses</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>受送达人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>登记送达…</source>
        <translation>Record service…</translation>
    </message>
    <message>
        <source>裁决送达后各方当事人的期限</source>
        <translation>Parties&apos; deadlines after service of the award</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Served on</translation>
    </message>
    <message>
        <source>届满</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>记录调解</source>
        <translation>Record mediation session</translation>
    </message>
    <message>
        <source>修改调解记录</source>
        <translation>Correct session record</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>例如：第二调解室</source>
        <translation>e.g. Mediation room 2</translation>
    </message>
    <message>
        <source>到场人员，例如：申请人本人；被申请人运营主管周某</source>
        <translation>Who attended, e.g. the applicant in person; the respondent&apos;s operations manager Zhou</translation>
    </message>
    <message>
        <source>每行一段发言，格式“发言人：内容”，例如：
申请人：公司欠我两个月工资。</source>
        <translation>One statement per line, as &quot;speaker: text&quot;, e.g.
Applicant: The company owes me two months of pay.</translation>
    </message>
    <message>
        <source>同时生成调解笔录</source>
        <translation>Also make the mediation record</translation>
    </message>
    <message>
        <source>只保存记录</source>
        <translation>Save the record only</translation>
    </message>
    <message>
        <source>调解日期</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>开始和结束时间</source>
        <translation>Start and end time</translation>
    </message>
    <message>
        <source>调解地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>调解笔录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>例如：开始时间记错</source>
        <translation>e.g. the start time was entered wrongly</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>机构</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holiday arrangements</translation>
    </message>
    <message>
        <source>监察转送</source>
        <translation>Labour inspection</translation>
    </message>
    <message>
        <source>法院衔接</source>
        <translation>Court hand-off</translation>
    </message>
    <message>
        <source>文书模板</source>
        <translation>Document templates</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>设置机构</source>
        <translation>Set up the organisation</translation>
    </message>
    <message>
        <source>请填写使用本案件库的机构，并设立第一位管理员。管理员可以添加其他用户。</source>
        <translation>Enter the organisation that uses this case book and its first administrator, who can then add other users.</translation>
    </message>
    <message>
        <source>机构全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>如：南昌市劳动人事争议仲裁委员会</source>
        <translation>Full name as on the seal, e.g. Nanchang Labour and Personnel Dispute Arbitration Commission</translation>
    </message>
    <message>
        <source>机构类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>文书字号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>英文字母或数字，如 admin</source>
        <translation>letters or digits, e.g. admin</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>完成设置</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>人</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>不分组</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>按仲裁员</source>
        <translation>By arbitrator</translation>
    </message>
    <message>
        <source>计算统计表</source>
        <translation>Compute the tables</translation>
    </message>
    <message>
        <source>正在从案件记录计算统计表……</source>
        <translation>Computing the tables from the case records…</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>未组庭</source>
        <translation>No tribunal</translation>
    </message>
    <message>
        <source>选择统计期后点“计算”。</source>
        <translation>Choose the period, then press “Compute”.</translation>
    </message>
    <message>
        <source>{start}至{end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{count}项校验未通过：{names}。数字须核对后方可报送。</source>
        <translation>{count} check(s) failed: {names}. Verify the figures before reporting them.</translation>
    </message>
    <message>
        <source>各项校验均已通过。</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>{org}，统计期{period}。{verdict}</source>
        <translation>{org}, period {period}. {verdict}</translation>
    </message>
    <message>
        <source>双击列出计入的案件</source>
        <translation>Double-click to list the cases counted</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>校验（{count}项未通过）</source>
        <translation>Checks ({count} failed)</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>结案方式</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>争议原因（当期受理）</source>
        <translation>Cause of dispute (received)</translation>
    </message>
    <message>
        <source>定义：{text}</source>
        <translation>Definition: {text}</translation>
    </message>
    <message>
        <source>依据：{text}</source>
        <translation>Source: {text}</translation>
    </message>
    <message>
        <source>双击这一行，列出计入这一数字的案件。</source>
        <translation>Double-click this row to list the cases behind its figure.</translation>
    </message>
    <message>
        <source>{group}：{name} {value}{unit}（{start}至{end}）</source>
        <translation>{group}: {name} {value} {unit} ({start} to {end})</translation>
    </message>
    <message>
        <source>导出统计表（XLSX）</source>
        <translation>Export the tables (XLSX)</translation>
    </message>
    <message>
        <source>导出统计表（PDF）</source>
        <translation>Export the tables (PDF)</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>正在导出统计表……</source>
        <translation>Exporting the tables…</translation>
    </message>
    <message>
        <source>劳动争议案件统计</source>
        <translation>Labour dispute statistics</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>按月、季度、年统计时，结束日随开始日所在的月、季度、年自动确定</source>
        <translation>For a month, quarter or year, the period is the one the start day falls in</translation>
    </message>
    <message>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>按所选统计期从案件库的记录计算统计表，并运行各项校验</source>
        <translation>Compute the tables of the chosen period from the book&apos;s records and run the checks</translation>
    </message>
    <message>
        <source>导出XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>定义</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>定义和依据</source>
        <translation>Definition and source</translation>
    </message>
    <message>
        <source>选中一项指标，这里显示它的定义和依据。</source>
        <translation>Select an indicator to see its definition and source here.</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>比较的数字</source>
        <translation>Figures compared</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>SuspensionDialog</name>
    <message>
        <source>中止审理或公告期间</source>
        <translation>Suspension or public notice</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>中止审理</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>公告送达期间</source>
        <translation>Public notice period</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplatePreviewDialog</name>
    <message>
        <source>检查通过：模板只使用登记的字段，没有外部链接、域代码、宏或嵌入对象。</source>
        <translation>Check passed: the template uses only registered fields and has no external links, field codes, macros or embedded objects.</translation>
    </message>
    <message>
        <source>该模板不能使用，未保存。请按下列问题修改后重新导入。</source>
        <translation>This template cannot be used and was not saved. Correct the problems below and import it again.</translation>
    </message>
    <message>
        <source>使用了登记表没有为本文书声明的字段：{names}</source>
        <translation>Uses fields the registry does not declare for this document: {names}</translation>
    </message>
    <message>
        <source>不能使用的原因：</source>
        <translation>Why it cannot be used:</translation>
    </message>
    <message>
        <source>登记的字段中模板没有使用的（生成的文书中不会出现）：{names}</source>
        <translation>Registered fields the template does not use (they will not appear in the document): {names}</translation>
    </message>
    <message>
        <source>与当前使用的版本相比：文字和字段均无变化。</source>
        <translation>Compared with the version in use: no change in text or fields.</translation>
    </message>
    <message>
        <source>与当前使用的版本相比：</source>
        <translation>Compared with the version in use:</translation>
    </message>
    <message>
        <source>新增字段：{names}</source>
        <translation>Fields added: {names}</translation>
    </message>
    <message>
        <source>不再使用的字段：{names}</source>
        <translation>Fields no longer used: {names}</translation>
    </message>
    <message>
        <source>删去的段落：</source>
        <translation>Paragraphs removed:</translation>
    </message>
    <message>
        <source>新增的段落：</source>
        <translation>Paragraphs added:</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>版本说明</source>
        <translation>Version note</translation>
    </message>
    <message>
        <source>如：按本机构格式调整落款</source>
        <translation>e.g. signature block in our own layout</translation>
    </message>
</context>
<context>
    <name>TemplateVersionsDialog</name>
    <message>
        <source>《{title}》的版本</source>
        <translation>Versions of {title}</translation>
    </message>
    <message>
        <source>恢复旧版本时，以其内容保存为一个新版本并开始使用；所有版本都保留。</source>
        <translation>Restoring an older version saves its content as a new version and uses it; every version is kept.</translation>
    </message>
    <message>
        <source>（正在使用）</source>
        <translation> (in use)</translation>
    </message>
    <message>
        <source>恢复所选版本</source>
        <translation>Restore selected version</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>恢复模板版本</source>
        <translation>Restore template version</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>恢复说明</source>
        <translation>Restore note</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>读取文书模板</source>
        <translation>Reading document templates</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>本机构 v{n}</source>
        <translation>Own v{n}</translation>
    </message>
    <message>
        <source>有新的内置模板可用</source>
        <translation>A newer built-in version is available</translation>
    </message>
    <message>
        <source>导出模板</source>
        <translation>Export template</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>已导出《{title}》的模板：{path}。在Word或WPS中修改后，用“导入…”检查并保存。</source>
        <translation>Template of {title} exported: {path}. Edit it in Word or WPS, then check and save it with Import….</translation>
    </message>
    <message>
        <source>导入《{title}》的模板</source>
        <translation>Import the template of {title}</translation>
    </message>
    <message>
        <source>检查模板</source>
        <translation>Checking the template</translation>
    </message>
    <message>
        <source>正在检查模板……</source>
        <translation>Checking the template…</translation>
    </message>
    <message>
        <source>《{title}》：文件 {name}，与当前使用的模板（{current}）比较。</source>
        <translation>{title}: file {name}, compared with the template in use ({current}).</translation>
    </message>
    <message>
        <source>导入模板</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>已保存为本机构 v{n}，此后生成《{title}》使用该版本。</source>
        <translation>Saved as own v{n}; {title} is made from this version from now on.</translation>
    </message>
    <message>
        <source>读取模板版本</source>
        <translation>Reading template versions</translation>
    </message>
    <message>
        <source>已恢复为本机构 v{n}。</source>
        <translation>Restored as own v{n}.</translation>
    </message>
    <message>
        <source>程序带来了《{title}》新的内置模板。下面是从本机构 v{n} 到新内置模板的差异；采用后保存为本机构的新版本，原版本保留。</source>
        <translation>The program brings a new built-in template of {title}. Below is the difference from own v{n} to the new built-in; adopting it saves it as a new own version and keeps the earlier ones.</translation>
    </message>
    <message>
        <source>新的内置模板</source>
        <translation>New built-in template</translation>
    </message>
    <message>
        <source>采用新的内置模板</source>
        <translation>Adopt the new built-in</translation>
    </message>
    <message>
        <source>已采用新的内置模板，保存为本机构 v{n}。</source>
        <translation>The new built-in template was adopted as own v{n}.</translation>
    </message>
    <message>
        <source>改用内置模板后，生成《{title}》将使用程序的内置模板；本机构的版本保留，可随时恢复。下面是从本机构 v{n} 到内置模板的差异。</source>
        <translation>After switching, {title} is made from the program&apos;s built-in template; the organisation&apos;s versions are kept and can be restored at any time. Below is the difference from own v{n} to the built-in.</translation>
    </message>
    <message>
        <source>改用内置模板</source>
        <translation>Use the built-in</translation>
    </message>
    <message>
        <source>《{title}》已改用内置模板。</source>
        <translation>{title} now uses the built-in template.</translation>
    </message>
    <message>
        <source>比较内置模板</source>
        <translation>Comparing with the built-in template</translation>
    </message>
    <message>
        <source>正在比较……</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>本机构可以把文书模板导出，在Word或WPS中修改后再导入。导入时检查模板使用的字段是否都已登记，并拒绝外部链接、域代码、宏和嵌入对象；保存前显示与当前版本的差异。每次导入都保存为新版本，旧版本保留，可以恢复。程序升级带来新的内置模板时只提示，不会替换本机构的模板。</source>
        <translation>The organisation can export a document template, edit it in Word or WPS and import it again. An import checks that every field the template uses is registered and refuses external links, field codes, macros and embedded objects; the difference from the current version is shown before saving. Each import is saved as a new version; older versions are kept and can be restored. A newer built-in template from a program upgrade is only offered, never put in place of the organisation&apos;s own.</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>使用的模板</source>
        <translation>Template in use</translation>
    </message>
    <message>
        <source>版本数</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>把正在使用的模板保存为Word文件，以便修改</source>
        <translation>Save the template in use as a Word file for editing</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>检查修改后的模板，显示差异，确认后保存为新版本</source>
        <translation>Check an edited template, show the difference, and save it as a new version when confirmed</translation>
    </message>
    <message>
        <source>版本…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>查看新的内置模板…</source>
        <translation>New built-in…</translation>
    </message>
</context>
<context>
    <name>TypicalCaseButton</name>
    <message>
        <source>典型案例…</source>
        <translation>Typical case…</translation>
    </message>
    <message>
        <source>把已结案件整理为匿名的典型案例（DOCX和PDF）</source>
        <translation>Prepare a closed case as an anonymised typical case for publication (DOCX and PDF)</translation>
    </message>
</context>
<context>
    <name>TypicalCaseDialog</name>
    <message>
        <source>典型案例 — {number}</source>
        <translation>Typical case — {number}</translation>
    </message>
    <message>
        <source>基本案情</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>争议焦点</source>
        <translation>Issues in dispute</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>典型意义</source>
        <translation>Significance</translation>
    </message>
    <message>
        <source>案件 {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>导出DOCX和PDF</source>
        <translation>Export DOCX and PDF</translation>
    </message>
    <message>
        <source>（{n}处）</source>
        <translation> ({n} places)</translation>
    </message>
    <message>
        <source>未发现本案当事人的姓名、号码或地址。</source>
        <translation>No name, number or address of this case&apos;s parties found.</translation>
    </message>
    <message>
        <source>发现{total}处可能的个人信息，还有{left}处未处理：导出前请删除或改写，或勾选“不是个人信息”。</source>
        <translation>{total} possible item(s) of personal data found, {left} not yet dealt with: remove or rewrite them before exporting, or tick “not personal data”.</translation>
    </message>
    <message>
        <source>发现的{total}处均已标记为“不是个人信息”。</source>
        <translation>All {total} item(s) found are marked “not personal data”.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>名字（不含姓）</source>
        <translation>Given name (without surname)</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>姓名的一部分</source>
        <translation>Part of a name</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>字号的一部分</source>
        <translation>Part of a trade name</translation>
    </message>
    <message>
        <source>平台名称</source>
        <translation>Platform name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>身份证号码后6位</source>
        <translation>Last 6 characters of an ID number</translation>
    </message>
    <message>
        <source>身份证号码后4位</source>
        <translation>Last 4 characters of an ID number</translation>
    </message>
    <message>
        <source>电话号码</source>
        <translation>Telephone number</translation>
    </message>
    <message>
        <source>电话号码后4位</source>
        <translation>Last 4 digits of a telephone number</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>银行账号后6位</source>
        <translation>Last 6 digits of a bank account</translation>
    </message>
    <message>
        <source>银行账号后4位</source>
        <translation>Last 4 digits of a bank account</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>案号或文书编号</source>
        <translation>Case or document number</translation>
    </message>
    <message>
        <source>案号的年份和序号</source>
        <translation>Year and serial of the case number</translation>
    </message>
    <message>
        <source>疑似身份证号码</source>
        <translation>Looks like an ID number</translation>
    </message>
    <message>
        <source>疑似电话号码</source>
        <translation>Looks like a telephone number</translation>
    </message>
    <message>
        <source>疑似统一社会信用代码</source>
        <translation>Looks like a credit code</translation>
    </message>
    <message>
        <source>疑似银行账号</source>
        <translation>Looks like a bank account</translation>
    </message>
    <message>
        <source>疑似案号或文书编号</source>
        <translation>Looks like a case or document number</translation>
    </message>
    <message>
        <source>疑似详细地址</source>
        <translation>Looks like a street address</translation>
    </message>
    <message>
        <source>文中仍有未处理的个人信息，未导出。</source>
        <translation>The text still holds personal data not dealt with; nothing was exported.</translation>
    </message>
    <message>
        <source>导出典型案例</source>
        <translation>Exporting the typical case</translation>
    </message>
    <message>
        <source>正在生成DOCX和PDF……</source>
        <translation>Making the DOCX and the PDF…</translation>
    </message>
    <message>
        <source>程序已根据案件记录起草，当事人的姓名、名称改为“某”，证件号码、电话、地址和案号已删除，用工关系认定的考量因素予以保留。请核对、修改后导出；右侧列出文中仍含有的本案个人信息，修改文字时随时更新。</source>
        <translation>Drafted from the case record: the parties&apos; names are replaced by anonymised forms (surname plus “Mou”, e.g. Yang Mou); ID numbers, telephone numbers, addresses and case numbers are removed; the factors of the employment-relationship assessment are kept. Review and edit the text, then export. The list on the right shows the personal data of this case still in the text and updates as you edit.</translation>
    </message>
    <message>
        <source>案例名称</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>个人信息检查</source>
        <translation>Personal data check</translation>
    </message>
    <message>
        <source>单击一行，在正文中选中这段文字</source>
        <translation>Click a row to select this text in the parts</translation>
    </message>
    <message>
        <source>不是个人信息</source>
        <translation>Not personal data</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>是什么</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>请删除或改写列出的文字。确实不是个人信息的（例如普通词语），勾选“不是个人信息”；勾选的项目记入审计记录。检查只能发现案件记录中有的姓名和号码：只在文字中出现的人名（如证人），请自行核对。</source>
        <translation>Remove or rewrite the text listed. Tick “not personal data” only for what truly is not (an ordinary word, for instance); ticked items are recorded in the audit trail. The check finds only the names and numbers the case record holds: check yourself for people named only in the text (a witness, for instance).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>打开案件库</source>
        <translation>Open case book</translation>
    </message>
    <message>
        <source>案件库：{folder}</source>
        <translation>Case book: {folder}</translation>
    </message>
    <message>
        <source>案件库口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>请输入口令</source>
        <translation>Enter the passphrase</translation>
    </message>
    <message>
        <source>正在解锁……</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>Last log-in</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>从未登录</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>只有管理员可以添加用户、更改角色、停用账号或重设他人的密码。</source>
        <translation>Only an administrator can add users, change roles, disable accounts or reset other users&apos; passwords.</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>所选用户：</source>
        <translation>Selected user:</translation>
    </message>
    <message>
        <source>读取用户</source>
        <translation>Reading the users</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>已添加用户。</source>
        <translation>User added.</translation>
    </message>
    <message>
        <source>已将“{name}”的角色改为{role}。</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message>
        <source>已启用“{name}”。</source>
        <translation>{name} enabled.</translation>
    </message>
    <message>
        <source>已停用“{name}”。</source>
        <translation>{name} disabled.</translation>
    </message>
    <message>
        <source>启用或停用用户</source>
        <translation>Enable or disable user</translation>
    </message>
    <message>
        <source>已重设“{name}”的密码。</source>
        <translation>Password of {name} reset.</translation>
    </message>
</context>
<context>
    <name>WorkHoursChart</name>
    <message>
        <source>每周接单配送时长与工作天数</source>
        <translation>Weekly order and delivery time and days worked</translation>
    </message>
    <message>
        <source>接单配送时长（小时）</source>
        <translation>Order and delivery time (hours)</translation>
    </message>
    <message>
        <source>工作天数（右轴）</source>
        <translation>Days worked (right axis)</translation>
    </message>
    <message>
        <source>每周40小时标准工时</source>
        <translation>40-hour standard week</translation>
    </message>
    <message>
        <source>周（起始日）</source>
        <translation>Week (starting)</translation>
    </message>
    <message>
        <source>接单配送小时</source>
        <translation>Order and delivery hours</translation>
    </message>
    <message>
        <source>工作天数</source>
        <translation>Days worked</translation>
    </message>
</context>
<context>
    <name>WorkMetricsTableModel</name>
    <message>
        <source>周次</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>工作天数</source>
        <translation>Days worked</translation>
    </message>
    <message>
        <source>接单配送时长（小时）</source>
        <translation>Order and delivery time (hours)</translation>
    </message>
    <message>
        <source>订单数</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>收入（元）</source>
        <translation>Earnings (yuan)</translation>
    </message>
    <message>
        <source>扣款（元）</source>
        <translation>Deductions (yuan)</translation>
    </message>
    <message>
        <source>实际时薪（元/小时）</source>
        <translation>Effective hourly (yuan)</translation>
    </message>
    <message>
        <source>与最低小时工资</source>
        <translation>Against hourly minimum</translation>
    </message>
    <message>
        <source>最长连续工作（时:分）</source>
        <translation>Longest stretch (h:mm)</translation>
    </message>
    <message>
        <source>超4小时无休息（次）</source>
        <translation>Over 4 h without break</translation>
    </message>
    <message>
        <source>低于 {minimum}</source>
        <translation>below {minimum}</translation>
    </message>
    <message>
        <source>不低于 {minimum}</source>
        <translation>at least {minimum}</translation>
    </message>
    <message>
        <source>全期</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <source>（收入 {earnings} − 扣款 {deductions}）÷ 接单配送 {hours} 小时</source>
        <translation>(earnings {earnings} − deductions {deductions}) ÷ {hours} hours of order and delivery time</translation>
    </message>
    <message>
        <source>从接单到送达的时间，两单之间不足20分钟的等候计入；其中订单内时长 {hours} 小时。订单记录没有登录平台的在线时长，此数不是在线时长。</source>
        <translation>Time from taking an order to delivering it, waits of less than 20 minutes between orders included; of which {hours} hours inside orders. An order history does not record the time logged in to the app: this is not online time.</translation>
    </message>
</context>
<context>
    <name>WorkRecordsImportDialog</name>
    <message>
        <source>导入工作记录 — {number}</source>
        <translation>Import work records — {number}</translation>
    </message>
    <message>
        <source>如 速达外卖、快跑出行</source>
        <translation>e.g. FastEats, QuickRide</translation>
    </message>
    <message>
        <source>江西省{tier}（按记录期末适用的标准）</source>
        <translation>Jiangxi {tier} (standard in force at the end of the records)</translation>
    </message>
    <message>
        <source>不与最低工资比较</source>
        <translation>Do not compare with the minimum wage</translation>
    </message>
    <message>
        <source>平台App导出的订单或收入明细（.xlsx 或 .csv）</source>
        <translation>Order or earnings history exported from the platform app (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>最低工资档次</source>
        <translation>Minimum wage tier</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>各列对应</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>表头（列名）所在的行；上面的行（如导出标题）不读取</source>
        <translation>The row with the column names; rows above it (such as an export title) are not read</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>秒</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>表头所在行</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>开始时间 *</source>
        <translation>Start time *</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>日期（时间列只有钟点时）</source>
        <translation>Date (when the time columns hold times of day)</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>订单类型</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>收入（可选多列，相加）</source>
        <translation>Earnings (several columns are added up)</translation>
    </message>
    <message>
        <source>罚款、扣款（可选多列）</source>
        <translation>Fines and deductions (several columns allowed)</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>选择文件后，这里显示读取结果。</source>
        <translation>Choose a file to see what can be read from it.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>读取平台列表</source>
        <translation>Reading platforms</translation>
    </message>
    <message>
        <source>读取列对应</source>
        <translation>Reading column mapping</translation>
    </message>
    <message>
        <source>选择工作记录文件</source>
        <translation>Choose a work record file</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>读取工作记录</source>
        <translation>Reading work records</translation>
    </message>
    <message>
        <source>共 {rows} 行（含表头）&#x3000;SHA-256：{sha}</source>
        <translation>{rows} rows (with the header)   SHA-256: {sha}</translation>
    </message>
    <message>
        <source>第{n}列：{name}</source>
        <translation>Column {n}: {name}</translation>
    </message>
    <message>
        <source>第{n}列</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>（不使用）</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>请指定开始时间所在的列</source>
        <translation>Choose the column that holds the start time</translation>
    </message>
    <message>
        <source>预览工作记录</source>
        <translation>Previewing work records</translation>
    </message>
    <message>
        <source>读取 {rows} 行，可以导入的订单记录 {records} 条。</source>
        <translation>{rows} rows read; {records} order records can be imported.</translation>
    </message>
    <message>
        <source>记录期间 {first} 至 {last}（{weeks} 周）：工作 {days} 天，接单配送 {hours} 小时，订单 {orders} 单，收入 {earnings} 元，扣款 {deductions} 元，实际时薪 {hourly} 元/小时。</source>
        <translation>Period {first} to {last} ({weeks} weeks): {days} days worked, {hours} hours of order and delivery time, {orders} orders, earnings {earnings} yuan, deductions {deductions} yuan, effective hourly pay {hourly} yuan/hour.</translation>
    </message>
    <message>
        <source>与小时最低工资标准 {minimum} 元比较（{tier}）。</source>
        <translation>Compared with the hourly minimum wage of {minimum} yuan ({tier}).</translation>
    </message>
    <message>
        <source>有 {n} 行无法读取（见下表）。这些行改正之前不能导入：导入是全部或全部不导入。</source>
        <translation>{n} row(s) cannot be read (listed below). Nothing can be imported until they are corrected: an import takes all rows or none.</translation>
    </message>
    <message>
        <source>……另有 {n} 处</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>导入工作记录</source>
        <translation>Importing work records</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>WorkRecordsPanel</name>
    <message>
        <source>平台工作记录</source>
        <translation>Platform work records</translation>
    </message>
    <message>
        <source>导入工作记录…</source>
        <translation>Import work records…</translation>
    </message>
    <message>
        <source>导入平台App导出的订单或收入明细（.xlsx 或 .csv），计算每周的工作时间和收入</source>
        <translation>Import an order or earnings history exported from a platform app (.xlsx or .csv) and work out the hours and pay of each week</translation>
    </message>
    <message>
        <source>红色柱：该周实际时薪低于最低小时工资。虚线：每周40小时标准工时。</source>
        <translation>Red bars: weeks whose effective hourly pay was below the hourly minimum wage. Dashed line: the 40-hour standard week.</translation>
    </message>
    <message>
        <source>选择一个案件后，这里显示该案导入的平台工作记录。</source>
        <translation>Choose a case to see the platform work records imported for it.</translation>
    </message>
    <message>
        <source>读取工作记录</source>
        <translation>Reading work records</translation>
    </message>
    <message>
        <source>{when}&#x3000;{platform}&#x3000;{file}&#x3000;{n} 条记录&#x3000;（{who}）</source>
        <translation>{when}   {platform}   {file}   {n} records   ({who})</translation>
    </message>
    <message>
        <source>本案还没有导入工作记录。</source>
        <translation>No work records have been imported for this case yet.</translation>
    </message>
    <message>
        <source>来源：{file}（{platform}，{size} 字节）&#x3000;SHA-256：{sha}
{who}于{when}导入，共 {n} 条记录。</source>
        <translation>Source: {file} ({platform}, {size} bytes)   SHA-256: {sha}
Imported by {who} on {when}, {n} records.</translation>
    </message>
    <message>
        <source>记录期间 {first} 至 {last}，共 {weeks} 周，工作 {days} 天，平均每天接单配送 {daily} 小时。</source>
        <translation>Period {first} to {last}, {weeks} weeks, {days} days worked, on average {daily} hours of order and delivery time a day.</translation>
    </message>
    <message>
        <source>{below} 周的实际时薪低于最低小时工资 {minimum} 元。</source>
        <translation>In {below} week(s) the effective hourly pay was below the hourly minimum wage of {minimum} yuan. </translation>
    </message>
    <message>
        <source>各周实际时薪均不低于最低小时工资 {minimum} 元。</source>
        <translation>In every week the effective hourly pay was at least the hourly minimum wage of {minimum} yuan. </translation>
    </message>
    <message>
        <source>未与最低工资比较。</source>
        <translation>Not compared with the minimum wage. </translation>
    </message>
    <message>
        <source>连续工作超过{limit}小时而没有{minutes}分钟以上休息：{n} 次（南昌方案第6项）。</source>
        <translation>Worked more than {limit} hours without a break of {minutes} minutes or more: {n} times (Nanchang plan item 6).</translation>
    </message>
    <message>
        <source>（所比较的标准自 {effective} 起执行）</source>
        <translation> (the standard compared with is in force from {effective})</translation>
    </message>
    <message>
        <source>本程序保存的最新最低工资标准自 {effective} 起执行，已超过 {years} 年，请核实现行标准。</source>
        <translation> The newest minimum wage standard on file has been in force since {effective}, more than {years} years ago: confirm the current standard.</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>具体事实</source>
        <translation>The facts</translation>
    </message>
    <message>
        <source>预填来源：{source}</source>
        <translation>Pre-filled from: {source}</translation>
    </message>
    <message>
        <source>劳动关系认定工作表</source>
        <translation>Relationship worksheet</translation>
    </message>
    <message>
        <source>从工作记录预填</source>
        <translation>Pre-fill from work records</translation>
    </message>
    <message>
        <source>按本案最近一次导入的平台工作记录，预填“工作时间”和“工作持续性”，并标记低于最低工资、连续工作超过4小时无休息的事实</source>
        <translation>Pre-fill working time and continuity from the case’s latest platform work records, and flag pay below the minimum wage and more than 4 hours of work without a break</translation>
    </message>
    <message>
        <source>改定为</source>
        <translation>Override with</translation>
    </message>
    <message>
        <source>建议结论</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>版本记录</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>选择一个案件后，在这里填写劳动关系认定工作表。</source>
        <translation>Choose a case to fill in its relationship worksheet here.</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>读取工作表</source>
        <translation>Reading worksheet</translation>
    </message>
    <message>
        <source>本案还没有导入平台工作记录</source>
        <translation>No platform work records imported for this case yet</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>建议结论（由调解员、仲裁员确认或改定）</source>
        <translation>Recommendation (confirmed or overridden by the mediator or arbitrator)</translation>
    </message>
    <message>
        <source>本案还没有导入平台工作记录，请先在“工作记录”中导入。</source>
        <translation>No platform work records have been imported for this case; import them under Work records first.</translation>
    </message>
    <message>
        <source>已按工作记录预填 {factors}，请与排班、考勤、聊天记录等证据核对后再作决定。{source}</source>
        <translation>Pre-filled {factors} from the work records; check them against rosters, attendance and messages before deciding. {source}</translation>
    </message>
    <message>
        <source>订单记录只反映接单的时间，不能说明工作时间由谁决定，“工作时间”未预填。</source>
        <translation> An order history shows when orders were taken, not who decided the working time: “Working time” was not pre-filled.</translation>
    </message>
    <message>
        <source>改定建议结论时必须写明理由。</source>
        <translation>Write the reason for overriding the recommendation.</translation>
    </message>
    <message>
        <source>保存工作表</source>
        <translation>Saving worksheet</translation>
    </message>
    <message>
        <source>改定为“{final}”</source>
        <translation>overridden with “{final}”</translation>
    </message>
    <message>
        <source>确认“{final}”</source>
        <translation>confirmed “{final}”</translation>
    </message>
    <message>
        <source>已保存第 {n} 版：{what}。</source>
        <translation>Version {n} saved: {what}.</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>现行认定：第{n}版，{who}{what}“{final}”（{when}）</source>
        <translation>In force: version {n}, {who} {what} “{final}” ({when})</translation>
    </message>
    <message>
        <source>尚未作出决定。</source>
        <translation>No decision yet.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>这台电脑没有可用的系统密钥环（用来安全保存案件库密钥的系统功能），所以每次打开案件库都需要输入案件库口令。案件库仍然全部加密保存；口令只用来解开它，不会保存在这台电脑上。

安装并启用系统密钥环（例如 GNOME 密钥环或 KWallet）后，程序会记住密钥，不必每次输入。</source>
        <translation>This PC has no working system keyring (the system service that keeps the case book&apos;s key safe), so the case book passphrase is asked every time the book is opened. The case book stays fully encrypted; the passphrase only unlocks it and is not stored on this PC.

Once a system keyring is installed and enabled (e.g. GNOME Keyring or KWallet), the program remembers the key and stops asking.</translation>
    </message>
    <message>
        <source>演示数据的案件库口令：{passphrase}</source>
        <translation>The demo book&apos;s passphrase: {passphrase}</translation>
    </message>
    <message>
        <source>演示数据：用户名 mediator（或 admin、arbitrator、clerk、lawyer），密码 {password}。</source>
        <translation>Demo data: user name mediator (or admin, arbitrator, clerk, lawyer), password {password}.</translation>
    </message>
    <message>
        <source>正在打开案件库……</source>
        <translation>Opening the case book…</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>校验通过：案件库完好，加密页校验、数据库结构检查和审计记录哈希链均无问题。</source>
        <translation>Verified: the case book is sound; encrypted pages, database structure and audit hash chain are all in order.</translation>
    </message>
    <message>
        <source>校验发现问题：请不要继续录入，先从最近的备份恢复或联系技术支持。</source>
        <translation>Problems found: stop entering data, restore the latest backup or contact support.</translation>
    </message>
    <message>
        <source>案件 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>审计记录 {n} 条</source>
        <translation>{n} audit records</translation>
    </message>
    <message>
        <source>数据结构版本 {rev}</source>
        <translation>schema version {rev}</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>7日内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>缺少节假日数据，无法计算</source>
        <translation>Cannot be computed: holiday data missing</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation period</translation>
    </message>
    <message>
        <source>受理审查期限</source>
        <translation>Acceptance review period</translation>
    </message>
    <message>
        <source>仲裁申请书副本送达期限</source>
        <translation>Service of the application copy</translation>
    </message>
    <message>
        <source>答辩期限</source>
        <translation>Defence period</translation>
    </message>
    <message>
        <source>答辩书副本送达期限</source>
        <translation>Service of the defence copy</translation>
    </message>
    <message>
        <source>仲裁庭组成通知期限</source>
        <translation>Notice of the tribunal&apos;s composition</translation>
    </message>
    <message>
        <source>开庭通知期限</source>
        <translation>Hearing notice period</translation>
    </message>
    <message>
        <source>仲裁裁决期限</source>
        <translation>Award period</translation>
    </message>
    <message>
        <source>仲裁裁决期限（经批准延长）</source>
        <translation>Award period (extension approved)</translation>
    </message>
    <message>
        <source>不服仲裁裁决起诉期限</source>
        <translation>Period to sue against the award</translation>
    </message>
    <message>
        <source>申请撤销终局裁决期限</source>
        <translation>Period to apply to set aside a final award</translation>
    </message>
    <message>
        <source>撤销终局裁决申请期限（劳动者起诉被驳回或撤诉后）</source>
        <translation>Application to set aside a final award (after the worker&apos;s suit was dismissed or withdrawn)</translation>
    </message>
    <message>
        <source>仲裁裁决被撤销后起诉期限</source>
        <translation>Suit after the award was set aside</translation>
    </message>
    <message>
        <source>支付令清偿或异议期限</source>
        <translation>Payment or objection after a payment order</translation>
    </message>
    <message>
        <source>调解协议仲裁审查申请期限</source>
        <translation>Period to apply for arbitral review of a mediation agreement</translation>
    </message>
    <message>
        <source>调解协议司法确认申请期限</source>
        <translation>Period to apply for judicial confirmation of a mediation agreement</translation>
    </message>
    <message>
        <source>仲裁时效</source>
        <translation>Limitation period for arbitration</translation>
    </message>
    <message>
        <source>仲裁时效（劳动关系终止后追索劳动报酬）</source>
        <translation>Limitation period (pay claimed after the employment ended)</translation>
    </message>
    <message>
        <source>法律援助审查决定期限</source>
        <translation>Legal aid decision period</translation>
    </message>
    <message>
        <source>指派法律援助人员期限</source>
        <translation>Period to assign a legal aid provider</translation>
    </message>
    <message>
        <source>法院委派（委托）调解期限</source>
        <translation>Court-delegated (entrusted) mediation period</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第十四条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 14</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第二十九条；劳动人事争议仲裁办案规则第三十条、第三十一条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 29; Rules for Handling Labour and Personnel Dispute Arbitration Cases, arts. 30, 31</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第三十条第一款；劳动人事争议仲裁办案规则第三十三条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 30(1); Rules for Handling Labour and Personnel Dispute Arbitration Cases, art. 33</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第三十条第二款；劳动人事争议仲裁办案规则第三十三条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 30(2); Rules for Handling Labour and Personnel Dispute Arbitration Cases, art. 33</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第三十二条；劳动人事争议仲裁办案规则第三十七条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 32; Rules for Handling Labour and Personnel Dispute Arbitration Cases, art. 37</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第三十五条；劳动人事争议仲裁办案规则第三十八条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 35; Rules for Handling Labour and Personnel Dispute Arbitration Cases, art. 38</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第四十三条；劳动人事争议仲裁办案规则第四十五条、第四十六条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 43; Rules for Handling Labour and Personnel Dispute Arbitration Cases, arts. 45, 46</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第四十三条；劳动人事争议仲裁办案规则第四十五条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 43; Rules for Handling Labour and Personnel Dispute Arbitration Cases, art. 45</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第四十八条、第五十条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, arts. 48, 50</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第四十九条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 49</translation>
    </message>
    <message>
        <source>最高人民法院关于审理劳动争议案件适用法律问题的解释（一）（法释〔2020〕26号）第二十一条第二款</source>
        <translation>SPC Interpretation (I) on labour disputes (Fa Shi [2020] No. 26), art. 21(2)</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第四十九条第二款</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 49(2)</translation>
    </message>
    <message>
        <source>民事诉讼法（2023年修正）第二百二十七条第二款；劳动争议调解仲裁法第十六条</source>
        <translation>Civil Procedure Law (2023 amendment), art. 227(2); Labour Dispute Mediation and Arbitration Law, art. 16</translation>
    </message>
    <message>
        <source>劳动人事争议仲裁办案规则第四章第二节；人力资源社会保障部、最高人民法院《关于劳动人事争议仲裁与诉讼衔接有关问题的意见（一）》（人社部发〔2022〕9号）</source>
        <translation>Rules for Handling Labour and Personnel Dispute Arbitration Cases, chapter 4 section 2; Opinions (I) of the Ministry of Human Resources and Social Security and the Supreme People&apos;s Court on the Link between Labour and Personnel Dispute Arbitration and Litigation (Ren She Bu Fa [2022] No. 9)</translation>
    </message>
    <message>
        <source>民事诉讼法（2023年修正）第二百零五条；人民调解法第三十三条</source>
        <translation>Civil Procedure Law (2023), art. 205; People&apos;s Mediation Law, art. 33</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第二十七条第一款至第三款</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 27(1)–(3)</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第二十七条第四款</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 27(4)</translation>
    </message>
    <message>
        <source>法律援助法第四十三条第一款</source>
        <translation>Legal Aid Law, art. 43(1)</translation>
    </message>
    <message>
        <source>最高人民法院关于人民法院特邀调解的规定（法释〔2016〕14号）第二十条</source>
        <translation>Supreme People&apos;s Court Provisions on Specially Invited Mediation by the People&apos;s Courts (Fa Shi [2016] No. 14), art. 20</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n} year(s)</translation>
    </message>
    <message>
        <source>{n}个月</source>
        <translation>{n} month(s)</translation>
    </message>
    <message>
        <source>{n}日（工作日）</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>{n}日（自然日）</source>
        <translation>{n} calendar days</translation>
    </message>
    <message>
        <source>暂定</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>{years}年的节假日安排（国务院办公厅通知）尚未录入：本日期按周末和法定节假日推算，未计调休上班日和连休安排，录入通知后自动重新计算</source>
        <translation>the holiday arrangement for {years} (State Council notice) has not been entered: this date counts weekends and statutory holidays only, without make-up working days or bridged days, and is recomputed when the notice is entered</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{n}项已逾期</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{n}项今日到期</source>
        <translation>{n} due today</translation>
    </message>
    <message>
        <source>{n}项7日内到期</source>
        <translation>{n} due within 7 days</translation>
    </message>
    <message>
        <source>法定期限提醒：{parts}。</source>
        <translation>Statutory deadlines: {parts}. </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>其中{n}项的到期日为暂定。</source>
        <translation>Of these, provisional: {n}. </translation>
    </message>
    <message>
        <source>共{n}项期限的到期日为暂定：{reason}。</source>
        <translation>Provisional due dates: {n}; {reason}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>程序出现意外错误。</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>（未设置日志文件）</source>
        <translation>(no log file set)</translation>
    </message>
    <message>
        <source>程序出现意外错误，刚才的操作可能没有完成。已保存的数据不受影响。

错误详情已写入日志文件：
{log}

请把这个文件交给技术支持人员。</source>
        <translation>An unexpected error occurred; the last action may not have been completed. Data already saved is not affected.

The details are in the log file:
{log}

Please give this file to your support contact.</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>受理审查</source>
        <translation>Acceptance review</translation>
    </message>
    <message>
        <source>调解中</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <source>已达成调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>仲裁中</source>
        <translation>In arbitration</translation>
    </message>
    <message>
        <source>已裁决</source>
        <translation>Award made</translation>
    </message>
    <message>
        <source>移送法院</source>
        <translation>Handed to court</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>外卖配送</source>
        <translation>Food delivery</translation>
    </message>
    <message>
        <source>网约车</source>
        <translation>Ride-hailing</translation>
    </message>
    <message>
        <source>快递</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>网约货运</source>
        <translation>Freight</translation>
    </message>
    <message>
        <source>家政</source>
        <translation>Housekeeping</translation>
    </message>
    <message>
        <source>网络主播</source>
        <translation>Live streaming</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>拖欠劳动报酬</source>
        <translation>Unpaid pay</translation>
    </message>
    <message>
        <source>低于最低工资标准差额</source>
        <translation>Shortfall below minimum wage</translation>
    </message>
    <message>
        <source>加班费</source>
        <translation>Overtime pay</translation>
    </message>
    <message>
        <source>法定节假日加班工资</source>
        <translation>Public holiday pay</translation>
    </message>
    <message>
        <source>退还押金、保证金</source>
        <translation>Refund of deposits</translation>
    </message>
    <message>
        <source>返还违法罚款、扣款</source>
        <translation>Return of unlawful fines and deductions</translation>
    </message>
    <message>
        <source>确认劳动关系</source>
        <translation>Confirmation of labour relationship</translation>
    </message>
    <message>
        <source>未签书面劳动合同二倍工资差额</source>
        <translation>Double pay for no written contract</translation>
    </message>
    <message>
        <source>解除劳动合同经济补偿</source>
        <translation>Economic compensation</translation>
    </message>
    <message>
        <source>违法解除劳动合同赔偿金</source>
        <translation>Damages for unlawful termination</translation>
    </message>
    <message>
        <source>社会保险</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>工伤（职业伤害）待遇</source>
        <translation>Work injury (occupational injury) benefits</translation>
    </message>
    <message>
        <source>返还扣押的证件</source>
        <translation>Return of withheld documents</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>第三人</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>书面申请</source>
        <translation>Written application</translation>
    </message>
    <message>
        <source>口头申请（已制作笔录）</source>
        <translation>Oral application (recorded)</translation>
    </message>
    <message>
        <source>转来</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>平台企业</source>
        <translation>Platform company</translation>
    </message>
    <message>
        <source>劳务派遣</source>
        <translation>Labour dispatch</translation>
    </message>
    <message>
        <source>外包</source>
        <translation>Outsourcing</translation>
    </message>
    <message>
        <source>加盟</source>
        <translation>Franchise</translation>
    </message>
    <message>
        <source>代理</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>劳务公司</source>
        <translation>Labour-service company</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>仲裁员</source>
        <translation>Arbitrator</translation>
    </message>
    <message>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>法律援助律师</source>
        <translation>Legal-aid lawyer</translation>
    </message>
    <message>
        <source>劳动争议调解组织</source>
        <translation>Labour dispute mediation organisation</translation>
    </message>
    <message>
        <source>劳动人事争议仲裁委员会</source>
        <translation>Labour and personnel dispute arbitration commission</translation>
    </message>
    <message>
        <source>工会法律援助服务站点</source>
        <translation>Trade union legal-aid service point</translation>
    </message>
    <message>
        <source>申请人（劳动者）</source>
        <translation>Applicant (worker)</translation>
    </message>
    <message>
        <source>被申请人（企业）</source>
        <translation>Respondent (enterprise)</translation>
    </message>
    <message>
        <source>待履行</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>部分履行</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <source>逾期未履行</source>
        <translation>Overdue, not performed</translation>
    </message>
    <message>
        <source>没有逾期未履行的约定。</source>
        <translation>No term is overdue.</translation>
    </message>
    <message>
        <source>用人单位在协议约定期限内未支付劳动报酬、工伤医疗费、经济补偿或者赔偿金，劳动者可以持调解协议书向人民法院申请支付令（劳动争议调解仲裁法第十六条）；也可以就协议向人民法院起诉（最高人民法院劳动争议解释（一）第五十一条）。</source>
        <translation>The employer did not pay wages, work-injury medical costs, economic compensation or damages by the agreed date: the worker may apply to the people&apos;s court for a payment order with the mediation agreement (Labour Dispute Mediation and Arbitration Law, art. 16), or sue on the agreement (SPC Labour Dispute Interpretation (I), art. 51).</translation>
    </message>
    <message>
        <source>一方当事人在协议约定期限内不履行调解协议，另一方当事人可以依法申请仲裁（劳动争议调解仲裁法第十五条）。</source>
        <translation>A party did not perform the agreement by the agreed date: the other party may apply for arbitration (Labour Dispute Mediation and Arbitration Law, art. 15).</translation>
    </message>
    <message>
        <source>已转介，待决定</source>
        <translation>Referred, awaiting decision</translation>
    </message>
    <message>
        <source>已决定给予法律援助</source>
        <translation>Legal aid granted</translation>
    </message>
    <message>
        <source>决定不给予法律援助</source>
        <translation>Legal aid refused</translation>
    </message>
    <message>
        <source>已指派律师</source>
        <translation>Lawyer assigned</translation>
    </message>
    <message>
        <source>援助事项已办结</source>
        <translation>Legal aid concluded</translation>
    </message>
    <message>
        <source>收案</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>一般授权</source>
        <translation>General authority</translation>
    </message>
    <message>
        <source>特别授权</source>
        <translation>Special authority</translation>
    </message>
    <message>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>请求金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>7日内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>缺少节假日数据，无法计算</source>
        <translation>Holiday data missing, cannot compute</translation>
    </message>
    <message>
        <source>书证</source>
        <translation>Documentary evidence</translation>
    </message>
    <message>
        <source>物证</source>
        <translation>Physical evidence</translation>
    </message>
    <message>
        <source>视听资料</source>
        <translation>Audio-visual material</translation>
    </message>
    <message>
        <source>电子数据</source>
        <translation>Electronic data</translation>
    </message>
    <message>
        <source>证人证言</source>
        <translation>Witness testimony</translation>
    </message>
    <message>
        <source>当事人陈述</source>
        <translation>Statement of a party</translation>
    </message>
    <message>
        <source>鉴定意见</source>
        <translation>Expert opinion</translation>
    </message>
    <message>
        <source>勘验笔录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <source>完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>内容被改动</source>
        <translation>Content changed</translation>
    </message>
    <message>
        <source>文件不完整</source>
        <translation>Incomplete file</translation>
    </message>
    <message>
        <source>文件缺失</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>无法解密</source>
        <translation>Cannot be decrypted</translation>
    </message>
    <message>
        <source>符合确立劳动关系情形</source>
        <translation>Meets the conditions of an employment relationship</translation>
    </message>
    <message>
        <source>不完全符合确立劳动关系情形</source>
        <translation>Does not fully meet the conditions of an employment relationship</translation>
    </message>
    <message>
        <source>民事关系</source>
        <translation>Civil relationship</translation>
    </message>
    <message>
        <source>收取押金、保证金或其他费用</source>
        <translation>Deposits, guarantees or other fees collected</translation>
    </message>
    <message>
        <source>扣押身份证等证件</source>
        <translation>Identity card or other papers withheld</translation>
    </message>
    <message>
        <source>限制多平台就业</source>
        <translation>Work for other platforms restricted</translation>
    </message>
    <message>
        <source>报酬低于最低工资标准</source>
        <translation>Pay below the minimum wage</translation>
    </message>
    <message>
        <source>连续工作超过4小时没有工间休息</source>
        <translation>More than 4 hours of continuous work without a break</translation>
    </message>
    <message>
        <source>诱导或强迫注册为个体工商户</source>
        <translation>Induced or forced to register as a self-employed business</translation>
    </message>
    <message>
        <source>已登记为个体工商户（须核实原因）</source>
        <translation>Registered as a self-employed business (check why)</translation>
    </message>
    <message>
        <source>属于劳动人事争议仲裁受案范围</source>
        <translation>Within the scope of labour dispute arbitration</translation>
    </message>
    <message>
        <source>有明确的仲裁请求和事实理由</source>
        <translation>Definite claims, facts and reasons</translation>
    </message>
    <message>
        <source>申请人是与本案有直接利害关系的自然人、法人或者其他组织，有明确的被申请人</source>
        <translation>Applicant directly concerned; respondent definite</translation>
    </message>
    <message>
        <source>属于本仲裁委员会管辖（劳动合同履行地或者用人单位所在地，履行地优先）</source>
        <translation>Within this commission&apos;s jurisdiction (place of work first)</translation>
    </message>
    <message>
        <source>直接送达</source>
        <translation>Personal service</translation>
    </message>
    <message>
        <source>邮寄送达</source>
        <translation>Service by post</translation>
    </message>
    <message>
        <source>电子送达</source>
        <translation>Electronic service</translation>
    </message>
    <message>
        <source>留置送达</source>
        <translation>Service by leaving</translation>
    </message>
    <message>
        <source>公告送达</source>
        <translation>Service by public notice</translation>
    </message>
    <message>
        <source>中止审理</source>
        <translation>Suspension of the hearing</translation>
    </message>
    <message>
        <source>公告送达期间</source>
        <translation>Public notice period</translation>
    </message>
    <message>
        <source>仲裁裁决书</source>
        <translation>Arbitral award</translation>
    </message>
    <message>
        <source>先行裁决书</source>
        <translation>Partial award</translation>
    </message>
    <message>
        <source>仲裁调解书</source>
        <translation>Arbitral mediation statement</translation>
    </message>
    <message>
        <source>终局裁决</source>
        <translation>Final award</translation>
    </message>
    <message>
        <source>非终局裁决</source>
        <translation>Non-final award</translation>
    </message>
    <message>
        <source>部分终局、部分非终局</source>
        <translation>Partly final, partly non-final</translation>
    </message>
    <message>
        <source>支持</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>部分支持</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <source>告知向有管辖权的仲裁委员会申请</source>
        <translation>Refer to the competent commission</translation>
    </message>
    <message>
        <source>独任仲裁</source>
        <translation>Sole arbitrator</translation>
    </message>
    <message>
        <source>仲裁庭（三人）</source>
        <translation>Tribunal of three</translation>
    </message>
    <message>
        <source>符合法律援助条件</source>
        <translation>Eligible for legal aid</translation>
    </message>
    <message>
        <source>事项符合，待核查经济困难状况</source>
        <translation>Matter eligible; financial hardship to be checked</translation>
    </message>
    <message>
        <source>不符合法律援助条件</source>
        <translation>Not eligible for legal aid</translation>
    </message>
    <message>
        <source>追加当事人</source>
        <translation>Party added</translation>
    </message>
    <message>
        <source>补正申请材料</source>
        <translation>Application materials supplemented</translation>
    </message>
    <message>
        <source>增加或者变更仲裁请求</source>
        <translation>Claims added or changed</translation>
    </message>
    <message>
        <source>被申请人提出反申请并合并审理</source>
        <translation>Counterclaim by the respondent joined</translation>
    </message>
    <message>
        <source>移送管辖后受理</source>
        <translation>Accepted after transfer of jurisdiction</translation>
    </message>
    <message>
        <source>（不影响期限）</source>
        <translation>(no effect on deadlines)</translation>
    </message>
    <message>
        <source>仲裁申请书副本送达被申请人</source>
        <translation>Copy of the application served on the respondent</translation>
    </message>
    <message>
        <source>答辩书副本送达申请人</source>
        <translation>Copy of the defence served on the applicant</translation>
    </message>
    <message>
        <source>仲裁庭组成通知</source>
        <translation>Notice of the tribunal&apos;s composition</translation>
    </message>
    <message>
        <source>一类</source>
        <translation>Tier 1</translation>
    </message>
    <message>
        <source>一类（东湖区、西湖区、青云谱区、青山湖区、红谷滩区、经开区、高新区）</source>
        <translation>Tier 1 (Donghu, Xihu, Qingyunpu, Qingshanhu, Honggutan, ETDZ, HTZ)</translation>
    </message>
    <message>
        <source>二类</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>二类（新建区、南昌县）</source>
        <translation>Tier 2 (Xinjian District, Nanchang County)</translation>
    </message>
    <message>
        <source>三类</source>
        <translation>Tier 3</translation>
    </message>
    <message>
        <source>三类（进贤县、安义县）</source>
        <translation>Tier 3 (Jinxian County, Anyi County)</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>基层法律服务工作者</source>
        <translation>Grassroots legal service worker</translation>
    </message>
    <message>
        <source>近亲属</source>
        <translation>Close relative</translation>
    </message>
    <message>
        <source>工会推荐</source>
        <translation>Recommended by the trade union</translation>
    </message>
    <message>
        <source>社区推荐</source>
        <translation>Recommended by the community</translation>
    </message>
    <message>
        <source>文件完好，与登记的哈希值一致</source>
        <translation>File intact; matches the registered hash</translation>
    </message>
    <message>
        <source>文件内容与登记的哈希值不符</source>
        <translation>File content does not match the registered hash</translation>
    </message>
    <message>
        <source>文件不完整（被截断）</source>
        <translation>File incomplete (truncated)</translation>
    </message>
    <message>
        <source>找不到加密文件</source>
        <translation>Encrypted file not found</translation>
    </message>
    <message>
        <source>文件无法解密（密钥不符或已损坏）</source>
        <translation>File cannot be decrypted (wrong key or damaged)</translation>
    </message>
    <message>
        <source>按请求类别</source>
        <translation>By claim kind</translation>
    </message>
    <message>
        <source>劳动报酬、经济补偿或赔偿金</source>
        <translation>Pay, economic compensation or damages</translation>
    </message>
    <message>
        <source>劳动标准（工时、休假、社保）</source>
        <translation>Labour standards (hours, leave, social insurance)</translation>
    </message>
    <message>
        <source>其他事项</source>
        <translation>Other matters</translation>
    </message>
    <message>
        <source>终局</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>非终局</source>
        <translation>Non-final</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已批准（锁定）</source>
        <translation>Approved (locked)</translation>
    </message>
    <message>
        <source>已被更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>裁决书</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>已安排</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>已开庭</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>尚未核查</source>
        <translation>Not yet checked</translation>
    </message>
    <message>
        <source>符合本省经济困难标准</source>
        <translation>Meets the province&apos;s hardship standard</translation>
    </message>
    <message>
        <source>不符合经济困难标准</source>
        <translation>Does not meet the hardship standard</translation>
    </message>
    <message>
        <source>个体工商户登记是企业要求的</source>
        <translation>The self-employed registration was required by the enterprise</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation period</translation>
    </message>
    <message>
        <source>受理审查期限</source>
        <translation>Acceptance review period</translation>
    </message>
    <message>
        <source>仲裁申请书副本送达期限</source>
        <translation>Service of the application copy</translation>
    </message>
    <message>
        <source>答辩期限</source>
        <translation>Defence period</translation>
    </message>
    <message>
        <source>答辩书副本送达期限</source>
        <translation>Service of the defence copy</translation>
    </message>
    <message>
        <source>仲裁庭组成通知期限</source>
        <translation>Notice of the tribunal&apos;s composition</translation>
    </message>
    <message>
        <source>开庭通知期限</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <source>仲裁裁决期限</source>
        <translation>Award period</translation>
    </message>
    <message>
        <source>仲裁裁决期限（经批准延长）</source>
        <translation>Award period (extension approved)</translation>
    </message>
    <message>
        <source>不服仲裁裁决起诉期限</source>
        <translation>Period to sue against the award</translation>
    </message>
    <message>
        <source>申请撤销终局裁决期限</source>
        <translation>Period to apply to revoke a final award</translation>
    </message>
    <message>
        <source>撤销终局裁决申请期限（劳动者起诉被驳回或撤诉后）</source>
        <translation>Application to set aside a final award (after the worker&apos;s suit was dismissed or withdrawn)</translation>
    </message>
    <message>
        <source>仲裁裁决被撤销后起诉期限</source>
        <translation>Suit after the award was set aside</translation>
    </message>
    <message>
        <source>支付令清偿或异议期限</source>
        <translation>Payment or objection after a payment order</translation>
    </message>
    <message>
        <source>不服仲裁裁决起诉</source>
        <translation>Suit against the award</translation>
    </message>
    <message>
        <source>申请撤销终局裁决</source>
        <translation>Application to set aside the final award</translation>
    </message>
    <message>
        <source>申请司法确认调解协议</source>
        <translation>Application for judicial confirmation of the agreement</translation>
    </message>
    <message>
        <source>申请支付令</source>
        <translation>Application for a payment order</translation>
    </message>
    <message>
        <source>申请财产保全</source>
        <translation>Application for property preservation</translation>
    </message>
    <message>
        <source>法院委托调解</source>
        <translation>Mediation entrusted by the court</translation>
    </message>
    <message>
        <source>判决</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>裁定</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <source>法院调解</source>
        <translation>Court mediation</translation>
    </message>
    <message>
        <source>撤诉（撤回申请）</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>驳回起诉</source>
        <translation>Suit dismissed</translation>
    </message>
    <message>
        <source>裁定撤销仲裁裁决</source>
        <translation>Ruling setting the award aside</translation>
    </message>
    <message>
        <source>裁定驳回申请</source>
        <translation>Ruling rejecting the application</translation>
    </message>
    <message>
        <source>发出支付令</source>
        <translation>Payment order issued</translation>
    </message>
    <message>
        <source>维持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>改判</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>双方当事人</source>
        <translation>Both parties</translation>
    </message>
    <message>
        <source>人民法院</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <source>按裁决日期</source>
        <translation>By award date</translation>
    </message>
    <message>
        <source>按法院立案和裁判日期</source>
        <translation>By court filing and decision date</translation>
    </message>
    <message>
        <source>全委合计</source>
        <translation>Whole commission</translation>
    </message>
    <message>
        <source>按首席（独任）仲裁员</source>
        <translation>By presiding (sole) arbitrator</translation>
    </message>
    <message>
        <source>按请求类型</source>
        <translation>By claim kind</translation>
    </message>
    <message>
        <source>按被申请人</source>
        <translation>By respondent</translation>
    </message>
    <message>
        <source>调解协议仲裁审查申请期限</source>
        <translation>Period to apply for arbitral review of the agreement</translation>
    </message>
    <message>
        <source>调解协议司法确认申请期限</source>
        <translation>Period to apply for judicial confirmation of the agreement</translation>
    </message>
    <message>
        <source>仲裁时效</source>
        <translation>Limitation period for arbitration</translation>
    </message>
    <message>
        <source>仲裁时效（劳动关系终止后追索劳动报酬）</source>
        <translation>Limitation period (pay claimed after the relationship ended)</translation>
    </message>
    <message>
        <source>法律援助审查决定期限</source>
        <translation>Legal aid decision period</translation>
    </message>
    <message>
        <source>指派法律援助人员期限</source>
        <translation>Period to assign a legal aid lawyer</translation>
    </message>
    <message>
        <source>法院委派（委托）调解期限</source>
        <translation>Court-delegated (entrusted) mediation period</translation>
    </message>
    <message>
        <source>调解申请登记表</source>
        <translation>Mediation application form</translation>
    </message>
    <message>
        <source>调解笔录</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>调解终止告知书</source>
        <translation>Notice of termination of mediation</translation>
    </message>
    <message>
        <source>支付令申请书</source>
        <translation>Payment order application</translation>
    </message>
    <message>
        <source>仲裁审查申请书</source>
        <translation>Application for arbitral review</translation>
    </message>
    <message>
        <source>司法确认申请书</source>
        <translation>Application for judicial confirmation</translation>
    </message>
    <message>
        <source>证据目录</source>
        <translation>List of evidence</translation>
    </message>
    <message>
        <source>劳动关系认定意见表</source>
        <translation>Employment relationship opinion form</translation>
    </message>
    <message>
        <source>法律援助转介函</source>
        <translation>Legal aid referral letter</translation>
    </message>
    <message>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>案件封面和卷宗目录</source>
        <translation>Case cover and file index</translation>
    </message>
    <message>
        <source>典型案例</source>
        <translation>Typical case</translation>
    </message>
    <message>
        <source>劳动人事争议仲裁申请书</source>
        <translation>Arbitration application</translation>
    </message>
    <message>
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>不予受理通知书</source>
        <translation>Non-acceptance notice</translation>
    </message>
    <message>
        <source>无管辖权的书面说明</source>
        <translation>No-jurisdiction statement</translation>
    </message>
    <message>
        <source>应诉通知书</source>
        <translation>Notice to respond</translation>
    </message>
    <message>
        <source>仲裁庭组成通知书</source>
        <translation>Notice of the tribunal&apos;s composition</translation>
    </message>
    <message>
        <source>开庭通知书</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <source>延期审理通知书</source>
        <translation>Notice of postponement</translation>
    </message>
    <message>
        <source>仲裁裁决书（终局）</source>
        <translation>Arbitral award (final)</translation>
    </message>
    <message>
        <source>仲裁裁决书（非终局）</source>
        <translation>Arbitral award (non-final)</translation>
    </message>
    <message>
        <source>劳动保障监察线索转送函</source>
        <translation>Referral letter to labour inspection</translation>
    </message>
    <message>
        <source>拖欠或者克扣劳动报酬</source>
        <translation>Pay withheld or unlawfully deducted</translation>
    </message>
    <message>
        <source>违法延长工作时间</source>
        <translation>Illegal overtime</translation>
    </message>
    <message>
        <source>违法收取押金、保证金</source>
        <translation>Deposits or guarantees unlawfully taken</translation>
    </message>
    <message>
        <source>当面递交</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>政务服务平台或电子邮件</source>
        <translation>Government service platform or e-mail</translation>
    </message>
    <message>
        <source>其他方式</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>生成人</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>合作商/站点</source>
        <translation>Partner or site</translation>
    </message>
    <message>
        <source>派遣</source>
        <translation>Labour dispatch</translation>
    </message>
    <message>
        <source>劳动报酬</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>工伤</source>
        <translation>Work injury</translation>
    </message>
    <message>
        <source>二倍工资</source>
        <translation>Double pay</translation>
    </message>
    <message>
        <source>补偿赔偿</source>
        <translation>Compensation and damages</translation>
    </message>
    <message>
        <source>加班</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <source>押金/保证金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>罚款扣款</source>
        <translation>Fines and deductions</translation>
    </message>
    <message>
        <source>（未登记请求）</source>
        <translation>(no claim recorded)</translation>
    </message>
    <message>
        <source>劳动关系（符合确立劳动关系情形）</source>
        <translation>Employment relationship</translation>
    </message>
    <message>
        <source>个人依托平台自主经营等民事关系</source>
        <translation>Self-employed through the platform (civil relationship)</translation>
    </message>
    <message>
        <source>未认定（无关系认定表）</source>
        <translation>Not assessed (no worksheet)</translation>
    </message>
    <message>
        <source>仲裁申请书副本、应诉通知书</source>
        <translation>Copy of the application and notice to respond</translation>
    </message>
    <message>
        <source>答辩书副本</source>
        <translation>Copy of the defence</translation>
    </message>
    <message>
        <source>司法确认申请</source>
        <translation>Application for judicial confirmation</translation>
    </message>
    <message>
        <source>支付令申请</source>
        <translation>Application for a payment order</translation>
    </message>
    <message>
        <source>卷宗移送</source>
        <translation>Case file transfer</translation>
    </message>
    <message>
        <source>财产保全申请移送</source>
        <translation>Forwarding of a property preservation application</translation>
    </message>
    <message>
        <source>引导诉讼告知</source>
        <translation>Guidance to sue in court</translation>
    </message>
    <message>
        <source>委托调解结果</source>
        <translation>Result of court-entrusted mediation</translation>
    </message>
    <message>
        <source>法院裁判结果</source>
        <translation>Court outcome</translation>
    </message>
    <message>
        <source>法院委派（委托）调解</source>
        <translation>Court-referred mediation</translation>
    </message>
    <message>
        <source>卷宗移送函</source>
        <translation>Case file transfer letter</translation>
    </message>
    <message>
        <source>财产保全申请移送函</source>
        <translation>Letter forwarding a property preservation application</translation>
    </message>
    <message>
        <source>引导诉讼告知书</source>
        <translation>Notice guiding the worker to sue in court</translation>
    </message>
    <message>
        <source>委托调解结果函</source>
        <translation>Letter on the result of court-entrusted mediation</translation>
    </message>
    <message>
        <source>期初前一日结束时尚未结案的案件数（收案日期早于期初，且当日状态不是已达成调解协议、已裁决、移送法院、已结案、已撤回）。</source>
        <translation>Cases not concluded at the end of the day before the period (received before the period and, on that day, not in the status agreement reached, award made, handed to the court, closed or withdrawn).</translation>
    </message>
    <message>
        <source>本程序的统计口径（docs/statistics.md）</source>
        <translation>This program&apos;s counting rules (docs/statistics.md)</translation>
    </message>
    <message>
        <source>期内登记收案的案件数，加上期初前已结、期内恢复处理的案件数（如调解协议未履行转入仲裁）；每件案件在一个统计期内只计一次。</source>
        <translation>Cases registered in the period, plus cases concluded before the period that re-entered handling in it (e.g. an unperformed mediation agreement taken to arbitration); each case counted once per period.</translation>
    </message>
    <message>
        <source>收案日期在统计期内的案件数。</source>
        <translation>Cases whose date of receipt lies in the period.</translation>
    </message>
    <message>
        <source>期初前已结、期内由已结状态转回办理状态的案件数（不属新收案件）。</source>
        <translation>Cases concluded before the period that went back from a concluded to an open status in it (not newly registered).</translation>
    </message>
    <message>
        <source>当期受理案件中，按集体（群体）案件登记且劳动者一方十人以上的案件数。</source>
        <translation>Received cases registered as collective (group) cases with ten or more workers.</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第七条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 7</translation>
    </message>
    <message>
        <source>当期受理的集体争议案件的申请人（劳动者）人数之和。</source>
        <translation>Total applicants (workers) of the collective disputes received.</translation>
    </message>
    <message>
        <source>当期受理案件的申请人（劳动者）人数之和；集体争议按登记的成员人数计。</source>
        <translation>Total applicants (workers) of the cases received; a collective dispute counts its registered members.</translation>
    </message>
    <message>
        <source>当期受理案件按争议原因分类，每件只计一次；一案有多项请求的，按确认劳动关系、变更解除终止劳动合同、社会保险、劳动报酬、其他的顺序取第一项所属原因。请求种类的归类见 docs/statistics.md。</source>
        <translation>Received cases by cause of dispute, each counted once; a case with several claims counts under the first of its causes in the order: employment relationship, change or end of the contract, social insurance, pay, other. How claim kinds map to causes: docs/statistics.md.</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第二条（争议范围）；本程序的归类口径</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 2 (scope of disputes); this program&apos;s classification</translation>
    </message>
    <message>
        <source>上期未结及当期受理的案件中，期末日结束时处于已结状态的案件数；每件只计一次，按期末有效的结案方式、日期计。</source>
        <translation>Of the cases pending at the start or received, those concluded at the end of the period&apos;s last day; each counted once, by the way and date of the conclusion in force then.</translation>
    </message>
    <message>
        <source>workflows.md（案件流程：调解协议、裁决、撤回、移送法院、结案）；本程序的统计口径</source>
        <translation>workflows.md (case flow: agreement, award, withdrawal, handing to the court, closing); this program&apos;s counting rules</translation>
    </message>
    <message>
        <source>由办理状态转为“已达成调解协议”结案（含仲裁调解书生效）。</source>
        <translation>Concluded by moving from an open status to &quot;agreement reached&quot; (including an arbitral mediation statement taking effect).</translation>
    </message>
    <message>
        <source>由仲裁中转为“已裁决”结案。</source>
        <translation>Concluded by moving from arbitration to &quot;award made&quot;.</translation>
    </message>
    <message>
        <source>申请人撤回申请（“已撤回”）结案。</source>
        <translation>Concluded by the applicant withdrawing the application (&quot;withdrawn&quot;).</translation>
    </message>
    <message>
        <source>由办理状态直接转为“已结案”或“移送法院”的（不予受理、调解不成终结、逾期未裁移送等）。</source>
        <translation>Moved from an open status straight to &quot;closed&quot; or &quot;handed to the court&quot; (not accepted, mediation failed, no award in time, etc.).</translation>
    </message>
    <message>
        <source>裁决结案且各项裁决均为支持，或调解结案且协议金额不低于请求金额的案件数。</source>
        <translation>Cases closed by an award granting every ruling, or by mediation with an agreed amount not below the amount claimed.</translation>
    </message>
    <message>
        <source>裁决结案且各项请求均被驳回的案件数。</source>
        <translation>Cases closed by an award dismissing every claim.</translation>
    </message>
    <message>
        <source>其余裁决结案和调解结案的案件数。</source>
        <translation>The other cases closed by award or by mediation.</translation>
    </message>
    <message>
        <source>撤回和其他方式结案的案件数（不分胜负）。</source>
        <translation>Cases withdrawn or closed otherwise (no winner).</translation>
    </message>
    <message>
        <source>上期未结 + 当期受理 − 结案。</source>
        <translation>Pending at the start + received − closed.</translation>
    </message>
    <message>
        <source>当期受理案件登记的各项请求金额之和（含集体争议成员各自的请求）。</source>
        <translation>Total of the registered claims of the cases received (including the members&apos; own claims in collective disputes).</translation>
    </message>
    <message>
        <source>结案案件登记的请求金额之和。</source>
        <translation>Total of the registered claims of the closed cases.</translation>
    </message>
    <message>
        <source>裁决结案案件经审批的裁决书（含先行裁决书）中支持、部分支持的各项金额之和。</source>
        <translation>Total of the amounts granted or partly granted in the approved awards (partial awards included) of the cases closed by award.</translation>
    </message>
    <message>
        <source>调解结案案件最近一次调解协议各条款金额之和；仲裁调解书结案的，取经审批的仲裁调解书所列金额。</source>
        <translation>Total of the terms of the latest mediation agreement of the cases closed by mediation; for an arbitral mediation statement, the amounts of the approved statement.</translation>
    </message>
    <message>
        <source>结案 ÷（上期未结 + 当期受理）× 100%。</source>
        <translation>Closed ÷ (pending at the start + received) × 100%.</translation>
    </message>
    <message>
        <source>调解结案 ÷ 结案 × 100%。</source>
        <translation>Closed by mediation ÷ closed × 100%.</translation>
    </message>
    <message>
        <source>（调解结案 + 撤回结案）÷ 结案 × 100%。</source>
        <translation>(Closed by mediation + withdrawn) ÷ closed × 100%.</translation>
    </message>
    <message>
        <source>裁决结案案件中，经审批的裁决书为终局裁决或部分终局的案件数。</source>
        <translation>Cases closed by award whose approved award is final, or final in part.</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第四十七条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, art. 47</translation>
    </message>
    <message>
        <source>终局裁决 ÷ 裁决结案 × 100%。</source>
        <translation>Final awards ÷ closed by award × 100%.</translation>
    </message>
    <message>
        <source>结案案件自收案日至结案日的自然日数的中位数（Python statistics.median）；恢复处理的案件自最初收案日起算。</source>
        <translation>Median of the calendar days from receipt to conclusion of the closed cases (Python statistics.median); a reopened case counts from its first receipt.</translation>
    </message>
    <message>
        <source>同上天数的第90百分位：statistics.quantiles(n=10, method=&apos;inclusive&apos;) 的第9个分位点（线性插值）；只有一件时取该件天数。</source>
        <translation>90th percentile of the same days: the 9th cut point of statistics.quantiles(n=10, method=&apos;inclusive&apos;) (linear interpolation); a single case gives its own days.</translation>
    </message>
    <message>
        <source>上期未结及当期受理的案件中，调解期限（十五日）或仲裁裁决期限（四十五日，经批准延长十五日，扣除中止、公告期间）的到期日早于结案日，或期末仍未结而到期日早于期末日的案件数。期限按案件事件以本程序的期限规则重新计算。</source>
        <translation>Of the cases pending at the start or received, those whose mediation period (15 days) or award period (45 days, 15 more when an extension is approved, less suspensions and public notice) fell due before their conclusion, or that are still open at the end of the period with the due date before it. Periods are recomputed from the case&apos;s events with this program&apos;s deadline rules.</translation>
    </message>
    <message>
        <source>劳动争议调解仲裁法第十四条、第四十三条；劳动人事争议仲裁办案规则第四十五条、第四十六条</source>
        <translation>Labour Dispute Mediation and Arbitration Law, arts. 14, 43; Rules for Handling Labour and Personnel Dispute Arbitration Cases, arts. 45, 46</translation>
    </message>
    <message>
        <source>结案日晚于期限到期日的结案案件数。</source>
        <translation>Closed cases concluded after their due date.</translation>
    </message>
    <message>
        <source>期末未结且期限到期日早于期末日的案件数。</source>
        <translation>Cases open at the end of the period whose due date is before the period&apos;s end.</translation>
    </message>
    <message>
        <source>当期受理案件按登记的行业（外卖配送、网约车、快递、网约货运、家政、网络主播、其他）分组；每件只计一次，各行之和等于合计。</source>
        <translation>Cases received, by registered industry (food delivery, ride hailing, courier, freight by app, housekeeping, live streaming, other); each case counted once, the rows add up to the total.</translation>
    </message>
    <message>
        <source>人社部发〔2021〕56号《关于维护新就业形态劳动者劳动保障权益的指导意见》；本程序的统计口径</source>
        <translation>MOHRSS [2021] No. 56, Guiding Opinions on Protecting the Labour Rights of Workers in New Forms of Employment; this program&apos;s counting rules</translation>
    </message>
    <message>
        <source>当期受理案件按登记的平台名称分组（名称按全角转半角、去空格、英文字母大写、统一括号后比较，显示最常用的写法）；未填写的单列；每件只计一次，各行之和等于合计。</source>
        <translation>Cases received, by registered platform name (names compared after converting full-width to half-width, removing spaces, upper-casing Latin letters and unifying brackets; the most used spelling is shown); cases without a platform in a row of their own; each case counted once, the rows add up to the total.</translation>
    </message>
    <message>
        <source>洪人社发〔2022〕88号《关于维护新就业形态劳动者劳动保障权益的实施方案》第十六项（平台企业用工情况报告制度）；本程序的统计口径</source>
        <translation>Nanchang HRSS [2022] No. 88, Implementation Plan for Protecting the Labour Rights of Workers in New Forms of Employment, item 16 (platform-enterprise employment reporting); this program&apos;s counting rules</translation>
    </message>
    <message>
        <source>当期受理案件按被申请人、第三人中企业的角色分组：平台（平台企业）、合作商/站点（代理）、外包（外包、劳务公司）、派遣（劳务派遣）、加盟、其他。一案有多种角色的企业时在每种角色各计一次，各行之和可大于合计；校验改为每件案件至少计入一行。</source>
        <translation>Cases received, by the role of the enterprises among respondents and third parties: platform, partner or site (agent), outsourcing (outsourcer, labour-service company), dispatch, franchise, other. A case with enterprises in several roles counts once in each, so the rows may add up to more than the total; the check is that every case is counted at least once.</translation>
    </message>
    <message>
        <source>当期受理案件按被申请人、第三人中的每家企业分组，同一企业按统一社会信用代码识别，无代码的按规范化名称识别（与劳动保障监察移送的多次被申请企业同一口径）；列出其被登记的角色。一案涉及多家企业时在每家各计一次，金额为整案金额，各行之和可大于合计；校验改为每件案件至少计入一行。</source>
        <translation>Cases received, by each enterprise among respondents and third parties, identified by unified social credit code, else by normalised name (the rule of the repeat respondents for labour-inspection referrals), with the roles it was recorded in. A case with several enterprises counts once for each, with the whole case&apos;s amounts, so the rows may add up to more than the total; the check is that every case is counted at least once.</translation>
    </message>
    <message>
        <source>按案件关系认定表各用工链条最新版本的最终认定类别分组；各链条认定不同的，取劳动关系、不完全符合确立劳动关系情形、民事关系中在前者。认定表只有三类，“个人依托平台自主经营”与其他民事关系同属民事关系一类；没有认定表的计入未认定。每件只计一次，各行之和等于合计。</source>
        <translation>Cases by the final category of the latest worksheet version of each employment chain; where chains were assessed differently, the first of: employment relationship, not fully an employment relationship, civil relationship. The worksheet has three categories: self-employment through a platform belongs with the other civil relationships; cases without a worksheet are not assessed. Each case counted once, the rows add up to the total.</translation>
    </message>
    <message>
        <source>当期受理案件按请求种类分组（含集体争议成员各自的请求），请求种类的归并见 docs/statistics.md。一案有几类请求就在几行各计一次，案件数、人数、结案及调解、裁决金额（整案金额）之和可大于合计；请求金额按该类各项请求金额之和计，各行之和等于合计。校验：每件案件至少计入一行，请求金额之和等于合计。</source>
        <translation>Cases received, by claim kind (members&apos; own claims in collective disputes included); how claim kinds are grouped: docs/statistics.md. A case counts once in each kind it claims, so cases, workers, concluded and the amounts agreed or awarded (whole-case amounts) may add up to more than the total; the amount claimed is the kind&apos;s own claims, and these add up to the total. Checks: every case counted at least once, and the amounts claimed add up.</translation>
    </message>
    <message>
        <source>（未组庭）</source>
        <translation>(no tribunal formed)</translation>
    </message>
    <message>
        <source>（无被申请人）</source>
        <translation>(no respondent)</translation>
    </message>
    <message>
        <source>（未分类）</source>
        <translation>(not classified)</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <source>工作时间</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>工作时间及工作量自主决定程度</source>
        <translation>Autonomy over working time and workload</translation>
    </message>
    <message>
        <source>自主决定</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>部分自主</source>
        <translation>Partly free</translation>
    </message>
    <message>
        <source>由企业控制</source>
        <translation>Controlled by the enterprise</translation>
    </message>
    <message>
        <source>劳动过程</source>
        <translation>Work process</translation>
    </message>
    <message>
        <source>劳动过程受管理控制程度</source>
        <translation>Management and control of the work process</translation>
    </message>
    <message>
        <source>不管理</source>
        <translation>None</translation>
    </message>
    <message>
        <source>部分管理</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>支配性管理</source>
        <translation>Dominant</translation>
    </message>
    <message>
        <source>劳动纪律和奖惩</source>
        <translation>Rules and discipline</translation>
    </message>
    <message>
        <source>工作规则、算法规则、劳动纪律和奖惩办法</source>
        <translation>Work rules, algorithm rules, discipline, rewards and penalties</translation>
    </message>
    <message>
        <source>不受约束</source>
        <translation>None</translation>
    </message>
    <message>
        <source>平台通用规则</source>
        <translation>Platform-wide rules</translation>
    </message>
    <message>
        <source>考勤、罚款、辞退等纪律</source>
        <translation>Attendance, fines, dismissal</translation>
    </message>
    <message>
        <source>工作持续性</source>
        <translation>Continuity</translation>
    </message>
    <message>
        <source>工作持续性（工作频次）</source>
        <translation>Continuity (frequency) of the work</translation>
    </message>
    <message>
        <source>偶尔</source>
        <translation>Occasional</translation>
    </message>
    <message>
        <source>经常</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>持续</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <source>交易价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>能否决定或改变交易价格</source>
        <translation>Can the worker set or change the price</translation>
    </message>
    <message>
        <source>劳动者定价</source>
        <translation>Worker sets it</translation>
    </message>
    <message>
        <source>可以协商</source>
        <translation>Negotiable</translation>
    </message>
    <message>
        <source>企业定价</source>
        <translation>Enterprise sets it</translation>
    </message>
    <message>
        <source>报酬结算</source>
        <translation>Remuneration</translation>
    </message>
    <message>
        <source>营业收入分成</source>
        <translation>Share of own takings</translation>
    </message>
    <message>
        <source>按单计酬</source>
        <translation>Piece rate</translation>
    </message>
    <message>
        <source>工资性报酬</source>
        <translation>Wage-like pay</translation>
    </message>
    <message>
        <source>劳动工具</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>自备</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>部分由企业提供</source>
        <translation>Partly provided</translation>
    </message>
    <message>
        <source>企业提供</source>
        <translation>Provided by the enterprise</translation>
    </message>
    <message>
        <source>工作场所</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <source>自由选择</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>指定区域</source>
        <translation>Assigned area</translation>
    </message>
    <message>
        <source>固定站点</source>
        <translation>Fixed station</translation>
    </message>
    <message>
        <source>多平台就业</source>
        <translation>Other platforms</translation>
    </message>
    <message>
        <source>是否限制多平台就业</source>
        <translation>Is work on other platforms restricted</translation>
    </message>
    <message>
        <source>不限制</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>不鼓励</source>
        <translation>Discouraged</translation>
    </message>
    <message>
        <source>禁止</source>
        <translation>Prohibited</translation>
    </message>
    <message>
        <source>业务组成部分</source>
        <translation>Part of the business</translation>
    </message>
    <message>
        <source>劳动是否属于企业业务组成部分</source>
        <translation>Is the work part of the enterprise’s business</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>亲自履行</source>
        <translation>Personal service</translation>
    </message>
    <message>
        <source>是否须亲自履行</source>
        <translation>Must the work be done personally</translation>
    </message>
    <message>
        <source>个体工商户登记</source>
        <translation>Individual business registration</translation>
    </message>
    <message>
        <source>是否应企业要求登记为个体工商户</source>
        <translation>Registered as an individual business at the enterprise’s request</translation>
    </message>
    <message>
        <source>符合确立劳动关系情形</source>
        <translation>Labour relationship</translation>
    </message>
    <message>
        <source>不完全符合确立劳动关系情形</source>
        <translation>Incomplete labour relationship</translation>
    </message>
    <message>
        <source>民事关系</source>
        <translation>Civil relationship</translation>
    </message>
    <message>
        <source>安排工作、管理劳动过程</source>
        <translation>Arranged and managed the work</translation>
    </message>
    <message>
        <source>支付报酬</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>实施奖惩</source>
        <translation>Disciplined</translation>
    </message>
    <message>
        <source>收取押金、保证金或其他费用</source>
        <translation>Deposits or fees taken</translation>
    </message>
    <message>
        <source>扣押身份证等证件</source>
        <translation>ID documents withheld</translation>
    </message>
    <message>
        <source>限制多平台就业</source>
        <translation>Work on other platforms banned</translation>
    </message>
    <message>
        <source>报酬低于最低工资标准</source>
        <translation>Pay below the minimum wage</translation>
    </message>
    <message>
        <source>连续工作超过4小时没有工间休息</source>
        <translation>No break after 4 hours of continuous work</translation>
    </message>
    <message>
        <source>诱导或强迫注册为个体工商户</source>
        <translation>Induced or forced individual business registration</translation>
    </message>
    <message>
        <source>已登记为个体工商户（须核实原因）</source>
        <translation>Registered as an individual business (check why)</translation>
    </message>
    <message>
        <source>个体工商户登记是企业要求的</source>
        <translation>The enterprise asked for the registration</translation>
    </message>
    <message>
        <source>劳动仲裁前置</source>
        <translation>Labour arbitration first</translation>
    </message>
    <message>
        <source>先行调解，不成的引导起诉</source>
        <translation>Mediation first; if it fails, guide to court</translation>
    </message>
    <message>
        <source>引导向人民法院起诉</source>
        <translation>Guide to the people&apos;s court</translation>
    </message>
    <message>
        <source>劳动者自主决定是否工作、何时工作、工作多长时间</source>
        <translation>The worker decides whether, when and how long to work</translation>
    </message>
    <message>
        <source>有高峰时段或最低接单量等要求，但劳动者有实际的选择余地</source>
        <translation>Peak-hour or minimum-order requirements, with real latitude for the worker</translation>
    </message>
    <message>
        <source>企业安排班次、规定在线时长或每日最低单量，请假须经批准</source>
        <translation>The enterprise sets shifts, required online hours or daily order minimums; leave needs approval</translation>
    </message>
    <message>
        <source>企业不管理劳动过程</source>
        <translation>The enterprise does not manage the work process</translation>
    </message>
    <message>
        <source>算法派单，劳动者可以拒单而不受处罚；有服务标准</source>
        <translation>Algorithmic dispatch the worker may refuse without sanction; service standards</translation>
    </message>
    <message>
        <source>强制派单、站点管理人员、早会、实时指令、定位监控</source>
        <translation>Forced dispatch, station managers, morning meetings, real-time instructions, location tracking</translation>
    </message>
    <message>
        <source>劳动者不受工作规则或奖惩约束</source>
        <translation>The worker is bound by no work rules or rewards and penalties</translation>
    </message>
    <message>
        <source>对平台所有用户普遍适用的服务规则和顾客评价扣分</source>
        <translation>General service rules and customer-rating deductions that apply to every user of the platform</translation>
    </message>
    <message>
        <source>考勤制度、罚款、拒单处罚、辞退</source>
        <translation>Attendance rules, fines, penalties for refusing orders, dismissal</translation>
    </message>
    <message>
        <source>偶尔工作</source>
        <translation>Works occasionally</translation>
    </message>
    <message>
        <source>每周工作几天</source>
        <translation>Works several days a week</translation>
    </message>
    <message>
        <source>数月以来全职式工作</source>
        <translation>Has worked full time for months</translation>
    </message>
    <message>
        <source>劳动者自己决定价格</source>
        <translation>The worker sets the price</translation>
    </message>
    <message>
        <source>价格可与客户协商</source>
        <translation>The price can be negotiated with the customer</translation>
    </message>
    <message>
        <source>价格由企业决定</source>
        <translation>The enterprise sets the price</translation>
    </message>
    <message>
        <source>劳动者从自己的营业收入中分成</source>
        <translation>The worker keeps a share of his own takings</translation>
    </message>
    <message>
        <source>按单计酬，由企业结算</source>
        <translation>Paid per order, settled by the enterprise</translation>
    </message>
    <message>
        <source>底薪、月薪、全勤奖</source>
        <translation>Base pay, monthly pay, attendance bonus</translation>
    </message>
    <message>
        <source>劳动工具由劳动者自备</source>
        <translation>The worker brings his own tools</translation>
    </message>
    <message>
        <source>劳动工具部分由企业提供</source>
        <translation>The enterprise provides some of the tools</translation>
    </message>
    <message>
        <source>劳动工具由企业提供</source>
        <translation>The enterprise provides the tools</translation>
    </message>
    <message>
        <source>劳动者自行选择工作地点</source>
        <translation>The worker chooses where to work</translation>
    </message>
    <message>
        <source>企业划定工作区域</source>
        <translation>The enterprise assigns a work area</translation>
    </message>
    <message>
        <source>在企业的固定站点工作</source>
        <translation>Works at the enterprise&apos;s fixed station</translation>
    </message>
    <message>
        <source>劳动者可以在多个平台工作</source>
        <translation>The worker may work on several platforms</translation>
    </message>
    <message>
        <source>企业不鼓励在其他平台工作</source>
        <translation>The enterprise discourages work on other platforms</translation>
    </message>
    <message>
        <source>企业禁止在其他平台工作</source>
        <translation>The enterprise forbids work on other platforms</translation>
    </message>
    <message>
        <source>劳动不属于企业业务的组成部分</source>
        <translation>The work is not part of the enterprise&apos;s business</translation>
    </message>
    <message>
        <source>劳动是企业业务的组成部分</source>
        <translation>The work is part of the enterprise&apos;s business</translation>
    </message>
    <message>
        <source>可以由他人代为完成</source>
        <translation>Someone else may do the work</translation>
    </message>
    <message>
        <source>须亲自完成</source>
        <translation>Must be done in person</translation>
    </message>
    <message>
        <source>未登记为个体工商户</source>
        <translation>Not registered as an individual business</translation>
    </message>
    <message>
        <source>劳动者应企业要求登记为个体工商户</source>
        <translation>Registered as an individual business at the enterprise&apos;s request</translation>
    </message>
    <message>
        <source>较高</source>
        <translation>high</translation>
    </message>
    <message>
        <source>中等</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>较低</source>
        <translation>low</translation>
    </message>
</context>
</TS>
