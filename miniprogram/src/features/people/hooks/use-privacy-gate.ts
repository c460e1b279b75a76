// Privacy consent before anything personal is asked: the sheet opens when we have no recorded
// consent (people.agreePrivacy) or WeChat itself still wants one, and again whenever WeChat holds a
// privacy call (onNeedPrivacyAuthorization). Agreeing records the consent with the guide's version.
import { useCallback, useEffect, useState } from 'react'
import type { Me } from '@contract/entities/people'
import { AGREE_BUTTON_ID } from '../components/privacy-sheet'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { getMe, setMe } from '../../../services/me'
import { listenForPrivacyPrompt, privacyAgreed, privacyDeclined, PRIVACY_VERSION, wechatNeedsConsent } from '../privacy'
import { useSubmit } from '../../../hooks/use-submit'

export interface PrivacyGate {
  /** Consent is in place: personal fields may be shown and privacy APIs called. */
  agreed: boolean
  sheetVisible: boolean
  agreeing: boolean
  agree: () => void
  decline: () => void
  reopen: () => void
}

export function usePrivacyGate(me: Me | undefined): PrivacyGate {
  const [wechatNeeds, setWechatNeeds] = useState(false)
  const [sheetVisible, setSheetVisible] = useState(false)

  useEffect(() => {
    let live = true
    void wechatNeedsConsent().then((needs) => live && setWechatNeeds(needs))
    return () => {
      live = false
    }
  }, [])
  useEffect(() => listenForPrivacyPrompt(() => setSheetVisible(true)), [])

  const agreed = Boolean(me?.privacyAgreedAt) && !wechatNeeds
  const known = me !== undefined
  useEffect(() => {
    if (known && !agreed) setSheetVisible(true)
  }, [known, agreed])

  const { run, busy } = useSubmit(async () => {
    // WeChat's own consent is given by the tap itself; a held privacy call may continue now.
    privacyAgreed(AGREE_BUTTON_ID)
    setWechatNeeds(false)
    const res = await call('people.agreePrivacy', { version: PRIVACY_VERSION })
    if (!res.ok) {
      toastError(res.error)
      return
    }
    const current = getMe()
    if (current) setMe({ ...current, privacyAgreedAt: res.data.agreedAt })
    setSheetVisible(false)
  })

  const decline = useCallback(() => {
    privacyDeclined()
    setSheetVisible(false)
  }, [])
  const reopen = useCallback(() => setSheetVisible(true), [])

  return { agreed, sheetVisible, agreeing: busy, agree: () => void run(), decline, reopen }
}
