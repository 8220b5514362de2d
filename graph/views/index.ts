export * from './analyst';
export * from './centrality';
export * from './common';
export * from './csv';
export * from './matrix';
export * from './shared';
export * from './timeline';
export * from './tracer';
