import type { PublicationMethod } from '@/contract/platform-plans';

export const methodText: Record<PublicationMethod, { label: string; hint: string }> = {
  solution: {
    label: 'Publish all: an all-modules solution',
    hint: 'The fastest way on Development: create a Solution with all modules and publish its "Current Running Version". Fix any module that fails, then publish the whole solution again.',
  },
  stage: {
    label: 'Publish all: stage from an environment upgraded before',
    hint: "When the applications' lifecycle is aligned with the upgrade: the version in the previous environment is stable and ready to move on.",
  },
  code: {
    label: 'Publish all: code-based upgrade',
    hint: 'When the release cycle is not aligned: fix and test directly in this environment, as on Development.',
  },
  'deploy-all': {
    label: 'Deploy All',
    hint: 'Available from Platform Server 11.19.0: publishes every module in the new version in one go.',
  },
  gradual: {
    label: 'Gradually: the applications you choose',
    hint: "At your teams' pace, once the modules preparation step has finished.",
  },
};
