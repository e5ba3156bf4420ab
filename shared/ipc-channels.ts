/**
 * The channel names of the IPC contract, free of any runtime dependency so the sandboxed
 * preload can build its client from them. `ipc-contract.ts` checks at compile time that this
 * list and the contract are the same set.
 */
export const CHANNELS = [
  'app:info',
  'projects:list',
  'projects:get',
  'projects:create',
  'projects:update',
  'projects:delete',
  'projects:undo-delete',
  'projects:load-sample',
  'projects:set-tag-state',
  'projects:set-kind-state',
  'tags:list',
  'gaps:analyze',
  'gaps:dismiss-rule',
  'targets:list',
  'targets:save',
  'targets:delete',
  'targets:extract',
  'shell:open-external',
] as const;

export type ChannelName = (typeof CHANNELS)[number];
