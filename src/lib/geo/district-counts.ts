/** How many commitments, meetings and datasets touch each district, nationwide ones included. */
import { coversDistrict, type Records } from '../content/records.ts';
import { districtFeature } from './districts.ts';

/** One district's row of counts. */
export interface DistrictCount {
  id: string;
  name: string;
  capital: string;
  commitments: number;
  meetings: number;
  datasets: number;
}

/** Counts for every district, north to south. Only the current action plan's commitments count. */
export function districtCounts(records: Pick<Records, 'districts' | 'commitments' | 'meetings' | 'datasets' | 'currentPlan'>): DistrictCount[] {
  return records.districts.map((district) => ({
    id: district.id,
    name: district.data.name,
    capital: districtFeature(district.id)?.properties.capital ?? '',
    commitments: records.commitments.filter((c) => c.data.plan === records.currentPlan.id && coversDistrict(c.data.districts, district.id)).length,
    meetings: records.meetings.filter((m) => m.data.district === district.id).length,
    datasets: records.datasets.filter((d) => coversDistrict(d.data.districts, district.id)).length,
  }));
}
