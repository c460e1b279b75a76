// "A competition held", for the target of 100: one definition, read by the home page, the city's
// progress page and the competition list, each showing what it means beside the number. A competition
// counts once, when its organiser publishes the results (it becomes 已结束; a finished competition can no
// longer be cancelled), so the home page's count is a counter moved once, never a count of a collection.

export const HELD_STATUS = 'finished' as const

/** What "held" means, shown where the number is. */
export const HELD_MEANING = '“已举办”指比赛结束、主办单位已公布成绩的竞赛；报名中和未公布成绩的不计入。'

/** Whether a competition counts as held. */
export const isHeld = (c: { status: string }) => c.status === HELD_STATUS

/** What a target's number counts, where the words are not obvious from its label. */
export const TARGET_MEANINGS: Partial<Record<string, string>> = { competitions: HELD_MEANING }
