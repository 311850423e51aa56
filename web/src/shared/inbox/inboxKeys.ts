/** Every inbox query key starts with this: any change the console sends may add or resolve a notification. */
export const inboxQueryKey = ['inbox'] as const
