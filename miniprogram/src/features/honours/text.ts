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
