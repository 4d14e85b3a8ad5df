import { runSubgraph } from '@casinox/graphql';
import { subgraph } from './subgraph.js';

await runSubgraph(subgraph);
