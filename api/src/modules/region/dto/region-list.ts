import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { Region } from '../region.entity.js';
import { RegionFilter } from './region-filter.input.js';

export const RegionSortField = { NAME: 'name', CODE: 'code', LEVEL: 'level' } as const;
export type RegionSortField = (typeof RegionSortField)[keyof typeof RegionSortField];

export const RegionListOptions = ListOptionsType('Region', RegionSortField, RegionFilter);
export type RegionListOptions = InstanceType<typeof RegionListOptions>;

export const RegionList = ListType('Region', Region);
export type RegionList = InstanceType<typeof RegionList>;

export const RegionListArgs = ListArgsType(RegionListOptions);
export type RegionListArgs = InstanceType<typeof RegionListArgs>;
