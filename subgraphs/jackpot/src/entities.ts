/** Every MikroORM entity this subgraph maps (its tables arrive with its issue). */
export const entities = [];
