// Error codes shared by the cloud functions and the mini-program. A handler answers one of these as a
// value ({ ok: false, error: { code, message } }); the UI shows the Chinese message for the code.
// A thrown error is a bug and answers COMMON.INTERNAL.
export const ERROR_MESSAGES = {
  'COMMON.BAD_REQUEST': '请求格式不正确',
  'COMMON.UNKNOWN_ACTION': '暂不支持该操作，请升级到最新版本',
  'COMMON.VALIDATION': '填写的内容有误，请检查后再试',
  'COMMON.NOT_FOUND': '内容不存在或已被删除',
  'COMMON.CONFLICT': '内容已被他人修改，请刷新后再试',
  'COMMON.BUSY': '当前参与人数较多，请稍后再试',
  'COMMON.INTERNAL': '服务暂时不可用，请稍后再试',
  'COMMON.NETWORK': '网络不给力，请检查网络后重试',
  'AUTH.NO_IDENTITY': '无法识别您的身份，请在微信中重新打开',
  'AUTH.PROFILE_REQUIRED': '请先完善个人信息',
  'AUTH.MEMBERSHIP_PENDING': '您的入会申请正在等待单位工会审核，审核通过后才能进行此操作',
  'AUTH.FORBIDDEN': '您没有权限进行此操作',
  'AUTH.OUT_OF_SCOPE': '该内容不属于您管理的单位',
  'CAMPAIGN.NOT_FOUND': '活动不存在或尚未发布',
  'CAMPAIGN.BAD_DATES': '活动日期不正确：开始应早于结束，总结截止不早于结束',
  'CONTENT.REJECTED': '内容含有不适宜发布的信息，请修改后再提交',
  'PEOPLE.ALREADY_MEMBER': '您已经是该单位的成员',
  'PEOPLE.ALREADY_IN_UNIT': '您已加入其他单位，如需调整请联系所在单位工会',
  'PEOPLE.JOIN_PENDING': '您的入会申请正在等待审核',
  'PEOPLE.NO_JOIN_REQUEST': '没有待审核的入会申请',
  'PEOPLE.NOT_FOUND': '找不到这位用户',
  'PEOPLE.NAME_REQUIRED': '请先填写真实姓名，方便单位工会确认您的身份',
  'INVITE.INVALID': '邀请码不正确，请核对后再输入',
  'INVITE.EXPIRED': '邀请码已过期，请向单位工会索取新的邀请码',
  'INVITE.REVOKED': '邀请码已停用，请向单位工会索取新的邀请码',
  'INVITE.TOO_MANY_ATTEMPTS': '输错次数过多，请一小时后再试',
  'INVITE.USED': '该邀请码已经使用过，请向市总工会索取新的邀请码',
  'SETUP.NOT_CONFIGURED': '部署时还没有设置初始化码（至少 16 位），请联系部署人员',
  'SETUP.BAD_CODE': '初始化码不正确，请向部署人员核对',
  'SETUP.ALREADY_DONE': '本系统已经完成初始化，请向市总工会管理员申请权限',
  'SETUP.TOO_MANY_ATTEMPTS': '初始化码输错次数过多，请一小时后再试',
  'IMPORT.BAD_FILE': '无法读取该文件，请上传用模板填写的 Excel 文件（.xlsx）',
  'IMPORT.BAD_TEMPLATE': '表格的列与模板不一致，请下载模板后按模板填写',
  'IMPORT.TOO_MANY_ROWS': '表格行数过多，请检查是否选错了文件',
  'IMPORT.EMPTY': '表格里没有单位，请填写后再导入',
  'IMPORT.HAS_ERRORS': '表格中有错误，请按提示修改后重新上传',
  'IMPORT.CHANGED': '表格或组织架构在预览后有变化，请重新预览',
  'IMPORT.NOT_YOURS': '只能导入您本人上传的文件',
  'ORG.UNIT_NOT_FOUND': '单位不存在',
  'ORG.UNIT_RETIRED': '该单位已撤销',
  'ORG.BAD_PARENT': '上级单位类型不符合要求',
  'ORG.MOVE_CYCLE': '不能把单位移到它自己或它的下级单位之下',
  'ORG.HAS_CHILDREN': '请先处理该单位的下级单位',
  'ORG.HAS_MEMBERS': '该单位还有成员，请先将成员移出',
  'ORG.HOLDS_ROLE': '这位职工在本单位担任职务，请先免去职务',
  'ORG.NAME_TAKEN': '同一上级单位下已有同名单位',
  'ORG.CITY_FIXED': '市总工会不能移动或撤销',
  'ORG.ALREADY_DECIDED': '该申请已经处理过了',
  'ORG.TRANSFER_OUT_OF_REACH': '只能调往您管理的单位，请联系上级工会办理',
  'ROLE.BAD_UNIT': '该职务不能设在这一类单位',
  'ROLE.NOT_MEMBER': '只能任命本单位的成员',
  'ROLE.ALREADY_HELD': '对方已担任该职务',
  'ROLE.NOT_HELD': '对方没有担任该职务',
  'ROLE.CANNOT_GRANT': '您不能任免这一职务',
  'ROLE.LAST_CITY_ADMIN': '至少需要保留一名市总工会管理员',
  'COMPETITION.NOT_FOUND': '竞赛不存在或尚未发布',
  'COMPETITION.BAD_DATES': '时间不正确：报名开始应早于报名截止，报名截止不晚于比赛开始，比赛开始早于结束',
  'COMPETITION.BAD_TEAM_SIZE': '团队人数设置不正确：最少人数不能大于最多人数',
  'COMPETITION.BAD_STATE': '竞赛当前状态不能进行此操作',
  'COMPETITION.CAPACITY_BELOW_TAKEN': '名额不能少于已占用的名额',
  'COMPETITION.SIGNUP_NOT_OPEN': '报名还没有开始',
  'COMPETITION.SIGNUP_CLOSED': '报名已经截止',
  'COMPETITION.CANCELLED': '该竞赛已取消',
  'COMPETITION.NOT_ELIGIBLE': '该竞赛只面向主办单位及下属单位的职工',
  'COMPETITION.TEAM_REQUIRED': '这是团体项目，请填写队名并添加队员',
  'COMPETITION.INDIVIDUAL_ONLY': '这是个人项目，不需要组队',
  'COMPETITION.TEAM_SIZE': '队伍人数不符合要求',
  'COMPETITION.TEAM_MEMBER_UNKNOWN': '有队员找不到或尚未完善资料',
  'COMPETITION.TEAM_MEMBER_OTHER_UNIT': '队员必须和队长是同一单位的职工',
  'COMPETITION.TEAM_MEMBER_SIGNED_UP': '有队员已经报名了这项竞赛',
  'COMPETITION.NOT_SIGNED_UP': '您还没有报名这项竞赛',
  'COMPETITION.NOT_CAPTAIN': '团体报名只能由队长取消',
  'COMPETITION.CODE_UNKNOWN': '签到码不存在，请核对',
  'COMPETITION.NOT_ACCEPTED': '该报名还没有获得参赛名额',
  'COMPETITION.RESULT_UNKNOWN_SIGNUP': '成绩中有不属于本竞赛的报名',
  'WORK.NOT_FOUND': '作品不存在，或还没有展出',
  'WORK.BAD_STATE': '作品当前的状态不能进行此操作，请刷新后再看',
  'WORK.IMAGE_NOT_YOURS': '有图片不是您上传的，请删去后重新选择',
  'WORK.IMAGE_MISSING': '有图片没有上传成功，请删去后重新上传',
  'WORK.IMAGE_TOO_LARGE': '单张图片不能超过 10MB，请换一张',
  'WORK.IMAGE_NOT_IMAGE': '只能上传照片（JPG、PNG、GIF 格式），请删去不是照片的文件',
  'WORK.ALREADY_LIKED': '您已经点过赞了',
  'WORK.NOT_LIKED': '您还没有点过赞',
  'WORK.NOT_EXHIBITED': '作品还没有展出，暂时不能点赞',
  'WORK.OWN_WORK': '不能审核自己的作品，请由上级工会审核',
  'WORK.NOT_YOUR_STAGE': '这件作品已报送上级工会，由上级工会处理',
  'WORK.AT_CITY': '作品已到市总工会，请选择“入选展览”或“不入选”',
  'WORK.NOT_RECOMMENDED': '作品要先由所在单位工会选送，才能入选展览',
  'WORK.EXHIBITION_FULL': '展览已满，请先撤下一件作品再入选',
  'WORK.CHECK_PENDING': '作品图片的内容安全检测还没有通过，通过后才能入选展览',
  'IDEA.NOT_FOUND': '这条建议不存在或已被删除',
  'IDEA.BAD_STATE': '这条建议当前的状态不能进行此操作，请刷新后再看',
  'IDEA.EMPTY_DRAFT': '草稿还是空的，写点内容再保存',
  'IDEA.UNCHANGED': '内容没有修改，请按退回意见修改后再提交',
  'IDEA.COAUTHOR_UNKNOWN': '有合作者找不到，或对方还没有完善资料',
  'IDEA.COAUTHOR_OTHER_UNIT': '合作者必须是本单位的职工',
  'IDEA.OWN_IDEA': '不能审核自己参与提交的建议，请由上级工会审核',
  'IDEA.DUPLICATE_TARGET': '选择的重复建议不存在或不能作为对照',
  'IDEA.NOT_ASSIGNED': '这条建议没有分配给您评审',
  'IDEA.ALREADY_SCORED': '您已经给这条建议打过分了，不能重复打分',
  'IDEA.TOO_FEW_SCORES': '至少需要两位专家打分后才能采纳',
  'IDEA.NOT_JUDGE': '评审组成员必须是评审专家',
  'IDEA.PANEL_TOO_SMALL': '每个评审组至少需要两位评审专家',
  'IDEA.PANEL_NOT_FOUND': '评审组不存在，请刷新后再选',
  'IDEA.NO_PANEL': '还没有评审组，请先建立评审组',
  'CARE.PERSON_NOT_FOUND': '找不到这位职工：只能登记本单位及下级单位的会员',
  'CARE.BAD_DATES': '日期不正确：走访日期不能晚于今天，回访日期不能早于走访日期',
  'CARE.ANONYMISED': '该记录已按保存期限匿名化，不能再修改',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface Issue {
  /** Dotted path of the offending field ('' for the whole input). */
  path: string
  message: string
}

export interface AppErrorBody {
  code: ErrorCode
  message: string
  issues?: Issue[]
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody }

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in ERROR_MESSAGES

/** The Chinese message for a code; unknown codes (an older client, a newer server) fall back safely. */
export function messageFor(code: string): string {
  return isErrorCode(code) ? ERROR_MESSAGES[code] : ERROR_MESSAGES['COMMON.INTERNAL']
}
