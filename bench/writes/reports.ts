// Write actions of the reports function (types/actions/reports.ts) at their largest allowed input: a
// submission of the longest title and body with nine phone photos; the city's decision; the city reminding
// every grassroots union that has not submitted (at campaign scale, all of them); the city-wide export.
import crypto from 'node:crypto'
import { REPORT_LIMITS } from '../../types/limits/reports'
import { db } from '../../cloudfunctions/src/lib/cloud'
import { photo } from '../works'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'

const CITY = 'demo-city-admin'
const CHAIR = 'demo-unit-chair'
const CHAIR_ID = 'user-demo-unit-chair'
const UNIT = 'u-jkq-jixie'

let photos: Buffer[] = []
/** Nine phone photos (1080×1440 JPEG), made once; judged risky by the local check so verdicts stay cheap. */
async function phonePhotos(env: Env): Promise<string[]> {
  if (!photos.length) {
    photos = await Promise.all(Array.from({ length: REPORT_LIMITS.photos.max }, (_x, i) => photo(1080, 1440, 500 + i)))
    for (const p of photos) env.cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(p).digest('hex'))
  }
  return Promise.all(photos.map((b) => env.cloud.storage.putFromClient(`summaries/${CHAIR_ID}/${env.uid('p')}.jpg`, b)))
}

const fullReport = async (env: Env, submit: boolean) => ({
  unitId: UNIT,
  title: zh(REPORT_LIMITS.title.max),
  body: zh(REPORT_LIMITS.body.max),
  photos: await phonePhotos(env),
  submit,
})

/** Accepted reports cannot change: each run starts from the unit's report back in the chair's hands. */
async function reopen(): Promise<void> {
  await db()
    .collection('reports')
    .where({ unitId: UNIT })
    .update({ data: { status: 'returned', state: 'missing' } })
}

export const reportCases: WriteCase[] = [
  {
    action: 'reports.save',
    largest: `submission: title ${REPORT_LIMITS.title.max}, body ${REPORT_LIMITS.body.max} (two text checks), ${REPORT_LIMITS.photos.max} new photos sealed and sent to the media check`,
    prepare: async (env) => {
      await reopen()
      return { who: CHAIR, input: await fullReport(env, true) }
    },
  },
  {
    action: 'reports.decide',
    largest: 'accepting a submitted report with nine photos',
    prepare: async (env) => {
      await reopen()
      await env.call('reports.save', await fullReport(env, true), CHAIR)
      return { who: CITY, input: { unitId: UNIT, decision: 'accept', reason: '' } }
    },
  },
  {
    action: 'reports.remind',
    largest: 'the city reminding every grassroots union without a report (campaign scale), one record and messages each',
    prepare: async () => {
      // one reminder per unit per day: each run starts from a day with none sent yet
      await db()
        .collection('report_reminders')
        .where({ campaignId: db().command.exists(true) })
        .remove()
      return { who: CITY, input: { unitId: 'u-city' } }
    },
    check: (data) => {
      if ((data as { reminded: number }).reminded < 1) throw new Error('nobody reminded')
    },
  },
  {
    action: 'reports.export',
    largest: 'every grassroots union of the city in one sheet',
    prepare: async () => ({ who: CITY, input: { unitId: 'u-city' } }),
  },
]
