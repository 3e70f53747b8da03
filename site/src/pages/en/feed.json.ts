/** JSON Feed 1.1 of the published lists. */
import type { APIRoute } from 'astro';
import { feedOf } from '../../data/routes.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await feedOf('en', site)).json1(), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
