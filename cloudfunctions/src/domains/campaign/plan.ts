// What the city union's plan asks for (R1): the theme, the five activity lines and the seven targets
// of "三百、三千、三万". A campaign's dates and goals are configuration (the plan leaves its dates as
// "X"); this is the content every campaign starts from.
import type { CampaignLine, LineKey, TargetKey } from '../../../../types/entities/campaign'

export const THEME = '展职工风采、展职工技能、展职工作品、展职工智慧、展工会爱心'
export const MAINLINE = '三百、三千、三万'
export const PURPOSE = '推精准扶贫，促供给侧改革'

export const LINES: readonly CampaignLine[] = [
  { key: 'fengcai', name: '展职工风采', summary: '评选表彰千名先进工作者，宣传百名劳模事迹' },
  { key: 'jineng', name: '展职工技能', summary: '举办百场劳动竞赛和技能比武，开展文体活动和技能培训' },
  { key: 'zuopin', name: '展职工作品', summary: '书法、绘画、摄影、雕刻、湘绣作品选送，百幅佳作展览' },
  { key: 'zhihui', name: '展职工智慧', summary: '征集千条合理化建议、金点子和职工微创新' },
  { key: 'aixin', name: '展工会爱心', summary: '走访慰问千名困难职工和百名劳动模范' },
]

export interface TargetDef {
  key: TargetKey
  line: LineKey
  label: string
  goal: number
  unit: string
}

export const TARGETS: readonly TargetDef[] = [
  { key: 'competitions', line: 'jineng', label: '举办百场竞赛', goal: 100, unit: '场' },
  { key: 'modelWorkers', line: 'fengcai', label: '宣传百名劳模', goal: 100, unit: '名' },
  { key: 'works', line: 'zuopin', label: '展示百幅作品', goal: 100, unit: '幅' },
  { key: 'hardshipVisits', line: 'aixin', label: '帮扶千名困难职工', goal: 1000, unit: '名' },
  { key: 'modelWorkerVisits', line: 'aixin', label: '慰问百名劳动模范', goal: 100, unit: '名' },
  { key: 'ideas', line: 'zhihui', label: '征集千条金点子', goal: 1000, unit: '条' },
  { key: 'commended', line: 'fengcai', label: '表彰千名先进工作者', goal: 1000, unit: '名' },
  { key: 'participants', line: 'fengcai', label: '动员三万名职工参加', goal: 30000, unit: '名' },
]
