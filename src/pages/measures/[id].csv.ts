import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { measures } from '../../data/collections.ts';
import { measureCsv } from '../../lib/charts/csv.ts';
import { siteConfig } from '../../site.config.ts';

/** One CSV file per measure, built from the same entry as its chart and table. */
export const getStaticPaths = (async () =>
  (await measures()).map((measure) => ({
    params: { id: measure.id },
    props: { measure },
  }))) satisfies GetStaticPaths;

/** The measure's figures as CSV. The content type matters to the dev server; Netlify and `npm start` go by the .csv name. */
export const GET: APIRoute<{ measure: CollectionEntry<'measures'> }> = ({ props }) =>
  new Response(measureCsv(props.measure, siteConfig.areaName), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
