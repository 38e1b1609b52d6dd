import type { ContactResolvers, NotificationTopic } from '../generated/types.ts';

export const Contact: ContactResolvers = {
  verified: (row) => row.verifiedAt !== null,
  preferredFor: (row) => row.preferredFor as NotificationTopic[],
  addedAt: (row) => row.createdAt,
};
