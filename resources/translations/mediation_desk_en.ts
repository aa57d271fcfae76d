<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
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
        <translation>Nanchang's average monthly wage of the previous year (yuan)</translation>
    </message>
    <message>
        <source>南昌市上年度职工月平均工资尚未核实，本程序不提供默认值：请按市统计部门公布的数额填写，用于劳动合同法第四十七条三倍封顶的判断。</source>
        <translation>Nanchang's average monthly wage is not verified, so there is no default: enter the figure published by the city's statistics office; it decides the three-times cap of Labour Contract Law art. 47.</translation>
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
        <source>显示完整证件号码和电话</source>
        <translation>Show full ID and phone numbers</translation>
    </message>
    <message>
        <source>案件详情</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>在列表中选择一个案件，这里显示当事人、请求事项、事实与办理经过。</source>
        <translation>Select a case in the list to see its parties, claims, facts and history here.</translation>
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
        <source>点击按此列排序</source>
        <translation>Click to sort by this column</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>搜索案号、申请人、被申请人、平台或案情</source>
        <translation>Search case number, applicant, respondent, platform or facts</translation>
    </message>
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
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
<message><source>概况</source><translation>Overview</translation></message><message><source>证据</source><translation>Evidence</translation></message></context>
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
        <source>计算过程：{w}</source>
        <translation>Working: {w}</translation>
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
        <source>双击一行打开案件。期限按法定节假日和调休安排计算；缺少某年节假日数据时标为“无法计算”。</source>
        <translation>Double-click a row to open the case. Deadlines follow the statutory holidays and make-up working days; where a year's holiday data is missing they show as “Cannot be computed”.</translation>
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
        <translation>e.g. screenshot of the delivery platform's order records</translation>
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
        <translation>What the evidence is to prove, e.g. the applicant worked to the station's shifts and attendance rules</translation>
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
        <translation>The other side's opinion on authenticity, legality and relevance</translation>
    </message>
    <message>
        <source>文件将加密保存在案件库的证据库中，并记录收到时的SHA-256哈希值；原文件不会被改动。</source>
        <translation>The file is stored encrypted in the case book's evidence vault, with the SHA-256 hash of the file as received; the original file is not changed.</translation>
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
        <translation>Encrypting and saving "{name}"…</translation>
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
        <translation>A decrypted copy (the original file, not encrypted) of {number} "{title}" will be written to:
{path}

The copy is no longer protected by the vault's encryption: keep it safe and delete it when it is no longer needed. This export is recorded in the audit log (who, when, where and SHA-256).</translation>
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
        <translation>Added {number} "{title}", SHA-256 {sha}.</translation>
    </message>
    <message>
        <source>已保存{number}“{title}”的修改。</source>
        <translation>Saved the changes to {number} "{title}".</translation>
    </message>
    <message>
        <source>已跳过 {n} 个文件夹或无法读取的项目；只能添加文件。</source>
        <translation>Skipped {n} folder(s) or unreadable item(s); only files can be added.</translation>
    </message>
    <message>
        <source>已把{number}“{title}”的解密副本导出到：{path}（已记入审计记录）。</source>
        <translation>Exported a decrypted copy of {number} "{title}" to {path} (recorded in the audit log).</translation>
    </message>
    <message>
        <source>导出证据</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>正在导出“{title}”……</source>
        <translation>Exporting "{title}"…</translation>
    </message>
    <message>
        <source>校验证据</source>
        <translation>Check evidence</translation>
    </message>
    <message>
        <source>正在校验“{title}”……</source>
        <translation>Checking "{title}"…</translation>
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
        <translation>Case {case}, {number} "{title}"</translation>
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
    <name>EvidencePreviewDialog</name>
    <message>
        <source>预览 — {number}“{title}”</source>
        <translation>Preview — {number} "{title}"</translation>
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

To view it, click "Export…" to write a decrypted copy to a place you choose and open it in another program; the export is recorded in the audit log.</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <source>新建案件库</source>
        <translation>New case book</translation>
    </message>
    <message>
        <source>这台电脑上还没有案件库。案件库将保存在：
{folder}</source>
        <translation>There is no case book on this computer yet. It will be kept in:
{folder}</translation>
    </message>
    <message>
        <source>请设定案件库口令。案件库中的全部案件、证据和文书都用它加密保护。口令无法找回：忘记口令又没有系统密钥环中的密钥时，任何人（包括技术支持）都无法打开案件库。请把口令抄写下来，锁在安全的地方。</source>
        <translation>Choose the case book's passphrase. Every case, piece of evidence and document in the book is encrypted with it. The passphrase cannot be recovered: if it is forgotten and the key in the system keyring is lost, nobody (support staff included) can open the book. Write it down and lock it away safely.</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>至少{n}个字符</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>显示口令</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>创建案件库</source>
        <translation>Create case book</translation>
    </message>
    <message>
        <source>口令至少需要{n}个字符</source>
        <translation>The passphrase needs at least {n} characters</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>正在创建加密案件库……</source>
        <translation>Creating the encrypted case book…</translation>
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
        <translation>The first row holds the column names: 姓名, 身份证号码, 手机号码, 代表 (是/否), and one column per claim (named after the claim, e.g. “拖欠劳动报酬”) with each worker's amount.</translation>
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
        <translation>Platform name, e.g. 速达外卖</translation>
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
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>查看期限</source>
        <translation>Show deadlines</translation>
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
    <name>OrganisationInputs</name>
    <message>
        <source>机构全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>如：南昌市劳动人事争议仲裁委员会</source>
        <translation>e.g. 南昌市劳动人事争议仲裁委员会</translation>
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
        <source>如：{example}（案号为 {example}〔2026〕第12号）</source>
        <translation>e.g. {example} (case numbers like {example}〔2026〕第12号)</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>只有管理员可以修改机构信息。</source>
        <translation>Only an administrator can change the organisation's details.</translation>
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
        <source>机构名称和文书字号前缀用于案号和文书，如“洪劳人仲案字〔2026〕第12号”。</source>
        <translation>The name and the document number prefix appear in case numbers and documents, e.g. “洪劳人仲案字〔2026〕第12号”.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
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
        <translation>Full name, e.g. 江西速达同城网络科技有限公司</translation>
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
        <translation>Only an administrator can add users, change roles, disable accounts or reset other users' passwords.</translation>
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
    <name>_Row</name>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>本机没有可用的系统密钥环，所以每次打开案件库都需要输入口令。案件库仍然全部加密保存。</source>
        <translation>This computer has no usable system keyring, so the passphrase is needed every time the case book is opened. The case book is still fully encrypted.</translation>
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
        <source>收案</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>Status change</translation>
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
</context>
<context>
    <name>tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
