// The sources burden is derived from, as their own modules' services read them: burden owns none of
// these tables and writes no SQL for them (docs/ARCHITECTURE.md rules). Bound after the services exist.
import type { AdmissionService } from '../admission/service.js';
import type { AppRegistryService } from '../apps/service.js';
import type { InformalDemandService } from '../dispatch/informal-service.js';
import type { DispatchService } from '../dispatch/service.js';
import type { InspectionService } from '../inspections/service.js';

export interface BurdenSources {
  admissions: Pick<AdmissionService, 'costedForBurden' | 'amendmentsForBurden' | 'textsForBurden'>;
  dispatch: Pick<DispatchService, 'itemsForBurden' | 'textsForBurden'>;
  informal: Pick<InformalDemandService, 'demandsForBurden'>;
  inspections: Pick<InspectionService, 'visitsForBurden'>;
  apps: Pick<AppRegistryService, 'usesForBurden' | 'textsForBurden'>;
}
