/** Tables fill their card; below this width (a tablet held upright) they scroll sideways inside it. */
export const tableScroll = { x: 860 } as const
