// Reads every page of a query: the server SDK returns at most 1,000 documents per get().
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/collection/Collection.limit.html
export const PAGE_MAX = 1000

export async function readAll<T>(read: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += PAGE_MAX) {
    const batch = await read(skip)
    out.push(...batch)
    if (batch.length < PAGE_MAX) return out
  }
}
