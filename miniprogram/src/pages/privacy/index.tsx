import { Text, View } from '@tarojs/components'
import { PRIVACY_VERSION } from '../../features/people/privacy'
import './index.scss'

// The guide in plain words. It must say the same as the privacy guide filed in the mini-program
// console (设置 → 服务内容声明 → 用户隐私保护指引): WeChat shows that one from openPrivacyContract.
const SECTIONS: Array<{ title: string; lines: string[] }> = [
  {
    title: '我们收集哪些信息',
    lines: [
      '头像和昵称：您自己选择或填写，用来在活动中显示您。',
      '真实姓名：您所在单位的工会用来核对您是本单位职工。',
      '岗位和工号：选填，帮助工会认出您。',
      '所在单位：您用邀请码加入或申请加入的单位。',
      '我们不收集手机号、身份证号，也不读取您的位置和通讯录。',
    ],
  },
  {
    title: '这些信息用来做什么',
    lines: ['只用于庆“五一”系列活动：确认您的单位、报名竞赛、提交作品和金点子、统计参与情况。', '不用于广告，不卖给任何人。'],
  },
  {
    title: '谁能看到',
    lines: ['您所在单位的工会，以及上级行业、乡镇（街道）工会和市总工会负责活动的工作人员。', '公开展示的作品和风采，只显示您同意展示的内容。'],
  },
  {
    title: '保存多久',
    lines: ['活动结束后保存一年，用于表彰和查询；到期后删除或匿名处理。'],
  },
  {
    title: '您的权利',
    lines: ['您可以随时在“我的 → 修改个人资料”里查看和修改信息。', '如需删除信息或注销，请联系所在单位工会或市总工会。'],
  },
  {
    title: '联系我们',
    lines: ['市总工会办公室。对个人信息的处理有疑问，可以向所在单位工会反映，由市总工会答复。'],
  },
]

export default function PrivacyPage() {
  return (
    <View className='privacy zg-page'>
      <Text className='privacy__title'>职工风采隐私保护指引</Text>
      <Text className='privacy__version'>版本 {PRIVACY_VERSION}</Text>
      <Text className='privacy__intro'>市总工会运营“职工风采”小程序，开展庆“五一”系列活动。我们只收集活动必需的信息，并保护好它们。</Text>
      {SECTIONS.map((s) => (
        <View key={s.title} className='privacy__section'>
          <Text className='privacy__heading'>{s.title}</Text>
          {s.lines.map((line) => (
            <Text key={line} className='privacy__line'>
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
