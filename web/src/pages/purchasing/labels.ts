// Colours of an indicator's status.
export const STATUS_COLOURS = { done: 'green', on_track: 'blue', behind: 'red', not_started: 'default' } as const;

export const pct = (r: number) => `${Math.round(r * 100)}%`;
