// Wording of the honours pages (the contract holds the statuses' and categories' wording).
export const VERIFY_TEXT = {
  title: '证书查验',
  intro: '输入电子证书上的编号，查验证书真伪',
  placeholder: '例如 2027-0001-K7QM',
  action: '查验',
  valid: '证书有效',
  revoked: '证书已撤销',
  notFound: '查无此证书',
  notFoundHint: '请核对证书编号；如有疑问请联系市总工会',
} as const

/** 我的荣誉: consent and certificates. */
export const MINE_TEXT = {
  title: '我的荣誉',
  consentAsk: '您被推荐参评先进职工，请确认本人同意被推荐',
  consentButton: '我同意被推荐',
  consentDone: '已确认同意',
  certificate: '电子证书',
  save: '保存到相册',
  download: '下载证书图片',
  share: '分享证书查验',
  view: '查看证书',
  denied: '需要允许保存到相册',
  deniedHint: '请在设置中打开「保存到相册」，再点一次保存',
  openSetting: '去设置',
  saved: '已保存到相册',
  empty: '还没有推荐记录',
  emptyHint: '单位工会推荐您参评先进职工后，会在这里请您确认，表彰后可在这里查看电子证书。',
} as const

/** 匠心筑梦: the stories' list and page. */
export const STORY_TEXT = {
  column: '匠心筑梦',
  intro: '市总工会讲述百名先进职工的奋斗故事',
  empty: '故事正在撰写中',
  emptyHint: '先进职工表彰后，市总工会将陆续在这里发布他们的故事。',
  like: '点赞',
  liked: '已赞',
  share: '分享给工友',
  more: '看更多匠心筑梦故事',
  notice: '查看先进职工评选公示',
  signInToLike: '登录后才能点赞',
} as const
