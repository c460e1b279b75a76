import type { CollectionDecl } from '../schema'

// Works (R5): submissions with their review steps, and likes in the exhibition.
export const worksCollections: readonly CollectionDecl[] = [
  {
    name: 'works',
    purpose: 'Works (R5): images and text, status from draft through checks and the chairs to the exhibition, likes count.',
    indexes: [
      // the public gallery: all, and by category; newest selection first
      {
        name: 'status_exhibitedAt',
        fields: [
          ['status', 1],
          ['exhibitedAt', -1],
        ],
      },
      {
        name: 'status_category_exhibitedAt',
        fields: [
          ['status', 1],
          ['category', 1],
          ['exhibitedAt', -1],
        ],
      },
      {
        name: 'authorId_updatedAt',
        fields: [
          ['authorId', 1],
          ['updatedAt', -1],
        ],
      },
      // a unit's review queue, oldest first
      {
        name: 'reviewUnitId_status_submittedAt',
        fields: [
          ['reviewUnitId', 1],
          ['status', 1],
          ['submittedAt', 1],
        ],
      },
      // the city union's pool: recommended works, those passed to the city first
      {
        name: 'status_passes_submittedAt',
        fields: [
          ['status', 1],
          ['passes', -1],
          ['submittedAt', 1],
        ],
      },
      // moving a unit rewrites the paths of the works under it
      { name: 'unitPath', fields: [['unitPath', 1]] },
      // works.reviewHistory: the works a unit's chairs decided on, newest first
      {
        name: 'steps_unitId_updatedAt',
        fields: [
          ['steps.unitId', 1],
          ['updatedAt', -1],
        ],
      },
    ],
  },
  {
    name: 'work_likes',
    purpose: 'One document per person per liked work (_id work:user): a like counts once by construction.',
    indexes: [{ name: 'workId', fields: [['workId', 1]] }],
  },
]
