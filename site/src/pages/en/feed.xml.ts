/** RSS 2.0 feed of the published lists. */
import type { APIRoute } from 'astro';
import { feedOf } from '../../data/routes.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await feedOf('en', site)).rss2(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
