/**
 * The site's data module: loads and validates the snapshot once (at load time, so a bad file stops the
 * build naming the bad field) and derives everything the pages need.
 */
import { readSiteEnv } from '../env.ts';
import { buildFigurePages } from './figures.ts';
import { loadSnapshot } from './load-snapshot.ts';
import { buildDatasets } from './open-data.ts';
import { siteModelOf } from './site-model.ts';
import { departmentNode } from './structured-data.ts';

const env = readSiteEnv();
const snapshot = loadSnapshot(env.snapshotPath);

export const model = siteModelOf(snapshot, env.siteUrl);
export const site = snapshot.site;
export const figures = buildFigurePages(snapshot.reports, snapshot.indicators);
export const datasets = buildDatasets(model);
/** The department's JSON-LD node, the same on every page: built once, not per page. */
export const departmentGraphNode = departmentNode(model);
