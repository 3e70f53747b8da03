/** Each published list as JSON: the bytes whose SHA-256 its page shows. */
import type { APIRoute } from 'astro';
import { downloadRoutes } from '../../data/routes.ts';

export const getStaticPaths = () => downloadRoutes('json');

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'content-type': props.contentType as string } });
