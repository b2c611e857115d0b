<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Columns</name>
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
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
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
    <name>Errors</name>
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
        <source>This record has been changed by someone else since you opened it. Your input is kept: reload to see the other changes, then enter yours again.</source>
        <translation>该记录在您打开后已被他人修改。您输入的内容仍保留在界面上：请点“重新载入”查看他人的修改，再重新填写并保存。</translation>
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
        <source>The saved draft no longer exists.</source>
        <translation>该暂存的草稿已不存在。</translation>
    </message>
    <message>
        <source>When the reason is “other”, please write it in the note.</source>
        <translation>理由为“其他”时，请在说明中写明具体理由。</translation>
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
        <source>A 字号 cannot be empty or contain brackets, digits or spaces (e.g. 某街调协字).</source>
        <translation>字号不能为空，也不能含括号、数字或空格（如：某街调协字）。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>身份证号应为18位。</translation>
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
        <source>A phone number may contain only digits, spaces, dashes, brackets, +86 and 转.</source>
        <translation>电话号码只能包含数字、空格、横线、括号、+86 和“转”。</translation>
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
        <source>office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>mediation committee name</source>
        <translation>调解委员会名称</translation>
    </message>
    <message>
        <source>case number prefix (字号)</source>
        <translation>案号字号</translation>
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
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Intake</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>Register a dispute. Fields marked * are required; Ctrl+S saves, Enter moves to the next field.</source>
        <translation>登记纠纷。带 * 的为必填项；Ctrl+S 保存，回车键跳到下一项。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
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
        <source>Dispute type *</source>
        <translation>纠纷类型 *</translation>
    </message>
    <message>
        <source>Received *</source>
        <translation>登记时间 *</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Facts and requests</source>
        <translation>纠纷事实及请求</translation>
    </message>
    <message>
        <source>What happened, when and where, and what each party asks for.</source>
        <translation>纠纷发生的时间、地点、经过，以及各方当事人的请求。</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Register (Ctrl+S)</source>
        <translation>登记（Ctrl+S）</translation>
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
        <source>Please choose the dispute type.</source>
        <translation>请选择纠纷类型。</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请先更正红字提示的项目。</translation>
    </message>
    <message>
        <source>Registered. The case gets its number when it is accepted.</source>
        <translation>已登记。案件受理后编发案号。</translation>
    </message>
    <message>
        <source>Accepted. Case number: %1</source>
        <translation>已受理，案号：%1</translation>
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
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All dispute types</source>
        <translation>全部纠纷类型</translation>
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
    <message>
        <source>Mediation Desk %1
Case work for the police–people joint mediation room: intake, ledger, joint meetings and statistics. Works offline; data stay on this computer.</source>
        <translation>调解工作台 %1
警民联调室的案件工作平台：受理登记、案件台账、联席会议与统计报表。离线运行，数据只保存在本机。</translation>
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
        <source>No joint meetings recorded yet.</source>
        <translation>尚无联席会议记录</translation>
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
    <name>PartyFields</name>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请填写姓名。</translation>
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
        <source>Case number prefix (字号)</source>
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
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Figures count the cases received in the period.</source>
        <translation>以下数字按所选期间内受理（登记）的案件统计。</translation>
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
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理数</translation>
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
        <source>In progress</source>
        <translation>在办数</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
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
        <source>No case has been mediated to an outcome yet.</source>
        <translation>尚无调解结案的案件，无法计算成功率。</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
</TS>
