import { CodedError } from '@casinox/graphql';
import type { TenantCurrencies } from '@casinox/events';
import type { AssetSpec } from '../assets/asset-catalogue.js';

/** Refuses money in an asset the tenant does not offer (its currency list, read model kept by events). */
export async function assertOffered(currencies: TenantCurrencies, tenantId: string, asset: AssetSpec): Promise<void> {
  if (!(await currencies.offers(tenantId, asset.code))) {
    throw new CodedError('ASSET_NOT_OFFERED', `This casino does not offer ${asset.code}.`, { field: 'asset' });
  }
}
