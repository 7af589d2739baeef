/** Chart colours for items without their own (grades bring theirs). */
export const PALETTE = [
  '#1d4ed8',
  '#16a34a',
  '#f59e0b',
  '#dc2626',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#ea580c',
  '#64748b',
];
