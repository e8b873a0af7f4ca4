/** Cards a long list draws at first, and how many more each "Show more" adds: 500 need not all be drawn. */
export const FIRST_BATCH = 20;
export const NEXT_BATCH = 50;
