import { Text, View } from '@tarojs/components'
import Button from '../../../../components/button'
import Sheet from '../../../../components/sheet'
import './index.scss'

export const AGREE_BUTTON_ID = 'agree-privacy'

export interface PrivacySheetProps {
  visible: boolean
  busy: boolean
  onAgree: () => void
  onDecline: () => void
  onOpenGuide: () => void
}

/**
 * Asked before anything personal is collected. In the mini-program the agree button must carry
 * open-type="agreePrivacyAuthorization" (and an id WeChat checks when a held privacy call resumes);
 * in H5 it is a plain button.
 */
export default function PrivacySheet({ visible, busy, onAgree, onDecline, onOpenGuide }: PrivacySheetProps) {
  return (
    <Sheet
      visible={visible}
      title='个人信息保护提示'
      id='privacy-sheet'
      footer={
        <View className='privacy-sheet__buttons'>
          <Button
            id={AGREE_BUTTON_ID}
            className='privacy-sheet__agree'
            type='primary'
            size='large'
            block
            loading={busy}
            openType={process.env.TARO_ENV === 'weapp' ? 'agreePrivacyAuthorization' : undefined}
            onAgreePrivacyAuthorization={onAgree}
            onClick={process.env.TARO_ENV === 'weapp' ? undefined : onAgree}
          >
            同意并继续
          </Button>
          <Button className='privacy-sheet__decline' size='large' fill='none' block onClick={onDecline}>
            暂不同意
          </Button>
        </View>
      }
    >
      <Text className='privacy-sheet__text'>
        为了让您报名参加活动、让所在单位工会认出您，我们需要收集您的头像、昵称、真实姓名，以及您自愿填写的岗位和工号。这些信息只用于本次活动，只给您所在单位和上级工会负责活动的工作人员看。
      </Text>
      <View className='privacy-sheet__link' onClick={onOpenGuide}>
        <Text>查看《职工风采隐私保护指引》</Text>
      </View>
    </Sheet>
  )
}
