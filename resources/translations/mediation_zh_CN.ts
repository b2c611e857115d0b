<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <source>Add an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>A scan or photo kept with the case: PDF, JPEG or PNG, at most 30 MB.</source>
        <translation>随案保存的扫描件或照片：PDF、JPEG 或 PNG 格式，不超过 30 MB。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>As its kind suggests</source>
        <translation>按类别默认</translation>
    </message>
    <message>
        <source>Case file item</source>
        <translation>卷内目录项</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>请选择要添加的文件。</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Why proposed</source>
        <translation>提请事由</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>列入</translation>
    </message>
    <message>
        <source>Agenda topic</source>
        <translation>议题说明</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <source>Case number to add</source>
        <translation>输入要添加的案号</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>添加案件</translation>
    </message>
    <message>
        <source>Decisions are recorded for this case: it stays on the agenda.</source>
        <translation>本案已记录会议决定，不能移出议程。</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>会议增列</translation>
    </message>
    <message>
        <source>%1 cases: difficult, put forward since the last meeting, red, orange or overdue. Tick the ones to discuss (Space), reorder with Alt+↑/↓, add others by case number.</source>
        <translation>共%1件：疑难、上次会议后提请、红色或橙色预警、超期未结的案件。勾选要研判的案件（空格键），用 Alt+↑/↓ 调整顺序，其他案件可按案号添加。</translation>
    </message>
    <message>
        <source> The %1 least urgent are not listed.</source>
        <translation>另有%1件较不紧急的未列出。</translation>
    </message>
</context>
<context>
    <name>AgreementEditorDialog</name>
    <message>
        <source>Edit the mediation agreement</source>
        <translation>编辑调解协议</translation>
    </message>
    <message>
        <source>Each party&apos;s particulars come from the case registration; correct them there.</source>
        <translation>当事人基本情况取自案件登记信息，如需更正请在案件登记中修改。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷主要事实</translation>
    </message>
    <message>
        <source>Matters in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>各方责任</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <source>Performance manner</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Place of performance</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Deadline for performance</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Total amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>协议份数</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>No personal-status matter</source>
        <translation>不涉及身份关系</translation>
    </message>
    <message>
        <source>Settles a personal-status matter (marriage, adoption…)</source>
        <translation>涉及婚姻、收养等身份关系</translation>
    </message>
    <message>
        <source>Personal status</source>
        <translation>身份关系</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Saves the agreement as it is, even incomplete (Ctrl+S)</source>
        <translation>按当前内容保存协议草稿，内容不全也可保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save and preview the agreement</source>
        <translation>保存并预览协议书</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Default: the payment terms&apos; sum, %1 yuan</source>
        <translation>默认为给付条款合计：%1元</translation>
    </message>
    <message>
        <source>Complete: the agreement can be previewed and printed.</source>
        <translation>协议内容齐全，可以预览并打印协议书。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing (shown in red under the fields).</source>
        <translation>
            <numerusform>还缺 %n 项（见各栏下方红字）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The agreement is not complete yet; see what is missing.</source>
        <translation>协议内容尚不齐全，请按提示补全。</translation>
    </message>
    <message>
        <source>An amount is not a number; correct it first.</source>
        <translation>有金额不是有效数字，请先更正。</translation>
    </message>
</context>
<context>
    <name>AgreementViewDialog</name>
    <message>
        <source>Mediation agreement</source>
        <translation>人民调解协议</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Oral agreement</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>not yet signed</source>
        <translation>尚未签字生效</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷主要事实</translation>
    </message>
    <message>
        <source>Matters in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>各方责任</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>Deadline for performance</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Total amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议条款</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your saved data are safe; the last action may not have been completed.</source>
        <translation>程序出现意外错误。已保存的数据不受影响，但刚才的操作可能没有完成。

请将下方的详细信息报告给技术支持人员。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>The operation could not be completed</source>
        <translation>操作未能完成</translation>
    </message>
</context>
<context>
    <name>ApplyJudicialDialog</name>
    <message>
        <source>Apply for judicial confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>申请期限</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>e.g. 某区人民法院</source>
        <translation>如：某区人民法院</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>The agreement settles a personal-status matter (marriage, adoption…)</source>
        <translation>本协议涉及婚姻、收养等身份关系</translation>
    </message>
    <message>
        <source>Print the application afterwards</source>
        <translation>保存后打印司法确认申请书</translation>
    </message>
    <message>
        <source>Personal status</source>
        <translation>身份关系</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n day(s) left</source>
        <translation>
            <numerusform>可申请：还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: today is the last day</source>
        <translation>可申请：今天是最后一天</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>Closed: the 30 days ended on %1</source>
        <translation>申请期限已过（30 日期满于 %1）</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive the case file</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Checking the case file…</source>
        <translation>正在检查卷宗材料…</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Building binds every paper and attachment into one PDF and archives the case.</source>
        <translation>生成卷宗会把全部文书和附件装订为一个 PDF，并将案件归档。</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30年</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10年</translation>
    </message>
    <message>
        <source>Build the case file</source>
        <translation>生成卷宗</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message numerus="yes">
        <source>The case file lacks %n item(s); add them before archiving:</source>
        <translation>
            <numerusform>卷宗还缺 %n 项材料，补齐后才能归档：</numerusform>
        </translation>
    </message>
    <message>
        <source>The case file is complete and can be built.</source>
        <translation>卷宗材料齐全，可以生成卷宗。</translation>
    </message>
    <message>
        <source>Building the case file…</source>
        <translation>正在生成卷宗…</translation>
    </message>
    <message>
        <source>Built: %1 pages. The case is archived.</source>
        <translation>卷宗已生成，共 %1 页，案件已归档。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>保存卷宗</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>AttachmentViewDialog</name>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>用系统程序打开</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Scans and photos kept with the case (PDF, JPEG, PNG). Drop files here to add.</source>
        <translation>随案保存的扫描件和照片（PDF、JPEG、PNG）。可把文件拖到这里添加。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Mark as signed original…</source>
        <translation>标记为已签字原件…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Signed original of</source>
        <translation>签字原件对应文书</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Office</source>
        <translation>本室信息</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Outside body</source>
        <translation>分流单位</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>条款库</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Party in the case</source>
        <translation>案件当事人</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Invited participant</source>
        <translation>邀请参与人</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>分流/委托</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>调解（调查）记录</translation>
    </message>
    <message>
        <source>Party statement</source>
        <translation>当事人陈述</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Agreement term</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行记录</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>联席会议议题</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Issued paper</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <source>Paper number prefix</source>
        <translation>文书字号</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Added in bulk</source>
        <translation>批量新增</translation>
    </message>
    <message>
        <source>Existing records counted</source>
        <translation>既有记录登记</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Diverted</source>
        <translation>分流</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>安排调解</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Mediation ended</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Follow-up visit recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Performance recorded</source>
        <translation>登记履行</translation>
    </message>
    <message>
        <source>Agreement took effect</source>
        <translation>协议生效</translation>
    </message>
    <message>
        <source>Paper printed</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Archived case changed by an administrator</source>
        <translation>管理员修改已归档案件</translation>
    </message>
    <message>
        <source>Case file rebuilt</source>
        <translation>重新生成卷宗</translation>
    </message>
    <message>
        <source>Mediators set</source>
        <translation>设定调解员</translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Oral agreement recorded</source>
        <translation>登记口头协议</translation>
    </message>
    <message>
        <source>Joint meeting decision</source>
        <translation>联席会议决定事项</translation>
    </message>
    <message>
        <source>Signed original attached</source>
        <translation>附上签字原件</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Personal data shown</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>Demo cases generated</source>
        <translation>生成演示案件</translation>
    </message>
    <message>
        <source>Ledger imported</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>分流去向</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Matters in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <source>Manner of performance</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Place of performance</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <source>Performance deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>举行时间</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>安排时间</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收案时间</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>给付条款</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主调解员</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Visited person</source>
        <translation>被回访人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Risk grounds</source>
        <translation>风险依据</translation>
    </message>
    <message>
        <source>Suggested risk colour</source>
        <translation>建议风险等级</translation>
    </message>
    <message>
        <source>May escalate</source>
        <translation>可能激化</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Rights and duties explained</source>
        <translation>已告知权利义务</translation>
    </message>
    <message>
        <source>Mediator&apos;s work</source>
        <translation>调解员工作</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限类型</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>决定说明</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止理由</translation>
    </message>
    <message>
        <source>Other routes told</source>
        <translation>告知的其他途径</translation>
    </message>
    <message>
        <source>Difficult case</source>
        <translation>疑难案件</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>履行日期</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论情况</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Number (year)</source>
        <translation>编号年份</translation>
    </message>
    <message>
        <source>Number (sequence)</source>
        <translation>编号顺序号</translation>
    </message>
    <message>
        <source>Signed original</source>
        <translation>签字原件</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>有权处理机关</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>承接单位</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Went to court or arbitration later</source>
        <translation>是否另行起诉或申请仲裁</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation>文书内容</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>文书版式</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Kept from turning criminal</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <source>Mass petition prevented</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>列入议程的原因</translation>
    </message>
    <message>
        <source>Visited person&apos;s phone</source>
        <translation>被回访人电话</translation>
    </message>
    <message>
        <source>Why the risk colour differs</source>
        <translation>风险颜色调整理由</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <source>Confirmation returned</source>
        <translation>确认书退回时间</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Other change ({code})</source>
        <translation>其他操作（{code}）</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Change history (audit trail)</source>
        <translation>修改记录（审计记录）</translation>
    </message>
    <message>
        <source>Every change is recorded with who made it, when, and the values before and after. Enter a case&apos;s number to see its history.</source>
        <translation>每一次修改都记录了操作人、时间以及修改前后的内容。输入案号即可查看该案的修改记录。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>e.g. （2026）某街联调字第0001号</source>
        <translation>例如：（2026）某街联调字第0001号</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>查看记录</translation>
    </message>
</context>
<context>
    <name>AuditHistory</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>(not numbered yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <source>Change history — %1</source>
        <translation>修改记录 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded for case %1, newest first.</source>
        <translation>
            <numerusform>案件 %1 共有 %n 条修改记录，最新的在最上面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy (Ctrl+C)</source>
        <translation>复制（Ctrl+C）</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>The database, attachments included, is copied at every start, at exit and once a day. The last 7 days, 4 weeks and 12 months are kept; backups made here are never deleted. A folder on a second disk or a USB stick keeps them safe if this disk fails.</source>
        <translation>每次启动、退出时以及每天一次，程序会自动备份数据库（含全部附件）。保留最近 7 天、4 周和 12 个月的备份；在此手动备份的文件永不自动删除。将备份文件夹设在另一块硬盘或 U 盘上，本机硬盘损坏时备份仍然安全。</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>该文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>Only an administrator can back up, restore or choose the folder.</source>
        <translation>只有管理员可以备份、恢复或更改备份文件夹。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the folder backups are written to</source>
        <translation>选择备份保存的文件夹</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Choose pg_dump…</source>
        <translation>选择 pg_dump……</translation>
    </message>
    <message>
        <source>Choose the pg_dump program of the PostgreSQL client on this PC</source>
        <translation>选择本机 PostgreSQL 客户端中的 pg_dump 程序</translation>
    </message>
    <message>
        <source>The database is on a server (%1): the server&apos;s own backups apply. This PC has no pg_dump; install the PostgreSQL client or choose its pg_dump program to keep copies in this folder too.</source>
        <translation>数据库在服务器上（%1），由数据库服务器的备份负责。本机没有 pg_dump；如需在此文件夹中另存备份，请安装 PostgreSQL 客户端或选择其中的 pg_dump 程序。</translation>
    </message>
    <message>
        <source>The database is on a server (%1). Once a day and with “Back up now”, pg_dump (%2) saves a copy into this folder; the last 7 days, 4 weeks and 12 months are kept. It is restored on the server by its administrator, with pg_restore.</source>
        <translation>数据库在服务器上（%1）。每天一次以及点击“立即备份”时，由 pg_dump（%2）将备份保存到此文件夹，保留最近 7 天、4 周和 12 个月的备份。恢复由服务器管理员在服务器上用 pg_restore 进行。</translation>
    </message>
    <message>
        <source>A database every desk shares is restored on the server by its administrator (pg_restore).</source>
        <translation>各台电脑共用的数据库由服务器管理员在服务器上恢复（pg_restore）。</translation>
    </message>
    <message>
        <source>Choose pg_dump</source>
        <translation>选择 pg_dump</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2），校验通过。</translation>
    </message>
    <message>
        <source>The backup was written but failed its check: the database itself may be damaged.</source>
        <translation>备份已写入，但校验未通过：数据库本身可能已损坏。请联系管理员检查数据库。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>未恢复备份</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>已从备份 %1 恢复数据库。</translation>
    </message>
    <message>
        <source>The database as it was before is kept at %1.</source>
        <translation>恢复前的数据库已另存为：%1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复完成</translation>
    </message>
</context>
<context>
    <name>BodiesDialog</name>
    <message>
        <source>Directory of outside bodies</source>
        <translation>承接单位名录</translation>
    </message>
    <message>
        <source>Cases diverted out of the room go to a body chosen from this directory. A body no longer used is made inactive: it is not offered any more, and earlier referrals keep its name.</source>
        <translation>分流到室外的案件，从本名录中选择承接单位。不再合作的单位请停用：停用后不再供选择，已有的分流记录仍保留其名称。</translation>
    </message>
    <message>
        <source>e.g. 青山区劳动人事争议仲裁委员会</source>
        <translation>如：青山区劳动人事争议仲裁委员会</translation>
    </message>
    <message>
        <source>e.g. 010-88886666</source>
        <translation>如：010-88886666</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New body (Ctrl+N)</source>
        <translation>新增单位（Ctrl+N）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>%1 is now inactive.</source>
        <translation>已停用：%1。</translation>
    </message>
</context>
<context>
    <name>BodyCombo</name>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <source>Not available yet</source>
        <translation>尚未提供</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>Case</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>移交单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>e.g. 2026-11-02 14:30</source>
        <translation>如 2026-11-02 14:30</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>in yuan, e.g. 1200.50</source>
        <translation>单位：元，如 1200.50</translation>
    </message>
    <message>
        <source>Channel *</source>
        <translation>来源渠道 *</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>移交单位/人</translation>
    </message>
    <message>
        <source>Received *</source>
        <translation>登记时间 *</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <source>Dispute type *</source>
        <translation>纠纷类型 *</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Community / grid</source>
        <translation>社区/网格</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Please choose the dispute type.</source>
        <translation>请选择纠纷类型。</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>CaseFormsDialog</name>
    <message>
        <source>Not yet: the case has no %1</source>
        <translation>暂不能出具：尚无%1</translation>
    </message>
    <message>
        <source>One copy for each party, or for one party</source>
        <translation>可每位当事人各出一份，或只出某一位当事人的</translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation>可以出具</translation>
    </message>
    <message>
        <source>Papers — %1</source>
        <translation>文书 — %1</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>可出具的文书</translation>
    </message>
    <message>
        <source>Issued papers</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <source>Choose a form and preview it (Enter or double-click). The paper is numbered and registered when it is printed or saved from the preview.</source>
        <translation>选择文书后预览（回车或双击）。在预览中打印或保存时，文书才编号并登记为已出具。</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>This form is not per party</source>
        <translation>本文书不分当事人</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Every paper printed or saved for this case. Reprinting gives the original, identical to the byte, with its own number: nothing is issued again.</source>
        <translation>本案已打印或保存过的全部文书。重新打印原件得到与出具时完全相同的文件，沿用原编号，不会再次出具。</translation>
    </message>
    <message>
        <source>Reprint the original…</source>
        <translation>重新打印原件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Issued papers (%1)</source>
        <translation>已出具文书（%1）</translation>
    </message>
    <message>
        <source>All parties (one copy each)</source>
        <translation>全部当事人（每人一份）</translation>
    </message>
    <message>
        <source>A preview is still printing or saving; close it when it has finished.</source>
        <translation>有预览窗口正在打印或保存，请完成后再关闭。</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Difficult</source>
        <translation>疑难</translation>
    </message>
    <message>
        <source>For the joint meeting</source>
        <translation>已提请联席会议</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>调处途径</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <source>%1 · file %2</source>
        <translation>%1 · 卷号 %2</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>No time limit runs (not accepted for mediation here)</source>
        <translation>不计期限（未在本室受理调解）</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) after the deadline (due %1)</source>
        <translation>
            <numerusform>超期 %n 天办结（%1 到期）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended within the time limit (due %1)</source>
        <translation>期限内办结（%1 到期）</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>已超期 %n 天（%1 到期）</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>今天到期（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left (due %1)</source>
        <translation>
            <numerusform>还剩 %n 天（%1 到期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %n day(s) left to apply (until %1)</source>
        <translation>
            <numerusform>可申请，还剩 %n 天（至 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed: the 30 days ended on %1</source>
        <translation>申请期限已过（30 日期满于 %1）</translation>
    </message>
</context>
<context>
    <name>CaseMeetingDialog</name>
    <message>
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Difficult case: review it at the joint meeting</source>
        <translation>疑难案件：提交联席会议研判</translation>
    </message>
    <message>
        <source>Put forward for the next joint meeting</source>
        <translation>提请下次联席会议研判</translation>
    </message>
    <message>
        <source>Why the meeting should discuss it (printed on the agenda)</source>
        <translation>为何需要联席会议研判（印在议程上）</translation>
    </message>
    <message>
        <source>Reason for the meeting</source>
        <translation>提请理由</translation>
    </message>
    <message>
        <source>Put forward on %1.</source>
        <translation>提请时间：%1。</translation>
    </message>
</context>
<context>
    <name>CasePeopleView</name>
    <message>
        <source>Remove participant</source>
        <translation>移除参与人员</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>确定移除 %1？</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Edit mediators…</source>
        <translation>编辑调解人员…</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>邀请参与人员</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Discard what you have typed?</source>
        <translation>放弃已填写的内容吗？</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>这些内容尚未保存。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>CaseTimelineView</name>
    <message>
        <source>Newest first. Press Enter or double-click an entry to open it.</source>
        <translation>最新的在前。回车或双击打开该条记录。</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解人员</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Papers…</source>
        <translation>文书…</translation>
    </message>
    <message>
        <source>The case&apos;s forms and issued papers (Ctrl+P)</source>
        <translation>本案可出具的文书和已出具文书（Ctrl+P）</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Who changed what in this case, and when (Ctrl+H)</source>
        <translation>谁在何时修改了本案的哪些内容（Ctrl+H）</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>案件 %1 — %2</translation>
    </message>
    <message>
        <source>Archived (read-only) — file number %1</source>
        <translation>已归档（只读）— 卷号 %1</translation>
    </message>
    <message>
        <source>Archived (read-only)</source>
        <translation>已归档（只读）</translation>
    </message>
    <message>
        <source>There is nothing more to show for this entry yet.</source>
        <translation>这条记录暂无更多可查看的内容。</translation>
    </message>
    <message>
        <source>Save or cancel the open dialog before closing the case window.</source>
        <translation>请先保存或取消打开的对话框，再关闭案件窗口。</translation>
    </message>
</context>
<context>
    <name>ClauseLibraryDialog</name>
    <message>
        <source>Clause library</source>
        <translation>条款库</translation>
    </message>
    <message>
        <source>Standard terms a mediator picks for an agreement and then edits, per dispute type.</source>
        <translation>按纠纷类型维护的常用协议条款，调解员编辑协议时选用后再修改。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>All dispute types</source>
        <translation>全部纠纷类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>给付</translation>
    </message>
    <message>
        <source>Every dispute type</source>
        <translation>通用（各类纠纷）</translation>
    </message>
    <message>
        <source>A payment term (amount and due date filled in the agreement)</source>
        <translation>给付条款（金额和期限在协议中填写）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>新建条款</translation>
    </message>
    <message>
        <source>Save clause</source>
        <translation>保存条款</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Clause “%1” saved.</source>
        <translation>条款“%1”已保存。</translation>
    </message>
    <message>
        <source>Delete the clause “%1”? Agreements keep the text they took from it.</source>
        <translation>删除条款“%1”？已使用该条款的协议保留原文字。</translation>
    </message>
    <message>
        <source>Delete clause</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>Clause deleted.</source>
        <translation>条款已删除。</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closing ends the work on this case: no more sessions, performance records or visits are expected. The case then waits to be archived as a case file. The clock keeps the day the outcome was reached.</source>
        <translation>结案即本案的工作结束：不再安排调解、登记履行或回访。结案后等待整理归档为卷宗。办理期限仍以调解结束之日计算。</translation>
    </message>
    <message>
        <source>Close this case now?</source>
        <translation>现在结案吗？</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Referral feedback overdue</source>
        <translation>分流反馈逾期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant ID (masked)</source>
        <translation>申请人身份证号（掩码）</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>办理途径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>议题数</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Not yet done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Can it be printed now?</source>
        <translation>能否出具</translation>
    </message>
    <message>
        <source>Paper number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Inside the room: %1</source>
        <translation>室内：%1</translation>
    </message>
    <message>
        <source>Diverted on %1</source>
        <translation>%1 分流</translation>
    </message>
    <message>
        <source>Diverted to</source>
        <translation>承接单位</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Confirmation returned</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解人员</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与案件关系</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>(not routed)</source>
        <translation>（未分流）</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1 (reported %2)</source>
        <translation>%1（上报 %2）</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <source>Court-confirmed</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Criminal prevented (cases/people)</source>
        <translation>防止民转刑（件/人）</translation>
    </message>
    <message>
        <source>Petitions prevented (cases/people)</source>
        <translation>防止群体性上访（件/人）</translation>
    </message>
    <message>
        <source>Community/street</source>
        <translation>社区/街道化解</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Record the returned confirmation</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>回执日期</translation>
    </message>
    <message>
        <source>e.g. the body&apos;s contact person, or both parties</source>
        <translation>如：承接单位联系人，或双方当事人</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
</context>
<context>
    <name>CourtDecisionDialog</name>
    <message>
        <source>Record the court&apos;s decision</source>
        <translation>记录法院裁定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定结果</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>裁定日期</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Sessions today and this week</source>
        <translation>今日及本周调解</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Time limits ending within 3 days</source>
        <translation>3日内到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>已逾期案件</translation>
    </message>
    <message>
        <source>Red and orange cases</source>
        <translation>红橙预警案件</translation>
    </message>
    <message>
        <source>Referral feedback due</source>
        <translation>分流待反馈</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>分流至</translation>
    </message>
    <message>
        <source>Judicial confirmation closing within 7 days</source>
        <translation>司法确认7日内截止</translation>
    </message>
    <message>
        <source>Last day to apply</source>
        <translation>申请截止日</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Performance to follow up</source>
        <translation>履行待回访</translation>
    </message>
    <message>
        <source>Performance deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Joint meeting decisions due</source>
        <translation>联席会议决定待落实</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>会议决定</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Month: received</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Month: accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Month: settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Open cases by risk colour</source>
        <translation>在办案件风险等级</translation>
    </message>
    <message>
        <source>Latest registrations</source>
        <translation>最近登记的案件</translation>
    </message>
    <message>
        <source>Nothing here needs attention.</source>
        <translation>此项暂无需要处理的事项。</translation>
    </message>
    <message>
        <source>Open case (Ctrl+O)</source>
        <translation>打开案件（Ctrl+O）</translation>
    </message>
    <message>
        <source>Enter or double-click opens the item.</source>
        <translation>按回车或双击打开。</translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation>上月 %1</translation>
    </message>
    <message>
        <source>and %1 more: the ledger lists them all</source>
        <translation>另有%1项未显示，可在案件台账中查看全部</translation>
    </message>
    <message>
        <source>No cases yet. Register the first one under Intake (Ctrl+2).</source>
        <translation>尚无案件。请在“受理登记”（Ctrl+2）中登记第一件纠纷。</translation>
    </message>
    <message>
        <source>Cases in total</source>
        <translation>案件总数</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>今日受理</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Each desk PC keeps its data in its own database file, or several desks share one PostgreSQL database server. The choice applies from the next start of the program.</source>
        <translation>每台电脑可以把数据保存在本机的数据库文件中，也可以多台电脑共用一台 PostgreSQL 数据库服务器。更改在程序下次启动时生效。</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <source>This PC&apos;s database (a file)</source>
        <translation>本机数据库（数据库文件）</translation>
    </message>
    <message>
        <source>A database server (PostgreSQL), shared by several desks</source>
        <translation>数据库服务器（PostgreSQL，多台电脑共用）</translation>
    </message>
    <message>
        <source>Only an administrator can change the database.</source>
        <translation>只有管理员可以更改数据库。</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or db-server</source>
        <translation>如 192.168.1.10 或 db-server</translation>
    </message>
    <message>
        <source>Use this PC&apos;s PGPASSWORD or .pgpass file (no password kept here)</source>
        <translation>使用本机的 PGPASSWORD 或 .pgpass 文件（此处不保存密码）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Set up this database</source>
        <translation>初始化此数据库</translation>
    </message>
    <message>
        <source>Create this program&apos;s tables in the empty database on the server</source>
        <translation>在服务器上的空数据库中建立本程序的数据表</translation>
    </message>
    <message>
        <source>Save for the next start</source>
        <translation>保存（下次启动生效）</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1……</translation>
    </message>
    <message>
        <source>Connected. The database is empty: set it up for this program with “Set up this database”, or choose another database.</source>
        <translation>连接成功。该数据库是空的：可点击“初始化此数据库”供本程序使用，或换一个数据库。</translation>
    </message>
    <message>
        <source>Connected. The database is this program&apos;s and holds %1 cases.</source>
        <translation>连接成功。该数据库是本程序的数据库，共有 %1 件案件。</translation>
    </message>
    <message>
        <source>Setting up the database on the server…</source>
        <translation>正在服务器上初始化数据库……</translation>
    </message>
    <message>
        <source>Saved. The program uses %1 from its next start: close it and start it again.</source>
        <translation>已保存。程序下次启动时使用 %1：请关闭程序后重新启动。</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>The case stays registered without a decision; it is in the ledger.</source>
        <translation>案件保持“已登记”状态，可在案件台账中查到，稍后再作决定。</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>确定（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>The case gets its number now and is mediated by the people&apos;s mediation committee, normally within one month (longer only with both parties&apos; consent). To accept it on another route (police, court, labour, legal aid), choose “Divert”.</source>
        <translation>受理后立即编发案号，由人民调解委员会调解，一般在一个月内调结（经双方同意方可延长）。如需按其他途径（治安调解、司法调解、劳动争议调解、法律援助）办理，请选择“分流”。</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Grounds *</source>
        <translation>理由 *</translation>
    </message>
    <message>
        <source>Explanation (required for “other”)</source>
        <translation>说明（选择“其他”时必填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>有权处理的机关</translation>
    </message>
    <message>
        <source>Divert</source>
        <translation>分流</translation>
    </message>
    <message>
        <source>Inside the room</source>
        <translation>室内分流（五位一体）</translation>
    </message>
    <message>
        <source>To an outside body</source>
        <translation>分流至外单位</translation>
    </message>
    <message>
        <source>— choose a body —</source>
        <translation>— 请选择单位 —</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Why this route or body</source>
        <translation>分流的理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>分流理由</translation>
    </message>
    <message>
        <source>The directory of bodies is empty: add bodies in the settings.</source>
        <translation>承接单位名录为空，请先在设置中添加单位。</translation>
    </message>
    <message>
        <source>Time limit from acceptance: %1</source>
        <translation>受理后办理时限：%1</translation>
    </message>
    <message>
        <source>Registered: %1. Decide whether to accept it.</source>
        <translation>已登记：%1。请作出受理决定。</translation>
    </message>
    <message>
        <source>Please tick at least one ground for not accepting.</source>
        <translation>请至少勾选一项不予受理的理由。</translation>
    </message>
    <message>
        <source>Please write the ground in the note.</source>
        <translation>请在说明中写明理由。</translation>
    </message>
    <message>
        <source>Please choose the body to divert to.</source>
        <translation>请选择承接单位。</translation>
    </message>
</context>
<context>
    <name>DecisionResult</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Papers to print (numbered and registered when printed or saved):</source>
        <translation>需出具的文书（在预览中打印或保存时编号并登记）：</translation>
    </message>
    <message>
        <source>When the body returns its confirmation of entrusted mediation (委托调解确认书) or receipt and its feedback, record them in the referral register; a late feedback shows on the dashboard.</source>
        <translation>承接单位退回委托调解确认书/回执及反馈后，请在“分流登记”中登记；反馈逾期的将显示在工作台。</translation>
    </message>
    <message>
        <source>Every form of this case, and the papers issued for it</source>
        <translation>本案可出具的全部文书，以及已出具的文书</translation>
    </message>
    <message>
        <source>Next intake (Ctrl+N)</source>
        <translation>登记下一件（Ctrl+N）</translation>
    </message>
    <message>
        <source>(none: the case was not accepted)</source>
        <translation>（无：案件未受理）</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>已受理：%1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>不予受理：%1</translation>
    </message>
    <message>
        <source>Accepted on the route %1: %2</source>
        <translation>已受理，分流至%1：%2</translation>
    </message>
    <message>
        <source>Diverted to %1: %2</source>
        <translation>已分流至%1：%2</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1（还有 %2 天）</translation>
    </message>
    <message>
        <source>All papers…</source>
        <translation>全部文书…</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unfinished intakes</source>
        <translation>未完成的登记</translation>
    </message>
    <message>
        <source>These intakes were typed but not saved. Go on with one (Enter), discard it (Delete), or start a new intake (Esc).</source>
        <translation>以下登记已填写但尚未保存。可继续填写（回车）、删除（Delete），或开始新的登记（Esc）。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Go on with this one</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>(nothing but the case details)</source>
        <translation>（仅填写了案件信息）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Say why the case should go to the joint meeting (the reason is printed on the agenda).</source>
        <translation>请填写提请联席会议的理由（理由将印在议程上）。</translation>
    </message>
    <message>
        <source>The reason is too long: at most {limit} characters.</source>
        <translation>理由过长：最多{limit}个字。</translation>
    </message>
    <message>
        <source>Enter the case number of the case to add.</source>
        <translation>请输入要添加案件的案号。</translation>
    </message>
    <message>
        <source>There is no case numbered {case}. Check the number.</source>
        <translation>没有案号为{case}的案件，请核对案号。</translation>
    </message>
    <message>
        <source>Enter where the meeting is held.</source>
        <translation>请填写会议地点。</translation>
    </message>
    <message>
        <source>Enter who chairs the meeting.</source>
        <translation>请填写会议主持人。</translation>
    </message>
    <message>
        <source>A case is on the agenda twice; keep it once.</source>
        <translation>同一案件在议程中出现了两次，请只保留一次。</translation>
    </message>
    <message>
        <source>This joint meeting no longer exists. Refresh the list.</source>
        <translation>该联席会议已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>A case with decisions recorded cannot be taken off the agenda. Remove its decisions in the minutes first.</source>
        <translation>已记录会议决定的案件不能移出议程。请先在纪要中删除其决定。</translation>
    </message>
    <message>
        <source>Each decision needs who carries it out (unit and person).</source>
        <translation>每项决定都要写明责任单位及责任人。</translation>
    </message>
    <message>
        <source>Each decision needs a date by which it is to be done.</source>
        <translation>每项决定都要写明完成时限。</translation>
    </message>
    <message>
        <source>The due date is before the meeting ({held}). Choose a later date.</source>
        <translation>完成时限早于会议日期（{held}），请选择更晚的日期。</translation>
    </message>
    <message>
        <source>This case is not on the meeting&apos;s agenda.</source>
        <translation>该案件不在本次会议议程中。</translation>
    </message>
    <message>
        <source>A decision already marked done cannot be removed; it stays in the minutes.</source>
        <translation>已标记完成的决定不能删除，将保留在纪要中。</translation>
    </message>
    <message>
        <source>The day it was done cannot be later than today.</source>
        <translation>完成日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day it was done cannot be before the meeting ({held}).</source>
        <translation>完成日期不能早于会议日期（{held}）。</translation>
    </message>
    <message>
        <source>This decision no longer exists. Refresh the meeting.</source>
        <translation>该决定已不存在，请刷新会议。</translation>
    </message>
    <message>
        <source>Only a decision can be marked done.</source>
        <translation>只有会议决定才能标记完成。</translation>
    </message>
    <message>
        <source>Your account can only read: it cannot change anything.</source>
        <translation>当前账户只能查阅，不能修改任何内容。</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>只有管理员可以进行此操作。</translation>
    </message>
    <message>
        <source>The user name or password is wrong. After {left} more wrong tries the account is locked for 15 minutes.</source>
        <translation>用户名或密码不正确。再错 {left} 次，账户将被锁定 15 分钟。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until {until}. Try again then, or ask an administrator to unlock it.</source>
        <translation>密码错误次数过多，账户已锁定至 {until}。请届时再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>A value of the wrong kind was given (for example text where a number or date belongs). Check it.</source>
        <translation>输入的内容类型不对（例如该填数字或日期处填了文字），请检查。</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>内容过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The text holds a character that cannot be printed ({char}), such as a control or text-direction mark pasted from another program. Remove it and try again.</source>
        <translation>内容中含有无法打印的字符（{char}，如从其他程序粘贴带入的控制符或文字方向标记），请删除后重试。</translation>
    </message>
    <message>
        <source>A number here cannot be negative.</source>
        <translation>此处的数字不能为负数。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数字过大。</translation>
    </message>
    <message>
        <source>The date must fall between the years {first} and {last}.</source>
        <translation>日期须在 {first} 年至 {last} 年之间。</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>The password is too long: at most {max} characters.</source>
        <translation>密码过长：最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The user name needs 1 to {max} characters, without spaces.</source>
        <translation>用户名须为 1 至 {max} 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>The user name {username} is taken. Choose another.</source>
        <translation>用户名 {username} 已被使用，请换一个。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most {max} characters).</source>
        <translation>请填写姓名（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in with that account.</source>
        <translation>该数据库已有管理员，请用该账户登录。</translation>
    </message>
    <message>
        <source>This account no longer exists. Refresh the list.</source>
        <translation>该账户已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>This is the last active administrator; make someone else administrator first.</source>
        <translation>这是最后一个在用的管理员账户，请先指定另一位管理员。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>There is no role called {role}.</source>
        <translation>没有名为 {role} 的角色。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有登录的用户。</translation>
    </message>
    <message>
        <source>This party is no longer in the case. Reopen the case.</source>
        <translation>该当事人已不在本案中，请重新打开案件。</translation>
    </message>
    <message>
        <source>The {field} is too long: at most {max} characters.</source>
        <translation>{field}过长：最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The database file is not a database of this program:
{path}

Nothing in it was changed. Start the program with the right database file (--db), or move this file away and start again to create a new database.</source>
        <translation>数据库文件不是本程序的数据库：
{path}

该文件未做任何改动。请用正确的数据库文件启动程序（--db 参数），或将该文件移到别处后重新启动，以新建数据库。</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only:
{path}

Nothing was changed. Ask for write permission on the folder, or copy the database to a folder you can write to.</source>
        <translation>数据库文件或所在文件夹为只读：
{path}

未做任何改动。请取得该文件夹的写入权限，或将数据库复制到可写入的文件夹后再打开。</translation>
    </message>
    <message>
        <source>The database was created by a newer version of this program (schema {revision}).

Nothing was changed. Install the newer version of the program to open it.</source>
        <translation>数据库由更新版本的程序创建（数据库结构版本 {revision}）。

未做任何改动。请安装新版本的程序后再打开。</translation>
    </message>
    <message>
        <source>The database address is not valid:
{url}

Check the --db argument.</source>
        <translation>数据库地址无效：
{url}

请检查 --db 参数。</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk holding the database is full or cannot be written:
{path}

Your input is still in the window. Free some space on the disk, then save again.</source>
        <translation>未能保存：数据库所在的磁盘已满或无法写入：
{path}

您填写的内容仍保留在窗口中。请清理磁盘空间后再保存。</translation>
    </message>
    <message>
        <source>The database file is damaged:
{path}

Nothing was saved. Restart the program: it offers to restore the newest good backup.</source>
        <translation>数据库文件已损坏：
{path}

未保存任何内容。请重新启动程序，程序会提示从最新的完好备份恢复。</translation>
    </message>
    <message>
        <source>The backup folder cannot be used:
{path}

It is missing, read-only or on a disk that is not connected. Connect the disk or choose another folder.</source>
        <translation>备份文件夹不可用：
{path}

该文件夹不存在、为只读，或所在磁盘（如 U 盘）未连接。请连接磁盘或另选文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({reason}). No backup was made; check the disk has room.</source>
        <translation>无法写入备份 {path}（{reason}）。未生成备份，请检查磁盘空间。</translation>
    </message>
    <message>
        <source>This program backs up only SQLite database files. A PostgreSQL database ({url}) is backed up and restored by its administrator with pg_dump and pg_restore.</source>
        <translation>本程序只能备份 SQLite 数据库文件。PostgreSQL 数据库（{url}）请由其管理员用 pg_dump 和 pg_restore 备份和恢复。</translation>
    </message>
    <message>
        <source>The database is on a server ({url}); the server&apos;s own backups apply. This PC has no pg_dump, so no backup was made here.</source>
        <translation>数据库在服务器上（{url}），由数据库服务器的备份负责。本机没有 pg_dump，因此未在本机备份。</translation>
    </message>
    <message>
        <source>The database is on a server ({url}) that every desk shares, so it is not restored from one desk. The server&apos;s administrator closes the program on every desk, then runs on the server:

{command}</source>
        <translation>数据库在服务器上（{url}），各台电脑共用它，因此不从某一台电脑恢复。请服务器管理员先让各台电脑退出本程序，再在服务器上运行：

{command}</translation>
    </message>
    <message>
        <source>The database server cannot be reached:
{url}

Check that the server&apos;s address and port are right, that the server is switched on and PostgreSQL is running, that this PC is on the office network, and that no firewall blocks the port.</source>
        <translation>无法连接数据库服务器：
{url}

请检查：服务器地址和端口是否正确；服务器是否已开机、PostgreSQL 是否在运行；本机是否已接入办公网络；防火墙是否放行了该端口。</translation>
    </message>
    <message>
        <source>The database server refused the user name or password ({url}). Check the user and password in Settings → Database, or this PC&apos;s PGPASSWORD / .pgpass.</source>
        <translation>数据库服务器拒绝了用户名或密码（{url}）。请检查 设置 → 数据库 中的用户和密码，或本机的 PGPASSWORD / .pgpass。</translation>
    </message>
    <message>
        <source>The server has no database of that name ({url}). Check the name, or ask the administrator to create it.</source>
        <translation>服务器上没有这个名称的数据库（{url}）。请检查数据库名称，或请管理员先创建它。</translation>
    </message>
    <message>
        <source>The database server does not let this PC connect ({url}). The administrator allows the office network in the server&apos;s pg_hba.conf.</source>
        <translation>数据库服务器不允许本机连接（{url}）。请管理员在服务器的 pg_hba.conf 中放行办公网络。</translation>
    </message>
    <message>
        <source>This database on the server belongs to another program ({url}). Choose another database name; this program leaves it untouched.</source>
        <translation>服务器上的这个数据库属于其他程序（{url}）。请换一个数据库名称；本程序不会改动它。</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, port (1–65535), database name and user.</source>
        <translation>请填写服务器地址、端口（1–65535）、数据库名称和用户。</translation>
    </message>
    <message>
        <source>The database setting could not be saved to {path} ({reason}).</source>
        <translation>无法将数据库设置保存到 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({detail}).</source>
        <translation>无法读取文件 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>The file {path} is not a backup of this program (it is not a SQLite database).</source>
        <translation>文件 {path} 不是本程序的备份（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>The file {path} is a SQLite database, but not one of this program.</source>
        <translation>文件 {path} 是 SQLite 数据库，但不是本程序的数据库。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of this program (schema {revision}). Install the newer version to restore it.</source>
        <translation>备份 {path} 由更新版本的程序生成（结构版本 {revision}）。请安装新版本程序后再恢复。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be restored ({detail}). Choose an older backup.</source>
        <translation>备份 {path} 已损坏，不能恢复（{detail}）。请选择更早的备份。</translation>
    </message>
    <message>
        <source>The audit trail in the backup {path} was altered ({detail}); it is not restored. Choose another.</source>
        <translation>备份 {path} 中的审计记录被改动过（{detail}），不予恢复。请选择其他备份。</translation>
    </message>
    <message>
        <source>This record has been changed by someone else since you opened it. Your input is kept: reload to see the other changes, then enter yours again.</source>
        <translation>该记录在您打开后已被他人修改。您输入的内容仍保留在界面上：请点“重新载入”查看他人的修改，再重新填写并保存。</translation>
    </message>
    <message>
        <source>Not saved: {who} saved this record at {when} after you opened it (changed: {fields}). Nothing was overwritten: the other version is in the database and your input is still here; copy what you need, reload, and enter your changes again.</source>
        <translation>未保存：在您打开此记录之后，{who} 于 {when} 保存了它（修改了：{fields}）。没有任何内容被覆盖：对方的版本已在数据库中，您输入的内容仍在窗口里；请复制需要的内容，重新载入后再输入您的修改。</translation>
    </message>
    <message>
        <source>Enter the case number of the case whose history to show.</source>
        <translation>请输入要查看修改记录的案件的案号。</translation>
    </message>
    <message>
        <source>Please fill in the {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>The office record is missing from this database.</source>
        <translation>数据库中缺少本单位的记录。</translation>
    </message>
    <message>
        <source>There is no paper series called {series}.</source>
        <translation>没有名为 “{series}” 的文书编号系列。</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>截止日期 {end} 早于起始日期 {start}。</translation>
    </message>
    <message>
        <source>Could not save {path}: the folder is missing or read-only, or the file is open in another program. Nothing was written; choose another folder or file name.</source>
        <translation>无法保存 {path}：文件夹不存在或只读，或该文件正被其他程序打开。未写入任何内容，请换一个文件夹或文件名。</translation>
    </message>
    <message>
        <source>A case needs at least one applicant.</source>
        <translation>案件至少需要一名申请人。</translation>
    </message>
    <message>
        <source>Please enter the name of every party.</source>
        <translation>请填写每一位当事人的姓名。</translation>
    </message>
    <message>
        <source>The case no longer exists (it may have been deleted).</source>
        <translation>该案件已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>The ledger cannot be exported as “{suffix}”: choose .xlsx (Excel ledger) or .pdf (work ledger).</source>
        <translation>无法导出为 “{suffix}”：请选择 .xlsx（Excel 台账）或 .pdf（工作台账）。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. No file was made; choose another folder or file name.</source>
        <translation>无法写入 {path}：{reason}。未生成文件，请换一个文件夹或文件名。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was made.</source>
        <translation>导出已取消，未生成文件。</translation>
    </message>
    <message>
        <source>The number of people involved cannot be negative.</source>
        <translation>涉及人数不能为负数。</translation>
    </message>
    <message>
        <source>The date the dispute occurred cannot be in the future.</source>
        <translation>纠纷发生时间不能晚于今天。</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>登记时间不能晚于今天。</translation>
    </message>
    <message>
        <source>The suggested risk colour is {suggested}; to choose another colour, give the reason.</source>
        <translation>系统建议的风险等级为“{suggested}”；如选择其他等级，请填写理由。</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the ID number ({id_birth}).</source>
        <translation>出生日期与身份证号中的出生日期（{id_birth}）不一致。</translation>
    </message>
    <message>
        <source>The gender differs from the one the ID number gives.</source>
        <translation>性别与身份证号不一致。</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The age must be between 0 and 150.</source>
        <translation>年龄应在0至150岁之间。</translation>
    </message>
    <message>
        <source>Please enter the agent&apos;s name (the agent&apos;s details are filled).</source>
        <translation>已填写代理人信息，请填写代理人姓名。</translation>
    </message>
    <message>
        <source>The saved draft no longer exists.</source>
        <translation>该暂存的草稿已不存在。</translation>
    </message>
    <message>
        <source>When the reason is “other”, please write it in the note.</source>
        <translation>理由为“其他”时，请在说明中写明具体理由。</translation>
    </message>
    <message>
        <source>Please tick at least one ground for not accepting.</source>
        <translation>请至少勾选一项不予受理的理由。</translation>
    </message>
    <message>
        <source>Choose either a route inside the room or a body to divert the case to (one of the two).</source>
        <translation>请选择联调室内的调处途径或分流的承接单位（二者选其一）。</translation>
    </message>
    <message>
        <source>Please set the date by which the body reports back.</source>
        <translation>请填写承接单位的反馈期限。</translation>
    </message>
    <message>
        <source>Please enter the name of the body.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>The final feedback of this referral is already recorded; it cannot be changed here.</source>
        <translation>该分流已登记最终反馈，不能在此更改。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>名称过长（最多 {limit} 个字）。</translation>
    </message>
    <message>
        <source>A body named {name} is already in the directory.</source>
        <translation>单位名录中已有名为 “{name}” 的单位。</translation>
    </message>
    <message>
        <source>The body is no longer in the directory (it may have been removed or made inactive).</source>
        <translation>该单位已不在名录中（可能已被删除或停用）。</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>该分流（委托）记录已不存在。</translation>
    </message>
    <message>
        <source>Please enter who confirmed the entrusted mediation.</source>
        <translation>请填写委托调解的确认人。</translation>
    </message>
    <message>
        <source>The date cannot be before the diversion decision.</source>
        <translation>该日期不能早于分流决定的日期。</translation>
    </message>
    <message>
        <source>There is no form called {form}.</source>
        <translation>没有名为 “{form}” 的文书。</translation>
    </message>
    <message>
        <source>The case {case} cannot be found (it may have been deleted).</source>
        <translation>找不到案件 “{case}”（可能已被删除）。</translation>
    </message>
    <message>
        <source>Case {case} has no written agreement yet, so the mediation agreement cannot be printed.</source>
        <translation>案件 {case} 还没有书面调解协议，无法打印人民调解协议书。</translation>
    </message>
    <message>
        <source>The case has {parties} parties; there is no party {party}.</source>
        <translation>该案件只有 {parties} 位当事人，没有第 {party} 位。</translation>
    </message>
    <message>
        <source>The form {form} has no sample data.</source>
        <translation>文书 “{form}” 没有样例数据。</translation>
    </message>
    <message>
        <source>The case has no {what} yet, so this form cannot be printed. Record it on the case first.</source>
        <translation>该案件还没有{what}，暂不能出具这份文书。请先在案件中办理。</translation>
    </message>
    <message>
        <source>{form} is an office paper (ledger, joint meetings); it is not printed for a case.</source>
        <translation>“{form}” 是联调室的文书（台账、联席会议），不按案件打印。</translation>
    </message>
    <message>
        <source>There is no issued paper with the number {document}.</source>
        <translation>没有编号为 {document} 的已出具文书记录。</translation>
    </message>
    <message>
        <source>This issued paper cannot be reproduced exactly (the program&apos;s fonts or forms have changed since). Use the scanned signed original kept with the case.</source>
        <translation>这份已出具文书无法按原样重现（此后程序的字体或文书版式已更新）。请调阅案件中存档的签字原件扫描件。</translation>
    </message>
    <message>
        <source>The printer {printer} could not be started. Check that it is switched on and connected, then print again.</source>
        <translation>无法启动打印机 {printer}。请检查打印机已开机并已连接，然后重新打印。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices the form lists for {field}.</source>
        <translation>“{field}” 的取值 “{value}” 不是该文书列出的选项。</translation>
    </message>
    <message>
        <source>The case lacks information this form needs: {field}. Fill it in on the case first.</source>
        <translation>案件缺少打印该文书所需的信息：{field}。请先在案件中填写。</translation>
    </message>
    <message>
        <source>The text in {field} contains a control character ({char}) that cannot be printed; remove it.</source>
        <translation>“{field}” 中含有无法打印的控制字符（{char}），请删除后再打印。</translation>
    </message>
    <message>
        <source>The character {char} ({codepoint}) in {field} cannot be printed with the program&apos;s fonts.</source>
        <translation>“{field}” 中的字符 “{char}”（{codepoint}）无法用本程序的字体打印，请改写。</translation>
    </message>
    <message>
        <source>The form file is not valid: {path}, line {line}: {problem}</source>
        <translation>文书文件有误：{path} 第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>Cannot write {path}: there is no permission, or the file is open in another program. Close it or choose another folder, then save again.</source>
        <translation>无法写入 {path}：没有写入权限，或该文件正被其他程序打开。请关闭该文件或换一个文件夹后再保存。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>无法写入 {path}：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write {path}: there is a folder with that name.</source>
        <translation>无法写入 {path}：已有同名的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. Free some space or choose another disk.</source>
        <translation>无法写入 {path}：磁盘空间已满。请清理空间或换一个磁盘。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk or folder is read-only.</source>
        <translation>无法写入 {path}：磁盘或文件夹为只读。</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}). Nothing was saved.</source>
        <translation>无法写入 {path}（{reason}），未保存任何内容。</translation>
    </message>
    <message>
        <source>The case number is not in the form （2026）…第0001号.</source>
        <translation>案号格式不正确，应为“（2026）…第0001号”。</translation>
    </message>
    <message>
        <source>The case number settings are not valid ({field}).</source>
        <translation>案号设置不正确（{field}）。</translation>
    </message>
    <message>
        <source>A prefix cannot be empty or contain brackets, digits or spaces (e.g. 某街调协字).</source>
        <translation>字号不能为空，也不能含括号、数字或空格（如：某街调协字）。</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, brackets, +86 and 转 (extension).</source>
        <translation>电话号码只能包含数字、空格、横线、括号、+86 和“转”。</translation>
    </message>
    <message>
        <source>Items the agreement still lacks: {count}.</source>
        <translation>调解协议还缺少 {count} 项内容。</translation>
    </message>
    <message>
        <source>Items the case file still lacks: {count}.</source>
        <translation>卷宗还缺少 {count} 项材料。</translation>
    </message>
    <message>
        <source>The agreement is incomplete (items missing: {count}); complete it first.</source>
        <translation>调解协议尚不完整（缺少 {count} 项），请先补全。</translation>
    </message>
    <message>
        <source>The case file is incomplete (items missing: {count}); see what is missing before archiving.</source>
        <translation>卷宗材料不全（缺少 {count} 项），请先查看缺少的材料。</translation>
    </message>
    <message>
        <source>Rows that cannot be read: {count} (the first is row {first}); nothing was imported. Correct them and import again, or choose to skip those rows.</source>
        <translation>有 {count} 行无法读取（第一处在第 {first} 行），未导入任何案件。请改正后重新导入，或选择跳过这些行。</translation>
    </message>
    <message>
        <source>case number prefix</source>
        <translation>案号字号</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>身份证号应为18位。</translation>
    </message>
    <message>
        <source>Nothing was saved: the database server&apos;s disk is full ({url}). Your input is still in the window. Ask the server&apos;s administrator to free some space, then save again.</source>
        <translation>未能保存：数据库服务器的磁盘已满（{url}）。您输入的内容仍在窗口中。请服务器管理员清理磁盘空间后再保存。</translation>
    </message>
    <message>
        <source>Nothing was saved: the database server does not let this desk change the data ({url}). The user set in Settings → Database may only read, or the server is a read-only copy. Ask the administrator.</source>
        <translation>未能保存：数据库服务器不允许本机修改数据（{url}）。设置 → 数据库 中所设的用户只有读取权限，或该服务器是只读副本。请联系管理员。</translation>
    </message>
    <message>
        <source>Nothing was saved: another desk was saving at the same moment. Your input is still in the window; save again.</source>
        <translation>未能保存：另一台电脑正在同时保存。您输入的内容仍在窗口中，请再保存一次。</translation>
    </message>
    <message>
        <source>Nothing was saved: a record with the same number or name was saved first (perhaps at another desk). Your input is still in the window; reopen the record to see the other one, then save again.</source>
        <translation>未能保存：相同编号或名称的记录已先保存（可能在另一台电脑上）。您输入的内容仍在窗口中，请重新打开该记录查看后再保存。</translation>
    </message>
    <message>
        <source>{path} is not the pg_dump program. Choose pg_dump (pg_dump.exe) in the PostgreSQL client&apos;s folder.</source>
        <translation>{path} 不是 pg_dump 程序。请选择 PostgreSQL 客户端文件夹中的 pg_dump（pg_dump.exe）。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份证号应为17位数字加1位数字或X。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>身份证号中的出生日期不正确。</translation>
    </message>
    <message>
        <source>The check digit (last character) does not match; please check the number.</source>
        <translation>身份证号校验码（最后一位）不符，请核对号码。</translation>
    </message>
    <message>
        <source>The ID number is not valid.</source>
        <translation>身份证号不正确。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码为18位。</translation>
    </message>
    <message>
        <source>A unified social credit code has only digits and capital letters other than I, O, S, V and Z.</source>
        <translation>统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The check character (last character) of the unified social credit code does not match; please check it.</source>
        <translation>统一社会信用代码的校验位（最后一位）不符，请核对。</translation>
    </message>
    <message>
        <source>The date is before the birth date.</source>
        <translation>日期早于出生日期。</translation>
    </message>
    <message>
        <source>The phone number is too short.</source>
        <translation>电话号码位数不足。</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>电话号码位数过多。</translation>
    </message>
    <message>
        <source>Not a valid mobile or landline number (landlines need the area code, e.g. 010-88886666).</source>
        <translation>不是有效的手机或固定电话号码（固定电话请加区号，如 010-88886666）。</translation>
    </message>
    <message>
        <source>A case in status “{frm}” cannot move to “{to}”.</source>
        <translation>处于“{frm}”状态的案件不能转为“{to}”。</translation>
    </message>
    <message>
        <source>A day cannot be both a holiday and an adjusted working day: {days}.</source>
        <translation>同一天不能既是法定节假日又是调休上班日：{days}。</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>天数不能为负数。</translation>
    </message>
    <message>
        <source>Please set the date feedback is due.</source>
        <translation>请设定反馈期限。</translation>
    </message>
    <message>
        <source>The feedback due date cannot be before the start date.</source>
        <translation>反馈期限不能早于起算日期。</translation>
    </message>
    <message>
        <source>The court referral kind does not fit this route.</source>
        <translation>法院委派/委托的类别与办理途径不符。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>Please enter the amount in yuan, e.g. 1200 or 1200.50.</source>
        <translation>请以元为单位填写金额，如 1200 或 1200.50。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>The figures do not give a valid rate.</source>
        <translation>数据无法计算出有效的比率。</translation>
    </message>
    <message>
        <source>The case is archived and can no longer be changed. An administrator may change it, giving a reason.</source>
        <translation>该案件已归档，不能再修改。如确需修改，须由管理员填写理由后进行。</translation>
    </message>
    <message>
        <source>Only an administrator may change an archived case, and only with a reason.</source>
        <translation>只有管理员可以修改已归档的案件，且须填写理由。</translation>
    </message>
    <message>
        <source>Record the follow-up visit before closing the case.</source>
        <translation>请先记录回访，再结案。</translation>
    </message>
    <message>
        <source>Not possible while the case is “{status}”.</source>
        <translation>案件处于“{status}”状态，不能进行此操作。</translation>
    </message>
    <message>
        <source>Schedule or record a mediation session first.</source>
        <translation>请先安排或记录一次调解。</translation>
    </message>
    <message>
        <source>There is no agreement for this yet.</source>
        <translation>尚无调解协议。</translation>
    </message>
    <message>
        <source>Print the agreement first: the paper signed must be the one printed.</source>
        <translation>请先打印调解协议书：签字的必须是打印出具的那一份。</translation>
    </message>
    <message>
        <source>Please enter the name of every mediator.</source>
        <translation>请填写每位调解员的姓名。</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} 重复列出。</translation>
    </message>
    <message>
        <source>Choose exactly one lead mediator.</source>
        <translation>请指定且只指定一名主办调解员。</translation>
    </message>
    <message>
        <source>Please enter the name of the invited participant.</source>
        <translation>请填写邀请参加人员的姓名。</translation>
    </message>
    <message>
        <source>The invited participant no longer exists.</source>
        <translation>该邀请参加人员已不存在。</translation>
    </message>
    <message>
        <source>Please enter the place of the session.</source>
        <translation>请填写调解地点。</translation>
    </message>
    <message>
        <source>Please enter who attended.</source>
        <translation>请填写到场人员。</translation>
    </message>
    <message>
        <source>Please enter who kept the record.</source>
        <translation>请填写记录人。</translation>
    </message>
    <message>
        <source>Write the record, or at least one party&apos;s statement.</source>
        <translation>请填写调解经过，或至少一方当事人的陈述。</translation>
    </message>
    <message>
        <source>A session cannot be recorded as held in the future.</source>
        <translation>调解时间不能晚于今天。</translation>
    </message>
    <message>
        <source>The date cannot be before the case was accepted ({accepted}).</source>
        <translation>日期不能早于受理日期（{accepted}）。</translation>
    </message>
    <message>
        <source>A statement names someone who is not a party to this case.</source>
        <translation>陈述人不是本案当事人。</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>该次调解记录已不存在。</translation>
    </message>
    <message>
        <source>A mediation session cannot be recorded as an investigation, or the other way round.</source>
        <translation>调解记录与调查记录不能互相转换。</translation>
    </message>
    <message>
        <source>A session that has been held cannot be cancelled: it is part of the record.</source>
        <translation>已经召开的调解不能取消，它是案卷记录的一部分。</translation>
    </message>
    <message>
        <source>Police mediation: the second session should be held within 7 working days of the first ({first}), that is by {deadline}.</source>
        <translation>治安调解：第二次调解应在第一次调解（{first}）后7个工作日内进行，即不晚于{deadline}。</translation>
    </message>
    <message>
        <source>No session has recorded yet that the parties were told their rights and duties (People&apos;s Mediation Law Art. 23–24).</source>
        <translation>尚无调解记录表明已告知当事人权利义务（《人民调解法》第二十三条、第二十四条）。</translation>
    </message>
    <message>
        <source>An agreement needs at least two parties.</source>
        <translation>调解协议至少需要两方当事人。</translation>
    </message>
    <message>
        <source>Party {name}: the gender is missing.</source>
        <translation>当事人{name}：缺少性别。</translation>
    </message>
    <message>
        <source>Party {name}: the date of birth or age is missing.</source>
        <translation>当事人{name}：缺少出生日期或年龄。</translation>
    </message>
    <message>
        <source>Party {name}: the address is missing.</source>
        <translation>当事人{name}：缺少住址（单位）。</translation>
    </message>
    <message>
        <source>Party {name}: the ID number is missing.</source>
        <translation>当事人{name}：缺少身份证号码。</translation>
    </message>
    <message>
        <source>Party {name}: the legal representative is missing.</source>
        <translation>当事人{name}：缺少法定代表人。</translation>
    </message>
    <message>
        <source>Write the main facts of the dispute.</source>
        <translation>请填写纠纷的主要事实。</translation>
    </message>
    <message>
        <source>Write the matters in dispute.</source>
        <translation>请填写争议事项。</translation>
    </message>
    <message>
        <source>Write each party&apos;s responsibility.</source>
        <translation>请填写各方当事人的责任。</translation>
    </message>
    <message>
        <source>Write how the agreement is to be performed.</source>
        <translation>请填写履行协议的方式。</translation>
    </message>
    <message>
        <source>Write where the agreement is to be performed.</source>
        <translation>请填写履行协议的地点。</translation>
    </message>
    <message>
        <source>Set the deadline for performing the agreement.</source>
        <translation>请填写履行协议的期限。</translation>
    </message>
    <message>
        <source>The agreement needs at least one term.</source>
        <translation>调解协议至少需要一条协议条款。</translation>
    </message>
    <message>
        <source>Term {seq} has no text.</source>
        <translation>第{seq}条没有内容。</translation>
    </message>
    <message>
        <source>Payment term {seq} needs an amount.</source>
        <translation>第{seq}条为给付条款，须写明金额。</translation>
    </message>
    <message>
        <source>Payment term {seq} needs a due date.</source>
        <translation>第{seq}条为给付条款，须写明履行期限。</translation>
    </message>
    <message>
        <source>Term {seq} falls due after the performance deadline ({deadline}).</source>
        <translation>第{seq}条的履行期限晚于协议履行期限（{deadline}）。</translation>
    </message>
    <message>
        <source>The amount stated does not equal the sum of the payment terms.</source>
        <translation>协议金额与各给付条款金额之和不一致。</translation>
    </message>
    <message>
        <source>The agreement needs at least {needed} copies: one for each party and one for the committee.</source>
        <translation>协议书至少一式{needed}份：当事人各执一份，调解委员会留存一份。</translation>
    </message>
    <message>
        <source>The number of copies must be at least 1.</source>
        <translation>份数至少为1。</translation>
    </message>
    <message>
        <source>The agreement has been changed since {number} was printed. Print it again and have the new paper signed.</source>
        <translation>协议书{number}打印后内容又有修改。请重新打印，并由当事人在新打印的协议书上签名。</translation>
    </message>
    <message>
        <source>The date cannot be before the case was accepted.</source>
        <translation>日期不能早于受理日期。</translation>
    </message>
    <message>
        <source>The case already has an agreement being drafted: open it instead of starting another.</source>
        <translation>本案已有正在起草的调解协议，请打开它继续编辑，不要另起一份。</translation>
    </message>
    <message>
        <source>The agreement has been signed and is in effect; it can no longer be changed.</source>
        <translation>调解协议已签字生效，不能再修改。</translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation>该调解协议已不存在。</translation>
    </message>
    <message>
        <source>An agreement is drafted while the case is being mediated (now: “{status}”).</source>
        <translation>调解协议在调解过程中起草（案件当前状态：“{status}”）。</translation>
    </message>
    <message>
        <source>Print the agreement (which gives it its number) before recording it as signed.</source>
        <translation>请先打印协议书（打印时编号），再登记签字生效。</translation>
    </message>
    <message>
        <source>An oral agreement cannot be submitted for judicial confirmation.</source>
        <translation>口头协议不能申请司法确认。</translation>
    </message>
    <message>
        <source>The agreement is not yet in effect: record the date it was signed first.</source>
        <translation>调解协议尚未生效：请先登记签字生效日期。</translation>
    </message>
    <message>
        <source>Judicial confirmation has already been applied for.</source>
        <translation>已经申请过司法确认。</translation>
    </message>
    <message>
        <source>An agreement on personal status (marriage, adoption and the like) cannot be judicially confirmed.</source>
        <translation>涉及婚姻、收养等身份关系的调解协议不能申请司法确认。</translation>
    </message>
    <message>
        <source>For a marriage and family dispute, first say whether the agreement concerns personal status (marriage, adoption).</source>
        <translation>婚姻家庭纠纷：请先说明该协议是否涉及婚姻、收养等身份关系。</translation>
    </message>
    <message>
        <source>The 30 days for applying for judicial confirmation ended on {deadline}.</source>
        <translation>申请司法确认的30日期限已于{deadline}届满。</translation>
    </message>
    <message>
        <source>The application cannot be dated before the agreement took effect ({effective_on}).</source>
        <translation>申请日期不能早于协议生效日期（{effective_on}）。</translation>
    </message>
    <message>
        <source>No application for judicial confirmation has been recorded.</source>
        <translation>尚未登记司法确认申请。</translation>
    </message>
    <message>
        <source>The court&apos;s decision cannot be dated before the application ({applied_on}).</source>
        <translation>法院裁定日期不能早于申请日期（{applied_on}）。</translation>
    </message>
    <message>
        <source>Please enter the court applied to.</source>
        <translation>请填写受理申请的人民法院。</translation>
    </message>
    <message>
        <source>When the reason is “other”, please describe it.</source>
        <translation>终止原因为“其他”时，请写明具体情况。</translation>
    </message>
    <message>
        <source>Record which other routes (arbitration, administrative, court) the parties were told of.</source>
        <translation>请记录已告知当事人的其他救济途径（仲裁、行政、诉讼）。</translation>
    </message>
    <message>
        <source>Please enter the date it was performed.</source>
        <translation>请填写履行日期。</translation>
    </message>
    <message>
        <source>Performance is recorded for an agreement in effect.</source>
        <translation>履行情况只对已生效的调解协议记录。</translation>
    </message>
    <message>
        <source>The performance date cannot be before the agreement took effect.</source>
        <translation>履行日期不能早于协议生效日期。</translation>
    </message>
    <message>
        <source>Please enter who was visited.</source>
        <translation>请填写被回访人。</translation>
    </message>
    <message>
        <source>Please enter who made the visit.</source>
        <translation>请填写回访人。</translation>
    </message>
    <message>
        <source>A follow-up visit is recorded after mediation has ended (now: “{status}”).</source>
        <translation>回访在调解结束后记录（案件当前状态：“{status}”）。</translation>
    </message>
    <message>
        <source>The visit cannot be dated before mediation ended ({closed}).</source>
        <translation>回访日期不能早于调解结束日期（{closed}）。</translation>
    </message>
    <message>
        <source>Please enter a title for the clause.</source>
        <translation>请填写条款名称。</translation>
    </message>
    <message>
        <source>Please enter the text of the clause.</source>
        <translation>请填写条款内容。</translation>
    </message>
    <message>
        <source>The clause no longer exists.</source>
        <translation>该条款已不存在。</translation>
    </message>
    <message>
        <source>The file {filename} is empty.</source>
        <translation>文件 {filename} 是空的。</translation>
    </message>
    <message>
        <source>The file {filename} is too large (at most 30 MB).</source>
        <translation>文件 {filename} 太大（最大 30 MB）。</translation>
    </message>
    <message>
        <source>{filename} is not a PDF, JPEG or PNG file. Scan or save it as one of these.</source>
        <translation>{filename} 不是 PDF、JPEG 或 PNG 文件。请扫描或另存为其中一种格式。</translation>
    </message>
    <message>
        <source>{filename} cannot be read (damaged or password-protected). Save or scan it again.</source>
        <translation>无法读取 {filename}（文件已损坏或设有密码）。请重新保存或扫描。</translation>
    </message>
    <message>
        <source>Cannot read the file {filename}.</source>
        <translation>无法读取文件 {filename}。</translation>
    </message>
    <message>
        <source>This file is already attached to the case (as {existing}).</source>
        <translation>该文件已作为附件添加到本案（{existing}）。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>The attachment&apos;s content is missing from the database. Restore the data from a backup.</source>
        <translation>数据库中找不到该附件的内容。请从备份中恢复数据。</translation>
    </message>
    <message>
        <source>The attachment&apos;s content has been damaged (its checksum no longer matches). Restore the data from a backup.</source>
        <translation>该附件的内容已损坏（校验值不符）。请从备份中恢复数据。</translation>
    </message>
    <message>
        <source>A case file cover, contents list or back cover has no signed original.</source>
        <translation>卷宗封面、卷内目录和封底没有签字原件。</translation>
    </message>
    <message>
        <source>Only a closed case can be archived (now: “{status}”).</source>
        <translation>只有已结案的案件才能归档（当前状态：“{status}”）。</translation>
    </message>
    <message>
        <source>The case file lacks: {item}.</source>
        <translation>卷宗缺少：{item}。</translation>
    </message>
    <message>
        <source>The case file lacks the paper: {form}.</source>
        <translation>卷宗缺少文书：{form}。</translation>
    </message>
    <message>
        <source>The signed original of agreement {number} is not attached.</source>
        <translation>协议书{number}的签字原件尚未附入。</translation>
    </message>
    <message>
        <source>The follow-up visit has not been recorded.</source>
        <translation>尚未记录回访。</translation>
    </message>
    <message>
        <source>The case file has not been built yet.</source>
        <translation>卷宗尚未生成。</translation>
    </message>
    <message>
        <source>{retention} is not one of the retention periods offered.</source>
        <translation>“{retention}”不是可选的保管期限。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened as an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation>无法将文件 {path} 作为 Excel 工作簿（.xlsx）打开。未导入任何案件。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet} (it has: {sheets}).</source>
        <translation>工作簿中没有名为“{sheet}”的工作表（有：{sheets}）。</translation>
    </message>
    <message>
        <source>No header row was found in the first 30 rows of the sheet {sheet} (it should name columns such as 受理日期, 申请人 and 调解结果).</source>
        <translation>在工作表“{sheet}”的前 30 行中找不到表头（应有 受理日期、申请人、调解结果 等列名）。</translation>
    </message>
    <message>
        <source>A required column is not chosen: {column}. Choose the column that holds it.</source>
        <translation>尚未指定必需的列：{column}。请指定它所在的列。</translation>
    </message>
    <message>
        <source>The column mapping names a column {column} that does not exist.</source>
        <translation>列的对应关系有误：没有第 {column} 列。</translation>
    </message>
    <message>
        <source>The sheet {sheet} has no case rows below its header.</source>
        <translation>工作表“{sheet}”的表头下没有任何案件行。</translation>
    </message>
    <message>
        <source>The date cannot be read: “{value}”</source>
        <translation>日期无法识别：“{value}”</translation>
    </message>
    <message>
        <source>The date received is missing</source>
        <translation>缺少受理日期</translation>
    </message>
    <message>
        <source>The date is later than today: “{value}”</source>
        <translation>日期晚于今天：“{value}”</translation>
    </message>
    <message>
        <source>The date closed is earlier than the date received: “{value}”</source>
        <translation>结案日期早于受理日期：“{value}”</translation>
    </message>
    <message>
        <source>The amount cannot be read: “{value}”</source>
        <translation>金额无法识别：“{value}”</translation>
    </message>
    <message>
        <source>The result is not understood: “{value}” (write 调解成功, 调解不成 or 调解中)</source>
        <translation>调解结果无法识别：“{value}”（可写 调解成功、调解不成、调解中 等）</translation>
    </message>
    <message>
        <source>The risk colour is not understood: “{value}” (write 红, 橙, 黄 or 蓝)</source>
        <translation>风险等级无法识别：“{value}”（应为 红、橙、黄、蓝）</translation>
    </message>
    <message>
        <source>The applicant is missing</source>
        <translation>缺少申请人</translation>
    </message>
    <message>
        <source>The text is too long: “{value}”</source>
        <translation>内容过长：“{value}”</translation>
    </message>
    <message>
        <source>The same case as row {value} (same number, date, parties and dispute type)</source>
        <translation>与第 {value} 行重复（案号、受理日期、当事人和纠纷类型都相同）</translation>
    </message>
    <message>
        <source>office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>mediation committee name</source>
        <translation>调解委员会名称</translation>
    </message>
    <message>
        <source>number width</source>
        <translation>编号位数</translation>
    </message>
    <message>
        <source>series code</source>
        <translation>文书系列代码</translation>
    </message>
    <message>
        <source>The operation could not be completed (code: {code}).</source>
        <translation>操作未能完成（代码：{code}）。</translation>
    </message>
    <message>
        <source>body the case was referred or diverted to</source>
        <translation>委托或分流的承接单位</translation>
    </message>
    <message>
        <source>investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>mediation session record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>written mediation agreement</source>
        <translation>书面调解协议</translation>
    </message>
    <message>
        <source>oral agreement</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <source>decision to accept or divert</source>
        <translation>受理或分流决定</translation>
    </message>
    <message>
        <source>decision not to accept, with its reason</source>
        <translation>不予受理决定及理由</translation>
    </message>
    <message>
        <source>scheduled mediation session</source>
        <translation>已安排、尚未召开的调解</translation>
    </message>
    <message>
        <source>decision to end the mediation, with its reason</source>
        <translation>终止调解的决定及理由</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>date the agreement took effect</source>
        <translation>调解协议的生效日期</translation>
    </message>
    <message>
        <source>closing of the case (the file is made after closing)</source>
        <translation>结案（卷宗在结案后立卷）</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record the feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Feedback received on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新的反馈期限</translation>
    </message>
    <message>
        <source>What the body reported (optional)</source>
        <translation>承接单位反馈的情况（可不填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A new date was agreed:</source>
        <translation>已约定新的期限：</translation>
    </message>
    <message>
        <source>Choose what the body reported.</source>
        <translation>请选择承接单位反馈的结果。</translation>
    </message>
    <message>
        <source>The referral keeps waiting for feedback; record a new due date if one was agreed.</source>
        <translation>分流继续等待反馈；如已约定新的反馈期限，请一并登记。</translation>
    </message>
    <message>
        <source>The case comes back to the room (accepted) and needs a new decision on its route.</source>
        <translation>案件回到本室（已受理），需重新决定去向。</translation>
    </message>
    <message>
        <source>The referral is finished and the case is closed.</source>
        <translation>分流结束，案件随之结案。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the Excel ledger</source>
        <translation>选择 Excel 台账文件</translation>
    </message>
    <message>
        <source>Path of the .xlsx file (type it and press Enter, or choose)</source>
        <translation>.xlsx 文件路径（输入后按回车，或点“选择”）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>The office&apos;s work ledger (工作台账) as an .xlsx workbook. Nothing is written until the last step.</source>
        <translation>本室原有的工作台账（.xlsx 工作簿）。在最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>How rows become cases: 调解成功 → closed, with a written agreement when an amount is given (else oral); 调解不成 → mediation terminated; 调解中 or empty → being mediated. The sheet&apos;s case number is kept when it is free, otherwise the case is numbered from the year&apos;s counter. Rows imported before are skipped, so importing the same file again never creates a case twice.</source>
        <translation>各行如何成为案件：调解成功 → 结案，写有金额的登记为书面协议（否则为口头协议）；调解不成 → 调解终止；调解中或空白 → 调解中。台账原案号未被占用的予以沿用，否则按当年顺序号编号。已导入过的行自动跳过，同一文件再次导入也不会重复建案。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Open an Excel ledger</source>
        <translation>打开 Excel 台账</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Type the path of the .xlsx file, or choose it.</source>
        <translation>请输入 .xlsx 文件的路径，或点“选择”。</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <source>Header found on row %1. Rows below it: %2. Columns recognised: %3 of %4.</source>
        <translation>表头在第 %1 行，其下有 %2 行案件；%4 列中识别出 %3 列。</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>Enter the office&apos;s details and create the administrator&apos;s account. The administrator then adds the other staff in Settings.</source>
        <translation>请填写本室信息并创建管理员账户。之后由管理员在“设置”中为其他工作人员建立账户。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>本室信息</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>联调室名称</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>Case number prefix</source>
        <translation>案号字号</translation>
    </message>
    <message>
        <source>e.g. 某街联调字 → （2026）某街联调字第0001号</source>
        <translation>例如 某街联调字 → （2026）某街联调字第0001号</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Create and sign in (Ctrl+Enter)</source>
        <translation>创建并登录（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All rows are written in one step; the wizard cannot be closed until it ends.</source>
        <translation>所有行一次写入；完成前不能关闭本向导。</translation>
    </message>
    <message>
        <source>%v of %m cases</source>
        <translation>%v / %m 件</translation>
    </message>
    <message>
        <source>Importing… the cases appear in the ledger when every row is written.</source>
        <translation>正在导入…全部写入后案件即出现在台账中。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The cases are in the ledger. Close the wizard with Finish.</source>
        <translation>案件已进入台账。点“完成”关闭向导。</translation>
    </message>
    <message>
        <source>Cases imported: %1 (mediated successfully: %2; not successful: %3; still being mediated: %4).</source>
        <translation>已导入 %1 件：调解成功 %2 件，调解不成 %3 件，调解中 %4 件。</translation>
    </message>
    <message>
        <source>%1 kept the ledger&apos;s own case number; the others were numbered from this year&apos;s counter. Skipped: %2 row(s) imported before, %3 row(s) that cannot be read.</source>
        <translation>其中 %1 件沿用台账原案号，其余按当年顺序号编号。已跳过：已导入过的 %2 行，无法读取的 %3 行。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The database is unchanged. Close the wizard, correct the file and try again.</source>
        <translation>数据库未作任何改动。请关闭向导，改正文件后重试。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何案件。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import an Excel ledger</source>
        <translation>导入 Excel 工作台账</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>What happened, between whom, and how it stands now.</source>
        <translation>纠纷的起因、经过、双方争议焦点及目前状况。</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>新登记（Ctrl+N）</translation>
    </message>
    <message>
        <source>Start a new intake; what is typed here is kept as a draft.</source>
        <translation>开始新的登记；已填写的内容保存为草稿。</translation>
    </message>
    <message>
        <source>Drafts…</source>
        <translation>草稿…</translation>
    </message>
    <message>
        <source>Register (Ctrl+S)</source>
        <translation>登记（Ctrl+S）</translation>
    </message>
    <message>
        <source>Registers the case; then decide to accept, not accept or divert it.</source>
        <translation>登记案件，然后决定受理、不予受理或分流。</translation>
    </message>
    <message>
        <source>Register and accept</source>
        <translation>登记并受理</translation>
    </message>
    <message>
        <source>Registers the case and accepts it at once; it gets its case number.</source>
        <translation>登记后立即受理，并编发案号。</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请先更正红字提示的项目。</translation>
    </message>
</context>
<context>
    <name>IntakeInputs</name>
    <message>
        <source>Type the date as 2026-11-02, with the time if known: 2026-11-02 14:30.</source>
        <translation>请按 2026-11-02 的格式填写日期，知道时间的可写成 2026-11-02 14:30。</translation>
    </message>
    <message>
        <source>Type the date as 1979-03-05.</source>
        <translation>请按 1979-03-05 的格式填写日期。</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Intake</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>The previous intake was kept as a draft (Drafts… to go on with it).</source>
        <translation>上一份登记已保存为草稿（点“草稿…”可继续填写）。</translation>
    </message>
    <message>
        <source>There are no unfinished intakes.</source>
        <translation>没有未完成的登记。</translation>
    </message>
    <message>
        <source>The draft is back on the form.</source>
        <translation>草稿已恢复到表单中。</translation>
    </message>
</context>
<context>
    <name>KnownPartyPanel</name>
    <message>
        <source>Use this party&apos;s details</source>
        <translation>使用此人登记信息</translation>
    </message>
    <message>
        <source>Fill in this party from the earlier registration and link the two.</source>
        <translation>用以前登记的信息填写该当事人，并与以前的记录关联。</translation>
    </message>
    <message>
        <source>Repeat disputant (3 or more disputes within a year)</source>
        <translation>重复纠纷当事人（一年内3次以上）</translation>
    </message>
    <message>
        <source>Registered before: %1</source>
        <translation>曾登记的当事人：%1</translation>
    </message>
    <message>
        <source>Details in use</source>
        <translation>已使用此人登记信息</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚无案号）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 件</translation>
    </message>
    <message>
        <source>Earlier cases: %1</source>
        <translation>以往案件 %1 件</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>Case ledger {day}.xlsx</source>
        <translation>案件台账 {day}.xlsx</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel ledger (*.xlsx);;PDF work ledger (*.pdf)</source>
        <translation>Excel 台账 (*.xlsx);;PDF 工作台账 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting the ledger: %1 of %2 cases…</source>
        <translation>正在导出台账：第 %1 件，共 %2 件…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 件案件：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerFilterPanel</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All dispute types</source>
        <translation>全部纠纷类型</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部来源渠道</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>全部处理途径</translation>
    </message>
    <message>
        <source>All risk colours</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>All mediators</source>
        <translation>全部调解员</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>With agreement</source>
        <translation>有协议</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>无协议</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Open cases whose time limit has run out</source>
        <translation>办理期限已过、仍未办结的案件</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>登记日期(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>纠纷类型(&amp;Y)</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation>风险等级(&amp;K)</translation>
    </message>
    <message>
        <source>Agr&amp;eement</source>
        <translation>调解协议(&amp;E)</translation>
    </message>
    <message>
        <source>Commun&amp;ity</source>
        <translation>社区(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>来源渠道(&amp;H)</translation>
    </message>
    <message>
        <source>Ro&amp;ute</source>
        <translation>处理途径(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Case ledger</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <source>Search case number, party or case name…</source>
        <translation>搜索案号、当事人、案件名称…</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选 (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show or hide the filters (Ctrl+Shift+F)</source>
        <translation>显示或隐藏筛选条件（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the filtered ledger to Excel (.xlsx) or a PDF work ledger (Ctrl+E)</source>
        <translation>将筛选后的台账导出为 Excel（.xlsx）或 PDF 工作台账（Ctrl+E）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in total</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers…</source>
        <translation>文书…</translation>
    </message>
    <message>
        <source>Preview, print and reprint the papers of the selected case (Ctrl+P)</source>
        <translation>预览、打印、重印所选案件的文书（Ctrl+P）</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Open the selected case in its own window (Enter, double-click or Ctrl+O)</source>
        <translation>在单独窗口中打开所选案件（回车、双击或 Ctrl+O）</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The program is locked</source>
        <translation>程序已锁定</translation>
    </message>
    <message>
        <source>Enter the password of %1 to go on. Your unsaved input is kept.</source>
        <translation>请输入%1的密码以继续。未保存的内容都已保留。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Mediation Desk</source>
        <translation>警民联调室</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>Case ledger</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <source>Referral register</source>
        <translation>分流登记</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import an Excel ledger…</source>
        <translation>导入 Excel 台账(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Mediation Desk %1
Case work for the police–people joint mediation room: intake, ledger, referrals and their feedback, joint meetings and statistics. Works offline; data stay on this computer.</source>
        <translation>调解工作台 %1
警民联调室的案件工作平台：受理登记、案件台账、分流与反馈、联席会议与统计报表。离线运行，数据只保存在本机。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>案件 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Police–People Joint Mediation Room · Mediation Desk</source>
        <translation>警民联调室 · 调解工作台</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About Mediation Desk</source>
        <translation>关于调解工作台</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <source>Columns recognised by their headers are chosen already. Choose any other by hand; * is required.</source>
        <translation>已按表头识别的列已自动选好，其余的可手动指定；带 * 的为必填。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例内容</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1</source>
        <translation>请指定以下项目所在的列：%1</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both %2 and %3; choose one column for each field.</source>
        <translation>第 %1 列同时被指定为“%2”和“%3”，每个项目请指定不同的列。</translation>
    </message>
</context>
<context>
    <name>MarkEffectiveDialog</name>
    <message>
        <source>Record the agreement as signed</source>
        <translation>协议生效</translation>
    </message>
    <message>
        <source>The day the parties signed and the committee sealed the printed agreement.</source>
        <translation>当事人在打印的协议书上签名（按指印）、调解委员会盖章的日期。</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签字日期</translation>
    </message>
</context>
<context>
    <name>MediatorsDialog</name>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Add a mediator</source>
        <translation>添加调解人员</translation>
    </message>
    <message>
        <source>Choose a staff member or type the name of an outside mediator.</source>
        <translation>可从本室工作人员中选择，或直接输入外聘调解人员姓名。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Written with the minutes: what was reported and reviewed</source>
        <translation>记录纪要时填写：会议通报和研判的情况</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Units and people attending</source>
        <translation>参会单位及人员</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>会议概况</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>打印议程…</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>打印纪要…</translation>
    </message>
    <message>
        <source>Save meeting (Ctrl+S)</source>
        <translation>保存会议（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Joint meeting %1</source>
        <translation>联席会议 %1</translation>
    </message>
    <message>
        <source>Meeting saved: %1 cases on the agenda.</source>
        <translation>会议已保存，议程共%1件案件。</translation>
    </message>
    <message>
        <source>Minutes saved for this case.</source>
        <translation>本案会议纪要已保存。</translation>
    </message>
    <message>
        <source>Decision marked done.</source>
        <translation>该决定已标记完成。</translation>
    </message>
    <message>
        <source>Unsaved minutes</source>
        <translation>纪要未保存</translation>
    </message>
    <message>
        <source>Some minutes typed here are not saved. Close and lose them?</source>
        <translation>有会议纪要尚未保存。关闭将丢失这些内容，确定关闭吗？</translation>
    </message>
</context>
<context>
    <name>MeetingFlags</name>
    <message>
        <source>Joint meeting…</source>
        <translation>联席会议…</translation>
    </message>
    <message>
        <source>Mark the case difficult or put it forward for the next joint meeting</source>
        <translation>标记为疑难案件，或提请下次联席会议研判</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Every half month the joint meeting reviews hard and high-risk disputes.</source>
        <translation>联席会议每半月召开一次，集体研判疑难和高风险纠纷。</translation>
    </message>
    <message>
        <source>New joint meeting (Ctrl+N)</source>
        <translation>新建联席会议（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>打开（回车）</translation>
    </message>
    <message>
        <source>No joint meetings recorded yet.</source>
        <translation>尚无联席会议记录</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Decisions (each one: what, who, by when)</source>
        <translation>会议决定（每项写明：做什么、谁负责、何时完成）</translation>
    </message>
    <message>
        <source>Unit and person responsible</source>
        <translation>责任单位及责任人</translation>
    </message>
    <message>
        <source>Discussion at the meeting</source>
        <translation>研判意见</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Each decision shows on its case&apos;s timeline and on the dashboard until done.</source>
        <translation>每项决定都记入案件时间线，并在工作台提示，直至完成。</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决定</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>删除决定</translation>
    </message>
    <message>
        <source>Mark done today</source>
        <translation>今日完成</translation>
    </message>
    <message>
        <source>Save this case&apos;s minutes</source>
        <translation>保存本案纪要</translation>
    </message>
    <message>
        <source> · decisions: %1</source>
        <translation> · %1项决定</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create (Ctrl+Enter)</source>
        <translation>创建（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>OralAgreementDialog</name>
    <message>
        <source>Register an oral agreement</source>
        <translation>登记口头协议</translation>
    </message>
    <message>
        <source>The parties agreed orally (no written agreement); register what they agreed.</source>
        <translation>当事人达成口头协议（不制作书面协议书），请登记协议内容。</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Content agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Print the oral agreement register afterwards</source>
        <translation>保存后打印口头协议登记表</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Change password (Ctrl+Enter)</source>
        <translation>修改密码（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Invite a participant</source>
        <translation>邀请参与人员</translation>
    </message>
    <message>
        <source>e.g. neighbour, relative, building surveyor</source>
        <translation>如：邻居、亲属、房屋鉴定人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to the case</source>
        <translation>与案件关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>PartiesBox</name>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Add a party (Ctrl+Shift+A)</source>
        <translation>添加当事人（Ctrl+Shift+A）</translation>
    </message>
</context>
<context>
    <name>PartyContactsBox</name>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Each reveal is recorded in the audit trail.</source>
        <translation>每次显示都会记入审计记录。</translation>
    </message>
    <message>
        <source>A read-only account sees masked numbers only.</source>
        <translation>查阅账户只能看到遮蔽后的号码。</translation>
    </message>
    <message>
        <source>Full numbers of %1 shown; this was recorded.</source>
        <translation>已显示%1的完整号码，并已记录。</translation>
    </message>
</context>
<context>
    <name>PartyFields</name>
    <message>
        <source>Linked to the earlier registration</source>
        <translation>已关联以往登记</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this party from the form</source>
        <translation>从表单中移除该当事人</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>e.g. 1979-03-05</source>
        <translation>如 1979-03-05</translation>
    </message>
    <message>
        <source>e.g. 汉族</source>
        <translation>如 汉族</translation>
    </message>
    <message>
        <source>What this party asks for</source>
        <translation>该当事人的请求事项</translation>
    </message>
    <message>
        <source>e.g. son, lawyer</source>
        <translation>如 儿子、律师</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Social credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Legal rep.</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters</source>
        <translation>统一社会信用代码，18位</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与当事人关系</translation>
    </message>
    <message>
        <source>Agent&apos;s ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>代理权限</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事人%1</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <source>Record performance</source>
        <translation>记录履行</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>履行日期</translation>
    </message>
    <message>
        <source>in yuan, e.g. 1200.50</source>
        <translation>单位：元，例如 1200.50</translation>
    </message>
    <message>
        <source>Amount performed (yuan)</source>
        <translation>履行金额（元）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>履行凭证</translation>
    </message>
    <message>
        <source>e.g. paid by bank transfer</source>
        <translation>例如：已通过银行转账支付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A performance record is kept as it was made; record a new one if it changed.</source>
        <translation>履行记录按登记时的内容保存；情况有变化请另记一条。</translation>
    </message>
    <message>
        <source>Performance record</source>
        <translation>履行记录</translation>
    </message>
    <message>
        <source>No agreement of this case is in effect.</source>
        <translation>本案没有已生效的调解协议。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v / %m 页</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The paper could not be shown.</source>
        <translation>无法显示该文书。</translation>
    </message>
    <message>
        <source>Preview: the number is fixed when the paper is printed or saved.</source>
        <translation>预览：编号在打印或保存时确定</translation>
    </message>
    <message>
        <source>Preview: printing or saving registers this paper as issued.</source>
        <translation>预览：打印或保存时登记为已出具文书</translation>
    </message>
    <message>
        <source>The original as issued, identical to the byte; printing it again gives no new number.</source>
        <translation>原件重印：与出具时的文件完全相同，再次打印不另编号</translation>
    </message>
    <message>
        <source>Issued as %1; printing or saving again gives no new number.</source>
        <translation>已出具，编号 %1；再次打印或保存不另编号</translation>
    </message>
    <message>
        <source>Issued and registered; printing or saving again registers nothing new.</source>
        <translation>已出具并登记；再次打印或保存不重复登记</translation>
    </message>
    <message>
        <source>%1 — Preview</source>
        <translation>%1 — 预览</translation>
    </message>
    <message>
        <source>Issuing the paper…</source>
        <translation>正在出具文书（编号、登记）…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled after %n page(s).</source>
        <translation>
            <numerusform>已取消打印（已送出 %n 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已送往打印机，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Please wait until printing or saving has finished.</source>
        <translation>正在打印或保存，请完成后再关闭。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前核对</translation>
    </message>
    <message>
        <source>Nothing has been written yet. The import is one step: all rows or none.</source>
        <translation>尚未写入任何内容。导入一次完成：要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;kip the rows that cannot be read and import the others</source>
        <translation>跳过无法读取的行，导入其余各行(&amp;K)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Mediated successfully</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Not successful</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Still being mediated</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>正在逐行读取…</translation>
    </message>
    <message>
        <source>Cases to be created: %1 (mediated successfully: %2; not successful: %3; still being mediated: %4).</source>
        <translation>将新建 %1 件：调解成功 %2 件，调解不成 %3 件，调解中 %4 件。</translation>
    </message>
    <message>
        <source>Rows already imported before (skipped): %1. Rows that cannot be read: %2.</source>
        <translation>已导入过（将跳过）：%1 行。无法读取：%2 行。</translation>
    </message>
    <message>
        <source>Some rows cannot be read (see the list with each row number and reason). Nothing is imported while they remain: correct them in Excel and choose the file again, or tick the box below.</source>
        <translation>有些行无法读取（见下表的行号和原因）。这些行存在时不会导入任何案件：请在 Excel 中改正后重新选择文件，或勾选下方的选项跳过这些行。</translation>
    </message>
    <message>
        <source>Every row of this sheet has been imported before: nothing to do.</source>
        <translation>该工作表的所有行都已导入过，无需再导入。</translation>
    </message>
    <message>
        <source>To be created (%1)</source>
        <translation>将新建（%1）</translation>
    </message>
    <message>
        <source>Cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>Imported before (%1)</source>
        <translation>已导入过（%1）</translation>
    </message>
    <message>
        <source>The sheet cannot be imported.</source>
        <translation>该工作表无法导入。</translation>
    </message>
</context>
<context>
    <name>RecordSessionDialog</name>
    <message>
        <source>Which</source>
        <translation>哪一次</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名之间用、分隔</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>Who kept the record</source>
        <translation>记录人姓名</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>The parties were told their rights and duties</source>
        <translation>已告知当事人权利义务</translation>
    </message>
    <message>
        <source>What the mediators did: explaining the law, proposals…</source>
        <translation>调解员所做的工作：释法明理、提出方案等</translation>
    </message>
    <message>
        <source>e.g. the parties agreed; or a next session is needed</source>
        <translation>例如：双方达成协议；或需再次调解</translation>
    </message>
    <message>
        <source>Print the record for signing after saving</source>
        <translation>保存后打印记录，供当事人签字</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>记录调解</translation>
    </message>
    <message>
        <source>Record an investigation</source>
        <translation>记录调查</translation>
    </message>
    <message>
        <source>What %1 said</source>
        <translation>%1的陈述</translation>
    </message>
    <message>
        <source>%1 states</source>
        <translation>%1陈述</translation>
    </message>
    <message>
        <source>Course of the session</source>
        <translation>调解经过</translation>
    </message>
    <message>
        <source>Mediators&apos; work</source>
        <translation>调解员工作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Who was asked</source>
        <translation>被调查人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>调查内容</translation>
    </message>
    <message>
        <source>How the session went</source>
        <translation>调解经过（可与各方陈述一并记录）</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>调查所得的情况</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>新的一次调解</translation>
    </message>
    <message>
        <source>A new investigation</source>
        <translation>新的一次调查</translation>
    </message>
    <message>
        <source>No. %1: %2, %3</source>
        <translation>第%1次：%2，%3</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation>%1（已记录）</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>The case is no longer in mediation: the record is shown, not changed.</source>
        <translation>本案已不在调解中：记录只供查看，不能修改。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>备份文件 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database is damaged or cannot be read</source>
        <translation>数据库已损坏或无法读取</translation>
    </message>
    <message>
        <source>Nothing has been changed. If you restore a backup, the damaged file is first renamed (%1-damaged-DATE%2) and kept beside it, so nothing is lost; changes made after the backup are not in the restored database.</source>
        <translation>目前未做任何修改。如从备份恢复，损坏的文件会先改名（%1-damaged-日期时间%2）保留在原文件夹，不会丢失；备份之后所做的修改不在恢复后的数据库中。</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Choose a backup file, or quit.</source>
        <translation>在 %1 中没有找到完好的备份。请选择一个备份文件，或退出程序。</translation>
    </message>
    <message>
        <source>Newest good backup: %1 — %2 cases, %3.</source>
        <translation>最新的完好备份：%1 — 案件 %2 件，%3。</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Diverted to %1 on %2; feedback due %3</source>
        <translation>%2 分流至%1，反馈期限 %3</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Referral register</source>
        <translation>分流登记</translation>
    </message>
    <message>
        <source>Record confirmation…</source>
        <translation>登记回执…</translation>
    </message>
    <message>
        <source>The body&apos;s confirmation of entrusted mediation or its receipt came back (Ctrl+R)</source>
        <translation>承接单位送回了委托调解确认书／回执（Ctrl+R）</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <source>The body reported its result (Ctrl+K)</source>
        <translation>承接单位反馈了办理结果（Ctrl+K）</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Open the referred case in its own window (Ctrl+O)</source>
        <translation>在单独窗口中打开所分流的案件（Ctrl+O）</translation>
    </message>
    <message>
        <source>Papers…</source>
        <translation>文书…</translation>
    </message>
    <message>
        <source>Preview, print and reprint the papers of the case (Ctrl+P)</source>
        <translation>预览、打印、重印该案的文书（Ctrl+P）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals yet. A case diverted at intake is listed here.</source>
        <translation>尚无分流记录。在受理登记中分流的案件会列在这里。</translation>
    </message>
    <message>
        <source>No referral is in this state.</source>
        <translation>没有处于该状态的分流。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1 (%2); it also lifts a lock.</source>
        <translation>为%1（%2）设置新密码；同时解除锁定。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Set password (Ctrl+Enter)</source>
        <translation>设置密码（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup was checked</source>
        <translation>备份已校验</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>该备份不能恢复</translation>
    </message>
    <message>
        <source>The current database is replaced by this backup; changes made after %1 are not in it. A copy of the current database is kept first (safety-…), beside it.</source>
        <translation>当前数据库将被此备份替换，%1 之后所做的修改不在其中。替换前，程序会先在数据库所在文件夹保留一份当前数据库的安全副本（safety-…）。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件数</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>✓ The file is intact, its structure is known and its audit trail is unbroken.</source>
        <translation>✓ 文件完好，结构版本可识别，审计记录链完整。</translation>
    </message>
</context>
<context>
    <name>RiskBox</name>
    <message>
        <source>Risk assessment (four colours)</source>
        <translation>风险研判（四色预警）</translation>
    </message>
    <message>
        <source>May escalate: report to the police</source>
        <translation>可能激化，需报告公安</translation>
    </message>
    <message>
        <source>A dispute that may turn into a public-order or criminal case must be reported (Art. 25).</source>
        <translation>可能转化为治安案件或刑事案件的纠纷，应当及时报告公安机关（人民调解法第二十五条）。</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation>按建议</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Why another colour than the suggested one</source>
        <translation>不采用建议等级的理由</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>调整理由 *</translation>
    </message>
    <message>
        <source>As suggested (%1)</source>
        <translation>按建议（%1）</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role of %1 (%2):</source>
        <translation>%1（%2）的角色：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ScheduleSessionDialog</name>
    <message>
        <source>Schedule a session</source>
        <translation>安排调解</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名之间用、分隔</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Print the session notices (one per party) after saving</source>
        <translation>保存后打印调处通知书（每位当事人一份）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
</context>
<context>
    <name>SeriesPrefixesBox</name>
    <message>
        <source>Paper number prefixes</source>
        <translation>文书字号</translation>
    </message>
    <message>
        <source>Each numbered paper has its own series. Leave a field empty to use the default shown in grey (derived from the case number prefix).</source>
        <translation>每种编号文书各有一个编号序列。留空则使用灰色显示的默认字号（由案号字号派生）。</translation>
    </message>
    <message>
        <source>Save prefixes</source>
        <translation>保存字号</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <source>Correct the prefixes marked in red; nothing was saved.</source>
        <translation>请先改正标红的字号；本次未保存任何修改。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ServerUnreachableDialog</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>无法连接数据库服务器</translation>
    </message>
    <message>
        <source>Use this PC&apos;s database</source>
        <translation>改用本机数据库</translation>
    </message>
    <message>
        <source>Database settings…</source>
        <translation>数据库设置……</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The program was started with --db; correct the address given there.</source>
        <translation>程序是用 --db 参数启动的，请更正该参数中的地址。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>e.g. the first mediation room</source>
        <translation>例如：联调室第一调解室</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>These details are printed on notices, agreements and case numbers.</source>
        <translation>以下信息将打印在告知书、协议书和案号上。</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>调解委员会</translation>
    </message>
    <message>
        <source>Case number prefix</source>
        <translation>案号字号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>e.g. 某街联调字 → （2026）某街联调字第0001号</source>
        <translation>如：某街联调字 → （2026）某街联调字第0001号</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Directory of outside bodies</source>
        <translation>承接单位名录</translation>
    </message>
    <message>
        <source>Cases diverted out of the room go to a body from this directory (name, kind, address, phone).</source>
        <translation>分流到室外的案件，从这份名录中选择承接单位（名称、类别、地址、电话）。</translation>
    </message>
    <message>
        <source>Manage bodies…</source>
        <translation>管理承接单位…</translation>
    </message>
    <message numerus="yes">
        <source>%n in use</source>
        <translation>
            <numerusform>在用 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 inactive</source>
        <translation>%1，已停用 %2 个</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>条款库</translation>
    </message>
    <message>
        <source>Standard agreement terms per dispute type, offered when an agreement is edited.</source>
        <translation>按纠纷类型维护的常用协议条款，编辑调解协议时可供选用。</translation>
    </message>
    <message>
        <source>Manage clauses…</source>
        <translation>管理条款库…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies after the program is restarted.</source>
        <translation>重新启动程序后生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SignedOriginalDialog</name>
    <message>
        <source>Mark as the signed original</source>
        <translation>标记为已签字原件</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Issued paper</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <source>No paper has been issued for this case yet.</source>
        <translation>本案尚未出具任何文书。</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记数</translation>
    </message>
    <message>
        <source>Mediated successfully</source>
        <translation>调解成功数</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成数</translation>
    </message>
    <message>
        <source>Court-confirmed / performed</source>
        <translation>司法确认 / 履行</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>在办数</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>导出 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;Excel</source>
        <translation>导出 Excel(&amp;E)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Satisfaction (visits)</source>
        <translation>满意度（回访）</translation>
    </message>
    <message>
        <source>Written agreements</source>
        <translation>书面协议数</translation>
    </message>
    <message>
        <source>Oral agreements</source>
        <translation>口头协议数</translation>
    </message>
    <message>
        <source>Amount in agreements</source>
        <translation>协议涉及金额</translation>
    </message>
    <message>
        <source>Kept from turning criminal</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <source>Mass petitions prevented</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source>Resolved: community / street</source>
        <translation>两不出：社区 / 街道化解</translation>
    </message>
    <message>
        <source>No accepted cases in this period.</source>
        <translation>该期间没有受理的案件。</translation>
    </message>
    <message>
        <source>Accepted and successful, by dispute type</source>
        <translation>按纠纷类型：受理与调解成功</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>月度趋势：受理与调解成功</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Cases accepted from %1 to %2, as they stand today; registered and not accepted by date of registration. A case with several mediators counts for each of them.</source>
        <translation>统计 %1 至 %2 受理的案件及其至今的办理结果；登记数与不予受理数按登记日期统计。一件案件有多名调解员时，每名调解员各计一次。</translation>
    </message>
    <message>
        <source>No case to count this rate from yet.</source>
        <translation>尚无可计算该比率的案件。</translation>
    </message>
    <message>
        <source>%1 (reported %2)</source>
        <translation>%1（上报 %2）</translation>
    </message>
    <message>
        <source>%1 cases / %2 people</source>
        <translation>%1 件 / %2 人</translation>
    </message>
    <message>
        <source>Of these, %1 not accepted</source>
        <translation>其中不予受理 %1 件</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Statistics %1 to %2</source>
        <translation>统计报表 %1 至 %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计报表</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>TerminationDialog</name>
    <message>
        <source>End the mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Required when the reason is “other”</source>
        <translation>原因为“其他”时必填</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>具体说明</translation>
    </message>
    <message>
        <source>Routes told</source>
        <translation>已告知的途径</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>受理机关</translation>
    </message>
    <message>
        <source>Print the termination notices (one per party) after saving</source>
        <translation>保存后打印终止调解告知书（每位当事人一份）</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>申请仲裁</translation>
    </message>
    <message>
        <source>An administrative authority</source>
        <translation>请求有关行政机关处理</translation>
    </message>
    <message>
        <source>A lawsuit in court</source>
        <translation>向人民法院提起诉讼</translation>
    </message>
    <message>
        <source>Anything else the parties were told (optional)</source>
        <translation>告知当事人的其他途径或说明（可不填）</translation>
    </message>
    <message>
        <source>Please describe the reason</source>
        <translation>请说明终止的原因</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>Clauses of the library for this dispute type</source>
        <translation>条款库中适用于本纠纷类型的条款</translation>
    </message>
    <message>
        <source>Add from library</source>
        <translation>从条款库添加</translation>
    </message>
    <message>
        <source>Clause library:</source>
        <translation>条款库：</translation>
    </message>
    <message>
        <source>Add blank term</source>
        <translation>添加空白条款</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Text of the selected term</source>
        <translation>所选条款的内容</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>给付条款</translation>
    </message>
    <message>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>(the library has no clauses for this type)</source>
        <translation>（条款库中没有本类型的条款）</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无内容）</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Accounts and security</source>
        <translation>账户与安全</translation>
    </message>
    <message>
        <source>Administrators manage settings and accounts; mediators do the daily work; read-only accounts (e.g. the justice office) can change nothing.</source>
        <translation>管理员负责设置和账户；调解员办理日常工作；查阅账户（如司法所）不能修改任何内容。</translation>
    </message>
    <message>
        <source>Accounts are managed by an administrator.</source>
        <translation>账户由管理员管理。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲后锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? It can no longer sign in; its records stay.</source>
        <translation>停用%1的账户？停用后不能再登录，其记录保留。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a follow-up visit</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Visitee</source>
        <translation>被回访人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Where the visit took place (optional)</source>
        <translation>回访地点（可不填）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— 未询问 —</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>A party has since gone to court</source>
        <translation>当事人已另行起诉</translation>
    </message>
    <message>
        <source>e.g. none; or the dispute may flare up again</source>
        <translation>例如：无；或纠纷可能反复</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>遗留风险</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Print the follow-up record after saving</source>
        <translation>保存后打印回访记录</translation>
    </message>
    <message>
        <source>A visit is kept as it was recorded; record a new visit if more was learnt.</source>
        <translation>回访记录按登记时的内容保存；有新情况请另记一次回访。</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访记录</translation>
    </message>
</context>
<context>
    <name>WorkStepDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
