import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** What the tags show of an idea, whichever read of it a page has. */
export interface TaggedIdea {
  award?: string | null
  type: string
  implemented?: boolean
}

/**
 * An idea's tags: its award, its type, 已实施 once carried out, and any extra a page adds. `block` names
 * the BEM block of a card that styles its own tags (idea-card, ideas-detail); without it they are the
 * ideas pages' plain tags.
 */
export default function IdeaTags({ idea, block, style, children }: { idea: TaggedIdea; block?: string; style?: Record<string, string>; children?: ReactNode }) {
  const cls = (part: 'award' | 'type' | 'done') => (block ? `${block}__${part}` : part === 'award' ? 'ideas-tag ideas-tag--award' : 'ideas-tag')
  return (
    <View className={block ? `${block}__tags` : 'ideas-tags'} style={style}>
      {idea.award && <Text className={cls('award')}>{idea.award}</Text>}
      <Text className={cls('type')}>{idea.type}</Text>
      {idea.implemented && <Text className={cls('done')}>已实施</Text>}
      {children}
    </View>
  )
}

/** The idea's people as one line: the author, then the co-authors, as 、-separated names. */
export const peopleLine = (author: string, coAuthors: readonly string[]) => [author, ...coAuthors].join('、')
