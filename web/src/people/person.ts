/** The search box only asks the server once there is something to look for. */
export const searchable = (q: string) => q.trim().length >= 2;
