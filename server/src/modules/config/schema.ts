// GET /config: what the web needs to know about the deployment (its city, where the public pages
// open, demo mode), so that no jurisdiction code is written into the web.
import { Type, type Static } from 'typebox';

const Jurisdiction = Type.Object({ code: Type.String(), name: Type.String() });

export const DeploymentConfig = Type.Object({
  /** The deployment's city: the top of the burden dashboards and the public burden page. */
  root: Jurisdiction,
  /** The jurisdiction the public lists and admissions open on. */
  defaultJurisdiction: Jurisdiction,
  demo: Type.Boolean(),
  /** In demo mode, the district whose burden history is demo data (the dashboards say so). */
  demoDistrict: Type.Union([Type.Null(), Type.String()]),
});
export type DeploymentConfig = Static<typeof DeploymentConfig>;
