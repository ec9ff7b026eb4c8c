/** Time and ids come in through this seam so tests can pin them. */
export interface Clock {
  now(): Date;
  newId(): string;
}

export const systemClock: Clock = { now: () => new Date(), newId: () => crypto.randomUUID() };
