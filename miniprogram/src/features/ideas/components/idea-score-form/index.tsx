import { Textarea, View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { JudgeIdea } from '@contract/entities/ideas'
import { RUBRIC, RUBRIC_MAX } from '@contract/entities/ideas'
import { IDEA_LIMITS } from '@contract/limits/ideas'
import Button from '../../../../components/button'
import FormField from '../../../../components/form-field'
import { useSubmit } from '../../../../hooks/use-submit'
import { call } from '../../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../../services/feedback'
import IdeaScoreInput, { type RubricScores } from '../idea-score-input'

/** A judge's scores on the rubric and a comment; sent once, after a confirm. */
export default function ScoreForm({ idea, onScored }: { idea: JudgeIdea; onScored: (next: JudgeIdea) => void }) {
  const [scores, setScores] = useState<RubricScores>({ innovation: null, feasibility: null, benefit: null })
  const [comment, setComment] = useState('')
  // Each message stays only while what it asks for is missing: it goes as soon as it is put right.
  const [errors, setErrors] = useState<{ scores?: string; comment?: string }>({})
  const send = useSubmit(async () => {
    const missing = {
      scores: RUBRIC.some((c) => scores[c.key] === null) ? '三项都要打分' : undefined,
      comment: comment.trim().length < IDEA_LIMITS.comment.min ? '请写几句评语' : undefined,
    }
    setErrors(missing)
    if (missing.scores || missing.comment) return
    if (!(await confirm({ title: '提交评分', content: '提交后不能修改，确定提交吗？', confirmText: '提交' }))) return
    const res = await call('ideas.score', {
      ideaId: idea.id,
      innovation: scores.innovation!,
      feasibility: scores.feasibility!,
      benefit: scores.benefit!,
      comment: comment.trim(),
    })
    if (!res.ok) {
      toastError(res.error)
      return
    }
    toastDone('评分已提交')
    onScored(res.data)
  })
  return (
    <View className='ideas-card' id='score-form'>
      <Text className='ideas-section-title'>打分（每项 0–{RUBRIC_MAX} 分）</Text>
      <IdeaScoreInput
        value={scores}
        onChange={(next) => {
          setScores(next)
          if (RUBRIC.every((c) => next[c.key] !== null)) setErrors((e) => ({ ...e, scores: undefined }))
        }}
        disabled={send.busy}
      />
      {errors.scores && (
        <View className='ideas-error' id='score-error' role='alert'>
          {errors.scores}
        </View>
      )}
      <FormField label='评语' required error={errors.comment}>
        <Textarea
          id='score-comment'
          className='ideas-textarea'
          value={comment}
          maxlength={IDEA_LIMITS.comment.max}
          autoHeight
          placeholder='优点、不足、建议怎么改进'
          onInput={(e) => {
            setComment(e.detail.value)
            if (e.detail.value.trim().length >= IDEA_LIMITS.comment.min) setErrors((x) => ({ ...x, comment: undefined }))
          }}
        />
      </FormField>
      <View className='ideas-actions'>
        <Button id='submit-score' type='primary' size='large' loading={send.busy} onClick={() => void send.run()}>
          提交评分
        </Button>
      </View>
    </View>
  )
}
