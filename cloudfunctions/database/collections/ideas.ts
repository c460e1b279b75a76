import type { CollectionDecl } from '../schema'

// Golden ideas (R6): ideas with their review steps, the judges' scores and the panels.
export const ideasCollections: readonly CollectionDecl[] = [
  {
    name: 'ideas',
    purpose: 'Golden ideas (R6): content, status through unit review, panel and city adoption, score summary, similarity terms.',
    indexes: [
      {
        name: 'authorIds_updatedAt',
        fields: [
          ['authorIds', 1],
          ['updatedAt', -1],
        ],
      },
      {
        name: 'unitPath_status_submittedAt',
        fields: [
          ['unitPath', 1],
          ['status', 1],
          ['submittedAt', -1],
        ],
      },
      {
        name: 'status_forwardedAt',
        fields: [
          ['status', 1],
          ['forwardedAt', -1],
        ],
      },
      {
        name: 'panelId_status_assignedAt',
        fields: [
          ['panelId', 1],
          ['status', 1],
          ['assignedAt', 1],
        ],
      },
      {
        name: 'status_awardRank_adoptedAt',
        fields: [
          ['status', 1],
          ['awardRank', 1],
          ['adoptedAt', -1],
        ],
      },
      {
        name: 'type_status_awardRank_adoptedAt',
        fields: [
          ['type', 1],
          ['status', 1],
          ['awardRank', 1],
          ['adoptedAt', -1],
        ],
      },
      {
        name: 'status_scoreMean',
        fields: [
          ['status', 1],
          ['score.mean', -1],
        ],
      },
      {
        name: 'status_updatedAt',
        fields: [
          ['status', 1],
          ['updatedAt', -1],
        ],
      },
      // The similar-idea cache of each function instance catches up by this stamp.
      { name: 'simAt', fields: [['simAt', 1]] },
    ],
  },
  {
    name: 'idea_scores',
    purpose: 'One judge’s rubric score of one idea (_id idea:judge, so a judge scores an idea once).',
    indexes: [
      {
        name: 'ideaId_scoredAt',
        fields: [
          ['ideaId', 1],
          ['scoredAt', 1],
        ],
      },
      {
        name: 'judgeId_scoredAt',
        fields: [
          ['judgeId', 1],
          ['scoredAt', -1],
        ],
      },
    ],
  },
  {
    name: 'idea_panels',
    purpose: 'Judging panels the city union forms from people holding the judge role.',
    indexes: [
      { name: 'judgeIds', fields: [['judgeIds', 1]] },
      { name: 'createdAt', fields: [['createdAt', 1]] },
    ],
  },
]
